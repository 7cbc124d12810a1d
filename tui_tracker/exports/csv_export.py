"""`export --format csv`: one row per task, with its directive and notice."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tui_tracker.exports.columns import TASK_COLUMNS, shown
from tui_tracker.exports.excel_csv import CsvWriter
from tui_tracker.exports.flatten import FlatRows, Row

if TYPE_CHECKING:
    from tui_tracker.store import Store


def write_tasks_csv(store: Store, path: Path, *, today: date, keys: bool = False) -> int:
    """Every task as a CSV row, streamed notice by notice; the number of rows.
    `keys`: English column keys and raw values (for scripts) instead of the
    Excel-ready file with column names and words in the interface language."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = CsvWriter(out, [c.key if keys else c.label for c in TASK_COLUMNS], raw=keys)

        def on_rows(_notice: Row, _directives: list[Row], tasks: list[Row]) -> None:
            writer.rows([task.get(c.key) if keys else shown(c, task.get(c.key))
                         for c in TASK_COLUMNS] for task in tasks)

        store.dump(FlatRows(today=today, on_rows=on_rows))
    return writer.count
