"""Opening the SQLite file that several SSH sessions share.

WAL so readers never wait for a writer, a busy timeout so writers queue instead
of failing, foreign keys on, and BEGIN IMMEDIATE for every transaction that
writes: a deferred transaction that reads then writes fails at once with
SQLITE_BUSY_SNAPSHOT when another session committed in between.
"""

from __future__ import annotations

import importlib.resources
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tui_tracker.errors import DatabaseError
from tui_tracker.i18n import t
from tui_tracker.store.backup import backup_before_upgrade
from tui_tracker.store.files import can_write, create_file, group_id, make_folder, match_companions
from tui_tracker.store.migrations import upgrade_to
from tui_tracker.store.preflight import open_read_only, preflight

SCHEMA_VERSION = 5  # PRAGMA user_version of a database this code writes
BUSY_TIMEOUT_MS = 5000  # how long a writer waits for another session's transaction


def now_text() -> str:
    """A timestamp as stored: local time, 'YYYY-MM-DD HH:MM:SS'."""
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def load_schema() -> str:
    """schema.sql: inside the installed package, else the repository's top level
    (an editable install has no copy in the package)."""
    try:
        resource = importlib.resources.files("tui_tracker").joinpath("schema.sql")
        if resource.is_file():
            return resource.read_text(encoding="utf-8")
    except OSError:
        pass
    return (Path(__file__).resolve().parents[2] / "schema.sql").read_text(encoding="utf-8")


def split_statements(script: str) -> list[str]:
    """The statements of an SQL script, so they can run inside our own transaction
    (sqlite3's executescript() would COMMIT first)."""
    statements: list[str] = []
    chunk = ""
    for line in script.splitlines(keepends=True):
        chunk += line
        if sqlite3.complete_statement(chunk):
            statements.append(chunk.strip())
            chunk = ""
    if re.sub(r"--[^\n]*", "", chunk).strip():
        statements.append(chunk.strip())  # a last statement without ';'
    return statements


def database_error(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """The user's version of an sqlite3 error: what is wrong and what to do."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        key = "store.busy"
    elif "readonly" in message or "read-only" in message:
        key = "store.read_only"
    elif "not a database" in message or "malformed" in message or "encrypted" in message:
        key = "store.corrupt"
    elif "disk is full" in message or "disk i/o" in message:
        key = "store.disk"
    elif "unable to open" in message:
        key = "store.cannot_open"
    else:
        key = "store.failed"
    error = DatabaseError(t(key, path=str(path), detail=str(exc)))
    error.__cause__ = exc
    return error


def is_storage_error(exc: BaseException) -> bool:
    """sqlite3 errors about the file or the lock (to report), as opposed to a broken
    constraint or a misused API (bugs, left to surface as such)."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError)


# Connections inside a write_transaction now (ids): a change made by several of the
# store's own changes (an agency's report applied: status changes and notes) nests them.
_WRITING: set[int] = set()


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back whole on any exception.

    Inside another write_transaction of the same connection it is a SAVEPOINT of that
    transaction instead: the outer one holds the write lock, commits or rolls back all."""
    if id(conn) in _WRITING:
        conn.execute("SAVEPOINT nested_write")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO nested_write")
            conn.execute("RELEASE nested_write")
            raise
        conn.execute("RELEASE nested_write")
        return
    conn.execute("BEGIN IMMEDIATE")
    _WRITING.add(id(conn))
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        _WRITING.discard(id(conn))


@contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN (deferred) ... COMMIT around the SELECTs of one call, so that they all
    read one snapshot: a screen never shows rows from before and counts from after
    another session's commit. Takes no lock that blocks a writer (WAL)."""
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        # A stream abandoned after its store closed (`list | head`: the generator is
        # collected later) has nothing left to roll back.
        if _is_open(conn) and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if conn.in_transaction:
        conn.execute("COMMIT")


@dataclass
class Opened:
    """A connection and how it may be used."""

    conn: sqlite3.Connection
    read_only: bool = False
    # A read-only connection opened with immutable=1 because the -shm file did not
    # exist (see open_read_only): to be replaced once another session creates it.
    snapshot: bool = False


def _is_open(conn: sqlite3.Connection) -> bool:
    try:
        conn.in_transaction  # noqa: B018 - raises on a closed connection
    except sqlite3.ProgrammingError:
        return False
    return True


def connect(path: Path, *, seed: Callable[[sqlite3.Connection], None], create: bool = True,
            group: str | None = None, read_only: bool = False) -> Opened:
    """Open and migrate the database at `path`; create it first when it does not
    exist and `create` is true (0600, or 0660 owned by `group`).

    Every check that can refuse the file (not SQLite, another program's database,
    a newer schema) runs before anything is written: a refused file keeps its
    bytes and gets no -wal/-shm beside it. A file this user may read but not
    write opens read-only, as does any file with `read_only`. `seed` fills a new
    database's reference data (agencies) in the same transaction as the schema."""
    gid = group_id(group) if group else None
    timeout = BUSY_TIMEOUT_MS / 1000
    try:
        found = preflight(path, create=create and not read_only, known_version=SCHEMA_VERSION,
                          timeout=timeout)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    if found is None:
        make_folder(path.parent, gid=gid)
        create_file(path, gid=gid)
    elif read_only or not can_write(path):
        if found.version == 0:
            raise DatabaseError(t("store.read_only", path=str(path)))
        if found.version < SCHEMA_VERSION:
            raise DatabaseError(t("storeops.read_only_needs_upgrade", path=str(path),
                                  found=found.version, known=SCHEMA_VERSION))
        try:
            conn, snapshot = open_read_only(path, timeout=timeout)
        except sqlite3.Error as exc:
            raise database_error(exc, path) from exc
        return Opened(conn, read_only=True, snapshot=snapshot)
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn, timeout_ms=BUSY_TIMEOUT_MS)
        if found is None or found.version == 0:
            match_companions(path)
        migrate(conn, path, seed=seed)
    except sqlite3.Error as exc:
        conn.close()
        raise database_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return Opened(conn)


