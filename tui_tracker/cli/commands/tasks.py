"""`list`, `set-status`, `extend`, `history`: reading and changing agency tasks.

The bodies are in cli/tasks.py, loaded when a command runs."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.params import COUNT, DAY, TASK_ID, parse_status
from tui_tracker.cli.root import command
from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.lazy import LazyModule
from tui_tracker.model import Status

if TYPE_CHECKING:
    from tui_tracker.cli import tasks
else:
    tasks = LazyModule("tui_tracker.cli.tasks")


@command("list")
@option("--overdue", is_flag=True, help="cli.opt.overdue")
@option("--due-within", "due_within", metavar="DAYS", type=COUNT, help="cli.opt.due_within")
@option("--agency", metavar="TEXT", help="cli.opt.agency")
@option("--status", "statuses", metavar="STATUS", multiple=True, help="cli.opt.status")
@option("--notice", "notice_id", metavar="ID", type=TASK_ID, help="cli.opt.notice")
@option("--search", metavar="TEXT", help="cli.opt.search")
@option("--open", "open_only", is_flag=True, help="cli.opt.open")
@option("--limit", metavar="N", type=COUNT, help="cli.opt.limit")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
@option("--csv", "as_csv", is_flag=True, help="exports.opt.list_csv")
@option("--csv-keys", "csv_keys", is_flag=True, help="exports.opt.csv_keys")
@option("--extension-requested", "extension_requested", is_flag=True,
        help="replies.opt.extension_requested")
def list_command(overdue: bool, due_within: int | None, agency: str | None,
                 statuses: tuple[str, ...], notice_id: int | None, search: str | None,
                 open_only: bool, limit: int | None, as_json: bool, as_csv: bool,
                 csv_keys: bool, extension_requested: bool) -> None:
    as_csv = as_csv or csv_keys  # --csv-keys alone means CSV too
    if as_json and as_csv:
        raise UsageError(t("cli.usage.json_or_csv"))
    from tui_tracker.store.search_index import match_expression  # the store, lazily

    if search is not None and match_expression(search) is None:
        # Only punctuation: refused rather than silently listing every task.
        raise UsageError(t("cli.search.no_words", text=search))
    parsed_statuses: list[Status] = []
    for value in statuses:
        # `--status todo,in_progress` as well as repeated --status.
        parsed_statuses.extend(parse_status(word) for word in value.split(",") if word.strip())
    tasks.list_tasks(overdue=overdue, due_within=due_within, agency=agency,
                     statuses=tuple(parsed_statuses) or None, notice_id=notice_id,
                     search=search, open_only=open_only, limit=limit, as_json=as_json,
                     as_csv=as_csv, csv_keys=csv_keys,
                     extension_requested=extension_requested)


@command("set-status")
@click.argument("task", metavar="TASK", type=TASK_ID)
@click.argument("status_word", metavar="STATUS")
@option("--note", metavar="TEXT", help="cli.opt.note")
@option("--on", "on", metavar="YYYY-MM-DD", type=DAY, help="cli.opt.on")
@option("--if-version", "if_version", metavar="N", type=COUNT, help="cli.opt.if_version")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def set_status_command(task: int, status_word: str, note: str | None, on: date | None,
                       if_version: int | None, as_json: bool) -> None:
    status = parse_status(status_word)
    if on is not None and status is not Status.DONE:
        raise UsageError(t("cli.set_status.on_needs_done"))
    tasks.set_status(task, status, note=note, on=on, if_version=if_version, as_json=as_json)


@command("extend")
@click.argument("task", metavar="TASK", type=TASK_ID)
@click.argument("new_due", metavar="DATE", type=DAY)
@option("--reason", metavar="TEXT", help="cli.opt.reason")
@option("--earlier", is_flag=True, help="corrections.opt.earlier")
@option("--on", "on", metavar="DATE", type=DAY, help="cli.opt.extend_on")
@option("--if-version", "if_version", metavar="N", type=COUNT, help="cli.opt.if_version")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def extend_command(task: int, new_due: date, reason: str | None, earlier: bool,
                   on: date | None, if_version: int | None, as_json: bool) -> None:
    # Checked here rather than with required=True: click would print "[required]"
    # in English in the help page.
    if reason is None or not reason.strip():
        raise UsageError(t("cli.extend.reason_required"))
    tasks.extend(task, new_due, reason=reason.strip(), if_version=if_version,
                 as_json=as_json, earlier=earlier, on=on)


@command("refuse-extension")
@click.argument("task", metavar="TASK", type=TASK_ID)
@option("--reason", metavar="TEXT", help="cli.opt.refusal_reason")
@option("--if-version", "if_version", metavar="N", type=COUNT, help="cli.opt.if_version")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def refuse_extension_command(task: int, reason: str | None, if_version: int | None,
                             as_json: bool) -> None:
    if reason is None or not reason.strip():
        raise UsageError(t("cli.refuse.reason_required"))
    tasks.refuse_extension(task, reason=reason.strip(), if_version=if_version,
                           as_json=as_json)


@command("history")
@click.argument("task", metavar="TASK", type=TASK_ID)
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def history_command(task: int, as_json: bool) -> None:
    tasks.history(task, as_json=as_json)
