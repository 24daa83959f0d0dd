"""Every failure class of inspect_connection gets its verdict within 6 s, against local servers only."""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from support.mitm import MitmProxy, start_mitmdump
from support.sockets import SilentServer
from support.standin import ENDPOINT_HOST, BedrockStandIn
from trustdesk.network import roots
from trustdesk.network.inspection import InspectionReport, inspect_connection, load_trust_sources
from trustdesk.network.probe import FailureKind
from trustdesk.network.proxy import given_proxy

# The verdict bound every failure class must meet; inspection.VERDICT_BUDGET_S leaves a second spare.
VERDICT_LIMIT_S = 6.0
MITMDUMP = Path(__file__).resolve().parent.parent / ".venv-mitmproxy" / "bin" / "mitmdump"


def _inspect(proxy_url: str | None, host: str = ENDPOINT_HOST, port: int = 443) -> tuple[InspectionReport, float]:
    sources = load_trust_sources(os_anchors=lambda: [], organisation=[], policy=roots.Policy())
    started = time.monotonic()
    report = inspect_connection(host, port, given_proxy(proxy_url), sources, run_node=False)
    return report, time.monotonic() - started


class ResettingProxy:
    """Answers CONNECT with 200, then resets the connection (RST) when the ClientHello arrives."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="resetting-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(5)
                request = b""
                with contextlib.suppress(OSError):
                    while b"\r\n\r\n" not in request:
                        chunk = connection.recv(4096)
                        if not chunk:
                            break
                        request += chunk
                    connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    connection.recv(4096)  # the ClientHello
                # Linger 0 makes close() send RST instead of FIN.
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


@pytest.fixture
def resetting_proxy() -> Iterator[ResettingProxy]:
    proxy = ResettingProxy()
    proxy.start()
    yield proxy
    proxy.stop()


@pytest.fixture
def dns_failing_proxy(
    org_ca: trustme.CA,
    public_ca: trustme.CA,
    bedrock_standin: BedrockStandIn,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MitmProxy]:
    """A mitmdump for which the Bedrock host does not resolve, so it answers CONNECT with 502."""
    proxy = start_mitmdump(
        MITMDUMP,
        tmp_path_factory.mktemp("mitmproxy"),
        signing_ca=org_ca,
        upstream_ca=public_ca,
        standin_port=bedrock_standin.port,
        fail_hosts=(ENDPOINT_HOST,),
    )
    yield proxy
    proxy.stop()
    print(f"--- mitmdump output ---\n{proxy.log_text()}")


def test_refused_proxy(dead_port: int) -> None:
    report, elapsed = _inspect(f"http://127.0.0.1:{dead_port}")

    assert report.failure is FailureKind.PROXY_REFUSED
    assert elapsed < VERDICT_LIMIT_S


def test_silent_proxy(silent_server: SilentServer) -> None:
    report, elapsed = _inspect(f"http://127.0.0.1:{silent_server.port}")

    assert report.failure is FailureKind.PROXY_TIMEOUT
    assert elapsed < VERDICT_LIMIT_S


@pytest.mark.mitmproxy
def test_dns_failure_at_proxy(dns_failing_proxy: MitmProxy) -> None:
    report, elapsed = _inspect(dns_failing_proxy.url)

    assert report.failure is FailureKind.PROXY_STATUS
    assert report.failure_status == 502
    assert elapsed < VERDICT_LIMIT_S


@pytest.mark.mitmproxy
def test_untrusted_chain(mitm_proxy: MitmProxy) -> None:
    report, elapsed = _inspect(mitm_proxy.url)

    assert report.failure is None, report.failure_detail
    assert report.inspected
    assert not any(verdict.accepted_now for verdict in report.tools)
    assert report.root is not None
    # mitmproxy sends its minted leaf alone, so the root is not even on the wire.
    assert report.root.source is roots.RootSource.NOT_FOUND
    assert elapsed < VERDICT_LIMIT_S


def test_tls_reset(resetting_proxy: ResettingProxy) -> None:
    report, elapsed = _inspect(resetting_proxy.url)

    assert report.failure is FailureKind.TLS_RESET, report.failure_detail
    assert elapsed < VERDICT_LIMIT_S


def test_silent_server_direct(silent_server: SilentServer) -> None:
    report, elapsed = _inspect(None, "127.0.0.1", silent_server.port)

    assert report.failure is FailureKind.TLS_TIMEOUT
    assert elapsed < VERDICT_LIMIT_S


def test_alpn_h2_reported(tmp_path: Path) -> None:
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    context.set_alpn_protocols(["h2"])
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with contextlib.suppress(OSError), context.wrap_socket(connection, server_side=True) as tls:
                tls.settimeout(2)
                tls.recv(1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        report, _ = _inspect(None, "127.0.0.1", listener.getsockname()[1])
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()

    assert report.failure is None, report.failure_detail
    assert report.alpn == "h2"
