"""Run blocking work off the GUI thread and deliver its result or exception back on the GUI thread.

Background functions receive plain data and return plain data: they never touch a widget. The
callbacks run on the GUI thread through a queued signal, so they may update widgets freely.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

T = TypeVar("T")

# A Bedrock check can sit in botocore for up to a minute, and file work must not queue behind it.
# So the pool gets more threads than QThread.idealThreadCount() gives on a one-core machine.
MIN_THREADS = 4


class _Relay(QObject):
    """Carries outcomes from pool threads to the GUI thread.

    One relay lives for the whole process, created on the GUI thread, so a signal emitted from a pool
    thread is queued to the GUI thread and never targets a deleted object, even when the window that
    submitted the work has closed. Tasks are plain Python objects for the same reason: freeing a
    QObject subclass from inside a queued call has crashed PySide (6.11 and 6.12).
    """

    finished = Signal(object, object, object)

    @Slot(object, object, object)
    def deliver(self, task: Task[Any], result: Any, error: BaseException | None) -> None:
        task._deliver(result, error)


_relay: _Relay | None = None


def _shared_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_relay.deliver, Qt.ConnectionType.QueuedConnection)
    return _relay


class _Job(QRunnable):
    def __init__(self, task: Task[Any], function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task = task
        self._function = function
        self._relay = relay

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._function()
        except Exception as exception:
            log.exception("Background task %s failed", self._task.name)
            error = exception
        self._relay.finished.emit(self._task, result, error)


class Task(Generic[T]):
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
        owner: QObject,
    ) -> None:
        self.name = name
        self._owner = owner
        self._on_result = on_result
        self._on_error = on_error
        self._on_settled = on_settled
        self.cancelled = False
        self.done = False

    def cancel(self) -> None:
        if not self.done and not self.cancelled:
            log.info("Background task %s cancelled; its result will be ignored", self.name)
        self.cancelled = True

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        application = QCoreApplication.instance()
        assert application is not None and QThread.currentThread() is application.thread(), "not the GUI thread"
        self.done = True
        if not Shiboken.isValid(self._owner):
            # The window that submitted the work has closed; its widgets must not be touched.
            log.info("Dropping the outcome of task %s: its owner was deleted", self.name)
            return
        self._on_settled(self)
        if self.cancelled:
            log.info("Ignoring the late outcome of cancelled task %s", self.name)
            return
        if error is not None:
            self._on_error(error)
        else:
            self._on_result(result)


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
        task: Task[T] = Task(name, on_result, on_error, self._tasks.discard, self)
        self._tasks.add(task)
        log.debug("Starting background task %s", name)
        self._pool.start(_Job(task, function, _shared_relay()))
        return task

    def pending(self) -> int:
        return len(self._tasks)

    def wait_for_done(self, timeout_ms: int) -> bool:
        """Block until every running function has returned, at most ``timeout_ms``; only for shutdown and tests."""
        return self._pool.waitForDone(timeout_ms)
