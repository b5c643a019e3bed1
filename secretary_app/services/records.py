"""Services over the stored records: validate, normalise to NFC, save through the store.

Meetings, minutes and documents have modules of their own (services/meetings.py, minutes.py, documents.py):
their records carry rules (finalised, issued, recycle bin)."""

from __future__ import annotations

from secretary_app.db.records import DIRECTIVE
from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.text import normalise_record
from secretary_app.domain.validation import ValidationError, validate_profile

DIRECTIVE_TABLE = DIRECTIVE.table


class OrganisationService:
    def __init__(self, store: Store):
        self._store = store

    def get(self) -> m.OrganisationProfile | None:
        return self._store.organisation()

    def save(self, profile: m.OrganisationProfile) -> m.OrganisationProfile:
        """Validate and save; raises ValidationError (nothing written) on bad input."""
        normalise_record(profile)
        profile.code = profile.code.strip()
        profile.default_recipients = [r.strip() for r in profile.default_recipients if r.strip()]
        errors = validate_profile(profile)
        if errors:
            raise ValidationError(errors)
        self._store.save_organisation(profile)
        self._store.changed(Change.ORGANISATION)
        return profile


class DirectiveService:
    def __init__(self, store: Store):
        self._store = store

    def list_directives(self) -> list[m.Directive]:
        return self._store.directives()

    def get(self, directive_id: int) -> m.Directive:
        return self._store.directive(directive_id)

    def save(self, directive: m.Directive) -> m.Directive:
        normalise_record(directive)
        self._store.save_directive(directive)
        self._store.changed(Change.DIRECTIVES)
        return directive

    def save_audited(self, directives: list[m.Directive], action: str, summary: str) -> list[m.Directive]:
        """Save the directives in one transaction (all or none), each with an audit line
        ``action``/``summary`` in the secretary's words beside the store's own "update" line
        (services/follow_up.py)."""
        with self._store.transaction():
            for directive in directives:
                self.save(directive)
                self._store.audit(action, DIRECTIVE_TABLE, directive.uuid, summary)
        return directives

    def audit_entries(self, directive: m.Directive) -> list[m.AuditEntry]:
        """The directive's audit log, oldest first."""
        return self._store.audit_entries(directive.uuid)
