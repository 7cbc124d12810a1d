"""The scoreboard as an Excel workbook a clerk forwards as it is (XlsxWriter).

Sheet 1: a title with the as-of day, the scope, a frozen header row, one row per
agency (or notice) with its lead tasks, the totals row, rates as real
percentages, then the coordinating tasks apart. Sheet 2: the tasks behind it,
one row each, dates as real dates, with a filter on the header. Every text
cell is written as a string (XlsxWriter would otherwise run a summary starting
with "=" as a formula). Printing is set up: landscape, one page wide, header
rows repeated.

The file appears whole or not at all, with the database's privacy
(output_files.atomic_write).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from tui_tracker.i18n import t
from tui_tracker.output_files import atomic_write, close_workbook
from tui_tracker.reports.render import (
    COLUMN_KEYS,
    COUNT_KEYS,
    column_title,
    first_column_title,
    notice_label,
    report_scope,
    report_title,
)
from tui_tracker.reports.scoreboard import Counts, NoticeScoreboard, ReportTask, Scoreboard
from tui_tracker.wording import class_label, day_text, role_label, status_label

# Excel holds 1,048,576 rows a sheet; the task sheet keeps one for its header.
MAX_TASK_ROWS = 1_048_575
_HEADER_ROW = 3  # title, scope, blank, header


def _text_width(text: str) -> float:
    """Columns a text needs in Excel's default font: Vietnamese letters with their
    marks are as wide as plain ones, capitals a little wider."""
    return sum(1.15 if ch.isupper() else 1.0 for ch in text) + 2


def write_scoreboard_xlsx(path: str | Path, board: Scoreboard | NoticeScoreboard,
                          tasks: Iterable[ReportTask] = (), *, notice: str | None = None,
                          like: Path | None = None) -> Path:
    """Write the workbook to `path` (replaced whole); return the path written. `tasks`
    may be a stream (reports.iter_report_tasks): each row is written as it comes, and
    XlsxWriter's constant_memory flushes it, so memory stays flat at any size. `like`:
    the database, whose privacy the file gets."""
    import xlsxwriter

    with atomic_write(path, like=like) as temporary:
        workbook = xlsxwriter.Workbook(str(temporary), {"constant_memory": True,
                                                        "strings_to_formulas": False,
                                                        "strings_to_urls": False})
        formats = _formats(workbook)
        _summary_sheet(workbook, formats, board, notice)
        _task_sheet(workbook, formats, tasks)
        workbook.set_properties({"title": report_title(board.as_of), "author": "tui-tracker"})
        close_workbook(workbook)
    return Path(path).expanduser()


def _formats(workbook: Any) -> dict[str, Any]:
    border = {"border": 1, "valign": "vcenter"}
    return {
        "title": workbook.add_format({"bold": True, "font_size": 14}),
        "scope": workbook.add_format({"italic": True}),
        "head": workbook.add_format({**border, "bold": True, "text_wrap": True,
                                     "align": "center", "bg_color": "#DDEBF7"}),
        "text": workbook.add_format({**border, "text_wrap": True}),
        "number": workbook.add_format({**border, "num_format": "0"}),
        "percent": workbook.add_format({**border, "num_format": "0.0%"}),
        "total_text": workbook.add_format({**border, "bold": True, "bg_color": "#F2F2F2"}),
        "total_number": workbook.add_format({**border, "bold": True, "num_format": "0",
                                             "bg_color": "#F2F2F2"}),
        "total_percent": workbook.add_format({**border, "bold": True, "num_format": "0.0%",
                                              "bg_color": "#F2F2F2"}),
        "date": workbook.add_format({**border, "num_format": "dd/mm/yyyy"}),
        "section": workbook.add_format({"bold": True}),
        "note": workbook.add_format({"italic": True, "font_color": "#595959"}),
    }


def _summary_items(board: Scoreboard | NoticeScoreboard) -> list[tuple[str, Counts, Counts]]:
    if isinstance(board, Scoreboard):
        return [(a.agency, a.lead, a.coordinate) for a in board.agencies]
    return [(notice_label(n), n.lead, n.coordinate) for n in board.notices]


def _write_counts(sheet: Any, row: int, counts: Counts, formats: dict[str, Any],
                  total: bool = False) -> None:
    number = formats["total_number" if total else "number"]
    percent = formats["total_percent" if total else "percent"]
    for col, key in enumerate(COUNT_KEYS, start=2):
        sheet.write_number(row, col, getattr(counts, key), number)
    for col, rate in enumerate((counts.completion_rate, counts.on_time_rate),
                               start=2 + len(COUNT_KEYS)):
        if rate is None:
            sheet.write_blank(row, col, None, percent)
        else:
            sheet.write_number(row, col, rate, percent)


def _summary_sheet(workbook: Any, formats: dict[str, Any], board: Scoreboard | NoticeScoreboard,
                   notice: str | None) -> None:
    sheet = workbook.add_worksheet(t("report.xlsx.summary_sheet"))
    items = _summary_items(board)
    lead_items = [(label, lead) for label, lead, _ in items if lead.total]
    coordinate_items = [(label, c) for label, _, c in items if c.total]
    first = first_column_title(board)
    labels = [first, first_column_title(board, "coordinate"), t("report.totals"),
              *(label for label, _, _ in items)]
    sheet.set_column(0, 0, 5)
    sheet.set_column(1, 1, min(max(_text_width(x) for x in labels), 60))
    sheet.set_column(2, 1 + len(COLUMN_KEYS), 13)
    sheet.set_row(_HEADER_ROW, 48)
    title = report_title(board.as_of)
    if isinstance(board, NoticeScoreboard):
        title = t("report.title_by_notice", day=title_day(board.as_of))
    sheet.write_string(0, 0, title, formats["title"])
    sheet.write_string(1, 0, report_scope(board.date_from, board.date_to, notice)
                       or t("report.xlsx.scope_all"), formats["scope"])
    _header(sheet, _HEADER_ROW, first, formats)
    row = _HEADER_ROW + 1
    for number, (label, counts) in enumerate(lead_items, start=1):
        sheet.write_number(row, 0, number, formats["number"])
        sheet.write_string(row, 1, label, formats["text"])
        _write_counts(sheet, row, counts, formats)
        row += 1
    sheet.write_blank(row, 0, None, formats["total_text"])
    sheet.write_string(row, 1, t("report.totals"), formats["total_text"])
    _write_counts(sheet, row, board.totals, formats, total=True)
    row += 2
    if coordinate_items:
        sheet.write_string(row, 0, t("report.coordinate_title"), formats["section"])
        row += 1
        sheet.set_row(row, 48)
        _header(sheet, row, first_column_title(board, "coordinate"), formats)
        row += 1
        for number, (label, counts) in enumerate(coordinate_items, start=1):
            sheet.write_number(row, 0, number, formats["number"])
            sheet.write_string(row, 1, label, formats["text"])
            _write_counts(sheet, row, counts, formats)
            row += 1
        row += 1
    sheet.write_string(row, 0, t("report.footnote"), formats["note"])
    sheet.freeze_panes(_HEADER_ROW + 1, 0)
    sheet.repeat_rows(_HEADER_ROW)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)


def title_day(day: date) -> str:
    return day_text(day)


def _header(sheet: Any, row: int, first: str, formats: dict[str, Any]) -> None:
    sheet.write_string(row, 0, t("report.xlsx.col.number"), formats["head"])
    sheet.write_string(row, 1, first, formats["head"])
    for col, key in enumerate(COLUMN_KEYS, start=2):
        sheet.write_string(row, col, column_title(key), formats["head"])


_TASK_COLUMNS = ("number", "notice", "ref", "summary", "agency", "role", "status", "due_on",
                 "original_due_on", "completed_on", "class", "id")
_TASK_WIDTHS = {"number": 6, "notice": 16, "ref": 7, "summary": 60, "agency": 30, "role": 10,
                "status": 16, "due_on": 12, "original_due_on": 12, "completed_on": 12,
                "class": 24, "id": 8}


def _task_sheet(workbook: Any, formats: dict[str, Any], tasks: Iterable[ReportTask]) -> None:
    sheet = workbook.add_worksheet(t("report.xlsx.tasks_sheet"))
    for col, key in enumerate(_TASK_COLUMNS):
        sheet.set_column(col, col, _TASK_WIDTHS[key])
    sheet.set_row(0, 32)
    for col, key in enumerate(_TASK_COLUMNS):
        sheet.write_string(0, col, t(f"report.xlsx.task.{key}"), formats["head"])
    rows = 0
    for row, task in enumerate(tasks, start=1):
        if row > MAX_TASK_ROWS:
            break
        rows = row
        sheet.write_number(row, 0, row, formats["number"])
        sheet.write_string(row, 1, task.notice_number or "", formats["text"])
        sheet.write_string(row, 2, task.directive_ref, formats["text"])
        sheet.write_string(row, 3, task.summary, formats["text"])
        sheet.write_string(row, 4, task.agency, formats["text"])
        sheet.write_string(row, 5, role_label(task.role), formats["text"])
        sheet.write_string(row, 6, status_label(task.status), formats["text"])
        for col, day in ((7, task.due_on), (8, task.original_due_on), (9, task.completed_on)):
            if day is None:
                sheet.write_blank(row, col, None, formats["date"])
            else:
                sheet.write_datetime(row, col, _midnight(day), formats["date"])
        sheet.write_string(row, 10, class_label(task.task_class), formats["text"])
        sheet.write_number(row, 11, task.id, formats["number"])
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(rows, 1), len(_TASK_COLUMNS) - 1)
    sheet.repeat_rows(0)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)


def _midnight(day: date) -> Any:
    from datetime import datetime

    return datetime(day.year, day.month, day.day)
