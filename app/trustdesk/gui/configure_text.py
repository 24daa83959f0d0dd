"""Translated sentences for applying settings to tools: change descriptions, skips, results and the restart notice.

The window and ``trustdesk apply`` / ``trustdesk undo`` print the same sentences. Every source string
is a literal ``translate("Configure", ...)`` call so that pyside6-lupdate extracts it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from trustdesk.configure.engine import ApplyResult, Restart, UndoResult
from trustdesk.configure.model import Action, Skipped, SkipReason
from trustdesk.gui.messages import fill
from trustdesk.stores.tools import ToolId

translate = QCoreApplication.translate

TOOL_NAMES: Mapping[ToolId, str] = {
    ToolId.BOTOCORE: "boto3 / botocore",
    ToolId.AWS_CLI_V2: "AWS CLI",
    ToolId.AWS_SDK_JS_V3: "AWS SDK for JavaScript",
    ToolId.REQUESTS: "Python requests",
    ToolId.PIP: "pip",
    ToolId.NODE: "Node.js",
    ToolId.NPM: "npm",
    ToolId.GIT: "git",
    ToolId.CURL: "curl",
}


def tool_name(tool: ToolId | str) -> str:
    try:
        return TOOL_NAMES[ToolId(tool) if isinstance(tool, str) else tool]
    except ValueError:
        return str(tool)


def action_text(action: Action | str, target: str, facts: Mapping[str, str]) -> str:
    """Return one sentence saying what a change does and where."""
    code = Action(action) if isinstance(action, str) else action
    if code is Action.BUILD_BUNDLE:
        text = translate("Configure", "Write the merged bundle (certificate file) %1")
    elif code is Action.WRITE_NODE_CERTIFICATES:
        text = translate("Configure", "Write your organisation's certificates for Node.js to %1")
    elif code is Action.AWS_CA_BUNDLE:
        text = translate("Configure", "Set ca_bundle in the AWS config file %1 (profiles: %2)")
        return fill(text, target, facts.get("profiles", ""))
    elif code is Action.PIP_CERT:
        text = translate("Configure", "Set cert in the pip settings file %1")
    elif code is Action.NPM_CAFILE:
        text = translate("Configure", "Set cafile in the npm settings file %1")
    elif code is Action.GIT_SSL_CA_INFO:
        text = translate("Configure", "Set http.sslCAInfo in the git settings file %1")
    elif code is Action.ENVIRONMENT_FILE:
        text = translate("Configure", "Set environment variables for new sign-ins in %1")
    elif code is Action.SHELL_PROFILE:
        text = translate("Configure", "Set environment variables for new terminals in %1")
    elif code is Action.SET_VARIABLE:
        text = translate("Configure", "Set the user environment variable %1")
    elif code is Action.REMOVE_INSECURE_VARIABLE:
        text = translate("Configure", "Remove %1, which turns off certificate verification, from %2")
        return fill(text, facts.get("variable", target), target)
    elif code is Action.REMOVE_NPM_STRICT_SSL:
        text = translate("Configure", "Remove strict-ssl=false, which turns off certificate verification, from %1")
    elif code is Action.REMOVE_GIT_SSL_VERIFY:
        text = translate("Configure", "Remove http.sslVerify=false, which turns off certificate verification, from %1")
    else:
        text = translate("Configure", "Remove a trusted-host entry from %1")
    return fill(text, target)


def skip_text(skipped: Skipped) -> str:
    tool = tool_name(skipped.tool) if skipped.tool is not None else ""
    if skipped.reason is SkipReason.GIT_SCHANNEL:
        text = translate(
            "Configure",
            "%1: not changed. git uses the Windows certificate store (schannel), which already includes "
            "certificates your IT department installed.",
        )
    elif skipped.reason is SkipReason.PROGRAM_MISSING:
        text = translate("Configure", "%1: not changed, because the program is not installed.")
    elif skipped.reason is SkipReason.CONFIG_UNREADABLE:
        text = translate(
            "Configure", "%1: not changed, because %2 could not be read. Fix or rename that file, then try again."
        )
        return fill(text, tool, skipped.facts.get("path", ""))
    elif skipped.reason is SkipReason.NPM_INLINE_CA:
        text = translate(
            "Configure",
            "%1: not changed, because your .npmrc contains a \u201cca\u201d entry. Ask your IT helpdesk to remove it.",
        )
    elif skipped.reason is SkipReason.INSECURE_OUTSIDE_USER_FILES:
        text = translate(
            "Configure",
            "%1: the setting %2 turns off certificate verification, but it is not in a file TrustDesk can "
            "change. Ask your IT helpdesk to remove it.",
        )
        return fill(text, tool, skipped.facts.get("setting", ""))
    else:
        text = translate("Configure", "%1: TrustDesk cannot set up this tool.")
    return fill(text, tool)


def restart_lines(hints: Sequence[Restart]) -> list[str]:
    """Return the restart notice: one heading, then one line per kind of program that must be restarted."""
    if not hints:
        return []
    lines = [translate("Configure", "Restart these programs so they use the new settings:")]
    for hint in hints:
        if hint is Restart.TERMINALS:
            lines.append(translate("Configure", "\u2022 every open terminal or command prompt"))
        elif hint is Restart.IDES:
            lines.append(translate("Configure", "\u2022 code editors such as VS Code and PyCharm"))
        elif hint is Restart.SIGN_OUT:
            lines.append(translate("Configure", "\u2022 programs started from the desktop: sign out and sign in again"))
        elif hint is Restart.NODE_PROGRAMS:
            lines.append(translate("Configure", "\u2022 running Node.js programs"))
        else:
            lines.append(translate("Configure", "\u2022 running Python programs and notebooks"))
    return lines


def apply_summary(result: ApplyResult) -> list[str]:
    """Return the lines after applying: how many changes, the tools that work, the failure, the restart notice."""
    lines: list[str] = []
    if result.failure is not None:
        lines.append(
            fill(
                translate(
                    "Configure",
                    "The change to %1 failed: %2. The changes made before it are kept and can be undone.",
                ),
                result.failure.target,
                result.failure.detail,
            )
        )
    elif result.applied:
        applied = len(result.applied)
        lines.append(translate("Configure", "%n change(s) applied.", "", applied))
    else:
        lines.append(translate("Configure", "Nothing was changed: everything chosen was already set up."))
    for tool, ok in result.green.items():
        if ok:
            lines.append(
                fill(translate("Configure", "\u2714 %1 now trusts your organisation's certificate."), tool_name(tool))
            )
        else:
            lines.append(
                fill(
                    translate("Configure", "\u2716 %1 does not trust your organisation's certificate yet."),
                    tool_name(tool),
                )
            )
    lines += restart_lines(result.restart)
    return lines


def undo_summary(result: UndoResult) -> list[str]:
    lines: list[str] = []
    if result.undone:
        undone = len(result.undone)
        lines.append(translate("Configure", "%n change(s) undone.", "", undone))
    if result.conflict is not None:
        lines.append(
            fill(
                translate(
                    "Configure",
                    "%1 was changed after TrustDesk changed it, so it was left as it is. Undo newer changes "
                    "first, or edit the file by hand.",
                ),
                result.conflict.target,
            )
        )
    if result.failure is not None:
        lines.append(
            fill(
                translate("Configure", "Undoing the change to %1 failed: %2. Try again, or ask your IT helpdesk."),
                result.failure.target,
                result.failure.detail,
            )
        )
    if not lines:
        lines.append(translate("Configure", "Nothing to undo."))
    lines += restart_lines(result.restart)
    return lines


def undo_summary_empty() -> str:
    return translate("Configure", "The journal is empty: TrustDesk has not changed any settings yet.")


def plan_error_text(code: str) -> str:
    if code == "no-organisation-ca":
        return translate("Configure", "Import your organisation's root certificate first, then apply the settings.")
    if code == "unsafe-path":
        return translate(
            "Configure",
            "TrustDesk's data folder has a name that cannot be written into an environment variable safely. "
            "Ask your IT helpdesk.",
        )
    return translate("Configure", "The merged bundle could not be built. Try again, or ask your IT helpdesk.")


def journal_error_text(detail: str) -> str:
    return fill(
        translate("Configure", "TrustDesk's list of changes could not be read (%1). Ask your IT helpdesk."),
        detail,
    )


def status_text(status: str) -> str:
    if status == "done":
        return translate("Configure", "applied")
    if status == "undone":
        return translate("Configure", "undone")
    if status == "failed":
        return translate("Configure", "failed")
    return translate("Configure", "interrupted")


def preview_heading() -> str:
    return translate("Configure", "Planned changes (nothing has been written yet):")


def no_changes_text() -> str:
    return translate("Configure", "Nothing to change: every chosen tool is already set up.")


def insecure_hint() -> str:
    return translate(
        "Configure",
        "Changes marked \u201cneeds your consent\u201d remove a setting that turns off certificate "
        "verification. They are applied only when you choose them (--fix-insecure on the command line).",
    )


def consent_marker() -> str:
    return translate("Configure", "(needs your consent)")


def unknown_entry_text(entry_id: str) -> str:
    return fill(translate("Configure", "No change with the ID %1 is in the journal."), entry_id)


def unsupported_tool_text(name: str) -> str:
    return fill(
        translate("Configure", "%1 is not a tool TrustDesk can set up. Choose from: %2."),
        name,
        "botocore, aws-cli-v2, aws-sdk-js-v3, requests, pip, node, npm, git",
    )
