"""The helpdesk report: the facts a helpdesk needs in one paste, gathered step by step, never a secret.

Gathering takes only allow-listed facts: versions, the proxy's host and port, the names of set
variables, paths of CA settings, store and tool summaries, certificate fingerprints and check
outcomes. Values of environment variables are shown only for the keys in ``SAFE_VALUE_VARIABLES``
and ``PATH_VARIABLES``; AWS profile entries only by name, except ``SAFE_PROFILE_KEYS``. Rendering
then runs the secret scrubber of ``trustdesk.diagnostics.redaction`` over every string.

Each step runs in its own thread with a timeout. A step that fails or times out becomes a line in
the report and the others still run.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import ssl
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import trustdesk
from trustdesk import paths
from trustdesk.diagnostics.redaction import Redactor, current_redactor
from trustdesk.network.bedrock import CheckResult

log = logging.getLogger(__name__)

FORMAT = "trustdesk-report/1"
# Environment variables that name a file or folder; their value is shown.
PATH_VARIABLES = (
    "AWS_CA_BUNDLE",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "NODE_EXTRA_CA_CERTS",
    "PIP_CERT",
    "GIT_SSL_CAINFO",
    "GIT_SSL_CAPATH",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "PIP_CONFIG_FILE",
    "NPM_CONFIG_USERCONFIG",
    "GIT_CONFIG_GLOBAL",
    "CURL_HOME",
    "TRUSTDESK_PRACTICE_OS_STORE",
)
# Variables whose values are names, switches or host lists, never secrets.
SAFE_VALUE_VARIABLES = (
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_EC2_METADATA_DISABLED",
    "AWS_USE_FIPS_ENDPOINT",
    "NO_PROXY",
    "no_proxy",
    "NODE_USE_SYSTEM_CA",
    "NODE_TLS_REJECT_UNAUTHORIZED",
    "PYTHONHTTPSVERIFY",
    "GIT_SSL_NO_VERIFY",
    "TRUSTDESK_PRACTICE",
)
# Proxy URLs: shown as scheme, host and port only.
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
# Variables whose presence matters to the helpdesk but whose value is never shown.
PRESENCE_VARIABLES = (
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_BEARER_TOKEN_BEDROCK",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_ROLE_ARN",
    "NODE_OPTIONS",
)
# AWS profile entries whose values are shown; every other entry is listed by name only.
SAFE_PROFILE_KEYS = ("region", "ca_bundle", "output", "sso_region")

# Keys of tool settings whose values are paths, and keys whose values are switches or host names.
# Git keys are compared by their last part, so "http.<url>.sslcainfo" counts as "sslcainfo".
PATH_SETTING_KEYS = ("ca_bundle", "cert", "cafile", "sslcainfo", "sslcapath", "cacert", "capath")
SAFE_SETTING_KEYS = ("strict-ssl", "trusted-host", "sslverify", "sslbackend", "schannelusesslcainfo", "insecure")

# Seconds each step may take before the report records it as timed out and moves on.
STEP_TIMEOUTS_S: Mapping[str, float] = {
    "system": 15,
    "proxy": 5,
    "environment": 5,
    "config": 20,
    "stores": 30,
    "presented_chain": 15,
    "lint": 20,
    "tools": 30,
    "checks": 60,
}
PROBE_TIMEOUT_S = 5.0

SECTIONS = tuple(STEP_TIMEOUTS_S)


@dataclass(frozen=True)
class StepResult:
    """The outcome of one gathering step. ``status`` is "ok", "failed", "timed-out" or "skipped"."""

    name: str
    status: str
    duration_s: float
    error: str | None = None


@dataclass
class Report:
    """The gathered facts per section (JSON values; None when the step gave nothing) and each step's result."""

    generated_at: datetime
    practice_mode: bool
    sections: dict[str, Any] = field(default_factory=dict)
    steps: list[StepResult] = field(default_factory=list)

    def document(self, redactor: Redactor | None = None) -> dict[str, Any]:
        """Return the report as one JSON-ready object, every string scrubbed of secrets."""
        redactor = redactor or current_redactor()
        raw = {
            "format": FORMAT,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "practice_mode": self.practice_mode,
            **{name: self.sections.get(name) for name in SECTIONS},
            "steps": [
                {"name": s.name, "status": s.status, "duration_s": round(s.duration_s, 3), "error": s.error}
                for s in self.steps
            ],
        }
        scrubbed: dict[str, Any] = _scrub_strings(raw, redactor)
        return scrubbed


