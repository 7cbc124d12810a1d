"""What the global options chose, shared by the group and its subcommands, and the
database it points at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tui_tracker import config

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


def open_store(path: Path | None = None) -> Store:
    # Lazy: `--help` and `parse` never load the database layer.
    from tui_tracker.store import Store

    return Store.open(path or current_runtime().db_path())
