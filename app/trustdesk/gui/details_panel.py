"""The details of the selected certificate, laid out as a read-only form a person can read aloud."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from trustdesk.certs.details import CertificateDetails, Role, group_fingerprint
from trustdesk.gui import messages

_VALUE_FLAGS = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def format_local_time(moment: datetime) -> tuple[str, str]:
    """Return ``moment`` as local time for display and as UTC for the tooltip."""
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return utc.toLocalTime().toString("yyyy-MM-dd HH:mm"), utc.toString("yyyy-MM-dd HH:mm:ss") + " UTC"


def spaced_hex(text: str) -> str:
    """Return hex text in pairs separated by spaces, as Windows shows serial numbers; it can wrap."""
    return " ".join(text[start : start + 2] for start in range(0, len(text), 2))


class DetailsPanel(QWidget):
    """Shows one certificate's ``CertificateDetails``; ``show_details(None)`` shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Certificate details"))

        self.placeholder = QLabel(self.tr("Select a certificate to see its details."))
        self.placeholder.setWordWrap(True)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setObjectName("certificateNotes")
        self.notes.setStyleSheet(
            "QLabel#certificateNotes { background: #fff4e5; border: 1px solid #e0a100; padding: 6px; }"
        )
        self.notes.setTextInteractionFlags(_VALUE_FLAGS)
        self.notes.hide()

        self._form_widget = QWidget()
        self._form = QFormLayout(self._form_widget)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in self._field_labels():
            value = QLabel()
            value.setWordWrap(True)
            # Plain text: a certificate's names come from whoever made it and must not render as HTML.
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(_VALUE_FLAGS)
            value.setAccessibleName(label)
            self._form.addRow(label, value)
            self.values[key] = value

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._form_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.notes)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        self.show_details(None)

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("role", self.tr("Kind")),
            ("subject", self.tr("Issued to")),
            ("issuer", self.tr("Issued by")),
            ("valid_from", self.tr("Valid from")),
            ("valid_to", self.tr("Valid to")),
            ("sha256", self.tr("Fingerprint (SHA-256)")),
            ("sha1", self.tr("Fingerprint (SHA-1)")),
            ("serial", self.tr("Serial number")),
            ("key", self.tr("Public key")),
            ("signature", self.tr("Signature algorithm")),
            ("basic_constraints", self.tr("Basic constraints")),
            ("key_usage", self.tr("Key usage")),
            ("ski", self.tr("Subject Key Identifier")),
            ("aki", self.tr("Authority Key Identifier")),
            ("san", self.tr("Subject alternative names")),
        ]

    def role_name(self, role: Role) -> str:
        if role is Role.ROOT:
            return self.tr("Root certificate")
        if role is Role.INTERMEDIATE:
            return self.tr("Intermediate certificate")
        return self.tr("Server certificate")

    def show_details(self, details: CertificateDetails | None, notes: list[str] | None = None) -> None:
        self.placeholder.setVisible(details is None)
        self._scroll.setVisible(details is not None)
        self.notes.setVisible(bool(notes))
        self.notes.setText("\n".join(notes or []))
        if details is None:
            return

        not_present = self.tr("Not present")
        valid_from, valid_from_utc = format_local_time(details.not_valid_before)
        valid_to, valid_to_utc = format_local_time(details.not_valid_after)
        serial = format(abs(details.serial_number), "X")
        if len(serial) % 2:
            serial = "0" + serial
        serial_text = ("-" if details.serial_number < 0 else "") + spaced_hex(serial)

        if details.key_size is not None:
            key_text = messages.fill(self.tr("%1, %2 bits"), details.key_type, details.key_size)
        else:
            key_text = details.key_type

        constraints = details.basic_constraints
        if constraints is None:
            constraints_text = not_present
        else:
            kind = self.tr("Certificate authority") if constraints.ca else self.tr("Not a certificate authority")
            parts = [kind]
            if constraints.path_length is not None:
                parts.append(messages.fill(self.tr("path length %1"), constraints.path_length))
            parts.append(self.tr("critical") if constraints.critical else self.tr("not critical"))
            constraints_text = ", ".join(parts)

        texts = {
            "role": self.role_name(details.role),
            "subject": details.subject,
            "issuer": details.issuer,
            "valid_from": valid_from,
            "valid_to": valid_to,
            "sha256": group_fingerprint(details.sha256),
            "sha1": group_fingerprint(details.sha1),
            "serial": serial_text,
            "key": key_text,
            "signature": details.signature_algorithm,
            "basic_constraints": constraints_text,
            "key_usage": ", ".join(details.key_usage) if details.key_usage else not_present,
            "ski": self._key_identifier(details.subject_key_identifier),
            "aki": self._key_identifier(details.authority_key_identifier),
            "san": "\n".join(details.subject_alternative_names) or not_present,
        }
        for key, text in texts.items():
            self.values[key].setText(text)
            self.values[key].setToolTip("")
        self.values["valid_from"].setToolTip(valid_from_utc)
        self.values["valid_to"].setToolTip(valid_to_utc)
        self.values["serial"].setToolTip(str(details.serial_number))

    def _key_identifier(self, identifier: str | None) -> str:
        return group_fingerprint(identifier) if identifier else self.tr("Not present")
