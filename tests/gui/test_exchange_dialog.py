"""Dữ liệu ▸ Trao đổi với đơn vị (issue 16): pairing in the dialog, "Xuất gói" to a folder in the background,
"Nhận gói" showing what will change before applying it, a refused packet told in Vietnamese with nothing
changed, a conflict resolved side by side, the packet history, and the board naming the site that last changed
a task."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from secretary_app.domain import models as m
from secretary_app.gui.exchange.dialog import ExchangeDialog
from secretary_app.gui.exchange.menu import install_exchange
from secretary_app.gui.exchange.packets import PreviewDialog
from secretary_app.gui.exchange.pair_dialog import PairDialog
from secretary_app.gui.shared.messages import Level
from secretary_app.gui.shared.tasks import wait_for_tasks
from secretary_app.services.context import open_context
from tests.gui.helpers import type_text


@pytest.fixture
def bureau(tmp_path: Path):
    ctx = open_context(tmp_path / "bureau.sqlite", create=True)
    ctx.sites.this_site("CQTT miền Trung")
    yield ctx
    ctx.close()


@pytest.fixture
def head(window, tmp_path: Path):
    ctx = window.ctx
    ctx.sites.this_site("Văn phòng Đảng ủy")
    ctx.units.save(m.Unit(name="Cơ quan thường trú miền Trung", short_name="CQTT MT"))
    return ctx


def _unit(ctx, name: str) -> m.Unit:
    return next(u for u in ctx.units.list_units() if u.name == name)


def _pair_both(head, bureau, tmp_path: Path) -> None:
    head.sites.pair(bureau.sites.write_identity(tmp_path / "bureau.tkdd"), unit="CQTT MT")
    bureau.sites.pair(head.sites.write_identity(tmp_path / "head.tkdd"))


def _task(ctx, content: str, unit: m.Unit) -> m.Directive:
    return ctx.directives.save(m.Directive(content=content, lead_unit_id=unit.id, deadline=date(2027, 3, 31)))


def _wait(qtbot, work) -> None:
    qtbot.waitUntil(lambda: not work.busy, timeout=30_000)
    wait_for_tasks()


def _export(qtbot, dialog: ExchangeDialog, presenter, folder: Path) -> Path:
    before = set(folder.glob("*.tkgoi"))
    presenter.directory_paths.append(folder)
    assert dialog.packets.export_packet() is not None
    _wait(qtbot, dialog.packets)
    [packet] = set(folder.glob("*.tkgoi")) - before
    return packet


def _import(qtbot, dialog: ExchangeDialog, presenter, packet: Path) -> PreviewDialog:
    presenter.open_paths.append(packet)
    dialog.packets.import_packet()
    _wait(qtbot, dialog.packets)
    preview = presenter.dialogs[-1]
    assert isinstance(preview, PreviewDialog)  # shown before anything is applied (the test answers Cancel)
    dialog.packets.apply_packet(packet)
    _wait(qtbot, dialog.packets)
    return preview


def test_the_menu_item_opens_the_exchange_dialog(window, head, presenter) -> None:
    from secretary_app.gui.data_safety.backup_dialogs import install_data_safety

    safety = install_data_safety(window, daily=False)
    install_exchange(window)
    assert window.ui.actionExchange in safety.menu.actions()
    window.ui.actionExchange.trigger()
    dialog = presenter.dialogs[-1]
    assert isinstance(dialog, ExchangeDialog)
    assert dialog.ui.siteNameEdit.text() == "Văn phòng Đảng ủy"
    assert head.sites.this_site().fingerprint in dialog.ui.fingerprintLabel.text()
    assert dialog.ui.noSitesLabel.isVisibleTo(dialog)


def test_pairing_asks_for_the_spoken_fingerprint(qtbot, head, bureau, presenter, tmp_path: Path) -> None:
    dialog = ExchangeDialog(head)
    qtbot.addWidget(dialog)
    identity = bureau.sites.write_identity(tmp_path / "bureau.tkdd")
    presenter.open_paths.append(identity)
    dialog.pair()
    pair = presenter.dialogs[-1]
    assert isinstance(pair, PairDialog) and pair.ui.nameValue.text() == "CQTT miền Trung"
    assert not pair.pair() and "Hãy nhập mã" in pair.ui.errorLabel.text()
    type_text(pair.ui.spokenEdit, "AAAA-BBBB-CCCC-DDDD")
    assert not pair.pair() and "không khớp" in pair.ui.errorLabel.text()
    assert head.sites.paired_sites() == []
    pair.ui.spokenEdit.clear()
    type_text(pair.ui.spokenEdit, bureau.sites.this_site().fingerprint.lower())
    pair.ui.unitCombo.setCurrentIndex(pair.ui.unitCombo.findText("Cơ quan thường trú miền Trung"))
    assert pair.pair()
    [site] = head.sites.paired_sites()
    assert site.unit_name == "Cơ quan thường trú miền Trung"
    dialog.reload()
    table = dialog.ui.sitesTable
    assert table.rowCount() == 1 and table.item(0, 0).text() == "CQTT miền Trung"
    assert table.item(0, 2).text() == "Cơ quan thường trú miền Trung"


def test_tasks_go_down_and_progress_comes_back(
    qtbot, window, head, bureau, presenter, tmp_path: Path
) -> None:
    _pair_both(head, bureau, tmp_path)
    unit = _unit(head, "Cơ quan thường trú miền Trung")
    done = _task(head, "Đẩy mạnh thông tin đối ngoại miền Trung", unit)
    going = _task(head, "Tổ chức hội nghị cộng tác viên", unit)
    down = ExchangeDialog(head)
    qtbot.addWidget(down)
    assert down.ui.sitesTable.item(0, 4).text() != "không có"  # something waits to be sent
    folder = tmp_path / "usb"
    folder.mkdir()
    packet = _export(qtbot, down, presenter, folder)
    assert "Đã xuất gói số 1" in down.ui.statusLabel.text() and down.ui.progressBar.isHidden()

    up = ExchangeDialog(bureau)
    qtbot.addWidget(up)
    preview = _import(qtbot, up, presenter, packet)
    assert "Gói số 1 từ Văn phòng Đảng ủy" in preview.ui.headerLabel.text()
    assert preview.ui.changesTable.rowCount() >= 1 and preview.ui.applyButton.isEnabled()
    assert up.ui.historyTable.rowCount() == 1 and up.ui.historyTable.item(0, 1).text() == "Nhận về"
    theirs = {d.uuid: d for d in bureau.directives.list_directives()}
    ticked = theirs[done.uuid]
    ticked.status, ticked.completed_on, ticked.result = m.DirectiveStatus.DONE, date(2026, 12, 5), "Đã xong"
    bureau.directives.save(ticked)
    noted = theirs[going.uuid]
    noted.notes.append(m.ProgressNote(date(2026, 12, 4), "Đã gửi giấy mời"))
    bureau.directives.save(noted)

    back = _export(qtbot, up, presenter, folder)
    _import(qtbot, down, presenter, back)
    assert head.directives.get(done.id).status == m.DirectiveStatus.DONE
    assert [n.text for n in head.directives.get(going.id).notes] == ["Đã gửi giấy mời"]
    # The board names the site that last changed the open task.
    from secretary_app.gui.shell.main_window import PAGE_DIRECTIVES

    window.show_page(PAGE_DIRECTIVES)
    page = window.directives_page
    page.reload()
    model = page.model
    site_column = model.COLUMNS.index("site")
    assert not page.ui.tableView.isColumnHidden(site_column)
    assert model.index(model.row_of(going.id), site_column).data() == "CQTT miền Trung"


def test_a_refused_packet_is_told_and_changes_nothing(qtbot, head, bureau, presenter, tmp_path: Path) -> None:
    _pair_both(head, bureau, tmp_path)
    _task(head, "Việc cho miền Trung", _unit(head, "Cơ quan thường trú miền Trung"))
    down = ExchangeDialog(head)
    qtbot.addWidget(down)
    packet = _export(qtbot, down, presenter, tmp_path)
    tampered = tmp_path / "tampered.tkgoi"
    with zipfile.ZipFile(packet) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data + b"x" if info.filename.startswith("parts/changesets") else data)
    up = ExchangeDialog(bureau)
    qtbot.addWidget(up)
    presenter.open_paths.append(tampered)
    up.packets.import_packet()
    _wait(qtbot, up.packets)
    refusal = presenter.messages[-1]
    assert (
        refusal.level == Level.WARNING and "đã bị thay đổi" in refusal.text and "Chưa nhập gì" in refusal.text
    )
    assert bureau.directives.list_directives() == [] and bureau.exchange.history() == []
    assert up.ui.importButton.isEnabled()


def test_a_conflict_is_shown_side_by_side_and_resolved(
    qtbot, head, bureau, presenter, tmp_path: Path
) -> None:
    _pair_both(head, bureau, tmp_path)
    task = _task(head, "Việc cho miền Trung", _unit(head, "Cơ quan thường trú miền Trung"))
    down, up = ExchangeDialog(head), ExchangeDialog(bureau)
    qtbot.addWidget(down)
    qtbot.addWidget(up)
    _import(qtbot, up, presenter, _export(qtbot, down, presenter, tmp_path))
    theirs = next(d for d in bureau.directives.list_directives() if d.uuid == task.uuid)
    theirs.result = "Bản của cơ quan thường trú"
    bureau.directives.save(theirs)
    ours = head.directives.get(task.id)
    ours.result = "Bản của văn phòng"
    head.directives.save(ours)
    _import(qtbot, down, presenter, _export(qtbot, up, presenter, tmp_path))
    assert down.ui.tabs.currentWidget() is down.ui.conflictsTab
    table = down.ui.conflictsTable
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == [
        "Việc cho miền Trung",
        "Kết quả",
        "Bản của văn phòng",
        "Bản của cơ quan thường trú",
    ]
    assert head.directives.get(task.id).result == "Bản của văn phòng"  # both kept until the secretary chooses
    down.ui.takeTheirsButton.click()
    assert head.directives.get(task.id).result == "Bản của cơ quan thường trú"
    assert table.rowCount() == 0 and head.exchange.list_conflicts() == []
