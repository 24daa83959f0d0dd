"""Plain-language, translated sentences for the core's outcomes and errors.

The core returns codes and facts; this module is the one place that turns them into words, so the
window and the command line say exactly the same thing in English and Japanese.

Every source string is written as ``translate("Messages", "...")`` with literal arguments, because
pyside6-lupdate extracts only calls named ``translate``/``tr`` and cannot see through a wrapper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trustdesk.network.bedrock import CheckResult, Outcome

if TYPE_CHECKING:
    # Imported where used at run time: they load cryptography, and the window paints before that.
    from trustdesk.certs.details import CertificateDetails
    from trustdesk.certs.reader import ReadErrorCode

translate = QCoreApplication.translate

_PLACEHOLDER = re.compile(r"%(\d)")
# Notes the reader writes in English (``Block.notes``); see ``block_note``.
FRIENDLY_NAME_PREFIX = "friendly name: "
UNPARSED_NOTE = "OpenSSL parses this certificate but cryptography rejects it"


def fill(text: str, *values: object) -> str:
    """Replace ``%1``, ``%2`` … in ``text`` by ``values`` in one pass, like ``QString.arg``.

    One pass matters: a file name that itself contains "%2" must not be substituted again.
    """

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(substitute, text)


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
            translate("Messages", "Connection succeeded"),
            fill(
                translate("Messages", "Amazon Bedrock answered through a verified connection using %1."),
                result.bundle,
            ),
            translate(
                "Messages",
                "This certificate file works. If a developer tool still fails, point it at this file with "
                "\u201cApply to tools\u2026\u201d.",
            ),
        )
    if outcome is Outcome.CERTIFICATE_NOT_TRUSTED:
        if result.presented_issuer:
            explanation = fill(
                translate(
                    "Messages",
                    "The connection was refused because its certificate was issued by \u201c%1\u201d, "
                    "which the certificate file in use does not trust.",
                ),
                result.presented_issuer,
            )
        else:
            explanation = translate(
                "Messages", "The connection was refused because the certificate file in use does not trust it."
            )
        return Verdict(
            False,
            translate("Messages", "Certificate not trusted"),
            explanation,
            translate(
                "Messages",
                "Import your organisation's root certificate, build the merged bundle, and test again. "
                "Do not turn off certificate verification.",
            ),
        )
    if outcome is Outcome.NETWORK_UNREACHABLE:
        return Verdict(
            False,
            translate("Messages", "Proxy or network unreachable"),
            translate("Messages", "TrustDesk could not reach Amazon Bedrock or the proxy in front of it."),
            translate("Messages", "Check that you are connected to the office network or VPN, then test again."),
        )
    if outcome is Outcome.TIMED_OUT:
        return Verdict(
            False,
            translate("Messages", "Timed out"),
            translate("Messages", "The proxy or Amazon Bedrock did not answer in time."),
            translate("Messages", "Test again in a few minutes. If it keeps happening, contact your IT helpdesk."),
        )
    if outcome is Outcome.NO_CREDENTIALS:
        return Verdict(
            False,
            translate("Messages", "No AWS credentials"),
            translate("Messages", "The connection could not be tested because no AWS credentials were found."),
            translate(
                "Messages",
                "Sign in to AWS (for example with \u201caws sso login\u201d) or ask your IT helpdesk for access.",
            ),
        )
    if outcome is Outcome.ACCESS_DENIED:
        return Verdict(
            False,
            translate("Messages", "Access denied or model not enabled"),
            fill(
                translate("Messages", "The connection works, but AWS refused the request for model %1."),
                result.model_id,
            ),
            fill(
                translate("Messages", "Ask your AWS administrator to grant access to this model in region %1."),
                result.region,
            ),
        )
    if outcome is Outcome.CANCELLED:
        return Verdict(
            False,
            translate("Messages", "Test cancelled"),
            translate("Messages", "The test was stopped before it finished."),
            "",
        )
    return Verdict(
        False,
        translate("Messages", "Unexpected problem"),
        translate("Messages", "The test failed with an error TrustDesk does not recognise."),
        translate("Messages", "Copy the details below and send them to your IT helpdesk."),
    )


def read_error_message(path: str, code: ReadErrorCode) -> str:
    from trustdesk.certs.reader import ReadErrorCode

    """Return one sentence naming the file, what is wrong with it, and what to do next."""
    if code is ReadErrorCode.NOT_FOUND:
        text = translate("Messages", "The file %1 was not found. Check the name and the folder, then try again.")
    elif code is ReadErrorCode.IS_DIRECTORY:
        text = translate("Messages", "%1 is a folder, not a file. Choose the certificate file inside it.")
    elif code is ReadErrorCode.PERMISSION_DENIED:
        text = translate(
            "Messages", "You do not have permission to read %1. Copy it to your Documents folder and try again."
        )
    elif code is ReadErrorCode.EMPTY:
        text = translate("Messages", "The file %1 is empty. Ask your IT helpdesk for the certificate file again.")
    elif code is ReadErrorCode.TOO_LARGE:
        text = translate(
            "Messages", "The file %1 is too large to be a certificate file. Check that you chose the right file."
        )
    elif code is ReadErrorCode.PASSWORD_REQUIRED:
        text = translate(
            "Messages",
            "The file %1 is protected by a password, so nothing was imported from it. Import it again "
            "and enter the password you received with the file.",
        )
    elif code is ReadErrorCode.WRONG_PASSWORD:
        text = translate(
            "Messages",
            "The password for %1 is not correct, or the file is damaged, so nothing was imported from it. "
            "Check the password with your IT helpdesk and try again.",
        )
    elif code is ReadErrorCode.NO_CERTIFICATE:
        text = translate(
            "Messages",
            "No certificate was found in %1. Ask your IT helpdesk for the organisation's root certificate.",
        )
    else:
        text = translate(
            "Messages", "The file %1 could not be read. Try again, or ask your IT helpdesk for a new copy."
        )
    return fill(text, path)


def block_note(note: str) -> str:
    """Return a reader note (``Block.notes``) in words; notes without a translation keep the reader's text."""
    from trustdesk.certs.reader import TRUST_SETTINGS_DROPPED

    if note == TRUST_SETTINGS_DROPPED:
        return translate(
            "Messages", "The file carried OpenSSL trust settings. They were dropped; only the certificate is kept."
        )
    if note == "encrypted":
        return translate("Messages", "The private key is encrypted.")
    if note.startswith(FRIENDLY_NAME_PREFIX):
        return fill(translate("Messages", "Name in the file: %1"), note[len(FRIENDLY_NAME_PREFIX) :])
    if note == UNPARSED_NOTE:
        return translate(
            "Messages",
            "OpenSSL can read this certificate, but TrustDesk cannot show its details.",
        )
    return fill(translate("Messages", "Technical note: %1"), note)


