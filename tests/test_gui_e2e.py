"""The whole staff flow through the window, against a real TLS-inspecting mitmproxy on 127.0.0.1.

Test fails with certifi alone, then import the organisation root, build the merged bundle, and test
again: the second test succeeds. The file dialog is replaced and the import summary is shown without a
modal loop; the Bedrock check is the real one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from support.mitm import MitmProxy
from support.standin import BedrockStandIn
from trustdesk.gui import dialogs, i18n
from trustdesk.gui.import_summary import ImportSummaryDialog
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.operations import ImportChoice, ImportPreview

pytestmark = [pytest.mark.mitmproxy, pytest.mark.usefixtures("aws_credentials")]

CHECK_TIMEOUT_MS = 30_000
FILE_TIMEOUT_MS = 10_000

HEADLINES = {
    "en": ("Certificate not trusted", "Connection succeeded"),
    "ja": ("証明書が信頼されていません", "接続できました"),
}


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    translators = i18n.install_translators(qapp, code)
    yield code
    for translator in translators:
        qapp.removeTranslator(translator)


def _press_import(parent: QWidget | None, preview: ImportPreview) -> ImportChoice | None:
    """Show the real import summary without a modal loop and press its Import button."""
    dialog = ImportSummaryDialog(preview, parent)
    dialog.show()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.choice() if accepted else None


@pytest.fixture
def window(language: str, mitm_proxy: MitmProxy, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> MainWindow:
    monkeypatch.setenv("HTTPS_PROXY", mitm_proxy.url)
    monkeypatch.setattr(dialogs, "confirm_import", _press_import)
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.organisation is not None, timeout=FILE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not main_window.is_file_work_pending(), timeout=FILE_TIMEOUT_MS)
    return main_window


def _run_check(window: MainWindow, qtbot: QtBot) -> str:
    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    assert window.is_check_running()
    qtbot.waitUntil(lambda: not window.is_check_running(), timeout=CHECK_TIMEOUT_MS)
    return window.result_view.headline.text()


def test_import_build_then_connects(
    window: MainWindow,
    language: str,
    org_ca: trustme.CA,
    bedrock_standin: BedrockStandIn,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    not_trusted, succeeded = HEADLINES[language]

    first = _run_check(window, qtbot)
    assert not_trusted in first, window.result_view.details.toPlainText()
    assert "CERTIFICATE_VERIFY_FAILED" in window.result_view.details.toPlainText()
    assert bedrock_standin.requests == []

    org_root = tmp_path / "org-root.pem"
    org_ca.cert_pem.write_to_path(str(org_root))
    monkeypatch.setattr(dialogs, "ask_certificate_files", lambda parent: [str(org_root)])
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=FILE_TIMEOUT_MS)
    assert window.chain_tree.topLevelItemCount() == 1

    qtbot.mouseClick(window.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=FILE_TIMEOUT_MS)
    bundle, merged = window.test_bundle()
    assert merged
    assert bundle.is_file()

    second = _run_check(window, qtbot)
    assert succeeded in second, window.result_view.details.toPlainText()
    assert window.result_view.frame.property("ok") is True
    assert str(bundle) in window.result_view.details.toPlainText()
    assert len(bedrock_standin.requests) == 1
