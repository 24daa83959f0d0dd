"""The linter's strict-mode predictions against real TLS handshakes on 127.0.0.1.

Each case builds a root and a leaf for "localhost" with one defect, serves the leaf from a local
TLS server and connects with ``ssl.create_default_context(cafile=root)`` in Python 3.11 (this
interpreter) and in Python 3.13, each in a subprocess with a clean environment. Verification is
never turned off: a rejected handshake is the expected outcome for a defect.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from trustdesk.certs.lint import PYTHON312, PYTHON313, Severity, lint_certificate

PYTHON313_PATH = Path("/root/.pyenv/versions/3.13.0/bin/python3")
NOW = datetime.datetime.now(datetime.UTC)

CLIENT = """
import socket, ssl, sys
context = ssl.create_default_context(cafile=sys.argv[1])
try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname="localhost"):
            pass
except ssl.SSLCertVerificationError as error:
    print("rejected:", error.verify_message)
else:
    print("accepted")
"""


def _usage(*, cert_sign: bool, digital: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


@dataclass(frozen=True)
class Chain:
    root: x509.Certificate
    leaf: x509.Certificate
    leaf_key: ec.EllipticCurvePrivateKey


def build_chain(defect: str) -> Chain:
    """Build a root and a "localhost" leaf, with ``defect`` applied to one of them."""
    root_key = ec.generate_private_key(ec.SECP256R1())
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Oracle Root {defect}")])
    start, end = NOW - datetime.timedelta(days=1), NOW + datetime.timedelta(days=365)
    if defect == "expired":
        start, end = NOW - datetime.timedelta(days=30), NOW - datetime.timedelta(days=1)

    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.BasicConstraints(ca=True, path_length=None), critical=defect != "ca-basic-constraints-not-critical"
        )
    )
    if defect != "ca-missing-key-usage":
        root = root.add_extension(_usage(cert_sign=defect != "ca-key-usage-without-key-cert-sign"), critical=True)
    if defect != "ca-missing-subject-key-identifier":
        root = root.add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
    root_certificate = root.sign(root_key, hashes.SHA256())

    leaf_name = x509.Name(
        [] if defect.startswith("empty-subject") else [x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(leaf_name)
        .issuer_name(root_name)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - datetime.timedelta(days=1))
        .not_valid_after(NOW + datetime.timedelta(days=30 * 11))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(cert_sign=defect == "key-cert-sign-on-non-ca", digital=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    )
    if defect != "missing-authority-key-identifier":
        leaf = leaf.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=defect == "authority-key-identifier-critical",
        )
    return Chain(root_certificate, leaf.sign(root_key, hashes.SHA256()), leaf_key)


# defect -> which certificate carries it
DEFECTS = {
    "none": "root",
    "ca-basic-constraints-not-critical": "root",
    "ca-missing-key-usage": "root",
    "ca-missing-subject-key-identifier": "root",
    "ca-key-usage-without-key-cert-sign": "root",
    "expired": "root",
    "missing-authority-key-identifier": "leaf",
    "authority-key-identifier-critical": "leaf",
    "key-cert-sign-on-non-ca": "leaf",
    "empty-subject": "leaf",
    "empty-subject-san-not-critical": "leaf",
}


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[[Chain], int]]:
    servers: list[tuple[socket.socket, threading.Thread]] = []

    def start(chain: Chain) -> int:
        cert_file = tmp_path / "leaf.pem"
        key_file = tmp_path / "leaf-key.pem"
        cert_file.write_bytes(chain.leaf.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(
            chain.leaf_key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        listener = socket.create_server(("127.0.0.1", 0))
        listener.settimeout(20)

        def run() -> None:
            for _ in range(2):  # one handshake per client interpreter
                try:
                    connection, _ = listener.accept()
                except OSError:
                    return
                try:
                    with context.wrap_socket(connection, server_side=True):
                        pass
                except (ssl.SSLError, OSError):
                    pass  # the client rejected the chain, as some cases expect

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        servers.append((listener, thread))
        return int(listener.getsockname()[1])

    yield start
    for listener, thread in servers:
        listener.close()
        thread.join(timeout=5)


def handshake(python: Path | str, root: x509.Certificate, port: int, tmp_path: Path) -> str:
    cafile = tmp_path / "root.pem"
    cafile.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    completed = subprocess.run(
        [str(python), "-I", "-c", CLIENT, str(cafile), str(port)],
        capture_output=True,
        text=True,
        timeout=30,
        env={"PATH": os.defpath},
        check=True,
    )
    return completed.stdout.strip()


@pytest.mark.parametrize("defect", list(DEFECTS))
def test_oracle_agrees(defect: str, serve: Callable[[Chain], int], tmp_path: Path) -> None:
    if not PYTHON313_PATH.exists():
        pytest.skip(f"no Python 3.13 at {PYTHON313_PATH} to compare with")
    chain = build_chain(defect)
    target = chain.root if DEFECTS[defect] == "root" else chain.leaf
    findings = lint_certificate(target, expected_ca=DEFECTS[defect] == "root", issuer_known=True)
    errors = [finding for finding in findings if finding.severity is Severity.ERROR]
    predicted_311 = "rejected" if any(PYTHON312 in finding.tools for finding in errors) else "accepted"
    predicted_313 = "rejected" if any(PYTHON313 in finding.tools for finding in errors) else "accepted"

    port = serve(chain)
    actual_311 = handshake(sys.executable, chain.root, port, tmp_path)
    actual_313 = handshake(PYTHON313_PATH, chain.root, port, tmp_path)
    print(
        f"{defect}: predicted 3.11 {predicted_311}, 3.13 {predicted_313}; real 3.11 {actual_311!r}, 3.13 {actual_313!r}"
    )

    if defect != "none":
        assert any(finding.code == defect for finding in findings), [finding.code for finding in findings]
    assert actual_311.startswith(predicted_311), actual_311
    assert actual_313.startswith(predicted_313), actual_313
