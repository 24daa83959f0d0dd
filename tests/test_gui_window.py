"""The main window, driven through its buttons with the file dialog and the Bedrock check replaced."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk import paths
from trustdesk.certs.details import sha256_fingerprint
from trustdesk.certs.reader import read_certificate_file
from trustdesk.gui import dialogs, i18n, operations
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.store_models import RECORD_ROLE, SORT_ROLE, StoreTreeModel
from trustdesk.network.bedrock import CheckResult, Outcome
from trustdesk.stores.inventory import StoreOrigin

REPO_ROOT = Path(__file__).resolve().parent.parent
# The certificate files users hand in, kept beside the repository (as test_reader.py reads them).
CASES = REPO_ROOT.parent / "shared" / "cases"
TIMEOUT_MS = 10_000


def _require_cases() -> None:
    if not (CASES / "good_root.pem").is_file():
        pytest.skip(f"certificate cases not found in {CASES}")


@pytest.fixture(autouse=True)
def accept_import_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Press "Import" in the import summary at once; tests/test_gui_import.py drives the dialog itself."""
    monkeypatch.setattr(dialogs, "confirm_import", lambda parent, preview: operations.ImportChoice())


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.organisation is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not main_window.is_file_work_pending(), timeout=TIMEOUT_MS)
    return main_window


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "ja")
    assert translators, "trustdesk_ja.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _choose_files(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    chosen = [str(CASES / name) for name in names]
    monkeypatch.setattr(dialogs, "ask_certificate_files", lambda parent: chosen)


def _import(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    _require_cases()
    _choose_files(monkeypatch, *names)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)


def _tree_names(window: MainWindow) -> list[tuple[str, list[str]]]:
    tree = window.chain_tree
    result = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        result.append((item.text(0), [item.child(child).text(0) for child in range(item.childCount())]))
    return result


def _result(outcome: Outcome, **facts: Any) -> CheckResult:
    return CheckResult(
        outcome=outcome,
        region="ap-northeast-1",
        model_id="apac.amazon.nova-micro-v1:0",
        bundle="/tmp/bundle.pem",
        endpoint="https://bedrock-runtime.ap-northeast-1.amazonaws.com",
        proxy="http://127.0.0.1:3128",
        duration_s=0.25,
        **facts,
    )


def _fixed_check(result: CheckResult, calls: list[tuple[Any, ...]]) -> Callable[..., CheckResult]:
    def check(bundle: Any, region: str, model_id: str, *, cancel: threading.Event | None = None) -> CheckResult:
        calls.append((str(bundle), region, model_id, cancel))
        return result

    return check


def test_window_opens_idle(window: MainWindow) -> None:
    assert window.import_button.isEnabled()
    assert window.build_button.isEnabled()
    assert window.test_button.isEnabled()
    assert not window.cancel_button.isEnabled()
    assert not window.progress.isVisible()
    assert not window.key_banner.isVisible()
    # The hint sits on the details page, behind the staff screen the window opens with.
    assert not window.empty_hint.isHidden()
    assert window.stores_view.model.rowCount() >= 3


def test_import_pem_shows_root(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, window, monkeypatch, "good_root.pem")

    assert _tree_names(window) == [("Example Corp Root CA (good)", [])]
    assert not window.problem_banner.isVisible()
    assert "good_root.pem" in window.info_banner.text()
    assert window.details_panel.values["role"].text() == "Root certificate"
    sha256 = window.details_panel.values["sha256"].text()
    assert len(sha256.split(" ")) == 16
    assert window.details_panel.values["valid_to"].toolTip().endswith("UTC")


def test_import_der_same_root(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, window, monkeypatch, "good_root.der.cer")
    _import(qtbot, window, monkeypatch, "good_root.pem")

    assert _tree_names(window) == [("Example Corp Root CA (good)", [])]
    assert "already imported" in window.info_banner.text()


def test_import_chain_root_first(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, window, monkeypatch, "root_plus_intermediate.pem")

    assert _tree_names(window) == [("Example Corp Root CA (good)", ["Example Corp Issuing CA 1"])]
    child = window.chain_tree.topLevelItem(0).child(0)
    window.chain_tree.setCurrentItem(child)
    assert window.details_panel.values["role"].text() == "Intermediate certificate"
    assert not window.details_panel.notes.isVisible()


def test_intermediate_alone_warns(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, window, monkeypatch, "intermediate_only.pem")

    assert window.details_panel.notes.isVisible()
    assert "root certificate is missing" in window.details_panel.notes.text()


