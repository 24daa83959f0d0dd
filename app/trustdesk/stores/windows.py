"""Windows trust stores: the system ROOT and CA stores, read through ``ssl.enum_certificates``.

CPython's ``ssl.enum_certificates(name)`` (Windows only) returns ``(bytes, encoding, trust)``
tuples gathered from the current-user, local-machine, group-policy and enterprise locations of the
named system store. ``encoding`` is "x509_asn" (a DER certificate) or "pkcs_7_asn"; ``trust`` is
True for every purpose, or the set of extended key usage OIDs the certificate is trusted for.
A root without the server-authentication OID is present but not trusted for TLS.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Iterable

from cryptography import x509

from trustdesk.certs.reader import Block, BlockKind, ReadError, ReadResult, read_certificate_bytes
from trustdesk.stores.inventory import StoreOrigin, TrustStore, store_from_result

log = logging.getLogger(__name__)

SERVER_AUTH_OID = "1.3.6.1.5.5.7.3.1"
SYSTEM_STORE_NAMES = ("ROOT", "CA")

Trust = bool | set[str] | frozenset[str]
EnumCertificates = Callable[[str], Iterable[tuple[bytes, str, Trust]]]


def system_stores(
    organisation_fingerprints: set[str],
    enum_certificates: EnumCertificates | None = None,
) -> list[TrustStore]:
    """Read the ROOT and CA system stores; a store that cannot be enumerated becomes an error record.

    ``enum_certificates`` defaults to ``ssl.enum_certificates``; tests pass a fake.
    """
    if enum_certificates is None:
        enum_certificates = getattr(ssl, "enum_certificates", None)
    stores = []
    for store_name in SYSTEM_STORE_NAMES:
        stores.append(_read_system_store(store_name, organisation_fingerprints, enum_certificates))
    return stores


def is_trusted_for_tls(trust: Trust) -> bool:
    """Return True when the purposes allow TLS server authentication (True means every purpose)."""
    if trust is True:
        return True
    if trust is False:
        return False
    return SERVER_AUTH_OID in trust


def _read_system_store(
    store_name: str,
    organisation_fingerprints: set[str],
    enum_certificates: EnumCertificates | None,
) -> TrustStore:
    name = f"windows:{store_name}"
    if enum_certificates is None:
        return TrustStore(StoreOrigin.WINDOWS_SYSTEM, name, None, 0, error_detail="ssl.enum_certificates is missing")
    try:
        entries = list(enum_certificates(store_name))
    except (OSError, ValueError) as error:
        # CPython raises OSError with the Windows error code when CertOpenStore fails.
        log.warning("Windows store %s could not be enumerated: %s", store_name, error)
        return TrustStore(StoreOrigin.WINDOWS_SYSTEM, name, None, 0, error_detail=str(error))

    blocks: list[Block] = []
    trusted: list[x509.Certificate] = []
    for data, encoding, trust in entries:
        index = len(blocks) + 1
        if encoding != "x509_asn":
            blocks.append(Block(index, BlockKind.OTHER, encoding, error=f"not a certificate ({encoding})"))
            continue
        try:
            block = read_certificate_bytes(data, f"{name}#{index}").blocks[0]
        except ReadError as error:
            blocks.append(Block(index, BlockKind.CERTIFICATE, "DER", error=error.code.value))
            continue
        blocks.append(Block(index, block.kind, block.label, block.certificate, block.error, block.notes))
        if block.certificate is not None and is_trusted_for_tls(trust):
            trusted.append(block.certificate)

    result = ReadResult(name, "windows-store", tuple(blocks))
    # Only ROOT holds trust anchors; CA holds intermediates that chain building may use.
    anchors = trusted if store_name == "ROOT" else None
    return store_from_result(StoreOrigin.WINDOWS_SYSTEM, name, None, result, organisation_fingerprints, trusted=anchors)
