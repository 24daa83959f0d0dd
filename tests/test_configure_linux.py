"""The Linux writers for real in the temporary HOME, each followed by a real tool run against 127.0.0.1.

A small HTTPS server signed by the organisation CA returns 404 for every request. A tool that gets that far
has verified the TLS connection, so each test asserts the tool's error is not a certificate error.
"""

from __future__ import annotations

import http.server
import os
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography import x509

from trustdesk.configure import editors
from trustdesk.configure.engine import apply_plan, default_selection, undo
from trustdesk.configure.environment import Context
from trustdesk.configure.journal import Journal
from trustdesk.configure.plan import make_plan
from trustdesk.stores.tools import ToolId

TOOL_TIMEOUT_S = 60
CERTIFICATE_ERRORS = ("certificate", "CERTIFICATE", "SSL", "self-signed", "self signed", "unable to get local issuer")

AWS_CONFIG = """# Company AWS settings: keep this comment
[default]
region = ap-northeast-1
output = json

; the dev account
[profile dev]
region=us-west-2
output=text

[sso-session corp]
sso_start_url = https://example.invalid/start
"""


class _NotFound(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"error":"not found"}'
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET
    do_HEAD = do_GET

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def org_server(org_ca: trustme.CA) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 whose certificate the organisation CA issued; yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NotFound)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    org_ca.issue_cert("127.0.0.1").configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def organisation(org_ca: trustme.CA) -> list[x509.Certificate]:
    return [x509.load_pem_x509_certificate(org_ca.cert_pem.bytes())]


@pytest.fixture
def aws_config(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = isolated_env / ".aws" / "config"
    path.parent.mkdir()
    path.write_text(AWS_CONFIG, encoding="utf-8")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(path))
    return path


def _apply(tools: list[ToolId], organisation: list[x509.Certificate], **options: object) -> tuple[Context, object]:
    ctx = Context(dict(os.environ))
    plan = make_plan(ctx, organisation, tools, **options)  # type: ignore[arg-type]
    result = apply_plan(plan, ctx, Journal(), default_selection(plan), organisation=organisation)
    return ctx, result


def _login_environment(home: Path) -> dict[str, str]:
    """Return the variables a new login gets: this process's plus environment.d/60-trustdesk.conf."""
    environ = dict(os.environ)
    conf = home / ".config" / "environment.d" / "60-trustdesk.conf"
    environ.update(editors.environment_d_values(conf.read_text(encoding="utf-8")))
    return environ


def _run(argv: list[str], environ: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, env=environ, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False)


def _assert_no_certificate_error(output: str) -> None:
    for marker in CERTIFICATE_ERRORS:
        assert marker not in output, output


def test_aws_config_keeps_comments(aws_config: Path, organisation: list[x509.Certificate]) -> None:
    _ctx, result = _apply([ToolId.BOTOCORE], organisation)
    bundle = str(result.bundle)  # type: ignore[attr-defined]
    expected = AWS_CONFIG.replace("output = json\n", f"output = json\nca_bundle = {bundle}\n").replace(
        "output=text\n", f"output=text\nca_bundle = {bundle}\n"
    )
    assert aws_config.read_text(encoding="utf-8") == expected


def test_aws_config_chosen_profile(aws_config: Path, organisation: list[x509.Certificate]) -> None:
    _apply([ToolId.BOTOCORE], organisation, profiles=["dev"])
    text = aws_config.read_text(encoding="utf-8")
    assert text.count("ca_bundle") == 1
    assert "output=text\nca_bundle = " in text


def test_botocore_trusts_org_server(
    aws_config: Path, organisation: list[x509.Certificate], org_server: str, aws_credentials: None, isolated_env: Path
) -> None:
    import botocore.exceptions
    import botocore.session

    _ctx, result = _apply([ToolId.BOTOCORE], organisation)
    assert result.green[ToolId.BOTOCORE]  # type: ignore[attr-defined]
    # The profile setting alone, as botocore reads it: the variable is only in the login files.
    assert "AWS_CA_BUNDLE" not in os.environ
    session = botocore.session.Session()
    client = session.create_client("s3", region_name="ap-northeast-1", endpoint_url=org_server)
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        client.list_buckets()
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404