@dataclass(frozen=True)
class ReportRequest:
    """The facts to gather. ``network`` allows the chain probe, and ``run_check`` runs the Bedrock check."""

    region: str
    model_id: str
    network: bool = True
    run_check: bool = False
    last_check: CheckResult | None = None
    environ: Mapping[str, str] | None = None


# --- gathering ----------------------------------------------------------------------------------


def gather_report(
    request: ReportRequest,
    *,
    progress: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    timeouts: Mapping[str, float] | None = None,
) -> Report:
    """Gather every section in ``SECTIONS`` order; never raises for a failing step.

    ``progress`` is called with each step's name before it starts. After ``cancel`` is set, the
    remaining steps are recorded as skipped.
    """
    environ = dict(os.environ if request.environ is None else request.environ)
    from trustdesk.practice import PRACTICE_VARIABLE

    report = Report(datetime.now(UTC), environ.get(PRACTICE_VARIABLE) == "1")
    timeouts = {**STEP_TIMEOUTS_S, **(timeouts or {})}
    state = _State(request, environ)

    steps: dict[str, Callable[[], Any]] = {
        "system": lambda: _system(environ),
        "proxy": state.proxy_section,
        "environment": lambda: _environment(environ),
        "config": lambda: _config(environ),
        "stores": state.stores_section,
        "presented_chain": state.chain_section,
        "lint": state.lint_section,
        "tools": state.tools_section,
        "checks": state.checks_section,
    }
    for name, function in steps.items():
        if cancel is not None and cancel.is_set():
            report.steps.append(StepResult(name, "skipped", 0.0, "cancelled"))
            continue
        if progress is not None:
            progress(name)
        value, step = _run_step(name, function, timeouts[name])
        report.sections[name] = value
        report.steps.append(step)
    return report


class _SkipStep(Exception):
    """The step does not apply (offline, or nothing to check); its message says why."""


def _run_step(name: str, function: Callable[[], Any], timeout_s: float) -> tuple[Any, StepResult]:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = function()
        except BaseException as error:  # Every failure of a step becomes a line of the report.
            box["error"] = error

    started = time.monotonic()
    # NOTE: a step that times out keeps running in its daemon thread until its own bounded timeouts
    # end it (subprocess and socket timeouts); the report does not wait for it.
    thread = threading.Thread(target=target, name=f"report-{name}", daemon=True)
    thread.start()
    thread.join(timeout_s)
    duration = time.monotonic() - started

    if thread.is_alive():
        log.warning("Report step %s timed out after %.0f s", name, timeout_s)
        return None, StepResult(name, "timed-out", duration, f"no answer within {timeout_s:.0f} s")
    error = box.get("error")
    if isinstance(error, _SkipStep):
        return None, StepResult(name, "skipped", duration, str(error))
    if error is not None:
        log.warning("Report step %s failed: %s: %s", name, type(error).__name__, error)
        return None, StepResult(name, "failed", duration, f"{type(error).__name__}: {error}")
    return box.get("value"), StepResult(name, "ok", duration)


