"""Start and stop a real ``mitmdump`` on 127.0.0.1 that re-signs TLS with a test CA.

mitmproxy lives in its own virtual environment (``scripts/setup-mitmproxy``) because it pins an
older cryptography than TrustDesk needs, so it runs as a separate process and never as a library.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import trustme

ADDON_PATH = Path(__file__).with_name("mitm_addon.py")
STARTUP_TIMEOUT_S = 20
STOP_TIMEOUT_S = 10
_LISTENING = re.compile(r"HTTP\(S\) proxy listening at 127\.0\.0\.1:(?P<port>\d+)")
# mitmproxy 11 logs "server connect HOST:PORT" for each upstream connection it opened.
_SERVER_CONNECT = re.compile(r"\] server connect (?P<address>\S+)")


class MitmStartError(Exception):
    """mitmdump did not start listening; the message includes its output."""


@dataclass
class MitmProxy:
    """A running mitmdump. ``url`` is the value for HTTPS_PROXY; ``log_path`` collects its output."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def upstream_addresses(self) -> list[str]:
        """Return the HOST:PORT of every upstream connection mitmdump has logged so far, in order."""
        return [match.group("address") for match in _SERVER_CONNECT.finditer(self.log_text())]

    def stop(self) -> None:
        """Terminate mitmdump, and kill it when it does not exit within STOP_TIMEOUT_S."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=STOP_TIMEOUT_S)


def start_mitmdump(
    mitmdump: Path,
    workdir: Path,
    *,
    signing_ca: trustme.CA,
    upstream_ca: trustme.CA,
    standin_port: int,
) -> MitmProxy:
    """Start mitmdump on an ephemeral port of 127.0.0.1 and return once it accepts connections.

    mitmdump re-signs every intercepted connection with ``signing_ca``, verifies the upstream
    server against ``upstream_ca`` only, and connects upstream to 127.0.0.1:``standin_port`` whatever
    host the client asked for. It runs with a minimal environment whose HOME is inside ``workdir``.
    Raises ``MitmStartError`` when it exits or does not listen within STARTUP_TIMEOUT_S.
    """
    confdir = workdir / "confdir"
    home = workdir / "home"
    confdir.mkdir(parents=True)
    home.mkdir()
    # mitmproxy reads its signing CA from this file: the certificate and its private key in PEM.
    signing_pem = signing_ca.private_key_pem.bytes() + signing_ca.cert_pem.bytes()
    (confdir / "mitmproxy-ca.pem").write_bytes(signing_pem)
    upstream_ca_path = workdir / "upstream-ca.pem"
    upstream_ca.cert_pem.write_to_path(str(upstream_ca_path))
    log_path = workdir / "mitmdump.log"

    command = [
        str(mitmdump),
        "--listen-host", "127.0.0.1",
        "--listen-port", "0",
        "--set", f"confdir={confdir}",
        "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca_path}",
        "--set", "termlog_verbosity=info",
        "--scripts", str(ADDON_PATH),
        "--set", f"standin_port={standin_port}",
        "--set", f"parent_pid={os.getpid()}",
    ]  # fmt: skip
    environment = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONUNBUFFERED": "1"}
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=environment,
            cwd=workdir,
        )

    try:
        port = _wait_until_listening(process, log_path)
    except BaseException:
        MitmProxy(process, 0, log_path).stop()
        raise
    return MitmProxy(process, port, log_path)


def _wait_until_listening(process: subprocess.Popen[bytes], log_path: Path) -> int:
    """Return mitmdump's port once its log names it and a TCP connection to it succeeds."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    port = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise MitmStartError(f"mitmdump exited with code {process.returncode}:\n{_read(log_path)}")
        if port is None:
            match = _LISTENING.search(_read(log_path))
            port = int(match.group("port")) if match else None
        if port is not None and _accepts_connections(port):
            return port
        time.sleep(0.1)
    raise MitmStartError(f"mitmdump did not listen within {STARTUP_TIMEOUT_S} s:\n{_read(log_path)}")


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")
