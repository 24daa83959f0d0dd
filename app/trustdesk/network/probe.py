"""Open TLS connections to a host, directly or through an HTTP CONNECT proxy, without sending a request.

Two kinds of handshake live here:

* ``capture_chain`` reads the certificates the server (or the inspecting proxy in front of it)
  presents. It does not verify the chain, because its purpose is to show the chain that failed
  verification, and so the connection is closed right after the handshake and never carries a
  request. This is the only place in TrustDesk where verification is off.
* ``verify_handshake`` completes a handshake with a verifying context (the given CA certificates,
  host name checked) and reports whether it verified. It sends no request either.

Python 3.13 added ``SSLSocket.get_unverified_chain``, which returns the whole presented chain.
Earlier versions expose only the leaf, so there the capture limits the handshake to TLS 1.2, in
which the server's Certificate message travels unencrypted, and reads the chain from that message
(RFC 5246 7.4.2) in the bytes the server sent. A server that refuses TLS 1.2 gives the leaf only.
"""

from __future__ import annotations

import base64
import enum
import http.client
import logging
import re
import socket
import ssl
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

log = logging.getLogger(__name__)

ALPN_PROTOCOLS = ("h2", "http/1.1")
# CPython's http.client words a refused CONNECT as "Tunnel connection failed: 502 Bad Gateway".
_TUNNEL_STATUS = re.compile(r"Tunnel connection failed: (?P<status>\d{3})")


class FailureKind(enum.Enum):
    """The class of a failed connection. The value is stable: JSON output keeps it."""

    PROXY_REFUSED = "proxy-refused"  # nothing listens at the proxy address
    PROXY_TIMEOUT = "proxy-timeout"  # the proxy accepted but did not answer CONNECT in time
    PROXY_STATUS = "proxy-status"  # the proxy answered CONNECT with an error (502/503: often DNS failure)
    PROXY_UNSUPPORTED = "proxy-unsupported"  # a SOCKS or HTTPS proxy URL
    CONNECT_REFUSED = "connect-refused"  # direct connection refused
    CONNECT_TIMEOUT = "connect-timeout"
    DNS_FAILURE = "dns-failure"  # the host (or proxy) name did not resolve here
    TLS_RESET = "tls-reset"  # the connection closed or was reset during the handshake
    TLS_TIMEOUT = "tls-timeout"
    TLS_ERROR = "tls-error"  # a TLS alert or protocol error other than verification
    NOT_TRUSTED = "not-trusted"  # verification failed (verify_handshake only)


