"""``trustdesk inspect``, run as a real process on every case file, in English, Japanese and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import trustme
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import load_pem_x509_certificate

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
CASE_FILES = sorted(path for path in CASES.glob("*") if path.suffix != ".md") if CASES.is_dir() else []


def trustdesk(*arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustdesk", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        check=False,
    )


def inspect_json(*paths: Path, extra: tuple[str, ...] = ()) -> tuple[int, dict[str, Any]]:
    completed = trustdesk("--lang", "en", "inspect", "--json", *extra, *(str(path) for path in paths))
    return completed.returncode, json.loads(completed.stdout)


def file_section(output: str, path: Path) -> str:
    """Return the lines printed for ``path``: from its heading to the next file's heading."""
    lines = output.splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith(f"{path} ("))
    end = next((index for index in range(start + 1, len(lines)) if lines[index].startswith(str(CASES))), len(lines))
    return "\n".join(lines[start:end])


@pytest.fixture(scope="module")
def english_output() -> subprocess.CompletedProcess[str]:
    if not CASE_FILES:
        pytest.skip(f"certificate cases not found in {CASES}")
    # All files in one process; the tests of single cases run their own, so no file lends another its issuer.
    return trustdesk("--lang", "en", "inspect", *(str(path) for path in CASE_FILES))


