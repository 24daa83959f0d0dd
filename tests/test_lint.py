"""Each lint finding on a crafted certificate, and on the certificate files users hand in."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from trustdesk.certs.lint import (
    FINDING_CODES,
    PIP,
    PYTHON313,
    REQUESTS,
    Finding,
    Severity,
    lint_certificate,
    lint_certificates,
    lint_read_result,
    lint_summary,
)
from trustdesk.certs.reader import read_certificate_file

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
NOW = datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)


def codes(findings: list[Finding]) -> set[str]:
    return {finding.code for finding in findings}


def make_ca(
    *,
    name: str = "Lint Root",
    bc_critical: bool = True,
    key_usage: bool = True,
    ski: bool = True,
    days: int = 3650,
    start: datetime.datetime = NOW - datetime.timedelta(days=1),
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | None = None,
    algorithm: hashes.HashAlgorithm | None = None,
    serial: int = 1000,
    basic: bool = True,
) -> x509.Certificate:
    key = key or ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=days))
    )
    if basic:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=bc_critical)
    if key_usage:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    if ski:
        builder = builder.add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    return builder.sign(key, algorithm or hashes.SHA256())


def lint(certificate: x509.Certificate, **options: object) -> list[Finding]:
    return lint_certificate(certificate, now=NOW, **options)  # type: ignore[arg-type]


def test_good_ca_clean() -> None:
    assert lint(make_ca()) == []


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"bc_critical": False}, "ca-basic-constraints-not-critical"),
        ({"key_usage": False}, "ca-missing-key-usage"),
        ({"ski": False}, "ca-missing-subject-key-identifier"),
        ({"basic": False}, "ca-missing-basic-constraints"),
    ],
)
def test_strict_finding(options: dict[str, bool], code: str) -> None:
    findings = [finding for finding in lint(make_ca(**options)) if finding.code == code]  # type: ignore[arg-type]

    assert len(findings) == 1
    assert findings[0].severity is Severity.ERROR
    assert PYTHON313 in findings[0].tools


def test_weak_rsa_key() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)

    assert "weak-rsa-key" in codes(lint(make_ca(key=key)))


def test_unusual_curve() -> None:
    key = ec.generate_private_key(ec.SECP256K1())

    assert "unusual-curve" in codes(lint(make_ca(key=key)))


@pytest.mark.parametrize(
    ("start", "days", "code"),
    [
        (NOW - datetime.timedelta(days=100), 10, "expired"),
        (NOW + datetime.timedelta(days=10), 100, "not-yet-valid"),
        (NOW - datetime.timedelta(days=10), 40, "expires-soon"),
    ],
)
def test_validity(start: datetime.datetime, days: int, code: str) -> None:
    assert codes(lint(make_ca(start=start, days=days))) == {code}


def test_leaf_where_ca_expected() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "leaf")])
    leaf = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(5)
        .not_valid_before(NOW - datetime.timedelta(days=1))
        .not_valid_after(NOW + datetime.timedelta(days=200))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )

    assert "not-a-ca" in codes(lint(leaf))


def test_already_public() -> None:
    root = make_ca()

    findings = lint(root, public_roots=[root])

    assert codes(findings) == {"already-public"}
    assert findings[0].severity is Severity.INFO


def test_public_root_impostor() -> None:
    public = make_ca(name="Famous Public Root")
    impostor = make_ca(name="Famous Public Root")

    findings = [f for f in lint(impostor, public_roots=[public]) if f.code == "public-root-impostor"]

    assert findings[0].severity is Severity.ERROR


def test_intermediate_chain_context() -> None:
    certificates = read_certificate_file(CASES / "root_plus_intermediate.pem").certificates

    per_certificate = lint_certificates(certificates, now=NOW)

    assert all("intermediate-without-root" not in codes(findings) for findings in per_certificate)


def test_case_bc_noncritical() -> None:
    certificate = read_certificate_file(CASES / "ca_bc_noncritical.pem").certificates[0]

    finding = next(f for f in lint(certificate) if f.code == "ca-basic-constraints-not-critical")

    assert PYTHON313 in finding.tools
    assert REQUESTS in finding.tools
    assert PIP in finding.tools
    assert "boto3" not in finding.tools


def test_case_expired() -> None:
    certificate = read_certificate_file(CASES / "ca_expired.pem").certificates[0]

    assert "expired" in codes(lint_certificate(certificate))


def test_case_negative_serial() -> None:
    certificate = read_certificate_file(CASES / "ca_negative_serial.pem").certificates[0]

    assert "serial-not-positive" in codes(lint(certificate))


def test_case_intermediate_only() -> None:
    result = read_certificate_file(CASES / "intermediate_only.pem")

    findings = lint_read_result(result, now=NOW)[1]

    assert "intermediate-without-root" in codes(findings)


def test_summary_counts() -> None:
    soon = make_ca(start=NOW - datetime.timedelta(days=10), days=40)
    per_certificate = [lint(make_ca(bc_critical=False)), lint(make_ca()), lint(soon)]

    summary = lint_summary(per_certificate)

    assert summary.certificates == 3
    assert summary.failing_strict == 1
    assert summary.with_warnings == 1
    assert summary.by_code["ca-basic-constraints-not-critical"] == 1


def test_codes_are_kebab_case() -> None:
    for code in FINDING_CODES:
        assert code == code.lower().replace("_", "-").replace(" ", "-"), code