class _State:
    """Facts that later steps reuse: the proxy, the organisation fingerprints, the presented chain."""

    def __init__(self, request: ReportRequest, environ: dict[str, str]) -> None:
        self.request = request
        self.environ = environ
        self.endpoint = f"https://bedrock-runtime.{request.region}.amazonaws.com"
        self.proxy: str | None = None
        self.chain: list[Any] = []
        self._organisation: list[Any] | None = None

    def organisation(self) -> list[Any]:
        if self._organisation is None:
            from trustdesk.certs.organisation import OrganisationSet

            self._organisation = OrganisationSet().certificates
        return self._organisation

    def organisation_fingerprints(self) -> set[str]:
        from trustdesk.certs.details import sha256_fingerprint

        return {sha256_fingerprint(certificate) for certificate in self.organisation()}

    def proxy_section(self) -> dict[str, Any]:
        from trustdesk.network.proxy import discover_proxy

        # The OS settings may name a PAC file to download, so they are consulted only when the
        # report may connect. discover_proxy reads os.environ, as botocore does.
        choice = discover_proxy(self.endpoint, use_os_settings=self.request.network)
        self.proxy = choice.url
        return {
            "endpoint": self.endpoint,
            "proxy": choice.display_url,
            "source": choice.source.value,
            "reason": choice.reason.value,
            "used_by_boto3": choice.environment_only,
            "pac_error": choice.pac_error or None,
        }

    def stores_section(self) -> dict[str, Any]:
        from trustdesk.stores.catalogue import all_stores

        stores = all_stores(paths.merged_bundle_path(), self.organisation_fingerprints(), self.environ)
        rows = [
            {
                "origin": store.origin.value,
                "name": store.name,
                "path": str(store.path) if store.path else None,
                "certificates": store.certificate_count,
                "trusted": store.trusted_count,
                "contains_organisation_ca": store.contains_organisation,
                "damaged_blocks": len(store.block_problems),
                "lint_errors": store.lint_findings,
                "error": store.error.value if store.error else None,
                "error_detail": store.error_detail or None,
            }
            for store in stores
        ]
        return {
            "count": len(rows),
            "with_problems": sum(1 for row in rows if row["error"] or row["damaged_blocks"]),
            "containing_organisation_ca": sum(1 for row in rows if row["contains_organisation_ca"]),
            "stores": rows,
        }

    def chain_section(self) -> dict[str, Any]:
        from trustdesk.network.probe import read_presented_chain

        if not self.request.network:
            raise _SkipStep("network steps turned off")
        host = self.endpoint.removeprefix("https://")
        self.chain = read_presented_chain(host, 443, proxy=self.proxy, timeout=PROBE_TIMEOUT_S)
        return {
            "host": host,
            "port": 443,
            "certificates": [_certificate_facts(certificate) for certificate in self.chain],
        }

    def lint_section(self) -> list[dict[str, Any]]:
        from trustdesk.certs.bundle import certifi_bundle_path
        from trustdesk.certs.lint import lint_certificates
        from trustdesk.certs.reader import read_certificate_file

        public = read_certificate_file(certifi_bundle_path()).certificates
        entries = []
        for kind, certificates, expected_ca in (
            ("organisation", self.organisation(), True),
            ("presented", self.chain, False),
        ):
            if not certificates:
                continue
            findings = lint_certificates(certificates, expected_ca=expected_ca, public_roots=public)
            for certificate, found in zip(certificates, findings, strict=True):
                entries.append(
                    {
                        "set": kind,
                        **_certificate_facts(certificate),
                        "findings": [
                            {"code": f.code, "severity": f.severity.value, "tools": list(f.tools)} for f in found
                        ],
                    }
                )
        return entries

    def tools_section(self) -> list[dict[str, Any]]:
        from trustdesk.stores.tools import resolve_tools

        return [
            {
                "tool": tool.tool.value,
                "source": tool.source,
                "path": str(tool.path) if tool.path else None,
                "mode": tool.mode.value,
                "problems": sorted(code.value for code in tool.codes()),
            }
            for tool in resolve_tools(self.organisation_fingerprints(), self.environ)
        ]

    def checks_section(self) -> list[dict[str, Any]]:
        result = self.request.last_check
        if self.request.run_check:
            from trustdesk.certs.bundle import certifi_bundle_path
            from trustdesk.network.bedrock import check_bedrock

            merged = paths.merged_bundle_path()
            bundle = merged if merged.is_file() else certifi_bundle_path()
            result = check_bedrock(bundle, self.request.region, self.request.model_id)
        if result is None:
            raise _SkipStep("no Bedrock check run (use --check)")
        return [_check_facts(result)]


