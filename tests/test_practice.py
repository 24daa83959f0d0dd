"""Practice mode: the local proxy, the Bedrock stand-in and the practice roots, in-process and via the CLI."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustdesk import paths, practice
from trustdesk.certs.bundle import build_merged_bundle, certifi_bundle_path
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.organisation import OrganisationSet
from trustdesk.certs.reader import read_certificate_file
from trustdesk.network.bedrock import Outcome, check_bedrock
from trustdesk.practice import PracticeEnvironment
from trustdesk.practice.environment import ORGANISATION_ROOT_FILE, REPLY_TEXTS
from trustdesk.stores.catalogue import system_stores

REGION = "ap-northeast-1"
MODEL = "apac.amazon.nova-micro-v1:0"


@pytest.fixture
def environment() -> Iterator[PracticeEnvironment]:
    started = practice.start(reply_text=REPLY_TEXTS["en"])
    yield started
    started.stop()


def _port_refuses(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def _proxy_answer(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(request)
        return connection.recv(4096)


def test_check_with_certifi_untrusted(environment: PracticeEnvironment) -> None:
    result = check_bedrock(certifi_bundle_path(), REGION, MODEL)

    assert result.outcome is Outcome.CERTIFICATE_NOT_TRUSTED
    assert result.presented_issuer == "TrustDesk Practice Organisation Root"
    assert result.proxy == environment.proxy_url


def test_check_after_import_succeeds(environment: PracticeEnvironment) -> None:
    stores = system_stores(set())
    organisation = OrganisationSet()
    assert stores[0].path is not None
    organisation.add(read_certificate_file(stores[0].path / ORGANISATION_ROOT_FILE).certificates)
    bundle = build_merged_bundle(organisation.certificates)

    result = check_bedrock(bundle.path, REGION, MODEL)

    assert len(stores) == 1
    assert stores[0].certificate_count == 1
    assert result.outcome is Outcome.SUCCESS
    assert result.reply_text == "Practice reply"
    assert bundle.path.is_relative_to(environment.folder)


def test_settings_live_in_practice_folder(environment: PracticeEnvironment) -> None:
    assert paths.data_dir().is_relative_to(environment.folder)
    assert paths.config_dir().is_relative_to(environment.folder)
    assert os.environ["HTTPS_PROXY"] == environment.proxy_url
    assert "NO_PROXY" not in os.environ
    assert os.environ["AWS_ACCESS_KEY_ID"].startswith("PRACTICE")


def test_proxy_refuses_unmapped_target(environment: PracticeEnvironment) -> None:
    answer = _proxy_answer(environment.proxy.port, b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n")

    assert answer.startswith(b"HTTP/1.1 502")


def test_proxy_refuses_wrong_port(environment: PracticeEnvironment) -> None:
    host = f"bedrock-runtime.{REGION}.amazonaws.com"
    answer = _proxy_answer(environment.proxy.port, f"CONNECT {host}:8443 HTTP/1.1\r\n\r\n".encode())

    assert answer.startswith(b"HTTP/1.1 502")


def test_proxy_refuses_plain_http(environment: PracticeEnvironment) -> None:
    answer = _proxy_answer(environment.proxy.port, b"GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n")

    assert answer.startswith(b"HTTP/1.1 502")


def test_servers_listen_on_loopback(environment: PracticeEnvironment) -> None:
    assert environment.proxy._server.server_address[0] == "127.0.0.1"
    assert environment.standin._server.server_address[0] == "127.0.0.1"


def test_stop_leaves_nothing_behind() -> None:
    threads_before = set(threading.enumerate())
    home_before = os.environ["HOME"]
    started = practice.start()
    check_bedrock(certifi_bundle_path(), REGION, MODEL)
    ports = (started.proxy.port, started.standin.port)

    started.stop()

    assert set(threading.enumerate()) - threads_before == set()
    assert not started.folder.exists()
    assert all(_port_refuses(port) for port in ports)
    assert "HTTPS_PROXY" not in os.environ
    assert os.environ["HOME"] == home_before
    assert practice.current() is None


def test_stop_twice_is_harmless(environment: PracticeEnvironment) -> None:
    environment.stop()
    environment.stop()

    assert environment.stopped


def test_second_start_rejected(environment: PracticeEnvironment) -> None:
    with pytest.raises(RuntimeError):
        practice.start()


def test_kept_folder_reuses_root(tmp_path: Path) -> None:
    with practice.start(tmp_path / "kept") as first:
        root = first.organisation_root_path.read_bytes()
    with practice.start(tmp_path / "kept") as second:
        again = second.organisation_root_path.read_bytes()

    assert root == again
    assert (tmp_path / "kept" / "os-store" / ORGANISATION_ROOT_FILE).is_file()


def test_roots_are_distinct(environment: PracticeEnvironment) -> None:
    organisation = sha256_fingerprint(environment.organisation_root.certificate)
    public = sha256_fingerprint(environment.public_root.certificate)

    assert organisation != public


# --- command line ---------------------------------------------------------------------------------


def trustdesk(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trustdesk", "--lang", "en", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or dict(os.environ),
        check=False,
    )


def test_cli_practice_check_untrusted(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}

    completed = trustdesk("--practice", "check", env=env)

    assert completed.returncode == 10, completed.stdout + completed.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_practice_import_then_check(tmp_path: Path) -> None:
    folder = tmp_path / "practice"
    root = folder / "os-store" / ORGANISATION_ROOT_FILE

    untrusted = trustdesk("--practice-dir", str(folder), "check")
    imported = trustdesk("--practice-dir", str(folder), "bundle", "--add", str(root))
    trusted = trustdesk("--practice-dir", str(folder), "check", "--json")

    assert untrusted.returncode == 10, untrusted.stderr
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert '"reply_text": "Practice reply"' in trusted.stdout


def test_cli_practice_leaves_real_data_alone(tmp_path: Path) -> None:
    trustdesk("--practice", "check", env={**os.environ, "TMPDIR": str(tmp_path)})

    assert not (Path(os.environ["XDG_DATA_HOME"]) / "TrustDesk" / "ca-bundle.pem").exists()
    assert not (Path(os.environ["XDG_CONFIG_HOME"]) / "TrustDesk" / "settings.json").exists()


_SIGTERM_SCRIPT = """
import sys, time
from trustdesk import practice
environment = practice.start(install_signal_handlers=True)
print(environment.folder, environment.proxy.port, environment.standin.port, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM cannot be caught on Windows")
def test_sigterm_cleans_up(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _SIGTERM_SCRIPT],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    assert process.stdout is not None
    with process.stdout:
        folder, proxy_port, standin_port = process.stdout.readline().split()
        process.send_signal(signal.SIGTERM)
        returncode = process.wait(timeout=20)

    assert returncode == -signal.SIGTERM
    assert not Path(folder).exists()
    assert _port_refuses(int(proxy_port))
    assert _port_refuses(int(standin_port))


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, trustdesk.practice, trustdesk.diagnostics.report, trustdesk.logsetup; "
        "sys.exit(1 if any(name.startswith('PySide6') for name in sys.modules) else 0)"
    )
    completed = subprocess.run([sys.executable, "-c", code], timeout=60, check=False)

    assert completed.returncode == 0
