"""Run blocking work off the GUI thread and deliver its result or exception back on the GUI thread.

Background functions receive plain data and return plain data: they never touch a widget. The
callbacks run on the GUI thread through a queued signal, so they may update widgets freely.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# A Bedrock check can sit in botocore for up to a minute, and file work must not queue behind it.
# So the pool gets more threads than QThread.idealThreadCount() gives on a one-core machine.
MIN_THREADS = 4


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a pool thread is therefore queued to it."""

    finished = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, name: str, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._name = name
        self._function = function
        self._relay = relay

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._function()
        except Exception as exception:
            log.exception("Background task %s failed", self._name)
            error = exception
        self._relay.finished.emit(result, error)


class Task(QObject, Generic[T]):
    """One submitted function. ``cancel()`` drops its outcome: neither callback runs afterwards.

    Cancelling cannot stop code that is already running; a function that supports early exit takes its
    own ``threading.Event``.
    """

    def __init__(
        self,
        name: str,
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_settled: Callable[[Task[Any]], None],
    ) -> None:
        super().__init__()
        self.name = name
        self._on_result = on_result
        self._on_error = on_error
        self._on_settled = on_settled
        self.cancelled = False
        self.done = False
        self.relay = _Relay()
        self.relay.finished.connect(self._deliver)

    def cancel(self) -> None:
        if not self.done and not self.cancelled:
            log.info("Background task %s cancelled; its result will be ignored", self.name)
        self.cancelled = True

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        assert QThread.currentThread() is self.thread(), "task results must arrive on the GUI thread"
        self.done = True
        # The runner drops its reference to this task on settling, which can free the relay. That must
        # not happen while the relay's signal is still being delivered, so it waits for the event loop.
        QTimer.singleShot(0, self._settle)
        if self.cancelled:
            log.info("Ignoring the late outcome of cancelled task %s", self.name)
            return
        if error is not None:
            self._on_error(error)
        else:
            self._on_result(result)

    def _settle(self) -> None:
        self._on_settled(self)


class BackgroundRunner(QObject):
    """Submits functions to a private thread pool and keeps each task alive until its outcome arrives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(MIN_THREADS, QThread.idealThreadCount()))
        self._tasks: set[Task[Any]] = set()

    def submit(
        self,
        name: str,
        function: Callable[[], T],
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> Task[T]:
        """Run ``function()`` on a pool thread; call ``on_result`` or ``on_error`` later on the GUI thread."""
        task: Task[T] = Task(name, on_result, on_error, self._tasks.discard)
        self._tasks.add(task)
        log.debug("Starting background task %s", name)
        self._pool.start(_Job(name, function, task.relay))
        return task

    def pending(self) -> int:
        return len(self._tasks)

    def wait_for_done(self, timeout_ms: int) -> bool:
        """Block until every running function has returned, at most ``timeout_ms``; only for shutdown and tests."""
        return self._pool.waitForDone(timeout_ms)
