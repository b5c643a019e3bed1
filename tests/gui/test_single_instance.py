"""One window per database: the second start reaches the first over a local socket (never the network)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QDir

from secretary_app.gui.shell.single_instance import SingleInstance, instance_key
from secretary_app.gui.shell.startup import claim_instance

ROOT = Path(__file__).resolve().parents[2]


def test_second_instance_in_another_process_brings_the_first_forward(db_path, tmp_path, qtbot):
    first = SingleInstance(db_path, lock_dir=tmp_path)
    assert first.acquire()
    # The second start runs without any QApplication, as the real one would before deciding to exit.
    code = textwrap.dedent(f"""
        import sys
        from secretary_app.gui.shell.single_instance import SingleInstance
        second = SingleInstance({str(db_path)!r}, lock_dir=__import__("pathlib").Path({str(tmp_path)!r}))
        sys.exit(0 if second.acquire() else (3 if second.reached else 4))
    """)
    with qtbot.waitSignal(first.activate_requested, timeout=10_000):
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    assert proc.wait(timeout=20) == 3  # refused, and the first was reached
    first.release()


def test_two_instances_in_one_process_and_release(db_path, tmp_path, qtbot):
    first = SingleInstance(db_path, lock_dir=tmp_path)
    assert first.acquire()
    second = SingleInstance(db_path, lock_dir=tmp_path)
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert second.acquire() is False
    assert second.reached
    first.release()
    third = SingleInstance(db_path, lock_dir=tmp_path)
    assert third.acquire()  # the file is free again
    third.release()


def test_other_databases_and_path_spellings(db_path, tmp_path):
    assert instance_key(db_path) == instance_key(tmp_path / "x" / ".." / db_path.name)
    assert instance_key(db_path) != instance_key(tmp_path / "other.sqlite")
    first = SingleInstance(db_path, lock_dir=tmp_path)
    other = SingleInstance(tmp_path / "other.sqlite", lock_dir=tmp_path)
    assert first.acquire() and other.acquire()
    first.release()
    other.release()


def test_a_stale_socket_from_a_crashed_instance_does_not_block(db_path, tmp_path):
    key = instance_key(db_path)
    stale = Path(QDir.tempPath()) / key  # where QLocalServer puts a Unix socket named ``key``
    stale.write_text("left by a crashed instance")
    try:
        instance = SingleInstance(db_path, lock_dir=tmp_path)
        assert instance.acquire()
        assert instance.server is not None and instance.server.isListening()
        instance.release()
    finally:
        stale.unlink(missing_ok=True)


def test_a_crashed_first_instance_leaves_a_stale_lock_that_is_taken_over(db_path, tmp_path):
    code = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from secretary_app.gui.shell.single_instance import SingleInstance
        first = SingleInstance({str(db_path)!r}, lock_dir=Path({str(tmp_path)!r}))
        assert first.acquire()
        os._exit(0)  # a crash: no release, the lock file stays behind
    """)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=20)
    assert list(tmp_path.glob("*.lock"))
    instance = SingleInstance(db_path, lock_dir=tmp_path)
    assert instance.acquire()
    instance.release()


def test_second_start_tells_the_secretary_and_stops(db_path, tmp_path, presenter, qtbot):
    first = claim_instance(db_path, lock_dir=tmp_path)
    assert first is not None
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert claim_instance(db_path, lock_dir=tmp_path) is None
    assert presenter.messages[0].title == "Chương trình đang mở"
    assert "đã được đưa lên trước" in presenter.messages[0].text
    first.release()


def test_the_claim_follows_the_file_the_window_opens(window, db_path, tmp_path, presenter, qtbot):
    """Opening another file (Tệp ▸ Mở…) moves the window's claim: a file open in another window is refused
    (that window comes forward), and the file left behind is free for another window."""
    from functools import partial

    from secretary_app.services.context import open_context

    other_path = tmp_path / "other.sqlite"
    open_context(other_path, create=True).close()
    window.guard_instance(
        claim_instance(db_path, lock_dir=tmp_path), partial(claim_instance, lock_dir=tmp_path)
    )

    elsewhere = SingleInstance(other_path, lock_dir=tmp_path)  # another window has the other file open
    assert elsewhere.acquire()
    with qtbot.waitSignal(elsewhere.activate_requested, timeout=5000):  # "come forward"
        assert window.open_database(other_path) is False
    assert Path(window.ctx.db_path) == db_path
    assert presenter.messages[-1].title == "Chương trình đang mở"
    assert SingleInstance(db_path, lock_dir=tmp_path).acquire() is False  # still this window's

    elsewhere.release()
    assert window.open_database(other_path) is True
    assert Path(window.ctx.db_path) == other_path
    assert SingleInstance(other_path, lock_dir=tmp_path).acquire() is False  # now this window's
    left_behind = SingleInstance(db_path, lock_dir=tmp_path)
    assert left_behind.acquire()  # released when the window moved on
    left_behind.release()
    window.release_instance()