class ProbeError(Exception):
    """The connection or handshake failed. The message keeps the socket or TLS error; ``kind`` classifies it."""

    def __init__(self, message: str, kind: FailureKind = FailureKind.TLS_ERROR, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


@dataclass(frozen=True)
class CapturedChain:
    """The certificates a read-only handshake received. ``whole_chain`` is False when only the leaf could be read."""

    certificates: tuple[x509.Certificate, ...]
    whole_chain: bool
    alpn: str | None
    tls_version: str | None


@dataclass(frozen=True)
class HandshakeResult:
    """A verifying handshake. ``verify_code``/``error`` are OpenSSL's (X509_V_ERR_*) when it failed."""

    verified: bool
    alpn: str | None = None
    tls_version: str | None = None
    verify_code: int | None = None
    error: str = ""
    failure: FailureKind | None = None


def read_presented_chain(
    host: str,
    port: int = 443,
    *,
    proxy: str | None = None,
    timeout: float = 5.0,
) -> list[x509.Certificate]:
    """Return the certificates presented for ``host``, leaf first, through ``proxy`` when given.

    ``timeout`` bounds each socket step in seconds. Raises ``ProbeError``.
    """
    return list(capture_chain(host, port, proxy=proxy, timeout=timeout).certificates)


def capture_chain(
    host: str,
    port: int = 443,
    *,
    proxy: str | None = None,
    timeout: float = 5.0,
) -> CapturedChain:
    """Read the chain presented for ``host`` in a handshake that verifies nothing and sends no request.

    ``timeout`` bounds the whole capture in seconds. Raises ``ProbeError``.
    """
    deadline = time.monotonic() + timeout
    if sys.version_info >= (3, 13):
        return _capture_with_unverified_chain(host, port, proxy, deadline)
    try:
        return _capture_tls12(host, port, proxy, deadline)
    except ProbeError as error:
        if error.kind is not FailureKind.TLS_ERROR:
            raise
        log.info("TLS 1.2 capture of %s:%d failed (%s); reading the leaf only", host, port, error)
    return _capture_with_unverified_chain(host, port, proxy, deadline)


def verify_handshake(
    host: str,
    port: int,
    ca_certificates: Sequence[x509.Certificate],
    *,
    proxy: str | None = None,
    strict: bool = False,
    timeout: float = 5.0,
) -> HandshakeResult:
    """Handshake with a context that trusts only ``ca_certificates`` and checks the host name.

    ``strict`` sets VERIFY_X509_STRICT and VERIFY_X509_PARTIAL_CHAIN, the flags that
    ``ssl.create_default_context`` sets from Python 3.13 on; otherwise both are cleared, as on 3.12.
    Never raises for network or TLS errors: ``failure`` classifies them.
    """
    if not ca_certificates:
        return HandshakeResult(False, error="no CA certificates to verify with", failure=FailureKind.NOT_TRUSTED)
    deadline = time.monotonic() + timeout
    pem = "".join(certificate.public_bytes(Encoding.PEM).decode("ascii") for certificate in ca_certificates)
    context = ssl.create_default_context(cadata=pem)
    strict_flags = ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_PARTIAL_CHAIN
    if strict:
        context.verify_flags |= strict_flags
    else:
        context.verify_flags &= ~strict_flags
    context.set_alpn_protocols(list(ALPN_PROTOCOLS))

    try:
        raw_socket = open_socket(host, port, proxy, deadline)
    except ProbeError as error:
        return HandshakeResult(False, error=str(error), failure=error.kind)
    try:
        raw_socket.settimeout(_remaining(deadline))
        with context.wrap_socket(raw_socket, server_hostname=host) as tls_socket:
            return HandshakeResult(True, tls_socket.selected_alpn_protocol(), tls_socket.version())
    except ssl.SSLCertVerificationError as error:
        return HandshakeResult(
            False, verify_code=error.verify_code, error=str(error.verify_message), failure=FailureKind.NOT_TRUSTED
        )
    except (OSError, ssl.SSLError) as error:
        failure = _handshake_failure(error)
        return HandshakeResult(False, error=f"TLS handshake with {host}:{port} failed: {error}", failure=failure)
    finally:
        raw_socket.close()


def open_socket(host: str, port: int, proxy: str | None, deadline: float) -> socket.socket:
    """Return a connected socket to ``host:port``, through an HTTP CONNECT tunnel when ``proxy`` is set.

    Raises ``ProbeError`` with the failure class when ``deadline`` (``time.monotonic``) passes first.
    """
    if proxy is None:
        try:
            return socket.create_connection((host, port), timeout=_remaining(deadline))
        except socket.gaierror as error:
            raise ProbeError(f"cannot reach {host}:{port}: {error}", FailureKind.DNS_FAILURE) from error
        except TimeoutError as error:
            raise ProbeError(f"cannot reach {host}:{port}: timed out", FailureKind.CONNECT_TIMEOUT) from error
        except OSError as error:
            raise ProbeError(f"cannot reach {host}:{port}: {error}", FailureKind.CONNECT_REFUSED) from error

    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    if parts.scheme not in ("http", ""):
        raise ProbeError(f"unsupported proxy scheme {parts.scheme!r}", FailureKind.PROXY_UNSUPPORTED)
    # http.client sends the CONNECT request and reads the proxy's answer; the socket it leaves is the
    # tunnel to host:port.
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port or 8080, timeout=_remaining(deadline))
    headers = {}
    if parts.username:
        credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers["Proxy-Authorization"] = "Basic " + base64.b64encode(credentials).decode("ascii")
    connection.set_tunnel(host, port, headers=headers)
    try:
        connection.connect()
    except socket.gaierror as error:
        connection.close()
        raise ProbeError(f"cannot reach {host}:{port}: proxy name: {error}", FailureKind.DNS_FAILURE) from error
    except TimeoutError as error:
        connection.close()
        raise ProbeError(f"cannot reach {host}:{port}: the proxy did not answer", FailureKind.PROXY_TIMEOUT) from error
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        match = _TUNNEL_STATUS.search(str(error))
        if match:
            status = int(match.group("status"))
            raise ProbeError(f"cannot reach {host}:{port}: {error}", FailureKind.PROXY_STATUS, status) from error
        kind = FailureKind.PROXY_REFUSED if isinstance(error, ConnectionRefusedError) else FailureKind.TLS_RESET
        raise ProbeError(f"cannot reach {host}:{port}: {error}", kind) from error
    assert connection.sock is not None
    tunnel = connection.sock
    connection.sock = None  # The tunnel now belongs to the caller.
    return tunnel


