"""Linux trust stores: the distribution's CA bundle and its anchor folders."""

from __future__ import annotations

from pathlib import Path

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
