"""The crash handler: log the traceback, show the copyable report through its seam, never loop."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustdesk import logsetup
from trustdesk.gui import crash

SECRET = "MarkerCrashSecret000001"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(crash, "show_crash_report", lambda _parent, text: texts.append(text))
    return texts


@pytest.fixture
def handler(qapp: QApplication, tmp_path: Path) -> Iterator[crash.CrashHandler]:
    logsetup.setup_logging(folder=tmp_path / "log", stderr_level=None)
    installed = crash.install()
    yield installed
    installed.uninstall()
    logsetup.remove_logging()


def _raise(message: str) -> None:
    try:
        raise ValueError(message)
    except ValueError:
        sys.excepthook(*sys.exc_info())


def _log_text(tmp_path: Path) -> str:
    for log_handler in logging.getLogger().handlers:
        log_handler.flush()
    return (tmp_path / "log" / logsetup.LOG_FILE_NAME).read_text(encoding="utf-8")


def test_crash_shows_report(handler: crash.CrashHandler, shown: list[str]) -> None:
    _raise("broken state")

    assert len(shown) == 1
    assert "ValueError: broken state" in shown[0]
    assert "Traceback (most recent call last)" in shown[0]


def test_crash_logs_traceback(handler: crash.CrashHandler, shown: list[str], tmp_path: Path) -> None:
    _raise("logged failure")

    text = _log_text(tmp_path)
    assert "CRITICAL" in text
    assert "ValueError: logged failure" in text


def test_crash_report_scrubbed(
    handler: crash.CrashHandler, shown: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)

    _raise(f"failed with {SECRET}")

    assert SECRET not in shown[0]
    assert SECRET not in _log_text(tmp_path)


def test_thread_crash_reaches_dialog(handler: crash.CrashHandler, shown: list[str], qtbot: QtBot) -> None:
    def fail() -> None:
        raise RuntimeError("worker failed")

    worker = threading.Thread(target=fail, name="worker-under-test")
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5_000)
    assert "worker-under-test" in shown[0]
    assert "RuntimeError: worker failed" in shown[0]


def test_crash_inside_dialog_no_loop(
    handler: crash.CrashHandler, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[str] = []

    def failing_dialog(_parent: object, text: str) -> None:
        calls.append(text)
        _raise("second failure while the dialog is open")
        raise OSError("dialog broke")

    monkeypatch.setattr(crash, "show_crash_report", failing_dialog)

    _raise("first failure")

    assert len(calls) == 1
    assert "The crash dialog could not be shown" in _log_text(tmp_path)


def test_crash_dialogs_limited(handler: crash.CrashHandler, shown: list[str]) -> None:
    for index in range(crash.MAX_DIALOGS + 2):
        _raise(f"failure {index}")

    assert len(shown) == crash.MAX_DIALOGS


def test_uninstall_restores_hooks(qapp: QApplication) -> None:
    before = (sys.excepthook, threading.excepthook)
    installed = crash.install()

    installed.uninstall()

    assert (sys.excepthook, threading.excepthook) == before


def test_dialog_copy_button(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = crash.CrashDialog("Traceback text to copy")
    qtbot.addWidget(dialog)

    dialog.copy_button.click()

    assert QApplication.clipboard().text() == "Traceback text to copy"
    assert dialog.text.isReadOnly()
