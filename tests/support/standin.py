"""A local HTTPS stand-in for the Bedrock Runtime endpoint that implements the Converse API.

It listens on 127.0.0.1 only and presents a certificate for the real endpoint's host name, so a
client that reaches it through the test mitmproxy checks the same name it would check in production.
It implements just enough of the restJson protocol for botocore to parse a reply or an error, and it
records every HTTP request that arrives, so tests can assert what was (or was not) sent.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import ssl
import threading
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

import trustme

ENDPOINT_HOST = "bedrock-runtime.ap-northeast-1.amazonaws.com"
DEFAULT_REPLY_TEXT = "Pong from the stand-in"
# A handler waits at most this long for the next request on a kept-alive connection.
IDLE_TIMEOUT_S = 30

_CONVERSE_PATH = re.compile(r"^/model/(?P<model_id>[^/]+)/converse$")


@dataclass(frozen=True)
class ReceivedRequest:
    """One HTTP request the stand-in received. ``model_id`` is URL-decoded; None off the Converse path."""

    method: str
    path: str
    model_id: str | None
    body: bytes


@dataclass(frozen=True)
class Answer:
    """What the stand-in sends for a Converse request: reply text, or an error when ``error_type`` is set."""

    status: int = 200
    reply_text: str = DEFAULT_REPLY_TEXT
    error_type: str | None = None
    message: str = ""


def access_denied() -> Answer:
    return Answer(
        status=403,
        error_type="AccessDeniedException",
        message="You don't have access to the model with the specified model ID.",
    )


def validation_error(message: str) -> Answer:
    return Answer(status=400, error_type="ValidationException", message=message)


def internal_error() -> Answer:
    return Answer(status=500, error_type="InternalServerException", message="The server encountered an error.")


class BedrockStandIn:
    """The server; ``start`` binds an ephemeral port on 127.0.0.1 and ``stop`` closes every connection."""

    def __init__(self, certificate: trustme.LeafCert) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        certificate.configure_cert(context)
        self.answer = Answer()
        self._lock = threading.Lock()
        self._requests: list[ReceivedRequest] = []
        self._handshakes = 0
        self._server = _TLSHTTPServer(("127.0.0.1", 0), _ConverseHandler, context, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="bedrock-standin",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def reply_text(self) -> str:
        """The reply text of the current answer. Setting it makes the stand-in reply with that text."""
        return self.answer.reply_text

    @reply_text.setter
    def reply_text(self, text: str) -> None:
        self.answer = Answer(reply_text=text)

    @property
    def requests(self) -> list[ReceivedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def handshakes(self) -> int:
        """Number of completed TLS handshakes, with or without a request after them."""
        with self._lock:
            return self._handshakes

    def start(self) -> None:
        self._thread.start()

    def wait_until_idle(self, timeout: float = 5.0) -> bool:
        """Wait until every accepted connection has been closed; return False on timeout.

        Call it before asserting on ``requests`` or ``handshakes``: a client may finish before the
        server thread has recorded what it received.
        """
        return self._server.wait_until_idle(timeout)

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join(timeout=10)

    def _record_handshake(self) -> None:
        with self._lock:
            self._handshakes += 1

    def _record_request(self, request: ReceivedRequest) -> None:
        with self._lock:
            self._requests.append(request)


class _TLSHTTPServer(ThreadingHTTPServer):
    # Non-daemon threads are joined by server_close(), so no handler outlives its test.
    daemon_threads = False

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        context: ssl.SSLContext,
        standin: BedrockStandIn,
    ) -> None:
        super().__init__(address, handler)
        self.context = context
        self.standin = standin
        self._connections_changed = threading.Condition()
        self._connections: set[socket.socket] = set()
        self._active_requests = 0

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_changed:
            self._active_requests += 1
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._request_done()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._request_done()

    def wait_until_idle(self, timeout: float) -> bool:
        with self._connections_changed:
            return self._connections_changed.wait_for(lambda: self._active_requests == 0, timeout)

    def _request_done(self) -> None:
        with self._connections_changed:
            self._active_requests -= 1
            self._connections_changed.notify_all()

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The handshake runs here, in the connection's own thread, so a client that stalls in it
        # cannot block accept() for the others.
        request.settimeout(IDLE_TIMEOUT_S)
        self._track(request)
        try:
            tls_socket = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return  # The client rejected or abandoned the handshake; shutdown_request closes the socket.
        self.standin._record_handshake()
        self._track(tls_socket)
        try:
            self.RequestHandlerClass(tls_socket, client_address, self)
        except OSError:
            pass  # The client closed the connection mid-request, so no response can be sent.
        finally:
            self._untrack(tls_socket)
            tls_socket.close()

    def shutdown_request(self, request: Any) -> None:
        self._untrack(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Shut down every open connection so that the handler threads end and can be joined."""
        with self._connections_changed:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def _track(self, connection: socket.socket) -> None:
        with self._connections_changed:
            self._connections.add(connection)

    def _untrack(self, connection: socket.socket) -> None:
        with self._connections_changed:
            self._connections.discard(connection)


class _ConverseHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _TLSHTTPServer

    def do_POST(self) -> None:
        self._handle()

    def do_GET(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # Tests read ``BedrockStandIn.requests``; stderr noise would only clutter pytest's output.

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        match = _CONVERSE_PATH.match(self.path)
        model_id = unquote(match.group("model_id")) if match else None
        self.server.standin._record_request(ReceivedRequest(self.command, self.path, model_id, body))

        if self.command != "POST" or match is None:
            document = {"message": f"No operation at {self.command} {self.path}"}
            self._send_json(404, document, "UnknownOperationException")
            return

        answer = self.server.standin.answer
        if answer.error_type is not None:
            self._send_json(answer.status, {"message": answer.message}, answer.error_type)
            return
        self._send_json(answer.status, _converse_reply(answer.reply_text))

    def _send_json(self, status: int, document: dict[str, Any], error_type: str | None = None) -> None:
        payload = json.dumps(document).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        if error_type is not None:
            # botocore's restJson parser takes the error code from this header, up to the first colon.
            error_header = f"{error_type}:http://internal.amazon.com/coral/com.amazon.bedrock/"
            self.send_header("x-amzn-ErrorType", error_header)
        self.end_headers()
        self.wfile.write(payload)


def _converse_reply(text: str) -> dict[str, Any]:
    """Return a Converse response body in the shape the Bedrock Runtime API documents."""
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 1, "outputTokens": 5, "totalTokens": 6},
        "metrics": {"latencyMs": 12},
    }
