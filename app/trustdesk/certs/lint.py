"""Lint organisation CA certificates: predict which tools will reject a chain to them, and why.

Each ``Finding`` has a stable kebab-case ``code`` that the GUI translates and the JSON output
keeps, a ``severity``, the ids of the tools it affects and ``facts`` for the message. There are no
user-facing sentences here; ``summary`` is English for logs only.

Codes, default severity and affected tools (ids in ``TOOLS``):

strict X.509 checks (OpenSSL's X509_V_FLAG_X509_STRICT; Python 3.13+ default contexts, urllib3 2.4+
and so requests and pip 26 on Python 3.13+; boto3, the AWS CLI, Node and curl do not set it):
    ca-basic-constraints-not-critical  error     STRICT_TOOLS
    ca-missing-key-usage               error     STRICT_TOOLS
    ca-missing-subject-key-identifier  error     STRICT_TOOLS
    missing-authority-key-identifier   error     STRICT_TOOLS  (not self-signed; absent or without keyIdentifier)
    authority-key-identifier-critical  error     OPENSSL_TOOLS (OpenSSL 3.0: unhandled critical extension)
    subject-key-identifier-critical    error     OPENSSL_TOOLS (OpenSSL 3.0: unhandled critical extension)
    path-length-without-key-cert-sign  error     STRICT_TOOLS
    key-cert-sign-on-non-ca            error     STRICT_TOOLS
    path-length-on-non-ca              error     STRICT_TOOLS
    empty-subject                      error     STRICT_TOOLS  (CA, cRLSign, or no subjectAltName)
    empty-subject-san-not-critical     error     STRICT_TOOLS
    empty-issuer                       error     STRICT_TOOLS
    empty-subject-alternative-name     error     STRICT_TOOLS
    signature-algorithm-mismatch       error     STRICT_TOOLS  (TBS and outer AlgorithmIdentifier differ)
    extensions-require-v3              error     STRICT_TOOLS
    ca-version-1                       error     STRICT_TOOLS  (self-signed v1 root)
    ca-missing-basic-constraints       error     STRICT_TOOLS for a self-signed root, OPENSSL_TOOLS otherwise
    ca-key-usage-without-key-cert-sign error     OPENSSL_TOOLS
weak cryptography:
    weak-signature-hash                error     OPENSSL_TOOLS (info and no tools on a self-signed root)
    weak-rsa-key                       error     PYTHON_TOOLS (Python 3.10+ asks OpenSSL for security level 2)
    unusual-curve                      warning   ALL_TOOLS
validity:
    expired                            error     ALL_TOOLS
    not-yet-valid                      error     ALL_TOOLS
    expires-soon                       warning   none (within ``EXPIRY_WARNING_DAYS``)
role:
    not-a-ca                           error     ALL_TOOLS (a leaf where a CA is expected)
    intermediate-without-root          warning   CHAIN_TO_ROOT_TOOLS
    already-public                     info      none (same SHA-256 as a public root)
    public-root-impostor               error     none (same subject as a public root, other key)
encoding:
    serial-not-positive                warning   none (cryptography warns and plans to reject it)
    serial-too-long                    warning   none (more than 20 octets, RFC 5280 4.1.2.2)
    duplicate-extension                error     none
    time-encoding-not-der              warning   none (RFC 5280 4.1.2.5: UTCTime through 2049)
    extensions-unparseable             warning   none

NOTE: the tool lists of ca-basic-constraints-not-critical, ca-missing-key-usage,
ca-missing-subject-key-identifier, ca-key-usage-without-key-cert-sign, expired,
missing-authority-key-identifier, authority-key-identifier-critical, key-cert-sign-on-non-ca,
empty-subject and empty-subject-san-not-critical are checked against real handshakes with Python
3.11 and 3.13 on OpenSSL 3.0. The others follow OpenSSL's x509_vfy.c and are not yet checked that way.
"""

from __future__ import annotations

import enum
import threading
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtensionOID, SignatureAlgorithmOID

from trustdesk.certs.details import is_self_signed, sha256_fingerprint
from trustdesk.certs.reader import ReadResult, der_children, parse_der_element

