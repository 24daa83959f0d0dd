"""``trustdesk probe``: JSON and text through a real mitmproxy, with a fake OS store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from PySide6.QtWidgets import QApplication

from support.mitm import MitmProxy
from support.standin import ENDPOINT_HOST
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.cli import main
from trustdesk.gui import i18n
from trustdesk.network import roots
from trustdesk.network.inspection import parse_target

# main() creates a bare QCoreApplication when none exists, and pytest-qt's QApplication could not be
# created after it; so the QApplication comes first.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def fake_os_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Replace the OS store with a PEM file the test fills; the machine's own store is never read."""
    store = tmp_path / "os-store.pem"
    store.write_bytes(b"")
    monkeypatch.setattr(roots, "os_trust_anchors", lambda: roots.certificates_in_file(store))
    return store


def _probe_json(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, dict[str, object]]:
    exit_code = main(["--lang", "en", "probe", *arguments, "--json", "--no-node"])
    return exit_code, json.loads(capsys.readouterr().out)


@pytest.mark.mitmproxy
def test_probe_json_root_in_os_store(
    mitm_proxy: MitmProxy,
    org_ca: trustme.CA,
    fake_os_store: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_os_store.write_bytes(org_ca.cert_pem.bytes())
    monkeypatch.setenv("HTTPS_PROXY", mitm_proxy.url)

    exit_code, document = _probe_json(capsys)

    assert exit_code == 10
    assert document["schema_version"] == 1
    assert document["host"] == ENDPOINT_HOST
    assert document["inspected"] is True
    assert document["proxy"] == {
        "url": mitm_proxy.url,
        "source": "environment",
        "reason": "proxy-variable",
        "detail": "HTTPS_PROXY",
        "pac_error": None,
        "used_by_boto3": True,
    }
    root = document["root"]
    assert isinstance(root, dict)
    assert root["source"] == "os-store"
    assert root["one_click"] is True
    expected = sha256_fingerprint(x509.load_pem_x509_certificate(org_ca.cert_pem.bytes()))
    assert root["certificate"]["sha256"] == expected
    tools = {tool["tool"]: tool for tool in document["tools"]}  # type: ignore[attr-defined]
    assert tools["python312"]["accepted_now"] is True
    assert tools["boto3"]["accepted_now"] is False


@pytest.mark.mitmproxy
def test_probe_json_root_absent(mitm_proxy: MitmProxy, fake_os_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exit_code, document = _probe_json(capsys, ENDPOINT_HOST, "--proxy", mitm_proxy.url)

    assert exit_code == 10
    root = document["root"]
    assert isinstance(root, dict)
    assert root["source"] == "not-found"
    assert root["one_click"] is False
    assert "Example Org Inspection Root" in str(root["missing_issuer"])


def test_probe_json_refused_proxy(dead_port: int, fake_os_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exit_code, document = _probe_json(capsys, "--proxy", f"http://127.0.0.1:{dead_port}")

    assert exit_code == 11
    assert document["failure"]["kind"] == "proxy-refused"  # type: ignore[index]
    assert document["chain"] == []


@pytest.mark.mitmproxy
def test_probe_text_japanese(
    mitm_proxy: MitmProxy, fake_os_store: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    # The command line installs its translators only when it creates the application itself, and in
    # this test process pytest-qt's application exists already.
    translators = i18n.install_translators(qapp, "ja")
    try:
        exit_code = main(["--lang", "ja", "probe", "--proxy", mitm_proxy.url, "--no-node"])
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    output = capsys.readouterr().out

    assert exit_code == 10
    assert "HTTPS 通信を検査しています" in output
    assert ENDPOINT_HOST in output


def test_probe_invalid_target(capsys: pytest.CaptureFixture[str]) -> None:
    exit_code = main(["--lang", "en", "probe", "example.test:99999"])

    assert exit_code == 2
    assert "Invalid host" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("example.test", ("example.test", 443)),
        ("example.test:8443", ("example.test", 8443)),
        ("[::1]:8443", ("::1", 8443)),
        ("https://example.test/path", ("example.test", 443)),
        (None, ("bedrock-runtime.us-east-1.amazonaws.com", 443)),
    ],
)
def test_parse_target(target: str | None, expected: tuple[str, int]) -> None:
    assert parse_target(target, "us-east-1") == expected
