"""The root of the command tree, `cli`, and `command`, which registers a command on it.

Commands are defined at module level, one module per group of commands
(cli/commands/: tasks, notices, corrections, replies, reports, exports, drafts, setup,
ui), each registering its own with `@command("NAME")` when it is imported, as llm's
are: `grep -n '"NAME"' tui_tracker/cli/commands/*.py` finds a command. A command only
checks its arguments and hands over to its body, in the modules beside this one
(cli/tasks.py, cli/notices.py, ...), loaded when the command runs: `list` does not load
the parser, the exports or a process pool (tests/cli/test_startup.py).

The tree has no language: its help texts are catalog keys, read in the interface
language when click shows them (cli/help_texts.py). `TrackerGroup.main` decides the
language once per call, before anything is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from tui_tracker.cli.global_options import GLOBAL_OPTIONS, global_options
from tui_tracker.cli.group import PROG_NAME, TrackerCommand, TrackerGroup
from tui_tracker.cli.help_texts import TrackerOption
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import ui
else:
    ui = LazyModule("tui_tracker.cli.ui")


@click.group(cls=TrackerGroup, name=PROG_NAME, invoke_without_command=True,
             help="cli.cmd.root", context_settings={"help_option_names": ["-h", "--help"]})
@global_options
# The version installed (package metadata), not a copy kept in the code.
@click.version_option(package_name="tui-tracker", prog_name=PROG_NAME,
                      message="%(prog)s %(version)s", cls=TrackerOption,
                      help="importui.cli.version")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """`tui-tracker` alone: the terminal UI on the user's database."""
    if ctx.invoked_subcommand is None:
        ui.open_ui()


def command(name: str, *, db: bool = True,
            group: TrackerGroup = cli) -> Callable[[Callable[..., Any]], TrackerCommand]:
    """Register the decorated function as the command `name` of `group` (the root
    unless given), with the global options: `db=False`, a command that opens no database
    of the user's (`parse`, `demo`), does not offer --db. Its help texts are the catalog's
    `cli.cmd.NAME` and `cli.cmd.NAME.short` (`cli.cmd.GROUP.NAME` under a group)."""
    key = f"cli.cmd.{name}" if group is cli else f"cli.cmd.{group.name}.{name}"

    def decorate(function: Callable[..., Any]) -> TrackerCommand:
        made = click.command(name, cls=TrackerCommand, help=key,
                             short_help=f"{key}.short")(global_options(function, db=db))
        # The command's own options first in its help page, the global ones after.
        made.params.sort(key=lambda param: param.name in GLOBAL_OPTIONS)
        group.add_command(made)
        return made

    return decorate


def group(name: str) -> Callable[[Callable[..., Any]], TrackerGroup]:
    """Register the decorated function as the group of commands `name` of the root (`draft`),
    with the global options; its commands are registered with `command(..., group=)`."""
    def decorate(function: Callable[..., Any]) -> TrackerGroup:
        made = click.group(name, cls=TrackerGroup, help=f"cli.cmd.{name}",
                           short_help=f"cli.cmd.{name}.short")(global_options(function))
        cli.add_command(made)
        return made

    return decorate