EXPIRY_WARNING_DAYS = 90
MIN_RSA_BITS = 2048


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# Stable tool ids, used in JSON output and translated by the GUI.
PYTHON312 = "python312"  # Python 3.12 and earlier: ssl.create_default_context without strict flags
PYTHON313 = "python313"  # Python 3.13+: create_default_context sets VERIFY_X509_STRICT and PARTIAL_CHAIN
REQUESTS = "requests"
URLLIB3 = "urllib3"
PIP = "pip"
BOTO3 = "boto3"
AWS_CLI = "aws-cli"
NODE = "node"
AWS_SDK_JS = "aws-sdk-js"
CURL = "curl"
GIT = "git"

TOOLS = (PYTHON312, PYTHON313, REQUESTS, URLLIB3, PIP, BOTO3, AWS_CLI, NODE, AWS_SDK_JS, CURL, GIT)
ALL_TOOLS = TOOLS
# urllib3 2.4+ copies Python 3.13's strict flags into its own contexts, so requests and pip 26
# (which vendors urllib3 2.x) reject the same chains when they run on Python 3.13+. botocore builds
# its contexts without those flags.
STRICT_TOOLS = (PYTHON313, REQUESTS, URLLIB3, PIP)
PYTHON_TOOLS = (PYTHON312, PYTHON313, REQUESTS, URLLIB3, PIP, BOTO3, AWS_CLI)
# Tools that verify with OpenSSL 3 (or Node's bundled OpenSSL), which rejects MD5 and SHA-1
# certificate signatures at its default security level 1.
OPENSSL_TOOLS = (PYTHON312, PYTHON313, REQUESTS, URLLIB3, PIP, BOTO3, AWS_CLI, NODE, AWS_SDK_JS, CURL, GIT)
# Tools whose default verification needs a self-signed root at the end of the chain: without
# VERIFY_X509_PARTIAL_CHAIN, a trusted intermediate alone is not enough.
CHAIN_TO_ROOT_TOOLS = (PYTHON312, BOTO3, AWS_CLI, NODE, AWS_SDK_JS, CURL, GIT)

_COMMON_CURVES = {"secp256r1", "secp384r1", "secp521r1"}
_WEAK_HASH_SIGNATURES = {
    SignatureAlgorithmOID.RSA_WITH_MD5: "MD5",
    SignatureAlgorithmOID.RSA_WITH_SHA1: "SHA-1",
    SignatureAlgorithmOID._RSA_WITH_SHA1: "SHA-1",
    SignatureAlgorithmOID.ECDSA_WITH_SHA1: "SHA-1",
    SignatureAlgorithmOID.DSA_WITH_SHA1: "SHA-1",
}
_WEAK_HASH_DOTTED = {"1.2.840.113549.1.1.2": "MD2", "1.2.840.113549.1.1.3": "MD4"}


@dataclass(frozen=True)
class Finding:
    """One problem found on a certificate. ``facts`` holds plain strings for the message."""

    code: str
    severity: Severity
    tools: tuple[str, ...]
    facts: Mapping[str, str] = field(default_factory=dict)
    summary: str = ""


