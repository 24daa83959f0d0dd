"""Linux trust stores: the distribution's CA bundle and its anchor folders."""

from __future__ import annotations

from pathlib import Path

from trustdesk.stores.inventory import StoreOrigin, TrustStore, read_file_store, read_folder_store

# The bundle each family of distributions generates from its anchors (update-ca-certificates on
# Debian and SUSE, update-ca-trust on RHEL, Fedora and Arch), in the order OpenSSL-based tools probe.
BUNDLE_CANDIDATES = (
    Path("/etc/ssl/certs/ca-certificates.crt"),  # Debian, Ubuntu, Gentoo
    Path("/etc/pki/tls/certs/ca-bundle.crt"),  # RHEL, Fedora, CentOS
    Path("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"),  # RHEL 7+, Fedora, Arch
    Path("/etc/ssl/ca-bundle.pem"),  # openSUSE, SLES
    Path("/var/lib/ca-certificates/ca-bundle.pem"),  # openSUSE, SLES (generated copy)
    Path("/etc/ssl/cert.pem"),  # Alpine, Arch
)

# Folders where administrators place extra roots before regenerating the bundle.
ANCHOR_FOLDERS = (
    Path("/usr/local/share/ca-certificates"),  # Debian, Ubuntu
    Path("/etc/pki/ca-trust/source/anchors"),  # RHEL, Fedora
    Path("/etc/ca-certificates/trust-source/anchors"),  # Arch
    Path("/etc/pki/trust/anchors"),  # openSUSE, SLES
)


def os_bundle_path(root: Path = Path("/")) -> Path | None:
    """Return the first distribution bundle that exists under ``root``, or None."""
    for candidate in BUNDLE_CANDIDATES:
        path = root / candidate.relative_to("/")
        if path.is_file():
            return path
    return None


def system_stores(organisation_fingerprints: set[str], root: Path = Path("/")) -> list[TrustStore]:
    """Read every distribution bundle that exists under ``root`` (once per real file) and every anchor folder.

    The first bundle is what OpenSSL-based tools use by default; the others are usually links to it
    or copies generated from the same anchors, and are listed so that a stale copy shows up.
    """
    stores: list[TrustStore] = []
    seen: set[Path] = set()
    for candidate in BUNDLE_CANDIDATES:
        path = root / candidate.relative_to("/")
        if not path.is_file():
            continue
        real = path.resolve()
        if real in seen:
            continue
        seen.add(real)
        stores.append(read_file_store(StoreOrigin.OS_BUNDLE, f"linux:{candidate}", path, organisation_fingerprints))

    for folder in ANCHOR_FOLDERS:
        path = root / folder.relative_to("/")
        if path.is_dir():
            stores.append(read_folder_store(StoreOrigin.OS_ANCHORS, f"linux:{folder}", path, organisation_fingerprints))
    return stores