def unparsed_not_stored_message(path: str, count: int) -> str:
    """Return the sentence for certificates without details that the user chose but TrustDesk cannot store yet."""
    return fill(
        translate(
            "Messages",
            "%n certificate(s) from %1 without details could not be added: TrustDesk cannot store them yet. "
            "Ask your IT helpdesk for a copy that TrustDesk can read.",
            "",
            count,
        ),
        path,
    )


def private_key_warning(path: str) -> str:
    return fill(
        translate("Messages", "%1 contains a private key. TrustDesk did not copy it anywhere. Do not share this file."),
        path,
    )


def damaged_block_message(path: str, index: int) -> str:
    """Return the sentence for one unreadable certificate block; the parser's reason goes to the details."""
    return fill(
        translate(
            "Messages",
            "Part %1 of %2 is damaged and was skipped. The other certificates in the file were still read. "
            "If you need this part, ask your IT helpdesk for a new copy of the file.",
        ),
        index,
        path,
    )


def other_block_message(path: str, index: int, label: str) -> str:
    return fill(
        translate("Messages", "Part %1 of %2 is not a certificate (%3) and was skipped."),
        index,
        path,
        label,
    )


def imported_message(path: str, added: int) -> str:
    if added == 0:
        return fill(translate("Messages", "All certificates in %1 were already imported."), path)
    return fill(translate("Messages", "New certificates imported from %1: %n.", "", added), path)


def bundle_error_message(folder: str) -> str:
    return fill(
        translate(
            "Messages",
            "The merged bundle could not be built, so the previous file was kept. Check that the folder %1 "
            "can be written to, then try again. If it keeps failing, send the details to your IT helpdesk.",
        ),
        folder,
    )


def certificate_notes(details: CertificateDetails, issuer_present: bool, now: datetime) -> list[str]:
    """Return warnings about one imported certificate, most serious first; an empty list means none.

    ``issuer_present`` says whether the certificate's issuer is among the imported certificates.
    ``now`` must be timezone-aware, like the certificate's dates.
    """
    from trustdesk.certs.details import Role

    notes: list[str] = []
    if details.not_valid_after < now:
        notes.append(
            translate(
                "Messages",
                "This certificate has expired. Tools will reject connections that depend on it. "
                "Ask your IT helpdesk for the current organisation root certificate.",
            )
        )
    elif details.not_valid_before > now:
        notes.append(
            translate(
                "Messages", "This certificate is not valid yet. Check that your computer's date and time are right."
            )
        )

    if details.role is Role.INTERMEDIATE and not issuer_present:
        notes.append(
            translate(
                "Messages",
                "This is an intermediate certificate and its root certificate is missing. Trusting only the "
                "intermediate certificate fails in many tools. Ask your IT helpdesk for the root certificate.",
            )
        )
    elif details.role is Role.LEAF:
        notes.append(
            translate(
                "Messages",
                "This is a server certificate, not a certificate authority. It cannot make other connections "
                "trusted. Ask your IT helpdesk for the organisation root certificate.",
            )
        )

    basic_constraints = details.basic_constraints
    if basic_constraints is not None and basic_constraints.ca and not basic_constraints.critical:
        notes.append(
            translate(
                "Messages",
                "Its basic constraints are not marked critical. Python 3.13 and later, requests and "
                "urllib3 reject connections that depend on it; boto3 and Node.js accept them. "
                "Ask your IT helpdesk to reissue the certificate.",
            )
        )
    if details.serial_number < 0:
        notes.append(
            translate(
                "Messages",
                "Its serial number is negative, which the standard does not allow. It works today, but "
                "future versions of some tools may reject it.",
            )
        )
    return notes
