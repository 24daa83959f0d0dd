"""Plain, translated words for the trust stores and the per-tool trust of ``trustdesk.stores``.

The core returns stable codes (``ProblemCode``, ``TrustMode``, ``StoreOrigin`` values) and facts;
this module turns them into what the Stores and Tools views and ``trustdesk stores``/``tools`` print.
Codes are compared by their string values, so the window never imports ``stores.tools`` (which
loads botocore) at start. Only QtCore is used: the command line needs no display.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trustdesk.certs.details import group_fingerprint
from trustdesk.certs.reader import ReadErrorCode
from trustdesk.gui import messages
from trustdesk.gui.messages import fill
from trustdesk.stores.inventory import StoreOrigin, TrustStore

if TYPE_CHECKING:
    from trustdesk.stores.tools import Problem, ToolTrust

translate = QCoreApplication.translate


class Status(enum.IntEnum):
    """A tool's or a problem's colour in the Tools view; higher is worse, so ``max`` gives the worst."""

    OK = 0
    WARNING = 1
    PROBLEM = 2


# --- names ---------------------------------------------------------------------------------------

# Product names stay as their makers spell them, in every language.
TOOL_NAMES: Mapping[str, str] = {
    "botocore": "boto3 / botocore",
    "aws-cli-v2": "AWS CLI v2",
    "aws-sdk-js-v3": "AWS SDK for JavaScript",
    "requests": "requests",
    "pip": "pip",
    "node": "Node.js",
    "npm": "npm",
    "git": "git",
    "curl": "curl",
}


def tool_name(tool_id: str) -> str:
    return TOOL_NAMES.get(tool_id, tool_id)


def origin_name(origin: StoreOrigin) -> str:
    """Return the kind of a store in words, e.g. "OS certificate store"."""
    names: dict[StoreOrigin, Callable[[], str]] = {
        StoreOrigin.OS_BUNDLE: lambda: translate("ToolsText", "OS certificate store (bundle file)"),
        StoreOrigin.OS_ANCHORS: lambda: translate("ToolsText", "OS certificate store (added certificates)"),
        StoreOrigin.WINDOWS_SYSTEM: lambda: translate("ToolsText", "Windows certificate store"),
        StoreOrigin.MACOS_KEYCHAIN: lambda: translate("ToolsText", "macOS keychain"),
        StoreOrigin.CERTIFI: lambda: translate("ToolsText", "Python's public roots (certifi)"),
        StoreOrigin.BOTOCORE_BUNDLED: lambda: translate("ToolsText", "botocore's spare copy of public roots"),
        StoreOrigin.MERGED: lambda: translate("ToolsText", "Merged bundle made by TrustDesk"),
        StoreOrigin.ENVIRONMENT: lambda: translate("ToolsText", "Named by an environment variable"),
        StoreOrigin.AWS_PROFILE: lambda: translate("ToolsText", "Named in the AWS config file"),
        StoreOrigin.PIP_CONFIG: lambda: translate("ToolsText", "Named in pip's settings"),
        StoreOrigin.NPM_CONFIG: lambda: translate("ToolsText", "Named in npm's settings (.npmrc)"),
        StoreOrigin.GIT_CONFIG: lambda: translate("ToolsText", "Named in git's settings"),
        StoreOrigin.CURL_CONFIG: lambda: translate("ToolsText", "Named in curl's settings (.curlrc)"),
        StoreOrigin.NODE_BUNDLED: lambda: translate("ToolsText", "Built into Node.js"),
    }
    return names[origin]()


def source_name(source: str) -> str:
    """Return a setting's ``source`` ("env:AWS_CA_BUNDLE", "aws-config:dev", "npmrc:user:cafile") in words."""
    kind, _, rest = source.partition(":")
    if source == "default":
        return translate("ToolsText", "its built-in list")
    if source == "schannel":
        return translate("ToolsText", "the Windows certificate store (schannel)")
    if source == "verify-parameter":
        return translate("ToolsText", "the verify argument in the program")
    if kind == "env":
        return fill(translate("ToolsText", "the environment variable %1"), rest)
    if kind == "aws-config":
        return fill(translate("ToolsText", "ca_bundle of the AWS profile \u201c%1\u201d"), rest.split(":")[0])
    if kind == "pip-config":
        return translate("ToolsText", "cert in pip's settings file")
    if kind == "npmrc":
        if rest.startswith("global"):
            return translate("ToolsText", "npm's global settings")
        return translate("ToolsText", "npm's user settings (.npmrc)")
    if kind == "git-config":
        if rest.startswith("system"):
            return translate("ToolsText", "git's system settings")
        return translate("ToolsText", "git's global settings (.gitconfig)")
    if kind == "curlrc":
        return translate("ToolsText", "curl's settings file (.curlrc)")
    return source


