from secretary_app.domain.meeting_templates import TEMPLATES, prefilled_agenda, prefilled_title, template_for


def test_templates_prefill_agenda_and_title_with_the_month():
    template = template_for("Sinh hoạt chi bộ thường kỳ")
    agenda = prefilled_agenda(template, 3, 2024)
    assert agenda[0].title.startswith("Tuyên bố lý do")
    assert "tháng 3" in agenda[3].title and agenda[-1].title == "Thông qua biên bản"
    assert len({a.uuid for a in agenda}) == len(agenda)
    assert prefilled_title(template, 3, 2024) == "Sinh hoạt chi bộ định kỳ tháng 3 năm 2024"


def test_every_kind_is_unique_and_other_has_no_agenda():
    kinds = [t.kind for t in TEMPLATES]
    assert len(kinds) == len(set(kinds))
    assert prefilled_agenda(template_for("Cuộc họp khác"), 1, 2025) == []
    assert template_for("không có") is None
