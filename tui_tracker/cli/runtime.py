"""What the global options chose, shared by the group and its subcommands, and the
database it points at."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tui_tracker import config
from tui_tracker.errors import UsageError
from tui_tracker.i18n import t

if TYPE_CHECKING:
    from tui_tracker.store import Store


@dataclass
class Runtime:
    """What the global options chose; shared by the group and its subcommands."""

    db: str | None = None
    today: date | None = None
    lang: str | None = None
    debug: bool = False
    settings: config.Settings | None = None

    def db_path(self) -> Path:
        return config.resolve_db_path(self.db)

    def db_is_chosen(self) -> bool:
        """--db or TUI_TRACKER_DB named the file (it must exist), rather than the default."""
        return config.db_path_is_chosen(self.db)

    def group(self) -> str | None:
        """The office group new databases are shared with (TUI_TRACKER_GROUP, settings)."""
        return config.resolve_group(self.settings)

    def fixed_today(self) -> date | None:
        """The reference day if one was fixed (--today or TUI_TRACKER_TODAY), else None."""
        return config.resolve_today(self.today)

    def reference_day(self) -> date:
        return self.fixed_today() or date.today()

    @property
    def soon_days(self) -> int:
        return self.settings.soon_days if self.settings else config.DEFAULT_SOON_DAYS


def current_runtime() -> Runtime:
    ctx = click.get_current_context()
    runtime = ctx.find_object(Runtime)
    if runtime is None:  # a command invoked outside TrackerGroup.main (should not happen)
        runtime = ctx.ensure_object(Runtime)
    return runtime


def open_store(path: Path | None = None, *, create: bool | None = None) -> Store:
    """The database of the global options.

    `create` None: the default path is created on first use (and the user told
    so on stderr), a path named with --db or TUI_TRACKER_DB must exist: a typo
    must not silently start a new, empty database. `import` and `init` pass
    True."""
    # Lazy: `--help` and `parse` never load the database layer.
    from tui_tracker.store import Store
    from tui_tracker.store.files import exists

    runtime = current_runtime()
    path = path or runtime.db_path()
    chosen = runtime.db_is_chosen()
    if create is None:
        create = not chosen
    existed = exists(path)
    if not create and not existed:
        raise UsageError(t("storeops.db_missing", path=str(path)))
    group = runtime.group()
    store = Store.open(path, create=create, group=group)
    if not existed and not chosen and path == runtime.db_path():
        click.echo(t("storeops.created_default", path=str(path)), err=True)
    if not existed and group and not store.path.parent.stat().st_mode & stat.S_ISGID:
        # SQLite recreates -wal/-shm with the group of whoever opens the database
        # first, unless the folder is setgid: say so now rather than let a
        # colleague meet "cannot open" later.
        click.echo(t("storeops.folder_not_setgid", folder=str(store.path.parent),
                     group=group), err=True)
    return store