def test_pip_config_and_download(organisation: list[x509.Certificate], org_server: str, isolated_env: Path) -> None:
    _ctx, result = _apply([ToolId.PIP], organisation)
    conf = isolated_env / ".config" / "pip" / "pip.conf"
    assert conf.read_text(encoding="utf-8") == f"[global]\ncert = {result.bundle}\n"  # type: ignore[attr-defined]
    assert result.green[ToolId.PIP]  # type: ignore[attr-defined]

    environ = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    completed = _run(
        [
            str(Path(os.sys.executable).parent / "pip"),
            "download",
            "--no-deps",
            "--retries",
            "0",
            "--timeout",
            "10",
            "--dest",
            str(isolated_env / "downloads"),
            "--index-url",
            f"{org_server}/simple/",
            "trustdesk-nonexistent-package",
        ],
        environ,
    )
    assert completed.returncode != 0
    assert "No matching distribution" in completed.stderr or "Could not find" in completed.stderr, completed.stderr
    _assert_no_certificate_error(completed.stdout + completed.stderr)


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
def test_npm_cafile_and_ping(organisation: list[x509.Certificate], org_server: str, isolated_env: Path) -> None:
    (isolated_env / ".npmrc").write_text("; my settings\nfund=false\n", encoding="utf-8")
    _ctx, result = _apply([ToolId.NPM], organisation)
    expected = f"; my settings\nfund=false\ncafile={result.bundle}\n"  # type: ignore[attr-defined]
    assert (isolated_env / ".npmrc").read_text(encoding="utf-8") == expected
    completed = _run(["npm", "ping", "--registry", f"{org_server}/", "--fetch-retries", "0"], dict(os.environ))
    output = completed.stdout + completed.stderr
    assert "404" in output, output
    _assert_no_certificate_error(output)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_config_and_ls_remote(organisation: list[x509.Certificate], org_server: str, isolated_env: Path) -> None:
    (isolated_env / ".gitconfig").write_text("[user]\n\tname = Test User\n", encoding="utf-8")
    _ctx, result = _apply([ToolId.GIT], organisation)
    config = _run(["git", "config", "--global", "http.sslCAInfo"], dict(os.environ))
    assert config.stdout.strip() == str(result.bundle)  # type: ignore[attr-defined]
    assert (isolated_env / ".gitconfig").read_text(encoding="utf-8").startswith("[user]\n\tname = Test User\n")

    completed = _run(["git", "ls-remote", f"{org_server}/repo"], dict(os.environ, GIT_TERMINAL_PROMPT="0"))
    assert completed.returncode != 0
    assert "not found" in completed.stderr or "404" in completed.stderr, completed.stderr
    _assert_no_certificate_error(completed.stderr)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_node_extra_ca_from_environment_d(
    organisation: list[x509.Certificate], org_server: str, isolated_env: Path
) -> None:
    _ctx, result = _apply([ToolId.NODE], organisation)
    assert result.green[ToolId.NODE]  # type: ignore[attr-defined]
    script = (
        f"require('https').get('{org_server}/', r => {{ console.log('status ' + r.statusCode); }})"
        ".on('error', e => { console.log('error ' + e.code); process.exit(3); })"
    )
    completed = _run(["node", "-e", script], _login_environment(isolated_env))
    assert completed.stdout.strip() == "status 404", completed.stdout + completed.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_node_without_settings_fails(org_server: str) -> None:
    script = (
        f"require('https').get('{org_server}/', r => console.log('status ' + r.statusCode))"
        ".on('error', e => { console.log('error ' + e.code); })"
    )
    completed = _run(["node", "-e", script], dict(os.environ))
    assert completed.stdout.startswith("error "), completed.stdout


