"""Translated lines that ``trustdesk inspect`` prints about certificate files; QtCore only, no display needed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustdesk.certs.details import CertificateDetails, group_fingerprint
from trustdesk.certs.lint import Finding
from trustdesk.gui import lint_text
from trustdesk.gui.messages import fill

translate = QCoreApplication.translate


def file_heading(path: str, file_format: str) -> str:
    return fill(translate("Inspect", "%1 (format: %2)"), path, file_format)


def certificate_lines(details: CertificateDetails) -> list[str]:
    """Return the details of one certificate, indented under its block line."""
    serial = ("-" if details.serial_number < 0 else "") + format(abs(details.serial_number), "X")
    key = details.key_type if details.key_size is None else f"{details.key_type} {details.key_size}"
    return [
        fill(translate("Inspect", "    Issued to: %1"), details.subject),
        fill(translate("Inspect", "    Issued by: %1"), details.issuer),
        fill(
            translate("Inspect", "    Valid from %1 to %2 (UTC)"),
            details.not_valid_before.strftime("%Y-%m-%d %H:%M"),
            details.not_valid_after.strftime("%Y-%m-%d %H:%M"),
        ),
        fill(translate("Inspect", "    Fingerprint (SHA-256): %1"), group_fingerprint(details.sha256)),
        fill(translate("Inspect", "    Serial number: %1 (hex %2)"), details.serial_number, serial),
        fill(translate("Inspect", "    Public key: %1; signature: %2"), key, details.signature_algorithm),
    ]


def finding_lines(finding: Finding) -> list[str]:
    """Return a finding as three lines: severity and message, affected tools, what to ask IT for."""
    text = lint_text.finding_text(finding)
    return [
        fill(translate("Inspect", "    [%1] %2"), text.severity, text.message),
        "      " + text.tools,
        "      " + text.advice,
    ]


def no_findings() -> str:
    return translate("Inspect", "    No problems found.")


def details_unavailable(index: int, reason: str) -> str:
    return fill(
        translate("Inspect", "  block %1: certificate that OpenSSL reads but TrustDesk cannot show (%2)"),
        index,
        reason,
    )


def password_hint() -> str:
    return translate("Inspect", "Give the password with --password-file FILE (the password on its first line).")


def password_file_failed(path: str, reason: str) -> str:
    return fill(translate("Inspect", "The password file %1 could not be read: %2"), path, reason)


def summary(files: int, certificates: int, with_errors: int) -> str:
    return fill(
        translate("Inspect", "%n certificate(s) in %1 file(s); certificates with problems: %2.", "", certificates),
        files,
        with_errors,
    )
