"""The store scan's shortcuts give exactly what the plain computation gives.

The lint asks for a root's self-signature only when a finding depends on it, keeps trust-anchor
findings until a validity finding changes, the reader splits PEM text with an unrolled pattern, and
the inventory reuses a store's record while its file and the findings stay the same. Each test
compares a shortcut with the plain way on real certificates (the cryptography_vectors corpus and
this machine's bundle) or on a file changed under it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from trustdesk.certs import lint
from trustdesk.certs.details import is_self_signed
from trustdesk.certs.reader import _PEM_BLOCK, ReadError, read_certificate_file
from trustdesk.stores import inventory
from trustdesk.stores.inventory import StoreOrigin, read_file_store, read_folder_store

vectors = pytest.importorskip("cryptography_vectors", reason="cryptography_vectors is in the test extra")
CORPUS = Path(vectors.__file__).resolve().parent / "x509"
SYSTEM_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def corpus_certificates() -> list[x509.Certificate]:
    paths = sorted(path for path in CORPUS.rglob("*") if path.suffix.lower() in {".pem", ".der", ".crt", ".cer"})
    if SYSTEM_BUNDLE.is_file():
        paths.append(SYSTEM_BUNDLE)
    certificates: list[x509.Certificate] = []
    for path in paths:
        try:
            certificates += read_certificate_file(path).certificates
        except ReadError:
            continue
    return certificates


@pytest.fixture(scope="module")
def certificates() -> list[x509.Certificate]:
    found = corpus_certificates()
    assert len(found) > 300
    return found


def test_lazy_self_signed_matches_eager(certificates: list[x509.Certificate], monkeypatch: pytest.MonkeyPatch) -> None:
    options = [(ca, known) for ca in (True, False) for known in (None, True, False)]
    lazy = [
        lint.lint_certificate(c, expected_ca=ca, issuer_known=k, now=NOW) for c in certificates for ca, k in options
    ]
    # The plain computation: the signature checked up front, as a bool, for every certificate.
    monkeypatch.setattr(lint, "_SelfSigned", is_self_signed)

    eager = [
        lint.lint_certificate(c, expected_ca=ca, issuer_known=k, now=NOW) for c in certificates for ca, k in options
    ]

    assert lazy == eager


def unordered(findings: Sequence[lint.Finding]) -> list[lint.Finding]:
    # lint_trust_anchor keeps the severity order, not the order within one severity.
    return sorted(findings, key=repr)


def test_trust_anchor_findings_hold_until_bound(certificates: list[x509.Certificate]) -> None:
    instants = [NOW, NOW + dt.timedelta(days=3650), NOW - dt.timedelta(days=3650)]
    for certificate in certificates:
        for now in instants:
            findings, until = lint.trust_anchor_findings(certificate, now=now)
            assert unordered(findings) == unordered(lint.lint_certificate(certificate, issuer_known=True, now=now))
            if until == dt.datetime.max.replace(tzinfo=dt.UTC):
                continue
            last = until - dt.timedelta(microseconds=1)
            assert lint.lint_trust_anchor(certificate, now=last) == list(findings), (certificate.subject, now)
            assert lint.lint_trust_anchor(certificate, now=until) != list(findings), (certificate.subject, now)


# The PEM pattern as it was before it was unrolled: the reference for the matches.
LAZY_PEM_BLOCK = re.compile(
    rb"-----BEGIN (?P<label>[A-Z0-9 #]+)-----(?P<body>.*?)-----END (?P=label)-----",
    re.DOTALL,
)
PEM_PIECES = [
    b"-----BEGIN CERTIFICATE-----",
    b"-----END CERTIFICATE-----",
    b"-----BEGIN X509 CRL-----",
    b"-----END X509 CRL-----",
    b"------END CERTIFICATE-----",
    b"-----END CERTIFICATE----",
    b"-",
    b"--",
    b"-----",
    b"MIIB",
    b"\n",
    b"Proc-Type: 4,ENCRYPTED\n",
]


def test_pem_pattern_matches_lazy_pattern() -> None:
    generator = random.Random(20240501)
    for _ in range(4000):
        text = b"".join(generator.choice(PEM_PIECES) for _ in range(generator.randint(1, 14)))
        expected = [(m.span(), m.group("label"), m.group("body")) for m in LAZY_PEM_BLOCK.finditer(text)]
        assert [(m.span(), m.group("label"), m.group("body")) for m in _PEM_BLOCK.finditer(text)] == expected, text


# --- store records reused between scans --------------------------------------------------------------


def self_signed_pem(not_after: dt.datetime, name: str = "Test Root") -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_after - dt.timedelta(days=3650))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(Encoding.PEM)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dt.datetime]]:
    """Set the time the inventory and the lint see; the list's last item is "now"."""
    times = [dt.datetime.now(dt.UTC)]

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Clock:
            value = times[-1]
            return cls.fromtimestamp(value.timestamp(), tz)

    monkeypatch.setattr(inventory, "datetime", Clock)
    monkeypatch.setattr(lint, "datetime", Clock)
    yield times


