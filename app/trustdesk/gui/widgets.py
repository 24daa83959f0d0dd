"""Small widgets of the main window: message banners and the connection test's result view."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustdesk.gui import messages
from trustdesk.network.bedrock import CheckResult


class Level(enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


# Background and border per level; the text always says the level too, so colour is never the only cue.
_BANNER_COLOURS = {
    Level.INFO: ("#e8f0fe", "#1a73e8"),
    Level.WARNING: ("#fff4e5", "#e0a100"),
    Level.ERROR: ("#fce8e6", "#b3261e"),
}
_SUCCESS_COLOURS = ("#e6f4ea", "#1e7e34")
_PROBLEM_COLOURS = ("#fce8e6", "#b3261e")


class Banner(QFrame):
    """A coloured strip across the window with one or more sentences and a Close button."""

    def __init__(self, level: Level, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName(name)
        background, border = _BANNER_COLOURS[level]
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border: 2px solid {border}; border-radius: 4px; }}"
            f"QFrame#{name} QLabel {{ color: #202124; }}"
        )

        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_messages(self, lines: list[str], detail: str = "") -> None:
        """Show ``lines`` (hidden when empty); ``detail`` is the technical text in the tooltip."""
        if not lines:
            self.clear()
            return
        self.label.setText("\n".join(lines))
        self.label.setAccessibleName("\n".join(lines))
        self.label.setToolTip(detail)
        self.show()

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.label.setToolTip("")
        self.hide()


class CheckResultView(QWidget):
    """The connection test's verdict (headline, explanation, next step) and its collapsible details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.frame = QFrame()
        self.frame.setObjectName("checkStatus")
        self.headline = QLabel(self.tr("Not tested yet"))
        self.headline.setObjectName("checkHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName(self.tr("Connection test result"))
        self.explanation = QLabel(
            self.tr("Press \u201cTest Bedrock connection\u201d to check that Amazon Bedrock can be reached safely.")
        )
        self.next_step = QLabel()
        for label in (self.explanation, self.next_step):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_step.hide()

        frame_layout = QVBoxLayout(self.frame)
        frame_layout.addWidget(self.headline)
        frame_layout.addWidget(self.explanation)
        frame_layout.addWidget(self.next_step)

        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAccessibleName(self.tr("Show the technical details of the test"))
        self.details_button.toggled.connect(self._toggle_details)
        self.details_button.setEnabled(False)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy the technical details for your IT helpdesk"))
        self.copy_button.clicked.connect(self.copy_details)
        self.copy_button.setEnabled(False)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details of the test"))
        self.details.setMaximumHeight(160)
        self.details.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        self._paint(None)

    def show_result(self, result: CheckResult) -> None:
        verdict = messages.bedrock_verdict(result)
        self.headline.setText(("\u2714 " if verdict.ok else "\u2716 ") + verdict.headline)
        self.explanation.setText(verdict.explanation)
        self.next_step.setText(verdict.next_step)
        self.next_step.setVisible(bool(verdict.next_step))
        self.details.setPlainText(self.details_text(result))
        self.details_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self._paint(verdict.ok)

    def show_running(self, bundle_description: str) -> None:
        self.headline.setText(self.tr("Testing the connection\u2026"))
        self.explanation.setText(bundle_description)
        self.next_step.hide()
        self._paint(None)

    def details_text(self, result: CheckResult) -> str:
        none = self.tr("none")
        rows = [
            (self.tr("Result"), result.outcome.value),
            (self.tr("Endpoint"), result.endpoint),
            (self.tr("Region"), result.region),
            (self.tr("Model"), result.model_id),
            (self.tr("Proxy"), result.proxy or none),
            (self.tr("Certificate file"), result.bundle),
            (self.tr("Duration"), messages.fill(self.tr("%1 s"), f"{result.duration_s:.2f}")),
        ]
        if result.presented_issuer:
            rows.append((self.tr("Certificate presented by"), result.presented_issuer))
        if result.error_type:
            rows.append((self.tr("Error type"), result.error_type))
        if result.error_code:
            rows.append((self.tr("Error code"), result.error_code))
        if result.error_detail:
            rows.append((self.tr("Error"), result.error_detail))
        if result.reply_text:
            rows.append((self.tr("Reply"), result.reply_text))
        return "\n".join(messages.fill(self.tr("%1: %2"), label, value) for label, value in rows)

    def copy_details(self) -> None:
        parts = (self.headline.text(), self.explanation.text(), self.next_step.text(), "", self.details.toPlainText())
        QGuiApplication.clipboard().setText("\n".join(parts))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))

    def _paint(self, ok: bool | None) -> None:
        if ok is None:
            background, border = "palette(base)", "palette(mid)"
            colour = "palette(text)"
        else:
            background, border = _SUCCESS_COLOURS if ok else _PROBLEM_COLOURS
            colour = border
        self.frame.setStyleSheet(
            f"QFrame#checkStatus {{ background: {background}; border: 2px solid {border}; border-radius: 4px; }}"
            f"QLabel#checkHeadline {{ color: {colour}; }}"
        )
        self.frame.setProperty("ok", ok)