def store_name(store: TrustStore) -> str:
    """Return a store's name for people: the setting that names it, or what it is."""
    if store.origin in (StoreOrigin.ENVIRONMENT, StoreOrigin.AWS_PROFILE) or store.name.startswith(
        ("pip-config:", "npmrc:", "git-config:", "curlrc:")
    ):
        return source_name(store.name)
    if store.origin is StoreOrigin.OS_BUNDLE or store.origin is StoreOrigin.OS_ANCHORS:
        return translate("ToolsText", "This computer")
    if store.origin is StoreOrigin.NODE_BUNDLED:
        return "Node.js"
    if store.origin is StoreOrigin.CERTIFI:
        return "certifi"
    if store.origin is StoreOrigin.BOTOCORE_BUNDLED:
        return "botocore"
    if store.origin is StoreOrigin.MERGED:
        return "TrustDesk"
    return store.name


def mode_text(mode: str) -> str:
    """Return a ``TrustMode`` value as a short phrase for the table."""
    if mode == "replaces":
        return translate("ToolsText", "Replaces the built-in list")
    if mode == "adds":
        return translate("ToolsText", "Adds to the built-in list")
    if mode == "disabled":
        return translate("ToolsText", "Checking turned off")
    return translate("ToolsText", "Built-in list")


def mode_explanation(mode: str) -> str:
    if mode == "replaces":
        return translate(
            "ToolsText",
            "This tool trusts only the certificates in this file. Its built-in list of public certificates is not used.",
        )
    if mode == "adds":
        return translate(
            "ToolsText", "This tool trusts its built-in list of public certificates plus the certificates in this file."
        )
    if mode == "disabled":
        return translate(
            "ToolsText",
            "This tool does not check certificates at all, so anyone on the network could read its traffic.",
        )
    return translate("ToolsText", "This tool uses its own built-in list of public certificates.")


# --- stores ---------------------------------------------------------------------------------------


def store_error_text(store: TrustStore) -> str:
    """Return why a store could not be read, or "" when it was read."""
    if store.error is not None:
        if store.origin is StoreOrigin.MERGED and store.error is ReadErrorCode.NOT_FOUND:
            return translate("ToolsText", "Not built yet.")
        return messages.read_error_message(str(store.path or store.name), store.error)
    if store.error_detail:
        return fill(translate("ToolsText", "Could not be read: %1"), store.error_detail)
    return ""


def lint_summary_text(store: TrustStore) -> str:
    """Return the store's lint counts as one sentence, for example "Certificates failing strict verification (…): 12."."""
    summary = store.lint
    if summary is None or summary.certificates == 0:
        return ""
    parts = []
    if summary.failing_strict:
        failing = summary.failing_strict
        parts.append(
            translate(
                "ToolsText",
                "Certificates failing strict verification (Python 3.13 and later, requests, pip): %n.",
                "",
                failing,
            )
        )
    other_errors = summary.with_errors - summary.failing_strict
    if other_errors > 0:
        parts.append(translate("ToolsText", "Other certificates with problems: %n.", "", other_errors))
    if not parts:
        return translate("ToolsText", "No problems found in these certificates.")
    return " ".join(parts)


