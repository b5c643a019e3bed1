"""The one background-task helper: run a callable in a worker thread, deliver its outcome on the GUI thread.

Everything slow — PDF rendering, printing, backups, imports, reports — goes through :func:`run_task`, so the
window never freezes and every worker behaves the same way::

    task = run_task(lambda control: render(doc), on_result=show, parent=self)
    task.cancel()                       # asks the worker to stop (it checks ``control.cancelled``)

* The callable gets a :class:`TaskControl`: ``control.report(done, total, text)`` sends progress,
  ``control.cancelled`` / ``control.check()`` tell it to stop early (``check`` raises :class:`TaskCancelled`).
* ``on_result`` / ``on_error`` / ``on_progress`` / ``on_cancelled`` run on the GUI thread; the same events are
  also the :class:`Task` signals ``succeeded``, ``failed``, ``progress``, ``cancelled``; ``finished`` always
  comes last. A task whose ``parent`` widget was destroyed delivers nothing (the window that asked is gone).
* Errors the secretary can act on (:data:`EXPECTED_ERRORS`: validation, locked or missing records, disk and
  file problems — all carrying a Vietnamese ``message``) go to ``on_error``, or, without one, to a plain error
  message through the message seam. Any other exception is a bug: it goes to gui/shell/error_dialog.py's
  dialog (with the traceback, and logged) — after ``on_error`` if given, so the caller can still reset its
  buttons.
* **A SQLite connection is never shared between threads.** A worker that needs the database opens its own
  with :func:`with_context` (``services.context.open_context(path)``) and closes it before it returns.
* :class:`LatestOnly` runs "as you type" work (preview, search): at most one task runs, only the newest
  request waits, and only the newest request's result is delivered — stale results are dropped.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from shiboken6 import isValid

from secretary_app.domain.document import DocumentError
from secretary_app.domain.errors import DatabaseOpenError, NotFoundError, ReadOnlyRecordError, StorageError
from secretary_app.domain.validation import ValidationError

if TYPE_CHECKING:
    from secretary_app.domain.changes import ChangeHub
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

# Failures with a message for the secretary (not bugs). OSError covers a file that cannot be written.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (
    ValidationError,
    DocumentError,
    ReadOnlyRecordError,
    NotFoundError,
    StorageError,
    DatabaseOpenError,
    OSError,
)


class TaskCancelled(Exception):
    """Raised by :meth:`TaskControl.check` inside a worker to stop it; delivered as ``cancelled``."""


def error_message(exc: BaseException) -> str:
    """The Vietnamese text to show for an expected error."""
    if isinstance(exc, ValidationError):
        return "\n".join(e.message for e in exc.errors)
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate("tasks", "Lỗi tệp{0}: {1}").format(where, exc.strerror or exc)
    return str(exc)


class TaskControl:
    """What the worker sees of its task: the cancel flag and the progress channel (thread-safe)."""

    def __init__(self, task_id: int):
        self._task_id = task_id
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here if the task was cancelled (raises :class:`TaskCancelled`)."""
        if self._cancel.is_set():
            raise TaskCancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Progress for the GUI: ``done`` of ``total`` steps (total 0: unknown), with an optional label."""
        _relay().progress.emit(self._task_id, done, total, text)


class _Job:
    """The hand-over box between the GUI thread and one worker.

    Why a box: whatever the worker drops last is freed *on the worker thread*, and a Qt object (or a closure
    holding one) freed there crashes Qt. So the worker takes the callable out of the box, puts the outcome in,
    lets go of both and only then says "done"; the GUI thread, which kept the box, frees everything."""

    __slots__ = ("control", "fn", "outcome")

    def __init__(self, fn: Callable[[TaskControl], Any], control: TaskControl):
        self.fn: Callable[[TaskControl], Any] | None = fn
        self.control = control
        self.outcome: tuple[Any, BaseException | None] | None = None

    def run(self, task_id: int) -> None:
        """The worker's side (on a pool thread)."""
        fn = self.fn
        try:
            result, error = fn(self.control), None  # type: ignore[misc]
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            result, error = None, exc
        self.outcome = (result, error)
        del fn, result, error  # the GUI thread's references are the last ones (see the class docstring)
        try:
            _relay().done.emit(task_id)
        except RuntimeError:  # the relay is gone: the application quit while this worker ran
            log.info("Background task finished after the application quit; outcome dropped")


