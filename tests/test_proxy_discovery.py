"""discover_proxy: the environment, PAC files from a path and from 127.0.0.1, WPAD, and OS settings."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from support.sockets import SilentServer
from trustdesk.network import proxy as proxy_module
from trustdesk.network.proxy import ProxyReason, ProxySource, discover_proxy

BEDROCK_URL = "https://bedrock-runtime.ap-northeast-1.amazonaws.com"
PAC_TEXT = """
function FindProxyForURL(url, host) {
  if (shExpMatch(host, "*.amazonaws.com")) { return "PROXY 127.0.0.1:3128; DIRECT"; }
  return "DIRECT";
}
"""


class _PacHandler(BaseHTTPRequestHandler):
    content_type = "application/x-ns-proxy-autoconfig"

    def do_GET(self) -> None:
        body = PAC_TEXT.encode()
        self.send_response(200)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def pac_server() -> Iterator[str]:
    """Serve PAC_TEXT at http://127.0.0.1:PORT/proxy.pac; yields that URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PacHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/proxy.pac"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _no_os(**overrides: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "os_proxies": lambda: {},
        "os_bypass": lambda host: False,
        "os_pac_url": lambda: None,
    }
    options.update(overrides)
    return options


def test_environment_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@127.0.0.1:3128")

    choice = discover_proxy(BEDROCK_URL, **_no_os())

    assert choice.source is ProxySource.ENVIRONMENT
    assert choice.reason is ProxyReason.PROXY_VARIABLE
    assert choice.url == "http://user:secret@127.0.0.1:3128"
    assert choice.display_url == "http://127.0.0.1:3128"
    assert choice.environment_only


def test_no_proxy_match(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    monkeypatch.setenv("NO_PROXY", ".amazonaws.com")

    choice = discover_proxy(BEDROCK_URL, **_no_os())

    assert choice.url is None
    assert choice.reason is ProxyReason.NO_PROXY_MATCH
    assert choice.detail == ".amazonaws.com"


def test_pac_from_path(tmp_path: Path) -> None:
    pac_path = tmp_path / "proxy.pac"
    pac_path.write_text(PAC_TEXT, encoding="utf-8")

    choice = discover_proxy(BEDROCK_URL, pac=str(pac_path), **_no_os())

    assert choice.source is ProxySource.PAC_FILE
    assert choice.reason is ProxyReason.PAC_PROXY
    assert choice.url == "http://127.0.0.1:3128"
    assert "PROXY 127.0.0.1:3128" in choice.detail
    assert not choice.environment_only


def test_pac_from_url(pac_server: str) -> None:
    choice = discover_proxy(BEDROCK_URL, pac=pac_server, **_no_os())

    assert choice.source is ProxySource.PAC_FILE
    assert choice.url == "http://127.0.0.1:3128"


def test_pac_direct(tmp_path: Path) -> None:
    pac_path = tmp_path / "proxy.pac"
    pac_path.write_text('function FindProxyForURL(url, host) { return "DIRECT"; }', encoding="utf-8")

    choice = discover_proxy(BEDROCK_URL, pac=str(pac_path), **_no_os())

    assert choice.url is None
    assert choice.reason is ProxyReason.PAC_DIRECT


def test_pac_malformed(tmp_path: Path) -> None:
    pac_path = tmp_path / "proxy.pac"
    pac_path.write_text("this is not javascript {", encoding="utf-8")

    choice = discover_proxy(BEDROCK_URL, pac=str(pac_path), **_no_os())

    assert choice.reason is ProxyReason.PAC_FAILED
    assert "not a valid PAC file" in choice.pac_error


def test_pac_unreachable(dead_port: int) -> None:
    choice = discover_proxy(BEDROCK_URL, pac=f"http://127.0.0.1:{dead_port}/proxy.pac", **_no_os())

    assert choice.reason is ProxyReason.PAC_FAILED
    assert "cannot fetch" in choice.pac_error


def test_pac_fetch_bounded(silent_server: SilentServer) -> None:
    started = time.monotonic()
    choice = discover_proxy(
        BEDROCK_URL, pac=f"http://127.0.0.1:{silent_server.port}/proxy.pac", pac_timeout=0.5, **_no_os()
    )

    assert choice.reason is ProxyReason.PAC_FAILED
    assert time.monotonic() - started < 3.0


def test_pac_failure_falls_back_to_os(dead_port: int) -> None:
    choice = discover_proxy(
        BEDROCK_URL,
        pac=f"http://127.0.0.1:{dead_port}/proxy.pac",
        **_no_os(os_proxies=lambda: {"https": "http://127.0.0.1:8080"}),
    )

    assert choice.source is ProxySource.OS_SETTINGS
    assert choice.url == "http://127.0.0.1:8080"
    assert choice.pac_error


def test_os_pac_url(pac_server: str) -> None:
    choice = discover_proxy(BEDROCK_URL, **_no_os(os_pac_url=lambda: pac_server))

    assert choice.source is ProxySource.OS_PAC
    assert choice.url == "http://127.0.0.1:3128"


def test_os_settings_proxy() -> None:
    choice = discover_proxy(BEDROCK_URL, **_no_os(os_proxies=lambda: {"https": "http://127.0.0.1:8080"}))

    assert choice.source is ProxySource.OS_SETTINGS
    assert choice.reason is ProxyReason.OS_PROXY
    assert not choice.environment_only


def test_os_settings_bypass() -> None:
    choice = discover_proxy(
        BEDROCK_URL,
        **_no_os(os_proxies=lambda: {"https": "http://127.0.0.1:8080"}, os_bypass=lambda host: True),
    )

    assert choice.url is None
    assert choice.reason is ProxyReason.OS_BYPASS


def test_environment_wins_over_pac(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9999")
    pac_path = tmp_path / "proxy.pac"
    pac_path.write_text(PAC_TEXT, encoding="utf-8")

    choice = discover_proxy(BEDROCK_URL, pac=str(pac_path), **_no_os())

    assert choice.url == "http://127.0.0.1:9999"


def test_wpad_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(proxy_module, "_wpad_candidates", lambda: calls.append("wpad") or [])

    discover_proxy(BEDROCK_URL, **_no_os())

    assert calls == []


def test_wpad_when_enabled(monkeypatch: pytest.MonkeyPatch, pac_server: str) -> None:
    # The candidates stand in for pypac's wpad.<domain> names, so no DNS lookup leaves this machine.
    monkeypatch.setattr(proxy_module, "_wpad_candidates", lambda: [pac_server])

    choice = discover_proxy(BEDROCK_URL, wpad=True, **_no_os())

    assert choice.source is ProxySource.WPAD
    assert choice.url == "http://127.0.0.1:3128"


def test_nothing_configured() -> None:
    choice = discover_proxy(BEDROCK_URL, **_no_os())

    assert choice.url is None
    assert choice.source is ProxySource.NONE
    assert choice.reason is ProxyReason.NOTHING_CONFIGURED
