"""Writing a file whole or not at all: into a temporary file beside it, then a rename.

A failed export (a bug, a full disk, Ctrl-C) must not leave a half-written
file that looks complete, nor overwrite a good older export with half of a new
one. The rename is atomic on one file system, which the temporary file shares
with the target since it sits in the same folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that cannot be written: one sentence each."""
    folder = path.parent
    if path.is_dir():
        raise UsageError(t("exports.path.is_dir", path=str(path)))
    if not folder.is_dir():
        raise UsageError(t("exports.path.no_folder", path=str(path), folder=str(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(t("exports.path.no_write", path=str(path), folder=str(folder)))
    if path.exists() and not os.access(path, os.W_OK):
        raise UsageError(t("exports.path.read_only", path=str(path)))


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path to write to; renamed to `path` when the block ends without
    an exception, deleted otherwise."""
    target = Path(path).expanduser()
    check_target(target)
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                        suffix=".part")
    except OSError as exc:
        raise UsageError(t("exports.path.cannot_write", path=str(target),
                           detail=exc.strerror or str(exc))) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes the file private (0600); give it the mode of a normal new file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UsageError(t("exports.path.cannot_write", path=str(target),
                           detail=exc.strerror or str(exc))) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
