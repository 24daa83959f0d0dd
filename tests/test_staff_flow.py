"""The staff screen driven end to end in practice mode, in English and Japanese, counting the clicks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from trustdesk import practice
from trustdesk.gui import app as gui_app
from trustdesk.gui.main_window import MainWindow
from trustdesk.practice import PracticeEnvironment

TIMEOUT_MS = 30_000


@pytest.fixture
def environment(tmp_path: Path) -> Iterator[PracticeEnvironment]:
    started = practice.start(tmp_path / "practice")
    yield started
    started.stop()


def _open(qtbot: QtBot, qapp: QApplication, language: str) -> Iterator[MainWindow]:
    window, translators = gui_app.create_window(qapp, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_file_work_pending(), timeout=TIMEOUT_MS)
    yield window
    qtbot.waitUntil(lambda: not window.staff_view.is_busy(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=TIMEOUT_MS)
    window.close()
    window.runner.wait_for_done(TIMEOUT_MS)
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english_window(qtbot: QtBot, qapp: QApplication, environment: PracticeEnvironment) -> Iterator[MainWindow]:
    yield from _open(qtbot, qapp, "en")


@pytest.fixture
def japanese_window(qtbot: QtBot, qapp: QApplication, environment: PracticeEnvironment) -> Iterator[MainWindow]:
    yield from _open(qtbot, qapp, "ja")


class ClickCounter:
    """Clicks a button as a person would, and counts the clicks."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible(), button.text()
        assert button.isEnabled(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.count += 1


def _wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.staff_view.is_busy(), timeout=TIMEOUT_MS)


def _fix_to_green(qtbot: QtBot, window: MainWindow) -> ClickCounter:
    view = window.staff_view
    clicks = ClickCounter(qtbot)

    clicks.click(view.check_button)
    _wait_idle(qtbot, window)
    assert view.light == "red"
    clicks.click(view.fix_button)
    qtbot.waitUntil(lambda: view.apply_dialog is not None, timeout=TIMEOUT_MS)
    dialog = view.apply_dialog
    assert dialog is not None
    assert dialog.selected_ids()
    clicks.click(dialog.apply_button)
    qtbot.waitUntil(lambda: view.light == "green" and not view.is_busy(), timeout=TIMEOUT_MS)
    return clicks


def test_staff_view_first(english_window: MainWindow) -> None:
    assert english_window.pages.currentWidget() is english_window.staff_view
    assert english_window.staff_view.check_button.isVisible()
    assert not english_window.test_button.isVisible()


def test_fix_to_green_english(english_window: MainWindow, qtbot: QtBot, environment: PracticeEnvironment) -> None:
    clicks = _fix_to_green(qtbot, english_window)
    view = english_window.staff_view

    assert clicks.count <= 3
    assert view.headline.text() == "Connection succeeded"
    assert environment.standin.reply_text in view.explanation.text()
    assert not view.fix_button.isVisible()
    assert "Restart these programs" in view.notes.text()


def test_fix_to_green_japanese(japanese_window: MainWindow, qtbot: QtBot, environment: PracticeEnvironment) -> None:
    clicks = _fix_to_green(qtbot, japanese_window)
    view = japanese_window.staff_view

    assert clicks.count <= 3
    assert view.headline.text() == "接続できました"
    assert environment.standin.reply_text in view.explanation.text()
    assert "再起動" in view.notes.text()


def test_red_names_fix(english_window: MainWindow, qtbot: QtBot) -> None:
    view = english_window.staff_view
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, english_window)

    assert view.light_label.text().startswith("Red")
    assert "Fix it" in view.next_step.text()
    assert view.fix_button.isVisible()


def test_fix_adds_root_to_window(english_window: MainWindow, qtbot: QtBot) -> None:
    _fix_to_green(qtbot, english_window)

    assert english_window.chain_tree.topLevelItemCount() == 1


def test_preview_cancel_changes_nothing(english_window: MainWindow, qtbot: QtBot) -> None:
    view = english_window.staff_view
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, english_window)
    qtbot.mouseClick(view.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.apply_dialog is not None, timeout=TIMEOUT_MS)
    dialog = view.apply_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    assert view.apply_dialog is None
    assert "Nothing was changed" in view.next_step.text()
    assert view.fix_button.isEnabled()


def test_root_absent_asks_it(english_window: MainWindow, qtbot: QtBot, environment: PracticeEnvironment) -> None:
    environment.organisation_root_path.unlink()
    view = english_window.staff_view

    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, english_window)

    assert view.light == "red"
    assert not view.fix_button.isVisible()
    assert "IT helpdesk" in view.next_step.text()
    assert len(view.fingerprint.text().split(" ")) == 16


def test_root_absent_japanese(japanese_window: MainWindow, qtbot: QtBot, environment: PracticeEnvironment) -> None:
    environment.organisation_root_path.unlink()
    view = japanese_window.staff_view

    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, japanese_window)

    assert view.light == "red"
    assert not view.fix_button.isVisible()
    assert "ヘルプデスク" in view.next_step.text()


def test_details_one_click_away(english_window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(english_window.staff_view.details_button, Qt.MouseButton.LeftButton)

    assert english_window.is_details_shown()
    assert english_window.test_button.isVisible()

    qtbot.mouseClick(english_window.back_button, Qt.MouseButton.LeftButton)
    assert not english_window.is_details_shown()


def test_copy_report_from_staff(english_window: MainWindow, qtbot: QtBot) -> None:
    QApplication.clipboard().clear()
    qtbot.mouseClick(english_window.staff_view.copy_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not english_window.help_actions.is_report_running(), timeout=TIMEOUT_MS)

    assert QApplication.clipboard().text().startswith("TrustDesk helpdesk report")