# code -> (default severity, affected tools, English summary for logs with {fact} fields)
_RULES: dict[str, tuple[Severity, tuple[str, ...], str]] = {
    "ca-basic-constraints-not-critical": (Severity.ERROR, STRICT_TOOLS, "basicConstraints of a CA is not critical"),
    "ca-missing-key-usage": (Severity.ERROR, STRICT_TOOLS, "CA certificate has no keyUsage"),
    "ca-missing-subject-key-identifier": (Severity.ERROR, STRICT_TOOLS, "CA certificate has no Subject Key Identifier"),
    "missing-authority-key-identifier": (
        Severity.ERROR,
        STRICT_TOOLS,
        "Authority Key Identifier missing or without keyIdentifier ({reason})",
    ),
    # OpenSSL 3.0 rejects a critical AKI or SKI as an unhandled critical extension even without the
    # strict flag (seen in the handshake tests with OpenSSL 3.0.19); the strict check adds nothing.
    "authority-key-identifier-critical": (Severity.ERROR, OPENSSL_TOOLS, "Authority Key Identifier is critical"),
    "subject-key-identifier-critical": (Severity.ERROR, OPENSSL_TOOLS, "Subject Key Identifier is critical"),
    "path-length-without-key-cert-sign": (Severity.ERROR, STRICT_TOOLS, "pathLenConstraint without keyCertSign"),
    "key-cert-sign-on-non-ca": (Severity.ERROR, STRICT_TOOLS, "keyCertSign on a certificate that is not a CA"),
    "path-length-on-non-ca": (Severity.ERROR, STRICT_TOOLS, "pathLenConstraint on a certificate that is not a CA"),
    "empty-subject": (Severity.ERROR, STRICT_TOOLS, "subject is empty"),
    "empty-subject-san-not-critical": (
        Severity.ERROR,
        STRICT_TOOLS,
        "subject is empty and subjectAltName is not critical",
    ),
    "empty-issuer": (Severity.ERROR, STRICT_TOOLS, "issuer is empty"),
    "empty-subject-alternative-name": (Severity.ERROR, STRICT_TOOLS, "subjectAltName has no names"),
    "signature-algorithm-mismatch": (
        Severity.ERROR,
        STRICT_TOOLS,
        "signature algorithm inside the signed part differs from the outer one",
    ),
    "extensions-require-v3": (Severity.ERROR, STRICT_TOOLS, "version {version} certificate with extensions"),
    "ca-version-1": (Severity.ERROR, STRICT_TOOLS, "version 1 root CA, without basicConstraints"),
    "ca-missing-basic-constraints": (Severity.ERROR, OPENSSL_TOOLS, "CA certificate without basicConstraints"),
    "ca-key-usage-without-key-cert-sign": (Severity.ERROR, OPENSSL_TOOLS, "CA keyUsage lacks keyCertSign"),
    "weak-signature-hash": (Severity.ERROR, OPENSSL_TOOLS, "signed with {hash}"),
    "weak-rsa-key": (Severity.ERROR, PYTHON_TOOLS, "RSA key of {bits} bits"),
    "unusual-curve": (Severity.WARNING, ALL_TOOLS, "unusual key type {curve}"),
    "expired": (Severity.ERROR, ALL_TOOLS, "expired on {not_after}"),
    "not-yet-valid": (Severity.ERROR, ALL_TOOLS, "valid only from {not_before}"),
    "expires-soon": (Severity.WARNING, (), "expires in {days} days, on {not_after}"),
    "not-a-ca": (Severity.ERROR, ALL_TOOLS, "not a CA certificate ({reason})"),
    "intermediate-without-root": (Severity.WARNING, CHAIN_TO_ROOT_TOOLS, "intermediate without its root {issuer}"),
    "already-public": (Severity.INFO, (), "already among the public roots"),
    "public-root-impostor": (
        Severity.ERROR,
        (),
        "same subject as the public root {public_sha256} but a different key",
    ),
    "serial-not-positive": (Severity.WARNING, (), "serial number {serial} is not positive"),
    "serial-too-long": (Severity.WARNING, (), "serial number is {octets} octets long"),
    "duplicate-extension": (Severity.ERROR, (), "extension {oid} appears more than once"),
    "time-encoding-not-der": (Severity.WARNING, (), "{field} is encoded as {encoding} for year {year}"),
    "extensions-unparseable": (Severity.WARNING, (), "extensions cannot be parsed: {error}"),
}

FINDING_CODES: Mapping[str, Severity] = {code: rule[0] for code, rule in _RULES.items()}


def make_finding(
    code: str, *, severity: Severity | None = None, tools: tuple[str, ...] | None = None, **facts: str
) -> Finding:
    """Build a finding for ``code`` with its default severity and tools unless overridden."""
    default_severity, default_tools, template = _RULES[code]
    return Finding(
        code,
        severity or default_severity,
        default_tools if tools is None else tools,
        dict(facts),
        template.format_map(_Missing(facts)),
    )


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


# --- Raw DER facts that cryptography has no API for ----------------------------------------------


@dataclass(frozen=True)
class _RawExtension:
    oid: str
    critical: bool
    value: bytes


@dataclass(frozen=True)
class _RawCertificate:
    version: int
    serial_octets: int
    times: tuple[tuple[str, int, int], ...]  # (field, tag, year)
    extensions: tuple[_RawExtension, ...]
    signature_algorithms_equal: bool


