"""Shared fixtures: an isolated environment for every test, test CAs, and local servers on 127.0.0.1.

Every server a test talks to is started here on 127.0.0.1: the Bedrock stand-in and a real
mitmproxy. The autouse ``loopback_only`` guard fails any test whose Python code resolves a name or
opens a connection outside the loopback range.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from support.mitm import MitmProxy, MitmStartError, start_mitmdump
from support.sockets import SilentServer, closed_port
from support.standin import ENDPOINT_HOST, BedrockStandIn

# Qt reads this when the QApplication is created. Nothing imported above imports Qt, and pytest
# imports this file before it runs any test module, so every test sees it.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO_ROOT = Path(__file__).resolve().parent.parent
# Read before any test isolates the environment: it points at a mitmdump outside the repository.
MITMDUMP_OVERRIDE = os.environ.get("TRUSTDESK_MITMDUMP")
ORG_CA_NAME = "Example Org Inspection Root"
PUBLIC_CA_NAME = "Example Public Root CA"

# Variables that change which CAs, proxies, credentials or folders a tool uses. Matching is on the
# upper-cased name, so http_proxy and HTTP_PROXY both go.
_REMOVED_PREFIXES = (
    "AWS_", "BOTO_", "CLOUDSDK_", "GRPC_", "NODE_", "PIP_", "GIT_", "XDG_", "OPENSSL_",
    "PYTHONHTTPSVERIFY", "TRUSTDESK_",
)  # fmt: skip
_REMOVED_FRAGMENTS = ("CERT", "CA_BUNDLE", "CAINFO", "CAPATH", "SSL", "PROXY")


def _is_removed(name: str) -> bool:
    upper = name.upper()
    return upper.startswith(_REMOVED_PREFIXES) or any(fragment in upper for fragment in _REMOVED_FRAGMENTS)


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Strip CA, proxy, AWS and tool variables; point HOME and the XDG folders at a fresh folder.

    Returns the new HOME. AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name files that do not
    exist, and AWS_EC2_METADATA_DISABLED stops botocore from asking the instance metadata service.
    """
    for name in list(os.environ):
        if _is_removed(name):
            monkeypatch.delenv(name)

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    # Qt warns when the runtime folder is missing or readable by others.
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))

    aws_folder = home / ".aws-absent"
    monkeypatch.setenv("AWS_CONFIG_FILE", str(aws_folder / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(aws_folder / "credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return home


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block name lookups and connections outside 127.0.0.0/8 and ::1, and fail the test that made them.

    Covers Python code in this process only (socket, http.client, urllib3, botocore, asyncio); the
    mitmdump subprocess is kept on 127.0.0.1 by its addon instead. Names under the reserved ``.invalid``
    top-level domain fail lookup as they would with real DNS, without failing the test.
    Yields the list of blocked attempts.
    """
    blocked: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_loopback(host, allow_unspecified=True):
            name = host.decode() if isinstance(host, bytes) else str(host)
            if not name.rstrip(".").lower().endswith(".invalid"):
                blocked.append(f"lookup of {name}")
            raise socket.gaierror(socket.EAI_NONAME, f"test guard: {name} is not a loopback address")
        return real_getaddrinfo(host, *args, **kwargs)

    def check_address(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            blocked.append(f"connection to {address!r}")
            raise OSError(errno.ENETUNREACH, f"test guard: {address!r} is not a loopback address")

    def guarded_connect(sock: socket.socket, address: Any) -> None:
        check_address(sock, address)
        real_connect(sock, address)

    def guarded_connect_ex(sock: socket.socket, address: Any) -> int:
        check_address(sock, address)
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    yield blocked
    if blocked:
        pytest.fail("The test tried to reach beyond 127.0.0.1: " + "; ".join(blocked))


def _is_loopback(host: Any, *, allow_unspecified: bool = False) -> bool:
    if host is None or host in ("", b""):
        return allow_unspecified
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name.split("%")[0])
    except ValueError:
        return False
    return address.is_loopback or (allow_unspecified and address.is_unspecified)


@pytest.fixture
def aws_credentials(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Set dummy SigV4 credentials; only the local stand-in receives requests signed with them."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


@pytest.fixture
def org_ca() -> trustme.CA:
    """The organisation's root CA, which the inspecting proxy re-signs every connection with."""
    return trustme.CA(organization_name=ORG_CA_NAME)


@pytest.fixture
def public_ca() -> trustme.CA:
    """The public CA that signs the real endpoint's certificate; the proxy trusts only this one upstream."""
    return trustme.CA(organization_name=PUBLIC_CA_NAME)


@pytest.fixture
def bedrock_standin(public_ca: trustme.CA) -> Iterator[BedrockStandIn]:
    """A Bedrock Runtime stand-in on 127.0.0.1, with a ``public_ca`` certificate for the real host name."""
    standin = BedrockStandIn(public_ca.issue_cert(ENDPOINT_HOST))
    standin.start()
    yield standin
    standin.stop()


def _mitmdump_path() -> Path:
    if MITMDUMP_OVERRIDE:
        return Path(MITMDUMP_OVERRIDE)
    return REPO_ROOT / ".venv-mitmproxy" / "bin" / "mitmdump"


@pytest.fixture
def mitm_proxy(
    org_ca: trustme.CA,
    public_ca: trustme.CA,
    bedrock_standin: BedrockStandIn,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MitmProxy]:
    """A real mitmdump on 127.0.0.1 that re-signs with ``org_ca`` and connects upstream only to the stand-in.

    Its output is printed at teardown, so pytest shows it for a failed test.
    """
    mitmdump = _mitmdump_path()
    if not mitmdump.is_file():
        pytest.fail(
            f"mitmdump not found at {mitmdump}. Run scripts/setup-mitmproxy to create .venv-mitmproxy, "
            "or set TRUSTDESK_MITMDUMP to a mitmdump of mitmproxy 11."
        )
    try:
        proxy = start_mitmdump(
            mitmdump,
            tmp_path_factory.mktemp("mitmproxy"),
            signing_ca=org_ca,
            upstream_ca=public_ca,
            standin_port=bedrock_standin.port,
        )
    except MitmStartError as error:
        pytest.fail(str(error))
    yield proxy
    proxy.stop()
    print(f"--- mitmdump output ({proxy.log_path}) ---\n{proxy.log_text()}")


@pytest.fixture
def dead_port() -> int:
    """A port on 127.0.0.1 that refuses connections."""
    return closed_port()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    """A TCP server on 127.0.0.1 that accepts connections and never sends or reads a byte."""
    server = SilentServer()
    server.start()
    yield server
    server.stop()