def test_private_key_warning_visible(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, window, monkeypatch, "cert_with_text_and_key.pem")

    assert window.key_banner.isVisible()
    assert "contains a private key" in window.key_banner.text()
    assert "cert_with_text_and_key.pem" in window.key_banner.text()
    assert window.chain_tree.topLevelItemCount() == 1

    qtbot.mouseClick(window.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    written = [path for path in paths.data_dir().rglob("*") if path.is_file()]
    assert paths.merged_bundle_path() in written
    for path in written:
        assert b"PRIVATE KEY" not in path.read_bytes(), path


def test_damaged_block_reported(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, window, monkeypatch, "bundle_one_corrupt_then_good.pem")

    assert window.problem_banner.isVisible()
    assert "Part 1 of" in window.problem_banner.text()
    assert "invalid base64" in window.problem_banner.label.toolTip()
    assert window.chain_tree.topLevelItemCount() == 1


def test_missing_file_reported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = str(tmp_path / "nowhere.pem")
    monkeypatch.setattr(dialogs, "ask_certificate_files", lambda parent: [missing])
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)

    assert window.problem_banner.isVisible()
    assert "was not found" in window.problem_banner.text()
    assert missing in window.problem_banner.text()


def test_dialog_cancel_imports_nothing(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_certificate_files", lambda parent: [])
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)

    assert not window.is_file_work_pending()
    assert window.chain_tree.topLevelItemCount() == 0


def test_build_bundle_contains_root(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, window, monkeypatch, "good_root.pem")
    qtbot.mouseClick(window.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)

    bundle = paths.merged_bundle_path()
    assert bundle.is_file()
    assert str(bundle) in window.bundle_label.text()
    assert str(bundle) in window.test_bundle_label.text()
    root = read_certificate_file(CASES / "good_root.pem").certificates[0]
    bundled = {sha256_fingerprint(certificate) for certificate in read_certificate_file(bundle).certificates}
    assert sha256_fingerprint(root) in bundled

    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    merged_rows = [store for store in window.stores_view.model.stores() if store.origin is StoreOrigin.MERGED]
    assert merged_rows[0].contains_organisation is True


def test_build_without_import_explains(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.build_button, Qt.MouseButton.LeftButton)

    assert window.problem_banner.isVisible()
    assert "Import your organisation's root certificate first" in window.problem_banner.text()
    assert not paths.merged_bundle_path().exists()


def test_store_model_passes_modeltester(window: MainWindow, qtmodeltester: Any) -> None:
    qtmodeltester.check(window.stores_view.model)
    qtmodeltester.check(window.stores_view.proxy)


def test_store_model_roles(window: MainWindow) -> None:
    model = window.stores_view.model
    certifi_row = next(row for row, store in enumerate(model.stores()) if store.origin is StoreOrigin.CERTIFI)
    count_index = model.index(certifi_row, StoreTreeModel.COLUMN_COUNT)

    assert isinstance(model.data(count_index, SORT_ROLE), int)
    assert model.data(count_index, SORT_ROLE) > 100
    assert model.data(count_index, RECORD_ROLE).origin is StoreOrigin.CERTIFI
    assert model.headerData(StoreTreeModel.COLUMN_COUNT, Qt.Orientation.Horizontal) == "Certificates"


def test_stores_list_environment_files(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _require_cases()
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", str(CASES / "good_root.pem"))
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.finish_construction()
    qtbot.waitUntil(lambda: main_window.organisation is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not main_window.is_file_work_pending(), timeout=TIMEOUT_MS)

    stores = main_window.stores_view.model.stores()
    variables = [store.name for store in stores if store.origin is StoreOrigin.ENVIRONMENT]
    assert variables == ["env:NODE_EXTRA_CA_CERTS"]


def test_check_success_english(window: MainWindow, qtbot: QtBot) -> None:
    calls: list[tuple[Any, ...]] = []
    window.check_bedrock = _fixed_check(_result(Outcome.SUCCESS, reply_text="Pong"), calls)

    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_check_running(), timeout=TIMEOUT_MS)

    view = window.result_view
    assert "Connection succeeded" in view.headline.text()
    assert view.frame.property("ok") is True
    assert "bedrock-runtime.ap-northeast-1.amazonaws.com" in view.details.toPlainText()
    assert "http://127.0.0.1:3128" in view.details.toPlainText()
    assert window.test_button.isEnabled()
    assert not window.progress.isVisible()
    bundle, region, model_id, cancel = calls[0]
    assert bundle.endswith("cacert.pem")
    assert (region, model_id) == ("ap-northeast-1", "apac.amazon.nova-micro-v1:0")
    assert isinstance(cancel, threading.Event)


def test_check_problem_shows_red(window: MainWindow, qtbot: QtBot) -> None:
    calls: list[tuple[Any, ...]] = []
    result = _result(
        Outcome.CERTIFICATE_NOT_TRUSTED, presented_issuer="Example Org", error_detail="SSL: CERTIFICATE_VERIFY_FAILED"
    )
    window.check_bedrock = _fixed_check(result, calls)

    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_check_running(), timeout=TIMEOUT_MS)

    view = window.result_view
    assert "Certificate not trusted" in view.headline.text()
    assert "Example Org" in view.explanation.text()
    assert "Do not turn off certificate verification" in view.next_step.text()
    assert view.frame.property("ok") is False
    assert "CERTIFICATE_VERIFY_FAILED" in view.details.toPlainText()


