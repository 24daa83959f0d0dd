"""Widgets that show lint findings: the severity icon, and one card per finding in plain words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QStyle, QVBoxLayout, QWidget

from trustdesk.certs.lint import Finding, Severity
from trustdesk.gui import lint_text

ICON_SIZE = 20

_SEVERITY_PIXMAPS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_icon(severity: Severity) -> QIcon:
    """Return the platform's standard message-box icon for ``severity``."""
    return QApplication.style().standardIcon(_SEVERITY_PIXMAPS[severity])


def findings_tooltip(findings: Sequence[Finding]) -> str:
    """Return one line per finding, "Severity: message", for a tooltip next to a certificate."""
    return "\n".join(
        f"{lint_text.severity_name(finding.severity)}: {lint_text.finding_message(finding)}" for finding in findings
    )


def icon_label(severity: Severity, tooltip: str = "") -> QLabel:
    label = QLabel()
    label.setPixmap(severity_icon(severity).pixmap(ICON_SIZE, ICON_SIZE))
    label.setFixedSize(ICON_SIZE, ICON_SIZE)
    label.setToolTip(tooltip)
    label.setAccessibleName(tooltip)
    return label


def plain_label(text: str, *, bold: bool = False) -> QLabel:
    """Return a wrapping, selectable label that never renders its text as HTML."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class FindingCard(QFrame):
    """One finding: icon and severity, the message, the tools it breaks and what to ask IT for."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        text = lint_text.finding_text(finding)
        self.setObjectName("findingCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.message_label = plain_label(text.message, bold=True)
        self.tools_label = plain_label(text.tools)
        self.advice_label = plain_label(text.advice)
        self.message_label.setToolTip(finding.code)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(icon_label(finding.severity, text.severity), 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message_label, 0, 1)
        layout.addWidget(self.tools_label, 1, 1)
        layout.addWidget(self.advice_label, 2, 1)
        layout.setColumnStretch(1, 1)

    def text(self) -> str:
        return "\n".join(label.text() for label in (self.message_label, self.tools_label, self.advice_label))


class FindingList(QWidget):
    """A column of ``FindingCard``; ``set_findings`` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[FindingCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = [FindingCard(finding) for finding in findings]
        for card in self.cards:
            self._layout.addWidget(card)

    def text(self) -> str:
        return "\n".join(card.text() for card in self.cards)
