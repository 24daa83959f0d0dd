"""The details of one certificate on XCA's level: Status, Subject, Issuer, Extensions and Validation tabs.

States are green or red with words beside the colour. Dates are local time with UTC in the
tooltip, and names are friendly with the OID in the tooltip. The SHA-256 fingerprint comes in
groups of four so it can be read aloud. When the issuer is among the imported certificates, "Show issuer"
asks the window (``issuer_requested``) to select it. The raw PEM can be copied or exported.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.serialization import Encoding
from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustdesk.certs.details import CertificateDetails, Role, describe, display_name, group_fingerprint
from trustdesk.certs.lint import PYTHON313, Finding, Severity
from trustdesk.fileio import write_atomic
from trustdesk.gui import dialogs, lint_text, messages
from trustdesk.gui.certificate_details import FieldTableModel, extension_rows, name_rows
from trustdesk.gui.finding_views import FindingList, plain_label

_VALUE_FLAGS = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
# Colours of a state. The text always names the state too, so colour is never the only cue.
_GOOD = ("#e6f4ea", "#1e7e34")
_BAD = ("#fce8e6", "#b3261e")


def format_local_time(moment: datetime) -> tuple[str, str]:
    """Return ``moment`` as local time for display and as UTC for the tooltip."""
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return utc.toLocalTime().toString("yyyy-MM-dd HH:mm"), utc.toString("yyyy-MM-dd HH:mm:ss") + " UTC"


def spaced_hex(text: str) -> str:
    """Return hex text in pairs separated by spaces, as Windows shows serial numbers; it can wrap."""
    return " ".join(text[start : start + 2] for start in range(0, len(text), 2))


def certificate_pem(certificate: x509.Certificate) -> str:
    """Return the certificate alone as one PEM block; nothing else of the source file comes along."""
    return certificate.public_bytes(Encoding.PEM).decode("ascii")


def chain_is_complete(chain: Sequence[x509.Certificate]) -> bool:
    """Return True when ``chain`` (certificate first, then each issuer) ends in a self-signed root.

    Each step must be signed by the next certificate (``verify_directly_issued_by`` checks the issuer
    name and the signature); the last certificate must verify its own signature.
    """
    if not chain:
        return False
    try:
        for certificate, issuer in itertools.pairwise(chain):
            certificate.verify_directly_issued_by(issuer)
        chain[-1].verify_directly_issued_by(chain[-1])
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


@dataclass(frozen=True)
class CertificateView:
    """The input of the panel: a certificate, its findings, and its known issuers (nearest first)."""

    certificate: x509.Certificate
    findings: tuple[Finding, ...] = ()
    issuers: tuple[x509.Certificate, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


class StateLabel(QLabel):
    """A green or red line stating one fact, such as "Valid" or "Expired"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(_VALUE_FLAGS)
        self.good = False

    def set_state(self, good: bool, text: str, tooltip: str = "") -> None:
        self.good = good
        background, border = _GOOD if good else _BAD
        self.setStyleSheet(
            f"QLabel#{self.objectName()} {{ background: {background}; border-left: 4px solid {border}; "
            f"padding: 4px 6px; color: #202124; }}"
        )
        self.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleName(text)


