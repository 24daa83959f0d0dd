"""The Tools view in a crafted HOME: what the user sees for stale, corp-only, ignored and insecure settings."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from cryptography.hazmat.primitives.serialization import Encoding
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk.certs.reader import read_certificate_bytes
from trustdesk.gui import i18n
from trustdesk.gui.main_window import MainWindow
from trustdesk.gui.store_models import RECORD_ROLE, SORT_ROLE, ToolTableModel
from trustdesk.gui.tools_text import Status
from trustdesk.stores.scan import ScanReport, ScanStep

TIMEOUT_MS = 30_000


@pytest.fixture
def crafted_home(isolated_env: Path, monkeypatch: pytest.MonkeyPatch, org_ca: trustme.CA) -> Path:
    """A HOME with a stale AWS_CA_BUNDLE, a corp-only REQUESTS_CA_BUNDLE, a DER NODE_EXTRA_CA_CERTS and npm strict-ssl=false."""
    home = isolated_env
    corp = home / "corp-only.pem"
    org_ca.cert_pem.write_to_path(str(corp))
    der = home / "corp.der"
    certificate = read_certificate_bytes(org_ca.cert_pem.bytes()).certificates[0]
    der.write_bytes(certificate.public_bytes(Encoding.DER))
    (home / ".npmrc").write_text("strict-ssl=false\n", encoding="utf-8")
    monkeypatch.setenv("AWS_CA_BUNDLE", str(home / "uninstalled-agent" / "ca.pem"))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(corp))
    monkeypatch.setenv("NODE_EXTRA_CA_CERTS", str(der))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("NPM_CONFIG_GLOBALCONFIG", str(home / "no-global-npmrc"))
    return home


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "ja")
    assert translators, "trustdesk_ja.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _open_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.organisation is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.trust_scan.report is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    return window


def _row(model: ToolTableModel, tool_id: str) -> int:
    return next(row for row, tool in enumerate(model.tools()) if tool.tool.value == tool_id)


def _cell(model: ToolTableModel, tool_id: str, column: int) -> str:
    return str(model.data(model.index(_row(model, tool_id), column)))


def test_tools_view_lists_every_tool(crafted_home: Path, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model

    tools = [tool.tool.value for tool in model.tools()]

    assert tools == ["botocore", "aws-cli-v2", "aws-sdk-js-v3", "requests", "pip", "node", "npm", "git", "curl"]


def test_tools_view_stale_aws_ca_bundle(crafted_home: Path, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model
    row = _row(model, "botocore")

    explanation = _cell(model, "botocore", ToolTableModel.COLUMN_EXPLANATION)

    assert model.text(row).status is Status.PROBLEM
    assert "does not exist" in explanation
    assert "uninstalled-agent" in explanation
    assert "AWS_CA_BUNDLE" in _cell(model, "botocore", ToolTableModel.COLUMN_ADVICE)


def test_tools_view_corp_only_requests_bundle(crafted_home: Path, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model

    explanation = _cell(model, "requests", ToolTableModel.COLUMN_EXPLANATION)

    assert model.text(_row(model, "requests")).status is Status.PROBLEM
    assert "public root certificates" in explanation
    assert "REQUESTS_CA_BUNDLE" in explanation


def test_tools_view_der_node_extra_ca_certs(crafted_home: Path, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model

    messages = [problem.message for problem in model.text(_row(model, "node")).problems]

    assert any("silently ignores" in message and "binary DER" in message for message in messages)
    assert model.text(_row(model, "node")).status is Status.PROBLEM


def test_tools_view_npm_strict_ssl_false(crafted_home: Path, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model
    codes = [problem.code for problem in model.text(_row(model, "npm")).problems]

    window.tools_view.show_problems(_row(model, "npm"))
    shown = [
        window.tools_view.problems.topLevelItem(i).text(0)
        for i in range(window.tools_view.problems.topLevelItemCount())
    ]

    assert "insecure-setting" in codes
    assert any("turns certificate checks off" in text for text in shown)


def test_tools_view_status_icons(crafted_home: Path, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model
    index = model.index(_row(model, "botocore"), ToolTableModel.COLUMN_TOOL)

    icon = model.data(index, Qt.ItemDataRole.DecorationRole)
    tooltip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))

    assert not icon.isNull()
    assert tooltip.startswith("Problem")
    assert "botocore 1.44" in tooltip


def test_tools_view_japanese(crafted_home: Path, qtbot: QtBot, japanese: None) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model

    explanation = _cell(model, "botocore", ToolTableModel.COLUMN_EXPLANATION)
    node_messages = [problem.message for problem in model.text(_row(model, "node")).problems]

    assert "存在しません" in explanation
    assert "AWS_CA_BUNDLE" in explanation
    assert any("DER" in message and "無視" in message for message in node_messages)
    assert model.headerData(ToolTableModel.COLUMN_ADVICE, Qt.Orientation.Horizontal) == "対処方法"


def test_tool_model_passes_modeltester(crafted_home: Path, qtbot: QtBot, qtmodeltester: Any) -> None:
    window = _open_window(qtbot)

    qtmodeltester.check(window.tools_view.model)
    qtmodeltester.check(window.tools_view.proxy)


def test_tool_model_roles(crafted_home: Path, qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    model = window.tools_view.model
    row = _row(model, "requests")

    record = model.data(model.index(row, 0), RECORD_ROLE)
    sort_value = model.data(model.index(row, ToolTableModel.COLUMN_TOOL), SORT_ROLE)

    assert record.tool.value == "requests"
    assert sort_value == int(Status.PROBLEM) * 100 + row
    assert model.headerData(ToolTableModel.COLUMN_TOOL, Qt.Orientation.Horizontal) == "Tool"


def test_scan_runs_off_gui_thread(qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    release = threading.Event()
    scan_threads: list[threading.Thread] = []

    def slow_scan(merged: Path, fingerprints: set[str], **kwargs: Any) -> ScanReport:
        scan_threads.append(threading.current_thread())
        kwargs["progress"](ScanStep.TOOLS)
        release.wait(10)
        return ScanReport((), (), frozenset(), merged)

    window.trust_scan.scan = slow_scan
    window.scan_stores()
    ticks: list[float] = []
    qtbot.waitUntil(lambda: window.tools_view.scan_bar.status.text().startswith("Checking which"), timeout=5_000)
    for _ in range(5):
        qtbot.wait(20)
        ticks.append(time.monotonic())

    assert window.is_file_work_pending()
    assert window.tools_view.scan_bar.busy.isVisibleTo(window.tools_view)
    assert len(ticks) == 5
    assert scan_threads[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=5_000)
    assert window.tools_view.model.rowCount() == 0


def test_scan_cancel(qtbot: QtBot) -> None:
    window = _open_window(qtbot)
    release = threading.Event()

    def slow_scan(merged: Path, fingerprints: set[str], **kwargs: Any) -> ScanReport:
        release.wait(10)
        return ScanReport((), (), frozenset(), merged)

    window.trust_scan.scan = slow_scan
    window.scan_stores()
    qtbot.mouseClick(window.tools_view.scan_bar.cancel_button, Qt.MouseButton.LeftButton)

    assert not window.is_file_work_pending()
    assert "cancelled" in window.tools_view.scan_bar.status.text()
    assert window.tools_view.scan_bar.refresh_button.isEnabled()
    rows_before = window.tools_view.model.rowCount()
    release.set()
    window.runner.wait_for_done(5_000)
    qtbot.wait(50)
    assert window.tools_view.model.rowCount() == rows_before
