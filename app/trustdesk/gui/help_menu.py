"""The Help menu's helpdesk entries: open the log folder, copy or save the helpdesk report, practice mode.

The report is gathered, rendered and saved on the window's ``BackgroundRunner``; only the clipboard
and the status bar are touched on the GUI thread. ``open_url``, ``ask_report_path`` and
``start_practice_process`` are the seams tests replace.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QProcess, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from trustdesk import practice
from trustdesk.gui import practice_text, report_text
from trustdesk.logsetup import current_log_path, log_dir
from trustdesk.network.bedrock import CheckResult

if TYPE_CHECKING:
    from trustdesk.diagnostics.report import Report
    from trustdesk.gui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

REPORT_FILE_NAME = "trustdesk-report.txt"
STATUS_TIMEOUT_MS = 10_000


def open_url(url: QUrl) -> bool:
    """Open ``url`` with the desktop's handler (a file manager for a folder). Tests replace this."""
    return QDesktopServices.openUrl(url)


def ask_report_path(parent: QWidget | None) -> str:
    """Ask where to save the report; return the path, or "" when the user cancels. Tests replace this."""
    path, _selected = QFileDialog.getSaveFileName(
        parent, report_text.save_title(), REPORT_FILE_NAME, report_text.save_filter()
    )
    return path


def practice_command() -> tuple[str, list[str]]:
    """Return the program and arguments that start TrustDesk in practice mode (frozen app or package)."""
    arguments = ["--practice"]
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, ["-m", "trustdesk", *arguments]


def start_practice_process() -> bool:
    """Start a separate TrustDesk in practice mode; return False when it could not start. Tests replace this."""
    program, arguments = practice_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class HelpActions:
    """The actions added to the Help menu, and the state of the report task they share."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        self.window = window
        self.last_check: CheckResult | None = None
        self._report_task: Any = None
        self._remember_checks()

        self.open_log_action = QAction(translate("HelpMenu", "Open &log folder"), window)
        self.open_log_action.triggered.connect(self.open_log_folder)
        self.copy_report_action = QAction(translate("HelpMenu", "&Copy helpdesk report"), window)
        self.copy_report_action.triggered.connect(self.copy_report)
        self.save_report_action = QAction(translate("HelpMenu", "&Save helpdesk report\u2026"), window)
        self.save_report_action.triggered.connect(self.save_report)
        self.practice_action = QAction(practice_text.menu_text(), window)
        self.practice_action.setToolTip(practice_text.menu_tip())
        self.practice_action.setStatusTip(practice_text.menu_tip())
        self.practice_action.triggered.connect(self.start_practice)
        if practice.current() is not None:
            self.practice_action.setCheckable(True)
            self.practice_action.setChecked(True)
            self.practice_action.setEnabled(False)

        menu.addSeparator()
        for action in (self.copy_report_action, self.save_report_action, self.open_log_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.practice_action)

    def _remember_checks(self) -> None:
        # The window runs whatever ``check_bedrock`` holds; wrapping it keeps the last result for the report.
        check = self.window.check_bedrock

        def check_and_remember(*arguments: Any, **keywords: Any) -> CheckResult:
            result = check(*arguments, **keywords)
            self.last_check = result
            return result

        self.window.check_bedrock = check_and_remember

    # --- log folder -----------------------------------------------------------------------------

    def open_log_folder(self) -> bool:
        log_path = current_log_path()
        folder = log_path.parent if log_path is not None else log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("Cannot create the log folder %s: %s", folder, error)
        opened = open_url(QUrl.fromLocalFile(str(folder)))
        if not opened:
            log.warning("Could not open the log folder %s", folder)
            self.window.problem_banner.show_messages(
                [translate("HelpMenu", "The log folder could not be opened. It is here: %1").replace("%1", str(folder))]
            )
        return opened

    # --- report ---------------------------------------------------------------------------------

    def is_report_running(self) -> bool:
        return self._report_task is not None

    def copy_report(self) -> bool:
        """Gather the report in the background and put its text on the clipboard; False while one is running."""

        def on_text(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            self.window.statusBar().showMessage(report_text.copied(), STATUS_TIMEOUT_MS)

        return self._start_report(None, on_text)

    def save_report(self) -> bool:
        """Ask for a file, then gather the report and write it there (JSON when the name ends in .json)."""
        if self._report_task is not None:
            return False
        chosen = ask_report_path(self.window)
        if not chosen:
            return False
        path = Path(chosen)

        def on_saved(_text: str) -> None:
            self.window.statusBar().showMessage(report_text.written(str(path)), STATUS_TIMEOUT_MS)

        return self._start_report(path, on_saved)

    def _start_report(self, path: Path | None, on_done: Callable[[str], None]) -> bool:
        if self._report_task is not None:
            return False
        from trustdesk.diagnostics.report import ReportRequest

        settings = self.window.settings
        request = ReportRequest(settings.region, settings.model_id, network=True, last_check=self.last_check)
        self.window.statusBar().showMessage(report_text.gathering())

        def work() -> str:
            return _gather_and_write(request, path)

        def on_result(text: str) -> None:
            self._report_task = None
            on_done(text)

        def on_error(error: BaseException) -> None:
            self._report_task = None
            self.window.statusBar().clearMessage()
            if path is not None and isinstance(error, OSError):
                message = report_text.not_written(str(path), str(error))
            else:
                message = report_text.failed(f"{type(error).__name__}: {error}")
            self.window.problem_banner.show_messages([message])

        self._report_task = self.window.runner.submit("helpdesk-report", work, on_result, on_error)
        return True

    # --- practice mode --------------------------------------------------------------------------

    def start_practice(self) -> bool:
        if practice.current() is not None:
            return False
        started = start_practice_process()
        if started:
            self.window.statusBar().showMessage(practice_text.starting(), STATUS_TIMEOUT_MS)
        else:
            log.warning("Could not start TrustDesk in practice mode: %s", practice_command())
            self.window.problem_banner.show_messages([practice_text.start_failed()])
        return started


def _gather_and_write(request: Any, path: Path | None) -> str:
    from trustdesk.diagnostics.report import gather_report, render_json
    from trustdesk.fileio import write_atomic

    report: Report = gather_report(request)
    as_json = path is not None and path.suffix.lower() == ".json"
    text = render_json(report) if as_json else report_text.report_text(report)
    if path is not None:
        write_atomic(path, text.encode("utf-8"), backup=False)
    return text


def add_help_actions(window: MainWindow, menu: QMenu) -> HelpActions:
    """Add the helpdesk entries to ``menu``; the returned object must live as long as ``window``."""
    return HelpActions(window, menu)
