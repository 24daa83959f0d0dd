"""The ``trustdesk`` command: the window with no arguments, headless subcommands for helpdesk scripts.

Exit codes (stable; scripts rely on them):

====  ======================================================
0     success
2     invalid command line
3     an input file gave no certificate, or could not be read
4     the merged bundle could not be written or was rejected by Python's ssl
10    Bedrock check: certificate not trusted
11    Bedrock check: proxy or network unreachable
12    Bedrock check: timed out
13    Bedrock check: no AWS credentials
14    Bedrock check: access denied or model not enabled
15    Bedrock check: other error
16    Bedrock check: cancelled (Ctrl+C)
====  ======================================================
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

import trustdesk
from trustdesk.cli import bundle, check
from trustdesk.cli.common import EXIT_BUNDLE, EXIT_INPUT, EXIT_OK, EXIT_USAGE, OUTCOME_EXIT_CODES
from trustdesk.settings import load_settings

__all__ = ["EXIT_BUNDLE", "EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "OUTCOME_EXIT_CODES", "build_parser", "main"]

# Each subcommand module has add_parser(subparsers) and run(arguments) -> exit code.
SUBCOMMANDS = {"bundle": bundle, "check": check}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trustdesk",
        description="Make developer tools trust your organisation's root certificate. "
        "Without a command, TrustDesk opens its window.",
    )
    parser.add_argument("--version", action="version", version=f"TrustDesk {trustdesk.__version__}")
    parser.add_argument(
        "--lang",
        choices=("en", "ja"),
        default="",
        help="language of the window and messages (default: the saved setting, else the system locale)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS.values():
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    language_override = arguments.lang or load_settings().language

    if arguments.command is None:
        from trustdesk.gui.app import run_gui

        return run_gui(language_override)

    from trustdesk.gui import console

    console.start_translation(language_override)
    exit_code: int = SUBCOMMANDS[arguments.command].run(arguments)
    return exit_code
