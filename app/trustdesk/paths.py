"""Folders TrustDesk owns, as platformdirs names them for the current user."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "TrustDesk"


def data_dir() -> Path:
    """Return the per-user data folder (bundles, the organisation CA set); create it when missing."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, ensure_exists=True))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, ensure_exists=True))


def merged_bundle_path() -> Path:
    """Return the stable path of the merged bundle that tools are pointed at."""
    return data_dir() / "ca-bundle.pem"


def organisation_store_path() -> Path:
    """Return the file that keeps the imported organisation CAs between runs."""
    return data_dir() / "organisation-cas.pem"
