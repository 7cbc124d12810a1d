"""The files the tracker writes for people: one target check, one atomic write, one
Excel-safe cell.

Every report, export, draft, backup and the UI's state file goes through here, so a
mistake about the output file (a folder that does not exist, a folder given as the
file, no permission, a full disk) gets the same sentence and the same exit code (2,
wrong usage: choose another place) whatever command made it.

- `check_target(path)`: refuse, before any work, a target that cannot be written.
- `atomic_write(path, like=db)`: a temporary file beside the target, renamed over it
  at the end. A failure (a bug, a full disk, Ctrl-C, SIGTERM or SIGHUP when an SSH
  session drops) removes it, so no half-written file ever looks complete and an older
  file of the same name survives. A process killed outright (SIGKILL, a power cut)
  cannot clean up: its temporary file carries its process id, and the next write to
  the same target removes it once that process is gone. The finished file gets the
  database's privacy (`like`): 0600 for a private database, 0660 and its group for a
  shared one; the exports hold the whole database, notes included.
- `excel_cell(value)`: a cell Excel shows as data, never runs as a formula.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t

PART_SUFFIX = ".part"
PRIVATE_MODE = 0o600  # a file written without a database to take the privacy from
# Signals that end a process politely (`kill`, a dropped SSH session): the temporary
# file is removed before the process dies of them.
_POLITE_SIGNALS = (signal.SIGTERM, signal.SIGHUP)

# ---------------------------------------------------------------- the target


def check_target(path: str | Path) -> Path:
    """The target as a Path (`~` expanded); UsageError, with one sentence saying what to
    do, when it cannot be written: a folder, a folder that does not exist, a folder or
    a file without write permission. Call it before any work, so that a bad path
    changes nothing and costs nothing."""
    target = Path(path).expanduser()
    folder = target.parent
    if target.is_dir():
        raise UsageError(t("output.is_dir", path=str(target)))
    if not folder.is_dir():
        raise UsageError(t("output.no_folder", path=str(target), folder=str(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(t("output.no_write", path=str(target), folder=str(folder)))
    if target.exists() and not os.access(target, os.W_OK):
        raise UsageError(t("output.read_only", path=str(target)))
    return target


def write_failed(target: Path, exc: Exception) -> UsageError:
    """The sentence for a write that failed midway (a full disk, an I/O error; an OSError
    or SQLite's own error while copying a database): it names the target, never the
    database it was copied from."""
    detail = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    error = UsageError(t("output.cannot_write", path=str(target), detail=detail))
    error.__cause__ = exc
    return error


# ---------------------------------------------------------------- the write


class _Stopped(BaseException):
    """A polite signal arrived while a file was being written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def atomic_write(path: str | Path, *, like: Path | None = None) -> Iterator[Path]:
    """A temporary path to write to; renamed to `path` when the block ends without an
    exception, removed otherwise. `like`: the database the file comes from, whose
    permission bits and group the file gets (default: private, 0600)."""
    target = check_target(path)
    remove_stale_parts(target)
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, suffix=PART_SUFFIX,
                                        prefix=f".{target.name}.{os.getpid()}-")
    except OSError as exc:
        raise write_failed(target, exc) from exc
    temporary = Path(name)
    try:
        _give_privacy(handle, like)
    finally:
        os.close(handle)
    with _removed_on_signal():
        try:
            yield temporary
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise write_failed(target, exc) from exc
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


@contextmanager
def _removed_on_signal() -> Iterator[None]:
    """SIGTERM and SIGHUP become an exception inside the block (so the caller's cleanup
    runs), then kill the process as they would have. Only the main thread may set
    signal handlers; a UI worker thread relies on remove_stale_parts instead."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: Any) -> None:
        raise _Stopped(signum)

    # Only where the signal would simply kill the process: a program that handles it
    # (or ignores it) keeps its own way.
    previous = {signum: signal.signal(signum, stop) for signum in _POLITE_SIGNALS
                if signal.getsignal(signum) == signal.SIG_DFL}
    try:
        yield
    except _Stopped as stopped:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        previous = {}
        os.kill(os.getpid(), stopped.signum)  # die of it now, as without us
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _give_privacy(handle: int, like: Path | None) -> None:
    """The database's permission bits and group on a new file (mkstemp made it 0600):
    a private database's export stays private, a shared one's is shared."""
    if like is None:
        os.fchmod(handle, PRIVATE_MODE)
        return
    try:
        info = like.stat()
    except OSError:
        os.fchmod(handle, PRIVATE_MODE)
        return
    os.fchmod(handle, stat.S_IMODE(info.st_mode) & 0o666)
    try:
        os.fchown(handle, -1, info.st_gid)
    except OSError:
        pass  # not a member of the database's group: the file keeps the user's group


def _part_pid(name: str, target_name: str) -> int | None:
    # SQLite may leave its journal beside a killed backup's copy (`….part-journal`).
    match = re.fullmatch(rf"\.{re.escape(target_name)}\.(\d+)-[^/]*"
                         rf"{re.escape(PART_SUFFIX)}(?:-journal|-wal|-shm)?", name)
    return int(match.group(1)) if match else None


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def remove_stale_parts(target: Path) -> list[Path]:
    """Remove the temporary files that writers of `target` killed outright left behind
    (their process is gone); the files removed. Another writer's file in progress is
    left alone."""
    removed: list[Path] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        pid = _part_pid(name, target.name)
        if pid is None or pid == os.getpid() or _running(pid):
            continue
        stale = target.parent / name
        try:
            stale.unlink()
        except OSError:
            continue
        removed.append(stale)
    return removed


def close_workbook(workbook: Any) -> None:
    """Close an XlsxWriter workbook (it writes the file then); a file system error (a
    full disk) comes out as the OSError it is, which atomic_write turns into its
    sentence, rather than wrapped in XlsxWriter's FileCreateError (a bug's exit 1)."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, OSError):
            raise cause from exc
        raise


# ---------------------------------------------------------------- the cell

# Text that Excel (and LibreOffice) would take for a formula: OWASP's CSV injection list.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_cell(value: Any) -> Any:
    """A cell as Excel should see it: numbers as numbers, dates as ISO text, text that
    Excel would run as a formula (notice text is not trusted: `=HYPERLINK(…)`) with a
    leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
