"""Services over the stored records: validate, normalise to NFC, save through the store.

Meetings, minutes and documents have modules of their own (services/meetings.py, minutes.py, documents.py):
their records carry rules (finalised, issued, recycle bin)."""

from __future__ import annotations

from secretary_app.db.repository import Store
from secretary_app.domain import models as m
from secretary_app.domain.changes import Change
from secretary_app.domain.text import normalise_record
from secretary_app.domain.validation import ValidationError, validate_profile


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
