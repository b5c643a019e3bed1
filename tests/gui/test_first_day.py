"""Issue 11 item 5: on a new database the home screen lists the first-day steps (profile, people, units, first
meeting), each with a button to where it is done; each is ticked as it is done, and the block goes once all
are. The demo database, with everything set up, never shows it."""

from __future__ import annotations

from datetime import datetime

from gui.demo_window import close_window, open_demo_window
from secretary_app.domain import models as m
from secretary_app.gui.meetings.meeting_dialog import MeetingDialog
from secretary_app.gui.shell.main_window import (
    PAGE_MEETINGS,
    PAGE_OVERVIEW,
    PAGE_PEOPLE,
    PAGE_SETTINGS,
    PAGE_UNITS,
)


def _open_steps(home) -> list[str]:
    """The steps still to do: those whose button shows."""
    return [step for step, (_label, button) in home.first_day_steps.items() if button.isVisibleTo(home)]


def test_new_database_shows_the_checklist_and_ticks_each_step(window):
    home = window.overview_page
    assert home.ui.firstDayFrame.isVisibleTo(home)
    assert _open_steps(home) == ["profile", "people", "units", "meeting"]
    ctx = window.ctx
    # Each write reaches the home screen through the change signal; no manual refresh.
    ctx.organisation.save(
        m.OrganisationProfile(issuing_body="ĐẢNG ỦY CƠ QUAN THỬ NGHIỆM", code="ĐU", place="Hà Nội")
    )
    assert _open_steps(home) == ["people", "units", "meeting"]
    label = home.ui.profileStepLabel
    assert label.text().startswith("✓ ") and label.property("done") is True
    ctx.units.save(m.Unit(name="Ban Tuyên giáo", short_name="BTG"))
    assert _open_steps(home) == ["people", "meeting"]
    ctx.people.save(m.Person(name="Nguyễn Văn An"))
    assert _open_steps(home) == ["meeting"]
    assert home.ui.firstDayFrame.isVisibleTo(home)
    ctx.meetings.create(
        m.Meeting(title="Hội nghị đầu tiên", kind="Hội nghị Ban Thường vụ", start=datetime(2026, 1, 5, 8))
    )
    assert not home.ui.firstDayFrame.isVisibleTo(home)


def test_each_button_goes_where_the_step_is_done(window, presenter):
    home = window.overview_page
    for step, page in (("profile", PAGE_SETTINGS), ("people", PAGE_PEOPLE), ("units", PAGE_UNITS)):
        window.show_page(PAGE_OVERVIEW)
        home.first_day_steps[step][1].click()
        assert window.ui.pages.currentIndex() == page, step
    window.show_page(PAGE_OVERVIEW)
    home.ui.meetingStepButton.click()
    assert window.ui.pages.currentIndex() == PAGE_MEETINGS
    assert isinstance(presenter.dialogs[-1], MeetingDialog)  # the new-meeting dialog, not just the list


def test_demo_database_has_no_checklist(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    try:
        home = win.overview_page
        assert win.ctx.home.first_day().done
        assert not home.ui.firstDayFrame.isVisibleTo(home)
    finally:
        close_window(win)
