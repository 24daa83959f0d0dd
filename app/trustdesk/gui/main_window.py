"""TrustDesk's main window: import the organisation CA, build the merged bundle, test Bedrock.

Every file read, store scan, bundle build and Bedrock check runs on ``BackgroundRunner``; the
handlers here only turn their results into widgets, on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import certifi
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from trustdesk import paths
from trustdesk.gui import dialogs, messages, staff_text
from trustdesk.gui.staff_view import StaffView
from trustdesk.gui.widgets import Banner, CheckResultView, Level
from trustdesk.gui.workers import BackgroundRunner, Task
from trustdesk.network import bedrock
from trustdesk.network.bedrock import CheckResult, Outcome
from trustdesk.settings import DEFAULT_MODEL_ID, DEFAULT_REGION, Settings, load_settings, save_settings

if TYPE_CHECKING:
    from cryptography import x509

    from trustdesk.certs.bundle import BundleError, BundleResult
    from trustdesk.certs.details import describe, display_name, sha256_fingerprint
    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.certs.reader import ReadErrorCode
    from trustdesk.configure.model import PlanError
    from trustdesk.gui import apply_dialog, configure_text, finding_views, lint_text, operations
    from trustdesk.gui.details_panel import CertificateView, DetailsPanel, format_local_time
    from trustdesk.gui.help_menu import add_help_actions
    from trustdesk.gui.inspect_view import InspectView
    from trustdesk.gui.journal_view import JournalView
    from trustdesk.gui.stores_view import StoresView
    from trustdesk.gui.tools_view import ToolsView
    from trustdesk.gui.trust_scan import TrustScanController
    from trustdesk.stores.inventory import StoreOrigin
    from trustdesk.stores.scan import ScanReport


def _import_content_modules() -> None:
    """Import what the tabs and the file work need, after the window's first paint.

    These modules pull in cryptography, configupdater and the practice-mode servers, about a third of
    a second in all; importing them here instead of at module level lets the window appear first.
    The names become this module's globals, so the methods below use them as usual.
    """
    global x509, BundleError, describe, display_name, sha256_fingerprint
    global OrganisationSet, ReadErrorCode, PlanError, apply_dialog, configure_text, finding_views, lint_text
    global operations, CertificateView, DetailsPanel, format_local_time, add_help_actions
    global InspectView, JournalView, StoresView, ToolsView, TrustScanController, StoreOrigin
    from cryptography import x509

    from trustdesk.certs.bundle import BundleError
    from trustdesk.certs.details import describe, display_name, sha256_fingerprint
    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.certs.reader import ReadErrorCode
    from trustdesk.configure.model import PlanError
    from trustdesk.gui import apply_dialog, configure_text, finding_views, lint_text, operations
    from trustdesk.gui.details_panel import CertificateView, DetailsPanel, format_local_time
    from trustdesk.gui.help_menu import add_help_actions
    from trustdesk.gui.inspect_view import InspectView
    from trustdesk.gui.journal_view import JournalView
    from trustdesk.gui.stores_view import StoresView
    from trustdesk.gui.tools_view import ToolsView
    from trustdesk.gui.trust_scan import TrustScanController
    from trustdesk.stores.inventory import StoreOrigin


log = logging.getLogger(__name__)

CheckFunction = Callable[..., CheckResult]

_FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class _ImportRequest:
    """An import between reading and the summary: the files, the set before it, and the passwords given."""

    paths: list[str]
    existing: tuple[x509.Certificate, ...]
    # Passwords stay in memory for this import only; they are never logged or saved.
    passwords: dict[str, bytes] = field(default_factory=dict)
    declined: set[str] = field(default_factory=set)


class MainWindow(QMainWindow):
    """The one window. ``check_bedrock`` is the Bedrock check it runs; tests replace that attribute."""

    def __init__(self, app_settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = app_settings if app_settings is not None else load_settings()
        self.check_bedrock: CheckFunction = bedrock.check_bedrock
        self.runner = BackgroundRunner(self)

        self.organisation: OrganisationSet | None = None
        self.certificates: list[x509.Certificate] = []
        self._by_fingerprint: dict[str, x509.Certificate] = {}
        self._findings: operations.FindingsByFingerprint = {}
        self._import_request: _ImportRequest | None = None
        self.merged_bundle: Path | None = None
        self._file_task: Task[Any] | None = None
        self._apply_task: Task[Any] | None = None
        self._upkeep_task: Task[Any] | None = None
        self.apply_dialog: apply_dialog.ApplyDialog | None = None
        self._check_task: Task[Any] | None = None
        self._check_cancel: threading.Event | None = None
        self._check_started = 0.0
        self._check_request: tuple[str, str, str] = ("", "", "")

        self.setWindowTitle(self.tr("TrustDesk"))
        self.setAcceptDrops(True)
        self.resize(1080, 860)

        self._build_banners()
        self._build_steps()
        self.tabs = QTabWidget()
        self._build_menus()

        self._build_pages()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.key_banner)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.info_banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._set_file_busy(True, self.tr("Reading your certificates\u2026"))
        # The tabs and the file work are set up after the first paint, so the window appears at once.
        self.content_ready = False
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self.content_ready:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.finish_construction)
        return False

    def finish_construction(self) -> None:
        """Build the tabs and start reading the organisation set; a window never shown must call this."""
        if self.content_ready:
            return
        self.content_ready = True
        _import_content_modules()
        self._build_tabs()
        self.help_actions = add_help_actions(self, self.help_menu)
        self._file_task = self.runner.submit(
            "load-startup-state", operations.load_startup_state, self._on_startup_state, self._on_file_task_error
        )

    # --- construction -------------------------------------------------------------------------

    def _build_banners(self) -> None:
        self.key_banner = Banner(Level.WARNING, "privateKeyWarning")
        self.problem_banner = Banner(Level.ERROR, "problemBanner")
        self.info_banner = Banner(Level.INFO, "infoBanner")

    def _build_steps(self) -> None:
        self.import_button = self._big_button(
            self.tr("Import organisation certificate\u2026"),
            self.tr("Choose the certificate file from your IT helpdesk. You can also drop files on this window."),
        )
        self.import_button.clicked.connect(self.ask_and_import)
        self.build_button = self._big_button(
            self.tr("Build merged bundle"),
            self.tr("Write one certificate file with the public roots and your organisation's certificates."),
        )
        self.build_button.clicked.connect(self.build_bundle)
        self.apply_button = self._big_button(
            self.tr("Apply to tools\u2026"),
            self.tr("Point boto3, the AWS CLI, pip, npm, git and Node.js at the merged bundle, after a preview."),
        )
        self.apply_button.clicked.connect(self.open_apply_dialog)
        self.test_button = self._big_button(
            self.tr("Test Bedrock connection"),
            self.tr("Send one small request to Amazon Bedrock through a verified connection."),
        )
        self.test_button.clicked.connect(self.start_check)
        self.cancel_button = self._big_button(self.tr("Cancel"), self.tr("Stop the connection test."))
        self.cancel_button.clicked.connect(self.cancel_check)
        self.cancel_button.setEnabled(False)

        buttons = QHBoxLayout()
        for button in (self.import_button, self.build_button, self.apply_button, self.test_button, self.cancel_button):
            buttons.addWidget(button)

        self.bundle_label = QLabel(self.tr("Merged bundle: not built yet."))
        self.test_bundle_label = QLabel()
        for label in (self.bundle_label, self.test_bundle_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.region_edit = QLineEdit(self.settings.region or DEFAULT_REGION)
        self.region_edit.setAccessibleName(self.tr("AWS region"))
        self.region_edit.setPlaceholderText(DEFAULT_REGION)
        self.region_edit.editingFinished.connect(self._save_connection_settings)
        self.model_edit = QLineEdit(self.settings.model_id or DEFAULT_MODEL_ID)
        self.model_edit.setAccessibleName(self.tr("Model ID"))
        self.model_edit.setPlaceholderText(DEFAULT_MODEL_ID)
        self.model_edit.editingFinished.connect(self._save_connection_settings)
        connection_row = QHBoxLayout()
        region_label = QLabel(self.tr("AWS &region:"))
        region_label.setBuddy(self.region_edit)
        model_label = QLabel(self.tr("&Model ID:"))
        model_label.setBuddy(self.model_edit)
        connection_row.addWidget(region_label)
        connection_row.addWidget(self.region_edit, 1)
        connection_row.addWidget(model_label)
        connection_row.addWidget(self.model_edit, 2)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.result_view = CheckResultView()

        self.steps_box = QGroupBox(self.tr("Steps"))
        steps_layout = QVBoxLayout(self.steps_box)
        steps_layout.addLayout(buttons)
        steps_layout.addWidget(self.bundle_label)
        steps_layout.addLayout(connection_row)
        steps_layout.addWidget(self.test_bundle_label)
        steps_layout.addWidget(self.progress)
        steps_layout.addWidget(self.result_view)
        self._update_test_bundle_label()

    def _build_pages(self) -> None:
        """Stack the staff screen (first, what people see at launch) over the helpdesk's detailed views."""
        self.staff_view = StaffView(
            self.runner,
            lambda: (self._current_region(), self.model_edit.text().strip() or DEFAULT_MODEL_ID),
            lambda: self.check_bedrock,
            lambda: self.organisation,
        )
        self.staff_view.details_requested.connect(self.show_details)
        self.staff_view.report_requested.connect(self._copy_report_from_staff)
        self.staff_view.organisation_changed.connect(self._on_staff_organisation_changed)
        self.staff_view.settings_applied.connect(self._on_staff_settings_applied)

        self.back_button = QPushButton(staff_text.back_button())
        self.back_button.setAccessibleName(staff_text.back_button().replace("&", ""))
        self.back_button.clicked.connect(self.show_staff)
        back_row = QHBoxLayout()
        back_row.setContentsMargins(0, 0, 0, 0)
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        self.details_page = QWidget()
        details_layout = QVBoxLayout(self.details_page)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(back_row)
        details_layout.addWidget(self.steps_box)
        details_layout.addWidget(self.tabs, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.staff_view)
        self.pages.addWidget(self.details_page)
        self.pages.setCurrentWidget(self.staff_view)

    def show_details(self) -> None:
        """Show the helpdesk's detailed views (steps and tabs)."""
        self.pages.setCurrentWidget(self.details_page)
        self.back_button.setFocus()

    def show_staff(self) -> None:
        """Show the staff screen with its "Check my connection" button."""
        self.pages.setCurrentWidget(self.staff_view)
        self.staff_view.setFocus()

    def _reveal_details(self, *_ignored: object) -> None:
        self.pages.setCurrentWidget(self.details_page)

    def is_details_shown(self) -> bool:
        return self.pages.currentWidget() is self.details_page

    def _copy_report_from_staff(self) -> None:
        if self.content_ready:
            self.help_actions.copy_report_action.trigger()

    def _on_staff_organisation_changed(self, certificates: list[x509.Certificate]) -> None:
        if self.content_ready:
            self._set_certificates(certificates)

    def _on_staff_settings_applied(self, result: object) -> None:
        if self.content_ready:
            self._on_settings_applied(result)

    def _big_button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tooltip)
        button.setMinimumHeight(44)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        button.setFont(font)
        return button

    def _build_tabs(self) -> None:
        self.chain_tree = QTreeWidget()
        self.chain_tree.setHeaderLabels([self.tr("Certificate"), self.tr("Kind"), self.tr("Valid to")])
        self.chain_tree.setAccessibleName(self.tr("Imported certificates, root first"))
        self.chain_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chain_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chain_tree.header().setStretchLastSection(False)
        self.chain_tree.currentItemChanged.connect(self._show_selected_certificate)
        self.details_panel = DetailsPanel()
        self.details_panel.issuer_requested.connect(self.show_certificate_by_fingerprint)

        self.empty_hint = QLabel(
            self.tr(
                "No organisation certificate imported yet. Press \u201cImport organisation certificate\u2026\u201d "
                "or drop the file from your IT helpdesk on this window."
            )
        )
        self.empty_hint.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.chain_tree, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.trust_scan = TrustScanController(self.runner, self)
        self.trust_scan.finished.connect(self._on_trust_scanned)
        self.stores_view = StoresView(self.trust_scan)
        self.stores_view.scan_bar.refresh_button.clicked.connect(self.scan_stores)
        self.tools_view = ToolsView(self.trust_scan)
        self.tools_view.scan_bar.refresh_button.clicked.connect(self.scan_stores)

        self.tabs.addTab(splitter, self.tr("Your organisation's certificates"))
        self.tabs.addTab(self.stores_view, self.tr("Certificate lists on this computer"))
        self.tabs.addTab(self.tools_view, self.tr("Tools"))
        self.journal_view = JournalView(apply_dialog.load_journal, apply_dialog.undo_changes, self.runner)
        self.tabs.addTab(self.journal_view, self.tr("Journal"))
        self.inspect_view = InspectView(self.runner, self._current_region, lambda: self.organisation)
        self.inspect_view.organisation_changed.connect(self._on_inspected_root_used)
        self.tabs.addTab(self.inspect_view, self.tr("Inspect connection"))
        # Choosing a tab (also from code or a test) shows the details page that holds the tabs.
        self.tabs.currentChanged.connect(self._reveal_details)

    def _current_region(self) -> str:
        return self.region_edit.text().strip() or DEFAULT_REGION

    def _on_inspected_root_used(self, certificates: list[x509.Certificate]) -> None:
        """Show the organisation set after "Use this certificate" added the root found in the OS store."""
        self._set_certificates(certificates)
        self.scan_stores()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import organisation certificate\u2026"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.ask_and_import)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        # Language names are shown in their own language, so they are found whatever the current one is.
        for code, label in (("", self.tr("System default")), ("en", "English"), ("ja", "\u65e5\u672c\u8a9e")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.setData(code)
            action.triggered.connect(self._choose_language)
            self.language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About TrustDesk"), self)
        about_action.triggered.connect(lambda: dialogs.show_about(self))
        help_menu.addAction(about_action)
        self.help_menu = help_menu

    # --- importing ----------------------------------------------------------------------------

    def ask_and_import(self) -> None:
        if self._file_task is not None:
            return
        chosen = dialogs.ask_certificate_files(self)
        if chosen:
            self.import_paths(chosen)

    def import_paths(self, file_paths: Sequence[str]) -> bool:
        """Read ``file_paths`` in the background and show the import summary; nothing is added before "Import".

        Returns False when another file task is running. A password-protected PKCS#12 file gets a
        password prompt (``dialogs.ask_password``); cancelling it imports nothing from that file.
        """
        if self._file_task is not None or self.organisation is None or not file_paths:
            return False
        for banner in (self.key_banner, self.problem_banner, self.info_banner):
            banner.clear()
        # An import (menu, shortcut or a file dropped on the staff screen) shows its result in the details.
        self._reveal_details()
        self._import_request = _ImportRequest(list(file_paths), tuple(self.certificates))
        self._read_for_import()
        return True

    def _read_for_import(self) -> None:
        request = self._import_request
        if request is None:
            return
        chosen, existing = list(request.paths), request.existing
        passwords, declined = dict(request.passwords), set(request.declined)
        self._set_file_busy(True, self.tr("Reading the certificate files\u2026"))
        self._file_task = self.runner.submit(
            "read-for-import",
            lambda: operations.preview_files(chosen, existing, passwords, declined),
            self._on_import_preview,
            self._on_file_task_error,
        )

    def _on_import_preview(self, preview: operations.ImportPreview) -> None:
        self._file_task = None
        request = self._import_request
        if request is None or self.organisation is None:
            self._set_file_busy(False)
            return

        locked = preview.first_needing_password()
        if locked is not None:
            wrong = locked.error is ReadErrorCode.WRONG_PASSWORD
            password = dialogs.ask_password(self, locked.path, wrong)
            if password is None:
                log.info("Password prompt for %s cancelled; nothing is imported from it", locked.path)
                request.declined.add(locked.path)
            else:
                request.passwords[locked.path] = password.encode("utf-8")
            self._read_for_import()
            return

        if preview.has_importable():
            choice = dialogs.confirm_import(self, preview)
            if choice is None:
                log.info("Import cancelled in the summary; nothing was added")
                self._import_request = None
                self._set_file_busy(False)
                self.info_banner.show_messages([self.tr("Import cancelled. Nothing was added.")])
                return
        else:
            # Nothing to decide: the banners explain why each file gave no certificate.
            choice = operations.ImportChoice()

        self._import_request = None
        organisation = self.organisation
        self._set_file_busy(True, self.tr("Importing the certificates\u2026"))
        self._file_task = self.runner.submit(
            "import",
            lambda: operations.apply_import(organisation, preview, choice),
            self._on_import_done,
            self._on_file_task_error,
        )

    def _on_import_done(self, report: operations.ImportReport) -> None:
        self._file_task = None
        self._set_file_busy(False)

        key_warnings = [messages.private_key_warning(item.path) for item in report.files if item.private_key]
        problems: list[str] = []
        problem_details: list[str] = []
        notices: list[str] = []
        for item in report.files:
            if item.error is not None:
                problems.append(messages.read_error_message(item.path, item.error))
                problem_details.append(f"{item.path}: {item.error.value} {item.error_detail}".strip())
                continue
            for block in item.damaged:
                if operations.is_other_block(block):
                    problems.append(messages.other_block_message(item.path, block.index, block.label))
                else:
                    problems.append(messages.damaged_block_message(item.path, block.index))
                problem_details.append(f"{item.path} #{block.index} ({block.label}): {block.error}")
            if item.certificates:
                notices.append(messages.imported_message(item.path, item.added))
            if item.unparsed_included:
                problems.append(messages.unparsed_not_stored_message(item.path, item.unparsed_included))

        self.key_banner.show_messages(key_warnings)
        self.problem_banner.show_messages(problems, "\n".join(problem_details))
        self.info_banner.show_messages(notices)
        self._set_certificates(list(report.certificates), report.findings)
        self.scan_stores()

    # --- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event) and self._file_task is None and self.organisation is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if files and self.import_paths(files):
            event.acceptProposedAction()
        else:
            event.ignore()

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        urls: list[QUrl] = mime.urls()
        return [url.toLocalFile() for url in urls if url.isLocalFile()]

    # --- certificate chain and details ---------------------------------------------------------

    def _set_certificates(
        self, certificates: list[x509.Certificate], findings: operations.FindingsByFingerprint | None = None
    ) -> None:
        self.certificates = certificates
        self._findings = dict(findings or {})
        self._by_fingerprint = {sha256_fingerprint(certificate): certificate for certificate in certificates}
        self.chain_tree.clear()
        for node in operations.chain_forest(certificates):
            self.chain_tree.addTopLevelItem(self._tree_item(node))
        self.chain_tree.expandAll()
        for column in (1, 2):
            self.chain_tree.resizeColumnToContents(column)
        self.empty_hint.setVisible(not certificates)
        first_item = self.chain_tree.topLevelItem(0)
        if first_item is not None:
            self.chain_tree.setCurrentItem(first_item)
        else:
            self.details_panel.show_certificate(None)

    def _tree_item(self, node: operations.ChainNode) -> QTreeWidgetItem:
        details = describe(node.certificate)
        valid_to, valid_to_utc = format_local_time(details.not_valid_after)
        role = self.details_panel.role_name(details.role)
        item = QTreeWidgetItem([display_name(node.certificate.subject), role, valid_to])
        item.setData(0, _FINGERPRINT_ROLE, details.sha256)
        item.setToolTip(0, details.subject)
        item.setToolTip(2, valid_to_utc)
        findings = self._findings.get(details.sha256, ())
        worst = lint_text.worst_severity(findings)
        if worst is not None:
            # The worst finding's standard icon; the tooltip lists every finding in words.
            item.setIcon(0, finding_views.severity_icon(worst))
            item.setToolTip(0, details.subject + "\n\n" + finding_views.findings_tooltip(findings))
        for child in node.children:
            item.addChild(self._tree_item(child))
        return item

    def _show_selected_certificate(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        certificate = self._item_certificate(current)
        if current is None or certificate is None:
            self.details_panel.show_certificate(None)
            return
        issuers: list[x509.Certificate] = []
        parent = current.parent()
        while parent is not None:
            issuer = self._item_certificate(parent)
            if issuer is None:
                break
            issuers.append(issuer)
            parent = parent.parent()
        findings = self._findings.get(sha256_fingerprint(certificate), ())
        self.details_panel.show_certificate(CertificateView(certificate, findings, tuple(issuers)))

    def _item_certificate(self, item: QTreeWidgetItem | None) -> x509.Certificate | None:
        if item is None:
            return None
        return self._by_fingerprint.get(str(item.data(0, _FINGERPRINT_ROLE)))

    def show_certificate_by_fingerprint(self, fingerprint: str) -> bool:
        """Select the imported certificate with this SHA-256 fingerprint; return False when it is not imported."""
        iterator = QTreeWidgetItemIterator(self.chain_tree)
        while (item := iterator.value()) is not None:
            if item.data(0, _FINGERPRINT_ROLE) == fingerprint:
                self.chain_tree.setCurrentItem(item)
                return True
            iterator += 1
        return False

    # --- merged bundle --------------------------------------------------------------------------

    def build_bundle(self) -> None:
        if self._file_task is not None:
            return
        if not self.certificates:
            self.problem_banner.show_messages(
                [self.tr("Import your organisation's root certificate first, then build the merged bundle.")]
            )
            return
        certificates = list(self.certificates)
        self.problem_banner.clear()
        self.info_banner.clear()
        self._set_file_busy(True, self.tr("Building the merged bundle\u2026"))
        self._file_task = self.runner.submit(
            "build-bundle",
            lambda: operations.build_bundle(certificates),
            self._on_bundle_built,
            self._on_bundle_failed,
        )

    def _on_bundle_built(self, result: BundleResult) -> None:
        self._file_task = None
        self._set_file_busy(False)
        self.merged_bundle = result.path
        self.bundle_label.setText(
            messages.fill(
                self.tr("Merged bundle written to %1 (%2 public root certificates and %3 of your organisation)."),
                result.path,
                result.public_count,
                result.organisation_count,
            )
        )
        written = messages.fill(self.tr("The merged bundle was written to %1."), result.path)
        self.info_banner.show_messages([written])
        self._update_test_bundle_label()
        self.scan_stores()

    def _on_bundle_failed(self, error: BaseException) -> None:
        self._file_task = None
        self._set_file_busy(False)
        log.warning("Building the merged bundle failed: %s", error)
        folder = str(paths.merged_bundle_path().parent) if isinstance(error, BundleError) else ""
        self.problem_banner.show_messages([messages.bundle_error_message(folder)], str(error))

    # --- trust stores ---------------------------------------------------------------------------

    def scan_stores(self) -> None:
        """Start the trust scan (stores, lint, tools) in the background; a running one is cancelled."""
        fingerprints = set(self._by_fingerprint) if self.certificates else set()
        self.trust_scan.start(paths.merged_bundle_path(), fingerprints)

    def _on_trust_scanned(self, report: ScanReport) -> None:
        for store in report.stores:
            if store.origin is StoreOrigin.MERGED and store.error is None and store.path is not None:
                self.merged_bundle = store.path
                if self.bundle_label.text() == self.tr("Merged bundle: not built yet."):
                    self.bundle_label.setText(messages.fill(self.tr("Merged bundle: %1"), store.path))
        self._update_test_bundle_label()

    # --- startup and shared file-task state -----------------------------------------------------

    def _on_startup_state(self, state: operations.StartupState) -> None:
        self._file_task = None
        self.organisation = state.organisation
        self._set_file_busy(False)
        self._set_certificates(state.organisation.certificates, state.findings)
        self.scan_stores()
        self._start_bundle_upkeep()

    def _on_file_task_error(self, error: BaseException) -> None:
        self._file_task = None
        self._set_file_busy(False)
        self.problem_banner.show_messages(
            [self.tr("Something went wrong while reading or writing files. Try again, or ask your IT helpdesk.")],
            f"{type(error).__name__}: {error}",
        )

    def _set_file_busy(self, busy: bool, status: str = "") -> None:
        ready = not busy and (self.organisation is not None)
        for widget in (self.import_button, self.build_button):
            widget.setEnabled(ready)
        self.import_action.setEnabled(ready)
        if busy:
            self.statusBar().showMessage(status)
        else:
            self.statusBar().clearMessage()

    # --- applying settings to tools ------------------------------------------------------------

    def open_apply_dialog(self) -> None:
        """Plan on the worker, then show the preview; ``self.apply_dialog`` is the open dialog (tests use it)."""
        if self._apply_task is not None:
            return
        self.apply_button.setEnabled(False)
        self._apply_task = self.runner.submit(
            "plan-settings", apply_dialog.prepare_plan, self._on_plan_ready, self._on_plan_failed
        )

    def _on_plan_ready(self, prepared: apply_dialog.PreparedPlan) -> None:
        self._apply_task = None
        self.apply_button.setEnabled(True)
        self.apply_dialog = apply_dialog.ApplyDialog(prepared.plan, prepared.apply, self.runner, self)
        self.apply_dialog.applied.connect(self._on_settings_applied)
        self.apply_dialog.open()

    def _on_plan_failed(self, error: BaseException) -> None:
        self._apply_task = None
        self.apply_button.setEnabled(True)
        code = error.code if isinstance(error, PlanError) else ""
        self.problem_banner.show_messages([configure_text.plan_error_text(code)], str(error))

    def _on_settings_applied(self, _result: object) -> None:
        self.journal_view.refresh()
        self.scan_stores()

    def _start_bundle_upkeep(self) -> None:
        self._upkeep_task = self.runner.submit(
            "bundle-upkeep", apply_dialog.refresh_bundle_at_startup, self._on_upkeep_done, self._on_upkeep_failed
        )

    def _on_upkeep_done(self, result: object) -> None:
        self._upkeep_task = None
        self.journal_view.refresh()

    def _on_upkeep_failed(self, error: BaseException) -> None:
        self._upkeep_task = None
        log.warning("Rebuilding the merged bundle at start-up failed: %s", error)
        self.journal_view.refresh()

    # --- Bedrock check --------------------------------------------------------------------------

    def test_bundle(self) -> tuple[Path, bool]:
        """Return the bundle the test will use and whether it is the merged bundle."""
        if self.merged_bundle is not None:
            return self.merged_bundle, True
        return Path(certifi.where()), False

    def _update_test_bundle_label(self) -> None:
        bundle, merged = self.test_bundle()
        if merged:
            text = messages.fill(self.tr("The test uses the merged bundle: %1"), bundle)
        else:
            text = messages.fill(
                self.tr(
                    "The test uses only the public root certificates (certifi), because the merged bundle "
                    "has not been built yet: %1"
                ),
                bundle,
            )
        self.test_bundle_label.setText(text)

    def start_check(self) -> None:
        if self._check_task is not None:
            return
        self._reveal_details()
        self._save_connection_settings()
        region = self.region_edit.text().strip() or DEFAULT_REGION
        model_id = self.model_edit.text().strip() or DEFAULT_MODEL_ID
        bundle, _merged = self.test_bundle()
        cancel = threading.Event()
        check = self.check_bedrock

        def run_check() -> CheckResult:
            return check(bundle, region, model_id, cancel=cancel)

        self._check_cancel = cancel
        self._check_started = time.monotonic()
        self._check_request = (str(bundle), region, model_id)
        self._set_check_busy(True)
        self.result_view.show_running(self.test_bundle_label.text())
        log.info("Starting the Bedrock check: region=%s model=%s bundle=%s", region, model_id, bundle)
        self._check_task = self.runner.submit("bedrock-check", run_check, self._on_check_result, self._on_check_error)

    def cancel_check(self) -> None:
        """Return to idle at once; botocore cannot abort a request in flight, so its late result is dropped."""
        if self._check_task is None or self._check_cancel is None:
            return
        self._check_cancel.set()
        self._check_task.cancel()
        self._check_task = None
        self._set_check_busy(False)
        self.result_view.show_result(self._local_result(Outcome.CANCELLED))

    def _on_check_result(self, result: CheckResult) -> None:
        self._check_task = None
        self._set_check_busy(False)
        self.result_view.show_result(result)

    def _on_check_error(self, error: BaseException) -> None:
        self._check_task = None
        self._set_check_busy(False)
        self.result_view.show_result(
            self._local_result(Outcome.OTHER, error_type=type(error).__name__, error_detail=str(error))
        )

    def _local_result(self, outcome: Outcome, **facts: Any) -> CheckResult:
        bundle, region, model_id = self._check_request
        return CheckResult(
            outcome=outcome,
            region=region,
            model_id=model_id,
            bundle=bundle,
            endpoint=f"https://{bedrock.endpoint_host(region)}",
            proxy=None,
            duration_s=time.monotonic() - self._check_started,
            **facts,
        )

    def _set_check_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.region_edit.setEnabled(not busy)
        self.model_edit.setEnabled(not busy)
        self.progress.setVisible(busy)

    def is_check_running(self) -> bool:
        return self._check_task is not None

    def is_file_work_pending(self) -> bool:
        """Return True until the tabs are built, and while the startup load, an import, a bundle build or a
        store scan is running."""
        return (
            not self.content_ready
            or self._file_task is not None
            or self.trust_scan.is_running()
            or self._apply_task is not None
            or self._upkeep_task is not None
            or self.journal_view.is_busy()
        )

    # --- settings -------------------------------------------------------------------------------

    def _save_connection_settings(self) -> None:
        region = self.region_edit.text().strip() or DEFAULT_REGION
        model_id = self.model_edit.text().strip() or DEFAULT_MODEL_ID
        if (region, model_id) == (self.settings.region, self.settings.model_id):
            return
        self.settings.region = region
        self.settings.model_id = model_id
        self._save_settings()

    def _choose_language(self) -> None:
        action = self.language_group.checkedAction()
        code = str(action.data()) if action is not None else ""
        if code == self.settings.language:
            return
        self.settings.language = code
        self._save_settings()
        self.info_banner.show_messages([self.tr("The new language takes effect after you restart TrustDesk.")])

    def _save_settings(self) -> None:
        snapshot = Settings(self.settings.region, self.settings.model_id, self.settings.language)
        self.runner.submit("save-settings", lambda: save_settings(snapshot), lambda _none: None, self._on_save_failed)

    def _on_save_failed(self, error: BaseException) -> None:
        self.problem_banner.show_messages(
            [self.tr("Your settings could not be saved. They apply until TrustDesk is closed.")], str(error)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # NOTE: the thread pool waits for running work when it is destroyed. A Bedrock check in flight
        # ends within botocore's connect and read timeouts, so closing can take that long at worst.
        if self._check_cancel is not None:
            self._check_cancel.set()
        self.staff_view.shutdown()
        if self.content_ready:
            self.trust_scan.cancel(quietly=True)
        super().closeEvent(event)
