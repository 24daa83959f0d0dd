"""The staff screen: one "Check my connection" button, three ticked steps, a traffic light, and "Fix it".

The checks and the fix run on the window's ``BackgroundRunner`` (see ``staff_flow``); this view only
chains the steps and turns their outcomes into words, on the GUI thread. ``staff_flow`` loads
cryptography and the configure package, so it is imported when the first check starts, not with the
window.

Seams for tests: ``load_os_anchors`` (the OS store; None means ``staff_flow.os_anchors``), and the
window's ``check_bedrock`` through the ``bedrock_check`` callable.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trustdesk.gui import messages, staff_text
from trustdesk.gui.workers import BackgroundRunner, Task

if TYPE_CHECKING:
    from cryptography import x509

    from trustdesk.certs.organisation import OrganisationSet
    from trustdesk.gui import apply_dialog
    from trustdesk.gui.staff_flow import PreparedFix, StaffCheck, StaffVerdict, ToolsState
    from trustdesk.network.bedrock import CheckResult
    from trustdesk.network.inspection import InspectionReport
    from trustdesk.network.roots import OsAnchors

log = logging.getLogger(__name__)

# Background, border and icon colour per light; the light's name is written out too.
_COLOURS = {
    "green": ("#e6f4ea", "#1e7e34"),
    "yellow": ("#fff4e5", "#b06000"),
    "red": ("#fce8e6", "#b3261e"),
}
_ICON_GLYPHS = {"green": "\u2714", "yellow": "!", "red": "\u2716"}
_STEP_NAMES = ("inspect", "bedrock", "tools")


def light_pixmap(light: str, size: int) -> QPixmap:
    """Draw the traffic light as a filled disc with a mark, ``size`` device-independent pixels wide."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS.get(light, ("", "#5f6368"))[1])
    painter.setPen(QPen(colour.darker(120), 2))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    font = QFont(painter.font())
    font.setPixelSize(int(size * 0.55))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(QPointF(0, 0), QPointF(size, size)), Qt.AlignmentFlag.AlignCenter, _ICON_GLYPHS[light])
    painter.end()
    return pixmap