def _oid_text(encoded: bytes) -> str:
    first, rest = divmod(encoded[0], 40) if encoded[0] < 80 else (2, encoded[0] - 80)
    numbers = [first, rest]
    value = 0
    for byte in encoded[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            numbers.append(value)
            value = 0
    return ".".join(str(number) for number in numbers)


def _raw_certificate(der: bytes) -> _RawCertificate | None:
    """Walk the DER of a certificate for the time encodings, raw extensions and algorithm fields.

    cryptography exposes only the decoded times, rejects certificates with duplicate extensions at
    ``extensions`` access and does not show the signature AlgorithmIdentifier inside the TBS, so
    those facts are read here. Returns None when the DER is not the expected shape.
    """
    try:
        outer = parse_der_element(der)
        tbs, outer_algorithm, _ = der_children(der, outer)
        fields = der_children(der, tbs)
        version = 1
        if fields[0].tag == 0xA0:
            version_element = der_children(der, fields[0])[0]
            version = int.from_bytes(der[version_element.content_start : version_element.end], "big") + 1
            fields = fields[1:]
        serial, inner_algorithm, _, validity = fields[:4]

        times: list[tuple[str, int, int]] = []
        for name, element in zip(("not_before", "not_after"), der_children(der, validity), strict=False):
            digits = der[element.content_start : element.end]
            if element.tag == 0x17:
                year = int(digits[:2])
                times.append((name, element.tag, 1900 + year if year >= 50 else 2000 + year))
            elif element.tag == 0x18:
                times.append((name, element.tag, int(digits[:4])))

        extensions: list[_RawExtension] = []
        for element in fields[6:]:
            if element.tag != 0xA3:
                continue
            for extension in der_children(der, der_children(der, element)[0]):
                parts = der_children(der, extension)
                critical = len(parts) == 3 and der[parts[1].content_start : parts[1].end] != b"\x00"
                value = parts[-1]
                extensions.append(
                    _RawExtension(
                        _oid_text(der[parts[0].content_start : parts[0].end]),
                        critical,
                        der[value.content_start : value.end],
                    )
                )
    except (ValueError, IndexError):
        return None
    return _RawCertificate(
        version,
        serial.end - serial.content_start,
        tuple(times),
        tuple(extensions),
        der[inner_algorithm.start : inner_algorithm.end] == der[outer_algorithm.start : outer_algorithm.end],
    )


def _raw_basic_constraints(value: bytes) -> tuple[bool, bool]:
    """Return (cA, pathLenConstraint present) from a basicConstraints value cryptography rejected."""
    try:
        sequence = parse_der_element(value)
        children = der_children(value, sequence)
    except ValueError:
        return False, False
    ca = any(child.tag == 0x01 and value[child.content_start : child.end] != b"\x00" for child in children)
    return ca, any(child.tag == 0x02 for child in children)


# --- Lint -------------------------------------------------------------------------------------------


class _SelfSigned:
    """``details.is_self_signed(certificate)``, computed on first use and then kept.

    Verifying a root's own signature is the costliest step of a lint: about 0.55 ms for a P-384
    root and 0.1 ms for RSA-4096 with cryptography 50, which holds the GIL while it runs. Only a
    few findings depend on it: a missing or key-less Authority Key Identifier, a weak signature
    hash, a missing basicConstraints, and an unknown issuer. The checks below ask for it only in
    those cases, so the answer, and every finding, is the same as with the check done up front.
    """

    __slots__ = ("_certificate", "_value")

    def __init__(self, certificate: x509.Certificate) -> None:
        self._certificate = certificate
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = is_self_signed(self._certificate)
        return self._value


def lint_certificate(
    certificate: x509.Certificate,
    *,
    expected_ca: bool = True,
    public_roots: Sequence[x509.Certificate] | None = None,
    now: datetime | None = None,
    issuer_known: bool | None = None,
) -> list[Finding]:
    """Return the findings for one certificate, most severe first.

    ``expected_ca`` says the certificate is meant to be trusted as a CA (an organisation root or
    intermediate). ``public_roots`` are the roots tools already trust (certifi's, typically).
    ``issuer_known`` says whether the issuer of a certificate that is not self-signed is available
    (in the same set or among ``public_roots``); None lets ``public_roots`` decide.
    The strict checks are those OpenSSL applies to every certificate of a chain of two or more.
    """
    now = now or datetime.now(UTC)
    findings: list[Finding] = []
    with warnings.catch_warnings():
        # Negative serial numbers and other oddities warn on access; they become findings instead.
        warnings.simplefilter("ignore")
        der = certificate.public_bytes(Encoding.DER)
        raw = _raw_certificate(der)
        self_signed = _SelfSigned(certificate)
        findings += _structure_findings(certificate, raw, expected_ca, self_signed)
        findings += _crypto_findings(certificate, self_signed)
        findings += _validity_findings(certificate, now)
        findings += _role_findings(certificate, self_signed, public_roots, issuer_known)
        findings += _encoding_findings(certificate, raw)

    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(findings, key=lambda finding: order[finding.severity])


def _structure_findings(
    certificate: x509.Certificate, raw: _RawCertificate | None, expected_ca: bool, self_signed: _SelfSigned
) -> list[Finding]:
    findings: list[Finding] = []
    try:
        extensions: x509.Extensions | None = certificate.extensions
    except (ValueError, x509.DuplicateExtension, x509.UnsupportedGeneralNameType) as error:
        extensions = None
        findings.append(make_finding("extensions-unparseable", error=str(error)))

    def get(oid: x509.ObjectIdentifier) -> x509.Extension[x509.ExtensionType] | None:
        if extensions is None:
            return None
        try:
            return extensions.get_extension_for_oid(oid)
        except x509.ExtensionNotFound:
            return None

    raw_extensions = {extension.oid: extension for extension in raw.extensions} if raw else {}
    basic = get(ExtensionOID.BASIC_CONSTRAINTS)
    key_usage = get(ExtensionOID.KEY_USAGE)
    ski = get(ExtensionOID.SUBJECT_KEY_IDENTIFIER)
    aki = get(ExtensionOID.AUTHORITY_KEY_IDENTIFIER)
    san = get(ExtensionOID.SUBJECT_ALTERNATIVE_NAME)

    if basic is not None and isinstance(basic.value, x509.BasicConstraints):
        is_ca, has_path_length = basic.value.ca, basic.value.path_length is not None
    elif ExtensionOID.BASIC_CONSTRAINTS.dotted_string in raw_extensions:
        is_ca, has_path_length = _raw_basic_constraints(
            raw_extensions[ExtensionOID.BASIC_CONSTRAINTS.dotted_string].value
        )
    else:
        is_ca, has_path_length = False, False
    has_basic = basic is not None or ExtensionOID.BASIC_CONSTRAINTS.dotted_string in raw_extensions
    key_cert_sign = (
        key_usage is not None and isinstance(key_usage.value, x509.KeyUsage) and key_usage.value.key_cert_sign
    )
    version = raw.version if raw else (1 if certificate.version is x509.Version.v1 else 3)

    if is_ca and basic is not None and not basic.critical:
        findings.append(make_finding("ca-basic-constraints-not-critical"))
    if is_ca and key_usage is None and extensions is not None:
        findings.append(make_finding("ca-missing-key-usage"))
    if is_ca and key_usage is not None and not key_cert_sign:
        findings.append(make_finding("ca-key-usage-without-key-cert-sign"))
    if is_ca and ski is None and extensions is not None and version >= 3:
        findings.append(make_finding("ca-missing-subject-key-identifier"))
    if has_path_length and not is_ca:
        findings.append(make_finding("path-length-on-non-ca"))
    if has_path_length and is_ca and not key_cert_sign:
        findings.append(make_finding("path-length-without-key-cert-sign"))
    if key_cert_sign and has_basic and not is_ca:
        findings.append(make_finding("key-cert-sign-on-non-ca"))

    if expected_ca and not has_basic and extensions is not None:
        if version == 1 and not raw_extensions and self_signed:
            findings.append(make_finding("ca-version-1"))
        else:
            # A root trust anchor passes OpenSSL's default check with keyCertSign alone; only the
            # strict check requires basicConstraints there. An intermediate always needs it.
            tools = STRICT_TOOLS if key_cert_sign and self_signed else OPENSSL_TOOLS
            findings.append(make_finding("ca-missing-basic-constraints", tools=tools))
    if expected_ca and has_basic and not is_ca:
        findings.append(make_finding("not-a-ca", reason="basicConstraints cA is false"))

    # self_signed is asked last: it costs a signature check (see _SelfSigned).
    if version >= 3:
        if aki is None and extensions is not None:
            if not self_signed:
                findings.append(make_finding("missing-authority-key-identifier", reason="absent"))
        elif (
            aki is not None
            and isinstance(aki.value, x509.AuthorityKeyIdentifier)
            and aki.value.key_identifier is None
            and not self_signed
        ):
            findings.append(make_finding("missing-authority-key-identifier", reason="no keyIdentifier"))
    if aki is not None and aki.critical:
        findings.append(make_finding("authority-key-identifier-critical"))
    if ski is not None and ski.critical:
        findings.append(make_finding("subject-key-identifier-critical"))

    subject_empty = len(certificate.subject) == 0
    crl_sign = key_usage is not None and isinstance(key_usage.value, x509.KeyUsage) and key_usage.value.crl_sign
    if subject_empty and (is_ca or crl_sign or san is None):
        findings.append(make_finding("empty-subject"))
    if subject_empty and san is not None and not san.critical:
        findings.append(make_finding("empty-subject-san-not-critical"))
    if len(certificate.issuer) == 0:
        findings.append(make_finding("empty-issuer"))
    if san is not None and isinstance(san.value, x509.SubjectAlternativeName) and len(san.value) == 0:
        findings.append(make_finding("empty-subject-alternative-name"))

    if raw is not None and not raw.signature_algorithms_equal:
        findings.append(make_finding("signature-algorithm-mismatch"))
    if raw is not None and raw.version < 3 and raw.extensions:
        findings.append(make_finding("extensions-require-v3", version=str(raw.version)))
    return findings


def _crypto_findings(certificate: x509.Certificate, self_signed: _SelfSigned) -> list[Finding]:
    findings: list[Finding] = []
    oid = certificate.signature_algorithm_oid
    weak_hash = _WEAK_HASH_SIGNATURES.get(oid) or _WEAK_HASH_DOTTED.get(oid.dotted_string)
    if weak_hash is not None:
        if self_signed:
            # OpenSSL does not check the signature of a trust anchor, so the hash does no harm there.
            findings.append(make_finding("weak-signature-hash", severity=Severity.INFO, tools=(), hash=weak_hash))
        else:
            findings.append(make_finding("weak-signature-hash", hash=weak_hash))

    try:
        key = certificate.public_key()
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        findings.append(make_finding("unusual-curve", curve=f"unsupported ({error})"))
        return findings
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        findings.append(make_finding("weak-rsa-key", bits=str(key.key_size)))
    elif isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name not in _COMMON_CURVES:
        findings.append(make_finding("unusual-curve", curve=key.curve.name))
    elif isinstance(key, dsa.DSAPublicKey):
        findings.append(make_finding("unusual-curve", curve="DSA"))
    elif not isinstance(
        key, (rsa.RSAPublicKey, ec.EllipticCurvePublicKey, ed25519.Ed25519PublicKey, ed448.Ed448PublicKey)
    ):
        findings.append(make_finding("unusual-curve", curve=type(key).__name__))
    return findings


def _validity_findings(certificate: x509.Certificate, now: datetime) -> list[Finding]:
    not_before = certificate.not_valid_before_utc
    not_after = certificate.not_valid_after_utc
    if now > not_after:
        return [make_finding("expired", not_after=not_after.isoformat())]
    if now < not_before:
        return [make_finding("not-yet-valid", not_before=not_before.isoformat())]
    remaining = not_after - now
    if remaining <= timedelta(days=EXPIRY_WARNING_DAYS):
        return [make_finding("expires-soon", days=str(remaining.days), not_after=not_after.isoformat())]
    return []


# Later than any certificate's notAfter: findings of an expired certificate never change again.
_NEVER = datetime.max.replace(tzinfo=UTC)
_ONE_MICROSECOND = timedelta(microseconds=1)


def _validity_until(certificate: x509.Certificate, now: datetime) -> datetime:
    """Return the first instant after ``now`` at which ``_validity_findings`` may return other findings.

    ``_validity_findings(certificate, t)`` equals ``_validity_findings(certificate, now)`` for every
    ``t`` with ``now <= t < until``; the bounds follow its comparisons one by one (datetime counts in
    microseconds, so "t <= x" is "t < x + 1 microsecond").
    """
    not_before = certificate.not_valid_before_utc
    not_after = certificate.not_valid_after_utc
    if now > not_after:
        return _NEVER
    if now < not_before:
        return not_before
    remaining = not_after - now
    if remaining <= timedelta(days=EXPIRY_WARNING_DAYS):
        # "days" stays the same while remaining >= days, and "expired" starts after not_after.
        return not_after - timedelta(days=remaining.days) + _ONE_MICROSECOND
    return not_after - timedelta(days=EXPIRY_WARNING_DAYS)


def _role_findings(
    certificate: x509.Certificate,
    self_signed: _SelfSigned,
    public_roots: Sequence[x509.Certificate] | None,
    issuer_known: bool | None,
) -> list[Finding]:
    findings: list[Finding] = []
    roots = public_roots or ()
    # Without public roots neither finding below can apply, so the fingerprints are not computed.
    fingerprint = sha256_fingerprint(certificate) if roots else ""
    public_fingerprints = {sha256_fingerprint(root) for root in roots}
    if fingerprint in public_fingerprints:
        findings.append(make_finding("already-public", sha256=fingerprint))
    else:
        for root in roots:
            if root.subject == certificate.subject and _spki(root) != _spki(certificate):
                findings.append(
                    make_finding(
                        "public-root-impostor",
                        public_sha256=sha256_fingerprint(root),
                        subject=root.subject.rfc4514_string(),
                    )
                )
                break

    # An issuer known to be present settles it without the signature check.
    if issuer_known is not True and not self_signed:
        known = issuer_known if issuer_known is not None else any(root.subject == certificate.issuer for root in roots)
        if not known:
            findings.append(make_finding("intermediate-without-root", issuer=certificate.issuer.rfc4514_string()))
    return findings


def _spki(certificate: x509.Certificate) -> bytes:
    """Return the DER SubjectPublicKeyInfo, read raw so that key types cryptography cannot load compare too."""
    der = certificate.public_bytes(Encoding.DER)
    try:
        outer = parse_der_element(der)
        fields = der_children(der, der_children(der, outer)[0])
        if fields[0].tag == 0xA0:
            fields = fields[1:]
        key = fields[5]
    except (ValueError, IndexError):
        return der
    return der[key.start : key.end]


def _encoding_findings(certificate: x509.Certificate, raw: _RawCertificate | None) -> list[Finding]:
    findings: list[Finding] = []
    serial = certificate.serial_number
    if serial <= 0:
        findings.append(make_finding("serial-not-positive", serial=str(serial)))
    if raw is not None and raw.serial_octets > 20:
        findings.append(make_finding("serial-too-long", octets=str(raw.serial_octets)))
    if raw is None:
        return findings

    seen: set[str] = set()
    for extension in raw.extensions:
        if extension.oid in seen:
            findings.append(make_finding("duplicate-extension", oid=extension.oid))
        seen.add(extension.oid)
    for name, tag, year in raw.times:
        if tag == 0x17 and year >= 2050:
            findings.append(make_finding("time-encoding-not-der", field=name, encoding="UTCTime", year=str(year)))
        elif tag == 0x18 and year < 2050:
            findings.append(
                make_finding("time-encoding-not-der", field=name, encoding="GeneralizedTime", year=str(year))
            )
    return findings


# --- Sets and summaries ------------------------------------------------------------------------


def lint_certificates(
    certificates: Sequence[x509.Certificate],
    *,
    expected_ca: bool = True,
    public_roots: Sequence[x509.Certificate] | None = None,
    now: datetime | None = None,
) -> list[list[Finding]]:
    """Lint each certificate of a set, in order; an issuer inside the set counts as known."""
    subjects = {certificate.subject for certificate in certificates}
    subjects |= {root.subject for root in public_roots or ()}
    return [
        lint_certificate(
            certificate,
            expected_ca=expected_ca,
            public_roots=public_roots,
            now=now,
            issuer_known=certificate.issuer in subjects,
        )
        for certificate in certificates
    ]


def lint_read_result(
    result: ReadResult,
    *,
    expected_ca: bool = True,
    public_roots: Sequence[x509.Certificate] | None = None,
    now: datetime | None = None,
) -> dict[int, list[Finding]]:
    """Lint the certificates of a read file with the file as chain context; keys are block indexes."""
    blocks = [block for block in result.blocks if block.certificate is not None]
    per_certificate = lint_certificates(
        [block.certificate for block in blocks if block.certificate is not None],
        expected_ca=expected_ca,
        public_roots=public_roots,
        now=now,
    )
    return {block.index: findings for block, findings in zip(blocks, per_certificate, strict=True)}


@dataclass(frozen=True)
class LintSummary:
    """Counts over a set of certificates, for lines such as "12 roots here fail strict verification"."""

    certificates: int
    with_errors: int
    with_warnings: int
    # Certificates with at least one error finding that names Python 3.13.
    failing_strict: int
    by_code: Mapping[str, int]
    by_tool: Mapping[str, int]


def lint_summary(findings_per_certificate: Iterable[Sequence[Finding]]) -> LintSummary:
    """Count certificates per severity, per code and per affected tool (each certificate once)."""
    total = errors = warnings_count = strict = 0
    by_code: Counter[str] = Counter()
    by_tool: Counter[str] = Counter()
    for findings in findings_per_certificate:
        total += 1
        errors += any(finding.severity is Severity.ERROR for finding in findings)
        warnings_count += any(finding.severity is Severity.WARNING for finding in findings)
        strict += any(finding.severity is Severity.ERROR and PYTHON313 in finding.tools for finding in findings)
        by_code.update({finding.code for finding in findings})
        by_tool.update({tool for finding in findings if finding.severity is Severity.ERROR for tool in finding.tools})
    return LintSummary(total, errors, warnings_count, strict, dict(by_code), dict(by_tool))


# --- Certificates of trust stores, linted once per fingerprint ---------------------------------------

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
# Findings that depend on the current time; they are recomputed at each call instead of cached.
_VALIDITY_CODES = frozenset({"expired", "not-yet-valid", "expires-soon"})
# Enough for every distinct root of the OS, certifi, botocore and a few organisation bundles.
_ANCHOR_CACHE_SIZE = 4096
_anchor_cache: dict[str, tuple[Finding, ...]] = {}
_anchor_cache_lock = threading.Lock()


def lint_trust_anchor(
    certificate: x509.Certificate, fingerprint: str | None = None, now: datetime | None = None
) -> list[Finding]:
    """Lint a certificate kept in a trust store: expected to be a CA, its issuer taken as known.

    Returns the findings of ``lint_certificate(certificate, issuer_known=True, now=now)``, most severe
    first (the order within one severity may differ). The
    time-independent findings are cached by SHA-256 fingerprint for the life of the process, because
    one root sits in several stores (the OS bundle, certifi, botocore, every file a variable names)
    and a store scan runs again on each refresh. The validity findings are recomputed at each call.
    """
    return list(trust_anchor_findings(certificate, fingerprint, now)[0])


def trust_anchor_findings(
    certificate: x509.Certificate, fingerprint: str | None = None, now: datetime | None = None
) -> tuple[tuple[Finding, ...], datetime]:
    """Return ``lint_trust_anchor(certificate, fingerprint, now)`` and the instant it stops holding.

    The findings stay the same from ``now`` up to, not including, the instant returned: the next
    time a validity finding appears, disappears or changes its day count. A caller may keep them
    until then instead of linting again.
    """
    now = now or datetime.now(UTC)
    key = fingerprint or sha256_fingerprint(certificate)
    with _anchor_cache_lock:
        cached = _anchor_cache.get(key)
    if cached is None:
        findings = lint_certificate(certificate, issuer_known=True, now=now)
        cached = tuple(finding for finding in findings if finding.code not in _VALIDITY_CODES)
        with _anchor_cache_lock:
            if len(_anchor_cache) >= _ANCHOR_CACHE_SIZE:
                _anchor_cache.pop(next(iter(_anchor_cache)))
            _anchor_cache[key] = cached

    validity = _validity_findings(certificate, now)
    if not validity:
        # Already most severe first, as lint_certificate sorted them.
        return cached, _validity_until(certificate, now)
    ordered = tuple(sorted([*cached, *validity], key=lambda finding: _SEVERITY_ORDER[finding.severity]))
    return ordered, _validity_until(certificate, now)


def clear_trust_anchor_cache() -> None:
    """Forget every cached finding; benchmarks call it to measure a cold scan."""
    with _anchor_cache_lock:
        _anchor_cache.clear()
