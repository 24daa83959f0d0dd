"""The headless command line, run as a real process with the isolated environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"


def trustdesk(*arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustdesk", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        check=False,
    )


def data_folder() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "TrustDesk"


def test_bundle_imports_and_writes(tmp_path: Path) -> None:
    out = tmp_path / "merged.pem"

    completed = trustdesk(
        "--lang", "en", "bundle", "--add", str(CASES / "root_plus_intermediate.pem"), "--out", str(out)
    )

    assert completed.returncode == 0, completed.stderr
    assert "Example Corp Issuing CA 1, intermediate certificate" in completed.stdout
    assert f"Merged bundle written to {out}" in completed.stdout
    assert out.read_text(encoding="utf-8").count("Example Corp") >= 2


def test_bundle_json_document(tmp_path: Path) -> None:
    completed = trustdesk(
        "bundle", "--add", str(CASES / "bundle_one_corrupt_then_good.pem"), "--out", str(tmp_path / "b.pem"), "--json"
    )

    document = json.loads(completed.stdout)
    assert completed.returncode == 0
    blocks = document["inputs"][0]["blocks"]
    assert blocks[0]["error"]
    assert blocks[0]["certificate"] is None
    assert blocks[1]["certificate"]["role"] == "root"
    assert document["bundle"]["organisation_count"] == 1
    assert document["error"] is None


def test_bundle_default_out_in_data_folder() -> None:
    completed = trustdesk("bundle", "--add", str(CASES / "good_root.der.cer"), "--json")

    document = json.loads(completed.stdout)
    assert completed.returncode == 0
    assert Path(document["bundle"]["path"]) == data_folder() / "ca-bundle.pem"
    assert (data_folder() / "organisation-cas.pem").is_file()


def test_bundle_private_key_warned_never_written(tmp_path: Path) -> None:
    completed = trustdesk(
        "--lang", "en", "bundle", "--add", str(CASES / "cert_with_text_and_key.pem"), "--out", str(tmp_path / "b.pem")
    )

    assert completed.returncode == 0
    assert "contains a private key" in completed.stderr
    written = [*tmp_path.rglob("*"), *Path(os.environ["HOME"]).rglob("*")]
    for path in written:
        if path.is_file():
            assert b"PRIVATE KEY" not in path.read_bytes(), path


def test_bundle_missing_file_exit_code(tmp_path: Path) -> None:
    completed = trustdesk(
        "--lang", "en", "bundle", "--add", str(tmp_path / "absent.pem"), "--out", str(tmp_path / "b.pem")
    )

    assert completed.returncode == 3
    assert "was not found" in completed.stderr
    assert (tmp_path / "b.pem").is_file()


def test_bundle_japanese_messages(tmp_path: Path) -> None:
    completed = trustdesk(
        "--lang", "ja", "bundle", "--add", str(tmp_path / "absent.pem"), "--out", str(tmp_path / "b.pem")
    )

    assert completed.returncode == 3
    assert "見つかりません" in completed.stderr


def test_check_without_credentials(tmp_path: Path) -> None:
    completed = trustdesk("--lang", "en", "check", "--json")

    document = json.loads(completed.stdout)
    assert completed.returncode == 13
    assert document["outcome"] == "no-credentials"
    assert document["region"] == "ap-northeast-1"
    assert document["headline"] == "No AWS credentials"


def test_check_defaults_to_certifi_bundle() -> None:
    import certifi

    completed = trustdesk("check", "--json")

    assert json.loads(completed.stdout)["bundle"] == certifi.where()


def test_usage_error_exit_code() -> None:
    completed = trustdesk("bundle", "--no-such-option")

    assert completed.returncode == 2


@pytest.mark.mitmproxy
def test_check_through_inspecting_proxy(  # type: ignore[no-untyped-def]
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mitm_proxy, bedrock_standin, org_ca, aws_credentials
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", mitm_proxy.url)
    org_file = tmp_path / "org.pem"
    org_file.write_bytes(org_ca.cert_pem.bytes())

    untrusted = trustdesk("--lang", "en", "check")
    built = trustdesk("bundle", "--add", str(org_file))
    trusted = trustdesk("--lang", "en", "check", "--json")

    assert untrusted.returncode == 10, untrusted.stdout + untrusted.stderr
    assert "Certificate not trusted" in untrusted.stdout
    assert built.returncode == 0, built.stderr
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert json.loads(trusted.stdout)["reply_text"] == bedrock_standin.reply_text
