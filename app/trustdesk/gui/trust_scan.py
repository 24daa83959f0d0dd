"""Runs the trust scan (stores, lint, tools) on the window's ``BackgroundRunner`` and reports its progress.

The scan function is ``scan`` (tests replace it with a slow or failing one). It receives a cancel
event and a progress callback. The callback runs on the worker thread and only stores the step in a
plain Python list; a timer on the GUI thread shows it. No Qt object is touched from the worker, so
closing the window while a scan runs cannot race with a signal sent to an object being deleted.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from trustdesk.gui.workers import BackgroundRunner, Task
from trustdesk.stores.scan import ScanCancelled, ScanReport, ScanStep, scan_trust

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

ScanFunction = Callable[..., ScanReport]


def step_text(step: str) -> str:
    if step == ScanStep.STORES.value:
        return translate("TrustScan", "Reading the certificate lists on this computer\u2026")
    if step == ScanStep.TOOLS.value:
        return translate("TrustScan", "Checking which certificates each tool uses\u2026")
    return translate("TrustScan", "Checking\u2026")


class TrustScanController(QObject):
    """Starts, cancels and reports one trust scan at a time; a new start cancels the running one."""

    started = Signal()
    progressed = Signal(str)
    finished = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, runner: BackgroundRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.scan: ScanFunction = scan_trust
        self.report: ScanReport | None = None
        self._task: Task[Any] | None = None
        self._cancel: threading.Event | None = None
        # The steps the running scan has reached; appended on the worker thread, read here.
        self._steps: list[str] = []
        self._shown_steps = 0
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_new_steps)

    def is_running(self) -> bool:
        return self._task is not None

    def start(self, merged_bundle: Path, organisation_fingerprints: set[str]) -> None:
        self.cancel(quietly=True)
        cancel = threading.Event()
        scan = self.scan
        fingerprints = set(organisation_fingerprints)
        steps: list[str] = []

        def run() -> ScanReport:
            # list.append is atomic under the GIL, so the GUI thread may read the list at any time.
            return scan(merged_bundle, fingerprints, cancel=cancel, progress=lambda step: steps.append(step.value))

        self._steps = steps
        self._shown_steps = 0
        self._poll.start()
        self._cancel = cancel
        log.info("Starting the trust scan (%d organisation certificates)", len(fingerprints))
        self._task = self.runner.submit("trust-scan", run, self._on_result, self._on_error)
        self.started.emit()
        self.progressed.emit(step_text(ScanStep.STORES.value))

    def cancel(self, *, quietly: bool = False) -> None:
        """Stop waiting for the running scan; it stops at its next step and its result is dropped."""
        if self._task is None:
            return
        if self._cancel is not None:
            self._cancel.set()
        self._task.cancel()
        self._task = None
        self._cancel = None
        self._poll.stop()
        if not quietly:
            self.cancelled.emit()

    def _show_new_steps(self) -> None:
        if self._task is None or len(self._steps) <= self._shown_steps:
            return
        self._shown_steps = len(self._steps)
        self.progressed.emit(step_text(self._steps[-1]))

    def _on_result(self, report: ScanReport) -> None:
        self._task = None
        self._cancel = None
        self._poll.stop()
        self.report = report
        self.finished.emit(report)

    def _on_error(self, error: BaseException) -> None:
        self._task = None
        self._cancel = None
        self._poll.stop()
        if isinstance(error, ScanCancelled):
            self.cancelled.emit()
            return
        log.warning("The trust scan failed: %s", error)
        self.failed.emit(
            translate(
                "TrustScan",
                "The certificate lists on this computer could not be checked. Press \u201cRefresh\u201d to try again.",
            ),
            f"{type(error).__name__}: {error}",
        )
