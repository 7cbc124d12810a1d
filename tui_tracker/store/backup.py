"""Consistent copies of the live database: `tui-tracker backup FILE`, and the copy
kept beside the file before a schema upgrade.

sqlite3's Connection.backup copies page by page through SQLite's own backup API:
the copy is one committed state of the database even while other sessions write
(the copy restarts when another connection changes the source midway). It is
written like every output file (output_files.atomic_write): a temporary file in the
target's folder renamed into place, so a reader of FILE never sees half a copy, and
a failed or killed backup leaves nothing (or the next run removes it).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from tui_tracker.errors import DatabaseError, UsageError
from tui_tracker.i18n import t
from tui_tracker.output_files import atomic_write, check_target, write_failed

PAGES_PER_STEP = 1024  # copy in steps so other sessions' writes interleave


def backup_database(conn: sqlite3.Connection, source: Path, target: Path, *,
                    force: bool = False) -> Path:
    """Copy the database open on `conn` (the file `source`) to `target`.

    Refuses (UsageError) an existing target without `force`, the database itself, and
    a target output_files.check_target refuses (a folder, a missing folder, no
    permission). The copy gets the database's permission bits and group (0600 stays
    private, 0660 stays shared). A failure while copying (a full disk) names the
    target, with the sentence every output file uses."""
    target = target.expanduser()
    if target.is_dir():
        check_target(target)  # "it is a folder: give a file name", as everywhere
    if target.exists() and not force:
        raise UsageError(t("storeops.backup_exists", path=str(target)))
    if target.exists() and target.resolve() == source.resolve():
        raise UsageError(t("storeops.backup_onto_itself", path=str(target)))
    with atomic_write(target, like=source) as temporary:
        try:
            copy = sqlite3.connect(temporary)
            try:
                conn.backup(copy, pages=PAGES_PER_STEP)
                # The copy of a WAL database says WAL in its header: make it a plain
                # one-file database, so opening a backup never leaves -wal/-shm beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        except sqlite3.Error as exc:
            if not _about_the_copy(exc):
                raise  # the live database's own trouble (busy, damaged): the store words it
            # "database or disk is full" is about the copy, not the live database.
            raise write_failed(target, exc) from exc
        _fsync(temporary)
    return target


def _about_the_copy(exc: sqlite3.Error) -> bool:
    """Whether an error of the backup API is about writing the copy (its disk, its
    file) rather than reading the live database."""
    message = str(exc).lower()
    return any(words in message for words in ("full", "disk i/o", "unable to open",
                                              "readonly", "read-only"))


def upgrade_backup_path(path: Path, version: int, now: datetime | None = None) -> Path:
    """`tracker.db.v1-backup-20260505-143000` beside the database; a free name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.v{version}-backup-{stamp}")
    counter = 2
    while candidate.exists():  # two upgrades within one second (two sessions)
        candidate = path.with_name(f"{path.name}.v{version}-backup-{stamp}-{counter}")
        counter += 1
    return candidate


def backup_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """The copy of a version-`version` database kept before upgrading it."""
    target = upgrade_backup_path(path, version)
    try:
        return backup_database(conn, path, target)
    except (DatabaseError, UsageError) as exc:
        raise DatabaseError(t("storeops.upgrade_backup_failed", path=str(path),
                              detail=exc.message)) from exc


def _fsync(path: Path) -> None:
    """The copy reaches the disk before it replaces anything (a power cut after the
    rename must not leave an empty backup)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
