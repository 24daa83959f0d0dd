"""The installed PySide6 keeps reference counts straight; a release that does not crashes the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_pyside_keeps_none_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)

    for _ in range(1000):
        label.setText("x")
        label.isHidden()

    # PySide6 6.12.0 on Python 3.11 drops one reference per call here, and Python aborts once None's
    # count reaches zero. A few references may come and go for unrelated reasons.
    assert abs(sys.getrefcount(None) - before) < 50
