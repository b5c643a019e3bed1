import os
import stat

import pytest

from secretary_app.domain.errors import DiskFullError, MediaRemovedError
from secretary_app.fileio import atomic_write_bytes


def test_written_file_is_shareable_and_complete(tmp_path):
    (tmp_path / "plain").mkdir()
    plain = tmp_path / "plain" / "ordinary.pdf"
    plain.write_bytes(b"")  # what an ordinary new file gets under this process's umask
    target = atomic_write_bytes(tmp_path / "báo cáo.pdf", b"%PDF-1.4 ...")
    assert target.read_bytes() == b"%PDF-1.4 ..."
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode == stat.S_IMODE(plain.stat().st_mode)
    if os.name == "posix":
        assert mode & stat.S_IRGRP  # not a temp file's private 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["báo cáo.pdf", "plain"]


def test_writing_never_touches_the_process_umask(tmp_path, monkeypatch):
    """os.umask can only be read by setting it: for that moment every file another thread creates (a
    backup, a log line's rotation, a rendered PDF) would get the wrong permissions."""

    def forbidden(*_args):
        raise AssertionError("atomic_write_bytes changed the process umask")

    monkeypatch.setattr(os, "umask", forbidden)
    target = atomic_write_bytes(tmp_path / "x.csv", b"a;b\n")
    assert target.read_bytes() == b"a;b\n"


def test_a_failed_write_leaves_neither_file_nor_temp(tmp_path, monkeypatch):
    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(DiskFullError):
        atomic_write_bytes(tmp_path / "x.csv", b"a;b\n")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "x.csv"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", lambda *_a: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(MediaRemovedError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["x.csv"]
