"""The Stores view: every trust store on this computer, its certificates, their lint badges and details."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trustdesk.gui import messages
from trustdesk.gui.details_panel import CertificateView, DetailsPanel
from trustdesk.gui.store_models import StoreFilterProxy, StoreTreeModel
from trustdesk.gui.trust_scan import TrustScanController
from trustdesk.stores.inventory import StoreCertificate
from trustdesk.stores.scan import ScanReport


class ScanBar(QWidget):
    """Status text, a busy indicator, "Refresh" and "Cancel" for the trust scan; one per view."""

    def __init__(self, controller: TrustScanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Checking"))
        self.busy.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Check the certificate lists and the tools again."))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop checking."))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: controller.cancel())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.cancel_button)

        controller.started.connect(lambda: self._set_busy(True))
        controller.progressed.connect(self.status.setText)
        controller.finished.connect(self._on_finished)
        controller.failed.connect(self._on_failed)
        controller.cancelled.connect(self._on_cancelled)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.refresh_button.setEnabled(not busy)

    def _on_finished(self, report: ScanReport) -> None:
        self._set_busy(False)
        checked = datetime.now().strftime("%H:%M")
        self.status.setText(
            messages.fill(
                self.tr("Checked at %1: %2 certificate lists, %3 tools."),
                checked,
                len(report.stores),
                len(report.tools),
            )
        )

    def _on_failed(self, message: str, detail: str) -> None:
        self._set_busy(False)
        self.status.setText(message)
        self.status.setToolTip(detail)

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Checking was cancelled. Press \u201cRefresh\u201d to check again."))


class StoresView(QWidget):
    """Store → certificates tree with search, lint badges and the organisation CAs highlighted."""

    def __init__(self, controller: TrustScanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scan_bar = ScanBar(controller)
        hint = QLabel(
            self.tr(
                "Tools on this computer read these certificate lists. Open a list to see its certificates; "
                "your organisation's certificate is shown in bold on a yellow background."
            )
        )
        hint.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or fingerprint (SHA-256)"))
        self.search.setAccessibleName(self.tr("Search certificates"))
        self.search.setClearButtonEnabled(True)

        self.model = StoreTreeModel(self)
        self.proxy = StoreFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self._search_changed)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setAccessibleName(self.tr("Certificate lists on this computer"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(StoreTreeModel.COLUMN_NAME, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details_panel = DetailsPanel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.scan_bar)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)

        controller.finished.connect(self.show_report)

    def show_report(self, report: ScanReport) -> None:
        self.model.set_stores(list(report.stores), report.organisation_fingerprints)
        self.details_panel.show_certificate(None)
        for column in range(StoreTreeModel.COLUMN_LOCATION):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), 420))
        if self.search.text():
            self.tree.expandAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        entry = self.model.record(self.proxy.mapToSource(indexes[0])) if indexes else None
        if not isinstance(entry, StoreCertificate):
            self.details_panel.show_certificate(None)
            return
        self.show_certificate(entry)

    def show_certificate(self, entry: StoreCertificate) -> None:
        self.details_panel.show_certificate(CertificateView(entry.certificate, entry.findings))

    def select_first_certificate(self, store_row: int = 0) -> QModelIndex:
        """Select the first visible certificate under the store at ``store_row`` of the view; for tests too."""
        store_index = self.proxy.index(store_row, 0)
        child = self.proxy.index(0, 0, store_index)
        if child.isValid():
            self.tree.expand(store_index)
            self.tree.setCurrentIndex(child)
        return child
