"""Issue 11 item 5: Trợ giúp ▸ Hướng dẫn sử dụng and F1 — the guide shipped in resources/help/, read offline
in a QTextBrowser, printable and exportable to PDF; F1 opens the part for the page or window in front."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pdfplumber
import pytest
from PySide6.QtCore import QUrl

from secretary_app.gui.help.dialog import HelpDialog, guide_path
from secretary_app.gui.help.entry import current_topic
from secretary_app.gui.help.topics import PAGE_TOPICS, WINDOW_TOPICS, all_topics, topic_for
from secretary_app.gui.shell.main_window import NAV_ICONS, PAGE_DIRECTIVES, PAGE_MEETINGS


class _Guide(HTMLParser):
    def __init__(self):
        super().__init__()
        self.anchors: set[str] = set()
        self.images: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("name"):
            self.anchors.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img":
            self.images.append(attrs["src"])


@pytest.fixture(scope="module")
def guide() -> _Guide:
    parser = _Guide()
    parser.feed(guide_path().read_text(encoding="utf-8"))
    return parser


def test_every_anchor_f1_can_ask_for_is_in_the_guide(guide):
    assert len(PAGE_TOPICS) == len(NAV_ICONS)  # one part per page of the navigation
    missing = all_topics() - guide.anchors
    assert not missing, f"F1 topics without an anchor in the guide: {sorted(missing)}"
    # And the guide's own table of contents points at parts that exist.
    assert {link[1:] for link in guide.links if link.startswith("#")} <= guide.anchors


def test_every_picture_the_guide_shows_is_shipped_and_small(guide):
    assert len(guide.images) >= 8
    folder = guide_path().parent
    for src in guide.images:
        path = folder / src
        assert path.is_file(), src
        assert path.stat().st_size < 150_000, src
    assert not any(re.match(r"[a-z]+://", link) for link in guide.links + guide.images)  # offline only


def test_f1_topic_follows_the_page_and_the_window_in_front(window):
    window.show_page(PAGE_MEETINGS)
    assert current_topic(window) == "cuoc-hop"
    window.show_page(PAGE_DIRECTIVES)
    assert current_topic(window) == "ket-luan"
    assert topic_for("MinutesEditor", PAGE_MEETINGS) == "bien-ban"
    assert topic_for("ComposerWindow", PAGE_MEETINGS) == WINDOW_TOPICS["ComposerWindow"] == "thong-bao"


def test_help_action_opens_the_guide_at_the_pages_part(window, qtbot):
    window.show_page(PAGE_DIRECTIVES)
    action = window.ui.actionHelp
    assert action.shortcut().toString() == "F1"
    assert action in window.ui.menuHelp.actions()
    action.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    browser = dialog.ui.browser
    assert browser.source().toLocalFile() == str(guide_path())
    assert "Theo dõi kết luận" in browser.toPlainText()
    assert browser.verticalScrollBar().value() > 0  # scrolled down to its part, not left at the top
    # The pictures are loaded (a missing one would be an empty resource).
    assert browser.document().resource(3, QUrl("img/ket-luan.png")) is not None
    action.trigger()  # F1 again: the same window, no second one
    assert len(window.findChildren(HelpDialog)) == 1
    dialog.close()


def test_links_outside_the_guide_are_not_followed(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    before = dialog.ui.browser.source()
    dialog._follow(QUrl("https://example.com/"))
    assert dialog.ui.browser.source() == before
    dialog._follow(QUrl("#bien-ban"))
    assert dialog.ui.browser.source().fragment() == "bien-ban"
    assert dialog.ui.backButton.isEnabled()


def test_guide_exports_to_pdf_with_its_text(qtbot, tmp_path, presenter):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    out = tmp_path / "huong-dan.pdf"
    presenter.save_paths.append(out)
    assert dialog.export_pdf() == out
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= 5
        text = "".join(page.extract_text() or "" for page in pdf.pages[:2])
        images = sum(len(page.images) for page in pdf.pages)
    assert "Hướng dẫn sử dụng" in text
    assert images >= 8


def test_print_goes_through_the_print_dialog(qtbot, presenter):
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    assert dialog.print_guide() is False  # the test presenter cancels it
    assert isinstance(presenter.dialogs[-1], QPrintDialog)