def organisation_text(contains: bool | None) -> str:
    if contains is None:
        return "\u2014"
    return translate("ToolsText", "Yes") if contains else translate("ToolsText", "No")


def fingerprint_text(fingerprint: str) -> str:
    return group_fingerprint(fingerprint)


# --- tools ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProblemText:
    """One problem of a tool in words: its colour, what it means and what to do."""

    code: str
    status: Status
    message: str
    advice: str


@dataclass(frozen=True)
class ToolText:
    """One tool's row in words."""

    status: Status
    source: str
    mode: str
    explanation: str
    advice: str
    problems: tuple[ProblemText, ...]


# Codes that only warn: the tool still works for the sites it worked for before.
_WARNING_CODES = frozenset(
    {"damaged-block", "node-stops-at-block", "shadowed", "setting-ignored", "config-unreadable", "probe-failed"}
)


def problem_status(problem: Problem) -> Status:
    code = problem.code.value
    if code == "variable-empty" and problem.facts.get("effect") == "ignored":
        return Status.WARNING
    return Status.WARNING if code in _WARNING_CODES else Status.PROBLEM


def problem_text(problem: Problem) -> ProblemText:
    facts = problem.facts
    setting = source_name(facts.get("setting", ""))
    path = facts.get("path") or facts.get("value", "")
    code = problem.code.value
    message, advice = _problem_words(code, facts, setting, path)
    return ProblemText(code, problem_status(problem), message, advice)


