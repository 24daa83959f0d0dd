"""Translated sentences for the staff screen: plain words, one sentence for what is wrong, one for what to do.

Every source string is a literal ``translate("Staff", ...)`` call so that pyside6-lupdate extracts it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from trustdesk.gui.messages import fill

translate = QCoreApplication.translate

# The values of ``staff_flow.Problem``; kept as strings so this module does not import the checks.
ROOT_IN_OS_STORE = "root-in-os-store"
ROOT_IMPORTED = "root-imported"
TOOLS_NOT_SET_UP = "tools-not-set-up"
ROOT_ON_WIRE_ONLY = "root-on-wire-only"
ROOT_NOT_FOUND = "root-not-found"
PROXY_CERTIFICATE = "proxy-certificate"
NETWORK = "network"
NO_CREDENTIALS = "no-credentials"
ACCESS_DENIED = "access-denied"


@dataclass(frozen=True)
class StaffWords:
    headline: str
    explanation: str
    next_step: str


def check_button() -> str:
    return translate("Staff", "&Check my connection")


def check_button_tip() -> str:
    return translate(
        "Staff", "Check that Amazon Bedrock and your developer tools can connect safely through this network."
    )


def fix_button() -> str:
    return translate("Staff", "Fi&x it")


def fix_button_tip() -> str:
    return translate(
        "Staff",
        "Use the certificate your IT department installed on this computer, and set up your tools after a preview.",
    )


def details_button() -> str:
    return translate("Staff", "&Details for the helpdesk")


def details_button_tip() -> str:
    return translate("Staff", "Show the detailed views your IT helpdesk may ask about.")


def copy_report_button() -> str:
    return translate("Staff", "Copy &report")


def copy_report_tip() -> str:
    return translate("Staff", "Copy the helpdesk report, without passwords or keys, to paste into a message.")


def back_button() -> str:
    return translate("Staff", "&Back to \u201cCheck my connection\u201d")


def intro() -> str:
    return translate(
        "Staff",
        "Press the button to check whether Amazon Bedrock and your developer tools can connect safely from "
        "this computer. It takes a few seconds.",
    )


def step_inspect() -> str:
    return translate("Staff", "Looking at this network's HTTPS connection")


def step_bedrock() -> str:
    return translate("Staff", "Connecting to Amazon Bedrock")


def step_tools() -> str:
    return translate("Staff", "Checking your developer tools")


def step_state(text: str, state: str) -> str:
    """Return ``text`` marked for a step that is waiting, running, done or failed (also for screen readers)."""
    if state == "done":
        return fill(translate("Staff", "\u2714 %1 \u2014 done"), text)
    if state == "running":
        return fill(translate("Staff", "\u25b6 %1\u2026"), text)
    if state == "failed":
        return fill(translate("Staff", "\u2716 %1 \u2014 problem found"), text)
    return fill(translate("Staff", "\u2022 %1"), text)


def checking() -> str:
    return translate("Staff", "Checking\u2026")


def fixing() -> str:
    return translate("Staff", "Fixing: adding the certificate and preparing the settings\u2026")


def light_name(light: str) -> str:
    """The traffic light in words, so the colour is never the only cue."""
    if light == "green":
        return translate("Staff", "Green: all is well")
    if light == "yellow":
        return translate("Staff", "Yellow: needs attention")
    return translate("Staff", "Red: not working")


def green(reply: str) -> StaffWords:
    return StaffWords(
        translate("Staff", "Connection succeeded"),
        fill(translate("Staff", "Amazon Bedrock answered safely: \u201c%1\u201d."), reply)
        if reply
        else translate("Staff", "Amazon Bedrock answered safely."),
        translate("Staff", "Nothing more to do. Your developer tools are set up."),
    )


def problem_words(problem: str, tools: str = "", fingerprint: str = "", issuer: str = "") -> StaffWords:
    """Return the words for a ``staff_flow.Problem`` value that is not handled by the Bedrock verdict."""
    if problem == ROOT_IN_OS_STORE:
        return StaffWords(
            translate("Staff", "Your tools do not trust this network yet"),
            translate(
                "Staff",
                "This company's network inspects HTTPS traffic. The certificate needed for it is already "
                "on this computer, so TrustDesk can fix this.",
            ),
            translate("Staff", "Press \u201cFix it\u201d, then confirm with \u201cApply\u201d in the preview."),
        )
    if problem == ROOT_IMPORTED:
        return StaffWords(
            translate("Staff", "Your tools are not set up yet"),
            translate(
                "Staff",
                "Your organisation's root certificate is in TrustDesk, but your tools do not use it yet.",
            ),
            translate("Staff", "Press \u201cFix it\u201d, then confirm with \u201cApply\u201d in the preview."),
        )
    if problem == TOOLS_NOT_SET_UP:
        return StaffWords(
            translate("Staff", "Amazon Bedrock works, but some tools are not set up yet"),
            fill(translate("Staff", "These tools do not use your organisation's certificate yet: %1."), tools),
            translate("Staff", "Press \u201cFix it\u201d, then confirm with \u201cApply\u201d in the preview."),
        )
    if problem == ROOT_ON_WIRE_ONLY:
        return StaffWords(
            translate("Staff", "The certificate from your IT department is missing"),
            translate(
                "Staff",
                "This company's network inspects HTTPS traffic, but the certificate needed for it is not "
                "installed on this computer. TrustDesk does not trust a certificate that only came over the "
                "network.",
            ),
            fill(
                translate(
                    "Staff",
                    "Contact your IT helpdesk: ask them to install your organisation's root certificate on this "
                    "computer, or to send you the file. Read them this fingerprint (SHA-256) so they can "
                    "confirm it:\n%1",
                ),
                fingerprint,
            ),
        )
    if problem == ROOT_NOT_FOUND:
        return StaffWords(
            translate("Staff", "The certificate from your IT department is missing"),
            fill(
                translate(
                    "Staff",
                    "This company's network inspects HTTPS traffic, but the certificate \u201c%1\u201d needed "
                    "for it is not on this computer.",
                ),
                issuer,
            ),
            translate(
                "Staff",
                "Contact your IT helpdesk: ask them to install this certificate on this computer, or to send "
                "you the file. Press \u201cCopy report\u201d and paste it into your message.",
            ),
        )
    if problem == PROXY_CERTIFICATE:
        return StaffWords(
            translate("Staff", "The network's own certificate is faulty"),
            translate(
                "Staff",
                "The device that inspects HTTPS traffic on this network uses a certificate that some tools "
                "reject. This cannot be fixed on this computer.",
            ),
            translate(
                "Staff",
                "Contact your IT helpdesk: press \u201cCopy report\u201d and paste it into your message. "
                "Do not turn off certificate verification.",
            ),
        )
    return StaffWords(
        translate("Staff", "Something went wrong"),
        translate("Staff", "TrustDesk could not finish the check."),
        translate("Staff", "Contact your IT helpdesk: press \u201cCopy report\u201d and paste it into your message."),
    )


def fingerprint_label() -> str:
    return translate("Staff", "Fingerprint (SHA-256) to read to your IT helpdesk")


def fix_cancelled() -> str:
    return translate("Staff", "Nothing was changed in your tools. Press \u201cFix it\u201d to try again.")


def fix_failed() -> str:
    return translate(
        "Staff",
        "The fix could not be finished. Press \u201cCopy report\u201d and send it to your IT helpdesk.",
    )


def result_name() -> str:
    return translate("Staff", "Result of the connection check")


def steps_name() -> str:
    return translate("Staff", "Progress of the connection check")
