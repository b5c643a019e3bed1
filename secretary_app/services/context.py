"""One open committee database and the services over it: what the GUI and the CLI hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from secretary_app.db.database import backup_to, close, integrity_errors, open_store
from secretary_app.db.repository import Store
from secretary_app.paths import migration_backup_dir
from secretary_app.services.directives_board import BoardService
from secretary_app.services.issuing import IssuingService
from secretary_app.services.minutes import MinutesService
from secretary_app.services.records import (
    DirectiveService,
    DocumentService,
    MeetingService,
    OrganisationService,
    PeopleService,
    UnitService,
)
from secretary_app.services.search import SearchService


@dataclass
class AppContext:
    db_path: Path
    store: Store
    organisation: OrganisationService
    meetings: MeetingService
    documents: DocumentService
    directives: DirectiveService
    units: UnitService
    people: PeopleService
    issuing: IssuingService
    minutes: MinutesService
    search: SearchService
    board: BoardService

    def integrity_errors(self) -> list[str]:
        return integrity_errors(self.store)

    def backup(self, target: Path) -> Path:
        return backup_to(self.store, target)

    def close(self) -> None:
        close(self.store)


def open_context(db_path: Path | str) -> AppContext:
    """Open (creating and migrating as needed) the database at ``db_path``.

    Raises DatabaseOpenError subclasses with a Vietnamese ``message``; the file is untouched then.
    """
    path = Path(db_path)
    store = open_store(path, backup_dir=migration_backup_dir())
    return AppContext(
        db_path=path,
        store=store,
        organisation=OrganisationService(store),
        meetings=MeetingService(store),
        documents=DocumentService(store),
        directives=DirectiveService(store),
        units=UnitService(store),
        people=PeopleService(store),
        issuing=IssuingService(store),
        minutes=MinutesService(store),
        search=SearchService(store),
        board=BoardService(store),
    )
