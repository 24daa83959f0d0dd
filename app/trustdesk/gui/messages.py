"""Plain-language, translated sentences for the core's outcomes and errors.

The core returns codes and facts; this module is the one place that turns them into words, so the
window and the command line say exactly the same thing in English and Japanese.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from trustdesk.certs.reader import ReadErrorCode
from trustdesk.network.bedrock import CheckResult, Outcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


@dataclass(frozen=True)
class Verdict:
    """A check's result in words: a short headline, what it means, and what to do next."""

    ok: bool
    headline: str
    explanation: str
    next_step: str


def bedrock_verdict(result: CheckResult) -> Verdict:
    outcome = result.outcome
    if outcome is Outcome.SUCCESS:
        return Verdict(
            True,
            _tr("Connection succeeded"),
            _tr("Amazon Bedrock answered through a verified connection using %1.").replace("%1", result.bundle),
            _tr("Nothing more to do for this connection."),
        )
    if outcome is Outcome.CERTIFICATE_NOT_TRUSTED:
        if result.presented_issuer:
            explanation = _tr(
                "The connection was refused because its certificate was issued by \u201c%1\u201d, "
                "which the certificate file in use does not trust."
            ).replace("%1", result.presented_issuer)
        else:
            explanation = _tr("The connection was refused because the certificate file in use does not trust it.")
        return Verdict(
            False,
            _tr("Certificate not trusted"),
            explanation,
            _tr(
                "Import your organisation's root certificate, build the merged bundle, and test again. "
                "Do not turn off certificate verification."
            ),
        )
    if outcome is Outcome.NETWORK_UNREACHABLE:
        return Verdict(
            False,
            _tr("Proxy or network unreachable"),
            _tr("TrustDesk could not reach Amazon Bedrock or the proxy in front of it."),
            _tr("Check that you are connected to the office network or VPN, then test again."),
        )
    if outcome is Outcome.TIMED_OUT:
        return Verdict(
            False,
            _tr("Timed out"),
            _tr("The proxy or Amazon Bedrock did not answer in time."),
            _tr("Test again in a few minutes. If it keeps happening, contact your IT helpdesk."),
        )
    if outcome is Outcome.NO_CREDENTIALS:
        return Verdict(
            False,
            _tr("No AWS credentials"),
            _tr("The connection could not be tested because no AWS credentials were found."),
            _tr("Sign in to AWS (for example with \u201caws sso login\u201d) or ask your IT helpdesk for access."),
        )
    if outcome is Outcome.ACCESS_DENIED:
        return Verdict(
            False,
            _tr("Access denied or model not enabled"),
            _tr("The connection works, but AWS refused the request for model %1.").replace("%1", result.model_id),
            _tr("Ask your AWS administrator to grant access to this model in region %1.").replace(
                "%1", result.region
            ),
        )
    if outcome is Outcome.CANCELLED:
        return Verdict(False, _tr("Test cancelled"), _tr("The test was stopped before it finished."), "")
    return Verdict(
        False,
        _tr("Unexpected problem"),
        _tr("The test failed with an error TrustDesk does not recognise."),
        _tr("Copy the details below and send them to your IT helpdesk."),
    )


def read_error_message(path: str, code: ReadErrorCode) -> str:
    """Return one sentence naming the file, what is wrong with it, and what to do next."""
    if code is ReadErrorCode.NOT_FOUND:
        text = _tr("The file %1 was not found. Check the name and the folder, then try again.")
    elif code is ReadErrorCode.IS_DIRECTORY:
        text = _tr("%1 is a folder, not a file. Choose the certificate file inside it.")
    elif code is ReadErrorCode.PERMISSION_DENIED:
        text = _tr("You do not have permission to read %1. Copy it to your Documents folder and try again.")
    elif code is ReadErrorCode.EMPTY:
        text = _tr("The file %1 is empty. Ask your IT helpdesk for the certificate file again.")
    elif code is ReadErrorCode.TOO_LARGE:
        text = _tr("The file %1 is too large to be a certificate file. Check that you chose the right file.")
    elif code is ReadErrorCode.NO_CERTIFICATE:
        text = _tr("No certificate was found in %1. Ask your IT helpdesk for the organisation's root certificate.")
    else:
        text = _tr("The file %1 could not be read. Try again, or ask your IT helpdesk for a new copy.")
    return text.replace("%1", path)


def private_key_warning(path: str) -> str:
    return _tr(
        "%1 contains a private key. TrustDesk did not copy it anywhere. Do not share this file."
    ).replace("%1", path)