def _certificate_facts(certificate: Any) -> dict[str, Any]:
    from trustdesk.certs.details import describe, group_fingerprint

    details = describe(certificate)
    return {
        "subject": details.subject,
        "issuer": details.issuer,
        "role": details.role.value,
        "not_valid_after": details.not_valid_after.isoformat(),
        "sha256": group_fingerprint(details.sha256),
    }


def _check_facts(result: CheckResult) -> dict[str, Any]:
    return {
        "name": "bedrock",
        "outcome": result.outcome.value,
        "duration_s": round(result.duration_s, 3),
        "region": result.region,
        "model_id": result.model_id,
        "endpoint": result.endpoint,
        "proxy": result.proxy,
        "bundle": result.bundle,
        "presented_issuer": result.presented_issuer,
        "error_type": result.error_type,
        "error_code": result.error_code,
        "error_detail": result.error_detail,
    }


def _system(environ: Mapping[str, str]) -> dict[str, Any]:
    from trustdesk.stores.settings import node_runtime

    runtime = node_runtime(environ)
    node = ".".join(map(str, runtime.version)) if runtime.version else None
    return {
        "app_version": trustdesk.__version__,
        "os": platform.platform(),
        "machine": platform.machine(),
        "python": sys.version.split()[0],
        "python_executable": sys.executable,
        "frozen": bool(getattr(sys, "frozen", False)),
        "openssl": ssl.OPENSSL_VERSION,
        "node": node,
        "node_problem": runtime.failure,
        "log_file": _log_file(),
        "data_folder": str(paths.data_dir()),
    }


def _log_file() -> str:
    from trustdesk.logsetup import current_log_path, log_file_path

    # In practice mode the XDG folders point into the practice folder; the log was opened before that.
    return str(current_log_path() or log_file_path())


def _environment(environ: Mapping[str, str]) -> list[dict[str, Any]]:
    """Return the allow-listed variables that are set: paths and safe values as they are, proxies as host:port."""
    from trustdesk.network.bedrock import redact_proxy

    rows: list[dict[str, Any]] = []
    for name in PATH_VARIABLES:
        if name in environ:
            value = environ[name]
            rows.append({"name": name, "kind": "path", "value": value, "exists": bool(value) and Path(value).exists()})
    for name in SAFE_VALUE_VARIABLES:
        if name in environ:
            rows.append({"name": name, "kind": "value", "value": environ[name]})
    for name in PROXY_VARIABLES:
        if name in environ:
            rows.append({"name": name, "kind": "proxy", "value": redact_proxy(environ[name])})
    for name in PRESENCE_VARIABLES:
        if name in environ:
            rows.append({"name": name, "kind": "set", "value": None})
    return rows


def _config(environ: Mapping[str, str]) -> dict[str, Any]:
    """Return the AWS files (profile names, entry names, safe values) and each tool's CA settings as paths."""
    from trustdesk.stores import settings as found

    aws = found.aws_config(environ)
    profiles = {
        name: {
            "entries": sorted(values),
            **{key: str(values[key]) for key in SAFE_PROFILE_KEYS if isinstance(values.get(key), str)},
        }
        for name, values in sorted(aws.profiles.items())
    }
    failures = [{"source": f.source, "path": str(f.path) if f.path else None, "detail": f.detail} for f in aws.failures]

    settings: list[Any] = list(found.environment_settings(environ))
    pip_found, pip_failures = found.pip_settings(environ)
    runtime = found.node_runtime(environ)
    npm_found, npm_failures = found.npm_settings(environ, runtime.executable_prefix)
    git_found, git_failures = found.git_settings(environ)
    settings += pip_found + npm_found + git_found + found.curl_settings(environ)
    for failure in (*pip_failures, *npm_failures, *git_failures):
        failures.append(
            {"source": failure.source, "path": str(failure.path) if failure.path else None, "detail": failure.detail}
        )

    return {
        "aws_config_file": {"path": str(aws.config_file), "exists": aws.config_file.is_file()},
        "aws_credentials_file": {"path": str(aws.credentials_file), "exists": aws.credentials_file.is_file()},
        "aws_profiles": profiles,
        "ca_settings": [
            {
                "source": setting.source,
                "key": setting.key,
                "value": _setting_value(setting.key, setting.value),
                "file": str(setting.origin_file) if setting.origin_file else None,
            }
            for setting in settings
        ],
        "failures": failures,
    }