def test_check_exception_reported(window: MainWindow, qtbot: QtBot) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> CheckResult:
        raise RuntimeError("stand-in failure")

    window.check_bedrock = broken
    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_check_running(), timeout=TIMEOUT_MS)

    assert "Unexpected problem" in window.result_view.headline.text()
    assert "stand-in failure" in window.result_view.details.toPlainText()


def test_check_success_japanese(japanese: None, window: MainWindow, qtbot: QtBot) -> None:
    window.check_bedrock = _fixed_check(_result(Outcome.SUCCESS), [])

    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_check_running(), timeout=TIMEOUT_MS)

    assert "接続できました" in window.result_view.headline.text()
    assert "検証済みの接続" in window.result_view.explanation.text()
    assert window.import_button.text() == "組織の証明書をインポート…"
    assert window.stores_view.model.headerData(StoreTreeModel.COLUMN_COUNT, Qt.Orientation.Horizontal) == "証明書の数"


def test_private_key_warning_japanese(
    japanese: None, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(qtbot, window, monkeypatch, "cert_with_text_and_key.pem")

    assert window.key_banner.isVisible()
    assert "秘密キーが含まれています" in window.key_banner.text()


def test_cancel_returns_to_idle(window: MainWindow, qtbot: QtBot) -> None:
    started = threading.Event()
    finished = threading.Event()

    def slow_check(bundle: Any, region: str, model_id: str, *, cancel: threading.Event) -> CheckResult:
        started.set()
        cancel.wait(TIMEOUT_MS / 1000)
        finished.set()
        return _result(Outcome.SUCCESS)

    window.check_bedrock = slow_check
    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    assert started.wait(TIMEOUT_MS / 1000)
    assert window.cancel_button.isEnabled()
    assert not window.test_button.isEnabled()
    assert window.progress.isVisible()

    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)

    assert not window.is_check_running()
    assert window.test_button.isEnabled()
    assert not window.cancel_button.isEnabled()
    assert not window.progress.isVisible()
    assert "Test cancelled" in window.result_view.headline.text()

    assert finished.wait(TIMEOUT_MS / 1000)
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=TIMEOUT_MS)
    assert "Test cancelled" in window.result_view.headline.text()


def test_region_and_model_saved(window: MainWindow, qtbot: QtBot) -> None:
    calls: list[tuple[Any, ...]] = []
    window.check_bedrock = _fixed_check(_result(Outcome.SUCCESS), calls)
    window.region_edit.setText("us-east-1")
    window.model_edit.setText("amazon.nova-lite-v1:0")

    qtbot.mouseClick(window.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=TIMEOUT_MS)

    assert calls[0][1:3] == ("us-east-1", "amazon.nova-lite-v1:0")
    from trustdesk.settings import load_settings

    saved = load_settings()
    assert (saved.region, saved.model_id) == ("us-east-1", "amazon.nova-lite-v1:0")


def test_language_choice_saved(window: MainWindow, qtbot: QtBot) -> None:
    window.language_actions["ja"].trigger()
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=TIMEOUT_MS)

    from trustdesk.settings import load_settings

    assert load_settings().language == "ja"
    assert "restart" in window.info_banner.text()


_COPY = Qt.DropAction.CopyAction
_LEFT = Qt.MouseButton.LeftButton
_NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    # Qt's C++ API takes a QPointF, but PySide6 6.11 binds only the QPoint overload.
    return QDragEnterEvent(QPoint(20, 20), _COPY, mime, _LEFT, _NO_MODIFIER)


def test_drop_files_imports(window: MainWindow, qtbot: QtBot) -> None:
    _require_cases()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CASES / "root_plus_intermediate.pem"))])

    enter = _drag_enter(mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), _COPY, mime, _LEFT, _NO_MODIFIER)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)

    assert _tree_names(window) == [("Example Corp Root CA (good)", ["Example Corp Issuing CA 1"])]


def test_drop_text_rejected(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("not a file")
    enter = _drag_enter(mime)
    QApplication.sendEvent(window, enter)

    assert not enter.isAccepted()


def test_startup_skips_boto3_and_paints() -> None:
    """Start the real entry point in a fresh process: it must paint without importing boto3."""
    script = textwrap.dedent(
        """
        import sys
        from trustdesk.gui.app import run_gui
        code = run_gui("en")
        print("boto3-imported", "boto3" in sys.modules, "botocore-imported", "botocore" in sys.modules)
        sys.exit(code)
        """
    )
    environment = dict(os.environ, TRUSTDESK_EXIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert any(line.startswith("first-paint ") for line in lines), completed.stdout
    assert "boto3-imported False botocore-imported False" in lines, completed.stdout
