"""The practice certificate authorities: generated roots that mint server certificates on the fly.

Practice mode has two: the practice organisation root, which the inspecting proxy re-signs every
connection with, and the practice public root, which signs the Bedrock stand-in and which only the
proxy trusts. Keys are P-256: generating one takes about a millisecond, and every TLS client that
TrustDesk checks accepts ECDSA P-256 with SHA-256.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import ssl
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# Long enough that a kept practice folder works for years and no lint warns that a practice
# certificate expires soon (the lint warns within 90 days).
ROOT_VALIDITY = timedelta(days=5 * 365)
SERVER_VALIDITY = timedelta(days=397)
# Certificates start this long before now, so a clock a little behind still accepts them.
BACKDATE = timedelta(hours=1)


class PracticeAuthority:
    """A self-signed root CA with its key, kept in memory; ``issue_server`` mints leaf certificates."""

    def __init__(self, certificate: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> None:
        self.certificate = certificate
        self.key = key

    @classmethod
    def generate(cls, common_name: str, organisation: str) -> PracticeAuthority:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            ]
        )
        now = datetime.now(UTC)
        public_key = key.public_key()
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - BACKDATE)
            .not_valid_after(now + ROOT_VALIDITY)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(certificate, key)

    @classmethod
    def load(cls, certificate_path: Path, key_path: Path) -> PracticeAuthority:
        """Load a root saved with ``save``. Raises ``OSError`` or ``ValueError``."""
        certificate = x509.load_pem_x509_certificate(certificate_path.read_bytes())
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError(f"{key_path} does not hold an EC private key")
        return cls(certificate, key)

    def save(self, certificate_path: Path, key_path: Path) -> None:
        """Write the root and its key (mode 0600) for a practice folder that outlives the process."""
        certificate_path.write_bytes(self.certificate_pem())
        key_bytes = self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(key_bytes)

    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue_server(self, host: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
        """Mint a server certificate for ``host`` (a DNS name or an IP address), valid SERVER_VALIDITY."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        try:
            alternative_name: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
        except ValueError:
            alternative_name = x509.DNSName(host)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - BACKDATE)
            .not_valid_after(min(now + SERVER_VALIDITY, self.certificate.not_valid_after_utc))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectAlternativeName([alternative_name]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        return certificate, key


class ServerContexts:
    """One TLS server context per host name, each with a leaf minted by ``authority``, created on first use.

    ``ssl.SSLContext.load_cert_chain`` reads files only, so the leaf and its key are written to a
    private temporary file inside ``folder`` and deleted as soon as the context has loaded them.
    """

    def __init__(self, authority: PracticeAuthority, folder: Path) -> None:
        self.authority = authority
        self.folder = folder
        self._lock = threading.Lock()
        self._contexts: dict[str, ssl.SSLContext] = {}

    def context_for(self, host: str) -> ssl.SSLContext:
        host = host.lower().rstrip(".")
        with self._lock:
            context = self._contexts.get(host)
            if context is None:
                context = self._new_context(host)
                self._contexts[host] = context
            return context

    def _new_context(self, host: str) -> ssl.SSLContext:
        certificate, key = self.authority.issue_server(host)
        chain = certificate.public_bytes(serialization.Encoding.PEM) + self.authority.certificate_pem()
        key_bytes = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        descriptor, name = tempfile.mkstemp(prefix="leaf-", suffix=".pem", dir=self.folder)
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(chain + key_bytes)
            context.load_cert_chain(name)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(name)
        return context
