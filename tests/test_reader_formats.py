"""The reader on every case file and on crafted PKCS#7, PKCS#12, base64, key and odd-DER inputs."""

from __future__ import annotations

import base64
import datetime
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from trustdesk.certs.details import describe
from trustdesk.certs.reader import (
    PKCS7_LABEL,
    PKCS12_LABEL,
    BlockKind,
    ReadError,
    ReadErrorCode,
    der_children,
    parse_der_element,
    read_certificate_bytes,
    read_certificate_file,
)

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
GOOD_ROOT_SHA256 = "F0561EA4D0944326C490DFF87994A18A45591DFC53F6F9971F69998AD6471507"

# file -> (certificates read, damaged blocks, private key present)
CASE_EXPECTATIONS = {
    "good_root.pem": (1, 0, False),
    "good_root.der.cer": (1, 0, False),
    "good_root_crlf.pem": (1, 0, False),
    "good_root_bom.pem": (1, 0, False),
    "good_root_utf16le_bom.pem": (1, 0, False),
    "chain.der.p7b": (2, 0, False),
    "good_root_trusted.pem": (1, 0, False),
    "cert_with_text_and_key.pem": (1, 0, True),
    "concat_no_newline.pem": (2, 0, False),
    "bundle_one_corrupt_then_good.pem": (1, 1, False),
    "ca_bc_noncritical.pem": (1, 0, False),
    "ca_expired.pem": (1, 0, False),
    "ca_negative_serial.pem": (1, 0, False),
    "intermediate_only.pem": (1, 0, False),
    "root_plus_intermediate.pem": (2, 0, False),
}


def test_every_case_file_listed() -> None:
    on_disk = {path.name for path in CASES.iterdir() if path.name != "README.md"}

    assert on_disk == set(CASE_EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(CASE_EXPECTATIONS))
def test_case_file(name: str) -> None:
    certificates, damaged, key = CASE_EXPECTATIONS[name]

    result = read_certificate_file(CASES / name)

    assert len(result.certificates) == certificates
    assert len(result.damaged_blocks) == damaged
    assert result.contains_private_key is key
    assert all(block.der is None for block in result.blocks if block.kind is BlockKind.PRIVATE_KEY)


def test_pkcs7_case_labels() -> None:
    result = read_certificate_file(CASES / "chain.der.p7b")

    assert result.format == "pkcs7"
    assert [block.label for block in result.blocks] == [PKCS7_LABEL, PKCS7_LABEL]
    assert [block.index for block in result.blocks] == [1, 2]


def test_damaged_block_named() -> None:
    result = read_certificate_file(CASES / "bundle_one_corrupt_then_good.pem")

    assert result.damaged_blocks[0].index == 1
    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256


def test_negative_serial_note_no_warning() -> None:
    result = read_certificate_file(CASES / "ca_negative_serial.pem")

    assert any("serial" in note.lower() for note in result.blocks[0].notes)


def _ca_pair() -> tuple[trustme.CA, list[x509.Certificate]]:
    authority = trustme.CA()
    leaf = authority.issue_cert("localhost")
    pems = [blob.bytes() for blob in leaf.cert_chain_pems]
    return authority, [x509.load_pem_x509_certificate(pem) for pem in pems]


def test_pkcs7_der_and_pem() -> None:
    _, certificates = _ca_pair()
    der = pkcs7.serialize_certificates(certificates, Encoding.DER)
    pem = pkcs7.serialize_certificates(certificates, Encoding.PEM)

    from_der = read_certificate_bytes(der)
    from_pem = read_certificate_bytes(pem)

    assert from_der.certificates == certificates
    assert from_pem.certificates == certificates
    assert {block.label for block in from_pem.blocks} == {PKCS7_LABEL}


def test_pkcs7_detected_not_by_extension(tmp_path: Path) -> None:
    _, certificates = _ca_pair()
    path = tmp_path / "bundle.pem"
    path.write_bytes(pkcs7.serialize_certificates(certificates, Encoding.DER))

    assert read_certificate_file(path).format == "pkcs7"


def _pkcs12(password: bytes | None, *, with_key: bool) -> tuple[bytes, list[x509.Certificate]]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "p12 test")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    _, extra = _ca_pair()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    )
    data = pkcs12.serialize_key_and_certificates(
        b"friendly", key if with_key else None, certificate if with_key else None, extra, encryption
    )
    return data, ([certificate] if with_key else []) + extra


def test_pkcs12_without_password() -> None:
    data, certificates = _pkcs12(None, with_key=True)

    result = read_certificate_bytes(data)

    assert result.format == "pkcs12"
    assert result.certificates == certificates
    assert result.contains_private_key
    assert PKCS12_LABEL in result.blocks[0].label


def test_pkcs12_key_bag_not_kept() -> None:
    data, _ = _pkcs12(None, with_key=True)

    key_blocks = [block for block in read_certificate_bytes(data).blocks if block.kind is BlockKind.PRIVATE_KEY]

    assert len(key_blocks) == 1
    assert key_blocks[0].certificate is None
    assert key_blocks[0].der is None


def test_pkcs12_certificates_only() -> None:
    data, certificates = _pkcs12(None, with_key=False)

    result = read_certificate_bytes(data)

    assert result.certificates == certificates
    assert not result.contains_private_key


def test_pkcs12_with_password() -> None:
    data, certificates = _pkcs12(b"s3cret", with_key=True)

    result = read_certificate_bytes(data, password=b"s3cret")

    assert result.certificates == certificates


