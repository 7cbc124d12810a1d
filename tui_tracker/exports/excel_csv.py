"""CSV that Excel opens right, and that cannot run formulas from notice text.

The writer of `list --csv` and `export --format csv`; the reports' CSV writes its
cells with the same rule (`tui_tracker.output_files.excel_cell`):

- UTF-8 with a byte-order mark: without it Excel reads the file in the local
  ANSI code page and Vietnamese turns into "Sá»Ÿ Khoa há»c".
- Comma separated, CRLF line ends, fields quoted when needed (RFC 4180).
- Text cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return are
  prefixed with `'`: notice text is not trusted, and Excel would otherwise run
  `=HYPERLINK(...)` or `@SUM(...)` typed into a notice (CSV injection, OWASP).
  Numbers are written as numbers, so `days_left` -5 stays -5.

`raw=True` writes the plain machine form instead (no mark, `\\n`, nothing
prefixed): what scripts that parse `list --csv --csv-keys` have always read.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import IO, Any

# The cell rule is the output files' one (shared with the reports' CSV); re-exported here
# for the writers of this package.
from tui_tracker.output_files import FORMULA_STARTS, excel_cell

__all__ = ["BOM", "FORMULA_STARTS", "CsvWriter", "excel_cell", "raw_cell", "write_csv"]

BOM = "\ufeff"


def raw_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class CsvWriter:
    """Rows to a text stream opened with `newline=""`, in the Excel-ready form or,
    with `raw=True`, the plain machine form. The header goes out first."""

    def __init__(self, out: IO[str], header: Sequence[str], *, raw: bool = False) -> None:
        self.cell = raw_cell if raw else excel_cell
        if not raw:
            out.write(BOM)
        self.writer = csv.writer(out, lineterminator="\n" if raw else "\r\n")
        self.writer.writerow([self.cell(name) for name in header])
        self.count = 0

    def rows(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.writer.writerow([self.cell(value) for value in row])
            self.count += 1


def write_csv(out: IO[str], header: Sequence[str], rows: Iterable[Sequence[Any]], *,
              raw: bool = False) -> int:
    """Write `header` and `rows` to a text stream opened with `newline=""`; the
    number of rows written."""
    writer = CsvWriter(out, header, raw=raw)
    writer.rows(rows)
    return writer.count
