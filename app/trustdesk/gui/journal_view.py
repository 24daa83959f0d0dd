"""The journal tab: every change TrustDesk made, with "Undo" for one change or for all of them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustdesk.configure.engine import UndoResult
from trustdesk.configure.journal import JournalEntry
from trustdesk.gui import configure_text
from trustdesk.gui.workers import BackgroundRunner, Task

log = logging.getLogger(__name__)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

LoadFunction = Callable[[], list[JournalEntry]]
UndoFunction = Callable[[Sequence[str] | None], UndoResult]


class JournalModel(QAbstractTableModel):
    """Journal entries, newest first, with named columns and the entry itself under ``RECORD_ROLE``."""

    COLUMN_TIME = 0
    COLUMN_CHANGE = 1
    COLUMN_STATUS = 2
    COLUMN_ID = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []

    def set_entries(self, entries: Sequence[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self.endResetModel()

    def entry(self, row: int) -> JournalEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time (UTC)"), self.tr("Change"), self.tr("Status"), self.tr("ID"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == RECORD_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.target
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COLUMN_TIME:
            return entry.created[:19].replace("T", " ")
        if column == self.COLUMN_CHANGE:
            return configure_text.action_text(entry.action, entry.target, entry.facts)
        if column == self.COLUMN_STATUS:
            return configure_text.status_text(entry.status.value)
        return entry.entry_id


class JournalView(QWidget):
    """Lists the journal and undoes entries through ``undo_function`` on the worker thread."""

    def __init__(
        self,
        load_function: LoadFunction,
        undo_function: UndoFunction,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load_function
        self._undo = undo_function
        self._runner = runner
        self._task: Task[Any] | None = None

        hint = QLabel(
            self.tr(
                "Every change TrustDesk made to your tools' settings. \u201cUndo\u201d restores the exact "
                "previous content, newest change first."
            )
        )
        hint.setWordWrap(True)
        self.model = JournalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes made by TrustDesk"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(JournalModel.COLUMN_CHANGE, QHeaderView.ResizeMode.Stretch)

        self.undo_button = QPushButton(self.tr("Undo selected change"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_all_button = QPushButton(self.tr("Undo all changes"))
        self.undo_all_button.clicked.connect(self.undo_all)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.undo_all_button)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    def is_busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        if self._task is not None:
            return
        self._set_busy(True)
        self._task = self._runner.submit("load-journal", self._load, self._on_loaded, self._on_failed)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def undo_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._task is not None:
            return
        entry = self.model.entry(rows[0].row())
        self._start_undo([entry.entry_id])

    def undo_all(self) -> None:
        if self._task is None:
            self._start_undo(None)

    def _start_undo(self, ids: Sequence[str] | None) -> None:
        undo_function = self._undo
        self._set_busy(True)
        self.status_label.setText(self.tr("Undoing\u2026"))
        self._task = self._runner.submit("undo", lambda: undo_function(ids), self._on_undone, self._on_failed)

    def _on_loaded(self, entries: list[JournalEntry]) -> None:
        self._task = None
        self._set_busy(False)
        self.model.set_entries(entries)
        self.table.resizeColumnToContents(JournalModel.COLUMN_TIME)

    def _on_undone(self, result: UndoResult) -> None:
        self._task = None
        self.status_label.setText("\n".join(configure_text.undo_summary(result)))
        self._set_busy(False)
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        log.warning("Journal task failed: %s", error)
        self.status_label.setText(configure_text.journal_error_text(f"{type(error).__name__}: {error}"))

    def _set_busy(self, busy: bool) -> None:
        self.undo_button.setEnabled(not busy)
        self.undo_all_button.setEnabled(not busy)
