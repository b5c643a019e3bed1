"""Search: folding (đ→d, diacritics, case), ranking, highlight ranges on the original text, and the index
kept in step with every save and delete."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secretary_app.db import records
from secretary_app.db import search as index
from secretary_app.db.connection import connect
from secretary_app.db.schema import migrations
from secretary_app.domain import models as m
from secretary_app.services.context import open_context
from secretary_app.services.search import SearchService, highlight_html, match_ranges


@pytest.fixture
def ctx(tmp_path):
    context = open_context(tmp_path / "search.sqlite", create=True)
    yield context
    context.close()


@pytest.fixture
def service(ctx):
    return SearchService(ctx.store)


def _directive(ctx, content: str, heading: str = "", **kw) -> m.Directive:
    return ctx.directives.save(m.Directive(content=content, heading=heading, **kw))


def _found(service, query: str, kind: str | None = None) -> list[int]:
    return [h.record_id for h in service.search(query) if kind is None or h.kind == kind]


def test_folding_finds_accented_and_unaccented_text_both_ways(ctx, service):
    accented = _directive(ctx, "Đảng ủy chỉ đạo tổng kết công tác").id
    plain = _directive(ctx, "dang uy chi dao so ket").id  # typed without a Vietnamese keyboard
    _directive(ctx, "Ban Tuyên giáo chuẩn bị hội nghị")
    for query in ("dang uy", "Đảng ủy", "ĐẢNG ỦY", "DANG UY", "đang uy", "Dang Uy"):
        assert sorted(_found(service, query)) == sorted([accented, plain]), query
    assert _found(service, "tong ket") == [accented]
    assert _found(service, "Đ") == _found(service, "d")  # the last word is a prefix: "d…" words


def test_every_word_is_required_and_the_last_is_a_prefix(ctx, service):
    a = _directive(ctx, "Tổ chức hội nghị tập huấn nghiệp vụ").id
    b = _directive(ctx, "Tổ chức đại hội chi bộ").id
    assert sorted(_found(service, "to chuc")) == sorted([a, b])
    assert _found(service, "to chuc hoi ngh") == [a]
    assert _found(service, "hoi nghi tap") == [a]
    assert _found(service, "hoi ngh tap") == []  # only the last word may be unfinished


@pytest.mark.parametrize("query", ["", "   ", '"', "- * ( )", "AND", 'NEAR("x")', "a OR"])
def test_query_syntax_is_never_interpreted(ctx, service, query):
    _directive(ctx, "Và hoặc không: AND OR NOT NEAR")
    service.search(query)  # no exception, whatever the user types


def test_ranking_prefers_title_hits_and_more_matches(ctx, service):
    body_only = _directive(ctx, "Tổ chức hội nghị", heading="Về công tác kiểm tra").id
    in_title = _directive(ctx, "Hoàn thành công tác kiểm tra năm 2021").id
    twice = _directive(ctx, "Kiểm tra, giám sát và kiểm tra lại việc kiểm tra").id
    assert _found(service, "kiem tra") == [twice, in_title, body_only]
    scores = [h.score for h in service.search("kiem tra")]
    assert scores == sorted(scores, reverse=True)


def test_common_words_are_ranked_among_the_newest_matches(ctx, service, monkeypatch):
    ids = [_directive(ctx, f"Kiểm tra công tác lần {i}").id for i in range(6)]
    monkeypatch.setattr(index, "RANK_WINDOW", 3)
    assert sorted(_found(service, "kiem tra")) == ids[-3:]


def test_limit(ctx, service):
    for i in range(12):
        _directive(ctx, f"Nhiệm vụ số {i} về công tác tuyên giáo")
    assert len(service.search("tuyen giao", limit=5)) == 5


def test_highlight_ranges_point_into_the_original_text(ctx, service):
    _directive(ctx, "Ban Thường vụ Đảng ủy chỉ đạo các chi bộ, đảng viên")
    hit = service.search("dang uy")[0]
    marked = [hit.title[a:b] for a, b in hit.title_ranges]
    assert marked == ["Đảng", "ủy", "đảng"]  # "uy" is a prefix: "ủy" only, "đảng viên" via "dang"
    assert hit.title_html == "Ban Thường vụ <b>Đảng</b> <b>ủy</b> chỉ đạo các chi bộ, <b>đảng</b> viên"


def test_highlight_prefix_and_whole_words():
    text = "Thông tin, thông tấn, tính chủ động"
    assert [text[a:b] for a, b in match_ranges(text, ["thong", "tin"])] == ["Thông", "tin", "thông", "tín"]
    # non-last words match whole words only, as the index does
    assert [text[a:b] for a, b in match_ranges(text, ["thon", "x"])] == []


def test_highlight_html_escapes():
    assert highlight_html("a <b> & Đảng", ((8, 12),)) == "a &lt;b&gt; &amp; <b>Đảng</b>"


def test_snippet_is_a_window_around_the_match_with_ranges_on_original_text(ctx, service):
    filler = "Các đơn vị tiếp tục thực hiện nhiệm vụ được giao theo kế hoạch. " * 8
    meeting = m.Meeting(title="Giao ban tháng 11", kind="Hội nghị giao ban", start=datetime(2021, 11, 5, 8))
    meeting.minutes.append(
        m.MinutesEntry(
            m.MinutesEntryKind.OPINION,
            filler + "Đề nghị Ủy ban Kiểm tra Đảng ủy rà soát. " + filler,
            "Lê Thị Hoa",
        )
    )
    ctx.meetings.create(meeting)
    hit = service.search("uy ban kiem tra")[0]
    assert hit.kind == "minutes" and hit.kind_label == "Biên bản"
    assert hit.parent_id == meeting.id and hit.context == "Giao ban tháng 11"
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 185
    assert [hit.snippet[a:b] for a, b in hit.snippet_ranges] == ["Ủy", "ban", "Kiểm", "tra", "ủy"]


def test_all_four_kinds_are_indexed(ctx, service):
    meeting = m.Meeting(
        title="Hội nghị Ban Chấp hành mở rộng",
        kind="Hội nghị thường kỳ",
        start=datetime(2021, 10, 12, 8),
        place="Số 5 Lý Thường Kiệt",
        chair="Nguyễn Tuấn Hùng",
        minutes=[m.MinutesEntry(m.MinutesEntryKind.REPORT, "Báo cáo công tác quý III", "Đỗ Thị Trang")],
    )
    ctx.meetings.create(meeting)
    document = ctx.store.save_document(  # a document as stored, whatever its state: the index's input
        m.StoredDocument(
            kind=m.DocumentKind.NOTICE,
            standard=m.Standard.PARTY,
            type_code="TB",
            subject="Kết luận hội nghị giao ban",
            number=239,
            doc_date=date(2021, 10, 12),
            content={
                "title": "THÔNG BÁO",
                "body": [{"type": "item", "text": "Tăng cường phòng chống dịch COVID-19"}],
            },
        )
    )
    directive = _directive(
        ctx, "Rà soát quy hoạch cán bộ", result="Đã trình Ban Thường vụ", document_id=document.id
    )
    assert _found(service, "ly thuong kiet", "meeting") == [meeting.id]
    assert _found(service, "tuan hung", "meeting") == [meeting.id]
    assert _found(service, "do thi trang", "minutes") == [meeting.minutes[0].id]
    assert _found(service, "quy iii", "minutes") == [meeting.minutes[0].id]
    assert _found(service, "covid") == [document.id]  # the document's full text, not only its subject
    assert _found(service, "239 TB", "document") == [document.id]  # its number and type code
    assert _found(service, "trinh ban thuong vu", "directive") == [directive.id]  # the directive's result
    assert service.search("ra soat")[0].parent_id == document.id
    assert {h.kind for h in service.search("hoi nghi", limit=50)} == {"meeting", "document"}
    assert [h.kind for h in service.search("hoi nghi", kinds={"document"})] == ["document"]


def test_index_follows_updates_and_deletes(ctx, service):
    directive = _directive(ctx, "Chuẩn bị đại hội chi bộ")
    directive.content = "Chuẩn bị hội nghị sơ kết"
    ctx.directives.save(directive)
    assert _found(service, "dai hoi") == []
    assert _found(service, "so ket") == [directive.id]

    meeting = m.Meeting(
        title="Sinh hoạt chi bộ tháng 12", kind="Sinh hoạt chi bộ", start=datetime(2021, 12, 3, 14)
    )
    meeting.minutes = [
        m.MinutesEntry(
            m.MinutesEntryKind.OPINION, "Ý kiến về công tác phát triển đảng viên", "Phạm Quốc Dũng"
        ),
        m.MinutesEntry(m.MinutesEntryKind.CONCLUSION, "Kết luận về công tác thu đảng phí"),
    ]
    ctx.meetings.create(meeting)
    assert len(_found(service, "dang", "minutes")) == 2
    del meeting.minutes[0]  # an entry removed while editing the minutes
    ctx.minutes.save_entries(meeting.id, meeting.minutes)
    assert _found(service, "phat trien") == []
    assert _found(service, "dang phi") == [meeting.minutes[0].id]

    document = ctx.store.save_document(
        m.StoredDocument(
            kind=m.DocumentKind.NOTICE, standard=m.Standard.PARTY, type_code="TB", subject="Thông báo"
        )
    )
    linked = _directive(ctx, "Thu đảng phí năm 2022", document_id=document.id)
    ctx.meetings.delete(meeting.id)  # to the recycle bin: its minutes leave the index with it
    assert _found(service, "sinh hoat") == []
    assert _found(service, "dang phi") == [linked.id]
    ctx.store.delete(records.DOCUMENT, document.id)
    assert service.search("thu dang phi")[0].parent_id is None  # ON DELETE SET NULL, mirrored
    rows = ctx.store.db.execute(f"SELECT count(*) FROM {index.TABLE}").fetchone()[0]
    assert rows == 2  # the two directives; nothing left behind


def test_index_write_is_part_of_the_record_transaction(ctx, service):
    with pytest.raises(RuntimeError), ctx.store.transaction():
        _directive(ctx, "Nhiệm vụ bị hủy giữa chừng")
        raise RuntimeError("power cut")
    assert _found(service, "giua chung") == []


def test_migration_indexes_records_stored_before_it(tmp_path):
    path = tmp_path / "old.sqlite"
    db = connect(path)
    migrations.apply(db, stop_before="0003_search")  # a file from before search existed
    now = "2021-10-12T08:00:00"
    common = {"created_at": now, "updated_at": now}
    db["meetings"].insert(
        {"uuid": "m1", "title": "Hội nghị Đảng ủy", "kind": "Giao ban", "start": now, **common}
    )
    db["directives"].insert({"uuid": "d1", "content": "Đẩy mạnh học tập và làm theo tư tưởng", **common})
    db.conn.close()
    ctx = open_context(path, create=True)
    try:
        found = SearchService(ctx.store).search("day manh hoc tap")
        assert [(h.kind, h.title) for h in found] == [("directive", "Đẩy mạnh học tập và làm theo tư tưởng")]
        assert SearchService(ctx.store).search("dang uy")[0].kind == "meeting"
    finally:
        ctx.close()


def test_demo_notice_is_searchable(tmp_path):
    from secretary_app.services.demo import ensure_demo_database

    ctx = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    try:
        hits = SearchService(ctx.store).search("ly thuong kiet")
        assert {h.kind for h in hits} == {"meeting", "document"}
        assert SearchService(ctx.store).search("239")[0].kind == "document"
    finally:
        ctx.close()
