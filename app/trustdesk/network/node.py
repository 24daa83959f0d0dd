"""Prove what Node.js (and so the AWS SDK for JavaScript) makes of the chain, in a fresh Node process.

Node reads NODE_EXTRA_CA_CERTS once at start and never reads the CA bundles Python tools use, so
the only faithful test is a new ``node`` process. The script below opens the CONNECT tunnel with
``http.request({method: 'CONNECT'})``, then ``tls.connect`` over it with verification on (Node's
default) and ALPN h2 and http/1.1, and prints one JSON line. It sends no request.

Which setting makes the JavaScript SDK trust an organisation root (Node's doc/api/cli.md):
NODE_EXTRA_CA_CERTS adds a PEM file to the bundled roots in every supported release;
NODE_USE_SYSTEM_CA=1 adds the OS store from 22.19 and 24.6 on (``--use-system-ca`` from 23.8 and
22.15); and an ``https.Agent`` with a ``ca`` option replaces the roots for that agent only.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

log = logging.getLogger(__name__)

# NODE_USE_SYSTEM_CA=1 is read from these releases on (Node's doc/api/cli.md and its changelog). The
# same fact lives in stores.tools, which imports botocore at module level; the window must not.
NODE_USE_SYSTEM_CA_SINCE = ((22, 19, 0), (24, 6, 0))

NODE_TIMEOUT_S = 5.0
# --use-system-ca arrived in 23.8.0 and was backported to 22.15.0 (Node's changelogs).
USE_SYSTEM_CA_FLAG_SINCE = ((22, 15, 0), (23, 8, 0))
# Variables that would change what the probe proves. NODE_TLS_REJECT_UNAUTHORIZED=0 would switch
# verification off, so it never reaches the probe.
_REMOVED_VARIABLES = ("NODE_TLS_REJECT_UNAUTHORIZED", "NODE_USE_SYSTEM_CA", "NODE_OPTIONS", "NODE_EXTRA_CA_CERTS")

_SCRIPT = r"""
const http = require('http');
const tls = require('tls');
const [proxyHost, proxyPort, host, port, timeoutMs] = process.argv.slice(1);
let finished = false;
const finish = (result) => {
  if (finished) return;
  finished = true;
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
};
setTimeout(() => finish({stage: 'timeout', authorized: false, error: 'ETIMEDOUT'}), Number(timeoutMs));
const handshake = (options) => {
  const socket = tls.connect(Object.assign({servername: host, ALPNProtocols: ['h2', 'http/1.1']}, options));
  socket.on('secureConnect', () => {
    const result = {stage: 'tls', authorized: socket.authorized, alpn: socket.alpnProtocol || null,
                    error: socket.authorizationError ? String(socket.authorizationError.code || socket.authorizationError) : null};
    socket.destroy();
    finish(result);
  });
  socket.on('error', (error) => finish({stage: 'tls', authorized: false, error: error.code || error.message}));
};
if (proxyHost) {
  const request = http.request({host: proxyHost, port: Number(proxyPort), method: 'CONNECT',
                                path: host + ':' + port, headers: {host: host + ':' + port}});
  request.on('connect', (response, socket) => {
    if (response.statusCode !== 200) {
      socket.destroy();
      finish({stage: 'proxy', authorized: false, error: 'HTTP ' + response.statusCode});
      return;
    }
    handshake({socket: socket});
  });
  request.on('error', (error) => finish({stage: 'proxy', authorized: false, error: error.code || error.message}));
  request.end();
} else {
  handshake({host: host, port: Number(port)});
}
"""


@dataclass(frozen=True)
class NodeProbeResult:
    """One run of the Node probe. ``error`` is Node's error code (SELF_SIGNED_CERT_IN_CHAIN, …).

    ``stage`` is "proxy", "tls", "timeout" or "node" (Node could not be run or returned no usable result).
    """

    node_path: str
    version: tuple[int, int, int] | None
    authorized: bool
    stage: str
    error: str | None = None
    alpn: str | None = None


@dataclass(frozen=True)
class NodeAdvice:
    """The settings that make the installed Node trust the organisation root."""

    version: tuple[int, int, int] | None
    extra_ca_certs: bool
    use_system_ca_variable: bool
    use_system_ca_flag: bool


def find_node() -> str | None:
    return shutil.which("node")


def node_version(node: str, timeout: float = NODE_TIMEOUT_S) -> tuple[int, int, int] | None:
    """Return ``node --version`` as numbers, or None when it cannot be run or read."""
    try:
        completed = subprocess.run(
            [node, "--version"], capture_output=True, text=True, timeout=timeout, env=_node_environment(None)
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        log.info("node --version failed: %s", error)
        return None
    match = re.match(r"v(\d+)\.(\d+)\.(\d+)", completed.stdout.strip())
    return (int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


def supports_use_system_ca(version: tuple[int, int, int]) -> bool:
    """Return True when NODE_USE_SYSTEM_CA=1 is read (22.19+, 24.6+; no 23.x release reads it)."""
    if version[0] == 22:
        return version >= NODE_USE_SYSTEM_CA_SINCE[0]
    if version[0] == 24:
        return version >= NODE_USE_SYSTEM_CA_SINCE[1]
    return version[0] >= 25


def supports_use_system_ca_flag(version: tuple[int, int, int]) -> bool:
    if version[0] == 22:
        return version >= USE_SYSTEM_CA_FLAG_SINCE[0]
    return version >= USE_SYSTEM_CA_FLAG_SINCE[1]


def advice_for(version: tuple[int, int, int] | None) -> NodeAdvice:
    if version is None:
        return NodeAdvice(None, True, False, False)
    return NodeAdvice(version, True, supports_use_system_ca(version), supports_use_system_ca_flag(version))


def probe_node(
    host: str,
    port: int,
    organisation: Sequence[x509.Certificate],
    *,
    proxy: str | None = None,
    node: str | None = None,
    timeout: float = NODE_TIMEOUT_S,
) -> NodeProbeResult | None:
    """Handshake from a fresh Node with NODE_EXTRA_CA_CERTS naming a PEM file of ``organisation`` only.

    Returns None when ``node`` is not on PATH. ``timeout`` bounds the Node process in seconds; the
    script stops itself a little earlier so that its result still arrives.
    """
    node = node or find_node()
    if node is None:
        return None
    version = node_version(node, timeout)

    proxy_host, proxy_port = "", ""
    if proxy:
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        if parts.scheme not in ("http", "") or parts.username:
            # NOTE: the probe script sends no Proxy-Authorization header and speaks plain HTTP to the proxy.
            return NodeProbeResult(node, version, False, "node", "proxy not supported by the Node probe")
        proxy_host, proxy_port = parts.hostname or "", str(parts.port or 8080)

    with tempfile.TemporaryDirectory(prefix="trustdesk-node-") as folder:
        pem_path = Path(folder) / "organisation-cas.pem"
        pem_path.write_bytes(b"".join(certificate.public_bytes(Encoding.PEM) for certificate in organisation))
        environment = _node_environment(pem_path if organisation else None)
        script_budget_ms = str(int(max(timeout - 1.0, 0.5) * 1000))
        command = [node, "-e", _SCRIPT, proxy_host, proxy_port, host, str(port), script_budget_ms]
        try:
            completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=environment)
        except subprocess.TimeoutExpired:
            return NodeProbeResult(node, version, False, "timeout", "ETIMEDOUT")
        except OSError as error:
            return NodeProbeResult(node, version, False, "node", str(error))

    lines = completed.stdout.strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if lines else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        detail = completed.stderr.strip()[-400:] or f"exit code {completed.returncode}"
        log.warning("The Node probe returned no result: %s", detail)
        return NodeProbeResult(node, version, False, "node", detail)
    log.info("Node probe of %s:%d: %s", host, port, answer)
    return NodeProbeResult(
        node,
        version,
        bool(answer.get("authorized")),
        str(answer.get("stage", "tls")),
        str(answer["error"]) if answer.get("error") else None,
        str(answer["alpn"]) if answer.get("alpn") else None,
    )


def js_sdk_snippet(bundle_path: Path | str) -> str:
    """Return JavaScript that makes an AWS SDK v3 client trust ``bundle_path`` and speak HTTP/1.1.

    An ``https.Agent`` ``ca`` replaces Node's roots for that agent, so the bundle must be the merged
    bundle (public roots plus the organisation CAs), not the organisation root alone.
    """
    path_literal = json.dumps(str(bundle_path))
    return (
        "const fs = require('fs');\n"
        "const https = require('https');\n"
        "const { NodeHttpHandler } = require('@smithy/node-http-handler');\n"
        "const { BedrockRuntimeClient } = require('@aws-sdk/client-bedrock-runtime');\n"
        "\n"
        "// The merged bundle: public root certificates plus your organisation's.\n"
        f"const ca = fs.readFileSync({path_literal});\n"
        "const client = new BedrockRuntimeClient({\n"
        "  requestHandler: new NodeHttpHandler({ httpsAgent: new https.Agent({ ca, keepAlive: true }) }),\n"
        "});\n"
    )


def _node_environment(extra_ca_certs: Path | None) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key not in _REMOVED_VARIABLES}
    if extra_ca_certs is not None:
        environment["NODE_EXTRA_CA_CERTS"] = str(extra_ca_certs)
    return environment