def test_profile_block_in_login_shell(organisation: list[x509.Certificate], isolated_env: Path) -> None:
    (isolated_env / ".bashrc").write_text("# my bashrc\nalias ll='ls -l'\n", encoding="utf-8")
    _ctx, result = _apply([ToolId.REQUESTS, ToolId.NODE], organisation)
    completed = _run(
        ["bash", "-lc", 'printf "%s|%s" "$REQUESTS_CA_BUNDLE" "$NODE_EXTRA_CA_CERTS"'],
        {"HOME": str(isolated_env), "PATH": os.environ["PATH"]},
    )
    node_file = isolated_env / ".local" / "share" / "TrustDesk" / "node-extra-ca-certs.pem"
    assert completed.stdout == f"{result.bundle}|{node_file}"  # type: ignore[attr-defined]
    bashrc = (isolated_env / ".bashrc").read_text(encoding="utf-8")
    assert bashrc.startswith("# my bashrc\nalias ll='ls -l'\n\n# >>> TrustDesk >>>\n")


def test_requests_uses_environment_d(organisation: list[x509.Certificate], org_server: str, isolated_env: Path) -> None:
    _ctx, result = _apply([ToolId.REQUESTS], organisation)
    assert result.green[ToolId.REQUESTS]  # type: ignore[attr-defined]
    script = f"import requests; print(requests.get('{org_server}/', timeout=10).status_code)"
    completed = _run([os.sys.executable, "-c", script], _login_environment(isolated_env))
    assert completed.stdout.strip() == "404", completed.stderr


def test_insecure_removed_only_with_consent(
    organisation: list[x509.Certificate], isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = isolated_env / ".profile"
    profile.write_text("export NODE_TLS_REJECT_UNAUTHORIZED=0\nexport EDITOR=vi\n", encoding="utf-8")
    monkeypatch.setenv("NODE_TLS_REJECT_UNAUTHORIZED", "0")
    ctx = Context(dict(os.environ))
    plan = make_plan(ctx, organisation, [ToolId.NODE])
    insecure = [change for change in plan.changes if change.insecure_fix]
    assert [change.change_id for change in insecure] == [f"insecure:NODE_TLS_REJECT_UNAUTHORIZED:{profile}"]
    assert insecure[0].change_id not in default_selection(plan)

    apply_plan(plan, ctx, Journal(), default_selection(plan), organisation=organisation)
    assert "NODE_TLS_REJECT_UNAUTHORIZED=0" in profile.read_text(encoding="utf-8")
    plan = make_plan(ctx, organisation, [ToolId.NODE])
    result = apply_plan(plan, ctx, Journal(), default_selection(plan, True), organisation=organisation)
    assert "NODE_TLS_REJECT_UNAUTHORIZED" not in profile.read_text(encoding="utf-8")
    assert result.green[ToolId.NODE]


def test_undo_restores_everything(aws_config: Path, organisation: list[x509.Certificate], isolated_env: Path) -> None:
    (isolated_env / ".npmrc").write_text("strict-ssl=false\r\nfund=false\r\n", encoding="utf-8")
    (isolated_env / ".gitconfig").write_text("[http]\n\tsslVerify = false\n", encoding="utf-8")
    (isolated_env / ".bashrc").write_text("# bashrc\n", encoding="utf-8")
    before = _snapshot(isolated_env)

    ctx = Context(dict(os.environ))
    plan = make_plan(ctx, organisation)
    result = apply_plan(plan, ctx, Journal(), default_selection(plan, True), organisation=organisation)
    assert result.failure is None
    assert _snapshot(isolated_env) != before
    undone = undo(Journal(), ctx)
    assert undone.conflict is None
    after = _snapshot(isolated_env)
    assert after == before


def test_apply_twice_is_noop(aws_config: Path, organisation: list[x509.Certificate]) -> None:
    ctx = Context(dict(os.environ))
    plan = make_plan(ctx, organisation)
    apply_plan(plan, ctx, Journal(), organisation=organisation)
    entries = len(Journal().entries())
    second = make_plan(ctx, organisation)
    assert [change.change_id for change in second.changes] == []
    result = apply_plan(second, ctx, Journal(), organisation=organisation)
    assert result.applied == ()
    assert len(Journal().entries()) == entries


def _snapshot(home: Path) -> dict[str, bytes]:
    """Return every file under HOME except TrustDesk's own data folder, by relative path."""
    data = home / ".local" / "share" / "TrustDesk"
    files = {}
    for path in sorted(home.rglob("*")):
        if path.is_file() and data not in path.parents:
            files[str(path.relative_to(home))] = path.read_bytes()
    return files
