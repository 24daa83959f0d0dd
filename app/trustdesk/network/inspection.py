"""Inspect one HTTPS connection: the chain presented, who would accept it, and which root is behind it.

``inspect_connection`` runs these steps, each bounded so that every failure has a verdict within
``VERDICT_BUDGET_S``:

1. a read-only handshake (``probe.capture_chain``) that reads the presented chain and sends nothing;
2. the chain completed from the trust stores (``roots.complete_chain``);
3. verification of that chain against certifi, the OS store and the merged bundle with
   ``cryptography.x509.verification``, and with Python's ssl in real verifying handshakes, in the
   default flags and in the strict flags of Python 3.13;
4. per-tool verdicts, inspection detection, root matching and the lint of the proxy's certificates;
5. optionally a fresh Node process (``node.probe_node``).

A failed step returns a report with ``failure`` set; nothing here raises for network or TLS errors.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from trustdesk.certs import lint
from trustdesk.certs.details import display_name, is_self_signed, sha256_fingerprint
from trustdesk.certs.reader import ReadError, read_certificate_file
from trustdesk.network import node as node_probe
from trustdesk.network import probe, roots
from trustdesk.network.bedrock import endpoint_host
from trustdesk.network.probe import FailureKind, HandshakeResult, ProbeError
from trustdesk.network.proxy import ProxyChoice

log = logging.getLogger(__name__)

# Every failure class gets its verdict within this many seconds (connect, CONNECT response, handshake).
VERDICT_BUDGET_S = 5.0
# Each verifying handshake after a successful capture gets this long.
VERIFY_TIMEOUT_S = 3.0


class StoreId(enum.Enum):
    """A trust store a chain is verified against. The value is stable: JSON output keeps it."""

    CERTIFI = "certifi"
    OS = "os"
    MERGED = "merged"


@dataclass(frozen=True)
class TrustSources:
    """The certificates each store holds, read before the probe so that tests can stand in fakes."""

    certifi: tuple[x509.Certificate, ...]
    os_store: tuple[x509.Certificate, ...]
    organisation: tuple[x509.Certificate, ...]
    merged_bundle: Path | None
    merged: tuple[x509.Certificate, ...]
    policy: roots.Policy = field(default_factory=roots.Policy)

    def store(self, store: StoreId) -> tuple[x509.Certificate, ...]:
        if store is StoreId.CERTIFI:
            return self.certifi
        if store is StoreId.OS:
            return self.os_store
        return self.merged


def load_trust_sources(
    *,
    os_anchors: roots.OsAnchors | None = None,
    organisation: Sequence[x509.Certificate] | None = None,
    merged_bundle: Path | None = None,
    policy: roots.Policy | None = None,
) -> TrustSources:
    """Read certifi, the OS store (``os_anchors``, by default ``roots.os_trust_anchors``), the organisation
    set, the merged bundle (when the file exists) and the IT policy file.
    """
    from trustdesk import paths
    from trustdesk.certs.bundle import certifi_bundle_path
    from trustdesk.certs.organisation import OrganisationSet

    certifi_roots = tuple(read_certificate_file(certifi_bundle_path()).certificates)
    os_certificates = tuple((os_anchors or roots.os_trust_anchors)())
    if organisation is None:
        organisation = OrganisationSet().certificates
    merged_bundle = merged_bundle or paths.merged_bundle_path()
    merged: tuple[x509.Certificate, ...] = ()
    if merged_bundle.is_file():
        try:
            merged = tuple(read_certificate_file(merged_bundle).certificates)
        except ReadError as error:
            log.warning("The merged bundle %s could not be read: %s", merged_bundle, error)
    return TrustSources(
        certifi_roots,
        os_certificates,
        tuple(organisation),
        merged_bundle if merged else None,
        merged,
        policy if policy is not None else roots.load_policy(),
    )


@dataclass(frozen=True)
class StoreVerdict:
    """The chain against one store: cryptography's path validation and two real ssl handshakes."""

    store: StoreId
    cryptography_ok: bool
    cryptography_error: str
    ssl_default: HandshakeResult
    ssl_strict: HandshakeResult


