"""End-to-end Bedrock checks through a real TLS-inspecting mitmproxy on 127.0.0.1.

The client names the real endpoint and goes through mitmproxy, which re-signs with ``org_ca`` and
forwards to the local stand-in, which presents a ``public_ca`` certificate as the real endpoint would.
"""

from __future__ import annotations

import json
from pathlib import Path

import certifi
import pytest
import trustme

from support.mitm import MitmProxy
from support.standin import (
    BedrockStandIn,
    access_denied,
    internal_error,
    validation_error,
)
from trustdesk.certs.bundle import build_merged_bundle
from trustdesk.certs.reader import read_certificate_file
from trustdesk.network.bedrock import MAX_ATTEMPTS, PROMPT, Outcome, check_bedrock
from trustdesk.settings import DEFAULT_MODEL_ID, DEFAULT_REGION

pytestmark = [pytest.mark.mitmproxy, pytest.mark.usefixtures("aws_credentials")]

# botocore percent-encodes the model ID in the request path.
CONVERSE_PATH = "/model/apac.amazon.nova-micro-v1%3A0/converse"


@pytest.fixture
def through_proxy(mitm_proxy: MitmProxy, monkeypatch: pytest.MonkeyPatch) -> MitmProxy:
    monkeypatch.setenv("HTTPS_PROXY", mitm_proxy.url)
    return mitm_proxy


@pytest.fixture
def merged_bundle(org_ca: trustme.CA, tmp_path: Path) -> Path:
    """The merged bundle, built as the app builds it after the org root file has been imported."""
    org_root_file = tmp_path / "org-root.pem"
    org_ca.cert_pem.write_to_path(str(org_root_file))
    organisation = read_certificate_file(org_root_file).certificates
    return build_merged_bundle(organisation, tmp_path / "ca-bundle.pem").path


def _converse_requests(standin: BedrockStandIn) -> list[tuple[str, str]]:
    assert standin.wait_until_idle(), "a connection to the stand-in is still open"
    return [(request.method, request.path) for request in standin.requests]


def test_certifi_alone_not_trusted(through_proxy: MitmProxy, bedrock_standin: BedrockStandIn) -> None:
    result = check_bedrock(certifi.where(), DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.CERTIFICATE_NOT_TRUSTED, result
    assert result.presented_issuer == "Example Org Inspection Root"
    assert result.proxy == through_proxy.url
    assert bedrock_standin.wait_until_idle(), "a connection to the stand-in is still open"
    # mitmproxy did reach the stand-in (it connects upstream before the client's handshake), so the
    # empty request list below means nothing was sent, not that nothing could arrive.
    assert bedrock_standin.handshakes >= 1
    assert bedrock_standin.requests == []


def test_certifi_alone_attempts(through_proxy: MitmProxy, bedrock_standin: BedrockStandIn) -> None:
    check_bedrock(certifi.where(), DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert bedrock_standin.wait_until_idle(), "a connection to the stand-in is still open"
    # One rejected handshake per botocore attempt; the probe's handshake afterwards succeeds.
    assert through_proxy.log_text().count("does not trust the proxy's certificate") == MAX_ATTEMPTS


def test_merged_bundle_success(through_proxy: MitmProxy, bedrock_standin: BedrockStandIn, merged_bundle: Path) -> None:
    bedrock_standin.reply_text = "Pong through the inspecting proxy"

    result = check_bedrock(merged_bundle, DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.SUCCESS, result
    assert result.reply_text == "Pong through the inspecting proxy"
    assert result.bundle == str(merged_bundle)
    assert _converse_requests(bedrock_standin) == [("POST", CONVERSE_PATH)]


def test_merged_bundle_request_body(
    through_proxy: MitmProxy, bedrock_standin: BedrockStandIn, merged_bundle: Path
) -> None:
    check_bedrock(merged_bundle, DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert _converse_requests(bedrock_standin) == [("POST", CONVERSE_PATH)]
    request = bedrock_standin.requests[0]
    assert request.model_id == DEFAULT_MODEL_ID
    assert json.loads(request.body)["messages"] == [{"role": "user", "content": [{"text": PROMPT}]}]


def test_proxy_stays_on_loopback(
    through_proxy: MitmProxy, bedrock_standin: BedrockStandIn, merged_bundle: Path
) -> None:
    check_bedrock(merged_bundle, DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert bedrock_standin.wait_until_idle(), "a connection to the stand-in is still open"
    upstream = through_proxy.upstream_addresses()
    assert upstream, "mitmproxy logged no upstream connection"
    assert set(upstream) == {f"127.0.0.1:{bedrock_standin.port}"}


def test_access_denied(through_proxy: MitmProxy, bedrock_standin: BedrockStandIn, merged_bundle: Path) -> None:
    bedrock_standin.answer = access_denied()

    result = check_bedrock(merged_bundle, DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.ACCESS_DENIED, result
    assert result.error_code == "AccessDeniedException"
    assert _converse_requests(bedrock_standin) == [("POST", CONVERSE_PATH)]


def test_validation_model_denied(
    through_proxy: MitmProxy, bedrock_standin: BedrockStandIn, merged_bundle: Path
) -> None:
    bedrock_standin.answer = validation_error("The provided model identifier is invalid.")

    result = check_bedrock(merged_bundle, DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.ACCESS_DENIED, result
    assert result.error_code == "ValidationException"


def test_validation_other(through_proxy: MitmProxy, bedrock_standin: BedrockStandIn, merged_bundle: Path) -> None:
    bedrock_standin.answer = validation_error("Malformed input request, please reformat your input.")

    result = check_bedrock(merged_bundle, DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.OTHER, result
    assert result.error_code == "ValidationException"


def test_server_error_retried_once(
    through_proxy: MitmProxy, bedrock_standin: BedrockStandIn, merged_bundle: Path
) -> None:
    bedrock_standin.answer = internal_error()

    result = check_bedrock(merged_bundle, DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.OTHER, result
    assert result.error_code == "InternalServerException"
    assert _converse_requests(bedrock_standin) == [("POST", CONVERSE_PATH)] * MAX_ATTEMPTS
