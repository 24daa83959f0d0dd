"""``trustdesk bundle``: import organisation CA files and build the merged bundle."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from trustdesk.certs.details import describe
from trustdesk.certs.reader import Block
from trustdesk.cli.common import EXIT_BUNDLE, EXIT_INPUT, EXIT_OK, EXIT_USAGE, print_unless_json, read_password_file

log = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bundle = subparsers.add_parser(
        "bundle",
        help="import organisation CA files and build the merged bundle",
        description="Import the certificates of each FILE into TrustDesk's organisation CA set, then "
        "write certifi's public roots plus the organisation CAs to the merged bundle.",
    )
    bundle.add_argument(
        "--add",
        metavar="FILE",
        action="append",
        default=[],
        type=Path,
        help="certificate file to import (PEM, DER, PKCS#7 or PKCS#12); repeat for several files",
    )
    bundle.add_argument(
        "--out",
        metavar="PATH",
        type=Path,
        help="where to write the merged bundle (default: ca-bundle.pem in TrustDesk's data folder)",
    )
    bundle.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        help="file whose first line is the password of the PKCS#12 files (never give it on the command line)",
    )
    bundle.add_argument("--json", action="store_true", help="print the result as JSON")


def run(arguments: argparse.Namespace) -> int:
    from trustdesk.certs.bundle import BundleError, build_merged_bundle
    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.certs.reader import ReadError, ReadErrorCode, read_certificate_file
    from trustdesk.gui import console, file_inspection_text, messages

    password: bytes | None = None
    if arguments.password_file is not None:
        try:
            password = read_password_file(arguments.password_file)
        except OSError as error:
            reason = error.strerror or str(error)
            print(file_inspection_text.password_file_failed(str(arguments.password_file), reason), file=sys.stderr)
            return EXIT_USAGE

    organisation = OrganisationSet()
    exit_code = EXIT_OK
    inputs: list[dict[str, Any]] = []
    for path in arguments.add:
        entry: dict[str, Any] = {"path": str(path), "error": None, "private_key": False, "blocks": []}
        inputs.append(entry)
        try:
            result = read_certificate_file(path, password=password)
        except ReadError as error:
            exit_code = EXIT_INPUT
            message = messages.read_error_message(str(path), error.code)
            entry["error"] = {"code": error.code.value, "message": message, "detail": error.detail}
            print_unless_json(arguments, message, error_stream=True)
            if error.code in (ReadErrorCode.PASSWORD_REQUIRED, ReadErrorCode.WRONG_PASSWORD):
                print_unless_json(arguments, file_inspection_text.password_hint(), error_stream=True)
            continue

        entry["format"] = result.format
        entry["private_key"] = result.contains_private_key
        entry["blocks"] = [_block_json(block) for block in result.blocks]
        print_unless_json(arguments, console.file_heading(str(path)))
        for line in console.read_result_lines(result):
            print_unless_json(arguments, line)
        if result.contains_private_key:
            print_unless_json(arguments, messages.private_key_warning(str(path)), error_stream=True)
        if not result.certificates:
            exit_code = EXIT_INPUT
            message = console.nothing_imported(str(path))
            print_unless_json(arguments, message, error_stream=True)
        entry["imported"] = len(organisation.add(result.certificates))

    try:
        bundle = build_merged_bundle(organisation.certificates, arguments.out)
    except BundleError as error:
        log.error("Building the merged bundle failed: %s", error)
        message = console.bundle_failed(str(error))
        print_unless_json(arguments, message, error_stream=True)
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
