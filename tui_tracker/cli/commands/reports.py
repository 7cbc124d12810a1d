"""`report` (the scoreboard) and `due` (the login banner).

The bodies are in cli/reports.py, loaded when a command runs. A plain `due` is answered
before the command tree is even loaded, by the console script's front door
(cli/front.py); `due --json` and the unusual calls come here."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.params import COUNT, DAY, TASK_ID
from tui_tracker.cli.root import command
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import reports
else:
    reports = LazyModule("tui_tracker.cli.reports")

REPORT_FORMATS = ("md", "csv", "xlsx")  # besides the terminal table and --json


@command("report")
@option("--as-of", "as_of", metavar="DATE", type=DAY, help="report.opt.as_of")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
@option("--format", "fmt", type=click.Choice(REPORT_FORMATS), help="report.opt.format")
@option("-o", "--output", metavar="FILE", help="report.opt.output")
@option("--from", "date_from", metavar="DATE", type=DAY, help="report.opt.from")
@option("--to", "date_to", metavar="DATE", type=DAY, help="report.opt.to")
@option("--notice", "notice_id", metavar="ID", type=TASK_ID, help="report.opt.notice")
@option("--by", type=click.Choice(("agency", "notice")), default="agency", help="report.opt.by")
def report_command(as_of: date | None, as_json: bool, fmt: str | None, output: str | None,
                   date_from: date | None, date_to: date | None, notice_id: int | None,
                   by: str) -> None:
    reports.report(as_of=as_of, as_json=as_json, fmt=fmt, output=output, date_from=date_from,
                   date_to=date_to, notice_id=notice_id, by=by)


@command("due")
@option("--days", metavar="N", type=COUNT, help="due.opt.days")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def due_command(days: int | None, as_json: bool) -> None:
    reports.due(days=days, as_json=as_json)
