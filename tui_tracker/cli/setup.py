"""`tui-tracker init [--shared GROUP] [DIR]`: a new database, private or for an office."""

from __future__ import annotations

import stat
from pathlib import Path

import click

from tui_tracker import config
from tui_tracker.cli.runtime import current_runtime
from tui_tracker.errors import DatabaseError, UsageError
from tui_tracker.i18n import t


def init_database(folder: str | None, *, shared: str | None) -> None:
    """Create the database with its schema; with `shared`, the group's folder too.

    An existing database is refused untouched (exit 2): init never changes data."""
    from tui_tracker.store import Store
    from tui_tracker.store.files import group_id, make_folder, share_folder

    runtime = current_runtime()
    if shared is not None:
        if folder is None:
            raise UsageError(t("storeops.init_needs_dir"))
        gid = group_id(shared)
        directory = Path(folder).expanduser().absolute()
        if directory.exists() and not directory.is_dir():
            raise UsageError(t("storeops.init_not_folder", path=str(directory)))
        path = directory / config.DB_FILENAME
        if path.exists():
            raise UsageError(t("storeops.init_exists", path=str(path)))
        if directory.exists():
            try:
                share_folder(directory, gid)
            except OSError as exc:
                raise DatabaseError(t("storeops.cannot_share", path=str(directory),
                                      detail=exc.strerror or str(exc))) from exc
        else:
            make_folder(directory, gid=gid)
        group: str | None = shared
    else:
        path = (Path(folder).expanduser().absolute() / config.DB_FILENAME if folder
                else runtime.db_path())
        if path.exists():
            raise UsageError(t("storeops.init_exists", path=str(path)))
        group = runtime.group()
    Store.open(path, create=True, group=group).close()

    mode = stat.S_IMODE(path.stat().st_mode)
    click.echo(t("storeops.init.done", path=str(path), mode=f"{mode:04o}"))
    if shared is not None:
        click.echo(t("storeops.init.shared", folder=str(path.parent), group=shared,
                     path=str(path)))
    elif group is None:
        click.echo(t("storeops.init.private"))
