"""Practice mode in the window: the title and status-bar marking, and the translated text around it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

translate = QCoreApplication.translate

STATUS_LABEL_NAME = "practiceModeLabel"


def practice_title(title: str) -> str:
    return translate("Practice", "%1 [Practice mode]").replace("%1", title)


def status_text() -> str:
    return translate(
        "Practice",
        "Practice mode: the proxy, Amazon Bedrock and the organisation certificate are local stand-ins. "
        "Nothing is sent to AWS.",
    )


def menu_text() -> str:
    return translate("Practice", "&Practice mode")


def menu_tip() -> str:
    return translate(
        "Practice",
        "Open a second TrustDesk window that practises on this computer only, with a practice proxy and a "
        "practice Bedrock. Your settings are not changed.",
    )


def starting() -> str:
    return translate("Practice", "Opening a TrustDesk window in practice mode\u2026")


def start_failed() -> str:
    return translate(
        "Practice", "Practice mode could not be started. Start TrustDesk with the option --practice instead."
    )


def mark_window(window: QMainWindow) -> QLabel | None:
    """Mark ``window`` when practice mode runs in this process: title suffix and a permanent status-bar label.

    Returns the label, or None when practice mode is off.
    """
    # Practice mode starts before any window, so its module is loaded whenever it runs; importing it
    # here otherwise would load cryptography before the window's first paint.
    environment = sys.modules.get("trustdesk.practice.environment")
    if environment is None or environment.current() is None:
        return None
    window.setWindowTitle(practice_title(window.windowTitle()))
    label = QLabel(status_text())
    label.setObjectName(STATUS_LABEL_NAME)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(status_text())
    label.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; font-weight: bold; padding: 2px 8px; }")
    window.statusBar().addPermanentWidget(label)
    return label
