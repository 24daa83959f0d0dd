"""Start the window: the QApplication, its translators, and the first-paint probe for the startup benchmark."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType

from PySide6.QtCore import QEvent, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from trustdesk.gui import crash, i18n, practice_text
from trustdesk.gui.main_window import MainWindow
from trustdesk.settings import load_settings

log = logging.getLogger(__name__)

# When set to "1", the app prints "first-paint <time.perf_counter()>" on the window's first paint and quits.
EXIT_AFTER_FIRST_PAINT = "TRUSTDESK_EXIT_AFTER_FIRST_PAINT"


class FirstPaintProbe(QObject):
    """Prints the time of the watched widget's first Paint event to stdout, then quits the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.perf_counter()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


class FirstPaintCallback(QObject):
    """Calls ``callback`` once, on the event-loop turn after the watched widget's first Paint event."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _start_logging() -> None:
    from trustdesk import logsetup

    if not logsetup.is_configured():
        logsetup.setup_logging()


def run_gui(language_override: str = "") -> int:
    """Show the main window and run the event loop; return the application's exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("TrustDesk")
    app.setOrganizationName("TrustDesk")
    icon_path = i18n.resources_dir() / "icons" / "trustdesk.svg"
    if icon_path.is_file():
        app.setWindowIcon(QIcon(str(icon_path)))

    crash_handler = crash.install(app)

    window, _translators = create_window(app, language_override)
    probe = FirstPaintProbe(window)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        window.installEventFilter(probe)
    # Logging starts right after the first paint: setting it up costs more than the paint itself.
    log_starter = FirstPaintCallback(_start_logging, window)
    window.installEventFilter(log_starter)
    window.show()

    with _quit_on_termination_signals(app):
        exit_code = app.exec()
    crash_handler.uninstall()
    log.info("Window closed with exit code %d", exit_code)
    return exit_code


@contextlib.contextmanager
def _quit_on_termination_signals(app: QApplication) -> Iterator[None]:
    """Close the window cleanly on SIGINT (Ctrl+C) and SIGTERM while the event loop runs.

    Python runs signal handlers only when the interpreter gets control, which Qt's event loop does not
    give while it waits; a short timer hands control back a few times a second. Quitting returns from
    ``app.exec()``, so the caller's cleanup (practice mode's servers and folder included) runs as usual.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def quit_application(number: int, _frame: FrameType | None) -> None:
        log.info("Signal %d received; closing the window", number)
        app.quit()

    names = ("SIGINT", "SIGTERM")
    previous = {}
    for name in names:
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, quit_application)
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)
    try:
        yield
    finally:
        heartbeat.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)


def create_window(app: QApplication, language_override: str = "") -> tuple[MainWindow, list[QTranslator]]:
    """Install the translators and create the main window, marked when practice mode runs in this process.

    The translators are returned because they must stay alive as long as ``app``.
    """
    settings = load_settings()
    language = i18n.choose_language(language_override or settings.language)
    translators = i18n.install_translators(app, language)
    log.info("Starting the window in language %s (%d translators)", language, len(translators))

    window = MainWindow(settings)
    practice_text.mark_window(window)
    return window, translators
