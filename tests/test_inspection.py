"""inspect_connection through a real mitmproxy in each presentation, with fake OS stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography import x509

from support.mitm import MitmProxy, Presentation, presented_chain, start_mitmdump
from support.standin import ENDPOINT_HOST, BedrockStandIn
from trustdesk.certs import lint
from trustdesk.certs.bundle import build_merged_bundle
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.network import roots
from trustdesk.network.inspection import StoreId, TrustSources, inspect_connection, load_trust_sources
from trustdesk.network.proxy import given_proxy

pytestmark = pytest.mark.mitmproxy

MITMDUMP = Path(__file__).resolve().parent.parent / ".venv-mitmproxy" / "bin" / "mitmdump"


def _certificate(ca: trustme.CA) -> x509.Certificate:
    return x509.load_pem_x509_certificate(ca.cert_pem.bytes())


@pytest.fixture
def presenting_proxy(
    request: pytest.FixtureRequest,
    org_ca: trustme.CA,
    public_ca: trustme.CA,
    bedrock_standin: BedrockStandIn,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MitmProxy]:
    """A mitmdump that presents ``request.param`` (a ``Presentation``) for the Bedrock host."""
    workdir = tmp_path_factory.mktemp("mitmproxy")
    certs_file = presented_chain(request.param, org_ca, ENDPOINT_HOST, workdir)
    proxy = start_mitmdump(
        MITMDUMP,
        workdir,
        signing_ca=org_ca,
        upstream_ca=public_ca,
        standin_port=bedrock_standin.port,
        certs_file=certs_file,
    )
    yield proxy
    proxy.stop()
    print(f"--- mitmdump output ---\n{proxy.log_text()}")


def _fake_os_store(tmp_path: Path, *cas: trustme.CA) -> list[x509.Certificate]:
    """Lay out a Debian-like anchor folder under ``tmp_path`` and read it as the OS store would be read."""
    anchors = tmp_path / "usr/local/share/ca-certificates"
    anchors.mkdir(parents=True)
    for index, ca in enumerate(cas):
        (anchors / f"org-{index}.crt").write_bytes(ca.cert_pem.bytes())
    return roots.linux_trust_anchors(tmp_path)


def _sources(os_store: list[x509.Certificate], **changes: object) -> TrustSources:
    sources = load_trust_sources(os_anchors=lambda: os_store, organisation=[], policy=roots.Policy())
    for name, value in changes.items():
        object.__setattr__(sources, name, value)
    return sources


@pytest.mark.parametrize("presenting_proxy", [Presentation.LEAF_ONLY], indirect=True)
def test_leaf_only_root_in_os_store(presenting_proxy: MitmProxy, org_ca: trustme.CA, tmp_path: Path) -> None:
    sources = _sources(_fake_os_store(tmp_path, org_ca))

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.failure is None, report.failure_detail
    assert len(report.presented) == 1
    assert report.inspected
    assert "Example Org Inspection Root" in report.inspector
    assert report.root is not None
    assert report.root.source is roots.RootSource.OS_STORE
    assert report.root.one_click
    assert report.root_fingerprint == sha256_fingerprint(_certificate(org_ca))
    assert [link.origin for link in report.chain] == [roots.Origin.PRESENTED, roots.Origin.OS_STORE]


@pytest.mark.parametrize("presenting_proxy", [Presentation.FULL_CHAIN], indirect=True)
def test_full_chain_root_in_os_store(presenting_proxy: MitmProxy, org_ca: trustme.CA, tmp_path: Path) -> None:
    sources = _sources(_fake_os_store(tmp_path, org_ca))

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.failure is None, report.failure_detail
    assert len(report.presented) == 3
    assert report.whole_chain_presented
    assert [link.origin for link in report.chain] == [
        roots.Origin.PRESENTED,
        roots.Origin.PRESENTED,
        roots.Origin.OS_STORE,
    ]
    assert report.root is not None
    assert report.root.one_click
    os_verdict = report.store_verdict(StoreId.OS)
    assert os_verdict is not None
    assert os_verdict.cryptography_ok, os_verdict.cryptography_error
    assert os_verdict.ssl_default.verified
    assert os_verdict.ssl_strict.verified


@pytest.mark.parametrize("presenting_proxy", [Presentation.FULL_CHAIN], indirect=True)
def test_full_chain_root_wire_only(
    presenting_proxy: MitmProxy, org_ca: trustme.CA, public_ca: trustme.CA, tmp_path: Path
) -> None:
    sources = _sources(_fake_os_store(tmp_path, public_ca))

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.failure is None, report.failure_detail
    assert report.inspected
    assert report.root is not None
    assert report.root.source is roots.RootSource.WIRE_ONLY
    assert not report.root.one_click
    assert report.root_fingerprint == sha256_fingerprint(_certificate(org_ca))


@pytest.mark.parametrize("presenting_proxy", [Presentation.LEAF_ONLY], indirect=True)
def test_leaf_only_root_unknown(presenting_proxy: MitmProxy, org_ca: trustme.CA, tmp_path: Path) -> None:
    sources = _sources(_fake_os_store(tmp_path))

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.root is not None
    assert report.root.source is roots.RootSource.NOT_FOUND
    assert report.root.missing_issuer == _certificate(org_ca).subject
    assert not report.root.one_click
    assert report.inspected


@pytest.mark.parametrize("presenting_proxy", [Presentation.FULL_CHAIN], indirect=True)
def test_pinned_wire_root_offered(presenting_proxy: MitmProxy, org_ca: trustme.CA, tmp_path: Path) -> None:
    pins = roots.Policy(frozenset({sha256_fingerprint(_certificate(org_ca))}))
    sources = _sources(_fake_os_store(tmp_path), policy=pins)

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.root is not None
    assert report.root.source is roots.RootSource.PINNED
    assert report.root.one_click


@pytest.mark.parametrize("presenting_proxy", [Presentation.LEAF_WITHOUT_AKI], indirect=True)
def test_leaf_without_aki_is_proxy_defect(presenting_proxy: MitmProxy, org_ca: trustme.CA, tmp_path: Path) -> None:
    sources = _sources(_fake_os_store(tmp_path, org_ca))

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.failure is None, report.failure_detail
    assert len(report.defects) == 1
    defect = report.defects[0]
    assert "missing-authority-key-identifier" in {finding.code for finding in defect.findings}
    assert lint.PYTHON313 in defect.tools
    assert lint.BOTO3 not in defect.tools
    os_verdict = report.store_verdict(StoreId.OS)
    assert os_verdict is not None
    assert os_verdict.ssl_default.verified
    assert not os_verdict.ssl_strict.verified
    verdicts = {verdict.tool: verdict for verdict in report.tools}
    assert verdicts[lint.PYTHON312].accepted_now
    assert not verdicts[lint.PYTHON313].accepted_now


@pytest.mark.parametrize("presenting_proxy", [Presentation.MINTED], indirect=True)
def test_merged_bundle_accepts(presenting_proxy: MitmProxy, org_ca: trustme.CA, tmp_path: Path) -> None:
    bundle = build_merged_bundle([_certificate(org_ca)], tmp_path / "bundle.pem").path
    sources = load_trust_sources(
        os_anchors=lambda: [], organisation=[_certificate(org_ca)], merged_bundle=bundle, policy=roots.Policy()
    )

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.root is not None
    assert report.root.source is roots.RootSource.ORGANISATION
    assert not report.root.one_click
    for verdict in report.tools:
        assert verdict.accepted_with_bundle, verdict.tool
    certifi_tools = {verdict.tool for verdict in report.tools if verdict.store is StoreId.CERTIFI}
    assert lint.BOTO3 in certifi_tools
    assert not any(verdict.accepted_now for verdict in report.tools if verdict.tool == lint.BOTO3)


@pytest.mark.parametrize("presenting_proxy", [Presentation.MINTED], indirect=True)
def test_inspection_sends_no_request(
    presenting_proxy: MitmProxy, bedrock_standin: BedrockStandIn, org_ca: trustme.CA, tmp_path: Path
) -> None:
    sources = _sources(_fake_os_store(tmp_path, org_ca))

    report = inspect_connection(ENDPOINT_HOST, 443, given_proxy(presenting_proxy.url), sources, run_node=False)

    assert report.failure is None
    # mitmproxy mirrors the upstream's ALPN, and the stand-in selects none.
    assert report.alpn is None
    assert bedrock_standin.wait_until_idle()
    assert bedrock_standin.requests == []
