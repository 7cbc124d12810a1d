"""The whole command tree, and its entry (`run`).

The root (`cli`, cli/root.py) loads the group module of a command when the command is
named (cli/commands/__init__.py), and the bodies of the commands are loaded only when a
command runs: the bare `tui-tracker` loads no command, `list` does not load the parser
and `parse` never loads the database layer."""

from __future__ import annotations

from collections.abc import Sequence

from tui_tracker.cli.group import PROG_NAME
from tui_tracker.cli.root import cli

__all__ = ["cli", "run", "main"]


def run(argv: Sequence[str] | None = None) -> None:
    """The whole command line (the console script's front door, cli/front.py, hands every
    call but a plain `due` here)."""
    cli.main(args=argv, prog_name=PROG_NAME)


main = run  # the command tree's own entry, as before the front door