def codes(path: Path) -> list[str]:
    store = read_file_store(StoreOrigin.ENVIRONMENT, "env:SSL_CERT_FILE", path, set())
    return [finding.code for entry in store.certificates for finding in entry.findings]


def test_reused_record_picks_up_expiry_warning(tmp_path: Path, clock: list[dt.datetime]) -> None:
    not_after = clock[0] + dt.timedelta(days=100)
    path = tmp_path / "root.pem"
    path.write_bytes(self_signed_pem(not_after))
    assert "expires-soon" not in codes(path)

    clock.append(not_after - dt.timedelta(days=90))

    assert "expires-soon" in codes(path)


def test_reused_record_follows_clock_set_back(tmp_path: Path, clock: list[dt.datetime]) -> None:
    not_after = clock[0] + dt.timedelta(days=10)
    path = tmp_path / "root.pem"
    path.write_bytes(self_signed_pem(not_after))
    clock.append(not_after + dt.timedelta(days=1))
    assert "expired" in codes(path)

    clock.append(clock[0])

    assert "expired" not in codes(path)


def test_rescan_reads_changed_file(tmp_path: Path) -> None:
    path = tmp_path / "roots.pem"
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1000)
    path.write_bytes(self_signed_pem(later, "First"))
    first = read_file_store(StoreOrigin.ENVIRONMENT, "env:SSL_CERT_FILE", path, set())
    path.write_bytes(self_signed_pem(later, "Second") + self_signed_pem(later, "Third"))

    second = read_file_store(StoreOrigin.ENVIRONMENT, "env:SSL_CERT_FILE", path, set())

    assert (first.certificate_count, second.certificate_count) == (1, 2)


def test_same_file_shares_record(tmp_path: Path) -> None:
    path = tmp_path / "roots.pem"
    path.write_bytes(self_signed_pem(dt.datetime.now(dt.UTC) + dt.timedelta(days=1000)))
    link = tmp_path / "link.pem"
    os.symlink(path, link)

    direct = read_file_store(StoreOrigin.ENVIRONMENT, "env:AWS_CA_BUNDLE", path, set())
    linked = read_file_store(StoreOrigin.ENVIRONMENT, "env:SSL_CERT_FILE", link, set())

    assert linked.certificates is direct.certificates
    assert (linked.name, linked.path) == ("env:SSL_CERT_FILE", link)


def test_folder_rescan_sees_new_file(tmp_path: Path) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1000)
    (tmp_path / "a.pem").write_bytes(self_signed_pem(later, "A"))
    first = read_folder_store(StoreOrigin.OS_ANCHORS, "anchors", tmp_path, set())
    (tmp_path / "b.pem").write_bytes(self_signed_pem(later, "B"))

    second = read_folder_store(StoreOrigin.OS_ANCHORS, "anchors", tmp_path, set())

    assert (first.certificate_count, second.certificate_count) == (1, 2)
