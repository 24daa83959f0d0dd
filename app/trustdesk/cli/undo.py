"""``trustdesk undo``: restore what TrustDesk changed, from its journal, newest first.

Without an argument it lists the journal. The JSON printed with ``--json`` is documented in
docs/apply-json.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from typing import Any

from trustdesk.cli.common import EXIT_APPLY_FAILED, EXIT_OK, EXIT_UNDO_CONFLICT, EXIT_USAGE

log = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "undo",
        help="undo changes made by 'trustdesk apply' (without an argument: list them)",
        description="Restore the exact previous content of each file and value of each variable that "
        "TrustDesk changed. Without --all or ID, list the journal.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--all", action="store_true", help="undo every change still in effect, newest first")
    group.add_argument("entry_id", nargs="?", metavar="ID", help="the journal ID of one change to undo")
    parser.add_argument("--json", action="store_true", help="print the result as JSON (docs/apply-json.md)")


def run(arguments: argparse.Namespace) -> int:
    from trustdesk.configure.engine import undo
    from trustdesk.configure.environment import Context
    from trustdesk.configure.journal import Journal, JournalError
    from trustdesk.gui import configure_text

    journal = Journal()
    try:
        entries = journal.entries()
    except JournalError as error:
        message = configure_text.journal_error_text(str(error))
        return _finish(arguments, {"error": {"code": "journal", "message": message}}, EXIT_APPLY_FAILED, [message])

    if not arguments.all and arguments.entry_id is None:
        listing = [entry_json(entry) for entry in entries]
        lines = [
            f"{entry.entry_id}  {configure_text.status_text(entry.status.value)}  "
            + configure_text.action_text(entry.action, entry.target, entry.facts)
            for entry in entries
        ] or [configure_text.undo_summary_empty()]
        return _finish(arguments, {"entries": listing, "error": None}, EXIT_OK, lines)

    if arguments.entry_id is not None and journal.find(arguments.entry_id) is None:
        message = configure_text.unknown_entry_text(arguments.entry_id)
        return _finish(arguments, {"error": {"code": "unknown-id", "message": message}}, EXIT_USAGE, [message])

    ids = None if arguments.all else [arguments.entry_id]
    result = undo(journal, Context(dict(os.environ)), ids)
    document = {
        "undone": [entry_json(entry) for entry in result.undone],
        "conflict": entry_json(result.conflict) if result.conflict else None,
        "failure": (
            {"change_id": result.failure.change_id, "target": result.failure.target, "detail": result.failure.detail}
            if result.failure
            else None
        ),
        "restart": [hint.value for hint in result.restart],
        "error": None,
    }
    if result.failure is not None:
        exit_code = EXIT_APPLY_FAILED
    elif result.conflict is not None:
        exit_code = EXIT_UNDO_CONFLICT
    else:
        exit_code = EXIT_OK
    return _finish(arguments, document, exit_code, configure_text.undo_summary(result))


def entry_json(entry: Any) -> dict[str, Any]:
    return {
        "id": entry.entry_id,
        "batch": entry.batch,
        "created": entry.created,
        "change_id": entry.change_id,
        "action": entry.action,
        "kind": entry.kind.value,
        "target": entry.target,
        "tools": list(entry.tools),
        "status": entry.status.value,
        "undone": entry.undone or None,
    }


def _finish(arguments: argparse.Namespace, document: dict[str, Any], exit_code: int, lines: list[str]) -> int:
    document["exit_code"] = exit_code
    if arguments.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))
    return exit_code
