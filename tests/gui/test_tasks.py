"""The background-task helper: results, progress, cancel and errors arrive on the GUI thread."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from secretary_app.domain.validation import FieldError, ValidationError
from secretary_app.gui.shared import tasks
from secretary_app.gui.shared.messages import Level
from secretary_app.gui.shell import error_dialog as errors


def test_result_arrives_on_the_gui_thread_and_work_runs_off_it(qtbot):
    seen = {}

    def work(control):
        seen["worker"] = QThread.currentThread()
        return 42

    def on_result(value):
        seen["result"] = value
        seen["delivered"] = QThread.currentThread()

    task = tasks.run_task(work, on_result=on_result)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    gui = QApplication.instance().thread()
    assert seen["result"] == 42 and task.result == 42
    assert seen["worker"] is not gui
    assert seen["delivered"] is gui
    assert not task.is_running()


def test_progress_and_cancel(qtbot):
    started = threading.Event()
    progress, outcome = [], []

    def work(control):
        for i in range(1000):
            control.report(i, 1000, "bước")
            started.set()
            control.check()
            time.sleep(0.005)
        return "done"

    task = tasks.run_task(
        work,
        on_progress=lambda d, t, s: progress.append((d, t, s)),
        on_result=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert outcome == ["cancelled"]
    assert progress[0][1:] == (1000, "bước")


def test_expected_error_goes_to_handler_or_message(qtbot, presenter):
    def fail(control):
        raise ValidationError([FieldError("deadline", "Hạn trước ngày họp.")])

    got = []
    task = tasks.run_task(fail, on_error=got.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(got[0], ValidationError) and not presenter.messages

    task = tasks.run_task(fail)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert presenter.messages[-1].level is Level.ERROR
    assert "Hạn trước ngày họp." in presenter.messages[-1].text
    assert not presenter.dialogs  # an expected error is no crash


def test_unexpected_error_goes_to_the_error_dialog(qtbot, presenter):
    failed = []
    task = tasks.run_task(lambda control: 1 / 0, on_error=failed.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(failed[0], ZeroDivisionError)
    assert isinstance(presenter.dialogs[-1], errors.ErrorDialog)
    assert "ZeroDivisionError" in presenter.dialogs[-1].details


def test_nothing_is_delivered_to_a_destroyed_parent(qtbot):
    widget = QWidget()
    gate = threading.Event()
    got = []
    tasks.run_task(lambda control: gate.wait(5) or "late", on_result=got.append, parent=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(widget), timeout=2000)
    gate.set()
    assert tasks.wait_for_tasks(5000)
    qtbot.wait(50)
    assert got == []


def test_worker_opens_its_own_database(qtbot, db_path):
    from secretary_app.services.context import open_context

    open_context(db_path, create=True).close()
    seen = []

    def work(ctx, control):
        seen.append(QThread.currentThread())
        return len(ctx.documents.list_documents())

    task = tasks.run_task(tasks.with_context(db_path, work))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert task.result == 0 and task.error is None


@pytest.mark.parametrize("requests", [5])
def test_latest_only_delivers_just_the_newest(qtbot, requests):
    runner = tasks.LatestOnly()
    results = []
    runner.result_ready.connect(lambda rid, value: results.append((rid, value)))

    def make(value):
        def work(control):
            time.sleep(0.05)
            return value

        return work

    for i in range(requests):
        runner.submit(make(i))
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert results == [(requests, requests - 1)]


def test_many_emits_and_void_calls_do_not_exhaust_none_or_true():
    """PySide6 6.12 on CPython 3.11 returns None/True without a reference (gui/refcount_workaround.py);
    without the pin, this many calls abort the interpreter."""
    from PySide6.QtCore import QObject, QTimer, Signal

    class Emitter(QObject):
        ping = Signal()

    emitter, timer = Emitter(), QTimer()
    for _ in range(5000):
        emitter.ping.emit()
        timer.setInterval(1)
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000


STRESS = """
import sys
from PySide6.QtCore import QEventLoop, QObject
from PySide6.QtWidgets import QApplication

app = QApplication([])
from secretary_app.gui.shared.tasks import run_task

for i in range(int(sys.argv[1])):
    holder = QObject()  # the work holds a Qt object: it must not be freed on the worker thread either
    loop = QEventLoop()
    task = run_task(lambda control, holder=holder: i, on_result=lambda result: None)
    task.finished.connect(loop.quit)
    loop.exec()
    del task, loop, holder  # the GUI drops the task the moment it is done, as run_with_progress does
print("done")
"""


def test_dropping_finished_tasks_at_once_never_crashes(tmp_path):
    """Each task is dropped the moment its outcome arrives, while its worker may still be unwinding: no Qt
    object may then be freed on the worker's thread. Before the fix this crashed (SIGSEGV) within ~20 000
    runs every time, and once in CI's restore test; it runs in a child so a crash fails one test, not all."""
    import os
    import subprocess

    script = tmp_path / "stress.py"
    script.write_text(STRESS, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-X", "faulthandler", str(script), "20000"], capture_output=True,
                          text=True, timeout=120, env=env, cwd=os.getcwd())  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"
