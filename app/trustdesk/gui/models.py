"""Item models behind the window's views."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from trustdesk.certs.reader import ReadErrorCode
from trustdesk.gui import messages
from trustdesk.stores.listing import StoreKind, StoreSummary

# The value each column sorts by: numbers as numbers, text as case-folded text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The StoreSummary behind a row, whatever the column.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

_GREEN = QColor("#1e7e34")
_RED = QColor("#b3261e")

ModelIndex = QModelIndex | QPersistentModelIndex


class StoreTableModel(QAbstractTableModel):
    """The trust stores found on this computer, one row per ``StoreSummary``."""

    COLUMN_NAME = 0
    COLUMN_COUNT = 1
    COLUMN_ORGANISATION = 2
    COLUMN_LOCATION = 3
    COLUMN_TOTAL = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stores: list[StoreSummary] = []

    def set_stores(self, stores: list[StoreSummary]) -> None:
        self.beginResetModel()
        self._stores = list(stores)
        self.endResetModel()

    def stores(self) -> list[StoreSummary]:
        return list(self._stores)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._stores)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMN_TOTAL

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COLUMN_NAME:
            return self.tr("Certificate list")
        if section == self.COLUMN_COUNT:
            return self.tr("Certificates")
        if section == self.COLUMN_ORGANISATION:
            return self.tr("Includes your organisation's certificate")
        if section == self.COLUMN_LOCATION:
            return self.tr("File")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._stores) or index.column() >= self.COLUMN_TOTAL:
            return None
        store = self._stores[index.row()]
        column = index.column()

        if role == RECORD_ROLE:
            return store
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(store, column)
        if role == SORT_ROLE:
            return self._sort_value(store, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(store, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_ORGANISATION:
            if store.contains_organisation is True:
                return QBrush(_GREEN)
            if store.contains_organisation is False:
                return QBrush(_RED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def store_name(self, store: StoreSummary) -> str:
        if store.kind is StoreKind.CERTIFI:
            return self.tr("Python tools (certifi)")
        if store.kind is StoreKind.OS:
            return self.tr("This computer (OS certificate store)")
        if store.kind is StoreKind.MERGED:
            return self.tr("Merged bundle made by TrustDesk")
        return messages.fill(self.tr("Set by the variable %1"), store.variable or "")

    def _display(self, store: StoreSummary, column: int) -> str:
        if column == self.COLUMN_NAME:
            return self.store_name(store)
        if column == self.COLUMN_COUNT:
            return str(store.certificate_count) if store.error is None else "\u2014"
        if column == self.COLUMN_ORGANISATION:
            if store.contains_organisation is None:
                return "\u2014"
            return self.tr("Yes") if store.contains_organisation else self.tr("No")
        if column == self.COLUMN_LOCATION:
            if store.error is not None:
                if store.kind is StoreKind.MERGED and store.error is ReadErrorCode.NOT_FOUND:
                    return self.tr("Not built yet")
                return self.tr("Not found or unreadable")
            return str(store.path)
        return ""

    def _sort_value(self, store: StoreSummary, column: int) -> Any:
        if column == self.COLUMN_NAME:
            return self.store_name(store).casefold()
        if column == self.COLUMN_COUNT:
            return store.certificate_count if store.error is None else -1
        if column == self.COLUMN_ORGANISATION:
            return {None: -1, False: 0, True: 1}[store.contains_organisation]
        if column == self.COLUMN_LOCATION:
            return str(store.path or "").casefold()
        return None

    def _tooltip(self, store: StoreSummary, column: int) -> str | None:
        if store.error is not None:
            return messages.read_error_message(str(store.path or store.variable or ""), store.error)
        if column == self.COLUMN_ORGANISATION and store.contains_organisation is None:
            return self.tr("Import your organisation's certificate to check this.")
        if column == self.COLUMN_COUNT and store.damaged_blocks:
            return self.tr("Damaged parts skipped: %n", "", store.damaged_blocks)
        return str(store.path) if store.path is not None else None
