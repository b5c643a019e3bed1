"""Which part of the guide (resources/help/huong-dan.html) F1 opens: one anchor per page of the main window
(in navigation order) and per window of its own. A test holds every anchor here to one in the guide."""

from __future__ import annotations

GUIDE = ("help", "huong-dan.html")  # under resources/

# The main window's pages, in the order of its navigation (gui/shell/main_window.py NAV_ICONS).
PAGE_TOPICS = (
    "tong-quan",
    "cuoc-hop",
    "van-ban",
    "ket-luan",
    "nguoi",
    "don-vi",
    "tim-kiem",
    "cai-dat",
    "van-ban-den",
)

# Windows and dialogs of their own, by class name: F1 there opens their part instead of the page's.
WINDOW_TOPICS = {
    "MeetingDialog": "cuoc-hop-moi",
    "MinutesEditor": "bien-ban",
    "ComposerWindow": "thong-bao",
    "ReportDialog": "bao-cao",
    "RosterImportDialog": "nhap-excel",
    "RestoreWizard": "sao-luu",
    "ArchiveDialog": "sao-luu",
}


def all_topics() -> set[str]:
    return set(PAGE_TOPICS) | set(WINDOW_TOPICS.values())


def topic_for(window_class: str, page_index: int | None) -> str:
    """The anchor for F1 pressed in a window of ``window_class`` whose main-window page is ``page_index``."""
    if window_class in WINDOW_TOPICS:
        return WINDOW_TOPICS[window_class]
    if page_index is not None and 0 <= page_index < len(PAGE_TOPICS):
        return PAGE_TOPICS[page_index]
    return ""
