"""Consistent copies of the live database: `tui-tracker backup FILE`, and the copy
kept beside the file before a schema upgrade.

sqlite3's Connection.backup copies page by page through SQLite's own backup API:
the copy is one committed state of the database even while other sessions write
(the copy restarts when another connection changes the source midway). It is
written to a temporary file in the target's folder and renamed into place, so a
reader of FILE never sees half a copy, and a failed backup leaves nothing.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from tui_tracker.errors import DatabaseError, UsageError
from tui_tracker.i18n import t
from tui_tracker.store.files import copy_ownership

PAGES_PER_STEP = 1024  # copy in steps so other sessions' writes interleave


def backup_database(conn: sqlite3.Connection, source: Path, target: Path, *,
                    force: bool = False) -> Path:
    """Copy the database open on `conn` (the file `source`) to `target`.

    Refuses (UsageError) an existing target without `force`, and a folder. The
    copy gets the database's permission bits and group (0600 stays private,
    0660 stays shared)."""
    target = target.expanduser()
    if target.is_dir():
        raise UsageError(t("storeops.backup_is_folder", path=str(target)))
    if target.exists() and not force:
        raise UsageError(t("storeops.backup_exists", path=str(target)))
    if target.exists() and target.resolve() == source.resolve():
        raise UsageError(t("storeops.backup_onto_itself", path=str(target)))
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise DatabaseError(t("storeops.backup_cannot_write", path=str(target),
                              detail=exc.strerror or str(exc))) from exc
    temp = Path(temp_name)
    try:
        try:
            copy_ownership(source, fd)
        finally:
            os.close(fd)
        copy = sqlite3.connect(temp)
        try:
            conn.backup(copy, pages=PAGES_PER_STEP)
            # The copy of a WAL database says WAL in its header: make it a plain
            # one-file database, so opening a backup never leaves -wal/-shm beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        _fsync(temp)
        os.replace(temp, target)
    except OSError as exc:
        raise DatabaseError(t("storeops.backup_cannot_write", path=str(target),
                              detail=exc.strerror or str(exc))) from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


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
