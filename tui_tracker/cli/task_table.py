"""`list` output, streamed: the task table for people, JSON and CSV for scripts.

Every writer takes an iterator of rows and writes each row as it comes, so the
first lines appear at once, the time is proportional to the rows printed and
memory stays flat at a million tasks. That rules out a rich `Table` (it measures
every cell of every row before printing the first): the table is drawn here with
column widths fixed up front from what the cells can hold (the widest status
label, the widest countdown wording, the largest id), not from the data.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, TextIO

from tui_tracker.cli.output import countdown_short, format_day
from tui_tracker.i18n import t, tn
from tui_tracker.model import Role, Status, TaskClass, Urgency
from tui_tracker.text import strip_terminal_escapes

if TYPE_CHECKING:
    from tui_tracker.store import TaskRow
    from tui_tracker.store.rows import TaskLine

# `list --json` keys in contract order; the CSV columns are the same.
LIST_KEYS = ("id", "version", "notice_id", "notice_number", "directive_ref", "summary",
             "agency", "role", "status", "due_on", "original_due_on", "days_left", "class",
             "updated_at")

# ANSI styles of the countdown column, as rich drew them before (bold red, ...).
_URGENCY_STYLE = {
    Urgency.OVERDUE.value: "\x1b[1;31m",
    Urgency.TODAY.value: "\x1b[1;33m",
    Urgency.SOON.value: "\x1b[33m",
    Urgency.LATER.value: "",
    Urgency.NO_DEADLINE.value: "\x1b[2m",
    Urgency.CLOSED.value: "\x1b[2m",
}
_DIM, _BOLD, _RESET = "\x1b[2m", "\x1b[1m", "\x1b[0m"
_GAP = "   "  # between columns
# Widest day count the countdown column is sized for; a longer one is cut with "…".
_WIDEST_DAYS = 9999


def write_json(rows: Iterable[TaskRow], out: TextIO | None = None) -> None:
    """A JSON array with one task per line, written as the rows come. One compact
    object per line (rather than indented) keeps the C encoder on, several times
    faster, and lets `grep` pick tasks; any JSON reader sees the same array."""
    out = out or sys.stdout
    encode = json.JSONEncoder(ensure_ascii=False).encode
    first = True
    for row in rows:
        out.write(("[\n" if first else ",\n") + encode(row.to_json()))
        first = False
    out.write("[]\n" if first else "\n]\n")


def print_csv(rows: Iterable[TaskRow], *, keys: bool = False) -> None:
    """`list --csv`, written as the rows come: Excel-ready (byte-order mark, column
    names and words in the interface language, formula-like text neutralised);
    `keys`: the contract keys of `list --json` as header and raw values, for scripts
    (exports/excel_csv.py)."""
    from tui_tracker.exports.columns import LIST_COLUMNS, shown
    from tui_tracker.exports.excel_csv import write_csv

    header = [column.key if keys else column.label for column in LIST_COLUMNS]
    data = (row.to_json() for row in rows)
    values = ([item.get(column.key) if keys else shown(column, item.get(column.key))
               for column in LIST_COLUMNS] for item in data)
    sys.stdout.flush()
    # Bytes through our own wrapper, so that the CRLF line ends reach the file as
    # written on every platform; detached after, so stdout stays usable.
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        write_csv(out, header, values, raw=keys)
        out.flush()
    finally:
        out.detach()


def output_width() -> int:
    """Columns to draw in: $COLUMNS, else the terminal's, else 80 (a pipe or a file),
    as rich decides it."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((80, 24)).columns
    return 80


def use_color() -> bool:
    return (sys.stdout.isatty() and "NO_COLOR" not in os.environ
            and os.environ.get("TERM") != "dumb")


# Anything outside the ranges below might not take exactly one cell (controls,
# combining marks, wide East Asian forms, emoji). Vietnamese text (stored NFC) stays
# inside them, so for it a character count is the cell count and slicing cuts at the
# right cell: about ten times faster than rich measuring grapheme by grapheme, which
# only other text pays.
_NOT_ONE_CELL = re.compile("[^\x20-\x7e\xa0-\u02ff\u0370-\u03ff\u0400-\u04ff"
                           "\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]")


