"""``trustdesk check``: one Bedrock Converse call through the current proxy with a given CA bundle."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from trustdesk import paths
from trustdesk.cli.common import OUTCOME_EXIT_CODES
from trustdesk.network.bedrock import Outcome
from trustdesk.settings import load_settings


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = subparsers.add_parser(
        "check",
        help="test a Bedrock call through the current proxy with a CA bundle",
        description="Call Amazon Bedrock Converse once with a one-word prompt, verifying TLS with the "
        "given bundle. Proxies come from the environment, as boto3 reads them.",
    )
    check.add_argument(
        "--bundle",
        metavar="PATH",
        type=Path,
        help="CA bundle to verify with (default: the merged bundle if built, else certifi's bundle)",
    )
    check.add_argument("--region", metavar="R", help="AWS region (default: the saved setting, ap-northeast-1)")
    check.add_argument(
        "--model", metavar="M", help="Bedrock model or inference profile id (default: the saved setting)"
    )
    check.add_argument("--json", action="store_true", help="print the result as JSON")


def run(arguments: argparse.Namespace) -> int:
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
