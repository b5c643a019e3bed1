"""What an operation changed, and the one application-wide notification of it.

Modelled on Anki's OpChanges: every write operation of the application API publishes which kinds of records it
changed; the GUI listens once (gui/shared/changes.py turns it into a Qt signal) and each page refreshes what
shows those kinds, instead of ad-hoc signals and refresh-on-show. Qt-free: services publish, the CLI ignores
it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Change(StrEnum):
    ORGANISATION = "organisation"
    MEETINGS = "meetings"
    MINUTES = "minutes"
    DOCUMENTS = "documents"
    DIRECTIVES = "directives"
    PEOPLE = "people"
    UNITS = "units"
    RECYCLE_BIN = "recycle_bin"
    INCOMING = "incoming"
    EXCHANGE = "exchange"


@dataclass(frozen=True)
class OpChanges:
    """The kinds of records one operation changed (empty: nothing was written)."""

    kinds: frozenset[Change] = frozenset()

    @classmethod
    def of(cls, *kinds: Change) -> OpChanges:
        return cls(frozenset(kinds))

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: Change) -> bool:
        return any(k in self.kinds for k in kinds)


Listener = Callable[[OpChanges], None]


class ChangeHub:
    """Publishes each operation's OpChanges to its listeners, after the transaction committed.

    Thread-safe to publish: a worker's context may share the GUI's hub; the GUI listener re-posts to its
    own thread (gui/shared/changes.py)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: OpChanges) -> OpChanges:
        if changes:
            with self._lock:
                listeners = list(self._listeners)
            for listener in listeners:
                listener(changes)
        return changes
