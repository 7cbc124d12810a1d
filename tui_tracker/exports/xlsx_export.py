"""`export --format xlsx`: a workbook with sheets of tasks, notices and directives.

Written with XlsxWriter. Each sheet has a frozen header row with an autofilter,
column widths that fit their content (long text capped and wrapped), dates as
real dates and the time stamps ("Cập nhật lúc", "Ngày nhập") as real date-times
(Excel sorts and filters them), numbers as numbers, and every text written with
write_string, so notice text can never become a formula.

Rows are streamed (XlsxWriter's `constant_memory`): each row goes to a temporary
file as soon as the next one starts, so memory stays flat with the number of tasks
(benchmarks/bench_exports.py: about 40 MB at 100,000 tasks, 348 MB before). The
rows come in order, one notice at a time, which is what that mode asks for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui_tracker.exports.columns import (
    DATE,
    DATETIME,
    DIRECTIVE_COLUMNS,
    LONG,
    NOTICE_COLUMNS,
    NUMBER,
    TASK_COLUMNS,
    Column,
    as_date,
    as_datetime,
    shown,
)
from tui_tracker.exports.flatten import FlatRows, Row
from tui_tracker.i18n import t
from tui_tracker.output_files import close_workbook

if TYPE_CHECKING:
    from tui_tracker.store import Store

MAX_WIDTH = {LONG: 60}  # wider text wraps inside the cell
DEFAULT_MAX_WIDTH = 40
DATE_WIDTH = 11  # "31/12/2026" plus a margin
DATETIME_WIDTH = 17  # "31/12/2026 14:05" plus a margin
XLSX_CELL_LIMIT = 32767  # characters Excel keeps in one cell


class _Sheet:
    def __init__(self, workbook: Any, name: str, columns: Sequence[Column],
                 formats: dict[str, Any]) -> None:
        self.sheet = workbook.add_worksheet(name)
        self.columns = columns
        self.formats = formats
        self.row = 1
        self.widths = [len(column.label) + 2 for column in columns]
        for index, column in enumerate(columns):
            self.sheet.write_string(0, index, column.label, formats["header"])

    def add(self, record: Row) -> None:
        for index, column in enumerate(self.columns):
            value = shown(column, record.get(column.key))
            if value is None:
                continue
            if column.kind == DATE and (day := as_date(value)) is not None:
                self.sheet.write_datetime(self.row, index, day, self.formats["date"])
                width = DATE_WIDTH
            elif column.kind == DATETIME and (moment := as_datetime(value)) is not None:
                self.sheet.write_datetime(self.row, index, moment, self.formats["datetime"])
                width = DATETIME_WIDTH
            elif column.kind == NUMBER and isinstance(value, int | float):
                self.sheet.write_number(self.row, index, value)
                width = len(str(value)) + 1
            else:
                text = str(value)[:XLSX_CELL_LIMIT]
                cell_format = self.formats["wrap"] if column.kind == LONG else None
                self.sheet.write_string(self.row, index, text, cell_format)
                width = max((len(line) for line in text.splitlines()), default=0) + 1
            limit = MAX_WIDTH.get(column.kind, DEFAULT_MAX_WIDTH)
            self.widths[index] = max(self.widths[index], min(width, limit))
        self.row += 1

    def finish(self) -> None:
        for index, width in enumerate(self.widths):
            self.sheet.set_column(index, index, width)
        self.sheet.freeze_panes(1, 0)
        self.sheet.autofilter(0, 0, max(self.row - 1, 1), len(self.columns) - 1)


def write_xlsx(store: Store, path: Path, *, today: date) -> dict[str, int]:
    """The workbook at `path`; the number of rows of each sheet."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                               "strings_to_formulas": False,
                                               "strings_to_urls": False})
    try:
        formats = {
            "header": workbook.add_format({"bold": True, "bg_color": "#DDEBF7",
                                           "border": 1, "text_wrap": True,
                                           "valign": "top"}),
            "date": workbook.add_format({"num_format": "dd/mm/yyyy", "valign": "top"}),
            "datetime": workbook.add_format({"num_format": "dd/mm/yyyy hh:mm",
                                             "valign": "top"}),
            "wrap": workbook.add_format({"text_wrap": True, "valign": "top"}),
        }
        tasks = _Sheet(workbook, t("exports.sheet.tasks"), TASK_COLUMNS, formats)
        notices = _Sheet(workbook, t("exports.sheet.notices"), NOTICE_COLUMNS, formats)
        directives = _Sheet(workbook, t("exports.sheet.directives"), DIRECTIVE_COLUMNS, formats)

        def on_rows(notice: Row, directive_rows: list[Row], task_rows: list[Row]) -> None:
            notices.add(notice)
            for row in directive_rows:
                directives.add(row)
            for row in task_rows:
                tasks.add(row)

        store.dump(FlatRows(today=today, on_rows=on_rows))
        for sheet in (tasks, notices, directives):
            sheet.finish()
    finally:
        close_workbook(workbook)
    return {"tasks": tasks.row - 1, "notices": notices.row - 1,
            "directives": directives.row - 1}