def _use_wal(conn: sqlite3.Connection, *, timeout_ms: int) -> None:
    """Switch the file to WAL (persistent: a no-op once any session did it).

    SQLite does not call the busy handler for this switch: when several sessions
    open a new database at the same moment, all but one can get "database is
    locked" at once. So retry here, for as long as a writer would wait."""
    deadline = time.monotonic() + timeout_ms / 1000
    pause = 0.005
    while True:
        try:
            # A file system without shared memory answers with the old mode, no
            # error: the store then still works, in rollback-journal mode.
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            message = str(exc).lower()
            if ("locked" not in message and "busy" not in message) \
                    or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def migrate(conn: sqlite3.Connection, path: Path,
            *, seed: Callable[[sqlite3.Connection], None]) -> None:
    """Bring the schema to SCHEMA_VERSION; refuse a database from a newer version."""
    version = _user_version(conn, path)
    if version == SCHEMA_VERSION:
        return
    if version > 0:
        # A copy of the old database beside it, taken before the upgrade's write
        # lock (a backup cannot read through a connection inside its own write
        # transaction). If another session upgrades meanwhile, the copy is still a
        # whole database of the old version.
        backup_before_upgrade(conn, path, version)
    with write_transaction(conn):
        # Read again under the write lock: another session may have migrated meanwhile.
        version = _user_version(conn, path)
        if version == SCHEMA_VERSION:
            return
        if version == 0:
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
            if tables:
                raise DatabaseError(t("store.not_ours", path=str(path)))
            # A new database starts from schema.sql, which always describes the latest version.
            for statement in split_statements(load_schema()):
                conn.execute(statement)
            seed(conn)
        else:
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _user_version(conn: sqlite3.Connection, path: Path) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise DatabaseError(t("store.newer_version", path=str(path), found=version,
                              known=SCHEMA_VERSION))
    return version


# Upgrades of an existing database: MIGRATIONS[N] takes version N-1 to N.
# Version 1 is schema.sql as first released; each later version's steps live in
# store/migrations/vN_*.py, and schema.sql (which new databases start from)
# always describes the latest version.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    version: upgrade_to(version) for version in range(2, SCHEMA_VERSION + 1)
}
