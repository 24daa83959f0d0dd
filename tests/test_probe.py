"""read_presented_chain against local TLS servers: directly, through a CONNECT proxy, and failing."""

from __future__ import annotations

import pytest
import trustme
from cryptography import x509

from support.mitm import MitmProxy
from support.sockets import SilentServer
from support.standin import ENDPOINT_HOST, BedrockStandIn
from trustdesk.network.probe import ProbeError, read_presented_chain


def _subject_alternative_names(certificate: x509.Certificate) -> list[str]:
    extension = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    return extension.value.get_values_for_type(x509.DNSName)


def test_probe_direct_reads_leaf(bedrock_standin: BedrockStandIn, public_ca: trustme.CA) -> None:
    chain = read_presented_chain("127.0.0.1", bedrock_standin.port, timeout=5)

    assert chain, "no certificate was read"
    assert chain[0].issuer == _ca_subject(public_ca)
    assert ENDPOINT_HOST in _subject_alternative_names(chain[0])


def test_probe_direct_sends_no_request(bedrock_standin: BedrockStandIn) -> None:
    read_presented_chain("127.0.0.1", bedrock_standin.port, timeout=5)

    assert bedrock_standin.wait_until_idle(), "the probe's connection is still open"
    assert bedrock_standin.handshakes == 1
    assert bedrock_standin.requests == []


@pytest.mark.mitmproxy
def test_probe_through_proxy(mitm_proxy: MitmProxy, bedrock_standin: BedrockStandIn, org_ca: trustme.CA) -> None:
    chain = read_presented_chain(ENDPOINT_HOST, 443, proxy=mitm_proxy.url, timeout=5)

    assert chain, "no certificate was read"
    assert chain[0].issuer == _ca_subject(org_ca)
    assert ENDPOINT_HOST in _subject_alternative_names(chain[0])
    assert bedrock_standin.wait_until_idle(), "mitmproxy's upstream connection is still open"
    assert bedrock_standin.handshakes == 1
    assert bedrock_standin.requests == []


def test_probe_closed_port(dead_port: int) -> None:
    with pytest.raises(ProbeError, match="cannot reach"):
        read_presented_chain("127.0.0.1", dead_port, timeout=5)


def test_probe_closed_proxy(dead_port: int) -> None:
    with pytest.raises(ProbeError, match="cannot reach"):
        read_presented_chain(ENDPOINT_HOST, 443, proxy=f"http://127.0.0.1:{dead_port}", timeout=5)


def test_probe_silent_server(silent_server: SilentServer) -> None:
    with pytest.raises(ProbeError, match="handshake"):
        read_presented_chain("127.0.0.1", silent_server.port, timeout=0.5)


def _ca_subject(ca: trustme.CA) -> x509.Name:
    return x509.load_pem_x509_certificate(ca.cert_pem.bytes()).subject