def run_one(name: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    if not (CASES / name).is_file():
        pytest.skip(f"certificate case {name} not found in {CASES}")
    return trustdesk("--lang", language, "inspect", str(CASES / name))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_json(path: Path) -> None:
    exit_code, document = inspect_json(path)

    assert document["schema_version"] == 1
    assert document["exit_code"] == exit_code
    entry = document["files"][0]
    assert entry["path"] == str(path)
    assert entry["error"] is None
    certificates = [block["certificate"] for block in entry["blocks"] if block["certificate"]]
    assert certificates, entry
    for certificate in certificates:
        assert len(certificate["sha256"]) == 64
        assert certificate["not_valid_after"].endswith("+00:00")
        assert int(certificate["serial"]["decimal"]) == int(certificate["serial"]["hex"], 16)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_text(english_output: subprocess.CompletedProcess[str], path: Path) -> None:
    section = file_section(english_output.stdout, path)

    assert "Fingerprint (SHA-256):" in section
    assert "%1" not in section


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_case_japanese(path: Path) -> None:
    completed = trustdesk("--lang", "ja", "inspect", str(path))

    assert "拇印 (SHA-256)" in completed.stdout
    assert "%1" not in completed.stdout
    assert completed.returncode in (0, 3, 5)


def test_bc_noncritical_strict_warning() -> None:
    completed = run_one("ca_bc_noncritical.pem")

    assert completed.returncode == 5
    assert "basic constraints are not marked critical" in completed.stdout
    assert "Affected tools: Python 3.13 and later, requests, urllib3, pip" in completed.stdout
    assert "reissue the certificate" in completed.stdout


def test_bc_noncritical_japanese() -> None:
    completed = run_one("ca_bc_noncritical.pem", "ja")

    assert "基本制限が「重要」に設定されていません" in completed.stdout
    assert "Python 3.13 以降" in completed.stdout
    assert "再発行" in completed.stdout


def test_bc_noncritical_json_finding() -> None:
    exit_code, document = inspect_json(CASES / "ca_bc_noncritical.pem")
    finding = document["files"][0]["blocks"][0]["findings"][0]

    assert exit_code == 5
    assert finding["code"] == "ca-basic-constraints-not-critical"
    assert finding["severity"] == "error"
    assert finding["tools"] == ["python313", "requests", "urllib3", "pip"]
    assert "not marked critical" in finding["message"]
    assert document["files"][0]["blocks"][0]["certificate"]["basic_constraints"]["critical"] is False


def test_expired_flagged() -> None:
    completed = run_one("ca_expired.pem")

    assert completed.returncode == 5
    assert "This certificate expired on 20" in completed.stdout
    assert "current organisation root certificate" in completed.stdout


def test_intermediate_only_asks_for_root() -> None:
    completed = run_one("intermediate_only.pem")

    assert completed.returncode == 0
    assert "intermediate certificate and its root certificate is missing" in completed.stdout
    assert "root certificate that issued it: CN=Example Corp Root CA (good)" in completed.stdout


def test_root_plus_intermediate_clean() -> None:
    exit_code, document = inspect_json(CASES / "root_plus_intermediate.pem")
    roles = [block["certificate"]["role"] for block in document["files"][0]["blocks"]]

    assert exit_code == 0
    assert roles == ["root", "intermediate"]
    assert all(block["findings"] == [] for block in document["files"][0]["blocks"])


def test_trusted_certificate_note() -> None:
    completed = run_one("good_root_trusted.pem")

    assert completed.returncode == 0
    assert "OpenSSL trust settings" in completed.stdout


def test_private_key_warned() -> None:
    completed = run_one("cert_with_text_and_key.pem")
    _exit_code, document = inspect_json(CASES / "cert_with_text_and_key.pem")

    assert "contains a private key" in completed.stderr
    assert "private key (not copied)" in completed.stdout
    assert document["files"][0]["private_key"] is True
    assert "PRIVATE KEY-----" not in json.dumps(document)


def test_corrupt_block_then_good() -> None:
    exit_code, document = inspect_json(CASES / "bundle_one_corrupt_then_good.pem")
    first, second = document["files"][0]["blocks"]

    assert exit_code == 3
    assert first["certificate"] is None
    assert "invalid base64" in first["error"]
    assert second["certificate"]["role"] == "root"


def test_pkcs7_every_certificate() -> None:
    exit_code, document = inspect_json(CASES / "chain.der.p7b")
    blocks = document["files"][0]["blocks"]

    assert exit_code == 0
    assert document["files"][0]["format"] == "pkcs7"
    assert len(blocks) == 2
    assert all(block["certificate"] for block in blocks)


def test_negative_serial_warning() -> None:
    exit_code, document = inspect_json(CASES / "ca_negative_serial.pem")
    certificate = document["files"][0]["blocks"][0]["certificate"]

    assert exit_code == 0
    assert certificate["serial"]["decimal"].startswith("-")
    assert certificate["serial"]["hex"].startswith("-")
    assert document["files"][0]["blocks"][0]["findings"][0]["code"] == "serial-not-positive"


def test_missing_file_exit_3(tmp_path: Path) -> None:
    exit_code, document = inspect_json(tmp_path / "absent.pem")

    assert exit_code == 3
    assert document["files"][0]["error"]["code"] == "not-found"
    assert "was not found" in document["files"][0]["error"]["message"]


# --- PKCS#12 --------------------------------------------------------------------------------------


@pytest.fixture
def pkcs12_file(tmp_path: Path) -> tuple[Path, str]:
    """A PKCS#12 file with a trustme root's key and certificate, protected by a password."""
    authority = trustme.CA(organization_name="Example PFX Org")
    certificate = load_pem_x509_certificate(authority.cert_pem.bytes())
    key = serialization.load_pem_private_key(authority.private_key_pem.bytes(), password=None)
    data = pkcs12.serialize_key_and_certificates(
        b"org root", key, certificate, None, serialization.BestAvailableEncryption(b"s3cret pass")
    )
    path = tmp_path / "org.pfx"
    path.write_bytes(data)
    return path, authority.cert_pem.bytes().decode("ascii")


def test_pkcs12_without_password(pkcs12_file: tuple[Path, str]) -> None:
    path, _pem = pkcs12_file
    completed = trustdesk("--lang", "en", "inspect", str(path))

    assert completed.returncode == 3
    assert "protected by a password" in completed.stderr
    assert "--password-file" in completed.stderr


def test_pkcs12_password_file(pkcs12_file: tuple[Path, str], tmp_path: Path) -> None:
    path, _pem = pkcs12_file
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(b"s3cret pass\n")

    exit_code, document = inspect_json(path, extra=("--password-file", str(password_file)))
    entry = document["files"][0]

    assert exit_code == 0
    assert entry["format"] == "pkcs12"
    assert entry["private_key"] is True
    assert entry["blocks"][0]["certificate"]["subject"].endswith("O=Example PFX Org")


def test_pkcs12_wrong_password(pkcs12_file: tuple[Path, str], tmp_path: Path) -> None:
    path, _pem = pkcs12_file
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(b"wrong\r\n")

    exit_code, document = inspect_json(path, extra=("--password-file", str(password_file)))

    assert exit_code == 3
    assert document["files"][0]["error"]["code"] == "wrong-password"


def test_password_file_missing(pkcs12_file: tuple[Path, str], tmp_path: Path) -> None:
    path, _pem = pkcs12_file
    completed = trustdesk("--lang", "en", "inspect", "--password-file", str(tmp_path / "nope"), str(path))

    assert completed.returncode == 2
    assert "password file" in completed.stderr


def test_bundle_password_file(pkcs12_file: tuple[Path, str], tmp_path: Path) -> None:
    path, pem = pkcs12_file
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(b"s3cret pass")
    out = tmp_path / "merged.pem"

    completed = trustdesk(
        "--lang", "en", "bundle", "--add", str(path), "--password-file", str(password_file), "--out", str(out)
    )

    assert completed.returncode == 0, completed.stderr
    written = out.read_text(encoding="utf-8")
    assert pem.strip() in written
    assert "PRIVATE KEY" not in written
