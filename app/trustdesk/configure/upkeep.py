"""Keep the merged bundle and the organisation-only PEM current once tools point at them.

The bundle's path never changes, so the tools' settings stay valid; its content is rebuilt when
certifi's bundle or the organisation CA set changed since the last build. A small state file next to
the bundle records certifi's version and SHA-256, the organisation fingerprints and the SHA-256 of
each file TrustDesk wrote, so start-up can tell without rebuilding whether anything changed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import certifi
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from trustdesk.certs.bundle import build_merged_bundle, certifi_bundle_path, check_bundle_loads
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.fileio import write_atomic

log = logging.getLogger(__name__)

BUNDLE_NAME = "ca-bundle.pem"
NODE_CERTIFICATES_NAME = "node-extra-ca-certs.pem"
STATE_NAME = "bundle-state.json"


def merged_bundle_bytes(organisation: Sequence[x509.Certificate]) -> bytes:
    """Return the bytes ``build_merged_bundle`` writes, built in a temporary folder so nothing real changes."""
    with tempfile.TemporaryDirectory(prefix="trustdesk-bundle-") as folder:
        result = build_merged_bundle(list(organisation), Path(folder) / BUNDLE_NAME)
        return result.path.read_bytes()


def node_certificates_bytes(organisation: Sequence[x509.Certificate]) -> bytes:
    """Return the organisation CAs as plain PEM ``CERTIFICATE`` blocks and nothing else.

    Node.js (20-24) adds NODE_EXTRA_CA_CERTS to its bundled roots, so this file needs no public
    roots. Plain blocks only, because Node skips other labels and stops at the first damaged block.
    """
    seen: set[str] = set()
    blocks = []
    for certificate in organisation:
        fingerprint = sha256_fingerprint(certificate)
        if fingerprint not in seen:
            seen.add(fingerprint)
            blocks.append(certificate.public_bytes(Encoding.PEM))
    return b"".join(blocks)


def bundle_validator(organisation: Sequence[x509.Certificate]) -> Any:
    """Return a ``validate`` callable: Python's ssl must load certifi's roots plus the organisation CAs."""
    from trustdesk.certs.reader import read_certificate_file

    public = {sha256_fingerprint(c) for c in read_certificate_file(certifi_bundle_path()).certificates}
    expected = len(public | {sha256_fingerprint(c) for c in organisation})

    def validate(candidate: Path) -> None:
        check_bundle_loads(candidate, expected)

    return validate


@dataclass(frozen=True)
class BundleState:
    certifi_version: str
    certifi_sha256: str
    organisation: tuple[str, ...]
    files: dict[str, str]


def current_inputs(organisation: Sequence[x509.Certificate]) -> tuple[str, str, tuple[str, ...]]:
    certifi_sha = hashlib.sha256(certifi_bundle_path().read_bytes()).hexdigest()
    fingerprints = tuple(sorted({sha256_fingerprint(c) for c in organisation}))
    return certifi.__version__, certifi_sha, fingerprints


def read_state(data_folder: Path) -> BundleState | None:
    try:
        raw = json.loads((data_folder / STATE_NAME).read_text(encoding="utf-8"))
        return BundleState(
            str(raw["certifi_version"]),
            str(raw["certifi_sha256"]),
            tuple(str(item) for item in raw["organisation"]),
            {str(key): str(value) for key, value in dict(raw["files"]).items()},
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("Ignoring the unreadable bundle state in %s: %s", data_folder, error)
        return None


def write_state(data_folder: Path, organisation: Sequence[x509.Certificate], files: Sequence[Path]) -> None:
    version, certifi_sha, fingerprints = current_inputs(organisation)
    hashes = {}
    for path in files:
        try:
            hashes[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
    document = {
        "certifi_version": version,
        "certifi_sha256": certifi_sha,
        "organisation": list(fingerprints),
        "files": hashes,
    }
    write_atomic(data_folder / STATE_NAME, (json.dumps(document, indent=1) + "\n").encode("utf-8"), backup=False)


def is_stale(data_folder: Path, organisation: Sequence[x509.Certificate]) -> bool:
    """Return True when a file TrustDesk built may no longer match certifi and the organisation CA set.

    Without a state file the answer is True for an existing bundle, and the rebuild that follows is a
    no-op (and leaves no journal entry) when the content was already right.
    """
    files = [data_folder / BUNDLE_NAME, data_folder / NODE_CERTIFICATES_NAME]
    existing = [path for path in files if path.is_file()]
    if not existing:
        return False
    state = read_state(data_folder)
    if state is None:
        return True
    version, certifi_sha, fingerprints = current_inputs(organisation)
    if (state.certifi_version, state.certifi_sha256, state.organisation) != (version, certifi_sha, fingerprints):
        return True
    return any(state.files.get(path.name) != hashlib.sha256(path.read_bytes()).hexdigest() for path in existing)
