"""`init`, `backup` and `check`: a new database, private or an office's, a consistent copy
of it, and whether it is sound.

The bodies are in cli/setup.py (init) and cli/maintenance.py (backup, check), loaded
when a command runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.root import command
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import maintenance, setup
else:
    maintenance = LazyModule("tui_tracker.cli.maintenance")
    setup = LazyModule("tui_tracker.cli.setup")


@command("init")
@click.argument("folder", metavar="[DIR]", required=False)
@option("--shared", metavar="GROUP", help="storeops.opt.shared")
def init_command(folder: str | None, shared: str | None) -> None:
    setup.init_database(folder, shared=shared)


@command("backup")
@click.argument("file", metavar="FILE")
@option("--force", is_flag=True, help="storeops.opt.force")
def backup_command(file: str, force: bool) -> None:
    maintenance.backup(file, force=force)


@command("check")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
@option("--rebuild-search", "rebuild_search", is_flag=True, help="storeops.opt.rebuild_search")
def check_command(as_json: bool, rebuild_search: bool) -> int:
    return maintenance.check(as_json=as_json, rebuild_search=rebuild_search)
