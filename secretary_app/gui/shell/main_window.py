"""The main window: navigation on the left, a stack of pages, the File/Help menus and the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from secretary_app import APP_DISPLAY_NAME
from secretary_app.domain.changes import Change, OpChanges
from secretary_app.domain.errors import DatabaseOpenError
from secretary_app.gui.forms.ui_main_window import Ui_MainWindow
from secretary_app.gui.help.entry import install_help
from secretary_app.gui.home.page import OverviewPage
from secretary_app.gui.shared import messages
from secretary_app.gui.shared.changes import ChangeBridge
from secretary_app.gui.shared.geometry import fit_to_screen, remember
from secretary_app.gui.shared.icons import icon
from secretary_app.gui.shared.page import Page
from secretary_app.gui.shared.style import STYLE_SHEET
from secretary_app.gui.shell.database_files import (
    ask_new_database_path,
    database_file_filter,
    show_open_notes,
)
from secretary_app.gui.shell.recent import RecentFiles
from secretary_app.gui.shell.secondary import close_secondary_windows
from secretary_app.gui.verify.entry import install_verify

if TYPE_CHECKING:
    from secretary_app.gui.committee.roster_page import PeoplePage, UnitsPage
    from secretary_app.gui.directives.board_page import DirectivesPage
    from secretary_app.gui.documents.page import DocumentsPage
    from secretary_app.gui.meetings.page import MeetingsPage
    from secretary_app.gui.search.page import SearchPage
    from secretary_app.gui.settings.profile_page import ProfilePage
    from secretary_app.gui.shell.single_instance import SingleInstance
    from secretary_app.services.context import AppContext

log = logging.getLogger(__name__)

# Navigation order; matches the items of navList in ui/main_window.ui and the Ctrl+1…Ctrl+9 shortcuts.
(
    PAGE_OVERVIEW,
    PAGE_MEETINGS,
    PAGE_DOCUMENTS,
    PAGE_DIRECTIVES,
    PAGE_PEOPLE,
    PAGE_UNITS,
    PAGE_SEARCH,
    PAGE_SETTINGS,
    PAGE_INCOMING,  # last: Ctrl+1…Ctrl+8 keep the pages they always opened
) = range(9)
NAV_ICONS = (
    "overview",
    "meetings",
    "documents",
    "directives",
    "people",
    "units",
    "search",
    "settings",
    "incoming",
)


class MainWindow(QMainWindow):
    """Owns the AppContext it is given: it closes it when the window closes or another file is opened."""

    # The database path, emitted once the window has closed its context for good (the exit backup hooks here).
    context_closing = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        *,
        recent: RecentFiles | None = None,
        open_context: Callable[[Path], AppContext] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if open_context is None:
            from secretary_app.services.context import open_context
        self._open_context = open_context
        self._recent = recent or RecentFiles()
        self.ctx: AppContext | None = None
        # One window per database file: the claim follows the file this window has open (see guard_instance).
        self.instance: SingleInstance | None = None
        self._claim_instance: Callable[[Path], SingleInstance | None] | None = None

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE_SHEET)
        self.setWindowIcon(icon("app"))
        fit_to_screen(self, self.width(), self.height())  # the form's 1180×760 is taller than 1280×720
        remember(self, "main_window")

        # Only the home screen is built now; every other page (its module, its form, its dialogs) on its first
        # visit, in place of an empty stand-in: most of a cold start was importing and building pages unseen.
        self._pages: list[Page | None] = [None] * len(NAV_ICONS)
        for _ in NAV_ICONS:
            self.ui.pages.addWidget(QWidget())
        self.overview_page = self.page(PAGE_OVERVIEW)

        nav = self.ui.navList
        for row, name in enumerate(NAV_ICONS):
            item = nav.item(row)
            item.setIcon(icon(name))
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(item.text(), row + 1))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda row=row: self.show_page(row))
        nav.currentRowChanged.connect(self._on_nav_row_changed)

        self.ui.actionNewDatabase.triggered.connect(self.new_database)
        self.ui.actionOpenDatabase.triggered.connect(self.choose_database)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        install_help(self)  # Trợ giúp ▸ Hướng dẫn sử dụng, F1
        install_verify(self)  # Tệp ▸ Kiểm tra văn bản…
        self.ui.menuRecent.aboutToShow.connect(self._rebuild_recent_menu)

        self._db_label = QLabel()
        self._org_label = QLabel()
        self._db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.statusBar.addWidget(self._db_label, 1)
        self.ui.statusBar.addPermanentWidget(self._org_label)

        # Ctrl+F anywhere: the quick search popup (built on first use: nothing extra at start-up).
        self._search_popup = None
        self._find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self._find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._find_shortcut.activated.connect(self.show_search_popup)

        # The one change signal: every committed operation reaches the pages from here
        # (gui/shared/changes.py).
        self.changes = ChangeBridge(self)
        self.changes.changed.connect(self._on_changes)

        nav.setCurrentRow(PAGE_OVERVIEW)  # before the context: the home screen then loads once, not twice
        self._set_context(ctx)

    # Pages --------------------------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        """The page at ``index`` of the navigation, built on first use."""
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = self._build_page(index)
            stand_in = self.ui.pages.widget(index)
            current = self.ui.pages.currentIndex()
            self.ui.pages.insertWidget(index, page)
            self.ui.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.ui.pages.setCurrentIndex(current)
        return page

    def _build_page(self, index: int) -> Page:
        if index == PAGE_OVERVIEW:
            page = OverviewPage()
            page.open_requested.connect(self.open_record)
            page.step_requested.connect(self.do_first_day_step)
        elif index == PAGE_MEETINGS:
            from secretary_app.gui.meetings.page import MeetingsPage

            page = MeetingsPage()
        elif index == PAGE_DOCUMENTS:
            from secretary_app.gui.documents.page import DocumentsPage

            page = DocumentsPage()
        elif index == PAGE_INCOMING:
            from secretary_app.gui.incoming.page import IncomingPage

            page = IncomingPage()
        elif index == PAGE_DIRECTIVES:
            from secretary_app.gui.directives.board_page import DirectivesPage

            page = DirectivesPage()
        elif index == PAGE_PEOPLE:
            from secretary_app.gui.committee.roster_page import PeoplePage

            page = PeoplePage()
        elif index == PAGE_UNITS:
            from secretary_app.gui.committee.roster_page import UnitsPage

            page = UnitsPage()
        elif index == PAGE_SEARCH:
            from secretary_app.gui.search.page import SearchPage

            page = SearchPage()
            page.open_requested.connect(self.open_hit)
        else:
            from secretary_app.gui.settings.profile_page import ProfilePage

            page = ProfilePage()
            page.saved.connect(lambda _profile: self._update_identity())
            page.dirty_changed.connect(self.setWindowModified)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page, in navigation order (builds those not built yet)."""
        return [self.page(i) for i in range(len(self._pages))]

    def _built_pages(self) -> list[tuple[int, Page]]:
        return [(i, page) for i, page in enumerate(self._pages) if page is not None]

    @property
    def meetings_page(self) -> MeetingsPage:
        return self.page(PAGE_MEETINGS)

    @property
    def documents_page(self) -> DocumentsPage:
        return self.page(PAGE_DOCUMENTS)

    @property
    def directives_page(self) -> DirectivesPage:
        return self.page(PAGE_DIRECTIVES)

    @property
    def search_page(self) -> SearchPage:
        return self.page(PAGE_SEARCH)

    @property
    def people_page(self) -> PeoplePage:
        return self.page(PAGE_PEOPLE)

    @property
    def units_page(self) -> UnitsPage:
        return self.page(PAGE_UNITS)

    @property
    def profile_page(self) -> ProfilePage:
        return self.page(PAGE_SETTINGS)

    def show_page(self, index: int) -> None:
        self.ui.navList.setCurrentRow(index)

    def current_page(self) -> Page:
        return self.page(self.ui.pages.currentIndex())

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        self.ui.pages.setCurrentIndex(row)
        # A page with its own Ctrl+F (a filter box, the search page) keeps it; two window shortcuts on the
        # same keys would be ambiguous and neither would fire.
        if page.ctx is not self.ctx:
            page.set_context(self.ctx)  # first visit since start-up (see _set_context)
        is_search = row == PAGE_SEARCH
        own_find = is_search or any(
            s.key().matches(QKeySequence(QKeySequence.StandardKey.Find))
            == QKeySequence.SequenceMatch.ExactMatch
            for s in page.findChildren(QShortcut)
        )
        self._find_shortcut.setEnabled(not own_find)
        if is_search:
            page.ui.searchEdit.setFocus()
        page.refresh_if_stale()  # a page reloads only when what it shows changed since its last visit

    def _on_changes(self, changes: OpChanges) -> None:
        for _index, page in self._built_pages():
            page.on_changes(changes)
        if changes.touches(Change.ORGANISATION):
            self._update_identity()

    # Opening a record in place (home screen, search) ---------------------------------------------------
    def open_record(self, kind: str, target) -> bool:
        """Switch to the page of ``kind`` ("directive", "meeting", "document", "incoming"; "status": the board
        filtered to that DeadlineStatus) and select the record; True if it was found."""
        if kind == "status":
            self.show_page(PAGE_DIRECTIVES)
            self.directives_page.set_statuses([target])
            return True
        if kind == "directive":
            self.show_page(PAGE_DIRECTIVES)
            return self.directives_page.select_directive(target)
        if kind == "meeting":
            self.show_page(PAGE_MEETINGS)
            return self.meetings_page.select_meeting(target)
        if kind == "document":
            self.show_page(PAGE_DOCUMENTS)
            return self._select_document(target)
        if kind == "incoming":
            self.show_page(PAGE_INCOMING)
            return self.page(PAGE_INCOMING).select_incoming(target)
        return False

    def do_first_day_step(self, step: str) -> None:
        """A button of the home screen's first-day checklist: the page (or dialog) where that step is done."""
        if step == "meeting":
            self.show_page(PAGE_MEETINGS)
            self.meetings_page.new_meeting()
            return
        self.show_page({"profile": PAGE_SETTINGS, "people": PAGE_PEOPLE, "units": PAGE_UNITS}[step])

    def _select_document(self, document_id: int) -> bool:
        page = self.documents_page
        select = getattr(page, "select_document", None)
        if select is not None:
            return bool(select(document_id))
        # Until the Văn bản page offers select_document: find the row through its filter model.
        for row in range(page.model.rowCount()):
            if page.model.record(row).id == document_id:
                page.ui.filterEdit.clear()
                index = page.proxy.mapFromSource(page.model.index(row, 0))
                page.ui.documentsView.selectRow(index.row())
                page.ui.documentsView.scrollTo(index)
                page.ui.documentsView.setFocus()
                return True
        return False

    def open_hit(self, hit) -> bool:
        """Open a search hit in place; a minutes entry opens its meeting."""
        if hit.kind == "minutes":
            return self.open_record("meeting", hit.parent_id)
        return self.open_record(hit.kind, hit.record_id)

    def show_search_popup(self) -> None:
        if self._search_popup is None:
            from secretary_app.gui.search.popup import SearchPopup

            self._search_popup = SearchPopup(self)
            self._search_popup.hit_activated.connect(self.open_hit)
        self._search_popup.set_context(self.ctx)
        self._search_popup.popup()

    # Database -----------------------------------------------------------------------------------------
    def _set_context(self, ctx: AppContext) -> None:
        old, self.ctx = self.ctx, ctx
        self.changes.attach(ctx.changes)
        current = self.current_page()
        for _index, page in self._built_pages():
            page.mark_stale()  # everything they show came from the previous database
            # A page that never had a database gets it when first shown: at start-up the meetings and
            # documents pages would otherwise load every record of a ten-year database before the window
            # appears. Pages already in use switch at once (their open editors must not keep a closed
            # connection).
            if page is current or page.ctx is not None:
                page.set_context(ctx)
        if old is not None:
            old.close()
        self._recent.add(Path(ctx.db_path))
        self._rebuild_recent_menu()
        self._update_identity()
        self.current_page().refresh_if_stale()
        log.info("Opened database %s", ctx.db_path)

    def guard_instance(
        self, instance: SingleInstance, claim: Callable[[Path], SingleInstance | None]
    ) -> None:
        """Hold ``instance`` (this window's claim on its file) and, whenever another file is opened, first
        ``claim`` that one (None: another window has it open; it was brought forward and the secretary told),
        so that two windows never write to one file, whichever file they started on."""
        self._adopt(instance)
        self._claim_instance = claim

    def _adopt(self, instance: SingleInstance) -> None:
        from secretary_app.gui.shell.single_instance import bring_forward

        if self.instance is not None:
            self.instance.release()
        self.instance = instance
        instance.activate_requested.connect(lambda: bring_forward(self))

    def release_instance(self) -> None:
        if self.instance is not None:
            self.instance.release()
            self.instance = None

    def open_database(self, path: Path, *, create: bool = False) -> bool:
        """Switch to the database at ``path``; on failure the current one stays open. True if switched.
        ``create``: make a new database there (only Tệp ▸ Mới does); otherwise a missing or foreign file is
        refused with its message and left as it is."""
        path = Path(path)
        if self.ctx is not None and path.resolve() == Path(self.ctx.db_path).resolve():
            self.current_page().refresh()
            return True
        if not self._confirm_leave():
            return False
        claimed = None
        if self._claim_instance is not None and self.instance is not None:
            claimed = self._claim_instance(path)
            if claimed is None:
                return False  # open in another window, which came forward
        try:
            ctx = self._open_context(path, create=True) if create else self._open_context(path)
        except DatabaseOpenError as exc:
            if claimed is not None:
                claimed.release()
            log.warning("Could not open %s: %s", path, exc)
            messages.error(self, self.tr("Không mở được cơ sở dữ liệu"), exc.message)
            return False
        self._set_context(ctx)
        if claimed is not None:
            self._adopt(claimed)
        show_open_notes(self, ctx)
        return True

    def choose_database(self) -> bool:
        path = messages.open_file(
            self, self.tr("Mở cơ sở dữ liệu"), str(self._start_dir()), database_file_filter()
        )
        return self.open_database(path) if path else False

    def new_database(self) -> bool:
        path = ask_new_database_path(self, self._start_dir())
        if path is None or not self.open_database(path, create=True):
            return False
        self.show_page(PAGE_SETTINGS)  # a new committee starts with its profile
        return True

    def _start_dir(self) -> Path:
        return Path(self.ctx.db_path).parent if self.ctx is not None else Path.home()

    def _rebuild_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        paths = self._recent.paths()
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number}  {str(path).replace('&', '&&')}", menu)
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))
            menu.addAction(action)
        if not paths:
            empty = menu.addAction(self.tr("(chưa có tệp nào)"))
            empty.setEnabled(False)

    def recent_paths(self) -> list[Path]:
        return self._recent.paths()

    def _update_identity(self) -> None:
        """Title and status bar: which committee and which file the secretary is working in."""
        profile = self.ctx.organisation.get() if self.ctx is not None else None
        name = profile.issuing_body if profile and profile.issuing_body else ""
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {name}[*]" if name else f"{APP_DISPLAY_NAME}[*]")
        db_path = str(self.ctx.db_path) if self.ctx is not None else ""
        self._db_label.setText(self.tr("Tệp dữ liệu: {0}").format(db_path))
        self._db_label.setToolTip(db_path)
        self._org_label.setText(name or self.tr("Chưa nhập thông tin cơ quan (mục Cài đặt)"))

    # Leaving ------------------------------------------------------------------------------------------
    def _confirm_leave(self) -> bool:
        """Offer to save unsaved edits before they would be lost; False if the user cancels."""
        for index, page in self._built_pages():  # a page never built has nothing unsaved
            if not page.has_unsaved_changes():
                continue
            choice = messages.choose(
                self,
                self.tr("Thay đổi chưa lưu"),
                self.tr("Trang “{0}” có thay đổi chưa lưu. Lưu trước khi tiếp tục?").format(
                    self.ui.navList.item(index).text()
                ),
                [self.tr("Lưu"), self.tr("Không lưu"), self.tr("Hủy")],
                escape=2,
            )
            if choice == 0 and not page.save_changes():
                self.show_page(index)  # the page now shows why it could not save
                return False
            if choice == 1:
                page.discard_changes()
            if choice == 2:
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_leave():
            event.ignore()
            return
        close_secondary_windows(self)  # composers and minutes editors are windows of their own
        self.changes.detach()
        if self.ctx is not None:
            path = Path(self.ctx.db_path)
            self.ctx.close()
            self.ctx = None
            self.context_closing.emit(path)
        event.accept()

    def show_about(self) -> None:
        from secretary_app.gui.shell.about import AboutDialog

        messages.exec_dialog(AboutDialog(Path(self.ctx.db_path) if self.ctx else None, self))
