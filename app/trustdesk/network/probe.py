"""Read the certificate chain a server (or the inspecting proxy in front of it) presents.

The handshake here exists only to read certificates: it does not verify the chain because its
purpose is to show the chain that failed verification, and so the connection is closed right after
the handshake and never carries a request. Every request TrustDesk sends goes over a verified
connection elsewhere.
"""

from __future__ import annotations

import base64
import http.client
import logging
import socket
import ssl
from urllib.parse import unquote, urlsplit

from cryptography import x509

log = logging.getLogger(__name__)


class ProbeError(Exception):
    """The handshake did not complete; the message keeps the socket or TLS error."""


def read_presented_chain(
    host: str,
    port: int = 443,
    *,
    proxy: str | None = None,
    timeout: float = 5.0,
) -> list[x509.Certificate]:
    """Return the certificates presented for ``host``, leaf first, through ``proxy`` when given.

    Python 3.13 and later return the whole presented chain; older versions return only the leaf.
    ``timeout`` bounds each socket step in seconds. Raises ``ProbeError``.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # Read-only handshake (see the module docstring): nothing is sent after it.
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    try:
        raw_socket = _open_socket(host, port, proxy, timeout)
    except (OSError, http.client.HTTPException) as error:
        raise ProbeError(f"cannot reach {host}:{port}: {error}") from error

    try:
        with context.wrap_socket(raw_socket, server_hostname=host) as tls_socket:
            chain_der = _presented_der(tls_socket)
    except (OSError, ssl.SSLError) as error:
        raise ProbeError(f"TLS handshake with {host}:{port} failed: {error}") from error

    certificates = []
    for der in chain_der:
        try:
            certificates.append(x509.load_der_x509_certificate(der))
        except ValueError as error:
            log.info("Skipping an unparseable certificate presented by %s: %s", host, error)
    return certificates


def _open_socket(host: str, port: int, proxy: str | None, timeout: float) -> socket.socket:
    if proxy is None:
        return socket.create_connection((host, port), timeout=timeout)

    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if parts.scheme not in ("http", ""):
        raise ProbeError(f"unsupported proxy scheme {parts.scheme!r}")
    # http.client sends the CONNECT request and reads the proxy's answer; the socket it leaves is the
    # tunnel to host:port.
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port or 8080, timeout=timeout)
    headers = {}
    if parts.username:
        credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers["Proxy-Authorization"] = "Basic " + base64.b64encode(credentials).decode("ascii")
    connection.set_tunnel(host, port, headers=headers)
    connection.connect()
    assert connection.sock is not None
    tunnel = connection.sock
    connection.sock = None  # The tunnel now belongs to the caller.
    return tunnel


def _presented_der(tls_socket: ssl.SSLSocket) -> list[bytes]:
    get_unverified_chain = getattr(tls_socket, "get_unverified_chain", None)
    if get_unverified_chain is not None:  # Python 3.13+
        return [bytes(der) for der in get_unverified_chain()]
    leaf = tls_socket.getpeercert(binary_form=True)
    return [leaf] if leaf else []
