"""Lint findings in plain, translated words: what is wrong, which tools it breaks, what to ask IT for.

The linter (``trustdesk.certs.lint``) returns codes and facts only; this module turns each code of
``FINDING_CODES`` into sentences for the window and the command line. Only QtCore is used, so the
command line can print the same text without a display.

Each entry of ``_TEXTS`` lists the facts that fill ``%1``, ``%2`` … in order; a fact the finding
lacks is shown as "?" so that no placeholder is ever left in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from trustdesk.certs.details import group_fingerprint
from trustdesk.certs.lint import (
    ALL_TOOLS,
    AWS_CLI,
    AWS_SDK_JS,
    BOTO3,
    CURL,
    GIT,
    NODE,
    PIP,
    PYTHON312,
    PYTHON313,
    REQUESTS,
    URLLIB3,
    Finding,
    Severity,
)
from trustdesk.gui.messages import fill

translate = QCoreApplication.translate

_Text = Callable[[], str]


@dataclass(frozen=True)
class FindingText:
    """One finding in words: severity name, message, affected tools and the advice."""

    severity: str
    message: str
    tools: str
    advice: str


# code -> (message, what to ask IT for, facts that fill %1, %2 … in both)
_TEXTS: dict[str, tuple[_Text, _Text, tuple[str, ...]]] = {
    "ca-basic-constraints-not-critical": (
        lambda: translate(
            "Findings",
            "Its basic constraints are not marked critical. Strict certificate checks reject every "
            "connection that depends on this certificate.",
        ),
        lambda: translate(
            "Findings", "Ask your IT helpdesk to reissue the certificate with its basic constraints marked critical."
        ),
        (),
    ),
    "ca-missing-key-usage": (
        lambda: translate(
            "Findings",
            "This certificate authority has no key usage. Strict certificate checks reject every "
            "connection that depends on it.",
        ),
        lambda: translate(
            "Findings",
            "Ask your IT helpdesk to reissue the certificate with a key usage that allows signing "
            "certificates (keyCertSign).",
        ),
        (),
    ),
    "ca-missing-subject-key-identifier": (
        lambda: translate(
            "Findings",
            "This certificate authority has no Subject Key Identifier. Strict certificate checks reject "
            "every connection that depends on it.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk to reissue the certificate with a Subject Key Identifier."),
        (),
    ),
    "missing-authority-key-identifier": (
        lambda: translate(
            "Findings",
            "It does not name the key of the certificate that issued it (Authority Key Identifier). "
            "Strict certificate checks reject it.",
        ),
        lambda: translate(
            "Findings", "Ask your IT helpdesk to reissue the certificate with an Authority Key Identifier."
        ),
        (),
    ),
    "authority-key-identifier-critical": (
        lambda: translate(
            "Findings",
            "Its Authority Key Identifier is marked critical, which the standard does not allow. "
            "Tools that use OpenSSL reject it.",
        ),
        lambda: translate(
            "Findings",
            "Ask your IT helpdesk to reissue the certificate with the Authority Key Identifier not marked critical.",
        ),
        (),
    ),
    "subject-key-identifier-critical": (
        lambda: translate(
            "Findings",
            "Its Subject Key Identifier is marked critical, which the standard does not allow. "
            "Tools that use OpenSSL reject it.",
        ),
        lambda: translate(
            "Findings",
            "Ask your IT helpdesk to reissue the certificate with the Subject Key Identifier not marked critical.",
        ),
        (),
    ),
    "path-length-without-key-cert-sign": (
        lambda: translate(
            "Findings",
            "It limits the length of the certificate chain but is not allowed to sign certificates "
            "(no keyCertSign). Strict certificate checks reject it.",
        ),
        lambda: translate(
            "Findings", "Ask your IT helpdesk to reissue the certificate with keyCertSign in its key usage."
        ),
        (),
    ),
    "key-cert-sign-on-non-ca": (
        lambda: translate(
            "Findings",
            "Its key usage allows signing certificates, but it is not marked as a certificate authority. "
            "Strict certificate checks reject it.",
        ),
        lambda: translate(
            "Findings",
            "Ask your IT helpdesk to reissue it either as a certificate authority or without keyCertSign.",
        ),
        (),
    ),
    "path-length-on-non-ca": (
        lambda: translate(
            "Findings",
            "It limits the length of the certificate chain although it is not a certificate authority. "
            "Strict certificate checks reject it.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk to reissue the certificate without the path length limit."),
        (),
    ),
    "empty-subject": (
        lambda: translate(
            "Findings", "Its subject (the \u201cIssued to\u201d name) is empty. Strict certificate checks reject it."
        ),
        lambda: translate("Findings", "Ask your IT helpdesk to reissue the certificate with a subject name."),
        (),
    ),
    "empty-subject-san-not-critical": (
        lambda: translate(
            "Findings",
            "Its subject is empty and its alternative names are not marked critical. Strict certificate "
            "checks reject it.",
        ),
        lambda: translate(
            "Findings",
            "Ask your IT helpdesk to reissue the certificate with a subject name, or with its alternative "
            "names marked critical.",
        ),
        (),
    ),
    "empty-issuer": (
        lambda: translate(
            "Findings", "Its issuer (the \u201cIssued by\u201d name) is empty. Strict certificate checks reject it."
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for a correctly issued certificate."),
        (),
    ),
    "empty-subject-alternative-name": (
        lambda: translate(
            "Findings",
            "It has a list of alternative names, but the list is empty. Strict certificate checks reject it.",
        ),
        lambda: translate(
            "Findings", "Ask your IT helpdesk to reissue the certificate without the empty list of alternative names."
        ),
        (),
    ),
    "signature-algorithm-mismatch": (
        lambda: translate(
            "Findings",
            "It names two different signature algorithms, one inside and one outside its signed part. "
            "Strict certificate checks reject it.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for a correctly issued certificate."),
        (),
    ),
    "extensions-require-v3": (
        lambda: translate(
            "Findings",
            "It is a version %1 certificate with extensions, which only version 3 allows. Strict "
            "certificate checks reject it.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk to reissue it as a version 3 certificate."),
        ("version",),
    ),
    "ca-version-1": (
        lambda: translate(
            "Findings",
            "It is an old version 1 root certificate without basic constraints. Strict certificate checks "
            "do not accept it as a certificate authority.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for a current (version 3) organisation root certificate."),
        (),
    ),
    "ca-missing-basic-constraints": (
        lambda: translate(
            "Findings",
            "It has no basic constraints, so tools cannot tell that it is a certificate authority.",
        ),
        lambda: translate(
            "Findings",
            "Ask your IT helpdesk to reissue the certificate with basic constraints that mark it as a "
            "certificate authority, marked critical.",
        ),
        (),
    ),
    "ca-key-usage-without-key-cert-sign": (
        lambda: translate(
            "Findings",
            "Its key usage does not allow signing certificates (keyCertSign), so tools do not accept it as "
            "a certificate authority.",
        ),
        lambda: translate(
            "Findings", "Ask your IT helpdesk to reissue the certificate with keyCertSign in its key usage."
        ),
        (),
    ),
    "weak-signature-hash": (
        lambda: translate("Findings", "It is signed with %1, a method that is no longer considered secure."),
        lambda: translate("Findings", "Ask your IT helpdesk for a certificate signed with SHA-256 or stronger."),
        ("hash",),
    ),
    "weak-rsa-key": (
        lambda: translate(
            "Findings", "Its RSA key has only %1 bits. Python tools require at least 2048 bits and reject it."
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for a certificate with an RSA key of 2048 bits or more."),
        ("bits",),
    ),
    "unusual-curve": (
        lambda: translate("Findings", "Its key type (%1) is unusual. Some tools may not support it."),
        lambda: translate(
            "Findings", "Ask your IT helpdesk whether the certificate is also available with an RSA or P-256 key."
        ),
        ("curve",),
    ),
    "expired": (
        lambda: translate(
            "Findings",
            "This certificate expired on %1. Tools reject every connection that depends on it.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for the current organisation root certificate."),
        ("not_after",),
    ),
    "not-yet-valid": (
        lambda: translate(
            "Findings",
            "This certificate is valid only from %1. Tools reject connections that depend on it until then.",
        ),
        lambda: translate(
            "Findings",
            "Check that your computer's date and time are right. If they are, ask your IT helpdesk when the "
            "certificate takes effect.",
        ),
        ("not_before",),
    ),
    "expires-soon": (
        lambda: translate("Findings", "This certificate expires in %1 days, on %2."),
        lambda: translate("Findings", "Ask your IT helpdesk for its replacement before it expires."),
        ("days", "not_after"),
    ),
    "not-a-ca": (
        lambda: translate(
            "Findings",
            "This is not a certificate authority, so it cannot make other connections trusted.",
        ),
        lambda: translate(
            "Findings",
            "Ask your IT helpdesk for the organisation root certificate instead of this server certificate.",
        ),
        (),
    ),
    "intermediate-without-root": (
        lambda: translate(
            "Findings",
            "This is an intermediate certificate and its root certificate is missing. Trusting only the "
            "intermediate certificate fails in many tools.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for the root certificate that issued it: %1."),
        ("issuer",),
    ),
    "already-public": (
        lambda: translate(
            "Findings",
            "This root certificate is already among the public root certificates that tools trust. "
            "Adding it changes nothing.",
        ),
        lambda: translate("Findings", "Nothing to ask for."),
        (),
    ),
    "public-root-impostor": (
        lambda: translate(
            "Findings",
            "It has the same name as the public root certificate \u201c%1\u201d but a different key. It may "
            "be an impostor.",
        ),
        lambda: translate(
            "Findings",
            "Do not use it. Report it to your IT helpdesk and ask whether it is genuine. The real public "
            "root has the fingerprint (SHA-256) %2.",
        ),
        ("subject", "public_sha256"),
    ),
    "serial-not-positive": (
        lambda: translate(
            "Findings",
            "Its serial number (%1) is zero or negative, which the standard does not allow. It works "
            "today, but future versions of some tools may reject it.",
        ),
        lambda: translate(
            "Findings", "Ask your IT helpdesk to give it a positive serial number when the certificate is renewed."
        ),
        ("serial",),
    ),
    "serial-too-long": (
        lambda: translate(
            "Findings", "Its serial number is %1 bytes long; the standard allows at most 20. Some tools may reject it."
        ),
        lambda: translate(
            "Findings", "Ask your IT helpdesk to give it a shorter serial number when the certificate is renewed."
        ),
        ("octets",),
    ),
    "duplicate-extension": (
        lambda: translate(
            "Findings",
            "It contains the extension %1 more than once, which the standard does not allow. Tools may reject it.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for a correctly issued certificate."),
        ("oid",),
    ),
    "time-encoding-not-der": (
        lambda: translate(
            "Findings",
            "Its date in the year %1 is stored in a form the standard does not allow for that year (%2). "
            "Some tools may reject it.",
        ),
        lambda: translate("Findings", "Ask your IT helpdesk to correct the dates when the certificate is renewed."),
        ("year", "encoding"),
    ),
    "extensions-unparseable": (
        lambda: translate(
            "Findings", "Some of its extensions cannot be read (%1). Tools may reject it or ignore parts of it."
        ),
        lambda: translate("Findings", "Ask your IT helpdesk for a correctly issued certificate."),
        ("error",),
    ),
}


def _unknown_texts() -> tuple[_Text, _Text, tuple[str, ...]]:
    # A code added to the linter before it got words here; the English summary is better than nothing.
    return (
        lambda: translate("Findings", "A problem was found: %1."),
        lambda: translate("Findings", "Send the details to your IT helpdesk."),
        ("summary",),
    )


def translated_codes() -> set[str]:
    return set(_TEXTS)


def finding_message(finding: Finding) -> str:
    message, _advice, fact_names = _TEXTS.get(finding.code) or _unknown_texts()
    return fill(message(), *_fact_values(finding, fact_names))


def finding_advice(finding: Finding) -> str:
    _message, advice, fact_names = _TEXTS.get(finding.code) or _unknown_texts()
    return fill(advice(), *_fact_values(finding, fact_names))


def finding_text(finding: Finding) -> FindingText:
    return FindingText(
        severity_name(finding.severity),
        finding_message(finding),
        affected_tools(finding.tools),
        finding_advice(finding),
    )


def _fact_values(finding: Finding, names: Sequence[str]) -> list[str]:
    values = []
    for name in names:
        if name == "summary":
            values.append(finding.summary or finding.code)
            continue
        value = finding.facts.get(name, "?")
        if name in ("not_after", "not_before"):
            value = local_date(value)
        elif name == "public_sha256":
            value = group_fingerprint(value)
        values.append(value)
    return values


def local_date(iso_text: str) -> str:
    """Return an ISO-8601 moment as a local date (YYYY-MM-DD); text that is no date comes back unchanged."""
    try:
        moment = datetime.fromisoformat(iso_text)
    except ValueError:
        return iso_text
    return moment.astimezone().strftime("%Y-%m-%d")


def severity_name(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return translate("Findings", "Problem")
    if severity is Severity.WARNING:
        return translate("Findings", "Warning")
    return translate("Findings", "Note")


def tool_name(tool: str) -> str:
    """Return a tool id of ``trustdesk.certs.lint.TOOLS`` as the name people know it by."""
    if tool == PYTHON312:
        return translate("Findings", "Python 3.12 and earlier")
    if tool == PYTHON313:
        return translate("Findings", "Python 3.13 and later")
    names = {
        REQUESTS: "requests",
        URLLIB3: "urllib3",
        PIP: "pip",
        BOTO3: "boto3",
        AWS_CLI: "AWS CLI",
        NODE: "Node.js",
        AWS_SDK_JS: "AWS SDK for JavaScript",
        CURL: "curl",
        GIT: "git",
    }
    return names.get(tool, tool)


def affected_tools(tools: Sequence[str]) -> str:
    """Return the tools a finding breaks as one sentence, e.g. "Affected tools: Python 3.13 and later, pip"."""
    if not tools:
        return translate("Findings", "No tool rejects it today.")
    if set(tools) == set(ALL_TOOLS):
        return translate("Findings", "Affected tools: all of them (Python, boto3, the AWS CLI, Node.js, curl, git).")
    separator = translate("Findings", ", ")
    return fill(translate("Findings", "Affected tools: %1"), separator.join(tool_name(tool) for tool in tools))


def worst_severity(findings: Sequence[Finding]) -> Severity | None:
    """Return the most serious severity among ``findings``, or None when there are none."""
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        if any(finding.severity is severity for finding in findings):
            return severity
    return None
