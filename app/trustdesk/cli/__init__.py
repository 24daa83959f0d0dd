"""The ``trustdesk`` command: the window with no arguments, headless subcommands for helpdesk scripts.

Exit codes (stable; scripts rely on them):

====  ======================================================
0     success
1     --self-test: at least one check failed (the report names it)
2     invalid command line
3     an input file gave no certificate, or could not be read
4     the merged bundle could not be written or was rejected by Python's ssl
7     report: the report file could not be written
6     tools: some tool has a problem that breaks its connections or turns verification off
5     inspect: every file was read, but a certificate has an error-severity finding
10    Bedrock check: certificate not trusted
11    Bedrock check: proxy or network unreachable
12    Bedrock check: timed out
13    Bedrock check: no AWS credentials
14    Bedrock check: access denied or model not enabled
15    Bedrock check: other error
16    Bedrock check: cancelled (Ctrl+C)
10-16 probe: the same meanings for the inspected connection (10: some tool rejects its chain)
20    apply/undo: a change failed part way (the journal keeps what was done)
21    apply: applied, but a chosen tool does not trust the organisation CA yet
22    apply: nothing could be planned (no organisation CA imported, or no merged bundle)
23    undo: stopped, a file or variable was changed after TrustDesk changed it
====  ======================================================
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import trustdesk
from trustdesk.settings import load_settings

if TYPE_CHECKING:
    import argparse
    from types import ModuleType

    from trustdesk.practice import PracticeEnvironment

__all__ = ["SUBCOMMANDS", "build_parser", "main"]

# Each subcommand module has add_parser(subparsers) and run(arguments) -> exit code. They are imported
# only when the command line names one (or asks for help), because some pull in cryptography and
# botocore and the window must paint without waiting for them.
SUBCOMMANDS = ("apply", "undo", "bundle", "check", "inspect", "probe", "report", "stores", "tools")


def subcommand_module(name: str) -> ModuleType:
    return importlib.import_module(f"trustdesk.cli.{name}")


def build_parser(*, with_subcommands: bool = True) -> argparse.ArgumentParser:
    import argparse

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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offline (translations, icon, Qt plugins, CA bundles, AWS clients) "
        "without opening a window; exit 0 when every check passes, else 1",
    )
    parser.add_argument(
        "--practice",
        action="store_true",
        help="run in practice mode: a local inspecting proxy, a Bedrock stand-in and a practice organisation "
        "root on 127.0.0.1, in a temporary folder removed on exit; your real settings are not touched",
    )
    parser.add_argument(
        "--practice-dir",
        metavar="DIR",
        type=Path,
        help="run in practice mode in DIR, which is kept (with its practice roots) for the next run",
    )
    if not with_subcommands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        subcommand_module(name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if not words:
        # A double-click start: no option to parse, so argparse is not even imported before the window,
        # and the window sets up logging after its first paint.
        from trustdesk.gui.app import run_gui

        return run_gui(load_settings().language)
    needs_subcommands = any(word in SUBCOMMANDS or word in ("-h", "--help") for word in words)
    arguments = build_parser(with_subcommands=needs_subcommands).parse_args(words)
    # The log file's path is fixed here, before practice mode moves HOME and the XDG folders.
    from trustdesk.logsetup import setup_logging

    setup_logging(file_level=logging.INFO, stderr_level=logging.WARNING)
    with contextlib.ExitStack() as cleanup:
        if arguments.practice or arguments.practice_dir is not None:
            cleanup.callback(_start_practice(arguments).stop)
        return _run(arguments)


def _start_practice(arguments: argparse.Namespace) -> PracticeEnvironment:
    from trustdesk import practice

    # The saved language is read now: in practice mode, settings come from the practice folder.
    arguments.lang = arguments.lang or load_settings().language
    return practice.start(
        arguments.practice_dir, reply_text=practice.reply_text_for(arguments.lang), install_signal_handlers=True
    )


def _run(arguments: argparse.Namespace) -> int:
    if arguments.self_test:
        from trustdesk.gui.selftest import run_self_test

        return run_self_test()

    language_override = arguments.lang or load_settings().language

    if arguments.command is None:
        from trustdesk.gui.app import run_gui

        return run_gui(language_override)

    from trustdesk.gui import console

    console.start_translation(language_override)
    exit_code: int = subcommand_module(arguments.command).run(arguments)
    return exit_code
