"""Windows system stores through the enum_certificates seam, and for real on Windows."""

from __future__ import annotations

import ssl
import sys

import pytest
import trustme
from cryptography import x509

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.stores.windows import SERVER_AUTH_OID, is_trusted_for_tls, system_stores

CODE_SIGNING_OID = "1.3.6.1.5.5.7.3.3"


def der(ca: trustme.CA) -> bytes:
    return ssl.PEM_cert_to_DER_cert(ca.cert_pem.bytes().decode("ascii"))


def fingerprint(ca: trustme.CA) -> str:
    return sha256_fingerprint(x509.load_der_x509_certificate(der(ca)))


def test_windows_trust_purposes() -> None:
    assert is_trusted_for_tls(True)
    assert is_trusted_for_tls({SERVER_AUTH_OID})
    assert not is_trusted_for_tls({CODE_SIGNING_OID})


def test_windows_root_store_counts_tls_roots() -> None:
    organisation, code_signing, intermediate = trustme.CA(), trustme.CA(), trustme.CA()
    entries = {
        "ROOT": [
            (der(organisation), "x509_asn", {SERVER_AUTH_OID}),
            (der(code_signing), "x509_asn", {CODE_SIGNING_OID}),
            (b"\x30\x03\x02\x01\x00", "x509_asn", True),
            (b"pkcs7 bytes", "pkcs_7_asn", True),
        ],
        "CA": [(der(intermediate), "x509_asn", True)],
    }

    root, ca = system_stores({fingerprint(organisation)}, enum_certificates=lambda name: entries[name])

    assert root.name == "windows:ROOT"
    assert root.certificate_count == 2
    assert root.trusted_count == 1
    assert [problem.index for problem in root.block_problems] == [3, 4]
    assert root.contains_organisation is True
    assert ca.certificate_count == 1
    assert ca.trusted_count is None


def test_windows_root_without_tls_purpose_is_not_trusted() -> None:
    organisation = trustme.CA()
    entries = [(der(organisation), "x509_asn", {CODE_SIGNING_OID})]

    root = system_stores({fingerprint(organisation)}, enum_certificates=lambda name: entries)[0]

    assert root.certificate_count == 1
    assert root.contains_organisation is False


def test_windows_enumeration_failure_is_data() -> None:
    def failing(name: str) -> list[tuple[bytes, str, bool]]:
        raise OSError(5, "Access is denied")

    stores = system_stores(set(), enum_certificates=failing)

    assert [store.certificate_count for store in stores] == [0, 0]
    assert "Access is denied" in stores[0].error_detail


@pytest.mark.skipif(sys.platform != "win32", reason="ssl.enum_certificates exists only on Windows")
def test_windows_real_root_store() -> None:
    root = system_stores(set())[0]

    assert root.certificate_count > 0
    assert root.trusted_count is not None
