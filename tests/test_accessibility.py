"""Keyboard use, accessible names, and the staff screen at 200% scaling with the Japanese strings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from trustdesk import practice
from trustdesk.gui import app as gui_app
from trustdesk.gui.main_window import MainWindow
from trustdesk.practice import PracticeEnvironment

TIMEOUT_MS = 30_000

# Run in a fresh process, because QT_SCALE_FACTOR is read when the QApplication is created. It opens
# the window in practice mode, runs the check to the red result, and prints every clipped label.
_SCALED_SCRIPT = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QLabel
from trustdesk import practice
from trustdesk.gui import app as gui_app

environment = practice.start(Path(sys.argv[1]))
app = QApplication([])
window, translators = gui_app.create_window(app, sys.argv[2])
window.resize(1080, 860)
window.show()
window.finish_construction()
view = window.staff_view


def settle(condition):
    deadline = time.monotonic() + 30
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


settle(lambda: not window.is_file_work_pending())
view.start_check()
settle(lambda: not view.is_busy())
for _ in range(20):
    app.processEvents()
clipped = []
for label in view.findChildren(QLabel):
    if not label.isVisible() or not label.text():
        continue
    if label.wordWrap():
        needed = label.heightForWidth(label.contentsRect().width())
        fits = needed <= label.contentsRect().height() + 1
    else:
        fits = label.sizeHint().width() <= label.width() + 1
    if not fits:
        clipped.append(label.objectName() or label.text()[:40])
print(json.dumps({"light": view.light, "clipped": clipped, "scale": window.devicePixelRatioF()}))
window.close()
environment.stop()
"""


@pytest.fixture
def environment(tmp_path: Path) -> Iterator[PracticeEnvironment]:
    started = practice.start(tmp_path / "practice")
    yield started
    started.stop()


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, environment: PracticeEnvironment) -> Iterator[MainWindow]:
    main_window, translators = gui_app.create_window(qapp, "ja")
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitUntil(lambda: not main_window.is_file_work_pending(), timeout=TIMEOUT_MS)
    yield main_window
    qtbot.waitUntil(lambda: not main_window.staff_view.is_busy(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: main_window.runner.pending() == 0, timeout=TIMEOUT_MS)
    main_window.close()
    main_window.runner.wait_for_done(TIMEOUT_MS)
    for translator in translators:
        qapp.removeTranslator(translator)


def _unnamed_controls(root: QWidget) -> list[str]:
    unnamed = []
    for kind in (QAbstractButton, QLineEdit, QComboBox):
        for control in root.findChildren(kind):
            if not control.isVisible():
                continue
            text = control.text() if isinstance(control, (QAbstractButton, QLineEdit)) else control.currentText()
            if not control.accessibleName().strip() and not text.replace("&", "").strip():
                unnamed.append(f"{type(control).__name__} {control.objectName()!r}")
    return unnamed


def test_staff_controls_named(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.staff_view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.staff_view.is_busy(), timeout=TIMEOUT_MS)

    assert _unnamed_controls(window) == []


def test_details_controls_named(window: MainWindow) -> None:
    window.show_details()

    assert _unnamed_controls(window) == []


def test_check_button_has_focus(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.staff_view.setFocus()

    qtbot.waitUntil(lambda: window.staff_view.check_button.hasFocus(), timeout=TIMEOUT_MS)


def test_staff_buttons_have_mnemonics(window: MainWindow) -> None:
    view = window.staff_view
    for button in (view.check_button, view.fix_button, view.copy_report_button, view.details_button):
        assert "&" in button.text(), button.text()


def test_keyboard_only_to_green(window: MainWindow, qtbot: QtBot, environment: PracticeEnvironment) -> None:
    view = window.staff_view
    view.check_button.setFocus()

    qtbot.keyClick(view.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=TIMEOUT_MS)
    assert view.light == "red"
    assert view.fix_button.hasFocus()

    qtbot.keyClick(view.fix_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.apply_dialog is not None, timeout=TIMEOUT_MS)
    dialog = view.apply_dialog
    assert dialog is not None
    assert dialog.apply_button.isDefault()

    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.light == "green" and not view.is_busy(), timeout=TIMEOUT_MS)
    assert environment.standin.reply_text in view.explanation.text()


def test_tab_reaches_details(window: MainWindow, qtbot: QtBot) -> None:
    view = window.staff_view
    view.check_button.setFocus()
    reached = []
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert view.details_button in reached

    qtbot.keyClick(view.details_button, Qt.Key.Key_Space)
    assert window.is_details_shown()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_scaled_staff_screen_not_clipped(tmp_path: Path, language: str) -> None:
    environ = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, "-c", _SCALED_SCRIPT, str(tmp_path / "practice"), language],
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    outcome = json.loads(completed.stdout.strip().splitlines()[-1])

    assert outcome["scale"] == 2
    assert outcome["light"] == "red"
    assert outcome["clipped"] == []
