"""``trustdesk report``: the helpdesk report for a remote session, as text or JSON, never with a secret."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trustdesk.cli.common import EXIT_OK
from trustdesk.settings import load_settings

# The report could not be written to --out (the previous file is kept).
EXIT_REPORT_NOT_WRITTEN = 7


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser(
        "report",
        help="print the helpdesk report (versions, proxy, stores, tools, checks; never secrets)",
        description="Gather the facts the helpdesk needs: app, OS, Python, OpenSSL and Node versions, the "
        "proxy's host and port, CA-related variables and settings as paths, the certificate stores, the "
        "chain presented for the Bedrock endpoint, lint findings and the tools view. Credentials, keys, "
        "tokens and proxy passwords are never included.",
    )
    report.add_argument("--out", metavar="FILE", type=Path, help="write the report to FILE instead of printing it")
    report.add_argument("--json", action="store_true", help="write the report as JSON")
    report.add_argument(
        "--check", action="store_true", help="also run the Bedrock check (one Converse call) and include its result"
    )
    report.add_argument(
        "--offline",
        action="store_true",
        help="skip the steps that connect: reading the presented chain (and --check)",
    )


def run(arguments: argparse.Namespace) -> int:
    from trustdesk.diagnostics.report import ReportRequest, gather_report, render_json
    from trustdesk.fileio import write_atomic
    from trustdesk.gui import report_text

    settings = load_settings()
    request = ReportRequest(
        region=settings.region,
        model_id=settings.model_id,
        network=not arguments.offline,
        run_check=arguments.check and not arguments.offline,
    )
    report = gather_report(request)
    text = render_json(report) if arguments.json else report_text.report_text(report)

    if arguments.out is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_atomic(arguments.out, text.encode("utf-8"), backup=False)
    except OSError as error:
        print(report_text.not_written(str(arguments.out), str(error)), file=sys.stderr)
        return EXIT_REPORT_NOT_WRITTEN
    print(report_text.written(str(arguments.out)), file=sys.stderr)
    return EXIT_OK