class _Relay(QObject):
    """One per process, created on the GUI thread and never freed: workers emit through it, so every slot runs
    queued on the GUI thread, and no worker ever holds the last reference to a Qt object."""

    progress = Signal(int, int, int, str)  # task id, done, total, text
    done = Signal(int)  # task id; the outcome waits in the task's _Job

    def __init__(self) -> None:
        super().__init__()
        self.progress.connect(self._on_progress)
        self.done.connect(self._on_done)

    @staticmethod
    def _on_progress(task_id: int, done: int, total: int, text: str) -> None:
        task = _in_flight.get(task_id)
        if task is not None:
            task._on_progress(done, total, text)

    @staticmethod
    def _on_done(task_id: int) -> None:
        task = _in_flight.pop(task_id, None)
        if task is not None:
            task._on_done()


_the_relay: _Relay | None = None


def _relay() -> _Relay:
    global _the_relay
    if _the_relay is None:  # first use is run_task, on the GUI thread
        _the_relay = _Relay()
    return _the_relay


_in_flight: dict[int, Task] = {}  # keeps a task (and its job) alive until its outcome was delivered
_ids = itertools.count(1)


class Task(QObject):
    """A callable running on a worker thread. Create it with :func:`run_task`."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable[[TaskControl], Any], parent: QObject | None, name: str):
        super().__init__()  # no Qt parent: a task outlives nothing, ``_in_flight`` owns it until done
        self.name = name
        self._owner = parent
        self._id = next(_ids)
        self._control = TaskControl(self._id)
        self._job = _Job(fn, self._control)
        self.result: Any = None
        self.error: BaseException | None = None
        self._running = True
        self._handlers: dict[str, Callable | None] = {}
        self.expected: tuple[type[BaseException], ...] = EXPECTED_ERRORS

    def start(self, pool: QThreadPool) -> None:
        _relay()
        _in_flight[self._id] = self
        job, task_id = self._job, self._id
        # A plain callable, not a QRunnable subclass: the pool deletes its runnable on the worker thread.
        pool.start(lambda: job.run(task_id))

    def cancel(self) -> None:
        """Ask the worker to stop; its outcome is then delivered as ``cancelled`` (never as a result)."""
        self._control._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._control.cancelled

    def is_running(self) -> bool:
        return self._running

    def _owner_alive(self) -> bool:
        return self._owner is None or isValid(self._owner)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._running and not self.is_cancelled and self._owner_alive():
            self.progress.emit(done, total, text)
            self._call("progress", done, total, text)

    def _call(self, name: str, *args: Any) -> None:
        handler = self._handlers.get(name)
        if handler is not None:
            handler(*args)

    def _on_done(self) -> None:
        result, error = self._job.outcome or (None, None)
        self._job.outcome = self._job.fn = None
        self._running = False
        try:
            if not self._owner_alive():
                return
            if self.is_cancelled or isinstance(error, TaskCancelled):
                self.cancelled.emit()
                self._call("cancelled")
            elif error is None:
                self.result = result
                self.succeeded.emit(result)
                self._call("result", result)
            else:
                self._deliver_error(error)
        finally:
            if self._owner_alive():
                self.finished.emit()

    def _deliver_error(self, error: BaseException) -> None:
        self.error = error
        expected = isinstance(error, self.expected)
        if not expected:
            log.error(
                "Background task %r failed", self.name, exc_info=(type(error), error, error.__traceback__)
            )
        self.failed.emit(error)
        handler = self._handlers.get("error")
        if handler is not None:
            handler(error)
        elif expected:
            from secretary_app.gui.shared import messages

            parent = self._owner if self._owner is not None and hasattr(self._owner, "window") else None
            messages.error(
                parent, QCoreApplication.translate("tasks", "Không thực hiện được"), error_message(error)
            )
        if not expected:
            from secretary_app.gui.shell.error_dialog import handle_exception

            handle_exception(type(error), error, error.__traceback__)


def thread_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_task(
    fn: Callable[[TaskControl], Any],
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    parent: QObject | None = None,
    name: str = "",
    expected: tuple[type[BaseException], ...] = EXPECTED_ERRORS,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn(control)`` on a worker thread; see the module docstring. Call from the GUI thread."""
    task = Task(fn, parent, name or getattr(fn, "__name__", "task"))
    task.expected = expected
    task._handlers = {
        "result": on_result,
        "error": on_error,
        "progress": on_progress,
        "cancelled": on_cancelled,
    }
    task.start(pool or thread_pool())
    return task


