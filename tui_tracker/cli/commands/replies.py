"""`read-report` and `apply-report`: an agency's report letter read, matched, applied.

The bodies are in cli/replies.py, loaded when a command runs (the parser and the store
with them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.root import command
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import replies
else:
    replies = LazyModule("tui_tracker.cli.replies")


@command("read-report", db=False)  # touches no database: offers no --db
@click.argument("file", metavar="FILE")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def read_report_command(file: str, as_json: bool) -> None:
    replies.read_report(file, as_json=as_json)


@command("apply-report")
@click.argument("file", metavar="FILE")
@option("--yes", "-y", "yes", is_flag=True, help="corrections.opt.yes")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def apply_report_command(file: str, yes: bool, as_json: bool) -> None:
    replies.apply_report(file, yes=yes, as_json=as_json)
