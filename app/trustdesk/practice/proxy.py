"""The practice inspecting proxy: an HTTP CONNECT proxy on 127.0.0.1 that re-signs TLS like Zscaler does.

For each CONNECT to a Bedrock Runtime host (``bedrock-runtime.<region>.amazonaws.com:443``) it
answers 200, completes the client's TLS handshake with a leaf minted by the practice organisation
root, opens a verified TLS connection to the practice stand-in (trusting only the practice public
root), and relays the bytes. Every other target, and every request that is not CONNECT, gets
``502 Bad Gateway``: the proxy never connects anywhere but the stand-in on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import logging
import re
import selectors
import socket
import socketserver
import ssl
import threading
from typing import Any

from trustdesk.practice.authority import ServerContexts

log = logging.getLogger(__name__)

MAPPED_HOST = re.compile(r"bedrock-runtime\.[a-z0-9-]+\.amazonaws\.com")
MAX_CONNECTIONS = 32
MAX_HEAD_BYTES = 16_384
SOCKET_TIMEOUT_S = 10
# A tunnel with no traffic in either direction for this long is closed.
IDLE_TIMEOUT_S = 60
_POLL_S = 0.2


class PracticeProxy:
    """The proxy. ``start`` binds an ephemeral port on 127.0.0.1; ``stop`` closes every tunnel and joins its threads."""

    def __init__(self, contexts: ServerContexts, upstream_port: int, upstream_roots_pem: str) -> None:
        self.contexts = contexts
        self.upstream_port = upstream_port
        # The practice public root only: the proxy verifies the stand-in as a real proxy verifies AWS.
        self.upstream_context = ssl.create_default_context(cadata=upstream_roots_pem)
        self.stopping = threading.Event()
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._server = _Server(("127.0.0.1", 0), _TunnelHandler, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="practice-proxy"
        )
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread.start()
        log.info("Practice proxy listening on %s", self.url)

    def stop(self) -> None:
        self.stopping.set()
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=10)
        with self._lock:
            sockets = list(self._sockets)
        for connection in sockets:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        log.info("Practice proxy stopped")

    def track(self, connection: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._sockets.add(connection)
            else:
                self._sockets.discard(connection)


class _Server(socketserver.ThreadingTCPServer):
    # Non-daemon handler threads are joined by server_close().
    daemon_threads = False
    allow_reuse_address = False

    def __init__(self, address: tuple[str, int], handler: type[socketserver.BaseRequestHandler], proxy: PracticeProxy):
        super().__init__(address, handler)
        self.proxy = proxy


class _TunnelHandler(socketserver.BaseRequestHandler):
    server: _Server
    request: socket.socket

    def handle(self) -> None:
        proxy = self.server.proxy
        client = self.request
        client.settimeout(SOCKET_TIMEOUT_S)
        proxy.track(client, True)
        if not proxy.slots.acquire(blocking=False):
            self._reply(503, "Too many connections to the practice proxy")
            proxy.track(client, False)
            return
        try:
            self._handle(proxy, client)
        except (OSError, ssl.SSLError) as error:
            log.info("Practice proxy: connection from %s ended: %s", self.client_address, error)
        finally:
            proxy.slots.release()
            proxy.track(client, False)

    def _handle(self, proxy: PracticeProxy, client: socket.socket) -> None:
        head = _read_head(client)
        if head is None:
            return
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split()
        if len(parts) != 3 or parts[0].upper() != "CONNECT":
            log.info("Practice proxy: rejected %r (only CONNECT to Bedrock is mapped)", request_line[:200])
            self._reply(502, "The practice proxy forwards only HTTPS to the practice Bedrock stand-in")
            return
        host, _, port_text = parts[1].rpartition(":")
        host = host.strip("[]").lower()
        if not (MAPPED_HOST.fullmatch(host) and port_text == "443"):
            log.info("Practice proxy: refused CONNECT %s (not mapped)", parts[1][:200])
            self._reply(502, f"The practice proxy does not connect to {parts[1][:200]}")
            return

        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        client_tls = proxy.contexts.context_for(host).wrap_socket(client, server_side=True)
        proxy.track(client_tls, True)
        try:
            upstream_raw = socket.create_connection(("127.0.0.1", proxy.upstream_port), timeout=SOCKET_TIMEOUT_S)
            proxy.track(upstream_raw, True)
            try:
                upstream = proxy.upstream_context.wrap_socket(upstream_raw, server_hostname=host)
                with upstream:
                    _relay(client_tls, upstream, proxy.stopping)
            finally:
                proxy.track(upstream_raw, False)
                upstream_raw.close()
        finally:
            proxy.track(client_tls, False)
            client_tls.close()

    def _reply(self, status: int, message: str) -> None:
        reason = {502: "Bad Gateway", 503: "Service Unavailable"}[status]
        body = (message + "\n").encode("utf-8")
        head = (
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        with contextlib.suppress(OSError):
            self.request.sendall(head.encode("ascii") + body)


def _read_head(client: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        if len(data) > MAX_HEAD_BYTES:
            return None
        chunk = client.recv(4096)
        if not chunk:
            return None
        data += chunk
    # CONNECT carries no body, and the client waits for our answer before its TLS handshake.
    return data


def _relay(first: ssl.SSLSocket, second: ssl.SSLSocket, stopping: threading.Event) -> None:
    """Copy bytes both ways until either side closes, ``stopping`` is set, or IDLE_TIMEOUT_S passes quietly."""
    peers = {first: second, second: first}
    idle = 0.0
    # Reads never block: a readable socket may carry only a TLS record without application data (a
    # TLS 1.3 session ticket), and a blocking read would then wait while the other side has data.
    for tls_socket in peers:
        tls_socket.setblocking(False)
    with selectors.DefaultSelector() as selector:
        for tls_socket in peers:
            selector.register(tls_socket, selectors.EVENT_READ)
        while not stopping.is_set() and idle < IDLE_TIMEOUT_S:
            # Bytes already decrypted inside OpenSSL do not make the socket readable again.
            ready: list[Any] = [tls_socket for tls_socket in peers if tls_socket.pending()]
            if not ready:
                ready = [key.fileobj for key, _ in selector.select(_POLL_S)]
            if not ready:
                idle += _POLL_S
                continue
            idle = 0.0
            for source in ready:
                try:
                    data = source.recv(65_536)
                except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                    continue
                if not data:
                    return
                target = peers[source]
                target.settimeout(SOCKET_TIMEOUT_S)
                target.sendall(data)
                target.setblocking(False)
