"""Effective trust per tool: every problem class, an oracle against real botocore clients, and
handshakes against a local HTTPS server on 127.0.0.1 that prove the precedence and replace/add rules."""

from __future__ import annotations

import http.server
import itertools
import os
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import botocore.exceptions
import botocore.parsers
import botocore.session
import certifi
import pytest
import trustme
from botocore import UNSIGNED
from botocore.config import Config
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import read_certificate_bytes
from trustdesk.stores.commands import CommandResult, run_command
from trustdesk.stores.tools import ProblemCode, ToolId, ToolTrust, TrustMode, botocore_verify, resolve_tools

CLEARED = (
    "AWS_CA_BUNDLE",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "NODE_EXTRA_CA_CERTS",
    "PIP_CERT",
    "PIP_CONFIG_FILE",
    "PIP_TRUSTED_HOST",
    "GIT_SSL_CAINFO",
    "GIT_SSL_CAPATH",
    "GIT_SSL_NO_VERIFY",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "GIT_CONFIG_GLOBAL",
    "NPM_CONFIG_USERCONFIG",
    "CURL_HOME",
    "NODE_OPTIONS",
    "NODE_TLS_REJECT_UNAUTHORIZED",
    "NODE_USE_SYSTEM_CA",
    "PYTHONHTTPSVERIFY",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
)
TIMEOUT_S = 20


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name in CLEARED or name.lower().startswith("npm_config_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    (home / ".aws").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / ".aws" / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / ".aws" / "credentials"))
    monkeypatch.setenv("NPM_CONFIG_GLOBALCONFIG", str(tmp_path / "no-global-npmrc"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("NO_PROXY", "*")
    return home


@pytest.fixture(scope="module")
def corp() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def server(corp: trustme.CA) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 with a certificate from ``corp``; it answers 404 to everything."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    corp.issue_cert("127.0.0.1").configure_cert(context)

    class Quiet(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_error(404)

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def pem(ca: trustme.CA) -> bytes:
    return ca.cert_pem.bytes()


def fingerprint(ca: trustme.CA) -> str:
    return sha256_fingerprint(read_certificate_bytes(pem(ca)).certificates[0])


def write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def tool(results: Sequence[ToolTrust], tool_id: ToolId) -> ToolTrust:
    return next(result for result in results if result.tool is tool_id)


def facts(result: ToolTrust, code: ProblemCode) -> list[Mapping[str, str]]:
    return [problem.facts for problem in result.problems if problem.code is code]


def no_node(argv: Sequence[str], env: Mapping[str, str], timeout_s: float) -> CommandResult:
    """Run git for real but pretend node is absent, so tests do not depend on the node version."""
    if argv[0] == "node":
        return CommandResult(tuple(argv), None, failure="not-found")
    return run_command(argv, env, timeout_s)


def node_version(version: str) -> object:
    def runner(argv: Sequence[str], env: Mapping[str, str], timeout_s: float) -> CommandResult:
        if argv[0] == "node":
            return CommandResult(tuple(argv), 0, f'{{"version": "{version}", "roots": 140}}\n')
        return run_command(argv, env, timeout_s)

    return runner


BAD_BLOCK = b"-----BEGIN CERTIFICATE-----\nTUlJQmFkQmFk\n-----END CERTIFICATE-----\n"


# --- problem classes --------------------------------------------------------------------------------


def test_empty_variable_requests_skips(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "")
    monkeypatch.setenv("CURL_CA_BUNDLE", write(tmp_path / "corp.pem", pem(corp)))

    requests = tool(resolve_tools(runner=no_node), ToolId.REQUESTS)

    assert requests.source == "env:CURL_CA_BUNDLE"
    assert facts(requests, ProblemCode.VARIABLE_EMPTY)[0]["effect"] == "ignored"


def test_empty_variable_botocore_fails(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_CA_BUNDLE", "")

    botocore_result = tool(resolve_tools(runner=no_node), ToolId.BOTOCORE)

    assert facts(botocore_result, ProblemCode.VARIABLE_EMPTY)[0]["effect"] == "client-creation-fails"


@pytest.mark.parametrize(
    ("setup", "code"),
    [("missing", ProblemCode.FILE_MISSING), ("folder", ProblemCode.IS_DIRECTORY), ("empty", ProblemCode.FILE_EMPTY)],
)
def test_file_problems(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, setup: str, code: ProblemCode
) -> None:
    path = tmp_path / "ca.pem"
    if setup == "folder":
        path.mkdir()
    elif setup == "empty":
        path.write_bytes(b"")
    monkeypatch.setenv("AWS_CA_BUNDLE", str(path))

    botocore_result = tool(resolve_tools(runner=no_node), ToolId.BOTOCORE)

    assert code in botocore_result.codes()


def test_tilde_not_expanded_by_botocore(home: Path, monkeypatch: pytest.MonkeyPatch, corp: trustme.CA) -> None:
    write(home / "corp.pem", pem(corp))
    monkeypatch.setenv("AWS_CA_BUNDLE", "~/corp.pem")
    monkeypatch.setenv("PIP_CERT", "~/corp.pem")

    results = resolve_tools({fingerprint(corp)}, runner=no_node)

    assert ProblemCode.TILDE_NOT_EXPANDED in tool(results, ToolId.BOTOCORE).codes()
    assert tool(results, ToolId.PIP).path == home / "corp.pem"
    assert ProblemCode.TILDE_NOT_EXPANDED not in tool(results, ToolId.PIP).codes()


def test_builtin_roots_lack_organisation(home: Path, corp: trustme.CA) -> None:
    results = resolve_tools({fingerprint(corp)}, runner=no_node)

    for tool_id in (ToolId.BOTOCORE, ToolId.REQUESTS, ToolId.NODE, ToolId.AWS_SDK_JS_V3):
        result = tool(results, tool_id)
        assert result.mode is TrustMode.DEFAULT, tool_id
        missing = [p for p in result.problems if p.code is ProblemCode.ORGANISATION_CA_MISSING]
        assert len(missing) == 1, tool_id
        assert missing[0].facts["setting"] == "default", tool_id


def test_builtin_roots_with_public_root(home: Path) -> None:
    public_root = read_certificate_bytes(Path(certifi.where()).read_bytes()).certificates[0]

    results = resolve_tools({sha256_fingerprint(public_root)}, runner=no_node)

    assert ProblemCode.ORGANISATION_CA_MISSING not in tool(results, ToolId.BOTOCORE).codes()
    assert ProblemCode.ORGANISATION_CA_MISSING not in tool(results, ToolId.REQUESTS).codes()


def test_relative_path(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", "certs/corp.pem")

    node = tool(resolve_tools(runner=no_node), ToolId.NODE)

    assert ProblemCode.RELATIVE_PATH in node.codes()


def test_replacing_file_without_public_roots(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", write(tmp_path / "corp.pem", pem(corp)))
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", write(tmp_path / "corp.pem", pem(corp)))

    results = resolve_tools({fingerprint(corp)}, runner=no_node)

    assert facts(tool(results, ToolId.REQUESTS), ProblemCode.NO_PUBLIC_ROOTS)[0]["public_roots"] == "0"
    assert ProblemCode.NO_PUBLIC_ROOTS not in tool(results, ToolId.NODE).codes()


def test_merged_file_has_public_roots(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA
) -> None:
    merged = Path(certifi.where()).read_bytes() + pem(corp)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", write(tmp_path / "merged.pem", merged))

    requests = tool(resolve_tools({fingerprint(corp)}, runner=no_node), ToolId.REQUESTS)

    assert requests.mode is TrustMode.REPLACES
    assert requests.codes() == set()


def test_organisation_ca_missing(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA) -> None:
    monkeypatch.setenv("GIT_SSL_CAINFO", write(tmp_path / "other.pem", pem(trustme.CA())))

    git = tool(resolve_tools({fingerprint(corp)}, runner=no_node), ToolId.GIT)

    assert facts(git, ProblemCode.ORGANISATION_CA_MISSING)[0]["missing"] == fingerprint(corp)


@pytest.mark.parametrize("reason", ["der", "utf-16", "pkcs7", "trusted-certificate"])
def test_node_ignores_file(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA, reason: str
) -> None:
    certificate = read_certificate_bytes(pem(corp)).certificates[0]
    data = {
        "der": certificate.public_bytes(Encoding.DER),
        "utf-16": b"\xff\xfe" + pem(corp).decode("ascii").encode("utf-16-le"),
        "pkcs7": pkcs7.serialize_certificates([certificate], Encoding.DER),
        "trusted-certificate": pem(corp).replace(b"CERTIFICATE-----", b"TRUSTED CERTIFICATE-----"),
    }[reason]
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", write(tmp_path / "extra", data))

    node = tool(resolve_tools({fingerprint(corp)}, runner=no_node), ToolId.NODE)

    assert facts(node, ProblemCode.NODE_IGNORES_FILE)[0]["reason"] == reason
    assert ProblemCode.ORGANISATION_CA_MISSING in node.codes()


def test_node_stops_at_bad_block(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA) -> None:
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", write(tmp_path / "extra.pem", BAD_BLOCK + pem(corp)))

    node = tool(resolve_tools({fingerprint(corp)}, runner=no_node), ToolId.NODE)

    stop = facts(node, ProblemCode.NODE_STOPS_AT_BLOCK)[0]
    assert stop["block"] == "1"
    assert stop["certificates_lost"] == "1"
    assert ProblemCode.ORGANISATION_CA_MISSING in node.codes()


def test_shadowing_aws_profile(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA) -> None:
    env_file = write(tmp_path / "env.pem", pem(corp))
    (home / ".aws" / "config").write_text(f"[profile dev]\nca_bundle = {tmp_path / 'profile.pem'}\n")
    monkeypatch.setenv("AWS_PROFILE", "dev")
    monkeypatch.setenv("AWS_CA_BUNDLE", env_file)

    botocore_result = tool(resolve_tools(runner=no_node), ToolId.BOTOCORE)

    assert botocore_result.source == "env:AWS_CA_BUNDLE"
    assert facts(botocore_result, ProblemCode.SHADOWED)[0]["hidden"] == "aws-config:dev"


def test_shadowing_pip_cert(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA) -> None:
    write(home / ".config" / "pip" / "pip.conf", f"[global]\ncert = {tmp_path / 'pip.pem'}\n".encode())
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", write(tmp_path / "corp.pem", pem(corp)))

    pip = tool(resolve_tools(runner=no_node), ToolId.PIP)

    assert pip.source == "env:REQUESTS_CA_BUNDLE"
    assert pip.mode is TrustMode.ADDS
    assert facts(pip, ProblemCode.SHADOWED)[0]["hidden"] == "pip-config:user:global"


def test_shadowing_npm_cafile(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA) -> None:
    write(home / ".npmrc", f"cafile={write(tmp_path / 'npm.pem', pem(corp))}\n".encode())
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", write(tmp_path / "corp.pem", pem(corp)))

    npm = tool(resolve_tools(runner=no_node), ToolId.NPM)

    assert npm.source == "npmrc:user"
    assert npm.mode is TrustMode.REPLACES
    assert facts(npm, ProblemCode.SHADOWED)[0]["hidden"] == "env:NODE_EXTRA_CA_CERTS"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_shadowing_git_config(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA) -> None:
    write(home / ".gitconfig", f"[http]\n\tsslCAInfo = {tmp_path / 'config.pem'}\n".encode())
    monkeypatch.setenv("GIT_SSL_CAINFO", write(tmp_path / "corp.pem", pem(corp)))

    git = tool(resolve_tools(runner=no_node), ToolId.GIT)

    assert git.source == "env:GIT_SSL_CAINFO"
    assert facts(git, ProblemCode.SHADOWED)[0]["hidden"] == "git-config:global"


@pytest.mark.parametrize(
    ("setup", "tool_id"),
    [
        ("NODE_TLS_REJECT_UNAUTHORIZED", ToolId.NODE),
        ("PYTHONHTTPSVERIFY", ToolId.REQUESTS),
        ("npm-strict-ssl", ToolId.NPM),
        ("git-ssl-verify", ToolId.GIT),
        ("pip-trusted-host", ToolId.PIP),
        ("curlrc-insecure", ToolId.CURL),
    ],
)
def test_insecure_settings(home: Path, monkeypatch: pytest.MonkeyPatch, setup: str, tool_id: ToolId) -> None:
    if setup in ("NODE_TLS_REJECT_UNAUTHORIZED", "PYTHONHTTPSVERIFY"):
        monkeypatch.setenv(setup, "0")
    elif setup == "npm-strict-ssl":
        write(home / ".npmrc", b"strict-ssl=false\n")
    elif setup == "git-ssl-verify":
        if shutil.which("git") is None:
            pytest.skip("git is not installed")
        write(home / ".gitconfig", b"[http]\n\tsslVerify = false\n")
    elif setup == "pip-trusted-host":
        write(home / ".config" / "pip" / "pip.conf", b"[global]\ntrusted-host = pypi.org files.pythonhosted.org\n")
    else:
        write(home / ".curlrc", b"--insecure\n")

    result = tool(resolve_tools(runner=no_node), tool_id)

    assert ProblemCode.INSECURE_SETTING in result.codes()


def test_js_sdk_ignores_aws_ca_bundle(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, corp: trustme.CA
) -> None:
    monkeypatch.setenv("AWS_CA_BUNDLE", write(tmp_path / "corp.pem", pem(corp)))

    sdk = tool(resolve_tools(runner=no_node), ToolId.AWS_SDK_JS_V3)

    assert sdk.source == "default"
    assert facts(sdk, ProblemCode.SETTING_IGNORED)[0]["setting"] == "env:AWS_CA_BUNDLE"


@pytest.mark.parametrize(
    ("version", "ignored"), [("20.20.2", True), ("22.19.0", False), ("24.5.0", True), ("24.6.0", False)]
)
def test_node_use_system_ca_version(home: Path, monkeypatch: pytest.MonkeyPatch, version: str, ignored: bool) -> None:
    monkeypatch.setenv("NODE_USE_SYSTEM_CA", "1")

    node = tool(resolve_tools(runner=node_version(version)), ToolId.NODE)  # type: ignore[arg-type]

    assert (ProblemCode.SETTING_IGNORED in node.codes()) is ignored


def test_probe_timeout_is_data(home: Path) -> None:
    def hung(argv: Sequence[str], env: Mapping[str, str], timeout_s: float) -> CommandResult:
        return CommandResult(tuple(argv), None, failure="timed-out")

    results = resolve_tools(runner=hung)

    assert facts(tool(results, ToolId.NODE), ProblemCode.PROBE_FAILED)[0]["detail"] == "timed-out"
    assert facts(tool(results, ToolId.GIT), ProblemCode.PROBE_FAILED)[0]["detail"] == "timed-out"


def test_missing_aws_profile(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_PROFILE", "nonexistent")

    botocore_result = tool(resolve_tools(runner=no_node), ToolId.BOTOCORE)

    assert facts(botocore_result, ProblemCode.AWS_PROFILE_NOT_FOUND)[0]["profile"] == "nonexistent"


# --- oracle: the resolver's botocore answer against real clients --------------------------------------

ORACLE_SETTINGS = ("verify", "AWS_CA_BUNDLE", "ca_bundle", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE")


def real_client_verify(verify: str | None) -> object:
    client = botocore.session.Session().create_client(
        "sts", region_name="us-east-1", verify=verify, config=Config(signature_version=UNSIGNED)
    )
    return client._endpoint.http_session._verify


def test_botocore_oracle_all_combinations(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    paths = {name: write(tmp_path / f"{name}.pem", b"") for name in ORACLE_SETTINGS}
    mismatches = []
    for flags in itertools.product((False, True), repeat=len(ORACLE_SETTINGS)):
        chosen = dict(zip(ORACLE_SETTINGS, flags, strict=True))
        for name in ("AWS_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "CURL_CA_BUNDLE"):
            if chosen[name]:
                monkeypatch.setenv(name, paths[name])
            else:
                monkeypatch.delenv(name, raising=False)
        profile = f"ca_bundle = {paths['ca_bundle']}\n" if chosen["ca_bundle"] else ""
        (home / ".aws" / "config").write_text(f"[default]\nregion = us-east-1\n{profile}")
        verify = paths["verify"] if chosen["verify"] else None

        expected = real_client_verify(verify)
        answer = botocore_verify(verify=verify)

        if answer.value != expected:
            mismatches.append((chosen, answer.value, expected))
    assert mismatches == []


def test_botocore_oracle_empty_value(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "")

    with pytest.raises(botocore.exceptions.InvalidConfigError):
        real_client_verify(None)
    assert botocore_verify().error is not None


# --- handshakes against 127.0.0.1 ---------------------------------------------------------------------


def botocore_reaches(url: str, verify: str | None = None) -> bool:
    """Return True when botocore completes the TLS handshake with the local server (any HTTP status)."""
    client = botocore.session.Session().create_client(
        "sts",
        region_name="us-east-1",
        endpoint_url=url,
        verify=verify,
        config=Config(signature_version=UNSIGNED, retries={"max_attempts": 1}, connect_timeout=5, read_timeout=5),
    )
    try:
        client.get_caller_identity()
    except botocore.exceptions.SSLError:
        return False
    except (botocore.exceptions.ClientError, botocore.parsers.ResponseParserError):
        # An HTTP answer of any kind means the handshake succeeded.
        return True
    return True


def test_handshake_botocore_env_beats_profile(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, server: str, corp: trustme.CA
) -> None:
    other = write(tmp_path / "other.pem", pem(trustme.CA()))
    (home / ".aws" / "config").write_text(f"[default]\nca_bundle = {other}\n")
    monkeypatch.setenv("AWS_CA_BUNDLE", write(tmp_path / "corp.pem", pem(corp)))

    resolved = tool(resolve_tools(runner=no_node), ToolId.BOTOCORE)

    assert resolved.source == "env:AWS_CA_BUNDLE"
    assert botocore_reaches(server)


def test_handshake_botocore_profile_beats_requests(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, server: str, corp: trustme.CA
) -> None:
    other = write(tmp_path / "other.pem", pem(trustme.CA()))
    (home / ".aws" / "config").write_text(f"[default]\nca_bundle = {other}\n")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", write(tmp_path / "corp.pem", pem(corp)))

    resolved = tool(resolve_tools(runner=no_node), ToolId.BOTOCORE)

    assert resolved.source == "aws-config:default"
    assert not botocore_reaches(server)


def test_handshake_botocore_ignores_ssl_cert_file(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, server: str, corp: trustme.CA
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", write(tmp_path / "corp.pem", pem(corp)))

    resolved = tool(resolve_tools(runner=no_node), ToolId.BOTOCORE)

    assert ProblemCode.SETTING_IGNORED in resolved.codes()
    assert not botocore_reaches(server)


def test_handshake_requests_replaces(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, server: str, corp: trustme.CA
) -> None:
    from pip._vendor import requests  # requests itself is not a dependency; pip's vendored copy is

    monkeypatch.setenv("SSL_CERT_FILE", write(tmp_path / "corp.pem", pem(corp)))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", write(tmp_path / "other.pem", pem(trustme.CA())))

    with pytest.raises(requests.exceptions.SSLError):
        requests.get(server, timeout=TIMEOUT_S)
    assert tool(resolve_tools(runner=no_node), ToolId.REQUESTS).mode is TrustMode.REPLACES


def test_handshake_pip_adds(home: Path, tmp_path: Path, server: str, corp: trustme.CA) -> None:
    # With SSL_CERT_FILE the OS default store holds the organisation CA; --cert names another CA.
    # pip 24.2+ verifies through truststore, which keeps the OS store, so the handshake succeeds.
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "SSL_CERT_FILE": write(tmp_path / "corp.pem", pem(corp)),
        "PIP_CONFIG_FILE": os.devnull,
        "NO_PROXY": "*",
    }
    other = write(tmp_path / "other.pem", pem(trustme.CA()))
    argv = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--no-cache-dir",
        "--disable-pip-version-check",
        "--retries",
        "0",
        "--timeout",
        "10",
        "--index-url",
        f"{server}simple/",
        "--cert",
        other,
        "-d",
        str(tmp_path / "dl"),
        "trustdesk-probe-package",
    ]

    completed = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=False)

    assert "CERTIFICATE_VERIFY_FAILED" not in completed.stdout + completed.stderr
    assert "No matching distribution" in completed.stdout + completed.stderr


def node_reaches(url: str, env: Mapping[str, str]) -> bool:
    script = (
        "require('https').get(process.argv[1], r => process.exit(0))"
        ".on('error', e => { console.error(e.code); process.exit(3) })"
    )
    completed = subprocess.run(
        ["node", "-e", script, url], env=dict(env), capture_output=True, timeout=TIMEOUT_S, check=False
    )
    return completed.returncode == 0


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize(
    ("content", "reaches"), [("good", True), ("good+bad", True), ("bad+good", False), ("der", False)]
)
def test_handshake_node_extra(tmp_path: Path, server: str, corp: trustme.CA, content: str, reaches: bool) -> None:
    data = {
        "good": pem(corp),
        "good+bad": pem(corp) + BAD_BLOCK,
        "bad+good": BAD_BLOCK + pem(corp),
        "der": read_certificate_bytes(pem(corp)).certificates[0].public_bytes(Encoding.DER),
    }[content]
    env = {"PATH": os.environ["PATH"], "NODE_EXTRA_CA_CERTS": write(tmp_path / "extra", data)}

    assert node_reaches(server, env) is reaches


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("env_ca", "config_ca", "reaches"), [("corp", "other", True), ("other", "corp", False)])
def test_handshake_git_env_beats_config(
    home: Path, tmp_path: Path, server: str, corp: trustme.CA, env_ca: str, config_ca: str, reaches: bool
) -> None:
    files = {"corp": write(tmp_path / "corp.pem", pem(corp)), "other": write(tmp_path / "other.pem", pem(trustme.CA()))}
    write(home / ".gitconfig", f"[http]\n\tsslCAInfo = {files[config_ca]}\n".encode())
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "GIT_SSL_CAINFO": files[env_ca],
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_CONFIG_NOSYSTEM": "1",
        "NO_PROXY": "*",
    }

    completed = subprocess.run(
        ["git", "ls-remote", server], env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )

    assert ("certificate" not in completed.stderr) is reaches


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_handshake_curl_bundle_beats_ssl_cert_file(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, server: str, corp: trustme.CA
) -> None:
    corp_file = write(tmp_path / "corp.pem", pem(corp))
    other_file = write(tmp_path / "other.pem", pem(trustme.CA()))
    monkeypatch.setenv("CURL_CA_BUNDLE", other_file)
    monkeypatch.setenv("SSL_CERT_FILE", corp_file)
    argv = ["curl", "-q", "-s", "-o", os.devnull, "--max-time", "10", server]
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "NO_PROXY": "*"}

    shadowed = subprocess.run(
        argv, env={**env, "CURL_CA_BUNDLE": other_file, "SSL_CERT_FILE": corp_file}, timeout=TIMEOUT_S, check=False
    )
    alone = subprocess.run(argv, env={**env, "SSL_CERT_FILE": corp_file}, timeout=TIMEOUT_S, check=False)

    assert (
        facts(tool(resolve_tools(runner=no_node), ToolId.CURL), ProblemCode.SHADOWED)[0]["hidden"]
        == "env:SSL_CERT_FILE"
    )
    assert shadowed.returncode == 60
    assert alone.returncode == 0
