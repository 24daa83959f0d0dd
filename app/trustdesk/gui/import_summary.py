"""The import summary: what the chosen files contain, shown before anything is added.

Per file it lists each certificate (kind, name, validity) with its findings, each damaged block
with the reason, the private-key warning, and a checkbox, unchecked by default, for each certificate
that OpenSSL reads but whose details TrustDesk cannot show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustdesk.certs.details import Role, describe, display_name, sha256_fingerprint
from trustdesk.certs.lint import Severity
from trustdesk.certs.reader import Block, BlockKind
from trustdesk.gui import lint_text, messages
from trustdesk.gui.details_panel import format_local_time
from trustdesk.gui.finding_views import FindingCard, icon_label, plain_label
from trustdesk.gui.operations import FilePreview, ImportChoice, ImportPreview

translate = QCoreApplication.translate


def role_text(role: Role) -> str:
    if role is Role.ROOT:
        return translate("ImportSummary", "Root certificate")
    if role is Role.INTERMEDIATE:
        return translate("ImportSummary", "Intermediate certificate")
    return translate("ImportSummary", "Server certificate")


class ImportSummaryDialog(QDialog):
    """Lists ``preview``; "Import" accepts (``choice()`` then says what to include), "Cancel" adds nothing."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Check before importing"))
        self.resize(760, 620)
        self.unparsed_checkboxes: dict[tuple[str, int], QCheckBox] = {}
        self.finding_cards: list[FindingCard] = []

        certificate_count = len(preview.certificates())
        self.summary_label = plain_label(
            messages.fill(
                self.tr("%n certificate(s) found in %1 file(s). Nothing is added until you press \u201cImport\u201d.",
                        "", certificate_count),
                len(preview.files),
            ),
            bold=True,
        )  # fmt: skip

        content = QWidget()
        self._content_layout = QVBoxLayout(content)
        for item in preview.files:
            self._content_layout.addWidget(self._file_box(item))
        self._content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(preview.has_importable())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choice(self) -> ImportChoice:
        chosen = frozenset(key for key, box in self.unparsed_checkboxes.items() if box.isChecked())
        return ImportChoice(include_unparsed=chosen)

    def text(self) -> str:
        """Return the text of every label, then of every checkbox, for tests and the log."""
        widgets: list[QLabel | QCheckBox] = [*self.findChildren(QLabel), *self.findChildren(QCheckBox)]
        parts = [widget.text() for widget in widgets if widget.text()]
        return "\n".join(parts)

    # --- one file -------------------------------------------------------------------------------

    def _file_box(self, item: FilePreview) -> QGroupBox:
        box = QGroupBox(Path(item.path).name)
        box.setToolTip(item.path)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[Severity | None, QWidget]] = []

        if item.declined:
            rows.append((Severity.WARNING, plain_label(self.tr("No password was entered, so nothing is imported "
                                                                "from this file."))))  # fmt: skip
        elif item.result is None and item.error is not None:
            rows.append((Severity.ERROR, plain_label(messages.read_error_message(item.path, item.error))))
            if item.error_detail:
                rows[-1][1].setToolTip(item.error_detail)
        if item.result is not None:
            if item.result.contains_private_key:
                warning = plain_label(messages.private_key_warning(item.path), bold=True)
                warning.setObjectName("privateKeyWarning")
                rows.append((Severity.WARNING, warning))
            for block in item.result.blocks:
                rows.extend(self._block_rows(item.path, block))

        for row, (severity, widget) in enumerate(rows):
            if severity is not None:
                grid.addWidget(icon_label(severity, lint_text.severity_name(severity)), row, 0,
                               Qt.AlignmentFlag.AlignTop)  # fmt: skip
            grid.addWidget(widget, row, 1)
        return box

    def _block_rows(self, path: str, block: Block) -> list[tuple[Severity | None, QWidget]]:
        index = str(block.index)
        notes = [messages.block_note(note) for note in block.notes if not block.details_unavailable]
        if block.kind is BlockKind.PRIVATE_KEY:
            return [(None, plain_label(messages.fill(self.tr("Part %1: private key. It will not be copied."), index)))]
        if block.details_unavailable:
            return [(Severity.WARNING, self._unparsed_row(path, block))]
        if block.certificate is None:
            if block.kind is BlockKind.OTHER:
                text = messages.fill(self.tr("Part %1 is not a certificate (%2) and will be skipped."), index,
                                     block.label)  # fmt: skip
            else:
                text = messages.fill(self.tr("Part %1 is damaged and will be skipped. Reason: %2"), index,
                                     block.error or "")  # fmt: skip
            return [(Severity.ERROR, plain_label(text))]

        certificate = block.certificate
        details = describe(certificate)
        findings = self.preview.findings.get(sha256_fingerprint(certificate), ())
        valid_from, valid_from_utc = format_local_time(details.not_valid_before)
        valid_to, valid_to_utc = format_local_time(details.not_valid_after)

        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(0, 0, 0, 0)
        title = messages.fill(self.tr("Part %1: %2 \u2013 %3"), index, role_text(details.role),
                              display_name(certificate.subject))  # fmt: skip
        layout.addWidget(plain_label(title, bold=True))
        subject = plain_label(messages.fill(self.tr("Issued to: %1"), details.subject))
        layout.addWidget(subject)
        validity = plain_label(messages.fill(self.tr("Valid from %1 to %2"), valid_from, valid_to))
        validity.setToolTip(f"{valid_from_utc} \u2013 {valid_to_utc}")
        layout.addWidget(validity)
        if details.sha256 in self.preview.known:
            layout.addWidget(plain_label(self.tr("Already imported; importing it again changes nothing.")))
        for note in notes:
            layout.addWidget(plain_label(note))
        if not findings:
            layout.addWidget(plain_label(self.tr("No problems found.")))
        for finding in findings:
            finding_card = FindingCard(finding)
            self.finding_cards.append(finding_card)
            layout.addWidget(finding_card)

        worst = lint_text.worst_severity(findings)
        return [(worst, card)]

    def _unparsed_row(self, path: str, block: Block) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        checkbox = QCheckBox(
            messages.fill(self.tr("Include part %1 anyway (TrustDesk cannot show its details)"), block.index)
        )
        checkbox.setChecked(False)
        self.unparsed_checkboxes[(path, block.index)] = checkbox
        layout.addWidget(checkbox)
        layout.addWidget(plain_label(messages.fill(self.tr("Reason: %1"), block.error or "")))
        layout.addWidget(plain_label(messages.block_note(messages.UNPARSED_NOTE)))
        return widget
