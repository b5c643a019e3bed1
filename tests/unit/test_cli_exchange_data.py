"""``secretary-app exchange export / import / status`` on two database files, with real signed packets."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from secretary_app.domain import models as m
from secretary_app.services.context import open_context
from tests.unit.exchange_helpers import task
from tests.unit.test_cli import run


def _paired(tmp_path: Path) -> tuple[Path, Path, str]:
    head_db, bureau_db = tmp_path / "head.sqlite", tmp_path / "bureau.sqlite"
    head = open_context(head_db, create=True)
    bureau = open_context(bureau_db, create=True)
    try:
        unit = head.units.save(m.Unit(name="Cơ quan thường trú miền Trung", short_name="CQTT MT"))
        other = head.units.save(m.Unit(name="Cơ quan thường trú miền Nam"))
        head.sites.this_site("Văn phòng Đảng ủy")
        head.sites.pair(bureau.sites.write_identity(tmp_path / "bureau.id", "CQTT miền Trung"), unit=unit.id)
        bureau.sites.pair(head.sites.write_identity(tmp_path / "head.id"))
        mine = task(head, "Báo cáo tình hình bão lũ miền Trung", unit)
        task(head, "Việc của miền Nam", other)
    finally:
        head.close()
        bureau.close()
    return head_db, bureau_db, mine.uuid


def test_export_import_status_round_trip(tmp_path: Path) -> None:
    head_db, bureau_db, uuid = _paired(tmp_path)
    packet = tmp_path / "goi-1.tkgoi"
    out = run(
        "--db",
        str(head_db),
        "exchange",
        "export",
        "--to",
        "CQTT miền Trung",
        "-o",
        str(packet),
        data_dir=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    assert "Đã xuất gói số 1" in out.stdout and "1 nhiệm vụ" in out.stdout
    preview = run("--db", str(bureau_db), "exchange", "import", "--preview", str(packet), data_dir=tmp_path)
    assert preview.returncode == 0 and "Sẽ nhận từ Văn phòng Đảng ủy: 1 nhiệm vụ" in preview.stdout
    got = run("--db", str(bureau_db), "exchange", "import", str(packet), data_dir=tmp_path)
    assert got.returncode == 0, got.stderr
    assert "Đã nhận từ Văn phòng Đảng ủy" in got.stdout
    again = run("--db", str(bureau_db), "exchange", "import", str(packet), data_dir=tmp_path)
    assert again.returncode == 0 and "đã được nhận trước đây" in again.stdout
    bureau = open_context(bureau_db)
    try:
        assert [d.uuid for d in bureau.directives.list_directives()] == [uuid]
    finally:
        bureau.close()
    status = run("--db", str(head_db), "exchange", "status", "--format", "json", data_dir=tmp_path)
    assert status.returncode == 0, status.stderr
    (site,) = json.loads(status.stdout)["sites"]
    assert (site["name"], site["last_sent"], site["acked"], site["waiting"]) == ("CQTT miền Trung", 1, 0, 1)


def test_an_altered_packet_is_refused_with_exit_2_and_nothing_changes(tmp_path: Path) -> None:
    head_db, bureau_db, _uuid = _paired(tmp_path)
    packet = tmp_path / "goi-1.tkgoi"
    out = run(
        "--db",
        str(head_db),
        "exchange",
        "export",
        "--to",
        "cqtt mien trung",
        "-o",
        str(packet),
        data_dir=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    altered = tmp_path / "altered.tkgoi"
    with zipfile.ZipFile(packet) as source, zipfile.ZipFile(altered, "w") as target:
        for info in source.infolist():  # every member copied, one changeset edited
            data = source.read(info)
            if info.filename.endswith(".bin"):
                data = data.replace("bão lũ".encode(), "BÃO LŨ".encode())
            target.writestr(info, data)
    packet = altered
    got = run("--db", str(bureau_db), "exchange", "import", str(packet), data_dir=tmp_path)
    assert got.returncode == 2 and got.stderr.strip() and "không" in got.stderr.lower()
    bureau = open_context(bureau_db)
    try:
        assert bureau.directives.list_directives() == [] and bureau.exchange.history() == []
    finally:
        bureau.close()
    wrong = run(
        "--db",
        str(head_db),
        "exchange",
        "export",
        "--to",
        "Không có",
        "-o",
        str(tmp_path / "x"),
        data_dir=tmp_path,
    )
    assert wrong.returncode == 2 and "Không có đơn vị ghép nối" in wrong.stderr
    assert not (tmp_path / "x").exists()
