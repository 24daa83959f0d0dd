"""The Node probe with this machine's node, through a real mitmproxy on 127.0.0.1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import trustme
from cryptography import x509

from support.mitm import MitmProxy
from support.standin import ENDPOINT_HOST
from trustdesk.network import node

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")


def _certificate(ca: trustme.CA) -> x509.Certificate:
    return x509.load_pem_x509_certificate(ca.cert_pem.bytes())


@pytest.mark.mitmproxy
def test_node_trusts_organisation_root(mitm_proxy: MitmProxy, org_ca: trustme.CA) -> None:
    result = node.probe_node(ENDPOINT_HOST, 443, [_certificate(org_ca)], proxy=mitm_proxy.url)

    assert result is not None
    assert result.authorized, result.error
    assert result.stage == "tls"
    assert result.version is not None


@pytest.mark.mitmproxy
def test_node_rejects_without_root(mitm_proxy: MitmProxy) -> None:
    result = node.probe_node(ENDPOINT_HOST, 443, [], proxy=mitm_proxy.url)

    assert result is not None
    assert not result.authorized
    assert result.error == "UNABLE_TO_VERIFY_LEAF_SIGNATURE"


@pytest.mark.mitmproxy
def test_node_ignores_reject_unauthorized(mitm_proxy: MitmProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NODE_TLS_REJECT_UNAUTHORIZED", "0")

    result = node.probe_node(ENDPOINT_HOST, 443, [], proxy=mitm_proxy.url)

    assert result is not None
    assert not result.authorized


def test_node_refused_proxy(dead_port: int) -> None:
    result = node.probe_node(ENDPOINT_HOST, 443, [], proxy=f"http://127.0.0.1:{dead_port}")

    assert result is not None
    assert result.stage == "proxy"
    assert result.error == "ECONNREFUSED"


def test_node_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(node, "find_node", lambda: None)

    assert node.probe_node(ENDPOINT_HOST, 443, []) is None


@pytest.mark.parametrize(
    ("version", "variable", "flag"),
    [
        ((20, 20, 2), False, False),
        ((22, 15, 0), False, True),
        ((22, 19, 0), True, True),
        ((23, 8, 0), False, True),
        ((24, 5, 0), False, True),
        ((24, 6, 0), True, True),
        ((25, 0, 0), True, True),
    ],
)
def test_node_advice(version: tuple[int, int, int], variable: bool, flag: bool) -> None:
    advice = node.advice_for(version)

    assert advice.extra_ca_certs
    assert advice.use_system_ca_variable is variable
    assert advice.use_system_ca_flag is flag


def test_snippet_names_bundle() -> None:
    snippet = node.js_sdk_snippet(Path("C:\\Users\\tanaka\\TrustDesk\\ca-bundle.pem"))

    assert 'fs.readFileSync("C:\\\\Users\\\\tanaka\\\\TrustDesk\\\\ca-bundle.pem")' in snippet
    assert "NodeHttpHandler" in snippet
