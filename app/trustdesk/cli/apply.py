"""``trustdesk apply``: point the chosen tools at the merged bundle, with a preview and a journal.

The JSON printed with ``--json`` is documented in docs/apply-json.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from typing import Any

from trustdesk.cli.common import (
    EXIT_APPLY_FAILED,
    EXIT_NO_PLAN,
    EXIT_NOT_TRUSTED_YET,
    EXIT_OK,
    EXIT_USAGE,
    print_unless_json,
)

log = logging.getLogger(__name__)

APPLY_SCHEMA_VERSION = 1


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "apply",
        help="point developer tools at the merged bundle (shows every change first; undo with 'trustdesk undo')",
        description="Set each chosen tool's CA setting to TrustDesk's merged bundle (Node.js: to the "
        "organisation certificates), record every change in the journal, then check each tool again.",
    )
    parser.add_argument(
        "--tools",
        metavar="LIST",
        default="",
        help="comma-separated tools: botocore, aws-cli-v2, aws-sdk-js-v3, requests, pip, node, npm, git "
        "(default: all of them)",
    )
    parser.add_argument(
        "--profiles", metavar="LIST", default="", help="comma-separated AWS profiles (default: every profile)"
    )
    parser.add_argument(
        "--fix-insecure",
        action="store_true",
        help="also remove settings that turn certificate verification off (strict-ssl=false, "
        "NODE_TLS_REJECT_UNAUTHORIZED=0, http.sslVerify=false, ...)",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the changes and write nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON (docs/apply-json.md)")


def run(arguments: argparse.Namespace) -> int:
    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.configure.engine import apply_plan, default_selection
    from trustdesk.configure.environment import Context
    from trustdesk.configure.journal import Journal, JournalError
    from trustdesk.configure.model import PlanError
    from trustdesk.configure.plan import SUPPORTED_TOOLS, make_plan, parse_tools
    from trustdesk.gui import configure_text

    document: dict[str, Any] = {"schema_version": APPLY_SCHEMA_VERSION, "dry_run": bool(arguments.dry_run)}
    names = [name for name in arguments.tools.split(",") if name.strip()]
    try:
        tools = parse_tools(names) if names else SUPPORTED_TOOLS
    except ValueError as error:
        message = configure_text.unsupported_tool_text(str(error))
        return _finish(
            arguments, document, EXIT_USAGE, [message], error={"code": "unsupported-tool", "message": message}
        )
    profiles = [name.strip() for name in arguments.profiles.split(",") if name.strip()] or None

    ctx = Context(dict(os.environ))
    organisation = OrganisationSet().certificates
    try:
        plan = make_plan(ctx, organisation, tools, profiles)
    except PlanError as error:
        message = configure_text.plan_error_text(error.code)
        return _finish(
            arguments,
            document,
            EXIT_NO_PLAN,
            [message],
            error={"code": error.code, "message": message, "detail": error.detail},
        )

    selection = default_selection(plan, arguments.fix_insecure)
    document["tools"] = [tool.value for tool in plan.tools]
    document["changes"] = [_change_json(change, change.change_id in selection) for change in plan.changes]
    document["skipped"] = [
        {
            "tool": item.tool.value if item.tool else None,
            "reason": item.reason.value,
            "message": configure_text.skip_text(item),
            "facts": dict(item.facts),
        }
        for item in plan.skipped
    ]
    lines = _preview_lines(plan, selection)
    if arguments.dry_run:
        document["result"] = None
        return _finish(arguments, document, EXIT_OK, lines)

    try:
        result = apply_plan(plan, ctx, Journal(), selection, organisation=organisation)
    except (JournalError, OSError) as error:
        log.error("Applying the settings failed: %s", error)
        message = configure_text.journal_error_text(str(error))
        return _finish(
            arguments,
            document,
            EXIT_APPLY_FAILED,
            [message],
            error={"code": "journal", "message": message, "detail": str(error)},
        )

    lines += ["", *configure_text.apply_summary(result)]
    document["result"] = {
        "batch": result.batch,
        "applied": [entry.entry_id for entry in result.applied],
        "unchanged": list(result.unchanged),
        "not_selected": list(result.not_selected),
        "failure": (
            {"change_id": result.failure.change_id, "target": result.failure.target, "detail": result.failure.detail}
            if result.failure
            else None
        ),
        "tools": [
            {
                "tool": trust.tool.value,
                "green": result.green[trust.tool],
                "source": trust.source,
                "path": str(trust.path) if trust.path else None,
                "problems": sorted(code.value for code in trust.codes()),
            }
            for trust in result.tools
            if trust.tool in result.green
        ],
        "restart": [hint.value for hint in result.restart],
        "bundle": str(result.bundle) if result.bundle else None,
    }
    if result.failure is not None:
        exit_code = EXIT_APPLY_FAILED
    elif not result.all_green:
        exit_code = EXIT_NOT_TRUSTED_YET
    else:
        exit_code = EXIT_OK
    return _finish(arguments, document, exit_code, lines)


def _change_json(change: Any, selected: bool) -> dict[str, Any]:
    from trustdesk.gui import configure_text

    return {
        "id": change.change_id,
        "action": change.action.value,
        "description": configure_text.action_text(change.action, change.target, change.facts),
        "kind": change.kind.value,
        "target": change.target,
        "tools": [tool.value for tool in change.tools],
        "insecure_fix": change.insecure_fix,
        "selected": selected,
        "diff": change.diff(),
    }


def _preview_lines(plan: Any, selection: set[str]) -> list[str]:
    from trustdesk.gui import configure_text

    if not plan.changes:
        lines = [configure_text.no_changes_text()]
    else:
        lines = [configure_text.preview_heading(), ""]
        for change in plan.changes:
            mark = "[x]" if change.change_id in selection else "[ ]"
            text = configure_text.action_text(change.action, change.target, change.facts)
            if change.insecure_fix:
                text += " " + configure_text.consent_marker()
            lines.append(f"{mark} {change.change_id}: {text}")
            lines.append(change.diff().rstrip("\n"))
            lines.append("")
        if any(change.insecure_fix for change in plan.changes):
            lines.append(configure_text.insecure_hint())
    lines += [configure_text.skip_text(item) for item in plan.skipped]
    return lines


def _finish(
    arguments: argparse.Namespace,
    document: dict[str, Any],
    exit_code: int,
    lines: list[str],
    *,
    error: dict[str, Any] | None = None,
) -> int:
    document["exit_code"] = exit_code
    document["error"] = error
    if arguments.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for line in lines:
            print_unless_json(arguments, line, error_stream=error is not None)
    return exit_code
