"""``trustdesk probe``: see what the proxy presents for a host, and which tools would accept it.

The JSON layout is documented in docs/probe-json.md. Exit codes: 0 when every tool accepts the
connection (as set up now, or with the merged bundle), 10 when some tool rejects it, 11 when the
proxy or host could not be reached, 12 on a timeout, 15 for another TLS failure, 16 on Ctrl+C.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from trustdesk.cli.common import EXIT_USAGE, OUTCOME_EXIT_CODES
from trustdesk.network.bedrock import Outcome
from trustdesk.settings import load_settings

if TYPE_CHECKING:
    from cryptography import x509

    from trustdesk.network.inspection import InspectionReport
    from trustdesk.network.probe import HandshakeResult

PROBE_SCHEMA_VERSION = 1


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    probe = subparsers.add_parser(
        "probe",
        help="show the certificate chain a host presents through the proxy, and which tools accept it",
        description="Read the certificate chain presented for HOST (through the proxy in use), verify it "
        "against the public roots, the OS store and the merged bundle, and say which tools would accept "
        "it. Sends no request to the host.",
    )
    probe.add_argument(
        "target",
        nargs="?",
        metavar="HOST[:PORT]",
        help="host to inspect (default: the Bedrock runtime endpoint of the saved region; port 443)",
    )
    probe.add_argument("--region", metavar="R", help="AWS region for the default host (default: the saved setting)")
    probe.add_argument("--pac", metavar="URL_OR_PATH", help="proxy configuration (PAC) file to evaluate")
    probe.add_argument("--wpad", action="store_true", help="look for a PAC file with WPAD (asks DNS for wpad.*)")
    probe.add_argument("--proxy", metavar="URL", help="use this HTTP proxy instead of discovering one")
    probe.add_argument("--no-node", action="store_true", help="do not run the Node.js probe")
    probe.add_argument("--json", action="store_true", help="print the result as JSON (docs/probe-json.md)")


def run(arguments: argparse.Namespace) -> int:
    from trustdesk.gui import inspect_text
    from trustdesk.network.inspection import inspect_connection, load_trust_sources, parse_target
    from trustdesk.network.proxy import discover_proxy, given_proxy

    region = arguments.region or load_settings().region
    try:
        host, port = parse_target(arguments.target, region)
    except ValueError as error:
        print(inspect_text.invalid_target(str(error)), file=sys.stderr)
        return EXIT_USAGE

    url = f"https://{host}" if port == 443 else f"https://{host}:{port}"
    choice = (
        given_proxy(arguments.proxy)
        if arguments.proxy is not None
        else discover_proxy(url, pac=arguments.pac, wpad=arguments.wpad)
    )
    try:
        report = inspect_connection(host, port, choice, load_trust_sources(), run_node=not arguments.no_node)
    except KeyboardInterrupt:
        return OUTCOME_EXIT_CODES[Outcome.CANCELLED]

    exit_code = exit_code_for(report)
    if arguments.json:
        print(json.dumps(report_document(report, exit_code), ensure_ascii=False, indent=2))
    else:
        print("\n".join(inspect_text.report_lines(report)))
    return exit_code


def exit_code_for(report: InspectionReport) -> int:
    from trustdesk.network.probe import FailureKind

    if report.cancelled:
        return OUTCOME_EXIT_CODES[Outcome.CANCELLED]
    if report.failure is not None:
        if report.failure in (FailureKind.PROXY_TIMEOUT, FailureKind.CONNECT_TIMEOUT, FailureKind.TLS_TIMEOUT):
            return OUTCOME_EXIT_CODES[Outcome.TIMED_OUT]
        if report.failure is FailureKind.TLS_ERROR:
            return OUTCOME_EXIT_CODES[Outcome.OTHER]
        return OUTCOME_EXIT_CODES[Outcome.NETWORK_UNREACHABLE]
    accepted = all(tool.accepted_now or tool.accepted_with_bundle for tool in report.tools)
    return (
        OUTCOME_EXIT_CODES[Outcome.SUCCESS]
        if accepted and report.tools
        else OUTCOME_EXIT_CODES[Outcome.CERTIFICATE_NOT_TRUSTED]
    )


def report_document(report: InspectionReport, exit_code: int) -> dict[str, Any]:
    """Return the JSON document of docs/probe-json.md for an ``InspectionReport``."""
    from trustdesk.certs.details import display_name, sha256_fingerprint
    from trustdesk.gui import inspect_text

    verdict = inspect_text.summary(report)

    def certificate(value: x509.Certificate) -> dict[str, Any]:
        return {
            "subject": value.subject.rfc4514_string(),
            "issuer": value.issuer.rfc4514_string(),
            "name": display_name(value.subject),
            "sha256": sha256_fingerprint(value),
            "not_after": value.not_valid_after_utc.isoformat(),
        }

    def handshake(result: HandshakeResult) -> dict[str, Any]:
        return {
            "verified": result.verified,
            "error": result.error or None,
            "verify_code": result.verify_code,
            "alpn": result.alpn,
        }

    root = report.root
    node = report.node
    advice = report.node_advice
    return {
        "schema_version": PROBE_SCHEMA_VERSION,
        "host": report.host,
        "port": report.port,
        "exit_code": exit_code,
        "headline": verdict.headline,
        "explanation": verdict.explanation,
        "next_step": verdict.next_step,
        "duration_s": round(report.duration_s, 3),
        "proxy": {
            "url": report.proxy.display_url,
            "source": report.proxy.source.value,
            "reason": report.proxy.reason.value,
            "detail": report.proxy.detail,
            "pac_error": report.proxy.pac_error or None,
            "used_by_boto3": report.proxy.environment_only,
        },
        "failure": (
            {"kind": report.failure.value, "status": report.failure_status, "detail": report.failure_detail}
            if report.failure is not None
            else None
        ),
        "alpn": report.alpn,
        "tls_version": report.tls_version,
        "whole_chain_presented": report.whole_chain_presented,
        "presented": [certificate(value) for value in report.presented],
        "chain": [dict(certificate(link.certificate), origin=link.origin.value) for link in report.chain],
        "inspected": report.inspected,
        "inspector": report.inspector or None,
        "root": (
            {
                "source": root.source.value,
                "one_click": root.one_click,
                "certificate": certificate(root.certificate) if root.certificate is not None else None,
                "missing_issuer": root.missing_issuer.rfc4514_string() if root.missing_issuer is not None else None,
            }
            if root is not None
            else None
        ),
        "stores": [
            {
                "store": verdict.store.value,
                "cryptography": {"verified": verdict.cryptography_ok, "error": verdict.cryptography_error or None},
                "ssl_default": handshake(verdict.ssl_default),
                "ssl_strict": handshake(verdict.ssl_strict),
            }
            for verdict in report.stores
        ],
        "tools": [
            {
                "tool": tool.tool,
                "store": tool.store.value,
                "strict": tool.strict,
                "accepted_now": tool.accepted_now,
                "accepted_with_bundle": tool.accepted_with_bundle,
            }
            for tool in report.tools
        ],
        "proxy_defects": [
            {
                "certificate": certificate(defect.certificate),
                "findings": [finding.code for finding in defect.findings],
                "tools": list(defect.tools),
            }
            for defect in report.defects
        ],
        "node": (
            {
                "path": node.node_path,
                "version": ".".join(map(str, node.version)) if node.version else None,
                "authorized": node.authorized,
                "stage": node.stage,
                "error": node.error,
                "alpn": node.alpn,
                "use_system_ca_variable": advice.use_system_ca_variable if advice else False,
                "use_system_ca_flag": advice.use_system_ca_flag if advice else False,
            }
            if node is not None
            else None
        ),
        "merged_bundle": str(report.merged_bundle) if report.merged_bundle else None,
    }
