"""One open committee database and the services over it: what the GUI and the CLI hold."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from secretary_app.db.database import backup_to, close, integrity_errors, open_store
from secretary_app.db.repository import Store
from secretary_app.domain.changes import ChangeHub
from secretary_app.paths import migration_backup_dir, raw_copies_dir
from secretary_app.services.directives import DirectiveService
from secretary_app.services.directives_board import BoardService
from secretary_app.services.documents import DocumentService
from secretary_app.services.meetings import MeetingService
from secretary_app.services.people import PeopleService
from secretary_app.services.records import (
    OrganisationService,
)
from secretary_app.services.trash import TrashService
from secretary_app.services.units import UnitService

if TYPE_CHECKING:
    from secretary_app.services.exchange import ExchangeService
    from secretary_app.services.home import HomeService
    from secretary_app.services.incoming import IncomingService
    from secretary_app.services.issuing import IssuingService
    from secretary_app.services.minutes import MinutesService
    from secretary_app.services.search import SearchService
    from secretary_app.services.sites import SiteService
    from secretary_app.services.stored_files import FileService


@dataclass
class AppContext:
    """The services are made on first use: issuing, minutes and search (with the drafting and the document
    model they import) are not needed to show the home screen, and importing them was part of every start."""

    db_path: Path
    store: Store
    # Every write operation publishes what it changed here; the GUI listens once (domain/changes.py).
    changes: ChangeHub = field(default_factory=ChangeHub)

    def __post_init__(self) -> None:
        # The store publishes each committed transaction's OpChanges here (db/repository.py Store.changed).
        self.store.on_changes = self.changes.publish

    @cached_property
    def organisation(self) -> OrganisationService:
        return OrganisationService(self.store)

    @cached_property
    def meetings(self) -> MeetingService:
        return MeetingService(self.store)

    @cached_property
    def documents(self) -> DocumentService:
        return DocumentService(self.store)

    @cached_property
    def directives(self) -> DirectiveService:
        return DirectiveService(self.store)

    @cached_property
    def trash(self) -> TrashService:
        return TrashService(self.store)

    @cached_property
    def units(self) -> UnitService:
        return UnitService(self.store)

    @cached_property
    def people(self) -> PeopleService:
        return PeopleService(self.store)

    @cached_property
    def issuing(self) -> IssuingService:
        from secretary_app.services.issuing import IssuingService

        return IssuingService(self.store)

    @cached_property
    def minutes(self) -> MinutesService:
        from secretary_app.services.minutes import MinutesService

        return MinutesService(self.store)

    @cached_property
    def search(self) -> SearchService:
        from secretary_app.services.search import SearchService

        return SearchService(self.store)

    @cached_property
    def sites(self) -> SiteService:
        """This site's identity and signing key, the paired sites, signed packets (issue 16)."""
        from secretary_app.services.sites import SiteService

        return SiteService(self.store)

    @cached_property
    def incoming(self) -> IncomingService:
        from secretary_app.services.incoming import IncomingService

        return IncomingService(self.store)

    @cached_property
    def files(self) -> FileService:
        from secretary_app.services.stored_files import FileService

        return FileService(self.store)

    @cached_property
    def board(self) -> BoardService:
        return BoardService(self.store)

    @cached_property
    def exchange(self) -> ExchangeService:
        from secretary_app.services.exchange import ExchangeService

        return ExchangeService(self.store, self.sites)

    @cached_property
    def home(self) -> HomeService:
        from secretary_app.services.home import HomeService

        return HomeService(self.store, self.board)

    @property
    def open_notes(self) -> list[str]:
        """What opening the file did that the secretary must be told (a foreign ``-wal`` set aside, where the
        raw copies are); Vietnamese. The GUI shows them after start-up, the CLI prints them."""
        return self.store.open_notes

    def integrity_errors(self) -> list[str]:
        return integrity_errors(self.store)

    def backup(self, target: Path) -> Path:
        return backup_to(self.store, target)

    def close(self) -> None:
        close(self.store)


def open_context(
    db_path: Path | str, changes: ChangeHub | None = None, *, create: bool = False
) -> AppContext:
    """Open (migrating as needed) the database at ``db_path``.

    ``changes``: publish on this hub instead of a new one (a worker's own connection writing for the window,
    whose hub is thread-safe to publish on). ``create``: make a new database when there is no file there --
    an explicit act (Tệp ▸ Mới, ``--new``, the very first start at the default location); without it a
    missing file is an error, so a stick that is not plugged in never turns into an empty new database. An
    existing file must be ours (db/opening.py). Raises DatabaseOpenError subclasses with a Vietnamese
    ``message``; the file is untouched then."""
    path = Path(db_path)
    store = open_store(path, create=create, backup_dir=migration_backup_dir(), raw_dir=raw_copies_dir())
    return AppContext(db_path=path, store=store, changes=changes or ChangeHub())
