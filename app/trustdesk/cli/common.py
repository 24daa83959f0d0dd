"""Exit codes and output helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trustdesk.network.bedrock import Outcome

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_BUNDLE = 4
# trustdesk tools: some tool has a problem that breaks its connections or turns verification off.
EXIT_TOOL_PROBLEM = 6
# The layout of ``trustdesk stores --json`` and ``trustdesk tools --json`` (docs/stores-tools-json.md).
STORES_TOOLS_SCHEMA_VERSION = 1
# ``inspect``: every file was read, but a certificate has a finding of severity "error".
EXIT_FINDINGS = 5
OUTCOME_EXIT_CODES = {
    Outcome.SUCCESS: EXIT_OK,
    Outcome.CERTIFICATE_NOT_TRUSTED: 10,
    Outcome.NETWORK_UNREACHABLE: 11,
    Outcome.TIMED_OUT: 12,
    Outcome.NO_CREDENTIALS: 13,
    Outcome.ACCESS_DENIED: 14,
    Outcome.OTHER: 15,
    Outcome.CANCELLED: 16,
}


def print_unless_json(arguments: argparse.Namespace, text: str, *, error_stream: bool = False) -> None:
    if arguments.json and not error_stream:
        return
    print(text, file=sys.stderr if error_stream else sys.stdout)


def read_password_file(path: Path) -> bytes:
    """Return the first line of ``path`` without its line ending, for a PKCS#12 password.

    Passwords come from a file, never from the command line, where other users could see them in
    the process list. Raises ``OSError`` when the file cannot be read.
    """
    data = path.read_bytes()
    return data.splitlines()[0] if data else b""


# ``apply`` / ``undo`` (docs/apply-json.md): a change failed part way; the journal keeps what was done.
EXIT_APPLY_FAILED = 20
# ``apply``: every change was applied, but a chosen tool does not trust the organisation CA yet.
EXIT_NOT_TRUSTED_YET = 21
# ``apply``: no plan could be made (no organisation CA imported, or the merged bundle cannot be built).
EXIT_NO_PLAN = 22
# ``undo``: stopped because a file or variable was changed after TrustDesk changed it.
EXIT_UNDO_CONFLICT = 23
