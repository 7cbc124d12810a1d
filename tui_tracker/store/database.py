"""Store: the one object the CLI, the reports and the UI talk to.

A thin front over the modules of this package. It owns the connection,
serialises calls on it with a lock (the UI calls from thread workers), and
turns sqlite3 errors about the file (busy, read-only, corrupt) into
DatabaseError with a message for the user. It never prints and never imports
Textual.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tui_tracker.errors import DatabaseError
from tui_tracker.i18n import t
from tui_tracker.lazy import LazyModule
from tui_tracker.model import Deadline, ParsedNotice, Status, Urgency
from tui_tracker.store import agency_store, task_queries
from tui_tracker.store.connection import (
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    connect,
    database_error,
    is_storage_error,
    read_transaction,
    write_transaction,
)
from tui_tracker.store.filters import TaskFilter
from tui_tracker.store.preflight import file_stamp, open_read_only, writer_appeared
from tui_tracker.store.task_rows import TaskLine, TaskRow

if TYPE_CHECKING:
    from tui_tracker.store.health import Health
    from tui_tracker.store.report_letters import AppliedLetter, LetterRecord, TaskChange
    from tui_tracker.store.rows import (
        AgencyRow,
        DirectiveDetail,
        DirectiveRow,
        HistoryEntry,
        ImportResult,
        NoticeDetail,
        NoticeRow,
        SearchResults,
    )
    from tui_tracker.store.source_file import SourceFile

# The writers and the file tools load when a command first uses them: `list`, the
# command scripts call most, only reads (see tui_tracker/lazy.py). A type checker reads
# the modules themselves, so every call below is checked against their signatures.
if TYPE_CHECKING:
    from tui_tracker.store import (
        backup,
        changes,
        corrections,
        health,
        importer,
        queries,
        report_letters,
        search_index,
    )
    from tui_tracker.store import dump as dump_records
    from tui_tracker.store import restore as restore_records
else:
    changes = LazyModule("tui_tracker.store.changes")
    queries = LazyModule("tui_tracker.store.queries")
    corrections = LazyModule("tui_tracker.store.corrections")
    importer = LazyModule("tui_tracker.store.importer")
    dump_records = LazyModule("tui_tracker.store.dump")
    restore_records = LazyModule("tui_tracker.store.restore")
    backup = LazyModule("tui_tracker.store.backup")
    health = LazyModule("tui_tracker.store.health")
    search_index = LazyModule("tui_tracker.store.search_index")
    report_letters = LazyModule("tui_tracker.store.report_letters")

T = TypeVar("T")


def new_session() -> str:
    """The session id of a UI run or CLI process: TUI_TRACKER_SESSION when a script
    wants several commands to be one session, else a fresh random id. Undo only
    reverts changes of its own session."""
    return os.environ.get("TUI_TRACKER_SESSION", "").strip() or os.urandom(6).hex()  # what secrets.token_hex does, without its import


def default_user() -> str:
    """The OS user: who made a change, in the history."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in a bare container: still record something
        return "unknown"


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, user: str,
                 session: str | None = None, *, read_only: bool = False,
                 snapshot: bool = False) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.user = user
        # True when this user may read the file but not write it: reads work,
        # every change raises DatabaseError (store.read_only) before touching it.
        self.read_only = read_only
        self._snapshot = snapshot  # an immutable read-only connection (preflight.py)
        self._file_stamp = file_stamp(path) if snapshot else None
        self._reopened = 0  # connections replaced: data_version must change with them
        # Each Store is one session (see new_session) unless `session` is given: undo
        # only reverts its own session's changes.
        self.session = session or new_session()

    @classmethod
    def open(cls, path: str | Path, *, user: str | None = None, create: bool = True,
             group: str | None = None, read_only: bool = False,
             session: str | None = None) -> Store:
        """Open the database at `path`.

        A missing file is created with its schema when `create` is true (0600, or
        0660 owned by the OS group `group`), else refused (UsageError). A file the
        user may only read opens read-only (`read_only`), and so does any file
        when `read_only` is passed."""
        db_path = Path(path).expanduser()
        opened = connect(db_path, seed=agency_store.seed_agencies, create=create, group=group,
                         read_only=read_only)
        return cls(opened.conn, db_path, user or default_user(), session,
                   read_only=opened.read_only, snapshot=opened.snapshot)

    def _connection(self) -> sqlite3.Connection:
        """The connection to use now.

        An immutable snapshot (a read-only user, nobody else had the file open) is
        replaced when the file may have changed under it: by a normal read-only
        connection once a writer's session has created the -shm file (from then on
        SQLite's read locks protect us), or by a fresh snapshot when a writer came
        and went (the file's mtime or size moved) - an immutable connection would
        otherwise keep serving pages cached from before."""
        if self._snapshot and (writer_appeared(self.path)
                               or file_stamp(self.path) != self._file_stamp):
            self._file_stamp = file_stamp(self.path)
            fresh, self._snapshot = open_read_only(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
            self._conn.close()
            self._conn = fresh
            self._reopened += 1
        return self._conn

    def _call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._lock:
            try:
                result = function(self._connection(), *args, **kwargs)
                if self._snapshot and (writer_appeared(self.path)
                                       or file_stamp(self.path) != self._file_stamp):
                    # A writer opened the file while we read it without locks: read
                    # again through a connection that takes them.
                    result = function(self._connection(), *args, **kwargs)
                return result
            except sqlite3.Error as exc:
                if is_storage_error(exc):
                    raise database_error(exc, self.path) from exc
                raise

    def _write(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A change: refused with one sentence on a read-only database."""
        if self.read_only:
            raise DatabaseError(t("store.read_only", path=str(self.path)))
        return self._call(function, *args, **kwargs)

    def _read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A query of several SELECTs, all on one snapshot of the database."""
        def in_snapshot(conn: sqlite3.Connection, *a: Any, **kw: Any) -> T:
            with read_transaction(conn):
                return function(conn, *a, **kw)
        return self._call(in_snapshot, *args, **kwargs)

    def read(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `function(conn, *args, **kwargs)` on one snapshot, with the store's
        lock and error handling: for core packages with queries of their own
        (reports/), which must not hold a connection of their own."""
        return self._read(function, *args, **kwargs)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def data_version(self) -> int:
        """Changes when ANOTHER connection commits: poll it to refresh a screen."""
        # A replaced read-only connection (see _connection) starts its own count.
        version = self._call(lambda conn: int(conn.execute("PRAGMA data_version").fetchone()[0]))
        return version + (self._reopened << 32)

    # ------------------------------------------------------------ import

    def import_notice(self, parsed: ParsedNotice, *, source: str | SourceFile | None = None,
                      dry_run: bool = False) -> ImportResult:
        return self._write(importer.import_notice, parsed, user=self.user, source=source,
                           dry_run=dry_run)

    def import_notices(self, parsed_list: Iterable[ParsedNotice], *,
                       sources: Iterable[str | SourceFile | None] | None = None,
                       dry_run: bool = False) -> list[ImportResult]:
        """Several notices in one transaction: all stored, or none when the database
        fails halfway. `sources[i]` is the file of `parsed_list[i]` (a path or a
        SourceFile); both may be iterators (a notice parsed only when its turn comes)."""
        return self._write(importer.import_notices, parsed_list, user=self.user, sources=sources,
                           dry_run=dry_run)

    def dump(self, sink: Callable[[str, dict[str, Any]], None]) -> None:
        """Hand every record of the database to `sink(kind, record)`, in restore order
        and on one snapshot (store/dump.py): the JSON export streams them to a file."""
        def feed(conn: sqlite3.Connection) -> None:
            for kind, record in dump_records.iter_records(conn):
                sink(kind, record)
        self._read(feed)

    def restore(self, records: Iterable[tuple[str, dict[str, Any]]]) -> restore_records.RestoreResult:
        """Store an export's records (as dump() gave them) into this EMPTY database,
        all or nothing, ids kept (store/restore.py)."""
        return self._call(restore_records.restore, records, path=str(self.path))

    def rebuild_search_index(self) -> None:
        """Refill the full-text tables from the data (after edits made in the shell)."""
        def rebuild(conn: sqlite3.Connection) -> None:
            with write_transaction(conn):
                search_index.index_notices(conn)
        self._write(rebuild)

    # ------------------------------------------------------------ the file

    def backup(self, target: str | Path, *, force: bool = False) -> Path:
        """A consistent copy of the database in `target` (see store/backup.py)."""
        return self._call(lambda conn: backup.backup_database(conn, self.path, Path(target),
                                                       force=force))

    def check(self) -> Health:
        """Integrity of the file, the links between tables and the search index."""
        return self._call(lambda conn: health.check_database(conn, known_version=SCHEMA_VERSION,
                                                      writable=not self.read_only))

    # ------------------------------------------------------------ tasks

    def list_tasks(self, filter: TaskFilter | None = None, *, today: date, soon_days: int = 7,
                   limit: int | None = None, offset: int = 0) -> list[TaskRow]:
        return self._read(task_queries.list_tasks, filter, today=today, soon_days=soon_days,
                          limit=limit, offset=offset)

    def iter_tasks(self, filter: TaskFilter | None = None, *, today: date, soon_days: int = 7,
                   limit: int | None = None) -> Iterator[TaskRow]:
        """`list_tasks` as a stream, on one snapshot: for output as long as the database.
        Holds the store's lock until the iteration ends or the iterator is closed."""
        return self._stream(task_queries.iter_tasks, filter, today=today, soon_days=soon_days,
                            limit=limit)

    def iter_task_lines(self, filter: TaskFilter | None = None, *, today: date,
                        soon_days: int = 7, limit: int | None = None) -> Iterator[TaskLine]:
        """`iter_tasks` with only what the `list` table shows."""
        return self._stream(task_queries.iter_task_lines, filter, today=today, soon_days=soon_days,
                            limit=limit)

    def stream(self, function: Callable[..., Iterator[T]], *args: Any,
               **kwargs: Any) -> Generator[T, None, None]:
        """Yield what `function(conn, *args, **kwargs)` yields, on one snapshot, with the
        store's lock and error handling: for core packages streaming rows of their own
        queries (reports/: a workbook of every task). Holds the lock until the
        iteration ends or the iterator is closed."""
        return self._stream(function, *args, **kwargs)

    def _stream(self, function: Callable[..., Iterator[T]], *args: Any,
                **kwargs: Any) -> Generator[T, None, None]:
        with self._lock:
            try:
                conn = self._connection()
                with read_transaction(conn):
                    yield from function(conn, *args, **kwargs)
            except sqlite3.Error as exc:
                if is_storage_error(exc):
                    raise database_error(exc, self.path) from exc
                raise

    def max_task_id(self) -> int:
        return self._call(task_queries.max_task_id)

    def count_tasks(self, filter: TaskFilter | None = None, *, today: date,
                    soon_days: int = 7) -> int:
        return self._read(task_queries.count_tasks, filter, today=today, soon_days=soon_days)

    def urgency_counts(self, filter: TaskFilter | None = None, *, today: date,
                       soon_days: int = 7) -> dict[Urgency, int]:
        return self._read(task_queries.urgency_counts, filter, today=today, soon_days=soon_days)

    def get_task(self, task_id: int, *, today: date) -> TaskRow:
        return self._read(task_queries.get_task, task_id, today=today)

    def set_status(self, task_id: int, status: Status, *, today: date, note: str | None = None,
                   on: date | None = None, if_version: int | None = None) -> TaskRow:
        return self._write(changes.set_status, task_id, status, user=self.user, today=today,
                           note=note, on=on, if_version=if_version, session=self.session)

    def extend(self, task_id: int, new_due: date, *, reason: str, today: date,
               if_version: int | None = None, earlier: bool = False,
               on: date | None = None) -> TaskRow:
        """`earlier`: allow a day before the current deadline (refused otherwise). `on`:
        the day the extension was decided (default `today`), from which reports count it."""
        return self._write(changes.extend, task_id, new_due, reason=reason, user=self.user,
                           today=today, if_version=if_version, earlier=earlier,
                           session=self.session, on=on)

    def add_note(self, task_id: int, note: str, *, today: date,
                 if_version: int | None = None) -> TaskRow:
        return self._write(changes.add_note, task_id, note, user=self.user, today=today,
                           if_version=if_version, session=self.session)

    def refuse_extension(self, task_id: int, *, reason: str, today: date,
                         if_version: int | None = None) -> TaskRow:
        """Refuse the agency's pending extension request: the deadline stays."""
        return self._write(changes.refuse_extension, task_id, reason=reason, user=self.user,
                           today=today, if_version=if_version, session=self.session)

    def undo_last(self, task_id: int, *, today: date) -> TaskRow:
        """Undo this session's last status change, extension or refusal of the task."""
        return self._write(changes.undo_last, task_id, user=self.user, today=today,
                           session=self.session)

    # ------------------------------------------------------------ report letters

    def apply_report_letter(self, letter: LetterRecord, task_changes: Sequence[TaskChange], *,
                            today: date) -> AppliedLetter:
        """Apply an agency's report letter in one transaction (store/report_letters.py);
        undone whole by `undo_change` of its change number."""
        return self._write(report_letters.apply_letter, letter, task_changes, user=self.user,
                           today=today, session=self.session)

    def applied_report_letter(self, identity: str) -> AppliedLetter | None:
        """The letter with this identity, when it is applied already."""
        return self._read(report_letters.applied, identity)

    def pending_extension_requests(self, task_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        return self._read(report_letters.pending_requests, task_ids)

    def history(self, task_id: int) -> list[HistoryEntry]:
        """The task's changes and the corrections of its directive and notice, in
        time order (the import first)."""
        return self._read(lambda conn: corrections.timeline(
            conn, task_id, queries.history(conn, task_id)))

    # ------------------------------------------------------------ corrections

    def edit_directive(self, directive_id: int, *, leads: Sequence[str] | None = None,
                       coordinators: Sequence[str] | None = None,
                       deadline: Deadline | None = None, due_on: date | None = None,
                       note: str | None = None, allow_new_agencies: bool = False) -> int:
        """Correct leads, coordinators and/or deadline; the change number. `deadline` is
        a phrase already read (parsing.deadlines.read_deadline, from `deadline_day`)."""
        return self._write(corrections.edit_directive, directive_id, user=self.user,
                          session=self.session, leads=leads, coordinators=coordinators,
                          deadline=deadline, due_on=due_on, note=note,
                          allow_new_agencies=allow_new_agencies)

    def deadline_day(self, directive_id: int) -> date | None:
        """The day a deadline phrase typed for the directive is read from (its notice's
        issue date, else its meeting date); UsageError for no such directive."""
        return self._read(corrections.deadline_day, directive_id)

    def assign(self, directive_id: int, agency: str, role: str, *, note: str | None = None,
               allow_new_agency: bool = False) -> tuple[int, int]:
        """(change number, task id) of an agency added to a directive."""
        return self._write(corrections.assign, directive_id, agency, role, user=self.user,
                          session=self.session, allow_new_agency=allow_new_agency, note=note)

    def unassign(self, task_id: int, *, if_version: int | None = None,
                 note: str | None = None) -> int:
        return self._write(corrections.unassign, task_id, user=self.user, session=self.session,
                          if_version=if_version, note=note)

    def delete_directive(self, directive_id: int, *, note: str | None = None) -> int:
        return self._write(corrections.delete_directive, directive_id, user=self.user,
                          session=self.session, note=note)

    def delete_notice(self, notice_id: int, *, note: str | None = None) -> int:
        return self._write(corrections.delete_notice, notice_id, user=self.user,
                          session=self.session, note=note)

    def edit_notice(self, notice_id: int, fields: dict[str, Any], *,
                    note: str | None = None) -> int:
        return self._write(corrections.edit_notice, notice_id, fields, user=self.user,
                          session=self.session, note=note)

    def undo_change(self, change_id: int, *, note: str | None = None) -> int:
        """Revert one correction by its number (whoever made it)."""
        return self._write(corrections.undo, change_id, user=self.user, session=self.session,
                          note=note)

    def undo_last_correction(self, *, notice_id: int | None = None,
                             directive_id: int | None = None) -> int:
        """Revert this session's latest correction (of a notice or a directive)."""
        return self._write(corrections.undo_last, user=self.user, session=self.session,
                          notice_id=notice_id, directive_id=directive_id)

    def restore_notice(self, notice_id: int) -> int:
        return self._write(corrections.restore, user=self.user, session=self.session,
                          notice_id=notice_id)

    def restore_directive(self, directive_id: int) -> int:
        return self._write(corrections.restore, user=self.user, session=self.session,
                          directive_id=directive_id)

    def corrections(self, *, notice_id: int | None = None, directive_id: int | None = None,
                    task_id: int | None = None) -> list[corrections.Correction]:
        return self._read(corrections.entries, notice_id=notice_id, directive_id=directive_id,
                          task_id=task_id)

    def deleted_notices(self) -> list[tuple[int, str | None, str | None, str, str | None]]:
        return self._read(corrections.deleted_notices)

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
