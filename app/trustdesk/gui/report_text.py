"""Translated text of the helpdesk report: its headings, and the lines the window and command line print.

The facts inside the report stay in English technical terms (variable names, store origins,
outcome codes), so a helpdesk reads them the same whatever the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trustdesk.diagnostics.report import Report, render_text

translate = QCoreApplication.translate


def headings() -> dict[str, str]:
    return {
        "title": translate("Report", "TrustDesk helpdesk report"),
        "practice": translate("Report", "PRACTICE MODE: every server in this report is a local practice stand-in."),
        "system": translate("Report", "Versions"),
        "proxy": translate("Report", "Proxy"),
        "environment": translate("Report", "Environment variables"),
        "config": translate("Report", "Configuration files"),
        "stores": translate("Report", "Certificate stores"),
        "presented_chain": translate("Report", "Presented certificate chain"),
        "lint": translate("Report", "Certificate checks (lint)"),
        "tools": translate("Report", "Tools"),
        "checks": translate("Report", "Checks"),
        "steps": translate("Report", "Report steps"),
        "none": translate("Report", "(none)"),
    }


def report_text(report: Report) -> str:
    """Render ``report`` as plain text with headings in the current language; secrets are scrubbed."""
    return render_text(report, headings())


def written(path: str) -> str:
    return translate("Report", "Helpdesk report written to %1.").replace("%1", path)


def not_written(path: str, error: str) -> str:
    text = translate("Report", "The report could not be written to %1: %2. Choose another folder and try again.")
    return text.replace("%1", path).replace("%2", error)


def copied() -> str:
    return translate("Report", "The helpdesk report is on the clipboard. Paste it into your message to the helpdesk.")


def gathering() -> str:
    return translate("Report", "Preparing the helpdesk report\u2026")


def failed(error: str) -> str:
    return translate("Report", "The helpdesk report could not be prepared: %1").replace("%1", error)


def save_title() -> str:
    return translate("Report", "Save helpdesk report")


def save_filter() -> str:
    return translate("Report", "Text files (*.txt);;JSON files (*.json);;All files (*)")