def _capture_with_unverified_chain(host: str, port: int, proxy: str | None, deadline: float) -> CapturedChain:
    context = _read_only_context()
    raw_socket = open_socket(host, port, proxy, deadline)
    try:
        raw_socket.settimeout(_remaining(deadline))
        # Read-only handshake (see the module docstring): nothing is sent after it.
        with context.wrap_socket(raw_socket, server_hostname=host) as tls_socket:
            get_unverified_chain = getattr(tls_socket, "get_unverified_chain", None)
            if get_unverified_chain is not None:  # Python 3.13+
                chain_der = [bytes(der) for der in get_unverified_chain()]
                whole = True
            else:
                leaf = tls_socket.getpeercert(binary_form=True)
                chain_der = [leaf] if leaf else []
                whole = False
            alpn, version = tls_socket.selected_alpn_protocol(), tls_socket.version()
    except (OSError, ssl.SSLError) as error:
        raise ProbeError(f"TLS handshake with {host}:{port} failed: {error}", _handshake_failure(error)) from error
    finally:
        raw_socket.close()
    return CapturedChain(_load_certificates(chain_der, host), whole, alpn, version)


def _capture_tls12(host: str, port: int, proxy: str | None, deadline: float) -> CapturedChain:
    context = _read_only_context()
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls_object = context.wrap_bio(incoming, outgoing, server_hostname=host)
    received = bytearray()

    raw_socket = open_socket(host, port, proxy, deadline)
    try:
        while True:
            try:
                tls_object.do_handshake()
                break
            except ssl.SSLWantReadError:
                pending = outgoing.read()
                if pending:
                    raw_socket.sendall(pending)
                raw_socket.settimeout(_remaining(deadline))
                data = raw_socket.recv(65536)
                if not data:
                    raise ConnectionResetError("the server closed the connection during the handshake") from None
                received += data
                incoming.write(data)
        alpn, version = tls_object.selected_alpn_protocol(), tls_object.version()
    except (OSError, ssl.SSLError) as error:
        raise ProbeError(f"TLS handshake with {host}:{port} failed: {error}", _handshake_failure(error)) from error
    finally:
        raw_socket.close()

    chain_der = _certificate_message(bytes(received))
    if not chain_der:
        leaf = tls_object.getpeercert(binary_form=True)
        return CapturedChain(_load_certificates([leaf] if leaf else [], host), False, alpn, version)
    return CapturedChain(_load_certificates(chain_der, host), True, alpn, version)


def _certificate_message(data: bytes) -> list[bytes]:
    """Return the DER certificates of the first TLS 1.2 Certificate handshake message in ``data``.

    ``data`` is what the server sent. Records are walked until ChangeCipherSpec, after which
    everything is encrypted; handshake fragments are joined, since a chain usually spans records.
    The record and message layouts are those of RFC 5246 6.2.1 and 7.4.2; the ssl module offers
    no access to them before Python 3.13, hence this reader. Returns [] when the message is absent.
    """
    handshake = bytearray()
    offset = 0
    while offset + 5 <= len(data):
        content_type = data[offset]
        length = int.from_bytes(data[offset + 3 : offset + 5], "big")
        fragment = data[offset + 5 : offset + 5 + length]
        offset += 5 + length
        if content_type == 20:  # ChangeCipherSpec: the rest is encrypted
            break
        if content_type == 22:
            handshake += fragment

    position = 0
    while position + 4 <= len(handshake):
        message_type = handshake[position]
        length = int.from_bytes(handshake[position + 1 : position + 4], "big")
        body = bytes(handshake[position + 4 : position + 4 + length])
        position += 4 + length
        if message_type != 11:
            continue
        certificates = []
        cursor = 3
        end = 3 + int.from_bytes(body[:3], "big")
        while cursor + 3 <= min(end, len(body)):
            size = int.from_bytes(body[cursor : cursor + 3], "big")
            certificates.append(body[cursor + 3 : cursor + 3 + size])
            cursor += 3 + size
        return certificates
    return []


def _read_only_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # Read-only handshake (see the module docstring): nothing is sent after it.
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.set_alpn_protocols(list(ALPN_PROTOCOLS))
    return context


def _load_certificates(chain_der: Sequence[bytes], host: str) -> tuple[x509.Certificate, ...]:
    certificates = []
    for der in chain_der:
        try:
            certificates.append(x509.load_der_x509_certificate(der))
        except ValueError as error:
            log.info("Skipping an unparseable certificate presented by %s: %s", host, error)
    return tuple(certificates)


def _handshake_failure(error: BaseException) -> FailureKind:
    if isinstance(error, TimeoutError):
        return FailureKind.TLS_TIMEOUT
    if isinstance(error, (ConnectionError, ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return FailureKind.TLS_RESET
    return FailureKind.TLS_ERROR


def _remaining(deadline: float) -> float:
    # A zero timeout would make the socket non-blocking, so the last step gets a few milliseconds.
    return max(deadline - time.monotonic(), 0.01)