@dataclass(frozen=True)
class ToolVerdict:
    """Would ``tool`` (a ``certs.lint`` tool id) accept the connection, as it is set up by default
    (``accepted_now``) and once it uses the merged bundle (``accepted_with_bundle``, None with no bundle)?
    """

    tool: str
    store: StoreId
    strict: bool
    accepted_now: bool
    accepted_with_bundle: bool | None


@dataclass(frozen=True)
class CertificateDefect:
    """Lint findings on a certificate the proxy made; ``tools`` is every tool that rejects it."""

    certificate: x509.Certificate
    findings: tuple[lint.Finding, ...]
    tools: tuple[str, ...]


@dataclass
class InspectionReport:
    """Everything ``inspect_connection`` found. ``failure`` is set when the chain could not be read."""

    host: str
    port: int
    proxy: ProxyChoice
    duration_s: float = 0.0
    failure: FailureKind | None = None
    failure_status: int | None = None
    failure_detail: str = ""
    presented: tuple[x509.Certificate, ...] = ()
    whole_chain_presented: bool = False
    chain: tuple[roots.ChainLink, ...] = ()
    alpn: str | None = None
    tls_version: str | None = None
    stores: tuple[StoreVerdict, ...] = ()
    tools: tuple[ToolVerdict, ...] = ()
    inspected: bool = False
    inspector: str = ""
    root: roots.RootMatch | None = None
    defects: tuple[CertificateDefect, ...] = ()
    node: node_probe.NodeProbeResult | None = None
    node_advice: node_probe.NodeAdvice | None = None
    merged_bundle: Path | None = None
    cancelled: bool = False

    def store_verdict(self, store: StoreId) -> StoreVerdict | None:
        return next((verdict for verdict in self.stores if verdict.store is store), None)

    @property
    def root_fingerprint(self) -> str | None:
        if self.root is None or self.root.certificate is None:
            return None
        return sha256_fingerprint(self.root.certificate)


# Default root stores per tool, and whether the tool sets the strict flags. Sources: stores/tools.py
# RULES (botocore, AWS CLI, requests, pip, Node, git, curl) and certs/lint.py STRICT_TOOLS.
# pip 24.2+ verifies with the OS store and certifi (truststore); it is checked against both.
TOOL_DEFAULTS: dict[str, tuple[tuple[StoreId, ...], bool]] = {
    lint.PYTHON312: ((StoreId.OS,), False),
    lint.PYTHON313: ((StoreId.OS,), True),
    lint.REQUESTS: ((StoreId.CERTIFI,), True),
    lint.PIP: ((StoreId.OS, StoreId.CERTIFI), True),
    lint.BOTO3: ((StoreId.CERTIFI,), False),
    lint.AWS_CLI: ((StoreId.CERTIFI,), False),
    lint.NODE: ((StoreId.CERTIFI,), False),
    lint.AWS_SDK_JS: ((StoreId.CERTIFI,), False),
    lint.CURL: ((StoreId.OS,), False),
    lint.GIT: ((StoreId.OS,), False),
}


def parse_target(target: str | None, region: str) -> tuple[str, int]:
    """Return (host, port) from "HOST", "HOST:PORT" or "[IPv6]:PORT"; None gives the Bedrock endpoint."""
    if not target:
        return endpoint_host(region), 443
    text = target.strip()
    if text.startswith("https://"):
        text = text[len("https://") :].split("/", 1)[0]
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port_text = rest.lstrip(":")
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host, port_text = text, ""
    if not host:
        raise ValueError(f"no host name in {target!r}")
    port = int(port_text) if port_text else 443
    if not 0 < port < 65536:
        raise ValueError(f"port {port} is out of range")
    return host, port