def _problem_words(code: str, facts: Mapping[str, str], setting: str, path: str) -> tuple[str, str]:
    fix_setting = translate("ToolsText", "Correct or remove %1, then restart the tool.")
    if code == "variable-empty":
        if facts.get("effect") == "ignored":
            return (
                fill(translate("ToolsText", "%1 is set but empty, so the tool ignores it."), setting),
                fill(translate("ToolsText", "Remove %1 to avoid confusion."), setting),
            )
        return (
            fill(translate("ToolsText", "%1 is set but empty. The tool cannot start its connections."), setting),
            fill(fix_setting, setting),
        )
    if code == "file-missing":
        return (
            fill(
                translate("ToolsText", "%1 names the file %2, which does not exist. Every connection fails."),
                setting,
                path,
            ),
            fill(
                translate(
                    "ToolsText",
                    "Point %1 at TrustDesk's merged bundle, or remove it if a program that is no longer installed set it.",
                ),
                setting,
            ),
        )
    if code == "is-directory":
        return (
            fill(translate("ToolsText", "%1 names the folder %2, but the tool needs a file."), setting, path),
            fill(translate("ToolsText", "Point %1 at TrustDesk's merged bundle file."), setting),
        )
    if code in ("file-empty", "no-certificate", "file-unreadable"):
        return (
            fill(
                translate("ToolsText", "The file %2 named by %1 holds no usable certificate. Every connection fails."),
                setting,
                path,
            ),
            fill(translate("ToolsText", "Point %1 at TrustDesk's merged bundle file."), setting),
        )
    if code == "damaged-block":
        return (
            fill(
                translate("ToolsText", "Part %3 of the file %2 named by %1 is damaged and is skipped."),
                setting,
                path,
                facts.get("block", "?"),
            ),
            translate("ToolsText", "Rebuild the file, for example with TrustDesk's merged bundle."),
        )
    if code == "tilde-not-expanded":
        return (
            fill(
                translate(
                    "ToolsText",
                    "%1 starts with \u201c~\u201d (%2). This tool does not replace \u201c~\u201d with your home "
                    "folder, so it cannot find the file.",
                ),
                setting,
                facts.get("value", ""),
            ),
            fill(translate("ToolsText", "Write the full path in %1, for example /home/name/\u2026"), setting),
        )
    if code == "relative-path":
        return (
            fill(
                translate(
                    "ToolsText",
                    "%1 is a relative path (%2), so the file found depends on the folder the tool runs in.",
                ),
                setting,
                facts.get("value", ""),
            ),
            fill(translate("ToolsText", "Write the full path in %1."), setting),
        )
    if code == "no-public-roots":
        return (
            fill(
                translate(
                    "ToolsText",
                    "The file %2 named by %1 holds almost none of the public root certificates (%3 of %4). "
                    "Sites your organisation's proxy does not inspect will fail.",
                ),
                setting,
                path,
                facts.get("public_roots", "?"),
                facts.get("certifi_roots", "?"),
            ),
            fill(translate("ToolsText", "Point %1 at TrustDesk's merged bundle, which holds both kinds."), setting),
        )
    if code == "organisation-ca-missing" and facts.get("setting") == "default":
        return (
            translate(
                "ToolsText",
                "Its built-in list of certificates does not contain your organisation's certificate. Sites that "
                "your organisation's proxy inspects will fail.",
            ),
            translate(
                "ToolsText", "Use \u201cApply to tools\u2026\u201d in TrustDesk to point it at the merged bundle."
            ),
        )
    if code == "organisation-ca-missing":
        return (
            fill(
                translate(
                    "ToolsText",
                    "The file %2 named by %1 does not contain your organisation's certificate. Sites that your "
                    "organisation's proxy inspects will fail.",
                ),
                setting,
                path,
            ),
            fill(translate("ToolsText", "Build the merged bundle in TrustDesk and point %1 at it."), setting),
        )
    if code == "node-ignores-file":
        return (
            fill(
                translate(
                    "ToolsText",
                    "Node.js silently ignores the file %2 named by %1, because it is not plain PEM text (%3).",
                ),
                setting,
                path,
                _reason_text(facts.get("reason", "")),
            ),
            fill(translate("ToolsText", "Point %1 at TrustDesk's merged bundle, which is PEM text."), setting),
        )
    if code == "node-stops-at-block":
        return (
            fill(
                translate(
                    "ToolsText",
                    "Node.js stops reading the file %2 at damaged part %3, so it loses the %4 certificates after it.",
                ),
                setting,
                path,
                facts.get("block", "?"),
                facts.get("certificates_lost", "?"),
            ),
            translate("ToolsText", "Rebuild the file, for example with TrustDesk's merged bundle."),
        )
    if code == "shadowed":
        return (
            fill(
                translate("ToolsText", "%1 takes priority, so %2 (%3) has no effect."),
                source_name(facts.get("winner", "")),
                source_name(facts.get("hidden", "")),
                facts.get("hidden_value", ""),
            ),
            translate("ToolsText", "Remove the setting that has no effect, or make both name the same file."),
        )
    if code == "setting-ignored":
        return (
            fill(translate("ToolsText", "This tool does not read %1."), setting),
            translate("ToolsText", "Use the setting this tool reads; see the rule in the tooltip."),
        )
    if code == "insecure-setting":
        return (
            fill(
                translate(
                    "ToolsText",
                    "%1 (%2) turns certificate checks off. Anyone on the network could read or change this "
                    "tool's traffic.",
                ),
                setting,
                facts.get("value", ""),
            ),
            fill(
                translate(
                    "ToolsText",
                    "Remove %1. Do not turn certificate checks off; use TrustDesk's merged bundle instead.",
                ),
                setting,
            ),
        )
    if code == "config-unreadable":
        return (
            fill(
                translate("ToolsText", "The settings file %1 could not be read: %2"),
                facts.get("path", ""),
                facts.get("detail", ""),
            ),
            translate("ToolsText", "Fix the file's text or its permissions."),
        )
    if code == "probe-failed":
        if facts.get("detail") == "not-found":
            return (
                fill(translate("ToolsText", "%1 was not found on this computer."), facts.get("program", "")),
                translate("ToolsText", "Nothing to do if you do not use it."),
            )
        return (
            fill(
                translate("ToolsText", "%1 did not answer TrustDesk's question: %2"),
                facts.get("program", ""),
                facts.get("detail", ""),
            ),
            translate("ToolsText", "Check that it starts from a terminal, then press \u201cRefresh\u201d."),
        )
    if code == "aws-profile-not-found":
        return (
            fill(
                translate("ToolsText", "The AWS profile \u201c%1\u201d does not exist, so AWS tools stop at once."),
                facts.get("profile", ""),
            ),
            translate("ToolsText", "Correct AWS_PROFILE or add the profile to the AWS config file."),
        )
    return (code, "")


