"""The checks that can refuse a database file, made before anything is written to it,
and the read-only connection of a user who may read the file but not write it.

Why not simply open the file and look: a read-write connection switches the file
to WAL at once (rewriting its header) and leaves -wal/-shm files beside it, so a
refused file would no longer be what its owner left. Here the header is read
with open(), then the schema through a read-only connection that creates no
file (see `_read_only_uri`).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from tui_tracker.errors import DatabaseError, UsageError
from tui_tracker.i18n import t
from tui_tracker.store.files import FileFacts, companions, exists, read_facts

# Tables every version of our schema has: a database with a user_version but
# without these was written by another program that also numbers its schema.
OUR_TABLES = frozenset({"notices", "directives", "agencies", "tasks", "task_history"})


@dataclass(frozen=True)
class Found:
    """An existing file that passed the checks."""

    version: int  # 0: an empty database, ours to fill with the schema
    wal: bool


def preflight(path: Path, *, create: bool, known_version: int,
              timeout: float) -> Found | None:
    """Check the file at `path` without writing anything; None when it does not
    exist (and `create` allows making it).

    Raises DatabaseError for a file that is not SQLite, another program's database
    or a newer schema, UsageError for a missing file that may not be created, and
    lets sqlite3.Error through (busy, unreadable) for the caller to word."""
    if not exists(path):
        if create:
            return None
        raise UsageError(t("storeops.db_missing", path=str(path)))
    if path.is_dir():
        raise DatabaseError(t("store.cannot_open", path=str(path), detail="directory"))
    facts = read_facts(path)
    if facts.empty:
        facts = _wait_for_creator(path, facts, timeout=timeout if create else 0.0)
        if facts.empty and not _being_written(path):
            # SQLite would take it for a new database and we would fill it: a file
            # `touch`ed by mistake, or a --db typo pointing at one, must not quietly
            # become an empty tracker database.
            raise DatabaseError(t("storeops.empty_file", path=str(path)))
        if facts.empty:
            return Found(version=0, wal=False)  # a session holds it: SQLite's lock decides
    if not facts.is_sqlite:
        raise DatabaseError(t("storeops.not_sqlite", path=str(path)))
    conn = sqlite3.connect(_read_only_uri(path, wal=facts.wal), uri=True, timeout=timeout)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    finally:
        conn.close()
    if version > known_version:
        raise DatabaseError(t("store.newer_version", path=str(path), found=version,
                              known=known_version))
    if (version == 0 and tables) or (version > 0 and not OUR_TABLES <= tables):
        raise DatabaseError(t("store.not_ours", path=str(path)))
    return Found(version=version, wal=facts.wal)


def _wait_for_creator(path: Path, facts: FileFacts, *, timeout: float) -> FileFacts:
    """A zero-byte file may be a database another session is creating this instant
    (connection.connect creates the file, then SQLite writes its first page): give it
    up to `timeout` seconds to grow. A file that stays empty is nobody's database."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while facts.empty and time.monotonic() < deadline:
        time.sleep(pause)
        pause = min(pause * 2, 0.1)
        facts = read_facts(path)
    return facts


def _being_written(path: Path) -> bool:
    """A journal beside the file: a session has it open inside a transaction."""
    return any(path.with_name(path.name + suffix).exists()
               for suffix in ("-journal", "-wal"))


def _read_only_uri(path: Path, *, wal: bool) -> str:
    """A read-only URI that makes SQLite create no file beside the database.

    A read-only connection to a WAL database needs the -shm file (the index of
    the -wal). When it exists, another session has the database open and
    `mode=ro` reads through it, taking the same read locks as a writer's
    sessions, so it sees every commit safely. When it does not exist, `mode=ro`
    would create -wal and -shm owned by THIS user with the database's bits: a
    viewer without write permission would leave files the owner's sessions
    cannot write, locking every writer out ("attempt to write a readonly
    database") until someone deletes them; and in a folder the user cannot
    write, SQLite cannot create -shm at all and refuses to open the file.
    No -shm means no session has the database open, so the file alone is the
    whole database: `immutable=1` reads it creating nothing. immutable is not
    safe while someone writes, so the Store switches to `mode=ro` as soon as a
    writer's session creates the -shm (Store._connection)."""
    uri = "file:" + quote(str(path.absolute())) + "?mode=ro"
    if wal and not companions(path)[1].exists():
        uri += "&immutable=1"
    return uri


def open_read_only(path: Path, *, timeout: float) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection and whether it is an immutable snapshot (no -shm yet)."""
    wal = read_facts(path).wal
    uri = _read_only_uri(path, wal=wal)
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                           check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn, "immutable=1" in uri


def writer_appeared(path: Path) -> bool:
    """The -shm file exists now: a session has the database open and may write."""
    return companions(path)[1].exists()


def file_stamp(path: Path) -> tuple[int, int]:
    """(mtime in ns, size) of the database file: changes when a writer checkpoints."""
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)
