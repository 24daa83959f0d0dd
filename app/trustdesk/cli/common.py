"""Exit codes and output helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import sys

from trustdesk.network.bedrock import Outcome

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_BUNDLE = 4
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
