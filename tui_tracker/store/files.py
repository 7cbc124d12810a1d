"""The database as a file: what is on disk before SQLite opens it, and who may use it.

Everything here looks at bytes and permissions without asking SQLite to open the
file, so a file we end up refusing is never touched (SQLite's WAL switch, or a
read-only connection in a writable folder, creates or rewrites files).

Sharing: a new database is private (0600) unless an office group is named; then
it is 0660 and owned by that group, and the folder should be setgid so the
`-wal`/`-shm` files SQLite creates later inherit the group too (SQLite gives
them the database file's permission bits itself, whatever the umask).
"""

from __future__ import annotations

import grp
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from tui_tracker.errors import DatabaseError, UsageError
from tui_tracker.i18n import t

SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite 3 file
HEADER_SIZE = 100
PRIVATE_MODE = 0o600  # a database of one person
GROUP_MODE = 0o660  # a database shared by an office group
SHARED_DIR_MODE = 0o2770  # setgid: files created inside get the folder's group
COMPANION_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True)
class FileFacts:
    """What the first bytes of an existing file say."""

    size: int
    is_sqlite: bool
    wal: bool  # header bytes 18/19 == 2: the file is in WAL mode
    user_version: int  # header offset 60; may lag behind an uncheckpointed WAL

    @property
    def empty(self) -> bool:
        """A 0-byte file: SQLite treats it as a new, empty database."""
        return self.size == 0


def companions(path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps beside the database in WAL mode."""
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def exists(path: Path) -> bool:
    """Whether the database file exists; DatabaseError when a folder on the way cannot
    be searched (EACCES: a colleague's private folder), which is not "missing"."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise DatabaseError(t("storeops.cannot_read", path=str(path),
                              detail=exc.strerror or str(exc))) from exc
    return True


def read_facts(path: Path) -> FileFacts:
    """The header of the file at `path`, read with a plain open() (never SQLite)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise DatabaseError(t("storeops.cannot_read", path=str(path),
                              detail=exc.strerror or str(exc))) from exc
    is_sqlite = header[:16] == SQLITE_MAGIC
    wal = is_sqlite and len(header) >= 20 and header[18] == 2 and header[19] == 2
    user_version = int.from_bytes(header[60:64], "big") if is_sqlite and len(header) >= 64 else 0
    return FileFacts(size=size, is_sqlite=is_sqlite, wal=wal, user_version=user_version)


def can_write(path: Path) -> bool:
    """Whether this user can change the database at `path`.

    SQLite writes the file and creates a journal (-wal, -shm, or -journal) beside
    it, so the folder must be writable too, unless the WAL files already exist
    and are writable (another session has the database open)."""
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK | os.X_OK):
        return True
    return all(side.exists() and os.access(side, os.R_OK | os.W_OK) for side in companions(path))


def group_id(group: str) -> int:
    """The id of an OS group named in the settings; UsageError when there is none."""
    try:
        return grp.getgrnam(group).gr_gid
    except KeyError:
        raise UsageError(t("storeops.no_such_group", group=group)) from None


def make_folder(folder: Path, *, gid: int | None) -> None:
    """Create `folder` and its parents; with a group, `folder` itself (when new) is
    2770 and owned by the group. Existing folders are left as they are, and new
    parents get the ordinary mode: only the database's own folder is shared."""
    try:
        if folder.is_dir():
            return
        folder.mkdir(parents=True, exist_ok=True)
        if gid is not None:
            share_folder(folder, gid)
    except OSError as exc:
        raise DatabaseError(t("store.cannot_open", path=str(folder),
                              detail=exc.strerror or str(exc))) from exc


def share_folder(folder: Path, gid: int) -> None:
    """Give `folder` to the group, setgid, 2770 (explicitly: the umask does not apply)."""
    os.chown(folder, -1, gid)
    os.chmod(folder, SHARED_DIR_MODE)


def create_file(path: Path, *, gid: int | None) -> bool:
    """Create the empty database file with its final permissions: 0600, or 0660 and
    owned by the group. False when another session created it first."""
    mode = PRIVATE_MODE if gid is None else GROUP_MODE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        return False
    except OSError as exc:
        raise DatabaseError(t("store.cannot_open", path=str(path),
                              detail=exc.strerror or str(exc))) from exc
    try:
        # os.open's mode went through the umask (a 077 umask would drop the group
        # bits): set it again, exactly.
        os.fchmod(fd, mode)
        if gid is not None:
            os.fchown(fd, -1, gid)
    except OSError as exc:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise DatabaseError(t("storeops.cannot_share", path=str(path),
                              detail=exc.strerror or str(exc))) from exc
    os.close(fd)
    return True


def match_companions(path: Path) -> None:
    """Give the -wal/-shm files the database file's group and permission bits.

    SQLite already creates them with the database's bits, but the group comes
    from the folder (setgid) or the creator's primary group: set both so a
    colleague's session can open them. Only files this user owns can be changed;
    the others are left alone."""
    try:
        info = path.stat()
    except OSError:
        return
    for side in companions(path):
        try:
            side_info = side.stat()
            if side_info.st_uid != os.geteuid():
                continue
            if side_info.st_gid != info.st_gid:
                os.chown(side, -1, info.st_gid)
            if stat.S_IMODE(side_info.st_mode) != stat.S_IMODE(info.st_mode):
                os.chmod(side, stat.S_IMODE(info.st_mode))
        except OSError:
            continue



def remove_database(path: Path) -> None:
    """Remove a database this command created and must not leave behind (a failed
    restore), with its -wal and -shm."""
    for file in (path, *companions(path)):
        file.unlink(missing_ok=True)
