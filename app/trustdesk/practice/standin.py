"""The practice Bedrock stand-in: HTTPS on 127.0.0.1 that replies to Converse API requests with a fixed text.

It presents, for whatever host name the client sends in SNI, a certificate minted by the practice
public root, so the inspecting proxy in front of it verifies it as it would verify the real endpoint.
Only ``POST /model/<id>/converse`` is implemented; anything else gets the 404 error botocore expects.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import ssl
import threading
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from trustdesk.practice.authority import ServerContexts

log = logging.getLogger(__name__)

# A handler waits at most this long in the handshake or for the next request on a kept-alive connection.
IDLE_TIMEOUT_S = 30
MAX_BODY_BYTES = 1_000_000
_CONVERSE_PATH = re.compile(r"^/model/(?P<model_id>[^/]+)/converse$")


class PracticeStandIn:
    """The server. ``start`` binds an ephemeral port on 127.0.0.1; ``stop`` closes it and joins its threads."""

    def __init__(self, contexts: ServerContexts, reply_text: str) -> None:
        self.reply_text = reply_text
        self._contexts = contexts
        base = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        default = contexts.context_for("localhost")
        base.sni_callback = self._choose_context
        self._default = default
        self._server = _TLSServer(("127.0.0.1", 0), _ConverseHandler, base, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="practice-standin",
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> None:
        self._thread.start()
        log.info("Practice Bedrock stand-in listening on 127.0.0.1:%d", self.port)

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=10)
        self._server.close_connections()
        self._server.server_close()
        log.info("Practice Bedrock stand-in stopped")

    def _choose_context(self, tls_socket: ssl.SSLObject | ssl.SSLSocket, server_name: str | None, _: Any) -> None:
        tls_socket.context = self._contexts.context_for(server_name) if server_name else self._default


class _TLSServer(ThreadingHTTPServer):
    # Non-daemon handler threads are joined by server_close(), so none outlives stop().
    daemon_threads = False

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        context: ssl.SSLContext,
        standin: PracticeStandIn,
    ) -> None:
        super().__init__(address, handler)
        self.context = context
        self.standin = standin
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The handshake runs in the connection's own thread, so a stalled client cannot block accept().
        request.settimeout(IDLE_TIMEOUT_S)
        self._track(request, True)
        try:
            tls_socket = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as error:
            log.info("Practice stand-in: handshake from %s failed: %s", client_address, error)
            return
        self._track(tls_socket, True)
        # socketserver types the handler's server argument as the base class; this server is one.
        handler: Callable[..., object] = self.RequestHandlerClass
        try:
            handler(tls_socket, client_address, self)
        except OSError:
            pass  # The client closed the connection mid-request, so no response can be sent.
        finally:
            self._track(tls_socket, False)
            tls_socket.close()

    def shutdown_request(self, request: Any) -> None:
        self._track(request, False)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def _track(self, connection: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)


class _ConverseHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _TLSServer

    def do_POST(self) -> None:
        self._handle()

    def do_GET(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("Practice stand-in: " + format, *args)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            self._send_json(413, {"message": "Request body too large"}, "ValidationException")
            return
        if length:
            self.rfile.read(length)
        match = _CONVERSE_PATH.match(self.path)
        if self.command != "POST" or match is None:
            self._send_json(
                404, {"message": f"No operation at {self.command} {self.path}"}, "UnknownOperationException"
            )
            return
        reply = {
            "output": {"message": {"role": "assistant", "content": [{"text": self.server.standin.reply_text}]}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": 1, "outputTokens": 5, "totalTokens": 6},
            "metrics": {"latencyMs": 1},
        }
        self._send_json(200, reply)

    def _send_json(self, status: int, document: dict[str, Any], error_type: str | None = None) -> None:
        payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        if error_type is not None:
            # botocore's restJson parser takes the error code from this header, up to the first colon.
            self.send_header("x-amzn-ErrorType", f"{error_type}:")
        self.end_headers()
        self.wfile.write(payload)
