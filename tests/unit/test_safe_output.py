"""Issue 17, output half: every writer writes a whole file or none, never removes what it did not create,
never replaces its own input, and turns every OS error into a Vietnamese message with exit code 2 — no
traceback."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil

import pytest
from render_helpers import SEED_JSON

from secretary_app import cli, fileio
from secretary_app.domain.errors import DiskFullError, ReadOnlyStorageError, StorageError
from secretary_app.fileio import atomic_write_bytes
from secretary_app.services.archive import ArchiveError, export_year, verify_archive
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database


def main(capsys, *args) -> tuple[int, str]:
    """The CLI in-process (so OS failures can be injected); returns (exit code, stderr)."""
    code = cli.main(list(args))
    return code, capsys.readouterr().err


def only(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def demo_db(tmp_path):
    return ensure_demo_database(tmp_path / "db" / "cap-uy.sqlite")


# -- render ------------------------------------------------------------------------------------------------


def test_render_refuses_to_replace_its_own_input(tmp_path, capsys):
    src = tmp_path / "in.pdf"  # a JSON document that happens to carry a .pdf name
    shutil.copy(SEED_JSON, src)
    before = src.read_bytes()
    code, err = main(capsys, "render", str(src), "-o", str(src))
    assert code == 2 and "trùng với tệp đầu vào" in err
    assert src.read_bytes() == before
    link = tmp_path / "link.pdf"  # the same file under another name
    link.symlink_to(src)
    code, err = main(capsys, "render", str(src), "-o", str(tmp_path / "." / "link.pdf"))
    assert code == 2 and src.read_bytes() == before and only(tmp_path) == ["in.pdf", "link.pdf"]


@pytest.mark.parametrize(
    "target, expected",
    [
        ("missing/out.pdf", "không tồn tại"),
        ("a-folder.pdf", "là một thư mục"),
        ("a-file/out.pdf", "không phải là thư mục"),
        ("x" * 300 + ".pdf", "quá dài"),
    ],
)
def test_render_to_an_impossible_path_is_a_message_not_a_traceback(tmp_path, capsys, target, expected):
    (tmp_path / "a-folder.pdf").mkdir()
    (tmp_path / "a-file").write_text("keep me")
    code, err = main(capsys, "render", str(SEED_JSON), "-o", str(tmp_path / target))
    assert code == 2 and expected in err and "Traceback" not in err
    assert only(tmp_path) == ["a-file", "a-folder.pdf"] and list((tmp_path / "a-folder.pdf").iterdir()) == []
    assert (tmp_path / "a-file").read_text() == "keep me"


def test_a_long_but_valid_name_is_written(tmp_path):
    """The temp name must fit wherever the final name fits (a 250-byte name broke mkstemp's longer name)."""
    name = "b" * 246 + ".pdf"
    assert atomic_write_bytes(tmp_path / name, b"%PDF-") and only(tmp_path) == [name]


@pytest.mark.parametrize(
    "err, kind, words",
    [
        (errno.ENOSPC, DiskFullError, "đã đầy"),
        (errno.EROFS, ReadOnlyStorageError, "chỉ đọc"),
        (errno.EACCES, ReadOnlyStorageError, "không có quyền"),
        (errno.EIO, StorageError, "Lỗi đọc/ghi"),
    ],
)
def test_os_failures_mid_write_leave_no_file_and_say_why(tmp_path, capsys, monkeypatch, err, kind, words):
    out = tmp_path / "out.docx"
    out.write_bytes(b"the old export")

    def fail(*_args):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(kind) as info:
        atomic_write_bytes(out, b"new")
    assert words in info.value.message
    code, message = main(capsys, "render", str(SEED_JSON), "-o", str(out))
    assert code == 2 and words in message
    assert out.read_bytes() == b"the old export" and only(tmp_path) == ["out.docx"]


def test_permission_denied_on_the_folder(tmp_path, capsys, monkeypatch):
    def denied(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fileio, "_create_temp", denied)
    code, err = main(capsys, "render", str(SEED_JSON), "-o", str(tmp_path / "out.pdf"))
    assert code == 2 and "không có quyền" in err and only(tmp_path) == []


def test_output_errors_are_storage_errors_the_gui_shows():
    from secretary_app.domain.errors import OutputError

    error = fileio.output_error(IsADirectoryError(errno.EISDIR, "Is a directory"), "/tmp")
    assert isinstance(error, OutputError) and isinstance(error, StorageError) and error.message


# -- archive -----------------------------------------------------------------------------------------------


def test_archive_never_removes_a_users_folder_named_like_its_work_folder(tmp_path, demo_db, capsys):
    users = tmp_path / "out.part"
    users.mkdir()
    (users / "thesis.docx").write_text("years of work")
    code, err = main(capsys, "--db", str(demo_db), "archive", "--year", "2021", "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert (users / "thesis.docx").read_text() == "years of work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db", "out", "out.part"]
    assert verify_archive(tmp_path / "out") == []


def test_a_failed_archive_removes_only_its_own_work_folder(tmp_path, demo_db, monkeypatch):

    (tmp_path / "out.part").mkdir()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full)
    ctx = open_context(demo_db)
    try:
        with pytest.raises(DiskFullError):
            export_year(ctx, 2021, tmp_path / "out")
    finally:
        ctx.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db", "out.part"]


@pytest.mark.parametrize("year", ["0", "-5", "9999"])
def test_archive_of_an_impossible_year_is_refused(tmp_path, demo_db, capsys, year):
    code, err = main(capsys, "--db", str(demo_db), "archive", "--year", year, "-o", str(tmp_path / "out"))
    assert code == 2 and "không hợp lệ" in err
    assert only(tmp_path) == ["db"]


def test_archive_year_rule():
    with pytest.raises(ArchiveError):
        from secretary_app.services.archive import check_year

        check_year(1929)


# -- verify-archive ----------------------------------------------------------------------------------------


@pytest.fixture
def archive(tmp_path, demo_db):
    ctx = open_context(demo_db)
    try:
        export_year(ctx, 2021, tmp_path / "ho-so")
    finally:
        ctx.close()
    return tmp_path / "ho-so"


def _tamper(folder, change) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    change(manifest)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("how", ["absolute", "dotdot"])
def test_verify_archive_never_follows_a_path_out_of_the_folder(tmp_path, archive, capsys, how):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"outside the archive")
    digest = hashlib.sha256(secret.read_bytes()).hexdigest()
    entry = {"file": str(secret) if how == "absolute" else "../secret.txt", "size": 19, "sha256": digest}
    _tamper(archive, lambda m: m["files"].append(entry))
    problems = verify_archive(archive)
    assert problems and "không hợp lệ" in problems[0]
    code, err = main(capsys, "verify-archive", str(archive))
    assert code == 1 and "không hợp lệ" in err


def test_verify_archive_gives_messages_for_odd_inputs(tmp_path, archive, capsys):
    _tamper(archive, lambda m: m["files"].append({"file": 42, "size": 1, "sha256": "x"}))
    assert "không hợp lệ" in verify_archive(archive)[0]
    _tamper(archive, lambda m: m.update(files=[["not", "a", "dict"]]))
    assert "không phải là một đối tượng" in verify_archive(archive)[0]
    (archive / "manifest.json").unlink()
    (archive / "manifest.json").mkdir()
    assert "Không đọc được" in verify_archive(archive)[0]
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert "không phải là thư mục" in verify_archive(a_file)[0]
    for folder in (a_file, archive, tmp_path / "none"):
        code, err = main(capsys, "verify-archive", str(folder))
        assert code == 1 and err and "Traceback" not in err