def with_context(
    db_path: Path | str, fn: Callable[[AppContext, TaskControl], Any], changes: ChangeHub | None = None
) -> Callable[[TaskControl], Any]:
    """Wrap ``fn(ctx, control)`` so the worker opens its own database connection and closes it after.
    ``changes``: the window's hub, so what the worker writes reaches the pages (the hub is thread-safe)."""

    def run(control: TaskControl) -> Any:
        from secretary_app.services.context import open_context

        ctx = open_context(db_path, changes)
        try:
            return fn(ctx, control)
        finally:
            ctx.close()

    return run


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until every worker finished (window closing, tests); True if they all did in time.

    Their outcomes are delivered by the event loop afterwards (callers that need them process events)."""
    return thread_pool().waitForDone(timeout_ms)


class LatestOnly(QObject):
    """Runs requests one at a time, keeps only the newest pending one, delivers only the newest result.

    ``submit(fn)`` while a task runs replaces any waiting request and asks the running one to cancel (it
    may finish anyway; its result is then dropped). ``result_ready(request_id, result)`` fires only for
    the request that was the newest when it finished; errors of the newest request go to ``error``.
    """

    result_ready = Signal(int, object)
    error = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, name: str = "latest"):
        super().__init__(parent)
        self._name = name
        self._latest_id = 0
        self._current: Task | None = None
        self._pending: tuple[int, Callable[[TaskControl], Any]] | None = None

    @property
    def latest_id(self) -> int:
        return self._latest_id

    def is_busy(self) -> bool:
        return self._current is not None or self._pending is not None

    def submit(self, fn: Callable[[TaskControl], Any]) -> int:
        self._latest_id += 1
        if self._current is not None:
            self._current.cancel()
            self._pending = (self._latest_id, fn)
        else:
            self._start(self._latest_id, fn)
            self.busy_changed.emit(True)
        return self._latest_id

    def _start(self, request_id: int, fn: Callable[[TaskControl], Any]) -> None:
        self._current = run_task(
            fn,
            parent=self,
            name=self._name,
            on_result=lambda result: self._on_result(request_id, result),
            on_error=lambda exc: self._on_error(request_id, exc),
        )
        self._current.finished.connect(self._on_finished)

    def _on_result(self, request_id: int, result: Any) -> None:
        if request_id == self._latest_id:
            self.result_ready.emit(request_id, result)

    def _on_error(self, request_id: int, exc: BaseException) -> None:
        # Unexpected errors still reach the error dialog (Task does that after this handler).
        if request_id == self._latest_id and isinstance(exc, EXPECTED_ERRORS):
            self.error.emit(exc)

    def _on_finished(self) -> None:
        self._current = None
        if self._pending is not None:
            request_id, fn = self._pending
            self._pending = None
            self._start(request_id, fn)
        else:
            self.busy_changed.emit(False)
