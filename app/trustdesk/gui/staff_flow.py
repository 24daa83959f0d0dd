"""The staff screen's work: the three checks, the verdict behind the traffic light, and the fix.

Every function here except ``classify`` blocks (files, TLS handshakes, a Bedrock call) and runs on the
window's ``BackgroundRunner``; none of them touches a widget. ``staff_view`` calls them in order:

- check: ``inspect_step`` (the chain the proxy presents and the root behind it), ``bedrock_step``
  (one Bedrock call with the merged bundle, or certifi's bundle before there is one) and ``tools_step``
  (the tool settings still missing, as the apply planner sees them);
- fix: ``prepare_fix`` adds the root IT installed in the OS store to the organisation set, builds the
  merged bundle and plans the tool settings; the apply dialog then shows that plan.
"""

from __future__ import annotations

import enum
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import certifi
from cryptography import x509

from trustdesk import paths
from trustdesk.certs.bundle import BundleResult
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.organisation import OrganisationSet
from trustdesk.configure.environment import Context
from trustdesk.configure.model import PlanError
from trustdesk.configure.plan import make_plan
from trustdesk.gui import apply_dialog, operations
from trustdesk.network import roots
from trustdesk.network.bedrock import CheckResult, Outcome
from trustdesk.network.inspection import InspectionReport, inspect_connection, load_trust_sources, parse_target
from trustdesk.network.proxy import discover_proxy
from trustdesk.stores.tools import ToolId

log = logging.getLogger(__name__)

BedrockCheck = Callable[..., CheckResult]


class Light(enum.Enum):
    """The traffic light. The value is stable: tests and the screenshots script read it."""

    GREEN = "green"  # Bedrock answered and every tool is set up
    YELLOW = "yellow"  # the certificates are fine, but something else needs a person (tools, AWS access)
    RED = "red"  # the connection does not work


class Problem(enum.Enum):
    """The subject of the verdict. ``staff_text`` has one sentence pair per value."""

    NONE = "none"
    ROOT_IN_OS_STORE = "root-in-os-store"  # fixable here: IT installed the root
    ROOT_IMPORTED = "root-imported"  # fixable here: the root is imported but the bundle or tools lag
    TOOLS_NOT_SET_UP = "tools-not-set-up"  # Bedrock works; some tools are not set up yet
    ROOT_ON_WIRE_ONLY = "root-on-wire-only"  # ask IT for the root, read the fingerprint back
    ROOT_NOT_FOUND = "root-not-found"  # ask IT for the root
    PROXY_CERTIFICATE = "proxy-certificate"  # the proxy's own certificate is faulty: ask IT
    NETWORK = "network"  # the proxy or the network cannot be reached
    NO_CREDENTIALS = "no-credentials"
    ACCESS_DENIED = "access-denied"
    OTHER = "other"


@dataclass(frozen=True)
class ToolsState:
    """The tools step: the tools whose settings the apply planner would still change."""

    pending: tuple[ToolId, ...] = ()
    # False when there is no organisation certificate yet, so nothing could be planned.
    planned: bool = False
    # SHA-256 fingerprints of the organisation set the plan was made for.
    organisation: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StaffCheck:
    """The outcome of the three steps; ``inspection`` is None when the inspection itself raised."""

    inspection: InspectionReport | None
    bedrock: CheckResult
    tools: ToolsState


@dataclass(frozen=True)
class StaffVerdict:
    light: Light
    problem: Problem
    # The root certificate "Fix it" adds; None when the fix only builds the bundle and applies the tools.
    root_to_adopt: x509.Certificate | None = None
    fixable: bool = False


@dataclass(frozen=True)
class PreparedFix:
    certificates: tuple[x509.Certificate, ...]
    bundle: BundleResult
    plan: apply_dialog.PreparedPlan


# --- the blocking steps ---------------------------------------------------------------------------


def os_anchors() -> list[x509.Certificate]:
    """Return the OS store's roots (the practice OS store's while practice mode runs)."""
    return roots.os_trust_anchors()


def inspect_step(
    region: str,
    load_os_anchors: roots.OsAnchors,
    organisation_set: OrganisationSet | None,
    cancel: threading.Event | None = None,
) -> InspectionReport:
    """Inspect the Bedrock endpoint of ``region`` through the proxy in use; the Node probe is skipped."""
    host, port = parse_target(None, region)
    choice = discover_proxy(f"https://{host}")
    organisation = _organisation(organisation_set).certificates
    sources = load_trust_sources(os_anchors=load_os_anchors, organisation=organisation)
    return inspect_connection(host, port, choice, sources, run_node=False, cancel=cancel)


def check_bundle() -> Path:
    """Return the merged bundle when it exists, else certifi's bundle: the file the Bedrock step verifies with."""
    merged = paths.merged_bundle_path()
    return merged if merged.is_file() else Path(certifi.where())


