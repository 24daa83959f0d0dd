"""The Tools view: one row per developer tool, the certificates it really uses, and what to do."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trustdesk.gui import messages, tools_text
from trustdesk.gui.store_models import SORT_ROLE, ToolTableModel, status_icon
from trustdesk.gui.stores_view import ScanBar
from trustdesk.gui.trust_scan import TrustScanController
from trustdesk.stores.scan import ScanReport


class ToolsView(QWidget):
    """The tools table and, below it, every problem of the selected tool with what to do about it."""

    def __init__(self, controller: TrustScanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scan_bar = ScanBar(controller)
        hint = QLabel(
            self.tr(
                "Each tool finds its certificates in its own way. This list shows the file each tool really "
                "uses, and whether that works behind your organisation's proxy."
            )
        )
        hint.setWordWrap(True)

        self.model = ToolTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Tools and the certificates they use"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Nine rows only, so measuring each row whenever a column changes width costs nothing.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ToolTableModel.COLUMN_TOOL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ToolTableModel.COLUMN_SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ToolTableModel.COLUMN_MODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ToolTableModel.COLUMN_EXPLANATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ToolTableModel.COLUMN_ADVICE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.problems = QTreeWidget()
        self.problems.setHeaderLabels([self.tr("Problem"), self.tr("What to do")])
        self.problems.setAccessibleName(self.tr("Problems of the selected tool"))
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setRootIsDecorated(False)
        self.problems.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problems_label = QLabel(self.tr("Select a tool to see all of its problems."))
        self.problems_label.setWordWrap(True)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(problems_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.scan_bar)
        layout.addWidget(splitter, 1)

        controller.finished.connect(self.show_report)

    def show_report(self, report: ScanReport) -> None:
        self.model.set_tools(list(report.tools))
        self.table.setColumnWidth(ToolTableModel.COLUMN_SOURCE, 260)
        self.show_problems(-1)
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.show_problems(self.proxy.mapToSource(indexes[0]).row() if indexes else -1)

    def show_problems(self, row: int) -> None:
        """List the problems of the tool at source ``row``; -1 clears the list."""
        self.problems.clear()
        if row < 0 or row >= self.model.rowCount():
            self.problems_label.setText(self.tr("Select a tool to see all of its problems."))
            return
        trust = self.model.tools()[row]
        text = self.model.text(row)
        name = tools_text.tool_name(trust.tool.value)
        if not text.problems:
            self.problems_label.setText(messages.fill(self.tr("%1: no problems found."), name))
            return
        self.problems_label.setText(
            messages.fill(self.tr("%1: %2"), name, self.tr("Problems found: %n.", "", len(text.problems)))
        )
        for problem in text.problems:
            item = QTreeWidgetItem([problem.message, problem.advice])
            item.setIcon(0, status_icon(problem.status))
            item.setToolTip(0, problem.message)
            item.setToolTip(1, problem.advice)
            item.setData(0, Qt.ItemDataRole.UserRole, problem.code)
            self.problems.addTopLevelItem(item)
