"""Item models of the Stores view (store → certificates) and the Tools view (one row per tool)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from trustdesk.certs.details import display_name
from trustdesk.certs.lint import Severity
from trustdesk.gui import lint_text, tools_text
from trustdesk.gui.messages import fill
from trustdesk.gui.tools_text import Status
from trustdesk.stores.inventory import StoreCertificate, TrustStore

if TYPE_CHECKING:
    from trustdesk.stores.tools import ToolTrust

# The value each column sorts by: numbers as numbers, text as case-folded text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The record behind a row (TrustStore, StoreCertificate or ToolTrust), whatever the column.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
# The text the search box matches: names and the SHA-256 fingerprint in lower-case hex.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
# True on a certificate row of an organisation CA.
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 4

ORGANISATION_BACKGROUND = QColor("#fff3c4")

ModelIndex = QModelIndex | QPersistentModelIndex

# Internal ids: 0 marks a store row; a certificate row stores its store's row + 1.
_STORE_ROW = 0


def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(pixmap) if style is not None else QIcon()


def status_icon(status: Status) -> QIcon:
    if status is Status.PROBLEM:
        return standard_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    if status is Status.WARNING:
        return standard_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return standard_icon(QStyle.StandardPixmap.SP_DialogApplyButton)


class StoreTreeModel(QAbstractItemModel):
    """Trust stores as top-level rows, each with its certificates as children."""

    COLUMN_NAME = 0
    COLUMN_KIND = 1
    COLUMN_COUNT = 2
    COLUMN_LINT = 3
    COLUMN_ORGANISATION = 4
    COLUMN_LOCATION = 5
    COLUMN_TOTAL = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stores: list[TrustStore] = []
        self._organisation: frozenset[str] = frozenset()

    def set_stores(self, stores: list[TrustStore], organisation_fingerprints: frozenset[str] = frozenset()) -> None:
        self.beginResetModel()
        self._stores = list(stores)
        self._organisation = organisation_fingerprints
        self.endResetModel()

    def stores(self) -> list[TrustStore]:
        return list(self._stores)

    # --- structure ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _STORE_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        store_row = child.internalId() - 1
        if store_row < 0:
            return QModelIndex()
        return self.createIndex(store_row, 0, _STORE_ROW)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not parent.isValid():
            return len(self._stores)
        if parent.column() != 0 or parent.internalId() != _STORE_ROW:
            return 0
        return len(self._stores[parent.row()].certificates)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return self.COLUMN_TOTAL

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.COLUMN_NAME: self.tr("Name"),
            self.COLUMN_KIND: self.tr("Kind"),
            self.COLUMN_COUNT: self.tr("Certificates"),
            self.COLUMN_LINT: self.tr("Checks"),
            self.COLUMN_ORGANISATION: self.tr("Your organisation's certificate"),
            self.COLUMN_LOCATION: self.tr("File or fingerprint (SHA-256)"),
        }
        return headers.get(section)

    def record(self, index: ModelIndex) -> TrustStore | StoreCertificate | None:
        if not index.isValid():
            return None
        if index.internalId() == _STORE_ROW:
            return self._stores[index.row()] if index.row() < len(self._stores) else None
        store = self._stores[index.internalId() - 1]
        return store.certificates[index.row()] if index.row() < len(store.certificates) else None

    def store_of(self, index: ModelIndex) -> TrustStore | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _STORE_ROW else index.internalId() - 1
        return self._stores[row] if row < len(self._stores) else None

    # --- data ---------------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        if role == RECORD_ROLE:
            return record
        if isinstance(record, TrustStore):
            return self._store_data(record, index.column(), role)
        return self._certificate_data(record, index.column(), role)

    def _store_data(self, store: TrustStore, column: int, role: int) -> Any:
        error = tools_text.store_error_text(store)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_NAME:
                return tools_text.store_name(store)
            if column == self.COLUMN_KIND:
                return tools_text.origin_name(store.origin)
            if column == self.COLUMN_COUNT:
                return "\u2014" if error else str(store.certificate_count)
            if column == self.COLUMN_LINT:
                return error or tools_text.lint_summary_text(store)
            if column == self.COLUMN_ORGANISATION:
                return tools_text.organisation_text(store.contains_organisation)
            if column == self.COLUMN_LOCATION:
                return str(store.path) if store.path is not None else ""
        if role == SORT_ROLE:
            if column == self.COLUMN_COUNT:
                return -1 if error else store.certificate_count
            if column == self.COLUMN_LINT:
                return -1 if store.lint is None else store.lint.with_errors
            if column == self.COLUMN_ORGANISATION:
                return {None: -1, False: 0, True: 1}[store.contains_organisation]
            return str(self._store_data(store, column, Qt.ItemDataRole.DisplayRole) or "").casefold()
        if role == SEARCH_ROLE:
            return " ".join((tools_text.store_name(store), store.name, str(store.path or ""))).casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLUMN_NAME:
            if error:
                return status_icon(Status.PROBLEM)
            if store.block_problems:
                return status_icon(Status.WARNING)
            return standard_icon(QStyle.StandardPixmap.SP_DirIcon)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if column == self.COLUMN_COUNT and store.block_problems:
                return self.tr("Damaged parts skipped: %n", "", len(store.block_problems))
            if column == self.COLUMN_ORGANISATION and store.contains_organisation is None:
                return self.tr("Import your organisation's certificate to check this.")
            return store.name
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_ORGANISATION:
            if store.contains_organisation is True:
                return QBrush(QColor("#1e7e34"))
            if store.contains_organisation is False:
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _certificate_data(self, entry: StoreCertificate, column: int, role: int) -> Any:
        organisation = entry.fingerprint in self._organisation
        severity = lint_text.worst_severity(entry.findings)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_NAME:
                return display_name(entry.certificate.subject)
            if column == self.COLUMN_KIND:
                return self.tr("Certificate") if entry.trusted else self.tr("Certificate (not trusted for websites)")
            if column == self.COLUMN_LINT:
                if severity is Severity.ERROR:
                    errors = sum(1 for finding in entry.findings if finding.severity is Severity.ERROR)
                    return self.tr("Problems: %n", "", errors)
                if severity is Severity.WARNING:
                    return self.tr("Warnings")
                return self.tr("OK")
            if column == self.COLUMN_ORGANISATION:
                return self.tr("Yes") if organisation else ""
            if column == self.COLUMN_LOCATION:
                return tools_text.fingerprint_text(entry.fingerprint)
            return ""
        if role == SORT_ROLE:
            if column == self.COLUMN_LINT:
                return {Severity.ERROR: 2, Severity.WARNING: 1}.get(severity, 0) if severity else 0
            if column == self.COLUMN_ORGANISATION:
                return int(organisation)
            if column == self.COLUMN_LOCATION:
                return entry.fingerprint
            return str(self._certificate_data(entry, column, Qt.ItemDataRole.DisplayRole) or "").casefold()
        if role == SEARCH_ROLE:
            return f"{display_name(entry.certificate.subject)} {entry.fingerprint}".casefold()
        if role == ORGANISATION_ROLE:
            return organisation
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLUMN_LINT:
            if severity is Severity.ERROR:
                return status_icon(Status.PROBLEM)
            if severity is Severity.WARNING:
                return status_icon(Status.WARNING)
            return status_icon(Status.OK)
        if role == Qt.ItemDataRole.FontRole and organisation:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and organisation:
            return QBrush(ORGANISATION_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if organisation:
                return self.tr("Your organisation's certificate. Tools need it to reach sites your proxy inspects.")
            if column == self.COLUMN_LINT and entry.findings:
                return "\n".join(lint_text.finding_message(finding) for finding in entry.findings[:5])
            return None
        return None


class StoreFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name or SHA-256 fingerprint contains the search text, and their stores.

    Spaces and colons in the search text are ignored when it looks like hex, so a fingerprint read
    aloud in groups ("AB12 CD34 …") or copied with colons still matches.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._hex_needle = ""

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        compact = needle.replace(" ", "").replace(":", "")
        # Qt 6.10+ replaces invalidateFilter() with this pair; PySide6 warns on the old call.
        self.beginFilterChange()
        self._needle = needle
        self._hex_needle = compact if compact and all(c in "0123456789abcdef" for c in compact) else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        haystack = str(model.data(index, SEARCH_ROLE) or "")
        if self._needle in haystack:
            return True
        return bool(self._hex_needle) and self._hex_needle in haystack.replace(" ", "")


class ToolTableModel(QAbstractTableModel):
    """One row per tool: status, effective source, mode, plain explanation and what to do."""

    COLUMN_TOOL = 0
    COLUMN_SOURCE = 1
    COLUMN_MODE = 2
    COLUMN_EXPLANATION = 3
    COLUMN_ADVICE = 4
    COLUMN_TOTAL = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tools: list[ToolTrust] = []
        self._texts: list[tools_text.ToolText] = []

    def set_tools(self, tools: list[ToolTrust]) -> None:
        self.beginResetModel()
        self._tools = list(tools)
        self._texts = [tools_text.tool_text(tool) for tool in tools]
        self.endResetModel()

    def tools(self) -> list[ToolTrust]:
        return list(self._tools)

    def text(self, row: int) -> tools_text.ToolText:
        return self._texts[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._tools)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMN_TOTAL

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.COLUMN_TOOL: self.tr("Tool"),
            self.COLUMN_SOURCE: self.tr("Certificates it uses"),
            self.COLUMN_MODE: self.tr("Built-in list"),
            self.COLUMN_EXPLANATION: self.tr("What this means"),
            self.COLUMN_ADVICE: self.tr("What to do"),
        }
        return headers.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._tools) or index.column() >= self.COLUMN_TOTAL:
            return None
        trust = self._tools[index.row()]
        text = self._texts[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return trust
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.COLUMN_TOOL: tools_text.tool_name(trust.tool.value),
                self.COLUMN_SOURCE: text.source,
                self.COLUMN_MODE: text.mode,
                self.COLUMN_EXPLANATION: text.explanation,
                self.COLUMN_ADVICE: text.advice,
            }
            return values[column]
        if role == SORT_ROLE:
            if column == self.COLUMN_TOOL:
                return int(text.status) * 100 + index.row()
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLUMN_TOOL:
            return status_icon(text.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLUMN_TOOL:
                return fill(self.tr("%1. Rule: %2"), tools_text.status_name(text.status), trust.rule_source)
            if column == self.COLUMN_MODE:
                return trust.rule_source
            return str(self.data(index, Qt.ItemDataRole.DisplayRole))
        return None
