import os
import stat

import pytest

from secretary_app import fileio
from secretary_app.fileio import atomic_write_bytes


def test_written_file_is_shareable_and_complete(tmp_path):
    target = atomic_write_bytes(tmp_path / "báo cáo.pdf", b"%PDF-1.4 ...")
    assert target.read_bytes() == b"%PDF-1.4 ..."
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode == 0o666 & ~fileio._umask() and mode & stat.S_IRGRP  # not the temp file's private 0600
    assert [p.name for p in tmp_path.iterdir()] == ["báo cáo.pdf"]


def test_a_failed_write_leaves_neither_file_nor_temp(tmp_path, monkeypatch):
    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        atomic_write_bytes(tmp_path / "x.csv", b"a;b\n")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "x.csv"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", lambda *_a: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["x.csv"]
