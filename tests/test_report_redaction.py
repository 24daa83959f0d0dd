"""Planted secrets from every source never reach the helpdesk report (text and JSON) or the log file."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from trustdesk import logsetup
from trustdesk.diagnostics.redaction import REDACTED, Redactor, scrub
from trustdesk.diagnostics.report import ReportRequest, gather_report, render_json, render_text
from trustdesk.network.bedrock import CheckResult, Outcome

# Each marker is distinctive, so finding it anywhere in the output is a leak.
ENV_KEY_ID = "AKIA" + "MARKERENV0000001"
ENV_SECRET = "MarkerEnvSecret0000000000000000000000001"
ENV_SESSION_TOKEN = "FwoGZXIvYXdzMarkerEnvSessionToken0000000001"
ENV_BEARER = "ABSKMarkerEnvBearerToken000000000001"
PROXY_PASSWORD = "MarkerProxyPassword01"
PROXY_USER = "markerproxyuser"
FILE_KEY_ID = "ASIA" + "MARKERFILE000001"
FILE_SECRET = "MarkerFileSecret00000000000000000000001x"
FILE_SESSION_TOKEN = "MarkerFileSessionToken0000000000000001"
CONFIG_SECRET = "MarkerConfigSecret0000000000000000000001"
PROCESS_TOKEN = "MarkerCredentialProcessToken01"
ERROR_HEADER_TOKEN = "MarkerErrorOnlyBearer0000001"
ERROR_PASSWORD = "MarkerErrorOnlyPassword01"
LOG_SECRET = "MarkerLogOnlySecret00000000000000000001"


@pytest.fixture
def planted(monkeypatch: pytest.MonkeyPatch, isolated_env: Path, dead_port: int, tmp_path: Path) -> Iterator[list[str]]:
    """Plant fake secrets everywhere and return them; the last one is the private key's first base64 line."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ENV_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", ENV_SECRET)
    monkeypatch.setenv("AWS_SESSION_TOKEN", ENV_SESSION_TOKEN)
    monkeypatch.setenv("AWS_BEARER_TOKEN_BEDROCK", ENV_BEARER)
    monkeypatch.setenv("HTTPS_PROXY", f"http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:{dead_port}")

    aws = isolated_env / ".aws"
    aws.mkdir()
    credentials = aws / "credentials"
    credentials.write_text(
        f"[default]\naws_access_key_id = {FILE_KEY_ID}\naws_secret_access_key = {FILE_SECRET}\n"
        f"aws_session_token = {FILE_SESSION_TOKEN}\n",
        encoding="utf-8",
    )
    config = aws / "config"
    config.write_text(
        "[default]\nregion = ap-northeast-1\n"
        f"[profile dev]\naws_secret_access_key = {CONFIG_SECRET}\n"
        f"credential_process = /usr/local/bin/get-credentials --token {PROCESS_TOKEN}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))

    # A certificate file with its private key, named as a CA bundle so the stores step reads it.
    authority = trustme.CA()
    key_file = tmp_path / "with-key.pem"
    key_pem = authority.private_key_pem.bytes().decode("ascii")
    key_file.write_text(authority.cert_pem.bytes().decode("ascii") + key_pem, encoding="utf-8")
    monkeypatch.setenv("AWS_CA_BUNDLE", str(key_file))
    key_line = key_pem.splitlines()[1]

    log_folder = tmp_path / "log"
    logsetup.setup_logging(folder=log_folder, stderr_level=None)
    yield [
        ENV_KEY_ID,
        ENV_SECRET,
        ENV_SESSION_TOKEN,
        ENV_BEARER,
        PROXY_PASSWORD,
        PROXY_USER,
        FILE_KEY_ID,
        FILE_SECRET,
        FILE_SESSION_TOKEN,
        CONFIG_SECRET,
        PROCESS_TOKEN,
        ERROR_HEADER_TOKEN,
        ERROR_PASSWORD,
        LOG_SECRET,
        key_line,
    ]
    logsetup.remove_logging()
    logging.getLogger().setLevel(logging.WARNING)


def _failed_check() -> CheckResult:
    detail = (
        f"Request failed: Authorization: Bearer {ERROR_HEADER_TOKEN}; "
        f"X-Amz-Security-Token: {FILE_SESSION_TOKEN}; secret={ENV_SECRET}; password={ERROR_PASSWORD}; "
        f"key {FILE_KEY_ID} via http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:3128"
    )
    return CheckResult(
        Outcome.OTHER, "ap-northeast-1", "m", "/b.pem", "https://e", None, 1.0, error_type="X", error_detail=detail
    )


def _report_outputs() -> tuple[str, str]:
    report = gather_report(ReportRequest("ap-northeast-1", "m", last_check=_failed_check()))
    return render_text(report), render_json(report)


def _log_text(tmp_path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (tmp_path / "log" / logsetup.LOG_FILE_NAME).read_text(encoding="utf-8")


def test_secrets_absent_from_report_text(planted: list[str]) -> None:
    text, _json = _report_outputs()

    for secret in planted:
        assert secret not in text, secret
    assert REDACTED in text


def test_secrets_absent_from_report_json(planted: list[str]) -> None:
    _text, document = _report_outputs()

    for secret in planted:
        assert secret not in document, secret
    assert json.loads(document)["checks"][0]["error_type"] == "X"


def test_report_keeps_useful_facts(planted: list[str]) -> None:
    text, _json = _report_outputs()

    assert "AWS_SECRET_ACCESS_KEY is set (value not shown)" in text
    assert "profile dev: entries aws_secret_access_key, credential_process" in text
    assert "env:AWS_CA_BUNDLE [environment]" in text


def test_secrets_absent_from_log(planted: list[str], tmp_path: Path) -> None:
    log = logging.getLogger("trustdesk.test")
    _report_outputs()
    log.warning("Check failed: %s", _failed_check().error_detail)
    log.warning("Planted password=%s and %s", LOG_SECRET, ENV_BEARER)
    try:
        raise ValueError(f"boom with {ENV_SECRET} and {PROXY_PASSWORD}")
    except ValueError:
        log.exception("Unexpected error for key %s", FILE_KEY_ID)
    log.info("PEM in a message: %s", Path(os.environ["AWS_CA_BUNDLE"]).read_text(encoding="utf-8"))

    text = _log_text(tmp_path)

    for secret in planted:
        assert secret not in text, secret
    assert "ValueError: boom with" in text
    assert "-----END CERTIFICATE-----" in text
    assert REDACTED in text


def test_cli_report_has_no_secrets(planted: list[str], tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "trustdesk", "report", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    for secret in planted:
        assert secret not in completed.stdout, secret
        assert secret not in completed.stderr, secret
    log_file = Path(os.environ["XDG_STATE_HOME"]) / "TrustDesk" / "log" / logsetup.LOG_FILE_NAME
    for secret in planted:
        assert secret not in log_file.read_text(encoding="utf-8"), secret


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("https://user:hunter2pass@proxy.example:8080/x", "https://[REDACTED]@proxy.example:8080/x"),
        ("Proxy-Authorization: Basic dXNlcjpwYXNz", "Proxy-Authorization: [REDACTED]"),
        ("aws_secret_access_key = abc", "aws_secret_access_key = [REDACTED]"),
        ("id AKIAIOSFODNN7EXAMPLE here", "id [REDACTED] here"),
        ("key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end", "key [REDACTED] end"),
        ("Bearer abc.def-ghi", "Bearer [REDACTED]"),
    ],
)
def test_scrub_shapes(text: str, kept: str) -> None:
    assert Redactor().scrub(text) == kept


def test_scrub_keeps_fingerprints() -> None:
    fingerprint = "3382 2A4A DD7A 6B5E 9F83 73CF 4BB5 9793 DD0F D6B3 C39C D778 EDCF DF92 6F23 A321"
    sha1 = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"

    assert scrub(fingerprint) == fingerprint
    assert scrub(sha1) == sha1


def test_scrub_keeps_certificate_lines() -> None:
    pem = trustme.CA().cert_pem.bytes().decode("ascii")

    assert scrub(pem) == pem


def test_scrub_private_key_block() -> None:
    text = "before\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBx\n-----END EC PRIVATE KEY-----\nafter"

    assert Redactor().scrub(text) == "before\n[REDACTED private key]\nafter"
