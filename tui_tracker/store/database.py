"""Store: the one object the CLI, the reports and the UI talk to.

A thin front over the modules of this package. It owns the connection,
serialises calls on it with a lock (the UI calls from thread workers), and
turns sqlite3 errors about the file (busy, read-only, corrupt) into
DatabaseError with a message for the user. It never prints and never imports
Textual.
"""

from __future__ import annotations

import getpass
import sqlite3
import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from tui_tracker.model import ParsedNotice, Status, Urgency
from tui_tracker.store import agency_store, changes, importer, queries
from tui_tracker.store.connection import (
    connect,
    database_error,
    is_storage_error,
    read_transaction,
    write_transaction,
)
from tui_tracker.store.filters import TaskFilter
from tui_tracker.store.rows import (
    AgencyRow,
    DirectiveDetail,
    DirectiveRow,
    HistoryEntry,
    ImportResult,
    NoticeDetail,
    NoticeRow,
    SearchResults,
    TaskRow,
)
from tui_tracker.store.search_index import index_notices

T = TypeVar("T")


def default_user() -> str:
    """The OS user: who made a change, in the history."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in a bare container: still record something
        return "unknown"


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, user: str) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.user = user

    @classmethod
    def open(cls, path: str | Path, *, user: str | None = None) -> Store:
        """Open the database at `path`, creating the file and its schema on first use."""
        db_path = Path(path).expanduser()
        conn = connect(db_path, seed=agency_store.seed_agencies)
        return cls(conn, db_path, user or default_user())

    def _call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._lock:
            try:
                return function(self._conn, *args, **kwargs)
            except sqlite3.Error as exc:
                if is_storage_error(exc):
                    raise database_error(exc, self.path) from exc
                raise

    def _read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A query of several SELECTs, all on one snapshot of the database."""
        def in_snapshot(conn: sqlite3.Connection, *a: Any, **kw: Any) -> T:
            with read_transaction(conn):
                return function(conn, *a, **kw)
        return self._call(in_snapshot, *args, **kwargs)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def data_version(self) -> int:
        """Changes when ANOTHER connection commits: poll it to refresh a screen."""
        return self._call(lambda conn: conn.execute("PRAGMA data_version").fetchone()[0])

    # ------------------------------------------------------------ import

    def import_notice(self, parsed: ParsedNotice, *, source: str | None = None,
                      dry_run: bool = False) -> ImportResult:
        return self._call(importer.import_notice, parsed, user=self.user, source=source,
                          dry_run=dry_run)

    def import_notices(self, parsed_list: Iterable[ParsedNotice], *,
                       sources: Iterable[str | None] | None = None,
                       dry_run: bool = False) -> list[ImportResult]:
        """Several notices in one transaction: all stored, or none when the database
        fails halfway. `sources[i]` is the file of `parsed_list[i]`; both may be
        iterators (a notice parsed only when its turn comes)."""
        return self._call(importer.import_notices, parsed_list, user=self.user, sources=sources,
                          dry_run=dry_run)

    def rebuild_search_index(self) -> None:
        """Refill the full-text tables from the data (after edits made in the shell)."""
        def rebuild(conn: sqlite3.Connection) -> None:
            with write_transaction(conn):
                index_notices(conn)
        self._call(rebuild)

    # ------------------------------------------------------------ tasks

    def list_tasks(self, filter: TaskFilter | None = None, *, today: date, soon_days: int = 7,
                   limit: int | None = None, offset: int = 0) -> list[TaskRow]:
        return self._read(queries.list_tasks, filter, today=today, soon_days=soon_days,
                          limit=limit, offset=offset)

    def count_tasks(self, filter: TaskFilter | None = None, *, today: date,
                    soon_days: int = 7) -> int:
        return self._read(queries.count_tasks, filter, today=today, soon_days=soon_days)

    def urgency_counts(self, filter: TaskFilter | None = None, *, today: date,
                       soon_days: int = 7) -> dict[Urgency, int]:
        return self._read(queries.urgency_counts, filter, today=today, soon_days=soon_days)

    def get_task(self, task_id: int, *, today: date) -> TaskRow:
        return self._read(queries.get_task, task_id, today=today)

    def set_status(self, task_id: int, status: Status, *, today: date, note: str | None = None,
                   on: date | None = None, if_version: int | None = None) -> TaskRow:
        return self._call(changes.set_status, task_id, status, user=self.user, today=today,
                          note=note, on=on, if_version=if_version)

    def extend(self, task_id: int, new_due: date, *, reason: str, today: date,
               if_version: int | None = None) -> TaskRow:
        return self._call(changes.extend, task_id, new_due, reason=reason, user=self.user,
                          today=today, if_version=if_version)

    def add_note(self, task_id: int, note: str, *, today: date,
                 if_version: int | None = None) -> TaskRow:
        return self._call(changes.add_note, task_id, note, user=self.user, today=today,
                          if_version=if_version)

    def undo_last(self, task_id: int, *, today: date) -> TaskRow:
        return self._call(changes.undo_last, task_id, user=self.user, today=today)

    def history(self, task_id: int) -> list[HistoryEntry]:
        return self._read(queries.history, task_id)

    # ------------------------------------------------------------ notices, directives

    def list_notices(self, *, today: date, search: str | None = None, limit: int | None = None,
                     offset: int = 0) -> list[NoticeRow]:
        return self._read(queries.list_notices, today=today, search=search, limit=limit,
                          offset=offset)

    def count_notices(self, *, search: str | None = None) -> int:
        return self._read(queries.count_notices, search=search)

    def get_notice(self, notice_id: int, *, today: date) -> NoticeDetail:
        return self._read(queries.get_notice, notice_id, today=today)

    def list_directives(self, notice_id: int, *, today: date) -> list[DirectiveRow]:
        return self._read(queries.list_directives, notice_id, today=today)

    def get_directive(self, directive_id: int, *, today: date) -> DirectiveDetail:
        return self._read(queries.get_directive, directive_id, today=today)

    def search(self, text: str, *, today: date, limit: int = 50) -> SearchResults:
        return self._read(queries.search, text, today=today, limit=limit)

    # ------------------------------------------------------------ agencies

    def list_agencies(self, *, today: date) -> list[AgencyRow]:
        return self._read(lambda conn: agency_store.agency_rows(conn, today=today))

    def find_agency(self, text: str) -> AgencyRow | None:
        """The agency `text` names (alias match); its counts are as of the local date."""
        return self._read(agency_store.find, text, today=date.today())
