"""Bedrock check failures that need no TLS-inspecting proxy: dead or silent proxies, no credentials,
and the proxy helpers. Every socket here is on 127.0.0.1.
"""

from __future__ import annotations

import socket
from typing import Any

import certifi
import pytest

from support.sockets import SilentServer
from trustdesk.network.bedrock import (
    CONNECT_TIMEOUT_S,
    MAX_ATTEMPTS,
    Outcome,
    check_bedrock,
    endpoint_host,
    proxy_for,
    redact_proxy,
)
from trustdesk.settings import DEFAULT_MODEL_ID, DEFAULT_REGION

ENDPOINT = f"https://{endpoint_host(DEFAULT_REGION)}"


def test_dead_proxy_unreachable(aws_credentials: None, dead_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{dead_port}")

    result = check_bedrock(certifi.where(), DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.NETWORK_UNREACHABLE, result
    assert result.proxy == f"http://127.0.0.1:{dead_port}"


def test_silent_proxy_timed_out(
    aws_credentials: None, silent_server: SilentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", silent_server.url)

    result = check_bedrock(certifi.where(), DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.TIMED_OUT, result
    assert silent_server.accepted == MAX_ATTEMPTS
    # Each attempt waits CONNECT_TIMEOUT_S for the proxy's response to CONNECT, plus a retry delay of at
    # most a second or so. With botocore 1.44's defaults (60 s connect timeout, standard retry mode
    # with 3 attempts) the same proxy would hold the check for about three minutes.
    assert result.duration_s < MAX_ATTEMPTS * CONNECT_TIMEOUT_S + 5


def test_no_credentials_no_traffic(silent_server: SilentServer, monkeypatch: pytest.MonkeyPatch) -> None:
    lookups: list[Any] = []
    connections: list[Any] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def recording_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        lookups.append(host)
        return real_getaddrinfo(host, *args, **kwargs)

    def recording_connect(sock: socket.socket, address: Any) -> None:
        connections.append(address)
        real_connect(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", recording_getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", recording_connect)
    # A proxy is configured, so a request would have somewhere to go and would show up here.
    monkeypatch.setenv("HTTPS_PROXY", silent_server.url)

    result = check_bedrock(certifi.where(), DEFAULT_REGION, DEFAULT_MODEL_ID)

    assert result.outcome is Outcome.NO_CREDENTIALS, result
    assert lookups == []
    assert connections == []
    assert silent_server.accepted == 0


@pytest.mark.parametrize(
    ("proxy", "expected"),
    [
        ("http://alice:s3cret@proxy.example.test:3128", "http://proxy.example.test:3128"),
        ("http://alice@proxy.example.test:3128", "http://proxy.example.test:3128"),
        ("alice:s3cret@proxy.example.test:8080", "http://proxy.example.test:8080"),
        ("https://alice:s3cret@proxy.example.test", "https://proxy.example.test"),
        ("http://proxy.example.test:3128", "http://proxy.example.test:3128"),
    ],
)
def test_redact_proxy_strips_userinfo(proxy: str, expected: str) -> None:
    assert redact_proxy(proxy) == expected


def test_redact_proxy_none() -> None:
    assert redact_proxy(None) is None


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy"])
def test_proxy_for_uses_env(variable: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, "http://127.0.0.1:3128")

    assert proxy_for(ENDPOINT) == "http://127.0.0.1:3128"


def test_proxy_for_without_proxy() -> None:
    assert proxy_for(ENDPOINT) is None


@pytest.mark.parametrize("no_proxy", [".amazonaws.com", "amazonaws.com", "localhost,.amazonaws.com", "*"])
@pytest.mark.parametrize("variable", ["NO_PROXY", "no_proxy"])
def test_proxy_for_honours_no_proxy(variable: str, no_proxy: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    monkeypatch.setenv(variable, no_proxy)

    assert proxy_for(ENDPOINT) is None


def test_proxy_for_other_no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,.internal.example.test")

    assert proxy_for(ENDPOINT) == "http://127.0.0.1:3128"
