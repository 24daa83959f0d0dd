"""Start and stop a real ``mitmdump`` on 127.0.0.1 that re-signs TLS with a test CA.

mitmproxy lives in its own virtual environment (``scripts/setup-mitmproxy``) because it pins an
older cryptography than TrustDesk needs, so it runs as a separate process and never as a library.

By default mitmproxy mints a leaf per host and presents it alone, without its signing CA. ``presented_chain``
and ``mint_leaf`` build the other presentations the tests need: a leaf alone, leaf + intermediate +
root, or a leaf without an Authority Key Identifier. mitmproxy's ``certs`` option serves that file's
leaf for every host and builds the chain it sends from the file's other certificates.
"""

from __future__ import annotations

import datetime
import enum
import os
import re
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

ADDON_PATH = Path(__file__).with_name("mitm_addon.py")
STARTUP_TIMEOUT_S = 20
STOP_TIMEOUT_S = 10
_LISTENING = re.compile(r"HTTP\(S\) proxy listening at 127\.0\.0\.1:(?P<port>\d+)")
# mitmproxy 11 logs "server connect HOST:PORT" for each upstream connection it opened.
_SERVER_CONNECT = re.compile(r"\] server connect (?P<address>\S+)")


class Presentation(enum.Enum):
    """What the proxy presents. MINTED is mitmproxy's default: a leaf minted per host, sent alone."""

    MINTED = "minted"
    LEAF_ONLY = "leaf-only"  # a leaf signed by the root, sent without the root
    FULL_CHAIN = "full-chain"  # leaf, intermediate and root, the leaf signed by the intermediate
    LEAF_WITHOUT_AKI = "leaf-without-aki"  # a leaf signed by the root without Authority Key Identifier, with the root


def mint_leaf(
    issuer_cert_pem: bytes, issuer_key_pem: bytes, host: str, *, authority_key_identifier: bool = True
) -> tuple[bytes, bytes]:
    """Return (certificate PEM, private key PEM) of a server certificate for ``host`` signed by the issuer.

    It carries what a proxy's minted leaf usually does (subjectAltName, serverAuth, basicConstraints
    cA=false), and an Authority Key Identifier unless ``authority_key_identifier`` is False.
    """
    issuer = x509.load_pem_x509_certificate(issuer_cert_pem)
    issuer_key = serialization.load_pem_private_key(issuer_key_pem, password=None)
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(issuer.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if authority_key_identifier:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
    certificate = builder.sign(issuer_key, hashes.SHA256())  # type: ignore[arg-type]
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


def presented_chain(presentation: Presentation, root: trustme.CA, host: str, workdir: Path) -> Path | None:
    """Write the file for mitmproxy's ``certs`` option that makes it present ``presentation`` for ``host``.

    Returns None for MINTED, which needs no file. The file contains the leaf's private key, so it stays
    inside ``workdir``.
    """
    root_pem = root.cert_pem.bytes()
    root_key_pem = root.private_key_pem.bytes()
    if presentation is Presentation.MINTED:
        return None
    if presentation is Presentation.FULL_CHAIN:
        intermediate = root.create_child_ca()
        intermediate_pem = intermediate.cert_pem.bytes()
        leaf_pem, key_pem = mint_leaf(intermediate_pem, intermediate.private_key_pem.bytes(), host)
        parts = [key_pem, leaf_pem, intermediate_pem, root_pem]
    elif presentation is Presentation.LEAF_WITHOUT_AKI:
        leaf_pem, key_pem = mint_leaf(root_pem, root_key_pem, host, authority_key_identifier=False)
        parts = [key_pem, leaf_pem, root_pem]
    else:
        leaf_pem, key_pem = mint_leaf(root_pem, root_key_pem, host)
        parts = [key_pem, leaf_pem]
    path = workdir / f"presented-{presentation.value}.pem"
    path.write_bytes(b"".join(parts))
    return path


class MitmStartError(Exception):
    """mitmdump did not start listening; the message includes its output."""


@dataclass
class MitmProxy:
    """A running mitmdump. ``url`` is the value for HTTPS_PROXY; ``log_path`` collects its output."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def upstream_addresses(self) -> list[str]:
        """Return the HOST:PORT of every upstream connection mitmdump has logged so far, in order."""
        return [match.group("address") for match in _SERVER_CONNECT.finditer(self.log_text())]

    def stop(self) -> None:
        """Terminate mitmdump, and kill it when it does not exit within STOP_TIMEOUT_S."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=STOP_TIMEOUT_S)


def start_mitmdump(
    mitmdump: Path,
    workdir: Path,
    *,
    signing_ca: trustme.CA,
    upstream_ca: trustme.CA,
    standin_port: int,
    certs_file: Path | None = None,
    fail_hosts: tuple[str, ...] = (),
) -> MitmProxy:
    """Start mitmdump on an ephemeral port of 127.0.0.1 and return once it accepts connections.

    mitmdump re-signs every intercepted connection with ``signing_ca``, verifies the upstream
    server against ``upstream_ca`` only, and connects upstream to 127.0.0.1:``standin_port`` whatever
    host the client asked for. It runs with a minimal environment whose HOME is inside ``workdir``.
    ``certs_file`` (from ``presented_chain``) replaces the minted leaf for every host. A CONNECT to a
    host in ``fail_hosts`` fails upstream as a name that does not resolve would, so mitmproxy
    responds with 502.
    Raises ``MitmStartError`` when it exits or does not listen within STARTUP_TIMEOUT_S.
    """
    confdir = workdir / "confdir"
    home = workdir / "home"
    confdir.mkdir(parents=True)
    home.mkdir()
    # mitmproxy reads its signing CA from this file: the certificate and its private key in PEM.
    signing_pem = signing_ca.private_key_pem.bytes() + signing_ca.cert_pem.bytes()
    (confdir / "mitmproxy-ca.pem").write_bytes(signing_pem)
    upstream_ca_path = workdir / "upstream-ca.pem"
    upstream_ca.cert_pem.write_to_path(str(upstream_ca_path))
    log_path = workdir / "mitmdump.log"

    command = [
        str(mitmdump),
        "--listen-host", "127.0.0.1",
        "--listen-port", "0",
        "--set", f"confdir={confdir}",
        "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca_path}",
        "--set", "termlog_verbosity=info",
        "--scripts", str(ADDON_PATH),
        "--set", f"standin_port={standin_port}",
        "--set", f"parent_pid={os.getpid()}",
        "--set", f"fail_hosts={','.join(fail_hosts)}",
    ]  # fmt: skip
    if certs_file is not None:
        command += ["--set", f"certs=*={certs_file}"]
    environment = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONUNBUFFERED": "1"}
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=environment,
            cwd=workdir,
        )

    try:
        port = _wait_until_listening(process, log_path)
    except BaseException:
        MitmProxy(process, 0, log_path).stop()
        raise
    return MitmProxy(process, port, log_path)


def _wait_until_listening(process: subprocess.Popen[bytes], log_path: Path) -> int:
    """Return mitmdump's port once its log names it and a TCP connection to it succeeds."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    port = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise MitmStartError(f"mitmdump exited with code {process.returncode}:\n{_read(log_path)}")
        if port is None:
            match = _LISTENING.search(_read(log_path))
            port = int(match.group("port")) if match else None
        if port is not None and _accepts_connections(port):
            return port
        time.sleep(0.1)
    raise MitmStartError(f"mitmdump did not listen within {STARTUP_TIMEOUT_S} s:\n{_read(log_path)}")


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")
