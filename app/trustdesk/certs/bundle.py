"""Build the merged bundle: certifi's public roots plus the organisation CAs, in one PEM file.

Every certificate is re-serialised from its parsed form as a plain ``CERTIFICATE`` block, so
oddities of the input files (glued blocks, CRLF, BOMs, OpenSSL trust trailers, keys) never reach the
written file. The file is checked with Python's ssl before it replaces the previous one, and
certifi's own file is only ever read.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import certifi
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

import trustdesk
from trustdesk import paths
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import ReadError, read_certificate_file
from trustdesk.fileio import write_atomic

log = logging.getLogger(__name__)


class BundleError(Exception):
    """The merged bundle could not be written or Python's ssl rejected it; the old file is unchanged."""


@dataclass(frozen=True)
class BundleResult:
    path: Path
    public_count: int
    organisation_count: int
    # Organisation CAs that were already among the public roots and so added nothing.
    already_public: int


def certifi_bundle_path() -> Path:
    return Path(certifi.where())


def render_bundle(certificates: Iterable[x509.Certificate], header: Sequence[str] = ()) -> bytes:
    """Return PEM text with one comment line (subject and SHA-256) above each certificate.

    Duplicates by SHA-256 fingerprint are written once, in first-seen order.
    """
    lines = [f"# {line}" for line in header]
    seen: set[str] = set()
    for certificate in certificates:
        fingerprint = sha256_fingerprint(certificate)
        if fingerprint in seen:
            continue
        seen.add(fingerprint)
        subject = _printable(certificate.subject.rfc4514_string())
        lines.append(f"# {subject} | SHA-256 {fingerprint}")
        lines.append(certificate.public_bytes(Encoding.PEM).decode("ascii").rstrip("\n"))
    # UTF-8 like certifi's own comments: OpenSSL skips every line outside the PEM blocks.
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_merged_bundle(
    organisation: Sequence[x509.Certificate],
    destination: Path | None = None,
    *,
    public_bundle: Path | None = None,
) -> BundleResult:
    """Write certifi's roots plus ``organisation`` to ``destination`` (the stable data-folder path by default).

    Raises ``BundleError`` when the public bundle cannot be read, the file cannot be written, or
    Python's ssl does not load exactly the certificates that were written.
    """
    destination = destination or paths.merged_bundle_path()
    public_bundle = public_bundle or certifi_bundle_path()
    try:
        public = read_certificate_file(public_bundle).certificates
    except ReadError as error:
        raise BundleError(f"cannot read the public roots in {public_bundle}: {error}") from error

    public_fingerprints = {sha256_fingerprint(certificate) for certificate in public}
    organisation_fingerprints = {sha256_fingerprint(certificate) for certificate in organisation}
    already_public = len(organisation_fingerprints & public_fingerprints)
    expected_count = len(public_fingerprints | organisation_fingerprints)

    header = (
        "TrustDesk merged CA bundle. TrustDesk rebuilds this file; edits are lost.",
        (
            f"Public roots: {len(public_fingerprints)} from certifi {certifi.__version__}. "
            f"Organisation CAs: {len(organisation_fingerprints)}. Built by TrustDesk {trustdesk.__version__}."
        ),
    )
    data = render_bundle([*public, *organisation], header)

    def check_with_ssl(candidate: Path) -> None:
        check_bundle_loads(candidate, expected_count)

    try:
        write_atomic(destination, data, validate=check_with_ssl)
    except OSError as error:
        raise BundleError(f"cannot write {destination}: {error}") from error

    log.info(
        "Merged bundle %s: %d public roots, %d organisation CAs (%d already public)",
        destination,
        len(public_fingerprints),
        len(organisation_fingerprints),
        already_public,
    )
    return BundleResult(destination, len(public_fingerprints), len(organisation_fingerprints), already_public)


def check_bundle_loads(path: Path, expected_count: int | None = None) -> int:
    """Load ``path`` with ``ssl.create_default_context`` and return how many CA certificates OpenSSL took.

    Raises ``BundleError`` when OpenSSL rejects the file or takes fewer certificates than expected.
    """
    try:
        context = ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, OSError) as error:
        raise BundleError(f"Python's ssl rejected {path}: {error}") from error
    loaded = context.cert_store_stats()["x509_ca"]
    if expected_count is not None and loaded != expected_count:
        raise BundleError(f"Python's ssl loaded {loaded} of {expected_count} certificates from {path}")
    return loaded


def _printable(text: str) -> str:
    # A subject may contain control characters; a newline would end the comment line early.
    return "".join(character if character.isprintable() else "?" for character in text)