def _cells(text: str) -> int:
    if not _NOT_ONE_CELL.search(text):
        return len(text)
    from rich.cells import cell_len  # only for other scripts: `due` must not load rich

    return cell_len(text)


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis, never wrapped (not padded)."""
    if width <= 0:
        return ""
    if not _NOT_ONE_CELL.search(text):
        return text if len(text) <= width else text[:width - 1].rstrip() + "…"
    from rich.cells import cell_len, set_cell_size

    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1).rstrip() + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _cells(text), 0)


class TaskTableWriter:
    """Two lines per task, so that it reads at 80 columns: the countdown over the due
    day, the agency over the item and its summary; long text is cut, never wrapped.

    Many tasks share a countdown, a due day, an agency or a directive, so each cell is
    worded, cut and coloured once and then looked up; lines go out in chunks (one
    write per task would be one system call each when stdout is unbuffered)."""

    CHUNK = 256  # tasks per write

    def __init__(self, *, largest_id: int, width: int, color: bool, out: TextIO) -> None:
        self.out = out
        self.color = color
        self.heads = ("#", t("cli.col.countdown"), t("cli.col.status"), t("cli.col.task"))
        self.id_width = max(len(str(largest_id)), _cells(self.heads[0]))
        self.when_width = max(_cells(text) for text in (self.heads[1], *_countdown_wordings()))
        self.status_width = max(_cells(text) for text in
                                (self.heads[2], *(t(f"status.{s.value}") for s in Status)))
        fixed = self.id_width + self.when_width + self.status_width + 3 * len(_GAP)
        # The last column takes the rest; a terminal too narrow still gets 10 cells.
        self.task_width = max(width - fixed - 1, 10)
        self._status = {s.value: _pad(t(f"status.{s.value}"), self.status_width)
                        for s in Status}
        self._when: dict[tuple[str, int | None, str, str], str] = {}
        self._due: dict[date | None, str] = {}
        self._agency: dict[tuple[str, str], str] = {}
        self._item: dict[int, str] = {}
        self._pending: list[str] = []

    def _style(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self.color and style and text else text

    def header(self) -> None:
        id_head, when_head, status_head, task_head = self.heads
        line = _GAP.join((id_head.rjust(self.id_width), _pad(when_head, self.when_width),
                          _pad(status_head, self.status_width),
                          _fit(task_head, self.task_width)))
        rule_width = self.id_width + self.when_width + self.status_width + self.task_width
        self._pending.append(" " + self._style(line.rstrip(), _BOLD) + "\n"
                             + "─" * (rule_width + 3 * len(_GAP) + 1) + "\n")

    def row(self, line: TaskLine, *, first: bool) -> None:
        key = (line.status, line.days_left, line.task_class, line.urgency)
        when = self._when.get(key)
        if when is None:
            text = _fit(countdown_short(line.status, line.days_left, line.task_class),
                        self.when_width)
            when = self._when[key] = self._style(_pad(text, self.when_width),
                                                 _URGENCY_STYLE.get(line.urgency, ""))
        due = self._due.get(line.due_on)
        if due is None:
            due = self._due[line.due_on] = self._style(
                _pad(format_day(line.due_on), self.when_width), _DIM)
        agency = self._agency.get((line.agency, line.role))
        if agency is None:
            agency = self._agency[line.agency, line.role] = _fit(
                strip_terminal_escapes(_agency_cell(line.agency, line.role)), self.task_width)
        item = self._item.get(line.directive_id)
        if item is None:
            if len(self._item) > 4096:  # bounded: the directives of one screenful or so
                self._item.clear()
            item = self._item[line.directive_id] = self._style(_fit(strip_terminal_escapes(
                _item_cell(line.notice_number, line.directive_ref, line.summary)),
                self.task_width), _DIM)
        self._pending.append(
            f"{'' if first else chr(10)} {str(line.id).rjust(self.id_width)}{_GAP}{when}{_GAP}"
            f"{self._status[line.status]}{_GAP}{agency}\n"
            f" {' ' * self.id_width}{_GAP}{due}{_GAP}{' ' * self.status_width}{_GAP}{item}\n")
        if len(self._pending) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        self.out.write("".join(self._pending))
        self._pending.clear()


def print_task_table(lines: Iterable[TaskLine], today: date, *, largest_id: int,
                     out: TextIO | None = None) -> None:
    """Write the table as the rows come, then the counts line."""
    out = out or sys.stdout
    rows: Iterator[TaskLine] = iter(lines)
    line = next(rows, None)
    if line is None:
        out.write(t("cli.list.empty") + "\n")
        return
    writer = TaskTableWriter(largest_id=largest_id, width=output_width(), color=use_color(),
                             out=out)
    writer.header()
    count = overdue = soon = 0
    # Plain strings, read once: an enum's .value is a property call, per row here.
    overdue_value = Urgency.OVERDUE.value
    soon_values = (Urgency.TODAY.value, Urgency.SOON.value)
    while line is not None:
        writer.row(line, first=count == 0)
        count += 1
        if line.urgency == overdue_value:
            overdue += 1
        elif line.urgency in soon_values:
            soon += 1
        line = next(rows, None)
    writer.flush()
    # tn: English needs "1 task" once the catalog has `cli.list.footer.one`.
    out.write(tn("cli.list.footer", count, count=count, overdue=overdue, soon=soon,
                 today=format_day(today)) + "\n")


def _countdown_wordings() -> list[str]:
    """Every shape the countdown column can take, at its widest, and the due day."""
    open_status = Status.TODO.value
    wordings = [countdown_short(open_status, days, TaskClass.OVERDUE.value)
                for days in (-_WIDEST_DAYS, 0, _WIDEST_DAYS, None)]
    wordings += [countdown_short(Status.DONE.value, None, task_class.value)
                 for task_class in TaskClass]
    wordings.append(format_day(date(2026, 12, 31)))
    return wordings


def _agency_cell(agency: str, role: str) -> str:
    if role == Role.COORDINATE.value:
        return t("cli.list.coordinating", agency=agency)
    return agency


def _item_cell(number: str | None, ref: str, summary: str) -> str:
    return f"{number} · {ref} · {summary}" if number else f"{ref} · {summary}"
