"""Find the root CA behind a presented chain: in the OS store, the imported set, or the IT policy's pins.

A certificate is taken as the issuer of another only when three facts agree: its subject is the
other's issuer name, its Subject Key Identifier equals the other's Authority Key Identifier (when
both are present), and its public key verifies the other's signature. Names alone can be copied by
anyone; the signature cannot.

The OS store is read per OS through ``os_trust_anchors``; every caller can pass its own list
instead, which is how tests stand in a fake OS store for the real one.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import re
import ssl
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm

from trustdesk import paths
from trustdesk.certs.details import is_self_signed, sha256_fingerprint
from trustdesk.certs.reader import ReadError, read_certificate_bytes, read_certificate_file

log = logging.getLogger(__name__)

MAX_CHAIN_LENGTH = 8
POLICY_FILE_NAME = "policy.json"

OsAnchors = Callable[[], list[x509.Certificate]]


class Origin(enum.Enum):
    """Where a certificate of the completed chain came from. The value is stable: JSON output keeps it."""

    PRESENTED = "presented"  # sent by the server or the proxy, on the wire
    OS_STORE = "os-store"
    ORGANISATION = "organisation"  # imported into TrustDesk
    PUBLIC = "public"  # certifi's public roots


class RootSource(enum.Enum):
    """What is known about the root of the chain. The value is stable: JSON output keeps it."""

    PUBLIC = "public"  # a public root in certifi: no inspection
    ORGANISATION = "organisation"  # already imported into TrustDesk
    OS_STORE = "os-store"  # installed by IT in the OS store: safe to use with one click
    PINNED = "pinned"  # its SHA-256 is pinned in the IT policy file: safe to use with one click
    WIRE_ONLY = "wire-only"  # seen only on the wire: never trusted with one click
    NOT_FOUND = "not-found"  # the chain's issuer is nowhere: neither on the wire nor in any store


@dataclass(frozen=True)
class ChainLink:
    certificate: x509.Certificate
    origin: Origin


@dataclass(frozen=True)
class RootMatch:
    """The verdict on the chain's root. ``certificate`` is the copy to offer (the OS store's own copy).

    ``missing_issuer`` names the issuer that could not be found when ``source`` is NOT_FOUND.
    """

    source: RootSource
    certificate: x509.Certificate | None
    missing_issuer: x509.Name | None = None

    @property
    def one_click(self) -> bool:
        """True when "Use this certificate" may be offered: IT vouched for the root by installing or pinning it."""
        return self.source in (RootSource.OS_STORE, RootSource.PINNED) and self.certificate is not None


@dataclass(frozen=True)
class Policy:
    """The IT policy file: pinned SHA-256 fingerprints (upper-case hex, no separators)."""

    pinned_sha256: frozenset[str] = frozenset()
    path: Path | None = None
    error: str = ""
    ignored: tuple[str, ...] = field(default=())


def policy_path() -> Path:
    """Return ``policy.json`` in TrustDesk's config folder, where IT admins deploy it."""
    return paths.config_dir() / POLICY_FILE_NAME


def load_policy(path: Path | None = None) -> Policy:
    """Read the policy file; a missing file is an empty policy, a bad one is an empty policy with ``error``.

    The file is a JSON object; its ``pinned_sha256`` key lists fingerprints in hex, with or without
    colons or spaces. Entries that are not 64 hex digits are listed in ``ignored``.
    """
    path = path or policy_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Policy(path=path)
    except (OSError, ValueError) as error:
        log.warning("Ignoring the policy file %s: %s", path, error)
        return Policy(path=path, error=str(error))
    if not isinstance(raw, dict) or not isinstance(raw.get("pinned_sha256", []), list):
        log.warning("Ignoring the policy file %s: pinned_sha256 must be a list", path)
        return Policy(path=path, error="pinned_sha256 must be a list of SHA-256 fingerprints")

    pins: set[str] = set()
    ignored: list[str] = []
    for entry in raw.get("pinned_sha256", []):
        normalised = re.sub(r"[\s:]", "", str(entry)).upper()
        if re.fullmatch(r"[0-9A-F]{64}", normalised):
            pins.add(normalised)
        else:
            ignored.append(str(entry))
    return Policy(frozenset(pins), path, ignored=tuple(ignored))


def issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Return True when ``issuer``'s name, key identifier and key all match ``certificate``'s issuer."""
    if certificate.issuer != issuer.subject:
        return False
    authority = _key_identifier(certificate, authority=True)
    subject = _key_identifier(issuer, authority=False)
    if authority is not None and subject is not None and authority != subject:
        return False
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def complete_chain(
    presented: Sequence[x509.Certificate],
    pools: Sequence[tuple[Origin, Sequence[x509.Certificate]]],
) -> list[ChainLink]:
    """Build the path from the leaf (``presented[0]``) up to a self-signed root, or as far as it goes.

    Each issuer is looked for first in ``pools`` in the given order (so a root IT installed wins
    over the same root sent on the wire), then among the presented certificates.
    """
    if not presented:
        return []
    candidates: list[tuple[Origin, x509.Certificate]] = [
        (origin, certificate) for origin, pool in pools for certificate in pool
    ]
    candidates += [(Origin.PRESENTED, certificate) for certificate in presented[1:]]

    links = [ChainLink(presented[0], Origin.PRESENTED)]
    seen = {sha256_fingerprint(presented[0])}
    while len(links) < MAX_CHAIN_LENGTH and not is_self_signed(links[-1].certificate):
        current = links[-1].certificate
        found = next(
            (
                (origin, candidate)
                for origin, candidate in candidates
                if sha256_fingerprint(candidate) not in seen and issued_by(current, candidate)
            ),
            None,
        )
        if found is None:
            break
        seen.add(sha256_fingerprint(found[1]))
        links.append(ChainLink(found[1], found[0]))
    return links


def match_root(
    links: Sequence[ChainLink],
    *,
    organisation: Iterable[x509.Certificate] = (),
    os_anchors: Iterable[x509.Certificate] = (),
    public_roots: Iterable[x509.Certificate] = (),
    policy: Policy | None = None,
) -> RootMatch:
    """Classify the top of a chain built by ``complete_chain``.

    A root reached through a pool already carries that pool's origin. A root reached only on the wire
    is checked against the pins; a pinned root found on the wire may be offered, any other may not.
    """
    if not links:
        return RootMatch(RootSource.NOT_FOUND, None)
    top = links[-1]
    if not is_self_signed(top.certificate):
        return RootMatch(RootSource.NOT_FOUND, None, top.certificate.issuer)

    fingerprint = sha256_fingerprint(top.certificate)
    if top.origin is Origin.PUBLIC or fingerprint in _fingerprints(public_roots):
        return RootMatch(RootSource.PUBLIC, top.certificate)
    if top.origin is Origin.ORGANISATION or fingerprint in _fingerprints(organisation):
        return RootMatch(RootSource.ORGANISATION, top.certificate)
    if top.origin is Origin.OS_STORE or fingerprint in _fingerprints(os_anchors):
        return RootMatch(RootSource.OS_STORE, top.certificate)
    if policy is not None and fingerprint in policy.pinned_sha256:
        return RootMatch(RootSource.PINNED, top.certificate)
    return RootMatch(RootSource.WIRE_ONLY, top.certificate)


# --- the OS store -------------------------------------------------------------------------------


def os_trust_anchors() -> list[x509.Certificate]:
    """Return the certificates this OS trusts as roots for TLS server authentication.

    Linux: the distribution bundle and the anchor folders (see ``linux_trust_anchors``).
    Windows: the ROOT system store, entries trusted for server authentication.
    macOS: the System, SystemRoots and login keychains; see ``_macos_trust_anchors`` for its limit.
    In practice mode, the PEM files of the practice OS store folder instead.
    """
    from trustdesk.stores.catalogue import PRACTICE_OS_STORE_VARIABLE

    practice_store = os.environ.get(PRACTICE_OS_STORE_VARIABLE)
    if practice_store:
        certificates: list[x509.Certificate] = []
        for path in sorted(Path(practice_store).glob("*")):
            if path.is_file():
                certificates.extend(certificates_in_file(path))
        return certificates
    if sys.platform == "win32":
        return _windows_trust_anchors()
    if sys.platform == "darwin":
        return _macos_trust_anchors()
    return linux_trust_anchors()


def linux_trust_anchors(root: Path = Path("/")) -> list[x509.Certificate]:
    """Return the certificates of the first distribution bundle and of every anchor folder under ``root``.

    ``root`` exists for tests, which point it at a folder laid out like ``/``.
    """
    from trustdesk.stores import linux

    sources: list[Path] = []
    bundle = linux.os_bundle_path(root)
    if bundle is not None:
        sources.append(bundle)
    for folder in linux.ANCHOR_FOLDERS:
        path = root / folder.relative_to("/")
        if path.is_dir():
            sources.extend(sorted(entry for entry in path.rglob("*") if entry.is_file()))
    return _unique(_read_all(sources))


def certificates_in_file(path: Path) -> list[x509.Certificate]:
    """Return the certificates of one PEM or DER file; [] when it cannot be read. A seam for fake stores."""
    return _read_all([path])


def _read_all(sources: Iterable[Path]) -> list[x509.Certificate]:
    certificates: list[x509.Certificate] = []
    for path in sources:
        try:
            certificates.extend(read_certificate_file(path).certificates)
        except ReadError as error:
            log.debug("Skipping %s in the OS store: %s", path, error)
    return certificates


def _windows_trust_anchors() -> list[x509.Certificate]:
    from trustdesk.stores.windows import is_trusted_for_tls

    enum_certificates = getattr(ssl, "enum_certificates", None)
    if enum_certificates is None:
        return []
    certificates = []
    try:
        entries = list(enum_certificates("ROOT"))
    except OSError as error:
        log.warning("The Windows ROOT store could not be read: %s", error)
        return []
    for data, encoding, trust in entries:
        if encoding != "x509_asn" or not is_trusted_for_tls(trust):
            continue
        try:
            certificates.extend(read_certificate_bytes(data, "windows:ROOT").certificates)
        except ReadError as error:
            log.debug("Skipping an unreadable entry of the Windows ROOT store: %s", error)
    return _unique(certificates)


def _macos_trust_anchors() -> list[x509.Certificate]:
    """Return the certificates of the three keychains, without applying trust settings.

    NOTE: a certificate that is present in a keychain but distrusted by a user or admin trust
    setting is returned too; the "Certificate lists on this computer" tab shows those settings.
    """
    from trustdesk.stores.commands import run_command
    from trustdesk.stores.macos import LOGIN_KEYCHAIN, SECURITY_TIMEOUT_S, SYSTEM_KEYCHAIN, SYSTEM_ROOTS_KEYCHAIN

    home = Path.home()
    certificates: list[x509.Certificate] = []
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    for keychain in (SYSTEM_ROOTS_KEYCHAIN, SYSTEM_KEYCHAIN, home / LOGIN_KEYCHAIN):
        result = run_command(["security", "find-certificate", "-a", "-p", str(keychain)], env, SECURITY_TIMEOUT_S)
        if not result.succeeded or not result.stdout.strip():
            continue
        try:
            certificates.extend(
                read_certificate_bytes(result.stdout.encode("ascii", "replace"), str(keychain)).certificates
            )
        except ReadError as error:
            log.debug("Keychain %s gave no certificate: %s", keychain, error)
    return _unique(certificates)


def _unique(certificates: Iterable[x509.Certificate]) -> list[x509.Certificate]:
    seen: set[str] = set()
    unique = []
    for certificate in certificates:
        fingerprint = sha256_fingerprint(certificate)
        if fingerprint not in seen:
            seen.add(fingerprint)
            unique.append(certificate)
    return unique


def _fingerprints(certificates: Iterable[x509.Certificate]) -> set[str]:
    return {sha256_fingerprint(certificate) for certificate in certificates}


def _key_identifier(certificate: x509.Certificate, *, authority: bool) -> bytes | None:
    try:
        if authority:
            aki = certificate.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
            return aki.key_identifier
        return certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except (x509.ExtensionNotFound, ValueError):
        return None
