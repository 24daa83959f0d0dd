"""The reader on the certificate files users really hand in, and on crafted edge cases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import trustme
from cryptography.hazmat.primitives.serialization import Encoding

from trustdesk.certs.details import Role, describe, group_fingerprint
from trustdesk.certs.reader import (
    BlockKind,
    ReadError,
    ReadErrorCode,
    read_certificate_bytes,
    read_certificate_file,
)

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
GOOD_ROOT_SHA256 = "F0561EA4D0944326C490DFF87994A18A45591DFC53F6F9971F69998AD6471507"


def case(name: str) -> Path:
    path = CASES / name
    assert path.is_file(), f"missing test case {path}"
    return path


@pytest.mark.parametrize(
    "name",
    ["good_root.pem", "good_root.der.cer", "good_root_crlf.pem", "good_root_bom.pem", "good_root_utf16le_bom.pem"],
)
def test_good_root_every_encoding(name: str) -> None:
    result = read_certificate_file(case(name))

    assert len(result.certificates) == 1
    assert result.damaged_blocks == []
    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256


def test_der_detected_by_content_not_extension(tmp_path: Path) -> None:
    renamed = tmp_path / "looks-like.pem"
    renamed.write_bytes(case("good_root.der.cer").read_bytes())

    result = read_certificate_file(renamed)

    assert result.format == "der"
    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256


def test_good_root_details() -> None:
    details = describe(read_certificate_file(case("good_root.pem")).certificates[0])

    assert details.role is Role.ROOT
    assert details.self_signed
    assert details.common_name == "Example Corp Root CA (good)"
    assert details.basic_constraints is not None
    assert details.basic_constraints.ca
    assert details.basic_constraints.critical
    assert details.key_usage is not None
    assert "keyCertSign" in details.key_usage
    assert details.subject_key_identifier is not None
    assert len(details.sha1) == 40
    assert details.key_type in {"RSA", "EC secp256r1", "EC secp384r1"}


def test_trusted_certificate_label_drops_trust_settings() -> None:
    result = read_certificate_file(case("good_root_trusted.pem"))

    assert len(result.certificates) == 1
    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256
    assert any("trust settings" in note for note in result.blocks[0].notes)


def test_private_key_reported_not_kept() -> None:
    result = read_certificate_file(case("cert_with_text_and_key.pem"))

    assert len(result.certificates) == 1
    assert result.contains_private_key
    key_blocks = [block for block in result.blocks if block.kind is BlockKind.PRIVATE_KEY]
    assert len(key_blocks) == 1
    assert key_blocks[0].certificate is None
    assert "KEY-----" not in repr(result)


def test_glued_blocks_both_read() -> None:
    result = read_certificate_file(case("concat_no_newline.pem"))

    assert len(result.certificates) == 2


def test_damaged_block_keeps_the_rest() -> None:
    result = read_certificate_file(case("bundle_one_corrupt_then_good.pem"))

    assert [block.index for block in result.damaged_blocks] == [1]
    assert result.damaged_blocks[0].error
    assert len(result.certificates) == 1
    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256


def test_negative_serial_read_with_note() -> None:
    result = read_certificate_file(case("ca_negative_serial.pem"))

    assert len(result.certificates) == 1
    assert describe(result.certificates[0]).serial_number < 0
    assert result.blocks[0].notes


def test_root_plus_intermediate_roles() -> None:
    certificates = read_certificate_file(case("root_plus_intermediate.pem")).certificates

    assert [describe(c).role for c in certificates] == [Role.ROOT, Role.INTERMEDIATE]
    assert certificates[1].issuer == certificates[0].subject


def test_intermediate_only_role() -> None:
    certificates = read_certificate_file(case("intermediate_only.pem")).certificates

    assert [describe(c).role for c in certificates] == [Role.INTERMEDIATE]


def test_leaf_role_and_sans() -> None:
    authority = trustme.CA()
    leaf = authority.issue_cert("bedrock-runtime.ap-northeast-1.amazonaws.com", "127.0.0.1")

    details = describe(read_certificate_bytes(leaf.cert_chain_pems[0].bytes()).certificates[0])

    assert details.role is Role.LEAF
    assert "DNS:bedrock-runtime.ap-northeast-1.amazonaws.com" in details.subject_alternative_names
    assert "IP:127.0.0.1" in details.subject_alternative_names
    assert details.authority_key_identifier is not None


def test_utf16_without_bom(tmp_path: Path) -> None:
    text = case("good_root.pem").read_text(encoding="ascii")
    path = tmp_path / "utf16be.pem"
    path.write_bytes(text.encode("utf-16-be"))

    result = read_certificate_file(path)

    assert describe(result.certificates[0]).sha256 == GOOD_ROOT_SHA256


def test_many_certificates_with_text_around(tmp_path: Path) -> None:
    pems = [trustme.CA().cert_pem.bytes() for _ in range(5)]
    path = tmp_path / "bundle.pem"
    path.write_bytes(b"Bundle from IT\r\n" + b"\r\nsome words\r\n".join(pems) + b"trailing text")

    assert len(read_certificate_file(path).certificates) == 5


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ReadErrorCode.EMPTY),
        (b"  \n\t\n", ReadErrorCode.EMPTY),
        (os.urandom(64) + b"\x00junk", ReadErrorCode.NO_CERTIFICATE),
        (b"hello, this is not a certificate\n", ReadErrorCode.NO_CERTIFICATE),
    ],
)
def test_whole_file_errors(tmp_path: Path, content: bytes, code: ReadErrorCode) -> None:
    path = tmp_path / "input.pem"
    path.write_bytes(content)

    with pytest.raises(ReadError) as raised:
        read_certificate_file(path)

    assert raised.value.code is code
    assert str(path) in str(raised.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as missing:
        read_certificate_file(tmp_path / "absent.pem")
    with pytest.raises(ReadError) as directory:
        read_certificate_file(tmp_path)

    assert missing.value.code is ReadErrorCode.NOT_FOUND
    assert directory.value.code is ReadErrorCode.IS_DIRECTORY


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.pem"
    path.write_bytes(case("good_root.pem").read_bytes())

    # Tests run as root in CI, where mode 0 does not stop a read, so the OS error is injected.
    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(ReadError) as raised:
        read_certificate_file(path)

    assert raised.value.code is ReadErrorCode.PERMISSION_DENIED
    assert raised.value.detail == "Permission denied"


def test_certificate_der_round_trip() -> None:
    certificate = read_certificate_file(case("good_root.pem")).certificates[0]

    again = read_certificate_bytes(certificate.public_bytes(Encoding.DER)).certificates[0]

    assert again == certificate


def test_fingerprint_grouping() -> None:
    assert group_fingerprint("ABCDEF0123") == "ABCD EF01 23"
