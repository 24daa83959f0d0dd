"""The preview before applying settings: one checkbox per change, its diff, then the result and restart notice.

Nothing is written until "Apply" is pressed; the apply itself runs on the window's ``BackgroundRunner``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from cryptography import x509
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trustdesk.certs.organisation import OrganisationSet
from trustdesk.configure.engine import ApplyResult, UndoResult, apply_plan, refresh_bundle, undo
from trustdesk.configure.environment import Context
from trustdesk.configure.journal import Journal, JournalEntry
from trustdesk.configure.model import Plan
from trustdesk.configure.plan import make_plan
from trustdesk.gui import configure_text
from trustdesk.gui.workers import BackgroundRunner, Task

log = logging.getLogger(__name__)

_CHANGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ApplyFunction = Callable[[Collection[str]], ApplyResult]


class ApplyDialog(QDialog):
    """Shows ``plan``; "Apply" calls ``apply_function`` with the ticked change IDs on a worker thread."""

    applied = Signal(object)

    def __init__(
        self, plan: Plan, apply_function: ApplyFunction, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._apply_function = apply_function
        self._runner = runner
        self._task: Task[ApplyResult] | None = None
        self.result_value: ApplyResult | None = None

        self.setWindowTitle(self.tr("Apply settings to tools"))
        self.resize(900, 640)

        heading = QLabel(
            self.tr(
                "TrustDesk will make these changes. Nothing has been written yet. Untick a change to skip it; "
                "every change can be undone later from the Journal."
            )
        )
        heading.setWordWrap(True)

        self.change_list = QListWidget()
        self.change_list.setAccessibleName(self.tr("Planned changes"))
        for change in plan.changes:
            text = configure_text.action_text(change.action, change.target, change.facts)
            if change.insecure_fix:
                text += " " + configure_text.consent_marker()
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if change.selected_by_default else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            item.setData(_CHANGE_ID_ROLE, change.change_id)
            item.setToolTip(", ".join(configure_text.tool_name(tool) for tool in change.tools))
            self.change_list.addItem(item)
        self.change_list.currentItemChanged.connect(self._show_diff)

        self.diff_view = QPlainTextEdit()
        self.diff_view.setReadOnly(True)
        self.diff_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff_view.setAccessibleName(self.tr("What changes in the selected file or variable"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.change_list)
        splitter.addWidget(self.diff_view)
        splitter.setStretchFactor(1, 2)

        notes = [configure_text.skip_text(item) for item in plan.skipped]
        if not plan.changes:
            notes.insert(0, configure_text.no_changes_text())
        if any(change.insecure_fix for change in plan.changes):
            notes.append(configure_text.insecure_hint())
        self.notes_label = QLabel("\n".join(notes))
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(notes))

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.hide()

        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the ticked changes"))
        self.apply_button.setEnabled(bool(plan.changes))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.start_apply)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

        if self.change_list.count():
            self.change_list.setCurrentRow(0)

    def selected_ids(self) -> list[str]:
        chosen = []
        for row in range(self.change_list.count()):
            item = self.change_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(_CHANGE_ID_ROLE)))
        return chosen

    def set_checked(self, change_id: str, checked: bool) -> None:
        for row in range(self.change_list.count()):
            item = self.change_list.item(row)
            if item.data(_CHANGE_ID_ROLE) == change_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_applying(self) -> bool:
        return self._task is not None

    def start_apply(self) -> None:
        if self._task is not None:
            return
        chosen = self.selected_ids()
        apply_function = self._apply_function
        self.apply_button.setEnabled(False)
        self.change_list.setEnabled(False)
        self.result_label.setText(self.tr("Applying the changes\u2026"))
        self.result_label.show()
        log.info("Applying %d of %d planned changes", len(chosen), len(self.plan.changes))
        self._task = self._runner.submit(
            "apply-settings", lambda: apply_function(chosen), self._on_applied, self._on_failed
        )

    def _on_applied(self, result: ApplyResult) -> None:
        self._task = None
        self.result_value = result
        self.result_label.setText("\n".join(configure_text.apply_summary(result)))
        self.apply_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.applied.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self._task = None
        self.change_list.setEnabled(True)
        self.apply_button.setEnabled(True)
        self.result_label.setText(configure_text.journal_error_text(f"{type(error).__name__}: {error}"))

    def _show_diff(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            self.diff_view.clear()
            return
        change = self.plan.change(str(current.data(_CHANGE_ID_ROLE)))
        self.diff_view.setPlainText(change.diff())


# --- the blocking steps, run on the worker thread ---------------------------------------------


@dataclass(frozen=True)
class PreparedPlan:
    plan: Plan
    context: Context
    organisation: tuple[x509.Certificate, ...]

    def apply(self, chosen: Collection[str]) -> ApplyResult:
        return apply_plan(self.plan, self.context, Journal(), chosen, organisation=self.organisation)


def prepare_plan() -> PreparedPlan:
    """Plan every supported tool for this user; raises ``PlanError`` when nothing can be planned."""
    context = Context(dict(os.environ))
    organisation = tuple(OrganisationSet().certificates)
    return PreparedPlan(make_plan(context, organisation), context, organisation)


def load_journal() -> list[JournalEntry]:
    return Journal().entries()


def undo_changes(entry_ids: Sequence[str] | None) -> UndoResult:
    return undo(Journal(), Context(dict(os.environ)), entry_ids)


def refresh_bundle_at_startup() -> ApplyResult | None:
    """Rebuild the merged bundle and the Node PEM when certifi or the organisation CAs changed."""
    return refresh_bundle(Context(dict(os.environ)), Journal(), OrganisationSet().certificates)
