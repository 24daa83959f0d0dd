"""The trust stores shown in the main window, each with its certificate count and organisation-CA match."""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from trustdesk.certs.bundle import certifi_bundle_path
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import ReadError, ReadErrorCode, read_certificate_file

# Variables that name a CA file for some tool; stores.settings.CA_VARIABLES lists the tools that read each.
CA_FILE_VARIABLES = (
    "AWS_CA_BUNDLE",
    "REQUESTS_CA_BUNDLE",
    "SSL_CERT_FILE",
    "NODE_EXTRA_CA_CERTS",
    "CURL_CA_BUNDLE",
    "PIP_CERT",
    "GIT_SSL_CAINFO",
)


class StoreKind(enum.Enum):
    CERTIFI = "certifi"
    OS = "os"
    MERGED = "merged"
    ENVIRONMENT = "environment"


@dataclass(frozen=True)
class StoreSummary:
    """One store. ``contains_organisation`` is None when no organisation CA is imported or nothing was read."""

    kind: StoreKind
    path: Path | None
    certificate_count: int
    damaged_blocks: int
    contains_organisation: bool | None
    error: ReadErrorCode | None = None
    error_detail: str = ""
    variable: str | None = None


def list_stores(
    merged_bundle: Path,
    organisation_fingerprints: set[str],
    environ: Mapping[str, str] | None = None,
) -> list[StoreSummary]:
    """Read every store once and summarise it. Reading errors become part of the summary, never raise."""
    environ = os.environ if environ is None else environ
    stores = [
        _summarise(StoreKind.CERTIFI, certifi_bundle_path(), organisation_fingerprints),
        _summarise(StoreKind.OS, _os_bundle(), organisation_fingerprints),
        _summarise(StoreKind.MERGED, merged_bundle, organisation_fingerprints),
    ]
    for variable in CA_FILE_VARIABLES:
        value = environ.get(variable)
        if value is None:
            continue
        path = Path(value) if value else None
        stores.append(_summarise(StoreKind.ENVIRONMENT, path, organisation_fingerprints, variable))
    return stores


def _os_bundle() -> Path | None:
    if sys.platform.startswith("linux"):
        from trustdesk.stores.linux import os_bundle_path

        return os_bundle_path()
    # TODO: Windows and macOS OS stores are not read yet, so the OS row shows "not found" there.
    return None


def _summarise(
    kind: StoreKind,
    path: Path | None,
    organisation_fingerprints: set[str],
    variable: str | None = None,
) -> StoreSummary:
    if path is None:
        return StoreSummary(kind, None, 0, 0, None, ReadErrorCode.NOT_FOUND, variable=variable)
    try:
        result = read_certificate_file(path)
    except ReadError as error:
        return StoreSummary(kind, path, 0, 0, None, error.code, error.detail, variable)

    certificates = result.certificates
    contains = None
    if organisation_fingerprints:
        fingerprints = {sha256_fingerprint(certificate) for certificate in certificates}
        contains = organisation_fingerprints <= fingerprints
    return StoreSummary(kind, path, len(certificates), len(result.damaged_blocks), contains, variable=variable)
