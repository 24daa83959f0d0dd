"""``trustdesk inspect``: read certificate files and print every block, its details and its findings.

Nothing is imported or written. The JSON output (``--json``) is documented in docs/inspect-json.md;
its ``schema_version`` changes only when a field is removed or changes meaning.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from cryptography import x509

from trustdesk.certs.details import CertificateDetails, describe, sha256_fingerprint
from trustdesk.certs.lint import Finding, Severity
from trustdesk.certs.reader import Block, BlockKind, ReadErrorCode, ReadResult
from trustdesk.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    print_unless_json,
    read_password_file,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    inspect = subparsers.add_parser(
        "inspect",
        help="show what certificate files contain and what will break, without importing anything",
        description="Read each FILE (PEM, DER, PKCS#7, PKCS#12, UTF-16 or base64 text) and print every "
        "block, the details of each certificate and the problems found, with the tools they affect.",
    )
    inspect.add_argument("files", metavar="FILE", nargs="+", type=Path, help="certificate file to inspect")
    inspect.add_argument("--json", action="store_true", help="print one JSON document (see docs/inspect-json.md)")
    inspect.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        help="file whose first line is the password of the PKCS#12 files (never give it on the command line)",
    )


def run(arguments: argparse.Namespace) -> int:
    from trustdesk.certs.reader import ReadError, read_certificate_file
    from trustdesk.gui import file_inspection_text, messages

    password: bytes | None = None
    if arguments.password_file is not None:
        try:
            password = read_password_file(arguments.password_file)
        except OSError as error:
            print(
                file_inspection_text.password_file_failed(str(arguments.password_file), error.strerror or str(error)),
                file=sys.stderr,
            )
            return EXIT_USAGE

    results: list[tuple[Path, ReadResult | None, ReadError | None]] = []
    for path in arguments.files:
        try:
            results.append((path, read_certificate_file(path, password=password), None))
        except ReadError as error:
            log.info("Reading %s failed: %s", path, error.code.value)
            results.append((path, None, error))

    findings = _lint_all([result for _, result, _ in results if result is not None])
    exit_code = EXIT_OK
    documents: list[dict[str, Any]] = []
    certificate_count = 0
    with_errors = 0
    for path, result, failure in results:
        document: dict[str, Any] = {
            "path": str(path),
            "format": None,
            "error": None,
            "private_key": False,
            "blocks": [],
        }
        documents.append(document)
        if failure is not None or result is None:
            code = failure.code if failure is not None else None
            message = messages.read_error_message(str(path), code) if code is not None else str(path)
            document["error"] = {
                "code": code.value if code is not None else "unreadable",
                "message": message,
                "detail": failure.detail if failure is not None else "",
            }
            exit_code = EXIT_INPUT
            print_unless_json(arguments, message, error_stream=True)
            if code in (ReadErrorCode.PASSWORD_REQUIRED, ReadErrorCode.WRONG_PASSWORD):
                print_unless_json(arguments, file_inspection_text.password_hint(), error_stream=True)
            continue

        document["format"] = result.format
        document["private_key"] = result.contains_private_key
        print_unless_json(arguments, file_inspection_text.file_heading(str(path), result.format))
        for block in result.blocks:
            block_findings = findings.get(sha256_fingerprint(block.certificate), ()) if block.certificate else ()
            document["blocks"].append(_block_json(block, block_findings))
            for line in _block_lines(block, block_findings):
                print_unless_json(arguments, line)
            if block.certificate is not None:
                certificate_count += 1
                with_errors += any(finding.severity is Severity.ERROR for finding in block_findings)
            elif block.kind is not BlockKind.PRIVATE_KEY and block.error is not None:
                exit_code = EXIT_INPUT
        if result.contains_private_key:
            print_unless_json(arguments, messages.private_key_warning(str(path)), error_stream=True)
        if not result.certificates:
            exit_code = EXIT_INPUT

    if exit_code == EXIT_OK and with_errors:
        exit_code = EXIT_FINDINGS
    if arguments.json:
        document = {"schema_version": SCHEMA_VERSION, "files": documents, "exit_code": exit_code}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(file_inspection_text.summary(len(documents), certificate_count, with_errors))
    return exit_code


def _lint_all(results: list[ReadResult]) -> dict[str, tuple[Finding, ...]]:
    """Lint every certificate with all the given files and certifi's roots as the chain context."""
    from trustdesk.certs.bundle import certifi_bundle_path
    from trustdesk.certs.lint import lint_certificate
    from trustdesk.certs.reader import ReadError, read_certificate_file

    certificates = [certificate for result in results for certificate in result.certificates]
    try:
        roots = read_certificate_file(certifi_bundle_path()).certificates
    except ReadError as error:
        log.warning("Cannot read the public roots; linting without them: %s", error)
        roots = []
    subjects = {certificate.subject for certificate in (*certificates, *roots)}
    return {
        sha256_fingerprint(certificate): tuple(
            lint_certificate(certificate, public_roots=roots, issuer_known=certificate.issuer in subjects)
        )
        for certificate in certificates
    }


def _block_lines(block: Block, findings: tuple[Finding, ...]) -> list[str]:
    from trustdesk.gui import console, file_inspection_text, messages

    if block.details_unavailable:
        return [file_inspection_text.details_unavailable(block.index, block.error or "")]
    lines = console.read_result_lines(ReadResult("", "", (block,)))
    if block.certificate is None:
        return lines
    lines += file_inspection_text.certificate_lines(describe(block.certificate))
    lines += ["    " + messages.block_note(note) for note in block.notes]
    if not findings:
        lines.append(file_inspection_text.no_findings())
    for finding in findings:
        lines += file_inspection_text.finding_lines(finding)
    return lines


def _block_json(block: Block, findings: tuple[Finding, ...]) -> dict[str, Any]:
    from trustdesk.gui import lint_text

    return {
        "index": block.index,
        "kind": block.kind.value,
        "label": block.label,
        "error": block.error,
        "notes": list(block.notes),
        "details_unavailable": block.details_unavailable,
        "certificate": _certificate_json(block.certificate) if block.certificate is not None else None,
        "findings": [
            {
                "code": finding.code,
                "severity": finding.severity.value,
                "tools": list(finding.tools),
                "facts": dict(finding.facts),
                "message": lint_text.finding_message(finding),
                "advice": lint_text.finding_advice(finding),
            }
            for finding in findings
        ],
    }


def _certificate_json(certificate: x509.Certificate) -> dict[str, Any]:
    details: CertificateDetails = describe(certificate)
    constraints = details.basic_constraints
    serial = details.serial_number
    return {
        "subject": details.subject,
        "issuer": details.issuer,
        "common_name": details.common_name,
        "serial": {"decimal": str(serial), "hex": ("-" if serial < 0 else "") + format(abs(serial), "X")},
        "not_valid_before": details.not_valid_before.isoformat(),
        "not_valid_after": details.not_valid_after.isoformat(),
        "sha256": details.sha256,
        "sha1": details.sha1,
        "key_type": details.key_type,
        "key_size": details.key_size,
        "signature_algorithm": details.signature_algorithm,
        "basic_constraints": None
        if constraints is None
        else {"ca": constraints.ca, "path_length": constraints.path_length, "critical": constraints.critical},
        "key_usage": list(details.key_usage) if details.key_usage is not None else None,
        "ski": details.subject_key_identifier,
        "aki": details.authority_key_identifier,
        "sans": list(details.subject_alternative_names),
        "role": details.role.value,
        "self_signed": details.self_signed,
    }