def _reason_text(reason: str) -> str:
    if reason == "utf-16":
        return translate("ToolsText", "the file is saved as UTF-16")
    if reason == "der":
        return translate("ToolsText", "the file is binary DER")
    if reason == "pkcs7":
        return translate("ToolsText", "the file is PKCS#7")
    if reason == "trusted-certificate":
        return translate("ToolsText", "the blocks are TRUSTED CERTIFICATE")
    return translate("ToolsText", "no certificate block")


def tool_text(trust: ToolTrust) -> ToolText:
    """Return a tool's row: its worst status, where its trust comes from, and one explanation and advice."""
    problems = tuple(problem_text(problem) for problem in trust.problems)
    mode = trust.mode.value
    status = max((problem.status for problem in problems), default=Status.OK)
    if mode == "disabled":
        status = Status.PROBLEM

    if trust.path is not None:
        source = fill(translate("ToolsText", "%1: %2"), source_name(trust.source), trust.path)
    else:
        source = source_name(trust.source)

    worst = [problem for problem in problems if problem.status is status]
    if status is not Status.OK and worst:
        explanation = worst[0].message
        advice = worst[0].advice
    else:
        explanation = mode_explanation(mode)
        advice = translate("ToolsText", "Nothing to do.")
    return ToolText(status, source, mode_text(mode), explanation, advice, problems)


def status_name(status: Status) -> str:
    if status is Status.PROBLEM:
        return translate("ToolsText", "Problem")
    if status is Status.WARNING:
        return translate("ToolsText", "Warning")
    return translate("ToolsText", "OK")


# --- command line ---------------------------------------------------------------------------------


def store_lines(store: TrustStore) -> list[str]:
    """Return the lines ``trustdesk stores`` prints for one store."""
    lines = [fill(translate("ToolsText", "%1 \u2014 %2"), store_name(store), origin_name(store.origin))]
    if store.path is not None:
        lines.append(fill(translate("ToolsText", "  File: %1"), store.path))
    error = store_error_text(store)
    if error:
        lines.append("  " + error)
        return lines
    lines.append(fill(translate("ToolsText", "  Certificates: %1"), store.certificate_count))
    if store.trusted_count is not None:
        lines.append(fill(translate("ToolsText", "  Trusted for websites: %1"), store.trusted_count))
    if store.block_problems:
        damaged = len(store.block_problems)
        lines.append(translate("ToolsText", "  Damaged parts skipped: %n", "", damaged))
    summary = lint_summary_text(store)
    if summary:
        lines.append("  " + summary)
    if store.contains_organisation is not None:
        lines.append(
            fill(
                translate("ToolsText", "  Contains your organisation's certificate: %1"),
                organisation_text(store.contains_organisation),
            )
        )
    return lines


def tool_lines(trust: ToolTrust) -> list[str]:
    """Return the lines ``trustdesk tools`` prints for one tool."""
    text = tool_text(trust)
    lines = [
        fill(translate("ToolsText", "%1 [%2]"), tool_name(trust.tool.value), status_name(text.status)),
        fill(translate("ToolsText", "  Uses: %1"), text.source),
        "  " + text.mode,
    ]
    if not text.problems:
        lines.append("  " + text.explanation)
    for problem in text.problems:
        lines.append(fill(translate("ToolsText", "  %1: %2"), status_name(problem.status), problem.message))
        lines.append(fill(translate("ToolsText", "    What to do: %1"), problem.advice))
    return lines
