"""The "Inspect connection" view: what the proxy presents for a host, who accepts it, and the root behind it.

The inspection runs on the window's ``BackgroundRunner``; this view only turns the report into
widgets. "Use this certificate" appears only when the root was found in the OS store or is pinned
by the IT policy file, never for a root seen only on the wire.

Seams for tests: ``load_os_anchors`` (the OS store, default ``roots.os_trust_anchors``) and
``run_node`` (whether the Node probe runs).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from cryptography import x509
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk import paths
from trustdesk.certs import lint
from trustdesk.certs.details import display_name, sha256_fingerprint
from trustdesk.certs.organisation import OrganisationSet
from trustdesk.gui import inspect_text
from trustdesk.gui.details_panel import CertificateView, DetailsPanel
from trustdesk.gui.messages import fill
from trustdesk.gui.workers import BackgroundRunner, Task
from trustdesk.network import roots
from trustdesk.network.inspection import InspectionReport, inspect_connection, load_trust_sources, parse_target
from trustdesk.network.node import js_sdk_snippet
from trustdesk.network.proxy import discover_proxy

log = logging.getLogger(__name__)

_FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 1
_GOOD = ("#e6f4ea", "#1e8e3e")
_BAD = ("#fce8e6", "#d93025")


class InspectView(QWidget):
    """The tab. ``organisation_changed`` carries the organisation set's certificates after "Use this certificate"."""

    organisation_changed = Signal(list)

    def __init__(
        self,
        runner: BackgroundRunner,
        region: Callable[[], str],
        organisation: Callable[[], OrganisationSet | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._region = region
        self._organisation = organisation
        self.load_os_anchors: roots.OsAnchors = roots.os_trust_anchors
        self.run_node = True
        self.report: InspectionReport | None = None
        self._task: Task[InspectionReport] | None = None
        self._adopt_task: Task[list[x509.Certificate]] | None = None
        self._cancel: threading.Event | None = None
        self._by_fingerprint: dict[str, x509.Certificate] = {}

        self._build()
        self._show_idle()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.host_edit = QLineEdit()
        self.host_edit.setAccessibleName(self.tr("Host to inspect"))
        self.host_edit.setPlaceholderText(self.default_host())
        self.host_edit.returnPressed.connect(self.start_inspection)
        host_label = QLabel(self.tr("&Host:"))
        host_label.setBuddy(self.host_edit)
        self.inspect_button = QPushButton(self.tr("Inspect"))
        self.inspect_button.setToolTip(
            self.tr("Look at the certificates this computer receives for the host. Nothing is sent to it.")
        )
        self.inspect_button.setMinimumHeight(36)
        self.inspect_button.clicked.connect(self.start_inspection)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the inspection"))
        self.cancel_button.clicked.connect(self.cancel_inspection)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Inspecting"))
        self.progress.setMaximumWidth(160)

        host_row = QHBoxLayout()
        host_row.addWidget(host_label)
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(self.inspect_button)
        host_row.addWidget(self.cancel_button)
        host_row.addWidget(self.progress)

        self.status_frame = QFrame()
        self.status_frame.setObjectName("inspectStatus")
        self.headline = self._label("inspectHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = self._label()
        self.next_step = self._label()
        self.use_button = QPushButton(self.tr("Use this certificate"))
        self.use_button.setMinimumHeight(40)
        self.use_button.setToolTip(
            self.tr("Add the root certificate your IT department installed to your organisation's certificates.")
        )
        self.use_button.clicked.connect(self.use_certificate)
        status_layout = QVBoxLayout(self.status_frame)
        status_layout.addWidget(self.headline)
        status_layout.addWidget(self.explanation)
        status_layout.addWidget(self.next_step)
        use_row = QHBoxLayout()
        use_row.addWidget(self.use_button)
        use_row.addStretch(1)
        status_layout.addLayout(use_row)

        self.chain_tree = QTreeWidget()
        self.chain_tree.setHeaderLabels([self.tr("Certificate"), self.tr("Where it came from")])
        self.chain_tree.setAccessibleName(self.tr("Presented certificate chain, root first"))
        self.chain_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chain_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chain_tree.header().setStretchLastSection(False)
        self.chain_tree.currentItemChanged.connect(self._show_selected)
        self.details_panel = DetailsPanel()

        self.tools_tree = QTreeWidget()
        self.tools_tree.setHeaderLabels([self.tr("Tool"), self.tr("Result"), self.tr("Checked with")])
        self.tools_tree.setAccessibleName(self.tr("Which tools accept the connection"))
        self.tools_tree.setRootIsDecorated(False)
        self.tools_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tools_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tools_tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # All ten tools fit without scrolling: a person compares them at a glance.
        self.tools_tree.setMinimumHeight(self.fontMetrics().height() * 16)

        self.inspection_label = self._label("inspectionStatement")
        self.root_label = self._label("rootStatement")
        self.defect_label = self._label("defectStatement")
        self.proxy_label = self._label("proxyStatement")
        self.alpn_label = self._label("alpnStatement")
        self.node_label = self._label("nodeStatement")
        self.snippet = QPlainTextEdit()
        self.snippet.setReadOnly(True)
        self.snippet.setAccessibleName(self.tr("JavaScript for the AWS SDK"))
        self.snippet.setMaximumHeight(150)
        self.copy_snippet_button = QPushButton(self.tr("Copy code"))
        self.copy_snippet_button.setAccessibleName(self.tr("Copy the JavaScript code"))
        self.copy_snippet_button.clicked.connect(self.copy_snippet)
        self.copy_report_button = QPushButton(self.tr("Copy report"))
        self.copy_report_button.setAccessibleName(self.tr("Copy the inspection report for your IT helpdesk"))
        self.copy_report_button.clicked.connect(self.copy_report)

        facts = QWidget()
        facts_layout = QVBoxLayout(facts)
        for label in (self.inspection_label, self.root_label, self.defect_label, self.proxy_label, self.alpn_label):
            facts_layout.addWidget(label)
        facts_layout.addWidget(self.tools_tree, 1)
        facts_layout.addWidget(self.node_label)
        facts_layout.addWidget(self.snippet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_snippet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_report_button)
        facts_layout.addLayout(buttons)
        facts_scroll = QScrollArea()
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        facts_scroll.setWidget(facts)

        chain_splitter = QSplitter(Qt.Orientation.Vertical)
        chain_splitter.addWidget(self.chain_tree)
        chain_splitter.addWidget(self.details_panel)
        chain_splitter.setStretchFactor(0, 1)
        chain_splitter.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(facts_scroll)
        splitter.addWidget(chain_splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(host_row)
        layout.addWidget(self.status_frame)
        layout.addWidget(splitter, 1)

    def _label(self, name: str = "") -> QLabel:
        label = QLabel()
        if name:
            label.setObjectName(name)
        label.setWordWrap(True)
        # Plain text: certificate names come from whoever made the certificate.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- inspecting ---------------------------------------------------------------------------

    def default_host(self) -> str:
        return parse_target(None, self._region())[0]

    def start_inspection(self) -> None:
        if self._task is not None:
            return
        try:
            host, port = parse_target(self.host_edit.text().strip() or None, self._region())
        except ValueError as error:
            self._show_verdict(False, inspect_text.invalid_target(str(error)), "", "")
            return
        organisation = self._organisation()
        organisation_certificates = organisation.certificates if organisation is not None else []
        load_os_anchors = self.load_os_anchors
        run_node = self.run_node
        cancel = threading.Event()

        def inspect() -> InspectionReport:
            url = f"https://{host}" if port == 443 else f"https://{host}:{port}"
            choice = discover_proxy(url)
            sources = load_trust_sources(os_anchors=load_os_anchors, organisation=organisation_certificates)
            return inspect_connection(host, port, choice, sources, run_node=run_node, cancel=cancel)

        self._cancel = cancel
        self._set_busy(True)
        self._show_verdict(None, fill(self.tr("Inspecting %1\u2026"), f"{host}:{port}"), "", "")
        self.use_button.hide()
        log.info("Inspecting %s:%d", host, port)
        self._task = self.runner.submit("inspect-connection", inspect, self._on_report, self._on_error)

    def cancel_inspection(self) -> None:
        """Return to idle at once; a handshake in flight ends within its own timeout and is then dropped."""
        if self._task is None or self._cancel is None:
            return
        self._cancel.set()
        self._task.cancel()
        self._task = None
        self._set_busy(False)
        self._show_verdict(False, self.tr("Inspection cancelled"), "", "")

    def is_inspection_running(self) -> bool:
        return self._task is not None or self._adopt_task is not None

    def _on_report(self, report: InspectionReport) -> None:
        self._task = None
        self._set_busy(False)
        self.show_report(report)

    def _on_error(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self._show_verdict(
            False,
            self.tr("The inspection failed with an unexpected error"),
            f"{type(error).__name__}: {error}",
            self.tr("Copy the report and send it to your IT helpdesk."),
        )

    def _set_busy(self, busy: bool) -> None:
        self.inspect_button.setEnabled(not busy)
        self.host_edit.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)

    # --- showing a report -----------------------------------------------------------------------

    def _show_idle(self) -> None:
        self._set_busy(False)
        self._show_verdict(
            None,
            self.tr("Not inspected yet"),
            self.tr(
                "Press \u201cInspect\u201d to see the certificates this computer receives for the host, whether "
                "your network inspects HTTPS traffic, and which tools will trust the connection."
            ),
            "",
        )
        self.use_button.hide()
        self.copy_snippet_button.setEnabled(False)
        self.copy_report_button.setEnabled(False)
        self.snippet.hide()
        self.copy_snippet_button.hide()

    def show_report(self, report: InspectionReport) -> None:
        self.report = report
        verdict = inspect_text.summary(report)
        self._show_verdict(verdict.ok, verdict.headline, verdict.explanation, verdict.next_step)
        self.use_button.setVisible(self._may_use_root(report))
        self.copy_report_button.setEnabled(True)
        self.proxy_label.setText(inspect_text.proxy_statement(report.proxy))

        failed = report.failure is not None
        for label in (self.inspection_label, self.root_label, self.alpn_label, self.node_label):
            label.setVisible(not failed)
        self.inspection_label.setText("" if failed else inspect_text.inspection_statement(report))
        root_text = "" if failed else inspect_text.root_statement(report)
        self.root_label.setText(root_text)
        # The verdict above already shows the root statement when the chain is not trusted.
        self.root_label.setVisible(bool(root_text) and root_text != verdict.explanation)
        self.defect_label.setText(inspect_text.defect_statement(report.defects))
        self.defect_label.setVisible(bool(report.defects))
        self.alpn_label.setText(inspect_text.alpn_statement(report.alpn))
        self.node_label.setText(inspect_text.node_statement(report.node, report.node_advice))
        self._show_chain(report)
        self._show_tools(report)

        bundle = report.merged_bundle or paths.merged_bundle_path()
        self.snippet.setPlainText(js_sdk_snippet(bundle))
        self.snippet.setVisible(not failed)
        self.copy_snippet_button.setVisible(not failed)
        self.copy_snippet_button.setEnabled(not failed)

    def _may_use_root(self, report: InspectionReport) -> bool:
        if report.root is None or not report.root.one_click or report.root.certificate is None:
            return False
        organisation = self._organisation()
        if organisation is None:
            return False
        return sha256_fingerprint(report.root.certificate) not in organisation.fingerprints()

    def _show_verdict(self, ok: bool | None, headline: str, explanation: str, next_step: str) -> None:
        mark = "" if ok is None else ("\u2714 " if ok else "\u2716 ")
        self.headline.setText(mark + headline)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.next_step.setText(next_step)
        self.next_step.setVisible(bool(next_step))
        if ok is None:
            background, border = "palette(base)", "palette(mid)"
        else:
            background, border = _GOOD if ok else _BAD
        self.status_frame.setStyleSheet(
            f"QFrame#inspectStatus {{ background: {background}; border: 2px solid {border}; border-radius: 4px; }}"
            f"QFrame#inspectStatus QLabel {{ color: #202124; }}"
        )
        self.status_frame.setProperty("ok", ok)

    def _show_chain(self, report: InspectionReport) -> None:
        self.chain_tree.clear()
        self._by_fingerprint = {}
        parent: QTreeWidgetItem | None = None
        origins = {
            roots.Origin.PRESENTED: self.tr("Sent over the network"),
            roots.Origin.OS_STORE: self.tr("OS certificate store"),
            roots.Origin.ORGANISATION: self.tr("Your organisation's certificates"),
            roots.Origin.PUBLIC: self.tr("Public root certificates"),
        }
        for link in reversed(report.chain):
            fingerprint = sha256_fingerprint(link.certificate)
            self._by_fingerprint[fingerprint] = link.certificate
            item = QTreeWidgetItem([display_name(link.certificate.subject), origins[link.origin]])
            item.setData(0, _FINGERPRINT_ROLE, fingerprint)
            item.setToolTip(0, link.certificate.subject.rfc4514_string())
            if parent is None:
                self.chain_tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parent = item
        self.chain_tree.expandAll()
        self.chain_tree.resizeColumnToContents(1)
        # Select the leaf: it is what the proxy made, and so what a person asks about first.
        if parent is not None:
            self.chain_tree.setCurrentItem(parent)
        else:
            self.details_panel.show_certificate(None)

    def _show_selected(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        certificate = self._by_fingerprint.get(str(current.data(0, _FINGERPRINT_ROLE))) if current else None
        if certificate is None or self.report is None:
            self.details_panel.show_certificate(None)
            return
        links = list(self.report.chain)
        index = next((i for i, link in enumerate(links) if link.certificate == certificate), len(links))
        findings = lint.lint_certificate(certificate, expected_ca=index > 0, now=datetime.now(UTC), issuer_known=True)
        # Proxies mint short-lived server certificates, so "expires soon" on the leaf is no news.
        hidden = {"intermediate-without-root", "expires-soon"} if index == 0 else {"intermediate-without-root"}
        visible = tuple(finding for finding in findings if finding.code not in hidden)
        # The details panel words its issuers as imported ones, so only those from the organisation set go there.
        issuers: list[x509.Certificate] = []
        for link in links[index + 1 :]:
            if link.origin is not roots.Origin.ORGANISATION:
                break
            issuers.append(link.certificate)
        self.details_panel.show_certificate(CertificateView(certificate, visible, tuple(issuers)))

    def _show_tools(self, report: InspectionReport) -> None:
        self.tools_tree.clear()
        style = self.style()
        for verdict in report.tools:
            item = QTreeWidgetItem(
                [
                    inspect_text.TOOL_NAMES.get(verdict.tool, verdict.tool),
                    inspect_text.tool_verdict_text(verdict),
                    inspect_text.tool_store_text(verdict),
                ]
            )
            if verdict.accepted_now:
                icon = QStyle.StandardPixmap.SP_DialogApplyButton
            elif verdict.accepted_with_bundle:
                icon = QStyle.StandardPixmap.SP_MessageBoxInformation
            else:
                icon = QStyle.StandardPixmap.SP_MessageBoxCritical
            item.setIcon(1, style.standardIcon(icon))
            item.setData(0, _FINGERPRINT_ROLE, verdict.tool)
            self.tools_tree.addTopLevelItem(item)

    # --- actions --------------------------------------------------------------------------------

    def use_certificate(self) -> None:
        """Add the root found in the OS store (or pinned) to the organisation set, in the background."""
        report = self.report
        organisation = self._organisation()
        if report is None or organisation is None or self._adopt_task is not None or not self._may_use_root(report):
            return
        assert report.root is not None and report.root.certificate is not None
        root = report.root.certificate

        def adopt() -> list[x509.Certificate]:
            organisation.add([root])
            return organisation.certificates

        self.use_button.setEnabled(False)
        log.info("Using the root %s found by inspection (%s)", sha256_fingerprint(root), report.root.source.value)
        self._adopt_task = self.runner.submit("use-inspected-root", adopt, self._on_adopted, self._on_adopt_failed)

    def _on_adopted(self, certificates: list[x509.Certificate]) -> None:
        self._adopt_task = None
        self.use_button.setEnabled(True)
        self.use_button.hide()
        self._show_verdict(
            True,
            self.tr("The certificate was added"),
            self.tr("Your IT department's root certificate is now among your organisation's certificates."),
            self.tr("Press \u201cBuild merged bundle\u201d, then \u201cTest Bedrock connection\u201d."),
        )
        self.organisation_changed.emit(certificates)

    def _on_adopt_failed(self, error: BaseException) -> None:
        self._adopt_task = None
        self.use_button.setEnabled(True)
        self._show_verdict(
            False,
            self.tr("The certificate could not be added"),
            f"{type(error).__name__}: {error}",
            self.tr("Try again, or ask your IT helpdesk."),
        )

    def copy_snippet(self) -> None:
        QGuiApplication.clipboard().setText(self.snippet.toPlainText())

    def copy_report(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText("\n".join(inspect_text.report_lines(self.report)))