def bedrock_step(check: BedrockCheck, region: str, model_id: str, cancel: threading.Event | None) -> CheckResult:
    return check(check_bundle(), region, model_id, cancel=cancel)


def tools_step(organisation_set: OrganisationSet | None) -> ToolsState:
    """Plan the tool settings for the organisation set; the tools named in a change are not set up yet."""
    organisation = _organisation(organisation_set).certificates
    fingerprints = frozenset(sha256_fingerprint(certificate) for certificate in organisation)
    if not organisation:
        return ToolsState()
    try:
        plan = make_plan(Context(dict(os.environ)), organisation)
    except PlanError as error:
        log.warning("The tools check could not plan the settings: %s", error)
        return ToolsState(organisation=fingerprints)
    pending: list[ToolId] = []
    for change in plan.changes:
        for tool in change.tools:
            if tool not in pending:
                pending.append(tool)
    return ToolsState(tuple(pending), planned=True, organisation=fingerprints)


def prepare_fix(root: x509.Certificate | None, organisation_set: OrganisationSet | None) -> PreparedFix:
    """Add ``root`` (when given) to the organisation set, build the merged bundle and plan the tools.

    ``organisation_set`` is the window's set, so that its view and the file stay the same; None reads
    the file. Raises ``PlanError`` when the settings cannot be planned and ``BundleError`` when the bundle
    cannot be written; nothing is changed in the tools before the apply dialog's "Apply".
    """
    organisation = _organisation(organisation_set)
    if root is not None and sha256_fingerprint(root) not in organisation.fingerprints():
        log.info("Fix: adding the root %s found in the OS store", sha256_fingerprint(root))
        organisation.add([root])
    certificates = tuple(organisation.certificates)
    bundle = operations.build_bundle(certificates)
    return PreparedFix(certificates, bundle, apply_dialog.prepare_plan())


def _organisation(organisation_set: OrganisationSet | None) -> OrganisationSet:
    return organisation_set if organisation_set is not None else OrganisationSet()


# --- the verdict ----------------------------------------------------------------------------------


def classify(check: StaffCheck) -> StaffVerdict:
    """Turn the three steps into one traffic light, the problem, and whether "Fix it" may be offered.

    "Fix it" is offered only for a root IT vouched for (``RootMatch.one_click``: in the OS store or
    pinned by the IT policy) or one already imported; never for a root seen only on the wire.
    """
    outcome = check.bedrock.outcome
    report = check.inspection
    inspected_ok = report is not None and report.failure is None and not report.cancelled
    root = report.root if inspected_ok and report is not None else None

    if outcome is Outcome.SUCCESS:
        if check.tools.pending:
            return StaffVerdict(Light.YELLOW, Problem.TOOLS_NOT_SET_UP, fixable=True)
        return StaffVerdict(Light.GREEN, Problem.NONE)

    if report is not None and inspected_ok and report.defects:
        return StaffVerdict(Light.RED, Problem.PROXY_CERTIFICATE)

    certificate_problem = outcome is Outcome.CERTIFICATE_NOT_TRUSTED or (
        root is not None and root.source is not roots.RootSource.PUBLIC and boto3_rejects(report)
    )
    if certificate_problem and root is not None:
        if root.one_click and root.certificate is not None:
            adopt = None if sha256_fingerprint(root.certificate) in check.tools.organisation else root.certificate
            return StaffVerdict(Light.RED, Problem.ROOT_IN_OS_STORE, adopt, fixable=True)
        if root.source is roots.RootSource.ORGANISATION:
            return StaffVerdict(Light.RED, Problem.ROOT_IMPORTED, fixable=True)
        if root.source is roots.RootSource.WIRE_ONLY:
            return StaffVerdict(Light.RED, Problem.ROOT_ON_WIRE_ONLY)
        if root.source is roots.RootSource.NOT_FOUND:
            return StaffVerdict(Light.RED, Problem.ROOT_NOT_FOUND)

    if outcome is Outcome.NO_CREDENTIALS:
        return StaffVerdict(Light.YELLOW, Problem.NO_CREDENTIALS)
    if outcome is Outcome.ACCESS_DENIED:
        return StaffVerdict(Light.YELLOW, Problem.ACCESS_DENIED)
    if outcome in (Outcome.NETWORK_UNREACHABLE, Outcome.TIMED_OUT) or (report is not None and report.failure):
        return StaffVerdict(Light.RED, Problem.NETWORK)
    return StaffVerdict(Light.RED, Problem.OTHER)


def boto3_rejects(report: InspectionReport | None) -> bool:
    """Return True when the inspection says boto3 would reject the chain with the bundle it uses now."""
    if report is None:
        return False
    from trustdesk.certs import lint

    for verdict in report.tools:
        if verdict.tool == lint.BOTO3:
            accepted = (
                verdict.accepted_with_bundle if verdict.accepted_with_bundle is not None else verdict.accepted_now
            )
            return not accepted
    return False
