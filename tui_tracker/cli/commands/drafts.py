"""`draft report` and `draft reminder`: Word drafts of the office's report on a notice
and of the letter urging an agency.

The bodies are in cli/drafts.py, loaded when a command runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.params import TASK_ID
from tui_tracker.cli.root import command, group
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import drafts
else:
    drafts = LazyModule("tui_tracker.cli.drafts")


@group("draft")
def draft() -> None:
    """The group of the draft commands; it does nothing itself."""


@command("report", group=draft)
@click.argument("notice", metavar="NOTICE", type=TASK_ID)
@option("-o", "--output", "output", metavar="FILE", help="drafts.opt.output")
def draft_report_command(notice: int, output: str | None) -> None:
    drafts.draft_report(notice, output)


@command("reminder", group=draft)
@option("--agency", metavar="TEXT", help="drafts.opt.agency")
@option("-o", "--output", "output", metavar="FILE", help="drafts.opt.output")
def draft_reminder_command(agency: str | None, output: str | None) -> None:
    drafts.draft_reminder(agency, output)
