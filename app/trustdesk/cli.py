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
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trustdesk
from trustdesk import paths
from trustdesk.certs.details import describe
from trustdesk.certs.reader import Block
from trustdesk.network.bedrock import Outcome
from trustdesk.settings import load_settings

log = logging.getLogger(__name__)

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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    bundle = commands.add_parser(
        "bundle",
        help="import organisation CA files and build the merged bundle",
        description="Import the certificates of each FILE into TrustDesk's organisation CA set, then "
        "write certifi's public roots plus the organisation CAs to the merged bundle.",
    )
    bundle.add_argument(
        "--add", metavar="FILE", action="append", default=[], type=Path,
        help="certificate file to import (PEM or DER); repeat for several files",
    )
    bundle.add_argument(
        "--out", metavar="PATH", type=Path,
        help="where to write the merged bundle (default: ca-bundle.pem in TrustDesk's data folder)",
    )
    bundle.add_argument("--json", action="store_true", help="print the result as JSON")

    check = commands.add_parser(
        "check",
        help="test a Bedrock call through the current proxy with a CA bundle",
        description="Call Amazon Bedrock Converse once with a one-word prompt, verifying TLS with the "
        "given bundle. Proxies come from the environment, as boto3 reads them.",
    )
    check.add_argument(
        "--bundle", metavar="PATH", type=Path,
        help="CA bundle to verify with (default: the merged bundle if built, else certifi's bundle)",
    )
    check.add_argument("--region", metavar="R", help="AWS region (default: the saved setting, ap-northeast-1)")
    check.add_argument("--model", metavar="M", help="Bedrock model or inference profile id (default: the saved setting)")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
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
    if arguments.command == "bundle":
        return _run_bundle(arguments)
    return _run_check(arguments)


def _run_bundle(arguments: argparse.Namespace) -> int:
    from trustdesk.certs.bundle import BundleError, build_merged_bundle
    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.certs.reader import ReadError, read_certificate_file
    from trustdesk.gui import console, messages

    organisation = OrganisationSet()
    exit_code = EXIT_OK
    inputs: list[dict[str, Any]] = []
    for path in arguments.add:
        entry: dict[str, Any] = {"path": str(path), "error": None, "private_key": False, "blocks": []}
        inputs.append(entry)
        try:
            result = read_certificate_file(path)
        except ReadError as error:
            exit_code = EXIT_INPUT
            message = messages.read_error_message(str(path), error.code)
            entry["error"] = {"code": error.code.value, "message": message, "detail": error.detail}
            _print_unless_json(arguments, message, error_stream=True)
            continue

        entry["format"] = result.format
        entry["private_key"] = result.contains_private_key
        entry["blocks"] = [_block_json(block) for block in result.blocks]
        _print_unless_json(arguments, console.file_heading(str(path)))
        for line in console.read_result_lines(result):
            _print_unless_json(arguments, line)
        if result.contains_private_key:
            _print_unless_json(arguments, messages.private_key_warning(str(path)), error_stream=True)
        if not result.certificates:
            exit_code = EXIT_INPUT
            message = console.nothing_imported(str(path))
            _print_unless_json(arguments, message, error_stream=True)
        entry["imported"] = len(organisation.add(result.certificates))

    try:
        bundle = build_merged_bundle(organisation.certificates, arguments.out)
    except BundleError as error:
        log.error("Building the merged bundle failed: %s", error)
        message = console.bundle_failed(str(error))
        _print_unless_json(arguments, message, error_stream=True)
        if arguments.json:
            print(json.dumps({"inputs": inputs, "bundle": None, "error": str(error)}, ensure_ascii=False, indent=2))
        return EXIT_BUNDLE

    summary = {
        "path": str(bundle.path),
        "public_count": bundle.public_count,
        "organisation_count": bundle.organisation_count,
        "already_public": bundle.already_public,
    }
    if arguments.json:
        print(json.dumps({"inputs": inputs, "bundle": summary, "error": None}, ensure_ascii=False, indent=2))
    else:
        print(console.bundle_written(str(bundle.path), bundle.public_count, bundle.organisation_count))
    return exit_code


def _run_check(arguments: argparse.Namespace) -> int:
    from trustdesk.certs.bundle import certifi_bundle_path
    from trustdesk.gui import console, messages
    from trustdesk.network.bedrock import check_bedrock

    settings = load_settings()
    region = arguments.region or settings.region
    model_id = arguments.model or settings.model_id
    bundle = arguments.bundle
    if bundle is None:
        merged = paths.merged_bundle_path()
        bundle = merged if merged.is_file() else certifi_bundle_path()

    try:
        result = check_bedrock(bundle, region, model_id)
    except KeyboardInterrupt:
        return OUTCOME_EXIT_CODES[Outcome.CANCELLED]

    exit_code = OUTCOME_EXIT_CODES[result.outcome]
    if arguments.json:
        verdict = messages.bedrock_verdict(result)
        document = {
            "outcome": result.outcome.value,
            "exit_code": exit_code,
            "headline": verdict.headline,
            "explanation": verdict.explanation,
            "next_step": verdict.next_step,
            "region": result.region,
            "model_id": result.model_id,
            "endpoint": result.endpoint,
            "proxy": result.proxy,
            "bundle": result.bundle,
            "duration_s": round(result.duration_s, 3),
            "reply_text": result.reply_text,
            "presented_issuer": result.presented_issuer,
            "error": (
                {"type": result.error_type, "code": result.error_code, "detail": result.error_detail}
                if result.error_type
                else None
            ),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(console.verdict_text(result))
    return exit_code


def _block_json(block: Block) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "index": block.index,
        "kind": block.kind.value,
        "label": block.label,
        "error": block.error,
        "notes": list(block.notes),
        "certificate": None,
    }
    if block.certificate is not None:
        details = describe(block.certificate)
        entry["certificate"] = {
            "subject": details.subject,
            "issuer": details.issuer,
            "role": details.role.value,
            "sha256": details.sha256,
            "not_valid_before": details.not_valid_before.isoformat(),
            "not_valid_after": details.not_valid_after.isoformat(),
        }
    return entry


def _print_unless_json(arguments: argparse.Namespace, text: str, *, error_stream: bool = False) -> None:
    if arguments.json and not error_stream:
        return
    print(text, file=sys.stderr if error_stream else sys.stdout)