def _setting_value(key: str, value: str) -> str | None:
    """Return the value of a CA setting when its key names a path or a switch; None for anything else.

    Environment settings use the variable's name as key. pip's ``index-url`` may carry a token and
    npm's ``ca`` holds certificate text, so both are shown as set, without their value.
    """
    last_part = key.rsplit(".", 1)[-1]
    if key in PATH_VARIABLES or last_part in PATH_SETTING_KEYS or last_part in SAFE_SETTING_KEYS:
        return value
    return None


def _scrub_strings(value: Any, redactor: Redactor) -> Any:
    if isinstance(value, str):
        return redactor.scrub(value)
    if isinstance(value, dict):
        return {key: _scrub_strings(item, redactor) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub_strings(item, redactor) for item in value]
    return value


# --- rendering ----------------------------------------------------------------------------------

# English headings; the window and the command line pass translated ones.
DEFAULT_HEADINGS: Mapping[str, str] = {
    "title": "TrustDesk helpdesk report",
    "practice": "PRACTICE MODE: every server in this report is a local practice stand-in.",
    "system": "Versions",
    "proxy": "Proxy",
    "environment": "Environment variables",
    "config": "Configuration files",
    "stores": "Certificate stores",
    "presented_chain": "Presented certificate chain",
    "lint": "Certificate checks (lint)",
    "tools": "Tools",
    "checks": "Checks",
    "steps": "Report steps",
    "none": "(none)",
}


def render_json(report: Report) -> str:
    return json.dumps(report.document(), ensure_ascii=False, indent=2) + "\n"


def render_text(report: Report, headings: Mapping[str, str] | None = None) -> str:
    """Render the report as plain text for a paste: one heading per section, then ``key: value`` lines.

    A section whose step failed shows the step's error in place of its facts.
    """
    headings = {**DEFAULT_HEADINGS, **(headings or {})}
    document = report.document()
    steps = {step["name"]: step for step in document["steps"]}
    lines = [f"{headings['title']} ({document['format']}, {document['generated_at']})"]
    if document["practice_mode"]:
        lines.append(headings["practice"])

    for name in SECTIONS:
        lines += ["", f"== {headings[name]} =="]
        step = steps.get(name)
        value = document.get(name)
        if step is not None and step["status"] != "ok":
            lines.append(f"[{step['status']}] {step['error'] or ''}".rstrip())
            continue
        rendered = _SECTION_RENDERERS[name](value)
        lines += rendered or [headings["none"]]

    lines += ["", f"== {headings['steps']} =="]
    for step in document["steps"]:
        error = f" ({step['error']})" if step["error"] else ""
        lines.append(f"{step['name']}: {step['status']} in {step['duration_s']:.2f} s{error}")
    # The facts were scrubbed one by one; this pass also covers the joins between them.
    return current_redactor().scrub("\n".join(lines) + "\n")


def _pairs(mapping: Mapping[str, Any], indent: str = "") -> list[str]:
    return [f"{indent}{key}: {_text(value)}" for key, value in mapping.items()]


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value) if value else "-"
    return str(value)


def _render_mapping(value: Any) -> list[str]:
    return _pairs(value) if isinstance(value, dict) else []


def _render_environment(value: Any) -> list[str]:
    lines = []
    for row in value or ():
        if row["kind"] == "set":
            lines.append(f"{row['name']} is set (value not shown)")
        elif row["kind"] == "path":
            state = "" if row["exists"] else " (not found)"
            lines.append(f"{row['name']} = {row['value']}{state}")
        else:
            lines.append(f"{row['name']} = {_text(row['value'])}")
    return lines