def inspect_connection(
    host: str,
    port: int,
    proxy: ProxyChoice,
    sources: TrustSources,
    *,
    run_node: bool = True,
    cancel: threading.Event | None = None,
    budget_s: float = VERDICT_BUDGET_S,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> InspectionReport:
    """Inspect ``host:port`` through ``proxy.url``; see the module docstring for the steps.

    ``cancel`` is checked between steps. ``progress`` receives a step name ("capture", "verify",
    "node") before each step starts; it runs on the calling thread.
    """
    started = time.monotonic()
    report = InspectionReport(host, port, proxy, merged_bundle=sources.merged_bundle)

    def finish() -> InspectionReport:
        report.duration_s = time.monotonic() - started
        log.info(
            "Inspected %s:%d via %s in %.2f s: failure=%s inspected=%s root=%s",
            host,
            port,
            proxy.display_url or "direct",
            report.duration_s,
            report.failure.value if report.failure else None,
            report.inspected,
            report.root.source.value if report.root else None,
        )
        return report

    def stop_requested() -> bool:
        report.cancelled = cancel is not None and cancel.is_set()
        return report.cancelled

    if progress:
        progress("capture")
    try:
        captured = probe.capture_chain(host, port, proxy=proxy.url, timeout=budget_s)
    except ProbeError as error:
        report.failure, report.failure_status, report.failure_detail = error.kind, error.status, str(error)
        return finish()
    if not captured.certificates:
        report.failure, report.failure_detail = FailureKind.TLS_ERROR, "the server presented no certificate"
        return finish()
    report.presented = captured.certificates
    report.whole_chain_presented = captured.whole_chain
    report.alpn, report.tls_version = captured.alpn, captured.tls_version
    if stop_requested():
        return finish()

    pools: list[tuple[roots.Origin, tuple[x509.Certificate, ...]]] = [
        (roots.Origin.ORGANISATION, sources.organisation),
        (roots.Origin.OS_STORE, sources.os_store),
        (roots.Origin.PUBLIC, sources.certifi),
    ]
    report.chain = tuple(roots.complete_chain(captured.certificates, pools))
    report.root = roots.match_root(
        report.chain,
        organisation=sources.organisation,
        os_anchors=sources.os_store,
        public_roots=sources.certifi,
        policy=sources.policy,
    )

    if progress:
        progress("verify")
    moment = now or datetime.now(UTC)
    verdicts = []
    for store in (StoreId.CERTIFI, StoreId.OS, StoreId.MERGED):
        if store is StoreId.MERGED and not sources.merged:
            continue
        if stop_requested():
            return finish()
        verdicts.append(_verify_store(report, store, sources.store(store), moment))
    report.stores = tuple(verdicts)
    # The ALPN of a real TLS 1.3 handshake is what clients get; the capture may have used TLS 1.2.
    for verdict in verdicts:
        if verdict.ssl_default.tls_version:
            report.alpn, report.tls_version = verdict.ssl_default.alpn, verdict.ssl_default.tls_version
            break

    report.tools = tuple(_tool_verdicts(report))
    report.inspected, report.inspector = _inspection(report)
    report.defects = tuple(_proxy_defects(report, moment)) if report.inspected else ()

    if run_node and not stop_requested():
        if progress:
            progress("node")
        organisation_roots = list(sources.organisation)
        if report.root is not None and report.root.certificate is not None and report.root.one_click:
            # The Node probe shows what the root IT installed would do once it is used.
            organisation_roots.append(report.root.certificate)
        report.node = node_probe.probe_node(host, port, organisation_roots, proxy=proxy.url)
        report.node_advice = node_probe.advice_for(report.node.version if report.node else None)
    return finish()


def _verify_store(
    report: InspectionReport, store: StoreId, certificates: Sequence[x509.Certificate], moment: datetime
) -> StoreVerdict:
    ok, error = verify_with_cryptography(report.presented, certificates, report.host, moment)
    default = probe.verify_handshake(
        report.host, report.port, certificates, proxy=report.proxy.url, timeout=VERIFY_TIMEOUT_S
    )
    strict = probe.verify_handshake(
        report.host, report.port, certificates, proxy=report.proxy.url, strict=True, timeout=VERIFY_TIMEOUT_S
    )
    return StoreVerdict(store, ok, error, default, strict)


def verify_with_cryptography(
    presented: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    host: str,
    moment: datetime,
) -> tuple[bool, str]:
    """Validate ``presented`` (leaf first) for ``host`` against ``anchors`` with cryptography's verifier.

    cryptography 43+ follows RFC 5280 and the CA/Browser Forum profile, which is stricter than
    OpenSSL's default (for example it requires an Authority Key Identifier on every certificate that
    is not self-signed). Returns (verified, error message).
    """
    if not presented:
        return False, "no certificate presented"
    if not anchors:
        return False, "the store is empty"
    try:
        subject = _subject_for(host)
        verifier = PolicyBuilder().store(Store(list(anchors))).time(moment).build_server_verifier(subject)
        verifier.verify(presented[0], list(presented[1:]))
    except (VerificationError, ValueError) as error:
        return False, str(error)
    return True, ""


def _subject_for(host: str) -> x509.DNSName | x509.IPAddress:
    import ipaddress

    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)