def test_pkcs12_password_required() -> None:
    data, _ = _pkcs12(b"s3cret", with_key=True)

    with pytest.raises(ReadError) as raised:
        read_certificate_bytes(data, "store.pfx")

    assert raised.value.code is ReadErrorCode.PASSWORD_REQUIRED
    assert "store.pfx" in str(raised.value)


def test_pkcs12_wrong_password(tmp_path: Path) -> None:
    data, _ = _pkcs12(b"s3cret", with_key=True)
    path = tmp_path / "store.p12"
    path.write_bytes(data)

    with pytest.raises(ReadError) as raised:
        read_certificate_file(path, password=b"wrong")

    assert raised.value.code is ReadErrorCode.WRONG_PASSWORD


@pytest.mark.parametrize("wrap", [0, 64, 76])
def test_headerless_base64(wrap: int) -> None:
    der = (CASES / "good_root.der.cer").read_bytes()
    text = base64.b64encode(der)
    if wrap:
        text = b"\n".join(text[start : start + wrap] for start in range(0, len(text), wrap)) + b"\n"

    result = read_certificate_bytes(text)

    assert result.format == "base64"
    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256


def test_headerless_base64_pkcs7() -> None:
    _, certificates = _ca_pair()
    text = base64.b64encode(pkcs7.serialize_certificates(certificates, Encoding.DER))

    assert read_certificate_bytes(text).certificates == certificates


def test_indented_pem() -> None:
    pem = (CASES / "good_root.pem").read_text(encoding="ascii")
    indented = "".join(f"    {line}\n" for line in pem.splitlines())

    result = read_certificate_bytes(indented.encode("ascii"))

    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256


def _key_pem(private_format: serialization.PrivateFormat, password: bytes | None = None) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    )
    return key.private_bytes(Encoding.PEM, private_format, encryption)


@pytest.mark.parametrize(
    "key_pem",
    [
        pytest.param(_key_pem(serialization.PrivateFormat.PKCS8), id="pkcs8"),
        pytest.param(_key_pem(serialization.PrivateFormat.PKCS8, b"pw"), id="encrypted-pkcs8"),
        pytest.param(_key_pem(serialization.PrivateFormat.TraditionalOpenSSL, b"pw"), id="proc-type-encrypted"),
        pytest.param(_key_pem(serialization.PrivateFormat.OpenSSH), id="openssh"),
    ],
)
def test_key_blocks_reported(key_pem: bytes) -> None:
    data = (CASES / "good_root.pem").read_bytes() + key_pem

    result = read_certificate_bytes(data)

    assert len(result.certificates) == 1
    assert [block.kind for block in result.blocks] == [BlockKind.CERTIFICATE, BlockKind.PRIVATE_KEY]
    assert key_pem.decode("ascii").splitlines()[1] not in repr(result)


def test_der_pkcs8_key_file(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path / "key.cer"
    path.write_bytes(key.private_bytes(Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))

    result = read_certificate_file(path)

    assert result.certificates == []
    assert [block.kind for block in result.blocks] == [BlockKind.PRIVATE_KEY]


def _encode(tag: int, content: bytes) -> bytes:
    length = len(content)
    if length < 0x80:
        return bytes([tag, length]) + content
    octets = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(octets)]) + octets + content


def fractional_time_certificate() -> bytes:
    """Return a DER certificate whose notAfter is a GeneralizedTime with fractional seconds."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fractional seconds")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(9)
        .not_valid_before(datetime.datetime(2024, 1, 1))
        .not_valid_after(datetime.datetime(2060, 1, 1))
        .sign(key, hashes.SHA256())
    )
    der = certificate.public_bytes(Encoding.DER)
    outer = parse_der_element(der)
    tbs, algorithm, _ = der_children(der, outer)
    fields = der_children(der, tbs)
    validity = fields[4]
    not_before = der_children(der, validity)[0]
    new_validity = _encode(0x30, der[not_before.start : not_before.end] + _encode(0x18, b"20600101000000.123Z"))
    new_tbs = _encode(0x30, b"".join(new_validity if f is validity else der[f.start : f.end] for f in fields))
    signature = key.sign(new_tbs, ec.ECDSA(hashes.SHA256()))
    return _encode(0x30, new_tbs + der[algorithm.start : algorithm.end] + _encode(0x03, b"\x00" + signature))


def test_fractional_time_kept_as_der() -> None:
    der = fractional_time_certificate()

    block = read_certificate_bytes(der).blocks[0]

    assert block.details_unavailable
    assert block.certificate is None
    assert block.der == der
    assert block.error


def test_fractional_time_in_pem_bundle() -> None:
    pem = (
        b"-----BEGIN CERTIFICATE-----\n"
        + base64.encodebytes(fractional_time_certificate())
        + b"-----END CERTIFICATE-----\n"
    )

    result = read_certificate_bytes(pem + (CASES / "good_root.pem").read_bytes())

    assert len(result.unparsed_certificates) == 1
    assert len(result.certificates) == 1


def test_unterminated_block_reported() -> None:
    good = (CASES / "good_root.pem").read_bytes()

    result = read_certificate_bytes(good + b"-----BEGIN CERTIFICATE-----\nMIIB\n")

    assert len(result.certificates) == 1
    assert result.damaged_blocks[0].index == 2


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.pem"
    with path.open("wb") as file:
        file.truncate(17 * 1024 * 1024)

    with pytest.raises(ReadError) as raised:
        read_certificate_file(path)

    assert raised.value.code is ReadErrorCode.TOO_LARGE
    assert str(path) in str(raised.value)