def _render_config(value: Any) -> list[str]:
    if not value:
        return []
    lines = []
    for key in ("aws_config_file", "aws_credentials_file"):
        entry = value[key]
        lines.append(f"{key}: {entry['path']} ({'found' if entry['exists'] else 'not found'})")
    for name, profile in value["aws_profiles"].items():
        safe = ", ".join(f"{k}={profile[k]}" for k in SAFE_PROFILE_KEYS if k in profile)
        lines.append(f"profile {name}: entries {_text(profile['entries'])}" + (f"; {safe}" if safe else ""))
    for setting in value["ca_settings"]:
        origin = f" (in {setting['file']})" if setting["file"] else ""
        shown = setting["value"] if setting["value"] is not None else "(set, value not shown)"
        lines.append(f"{setting['source']} {setting['key']} = {shown}{origin}")
    for failure in value["failures"]:
        lines.append(f"could not read {failure['source']} {failure['path'] or ''}: {failure['detail']}")
    return lines


def _render_stores(value: Any) -> list[str]:
    if not value:
        return []
    summary = (
        f"{value['count']} stores, {value['with_problems']} with problems, "
        f"{value['containing_organisation_ca']} containing the organisation CA"
    )
    lines = [summary]
    for row in value["stores"]:
        organisation = {True: "has org CA", False: "no org CA", None: "org CA unknown"}[row["contains_organisation_ca"]]
        facts = f"{row['certificates']} certificates, {organisation}"
        if row["damaged_blocks"]:
            facts += f", {row['damaged_blocks']} damaged blocks"
        if row["lint_errors"]:
            facts += f", {row['lint_errors']} with lint errors"
        if row["error"]:
            facts += f", error {row['error']} {row['error_detail'] or ''}".rstrip()
        lines.append(f"{row['name']} [{row['origin']}] {row['path'] or '-'}: {facts}")
    return lines


def _render_certificate(certificate: Mapping[str, Any], indent: str = "  ") -> list[str]:
    return [
        f"{certificate['subject']} ({certificate['role']})",
        f"{indent}issuer: {certificate['issuer']}",
        f"{indent}valid to: {certificate['not_valid_after']}",
        f"{indent}SHA-256: {certificate['sha256']}",
    ]


def _render_chain(value: Any) -> list[str]:
    if not value:
        return []
    lines = [f"{value['host']}:{value['port']}"]
    for certificate in value["certificates"]:
        lines += _render_certificate(certificate)
    return lines


def _render_lint(value: Any) -> list[str]:
    lines = []
    for entry in value or ():
        lines += [f"[{entry['set']}] " + _render_certificate(entry)[0], *_render_certificate(entry)[1:]]
        for finding in entry["findings"]:
            lines.append(f"  {finding['severity']}: {finding['code']} ({_text(finding['tools'])})")
        if not entry["findings"]:
            lines.append("  no findings")
    return lines


def _render_tools(value: Any) -> list[str]:
    return [
        f"{row['tool']}: {row['source']} ({row['mode']}) {row['path'] or ''}".rstrip()
        + (f"; problems: {_text(row['problems'])}" if row["problems"] else "")
        for row in value or ()
    ]


def _render_checks(value: Any) -> list[str]:
    lines = []
    for check in value or ():
        lines.append(f"{check['name']}: {check['outcome']} in {check['duration_s']:.2f} s")
        lines += _pairs({k: v for k, v in check.items() if k not in ("name", "outcome", "duration_s")}, "  ")
    return lines


_SECTION_RENDERERS: Mapping[str, Callable[[Any], Sequence[str]]] = {
    "system": _render_mapping,
    "proxy": _render_mapping,
    "environment": _render_environment,
    "config": _render_config,
    "stores": _render_stores,
    "presented_chain": _render_chain,
    "lint": _render_lint,
    "tools": _render_tools,
    "checks": _render_checks,
}
