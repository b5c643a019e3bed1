"""What a print batch holds: a meeting's records, a year's minutes, the register's documents."""

from __future__ import annotations

from datetime import datetime

import pytest

from secretary_app.domain import models as m
from secretary_app.domain.errors import NotFoundError
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.print_batches import BatchError, meeting_batch, minutes_batch, register_batch


@pytest.fixture
def ctx(tmp_path):
    context = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    yield context
    context.close()


def test_meeting_batch_is_its_minutes_then_its_documents(ctx):
    batch = meeting_batch(ctx, 1)
    assert [d.kind for d in batch.documents] == ["minutes", "notice"]
    assert batch.title.startswith("Văn bản cuộc họp 12/10/2021 Hội nghị giao ban")
    assert batch.labels[1].startswith("239-TB/ĐU")
    with pytest.raises(NotFoundError):
        meeting_batch(ctx, 999)


def test_a_meeting_without_minutes_prints_no_empty_minutes(ctx):
    meeting = ctx.meetings.create(
        m.Meeting(
            title="Họp chưa ghi biên bản", kind="Hội nghị giao ban cấp ủy", start=datetime(2021, 11, 2, 8)
        )
    )
    assert len(meeting_batch(ctx, meeting.id)) == 0
    assert [d.kind for d in minutes_batch(ctx, 2021).documents] == ["minutes"]  # the demo meeting's only


def test_year_and_register_batches(ctx):
    minutes = minutes_batch(ctx, 2021)
    assert minutes.title == "Biên bản các cuộc họp năm 2021: 1 biên bản"
    assert len(minutes_batch(ctx, 2020)) == 0
    with pytest.raises(BatchError) as refused:
        minutes_batch(ctx, 1800)
    assert "1800" in refused.value.message
    register = register_batch(ctx, 2021)
    assert register.title == "Sổ văn bản đi năm 2021: 1 văn bản" and register.documents[0].number == 239
    assert len(register_batch(ctx, 2022)) == 0
