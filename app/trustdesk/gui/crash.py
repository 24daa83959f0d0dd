"""The crash handler: any exception nobody caught is logged with its traceback and shown in a copyable dialog.

``install`` replaces ``sys.excepthook`` (which PySide6 also calls for an exception raised in a slot)
and ``threading.excepthook``. An exception from a worker thread reaches the dialog through a queued
signal, so the dialog always opens on the GUI thread. The handler never loops: while a dialog is
open, and after MAX_DIALOGS dialogs, further exceptions are only logged, and an exception inside the
handler itself is logged and dropped.

Tests replace ``show_crash_report``; the handler looks it up in this module at each call.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import trustdesk
from trustdesk.diagnostics.redaction import scrub

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

MAX_DIALOGS = 3

ExceptionInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_report_text(info: ExceptionInfo, thread_name: str | None = None) -> str:
    """Return the scrubbed text the dialog shows and the user copies: versions, where it happened, traceback."""
    from trustdesk.logsetup import current_log_path

    lines = [
        f"TrustDesk {trustdesk.__version__}",
        f"Python {sys.version.split()[0]}, {platform.platform()}",
        f"Thread: {thread_name or threading.current_thread().name}",
        f"Log file: {current_log_path() or '-'}",
        "",
        "".join(traceback.format_exception(*info)).rstrip(),
    ]
    return scrub("\n".join(lines))


class CrashDialog(QDialog):
    """A read-only text with the crash report and a button that copies it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Crash", "TrustDesk ran into a problem"))
        intro = QLabel(
            translate(
                "Crash",
                "Something went wrong inside TrustDesk. Your files and settings are unchanged. Press "
                "\u201cCopy\u201d and send the text to your IT helpdesk, then restart TrustDesk if it "
                "does not respond.",
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("Crash", "Problem report"))
        self.text.setMinimumSize(560, 280)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("Crash", "&Copy"))
        self.copy_button.setAccessibleName(translate("Crash", "Copy the problem report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def show_crash_report(parent: QWidget | None, text: str) -> None:
    """Show the crash report modally. Tests replace this function."""
    dialog = CrashDialog(text, parent)
    dialog.exec()


class CrashHandler(QObject):
    """The installed hooks. ``handle`` may be called from any thread."""

    report_ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs_shown = 0
        self._showing = False
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self.report_ready.connect(self._show)

    def install(self) -> None:
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_threading_hook

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        thread_name: str | None = None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_excepthook(kind, error, trace)
            return
        try:
            where = thread_name or threading.current_thread().name
            log.critical("Unhandled exception in thread %s", where, exc_info=(kind, error, trace))
            text = crash_report_text((kind, error, trace), where)
            self.report_ready.emit(text)
        except Exception:  # The crash handler must never raise.
            log.exception("The crash handler failed")

    def _handle_thread(self, arguments: Any) -> None:
        if arguments.exc_type is SystemExit or arguments.exc_value is None:
            return
        name = arguments.thread.name if arguments.thread is not None else None
        self.handle(arguments.exc_type, arguments.exc_value, arguments.exc_traceback, name)

    @Slot(str)
    def _show(self, text: str) -> None:
        if self._showing or self.dialogs_shown >= MAX_DIALOGS:
            log.info("Crash dialog not shown again (open: %s, shown: %d)", self._showing, self.dialogs_shown)
            return
        self._showing = True
        self.dialogs_shown += 1
        try:
            show_crash_report(QApplication.activeWindow(), text)
        except Exception:  # A failing dialog is logged, never handled again.
            log.exception("The crash dialog could not be shown")
        finally:
            self._showing = False


def install(parent: QObject | None = None) -> CrashHandler:
    """Create the crash handler, install its hooks and return it (keep it alive with ``parent``)."""
    handler = CrashHandler(parent)
    handler.install()
    log.info("Crash handler installed")
    return handler