class StaffView(QWidget):
    """The first page of the window.

    Signals: ``details_requested`` ("Details for the helpdesk"), ``report_requested`` ("Copy report"),
    ``organisation_changed`` (the organisation set's certificates after "Fix it" added the root) and
    ``settings_applied`` (the ``ApplyResult`` after the preview's "Apply").
    """

    details_requested = Signal()
    report_requested = Signal()
    organisation_changed = Signal(list)
    settings_applied = Signal(object)

    def __init__(
        self,
        runner: BackgroundRunner,
        connection: Callable[[], tuple[str, str]],
        bedrock_check: Callable[[], Callable[..., CheckResult]],
        organisation: Callable[[], OrganisationSet | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._connection = connection
        self._bedrock_check = bedrock_check
        self._organisation = organisation
        self.load_os_anchors: OsAnchors | None = None
        self.apply_dialog: apply_dialog.ApplyDialog | None = None
        self.check: StaffCheck | None = None
        self.verdict: StaffVerdict | None = None
        self.light = ""
        self._task: Task[Any] | None = None
        self._cancel: threading.Event | None = None
        self._inspection: InspectionReport | None = None
        self._bedrock: CheckResult | None = None
        self._notes: list[str] = []
        self._build()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = self._label("staffIntro")
        self.intro.setText(staff_text.intro())
        self.intro.show()

        self.check_button = QPushButton(staff_text.check_button())
        self.check_button.setObjectName("staffCheckButton")
        self.check_button.setAccessibleName(staff_text.check_button().replace("&", ""))
        self.check_button.setToolTip(staff_text.check_button_tip())
        self.check_button.setAccessibleDescription(staff_text.check_button_tip())
        self.check_button.setMinimumHeight(self.fontMetrics().height() * 4)
        self.check_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.check_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.check_button.setFont(font)
        self.check_button.clicked.connect(self.start_check)

        self.steps_frame = QFrame()
        self.steps_frame.setAccessibleName(staff_text.steps_name())
        steps_layout = QVBoxLayout(self.steps_frame)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        self.step_labels: dict[str, QLabel] = {}
        for name in _STEP_NAMES:
            label = self._label(f"staffStep_{name}")
            self.step_labels[name] = label
            steps_layout.addWidget(label)
        self._set_steps({})
        self.steps_frame.hide()

        self.result_frame = QFrame()
        self.result_frame.setObjectName("staffResult")
        self.result_frame.setAccessibleName(staff_text.result_name())
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(72, 72)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.light_label = self._label("staffLight")
        self.headline = self._label("staffHeadline")
        headline_font = self.headline.font()
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.5)
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.explanation = self._label("staffExplanation")
        self.next_step = self._label("staffNextStep")
        next_font = self.next_step.font()
        next_font.setBold(True)
        self.next_step.setFont(next_font)
        self.fingerprint = self._label("staffFingerprint")
        fingerprint_font = QFont("monospace")
        fingerprint_font.setStyleHint(QFont.StyleHint.Monospace)
        fingerprint_font.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.fingerprint.setFont(fingerprint_font)
        self.fingerprint.setAccessibleName(staff_text.fingerprint_label())
        self.notes = self._label("staffNotes")

        words = QVBoxLayout()
        for label in (self.light_label, self.headline, self.explanation, self.next_step, self.fingerprint):
            words.addWidget(label)
        result_layout = QHBoxLayout(self.result_frame)
        result_layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        result_layout.addLayout(words, 1)
        self.result_frame.hide()

        self.fix_button = QPushButton(staff_text.fix_button())
        self.fix_button.setObjectName("staffFixButton")
        self.fix_button.setAccessibleName(staff_text.fix_button().replace("&", ""))
        self.fix_button.setToolTip(staff_text.fix_button_tip())
        self.fix_button.setAccessibleDescription(staff_text.fix_button_tip())
        self.fix_button.setMinimumHeight(self.fontMetrics().height() * 3)
        fix_font = self.fix_button.font()
        fix_font.setPointSizeF(fix_font.pointSizeF() * 1.3)
        fix_font.setBold(True)
        self.fix_button.setFont(fix_font)
        self.fix_button.clicked.connect(self.start_fix)
        self.fix_button.hide()

        self.copy_report_button = QPushButton(staff_text.copy_report_button())
        self.copy_report_button.setAccessibleName(staff_text.copy_report_button().replace("&", ""))
        self.copy_report_button.setToolTip(staff_text.copy_report_tip())
        self.copy_report_button.clicked.connect(self.report_requested)
        self.details_button = QPushButton(staff_text.details_button())
        self.details_button.setAccessibleName(staff_text.details_button().replace("&", ""))
        self.details_button.setToolTip(staff_text.details_button_tip())
        self.details_button.clicked.connect(self.details_requested)

        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_report_button)
        bottom.addStretch(1)
        bottom.addWidget(self.details_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.check_button)
        layout.addWidget(self.steps_frame)
        layout.addWidget(self.result_frame)
        layout.addWidget(self.fix_button)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        layout.addLayout(bottom)

        # Tab order follows the reading order: check, fix, copy report, details.
        QWidget.setTabOrder(self.check_button, self.fix_button)
        QWidget.setTabOrder(self.fix_button, self.copy_report_button)
        QWidget.setTabOrder(self.copy_report_button, self.details_button)
        self.setFocusProxy(self.check_button)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        # Plain text: certificate names come from whoever made the certificate.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.hide()
        return label

    # --- the check ------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None

    def start_check(self) -> None:
        """Run the inspection, the Bedrock check and the tools check, one after the other, in the background."""
        if self._task is not None:
            return
        from trustdesk.gui import staff_flow

        region, _model = self._connection()
        load_os_anchors = self.load_os_anchors or staff_flow.os_anchors
        organisation = self._organisation()
        cancel = threading.Event()
        self._cancel = cancel
        self._inspection = None
        self._bedrock = None
        self._set_busy(True)
        self._set_steps({"inspect": "running"})
        self.result_frame.hide()
        self.fix_button.hide()
        log.info("Staff check started (region %s)", region)
        self._task = self.runner.submit(
            "staff-inspect",
            lambda: staff_flow.inspect_step(region, load_os_anchors, organisation, cancel),
            self._on_inspected,
            self._on_step_error,
        )

    def _on_inspected(self, report: InspectionReport) -> None:
        from trustdesk.gui import staff_flow

        self._inspection = report
        failed = report.failure is not None or bool(report.defects) or staff_flow.boto3_rejects(report)
        self._set_steps({"inspect": "failed" if failed else "done", "bedrock": "running"})
        region, model_id = self._connection()
        check = self._bedrock_check()
        cancel = self._cancel
        self._task = self.runner.submit(
            "staff-bedrock",
            lambda: staff_flow.bedrock_step(check, region, model_id, cancel),
            self._on_bedrock,
            self._on_step_error,
        )

    def _on_bedrock(self, result: CheckResult) -> None:
        from trustdesk.gui import staff_flow
        from trustdesk.network.bedrock import Outcome

        self._bedrock = result
        inspect_state = self._step_state("inspect")
        bedrock_state = "done" if result.outcome is Outcome.SUCCESS else "failed"
        self._set_steps({"inspect": inspect_state, "bedrock": bedrock_state, "tools": "running"})
        organisation = self._organisation()
        self._task = self.runner.submit(
            "staff-tools", lambda: staff_flow.tools_step(organisation), self._on_tools, self._on_step_error
        )

    def _on_tools(self, tools: ToolsState) -> None:
        from trustdesk.gui import staff_flow

        self._task = None
        self._set_busy(False)
        assert self._bedrock is not None
        check = staff_flow.StaffCheck(self._inspection, self._bedrock, tools)
        self.check = check
        verdict = staff_flow.classify(check)
        self.verdict = verdict
        self._set_steps(
            {
                "inspect": self._step_state("inspect"),
                "bedrock": self._step_state("bedrock"),
                "tools": "failed" if tools.pending or not tools.planned else "done",
            }
        )
        log.info("Staff check finished: %s (%s)", verdict.light.value, verdict.problem.value)
        self._show_verdict(check, verdict)

    def _on_step_error(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        log.warning("Staff check failed: %s: %s", type(error).__name__, error)
        words = staff_text.problem_words("other")
        self._show_words("red", words.headline, words.explanation, words.next_step)

    # --- the verdict ------------------------------------------------------------------------------

    def _show_verdict(self, check: StaffCheck, verdict: StaffVerdict) -> None:
        from trustdesk.certs.details import display_name, group_fingerprint, sha256_fingerprint
        from trustdesk.gui import configure_text
        from trustdesk.gui.staff_flow import Light, Problem

        problem = verdict.problem
        fingerprint = ""
        if problem is Problem.NONE:
            words = staff_text.green(check.bedrock.reply_text or "")
        elif problem in (Problem.NO_CREDENTIALS, Problem.ACCESS_DENIED, Problem.NETWORK, Problem.OTHER):
            bedrock_words = messages.bedrock_verdict(check.bedrock)
            words = staff_text.StaffWords(bedrock_words.headline, bedrock_words.explanation, bedrock_words.next_step)
        else:
            root = check.inspection.root if check.inspection is not None else None
            tools = ", ".join(configure_text.tool_name(tool) for tool in check.tools.pending)
            issuer = ""
            if root is not None and root.certificate is not None:
                fingerprint = group_fingerprint(sha256_fingerprint(root.certificate))
            if root is not None and root.missing_issuer is not None:
                issuer = display_name(root.missing_issuer)
            words = staff_text.problem_words(problem.value, tools, fingerprint, issuer)
            if problem is not Problem.ROOT_ON_WIRE_ONLY:
                fingerprint = ""

        self._show_words(verdict.light.value, words.headline, words.explanation, words.next_step)
        # The fingerprint also stands on its own line, large, for reading aloud on the phone.
        self.fingerprint.setText(fingerprint)
        self.fingerprint.setVisible(bool(fingerprint))
        self.fix_button.setVisible(verdict.fixable)
        self.fix_button.setEnabled(verdict.fixable)
        self.notes.setVisible(bool(self._notes) and verdict.light is Light.GREEN)
        if verdict.fixable:
            self.fix_button.setFocus()

    def _show_words(self, light: str, headline: str, explanation: str, next_step: str) -> None:
        self.light = light
        background, border = _COLOURS[light]
        self.result_frame.setStyleSheet(
            f"QFrame#staffResult {{ background: {background}; border: 3px solid {border}; border-radius: 6px; }}"
            f"QFrame#staffResult QLabel {{ color: #202124; }}"
            f"QFrame#staffResult QLabel#staffHeadline {{ color: {border}; }}"
        )
        self.icon_label.setPixmap(light_pixmap(light, 64))
        self.icon_label.setAccessibleName(staff_text.light_name(light))
        self.light_label.setText(staff_text.light_name(light))
        self.headline.setText(headline)
        self.explanation.setText(explanation)
        self.next_step.setText(next_step)
        for label in (self.light_label, self.headline):
            label.show()
        self.explanation.setVisible(bool(explanation))
        self.next_step.setVisible(bool(next_step))
        self.fingerprint.hide()
        self.result_frame.setAccessibleDescription(" ".join((headline, explanation, next_step)).strip())
        self.result_frame.show()

    def _set_steps(self, states: dict[str, str]) -> None:
        texts = {
            "inspect": staff_text.step_inspect(),
            "bedrock": staff_text.step_bedrock(),
            "tools": staff_text.step_tools(),
        }
        for name, label in self.step_labels.items():
            state = states.get(name, "waiting")
            label.setProperty("state", state)
            label.setText(staff_text.step_state(texts[name], state))
            label.setAccessibleName(label.text())
            label.show()
        self.steps_frame.show()

    def _step_state(self, name: str) -> str:
        return str(self.step_labels[name].property("state") or "waiting")

    def _set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.check_button.setText(staff_text.checking() if busy else staff_text.check_button())
        if busy:
            self.fix_button.setEnabled(False)

    # --- the fix --------------------------------------------------------------------------------

    def start_fix(self) -> None:
        """Add the root IT installed, build the merged bundle and plan in the background, then show the preview."""
        verdict = self.verdict
        if self._task is not None or verdict is None or not verdict.fixable:
            return
        from trustdesk.gui import staff_flow

        root: x509.Certificate | None = verdict.root_to_adopt
        organisation = self._organisation()
        self._notes = []
        self.notes.hide()
        self._set_busy(True)
        self.check_button.setText(staff_text.check_button())
        self.next_step.setText(staff_text.fixing())
        log.info("Staff fix started (adding a root: %s)", root is not None)
        self._task = self.runner.submit(
            "staff-fix", lambda: staff_flow.prepare_fix(root, organisation), self._on_fix_prepared, self._on_fix_error
        )

    def _on_fix_prepared(self, prepared: PreparedFix) -> None:
        from trustdesk.gui import apply_dialog

        self._task = None
        self._set_busy(False)
        self.organisation_changed.emit(list(prepared.certificates))
        plan = prepared.plan
        if not plan.plan.changes:
            log.info("Staff fix: the tools need no change; checking again")
            self.start_check()
            return
        dialog = apply_dialog.ApplyDialog(plan.plan, plan.apply, self.runner, self.window())
        # Enter applies: the preview is the one confirmation the staff flow asks for.
        dialog.apply_button.setDefault(True)
        dialog.applied.connect(self._on_applied)
        dialog.rejected.connect(self._on_fix_cancelled)
        self.apply_dialog = dialog
        dialog.open()
        dialog.apply_button.setFocus()

    def _on_fix_error(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        log.warning("Staff fix failed: %s: %s", type(error).__name__, error)
        self.next_step.setText(staff_text.fix_failed())
        self.fix_button.setEnabled(True)

    def _on_applied(self, result: Any) -> None:
        from trustdesk.gui import configure_text

        self._notes = configure_text.apply_summary(result)
        self.notes.setText("\n".join(self._notes))
        dialog = self.apply_dialog
        self.apply_dialog = None
        if dialog is not None:
            dialog.rejected.disconnect(self._on_fix_cancelled)
            dialog.accept()
            dialog.deleteLater()
        self.settings_applied.emit(result)
        self.start_check()

    def _on_fix_cancelled(self) -> None:
        dialog = self.apply_dialog
        self.apply_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        log.info("Staff fix: the preview was closed without applying")
        self.next_step.setText(staff_text.fix_cancelled())
        self.next_step.show()
        self.fix_button.setEnabled(True)

    def shutdown(self) -> None:
        """Stop waiting for a running check; its late outcome is dropped."""
        if self._cancel is not None:
            self._cancel.set()
        if self._task is not None:
            self._task.cancel()
            self._task = None