class DetailsPanel(QWidget):
    """Shows one certificate; ``show_certificate(None)`` shows a hint instead.

    ``values`` contains the Status tab's value labels by key (role, subject, issuer, valid_from,
    valid_to, sha256, sha1, serial, key, signature). ``issuer_requested`` carries the SHA-256
    fingerprint of the issuer the user asked to see.
    """

    issuer_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Certificate details"))
        self.view: CertificateView | None = None

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

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_status_tab(), self.tr("Status"))
        self.subject_model = FieldTableModel(parent=self)
        self.tabs.addTab(self._table_page(self.subject_model, self.tr("Issued to (subject)")), self.tr("Subject"))
        self.tabs.addTab(self._build_issuer_tab(), self.tr("Issuer"))
        self.extensions_model = FieldTableModel(show_critical=True, parent=self)
        self.tabs.addTab(
            self._table_page(self.extensions_model, self.tr("Extensions of this certificate")), self.tr("Extensions")
        )
        self.tabs.addTab(self._build_validation_tab(), self.tr("Validation"))

        self.copy_button = QPushButton(self.tr("Copy PEM"))
        self.copy_button.setToolTip(self.tr("Copy this certificate as PEM text (never a private key)."))
        self.copy_button.clicked.connect(self.copy_pem)
        self.export_button = QPushButton(self.tr("Export\u2026"))
        self.export_button.setToolTip(self.tr("Save this certificate alone as a PEM file."))
        self.export_button.clicked.connect(self.export_pem)
        self.action_status = plain_label("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.action_status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)

        self._content = QWidget()
        content_layout = QVBoxLayout(self._content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.notes)
        content_layout.addWidget(self.tabs, 1)
        content_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self._content, 1)
        self.show_certificate(None)

    # --- construction -------------------------------------------------------------------------

    def _build_status_tab(self) -> QWidget:
        self.headline = plain_label("", bold=True)
        self.validity_state = StateLabel("validityState")
        self.chain_state = StateLabel("chainState")
        self.strict_state = StateLabel("strictState")

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in self._field_labels():
            value = QLabel()
            value.setWordWrap(True)
            # Plain text: a certificate's names come from whoever made it and must not render as HTML.
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(_VALUE_FLAGS)
            value.setAccessibleName(label)
            # A wrapped value (the fingerprint, a long name) needs the height of all its lines, which a
            # form row gives a word-wrapped label only when its vertical policy lets it grow.
            value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
            form.addRow(label, value)
            self.values[key] = value

        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in (self.headline, self.validity_state, self.chain_state, self.strict_state, form_widget):
            layout.addWidget(widget)
        layout.addStretch(1)
        return self._scrolled(page)

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
        ]

    def _table_page(self, model: FieldTableModel, title: str, extra: QWidget | None = None) -> QWidget:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(title)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        model.modelReset.connect(table.resizeRowsToContents)
        page = QWidget()
        layout = QVBoxLayout(page)
        if extra is not None:
            layout.addWidget(extra)
        layout.addWidget(table, 1)
        return page

    def _build_issuer_tab(self) -> QWidget:
        self.issuer_model = FieldTableModel(parent=self)
        self.issuer_state = plain_label("")
        self.issuer_button = QPushButton(self.tr("Show issuer"))
        self.issuer_button.setToolTip(self.tr("Show the details of the certificate that issued this one."))
        self.issuer_button.clicked.connect(self._request_issuer)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.issuer_state, 1)
        row.addWidget(self.issuer_button, 0, Qt.AlignmentFlag.AlignTop)
        return self._table_page(self.issuer_model, self.tr("Issued by (issuer)"), top)

    def _build_validation_tab(self) -> QWidget:
        self.validation_summary = StateLabel("validationSummary")
        self.finding_list = FindingList()
        self.block_notes = plain_label("")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.validation_summary)
        layout.addWidget(self.finding_list)
        layout.addWidget(self.block_notes)
        layout.addStretch(1)
        return self._scrolled(page)

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    # --- showing ------------------------------------------------------------------------------

    def role_name(self, role: Role) -> str:
        if role is Role.ROOT:
            return self.tr("Root certificate")
        if role is Role.INTERMEDIATE:
            return self.tr("Intermediate certificate")
        return self.tr("Server certificate")

    def show_certificate(self, view: CertificateView | None) -> None:
        self.view = view
        self.placeholder.setVisible(view is None)
        self._content.setVisible(view is not None)
        self.action_status.clear()
        if view is None:
            self.notes.hide()
            return

        details = describe(view.certificate)
        headline_findings = [f for f in view.findings if f.severity in (Severity.ERROR, Severity.WARNING)]
        note_lines = [lint_text.finding_message(finding) for finding in headline_findings]
        self.notes.setText("\n".join(note_lines))
        self.notes.setVisible(bool(note_lines))

        self._show_status(view, details)
        self.subject_model.set_rows(name_rows(view.certificate.subject))
        self.issuer_model.set_rows(name_rows(view.certificate.issuer))
        self._show_issuer(view, details)
        self.extensions_model.set_rows(extension_rows(view.certificate))
        self._show_validation(view)

    def show_details(self, details: CertificateDetails | None, notes: list[str] | None = None) -> None:
        """Show only the Status facts of ``details`` with ``notes`` above them.

        NOTE: kept for callers that have no certificate object; ``show_certificate`` fills every tab,
        the findings and the PEM actions, so new code calls that instead.
        """
        if details is None:
            self.show_certificate(None)
            return
        self.view = None
        self.placeholder.hide()
        self._content.show()
        self.action_status.clear()
        self.notes.setText("\n".join(notes or []))
        self.notes.setVisible(bool(notes))
        self._show_status_values(details)
        self.headline.setText(self.role_name(details.role))
        for state in (self.validity_state, self.chain_state, self.strict_state):
            state.hide()
        for model in (self.subject_model, self.issuer_model, self.extensions_model):
            model.set_rows([])
        self.issuer_state.clear()
        self.issuer_button.setEnabled(False)
        self.finding_list.set_findings([])
        self.validation_summary.hide()
        self.block_notes.hide()
        self.copy_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def _show_status(self, view: CertificateView, details: CertificateDetails) -> None:
        for state in (self.validity_state, self.chain_state, self.strict_state, self.validation_summary):
            state.show()
        self.copy_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.headline.setText(f"{self.role_name(details.role)}: {display_name(view.certificate.subject)}")

        valid_from, valid_from_utc = format_local_time(details.not_valid_before)
        valid_to, valid_to_utc = format_local_time(details.not_valid_after)
        now = datetime.now(UTC)
        if details.not_valid_after < now:
            self.validity_state.set_state(False, messages.fill(self.tr("Expired on %1"), valid_to), valid_to_utc)
        elif details.not_valid_before > now:
            self.validity_state.set_state(
                False, messages.fill(self.tr("Not valid yet: valid from %1"), valid_from), valid_from_utc
            )
        else:
            self.validity_state.set_state(True, messages.fill(self.tr("Valid until %1"), valid_to), valid_to_utc)

        if details.self_signed:
            self.chain_state.set_state(True, self.tr("Root certificate: it is trusted on its own."))
        elif chain_is_complete([view.certificate, *view.issuers]):
            root = display_name(view.issuers[-1].subject)
            self.chain_state.set_state(
                True, messages.fill(self.tr("Complete chain up to the imported root certificate %1."), root)
            )
        else:
            self.chain_state.set_state(
                False, self.tr("Incomplete chain: the root certificate that issued it is not imported.")
            )

        strict_failures = [f for f in view.findings if f.severity is Severity.ERROR and PYTHON313 in f.tools]
        if strict_failures:
            self.strict_state.set_state(
                False,
                self.tr("Fails strict checks: Python 3.13 and later, requests and pip reject connections through it."),
            )
        else:
            self.strict_state.set_state(True, self.tr("Passes the strict checks of Python 3.13 and later."))

        self._show_status_values(details)

    def _show_status_values(self, details: CertificateDetails) -> None:
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
        }
        for key, text in texts.items():
            self.values[key].setText(text)
            self.values[key].setToolTip("")
        self.values["valid_from"].setToolTip(valid_from_utc)
        self.values["valid_to"].setToolTip(valid_to_utc)
        self.values["serial"].setToolTip(str(details.serial_number))

    def _show_issuer(self, view: CertificateView, details: CertificateDetails) -> None:
        if details.self_signed:
            self.issuer_state.setText(self.tr("This certificate issued itself (self-signed)."))
            self.issuer_button.setEnabled(False)
        elif view.issuers:
            self.issuer_state.setText(
                messages.fill(
                    self.tr("The issuer %1 is among your imported certificates."),
                    display_name(view.issuers[0].subject),
                )
            )
            self.issuer_button.setEnabled(True)
        else:
            self.issuer_state.setText(self.tr("The issuer is not among your imported certificates."))
            self.issuer_button.setEnabled(False)

    def _show_validation(self, view: CertificateView) -> None:
        if any(finding.severity is Severity.ERROR for finding in view.findings):
            self.validation_summary.set_state(False, self.tr("Problems found. Tools may reject this certificate."))
        elif view.findings:
            self.validation_summary.set_state(True, self.tr("No problem that stops tools; see the notes below."))
        else:
            self.validation_summary.set_state(True, self.tr("No problems found."))
        self.finding_list.set_findings(view.findings)
        self.block_notes.setText("\n".join(view.notes))
        self.block_notes.setVisible(bool(view.notes))

    # --- actions ------------------------------------------------------------------------------

    def _request_issuer(self) -> None:
        if self.view is not None and self.view.issuers:
            self.issuer_requested.emit(describe(self.view.issuers[0]).sha256)

    def copy_pem(self) -> None:
        if self.view is None:
            return
        QGuiApplication.clipboard().setText(certificate_pem(self.view.certificate))
        self.action_status.setText(self.tr("Copied to the clipboard."))

    def export_pem(self) -> None:
        """Ask where to save the certificate (``dialogs.ask_export_path``) and write it atomically.

        NOTE: the write runs on the GUI thread; it is one small file of a few kilobytes.
        """
        if self.view is None:
            return
        suggested = display_name(self.view.certificate.subject) + ".pem"
        chosen = dialogs.ask_export_path(self, suggested)
        if not chosen:
            return
        try:
            write_atomic(Path(chosen), certificate_pem(self.view.certificate).encode("ascii"), backup=False)
        except OSError as error:
            self.action_status.setText(
                messages.fill(self.tr("The file %1 could not be written: %2"), chosen, error.strerror or str(error))
            )
            return
        self.action_status.setText(messages.fill(self.tr("Saved to %1."), chosen))
