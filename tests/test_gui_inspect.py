"""The "Inspect connection" tab against a real mitmproxy, with fake OS stores.

With the organisation root in the fake OS store, a person goes from "Inspect" to "Use this
certificate" to "Build merged bundle" to a Bedrock check that passes, without choosing a file. With
the root only on the wire, the button never appears and the view explains why, with the fingerprint.
Set TRUSTDESK_SCREENSHOT_DIR to save offscreen grabs of both.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import trustme
from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from support.mitm import MitmProxy, Presentation, presented_chain, start_mitmdump
from support.sockets import SilentServer
from support.standin import ENDPOINT_HOST, BedrockStandIn
from trustdesk.certs.details import group_fingerprint, sha256_fingerprint
from trustdesk.gui import i18n
from trustdesk.gui.main_window import MainWindow

pytestmark = [pytest.mark.mitmproxy, pytest.mark.usefixtures("aws_credentials")]

# Read at import, before the autouse fixture strips TRUSTDESK_* variables.
SCREENSHOT_DIR = os.environ.get("TRUSTDESK_SCREENSHOT_DIR")
MITMDUMP = Path(__file__).resolve().parent.parent / ".venv-mitmproxy" / "bin" / "mitmdump"
TIMEOUT_MS = 30_000
SUCCEEDED = {"en": "Connection succeeded", "ja": "接続できました"}
WIRE_ONLY_WORDS = {"en": "will not trust it with one click", "ja": "ワンクリックでは信頼しません"}


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    translators = i18n.install_translators(qapp, code)
    yield code
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def full_chain_proxy(
    org_ca: trustme.CA,
    public_ca: trustme.CA,
    bedrock_standin: BedrockStandIn,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MitmProxy]:
    """A mitmdump that sends leaf, intermediate and the organisation root for the Bedrock host."""
    workdir = tmp_path_factory.mktemp("mitmproxy")
    proxy = start_mitmdump(
        MITMDUMP,
        workdir,
        signing_ca=org_ca,
        upstream_ca=public_ca,
        standin_port=bedrock_standin.port,
        certs_file=presented_chain(Presentation.FULL_CHAIN, org_ca, ENDPOINT_HOST, workdir),
    )
    yield proxy
    proxy.stop()
    print(f"--- mitmdump output ---\n{proxy.log_text()}")


@pytest.fixture
def open_window(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Callable[..., MainWindow]:
    """Open the window through a proxy with a fake OS store. Each test ends with ``_settle``."""

    def open_with(proxy_url: str, os_store: list[x509.Certificate]) -> MainWindow:
        monkeypatch.setenv("HTTPS_PROXY", proxy_url)
        window = MainWindow()
        qtbot.addWidget(window)
        window.finish_construction()
        window.inspect_view.load_os_anchors = lambda: list(os_store)
        window.show()
        qtbot.waitUntil(lambda: window.organisation is not None, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
        window.tabs.setCurrentWidget(window.inspect_view)
        return window

    return open_with


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    """Wait for every background task; pytest-qt deletes the window before fixtures are torn down, and a
    result delivered to a deleted window crashes the process."""
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=TIMEOUT_MS)
    assert window.runner.wait_for_done(TIMEOUT_MS)


def _inspect(window: MainWindow, qtbot: QtBot) -> None:
    view = window.inspect_view
    qtbot.mouseClick(view.inspect_button, Qt.MouseButton.LeftButton)
    assert view.is_inspection_running()
    assert view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not view.is_inspection_running(), timeout=TIMEOUT_MS)
    assert view.report is not None
    assert view.report.failure is None, view.report.failure_detail


def _grab(window: MainWindow, name: str) -> None:
    if SCREENSHOT_DIR:
        window.resize(1280, 900)
        QApplication.processEvents()
        window.grab().save(str(Path(SCREENSHOT_DIR) / name))


def test_root_in_os_store_to_passing_check(
    language: str,
    mitm_proxy: MitmProxy,
    org_ca: trustme.CA,
    bedrock_standin: BedrockStandIn,
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    org_root = x509.load_pem_x509_certificate(org_ca.cert_pem.bytes())
    window = open_window(mitm_proxy.url, [org_root])
    view = window.inspect_view

    _inspect(window, qtbot)
    assert view.use_button.isVisibleTo(window)
    assert view.chain_tree.topLevelItemCount() == 1
    assert view.tools_tree.topLevelItemCount() == 10
    assert view.node_label.text()
    assert "ca-bundle.pem" in view.snippet.toPlainText()
    _grab(window, f"issue5-root-in-os-store-{language}.png")

    qtbot.mouseClick(view.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_inspection_running(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    assert not view.use_button.isVisibleTo(window)
    assert [sha256_fingerprint(certificate) for certificate in window.certificates] == [sha256_fingerprint(org_root)]

    qtbot.mouseClick(window.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    bundle, merged = window.test_bundle()
    assert merged
    assert bundle.is_file()

    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_check_running(), timeout=TIMEOUT_MS)
    assert SUCCEEDED[language] in window.result_view.headline.text(), window.result_view.details.toPlainText()
    assert len(bedrock_standin.requests) == 1
    _settle(window, qtbot)


def test_root_only_on_wire_refused(
    language: str,
    full_chain_proxy: MitmProxy,
    org_ca: trustme.CA,
    public_ca: trustme.CA,
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    public_root = x509.load_pem_x509_certificate(public_ca.cert_pem.bytes())
    window = open_window(full_chain_proxy.url, [public_root])
    view = window.inspect_view

    _inspect(window, qtbot)
    _grab(window, f"issue5-root-wire-only-{language}.png")

    assert not view.use_button.isVisibleTo(window)
    assert view.chain_tree.topLevelItemCount() == 1
    org_fingerprint = group_fingerprint(sha256_fingerprint(x509.load_pem_x509_certificate(org_ca.cert_pem.bytes())))
    assert org_fingerprint in view.root_label.text()
    assert WIRE_ONLY_WORDS[language] in view.root_label.text()
    assert window.certificates == []
    _settle(window, qtbot)


def test_root_absent_no_button(mitm_proxy: MitmProxy, open_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = open_window(mitm_proxy.url, [])
    window.inspect_view.run_node = False

    _inspect(window, qtbot)

    assert not window.inspect_view.use_button.isVisibleTo(window)
    assert window.inspect_view.status_frame.property("ok") is False
    _settle(window, qtbot)


def test_cancel_returns_to_idle(silent_server_proxy: str, open_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = open_window(silent_server_proxy, [])
    view = window.inspect_view

    qtbot.mouseClick(view.inspect_button, Qt.MouseButton.LeftButton)
    assert view.is_inspection_running()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)

    assert not view.is_inspection_running()
    assert view.inspect_button.isEnabled()
    assert view.headline.text().endswith("Inspection cancelled")
    _settle(window, qtbot)


@pytest.fixture
def silent_server_proxy(silent_server: SilentServer) -> str:
    return f"http://127.0.0.1:{silent_server.port}"