def _tool_verdicts(report: InspectionReport) -> list[ToolVerdict]:
    merged = report.store_verdict(StoreId.MERGED)
    verdicts = []
    for tool, (stores, strict) in TOOL_DEFAULTS.items():
        accepted_now = False
        for store in stores:
            verdict = report.store_verdict(store)
            if verdict is not None and (verdict.ssl_strict if strict else verdict.ssl_default).verified:
                accepted_now = True
        with_bundle = None
        if merged is not None:
            with_bundle = (merged.ssl_strict if strict else merged.ssl_default).verified
        verdicts.append(ToolVerdict(tool, stores[0], strict, accepted_now, with_bundle))
    return verdicts


def _inspection(report: InspectionReport) -> tuple[bool, str]:
    """Return (inspected, who): the chain does not lead to a public root, so someone re-signed it."""
    certifi_verdict = report.store_verdict(StoreId.CERTIFI)
    public = report.root is not None and report.root.source is roots.RootSource.PUBLIC
    if public or (certifi_verdict is not None and certifi_verdict.ssl_default.verified):
        return False, ""
    top = report.chain[-1].certificate if report.chain else report.presented[-1]
    name = top.subject if is_self_signed(top) else top.issuer
    return True, inspector_name(name)


def inspector_name(name: x509.Name) -> str:
    """Return "Organisation (Common Name)", or whichever of them the name has."""
    organisations = name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    common_names = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    organisation = str(organisations[0].value) if organisations else ""
    common_name = str(common_names[0].value) if common_names else ""
    if organisation and common_name and organisation != common_name:
        return f"{organisation} ({common_name})"
    return organisation or common_name or display_name(name)


def _proxy_defects(report: InspectionReport, moment: datetime) -> list[CertificateDefect]:
    """Lint the certificates the proxy made (every presented one that is not a root).

    Only findings that make some tool reject the chain count; the role findings about missing roots
    are left out, because a proxy's leaf is not expected to come with its root.
    """
    skipped = {"intermediate-without-root", "already-public", "public-root-impostor", "not-a-ca"}
    defects = []
    for index, certificate in enumerate(report.presented):
        if is_self_signed(certificate):
            continue
        findings = lint.lint_certificate(certificate, expected_ca=index > 0, now=moment, issuer_known=True)
        errors = tuple(
            finding
            for finding in findings
            if finding.severity is lint.Severity.ERROR and finding.tools and finding.code not in skipped
        )
        if errors:
            tools = tuple(tool for tool in lint.TOOLS if any(tool in finding.tools for finding in errors))
            defects.append(CertificateDefect(certificate, errors, tools))
    return defects
