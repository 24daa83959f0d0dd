"""Practice mode and the helpdesk entries in the window created by app.py, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from trustdesk import logsetup, practice
from trustdesk.gui import app as gui_app
from trustdesk.gui import help_menu, practice_text
from trustdesk.gui.main_window import MainWindow
from trustdesk.practice import PracticeEnvironment

TIMEOUT_MS = 20_000


@pytest.fixture
def environment() -> Iterator[PracticeEnvironment]:
    started = practice.start()
    yield started
    started.stop()


def _create(qtbot: QtBot, qapp: QApplication, language: str) -> Iterator[MainWindow]:
    window, translators = gui_app.create_window(qapp, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    yield window
    qtbot.waitUntil(lambda: not window.help_actions.is_report_running(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=TIMEOUT_MS)
    window.close()
    window.runner.wait_for_done(TIMEOUT_MS)
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english_window(qtbot: QtBot, qapp: QApplication, environment: PracticeEnvironment) -> Iterator[MainWindow]:
    yield from _create(qtbot, qapp, "en")


@pytest.fixture
def plain_window(qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    yield from _create(qtbot, qapp, "en")


@pytest.fixture
def japanese_window(qtbot: QtBot, qapp: QApplication, environment: PracticeEnvironment) -> Iterator[MainWindow]:
    yield from _create(qtbot, qapp, "ja")


def _status_label(window: MainWindow) -> QLabel:
    label = window.statusBar().findChild(QLabel, practice_text.STATUS_LABEL_NAME)
    assert isinstance(label, QLabel)
    return label


def test_title_marked_english(english_window: MainWindow) -> None:
    assert english_window.windowTitle().endswith("[Practice mode]")


def test_status_bar_marked_english(english_window: MainWindow) -> None:
    label = _status_label(english_window)

    assert label.text().startswith("Practice mode:")
    assert label.isVisible()


def test_title_marked_japanese(japanese_window: MainWindow) -> None:
    assert japanese_window.windowTitle().endswith("［練習モード］")


def test_status_bar_marked_japanese(japanese_window: MainWindow) -> None:
    assert _status_label(japanese_window).text().startswith("練習モード")


def test_practice_entry_disabled_in_practice(english_window: MainWindow) -> None:
    action = english_window.help_actions.practice_action

    assert action.isChecked()
    assert not action.isEnabled()


def test_unmarked_without_practice(plain_window: MainWindow) -> None:
    assert "Practice" not in plain_window.windowTitle()
    assert plain_window.statusBar().findChild(QLabel, practice_text.STATUS_LABEL_NAME) is None


def test_practice_entry_starts_process(plain_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[bool] = []
    monkeypatch.setattr(help_menu, "start_practice_process", lambda: started.append(True) or True)

    plain_window.help_actions.practice_action.trigger()

    assert started == [True]
    assert help_menu.practice_command()[1][-1] == "--practice"


def test_open_log_folder(english_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(help_menu, "open_url", lambda url: opened.append(url) or True)
    logsetup.setup_logging(folder=tmp_path / "logs", stderr_level=None)
    try:
        english_window.help_actions.open_log_action.trigger()
    finally:
        logsetup.remove_logging()

    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "logs")]


def test_open_log_folder_failure_shown(english_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(help_menu, "open_url", lambda _url: False)

    english_window.help_actions.open_log_action.trigger()

    assert english_window.problem_banner.isVisible()


def test_copy_report(english_window: MainWindow, qtbot: QtBot) -> None:
    QApplication.clipboard().clear()

    english_window.help_actions.copy_report_action.trigger()
    qtbot.waitUntil(lambda: not english_window.help_actions.is_report_running(), timeout=TIMEOUT_MS)

    text = QApplication.clipboard().text()
    assert text.startswith("TrustDesk helpdesk report")
    assert "PRACTICE MODE" in text


def test_save_report(english_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    monkeypatch.setattr(help_menu, "ask_report_path", lambda _parent: str(target))

    english_window.help_actions.save_report_action.trigger()
    qtbot.waitUntil(lambda: not english_window.help_actions.is_report_running(), timeout=TIMEOUT_MS)

    assert '"practice_mode": true' in target.read_text(encoding="utf-8")


def test_report_includes_window_check(english_window: MainWindow, qtbot: QtBot) -> None:
    english_window.start_check()
    qtbot.waitUntil(lambda: not english_window.is_check_running(), timeout=TIMEOUT_MS)

    english_window.help_actions.copy_report_action.trigger()
    qtbot.waitUntil(lambda: not english_window.help_actions.is_report_running(), timeout=TIMEOUT_MS)

    assert "bedrock: certificate-not-trusted" in QApplication.clipboard().text()
