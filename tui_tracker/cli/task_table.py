"""`list` output: the task table for people, CSV for spreadsheets."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import click

from tui_tracker.cli.output import console, countdown_short, format_day, plain
from tui_tracker.i18n import t, tn
from tui_tracker.model import Role, Urgency
from tui_tracker.text import strip_terminal_escapes

if TYPE_CHECKING:
    from tui_tracker.store import TaskRow

# `list --json` keys in contract order; the CSV columns are the same.
LIST_KEYS = ("id", "version", "notice_id", "notice_number", "directive_ref", "summary",
             "agency", "role", "status", "due_on", "original_due_on", "days_left", "class",
             "updated_at")

_URGENCY_STYLE = {
    Urgency.OVERDUE.value: "bold red",
    Urgency.TODAY.value: "bold yellow",
    Urgency.SOON.value: "yellow",
    Urgency.LATER.value: "",
    Urgency.NO_DEADLINE.value: "dim",
    Urgency.CLOSED.value: "dim",
}


def print_csv(rows: Sequence[TaskRow], *, keys: bool = False) -> None:
    """`list --csv`: Excel-ready (byte-order mark, column names and words in the
    interface language, formula-like text neutralised); `keys`: the contract keys
    of `list --json` as header and raw values, for scripts (exports/excel_csv.py)."""
    from tui_tracker.exports.columns import LIST_COLUMNS, shown
    from tui_tracker.exports.excel_csv import write_csv

    header = [column.key if keys else column.label for column in LIST_COLUMNS]
    data = (row.to_json() for row in rows)
    values = ([item.get(column.key) if keys else shown(column, item.get(column.key))
               for column in LIST_COLUMNS] for item in data)
    buffer = io.StringIO(newline="")
    write_csv(buffer, header, values, raw=keys)
    # Bytes, so that the CRLF line ends reach the file as written on every platform.
    click.echo(buffer.getvalue().encode("utf-8"), nl=False)


def print_task_table(rows: Sequence[TaskRow], today: date) -> None:
    """Two lines per task, so that it reads at 80 columns: the countdown over the due
    day, the agency over the item and its summary; long text is cut, never wrapped."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not rows:
        out.print(t("cli.list.empty"))
        return
    lines = [(str(row.id), countdown_short(row.status, row.days_left, row.task_class),
              format_day(row.due_on), t(f"status.{row.status}"),
              _agency_cell(row.agency, row.role),
              _item_cell(row.notice_number, row.directive_ref, row.summary)) for row in rows]

    def widest(index: int, heading: str) -> int:
        return max(cell_len(heading), *(cell_len(line[index]) for line in lines))

    # The short columns keep their full width; only the last one is cut to fit.
    heads = ("#", t("cli.col.countdown"), t("cli.col.status"), t("cli.col.task"))
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False, show_edge=False)
    table.add_column(heads[0], justify="right", no_wrap=True, min_width=widest(0, heads[0]))
    table.add_column(heads[1], no_wrap=True,
                     min_width=max(widest(1, heads[1]), widest(2, heads[1])))
    table.add_column(heads[2], no_wrap=True, min_width=widest(3, heads[2]))
    # Wrappable for rich's width calculation (so that only this column shrinks), while
    # the cell itself is cut with an ellipsis, line by line.
    table.add_column(heads[3])
    for row, (number, when_text, due_text, status_text, agency_text, item_text) in zip(
            rows, lines, strict=True):
        when = Text(when_text, style=_URGENCY_STYLE.get(row.urgency, ""))
        when.append("\n" + due_text, style="dim")
        what = plain(agency_text)
        what.no_wrap, what.overflow = True, "ellipsis"
        what.append("\n")
        what.append_text(plain(item_text).copy())
        what.stylize("dim", len(what.plain) - len(strip_terminal_escapes(item_text)))
        table.add_row(number, when, status_text, what)
    out.print(table)
    overdue = sum(1 for row in rows if row.urgency == Urgency.OVERDUE.value)
    soon = sum(1 for row in rows if row.urgency in (Urgency.TODAY.value, Urgency.SOON.value))
    # tn: English needs "1 task" once the catalog has `cli.list.footer.one`.
    out.print(tn("cli.list.footer", len(rows), count=len(rows), overdue=overdue, soon=soon,
                 today=format_day(today)))


def _agency_cell(agency: str, role: str) -> str:
    if role == Role.COORDINATE.value:
        return t("cli.list.coordinating", agency=agency)
    return agency


def _item_cell(number: str | None, ref: str, summary: str) -> str:
    return f"{number} · {ref} · {summary}" if number else f"{ref} · {summary}"
