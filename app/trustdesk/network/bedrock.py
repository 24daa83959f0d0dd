"""The Bedrock check: one small Converse call that proves a CA bundle works through the local proxy.

boto3 is imported inside ``check_bedrock`` and not at module level, because importing it costs about
0.4 s and the window must appear first.
"""

from __future__ import annotations

import enum
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
READ_TIMEOUT_S = 20
# Attempts including the first, so 2 means one retry at most. It is passed to botocore as
# ``total_max_attempts``: botocore's ``max_attempts`` key counts retries only and would allow one more.
MAX_ATTEMPTS = 2
PROMPT = "Ping"
MAX_TOKENS = 8


class Outcome(enum.Enum):
    SUCCESS = "success"
    CERTIFICATE_NOT_TRUSTED = "certificate-not-trusted"
    NETWORK_UNREACHABLE = "network-unreachable"
    TIMED_OUT = "timed-out"
    NO_CREDENTIALS = "no-credentials"
    ACCESS_DENIED = "access-denied"
    CANCELLED = "cancelled"
    OTHER = "other"


@dataclass(frozen=True)
class CheckResult:
    """What one Bedrock check found. ``error_detail`` keeps the raw error text for the details view."""

    outcome: Outcome
    region: str
    model_id: str
    bundle: str
    endpoint: str
    proxy: str | None
    duration_s: float
    reply_text: str | None = None
    presented_issuer: str | None = None
    error_type: str | None = None
    error_code: str | None = None
    error_detail: str | None = None


def endpoint_host(region: str) -> str:
    return f"bedrock-runtime.{region}.amazonaws.com"


def proxy_for(url: str) -> str | None:
    """Return the proxy URL botocore will use for ``url``, read from the environment as botocore reads it."""
    from botocore.utils import get_environ_proxies, should_bypass_proxies

    if should_bypass_proxies(url):
        return None
    proxies = get_environ_proxies(url)
    scheme = urlsplit(url).scheme
    proxy = proxies.get(scheme)
    return str(proxy) if proxy else None


def redact_proxy(proxy: str | None) -> str | None:
    """Return ``proxy`` without a user name or password, for display and logs."""
    if not proxy:
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}:{parts.port}" if parts.port else f"{parts.scheme}://{host}"


def check_bedrock(
    bundle: Path | str,
    region: str,
    model_id: str,
    *,
    cancel: threading.Event | None = None,
) -> CheckResult:
    """Call Bedrock Converse once with ``verify=bundle`` and classify the outcome.

    Never raises for network, TLS, credential or service errors: each becomes an ``Outcome``.
    The call is bounded by CONNECT_TIMEOUT_S and READ_TIMEOUT_S per attempt and MAX_ATTEMPTS.
    ``cancel`` is checked between steps, since botocore cannot abort a request in flight.
    """
    started = time.monotonic()
    endpoint = f"https://{endpoint_host(region)}"
    bundle = str(bundle)

    import boto3
    import botocore.config
    import botocore.session

    proxy = proxy_for(endpoint)

    def finish(outcome: Outcome, **facts: Any) -> CheckResult:
        result = CheckResult(
            outcome=outcome,
            region=region,
            model_id=model_id,
            bundle=bundle,
            endpoint=endpoint,
            proxy=redact_proxy(proxy),
            duration_s=time.monotonic() - started,
            **facts,
        )
        log.info(
            "Bedrock check %s: region=%s model=%s proxy=%s in %.2f s (%s)",
            outcome.value,
            region,
            model_id,
            result.proxy,
            result.duration_s,
            facts.get("error_type") or "no error",
        )
        return result

    if cancel is not None and cancel.is_set():
        return finish(Outcome.CANCELLED)

    botocore_session = botocore.session.get_session()
    session = boto3.session.Session(botocore_session=botocore_session, region_name=region)
    # A Bedrock API key (bearer token) replaces SigV4 credentials, so their absence is then no fault.
    if session.get_credentials() is None and not os.environ.get("AWS_BEARER_TOKEN_BEDROCK"):
        return finish(Outcome.NO_CREDENTIALS, error_type="NoCredentialsError")

    config = botocore.config.Config(
        connect_timeout=CONNECT_TIMEOUT_S,
        read_timeout=READ_TIMEOUT_S,
        retries={"total_max_attempts": MAX_ATTEMPTS, "mode": "standard"},
    )
    # verify= is always passed: the bundle under test, never the environment's default.
    client = session.client("bedrock-runtime", region_name=region, verify=bundle, config=config)

    if cancel is not None and cancel.is_set():
        return finish(Outcome.CANCELLED)

    try:
        response = client.converse(
            modelId=model_id,
            messages=[{"role": "user", "content": [{"text": PROMPT}]}],
            inferenceConfig={"maxTokens": MAX_TOKENS},
        )
    except Exception as error:
        client.close()
        outcome, code = _classify(error)
        issuer = None
        if outcome is Outcome.CERTIFICATE_NOT_TRUSTED:
            issuer = _presented_issuer(endpoint_host(region), proxy)
        return finish(
            outcome,
            presented_issuer=issuer,
            error_type=type(error).__name__,
            error_code=code,
            error_detail=str(error),
        )

    client.close()
    return finish(Outcome.SUCCESS, reply_text=_reply_text(response))


def _classify(error: Exception) -> tuple[Outcome, str | None]:
    from botocore import exceptions as botocore_errors

    if isinstance(error, botocore_errors.SSLError):
        text = str(error)
        if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
            return Outcome.CERTIFICATE_NOT_TRUSTED, None
        return Outcome.NETWORK_UNREACHABLE, None
    if isinstance(error, (botocore_errors.ConnectTimeoutError, botocore_errors.ReadTimeoutError)):
        return Outcome.TIMED_OUT, None
    if isinstance(error, (botocore_errors.ProxyConnectionError, botocore_errors.EndpointConnectionError)):
        return Outcome.NETWORK_UNREACHABLE, None
    if isinstance(error, botocore_errors.ConnectionClosedError):
        return Outcome.NETWORK_UNREACHABLE, None
    if isinstance(error, (botocore_errors.NoCredentialsError, botocore_errors.PartialCredentialsError)):
        return Outcome.NO_CREDENTIALS, None
    if isinstance(error, botocore_errors.ClientError):
        code = str(error.response.get("Error", {}).get("Code", ""))
        if code in {"UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException"}:
            return Outcome.NO_CREDENTIALS, code
        if code in {"AccessDeniedException", "ResourceNotFoundException"} or (
            code == "ValidationException" and "model" in str(error).lower()
        ):
            return Outcome.ACCESS_DENIED, code
        return Outcome.OTHER, code
    return Outcome.OTHER, None


def _presented_issuer(host: str, proxy: str | None) -> str | None:
    """Return who issued the certificate the server (or the proxy) presented, for the verdict's message."""
    from trustdesk.network.probe import ProbeError, read_presented_chain

    try:
        chain = read_presented_chain(host, 443, proxy=proxy, timeout=CONNECT_TIMEOUT_S)
    except ProbeError as error:
        log.info("Could not read the presented chain of %s: %s", host, error)
        return None
    if not chain:
        return None
    from trustdesk.certs.details import display_name

    return display_name(chain[0].issuer)


def _reply_text(response: dict[str, Any]) -> str:
    content = response.get("output", {}).get("message", {}).get("content", [])
    return "".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
