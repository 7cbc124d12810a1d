"""Task lists and counts: what `list`, the countdown and the reports read.

Apart from the notice, directive and search queries (queries.py) so that `list`
starts without them (see task_rows.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import Any

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.model import Urgency
from tui_tracker.store.filters import (
    URGENCY_ORDER,
    TaskFilter,
    task_conditions,
    urgency_condition,
)
from tui_tracker.store.task_rows import (
    TASK_FROM,
    TASK_LINE_SELECT,
    TASK_SELECT,
    TaskLine,
    TaskRow,
    task_line,
    task_row,
)


def list_tasks(conn: sqlite3.Connection, task_filter: TaskFilter | None, *, today: date,
               soon_days: int = 7, limit: int | None = None, offset: int = 0) -> list[TaskRow]:
    """Most urgent first. The page of ids is chosen on `tasks` alone (walking an
    index, no joins for the skipped rows), then only that page is joined."""
    where, params = task_conditions(conn, task_filter, today=today, soon_days=soon_days)
    page = f"SELECT t.id FROM tasks t WHERE {where} ORDER BY {URGENCY_ORDER}"
    if limit is not None or offset:
        page += " LIMIT ? OFFSET ?"
        params = [*params, -1 if limit is None else max(limit, 0), max(offset, 0)]
    rows = conn.execute(
        f"SELECT {TASK_SELECT} FROM {TASK_FROM} WHERE t.id IN ({page}) ORDER BY {URGENCY_ORDER}",
        params).fetchall()
    return [task_row(row, today=today, soon_days=soon_days) for row in rows]


def iter_tasks(conn: sqlite3.Connection, task_filter: TaskFilter | None, *, today: date,
               soon_days: int = 7, limit: int | None = None,
               batch: int = 1000) -> Iterator[TaskRow]:
    """Every matching task, most urgent first, `batch` rows at a time from one cursor:
    the caller can print each row as it comes and memory stays flat at any size.
    One SELECT walks the urgency index and joins as it goes (no id page first: with
    no page to skip to, the joins are needed for every row anyway)."""
    for row in _urgent_rows(conn, TASK_SELECT, task_filter, today=today, soon_days=soon_days,
                            limit=limit, batch=batch):
        yield task_row(row, today=today, soon_days=soon_days)


def iter_task_lines(conn: sqlite3.Connection, task_filter: TaskFilter | None, *, today: date,
                    soon_days: int = 7, limit: int | None = None,
                    batch: int = 1000) -> Iterator[TaskLine]:
    """`iter_tasks` reduced to what the `list` table shows."""
    for row in _urgent_rows(conn, TASK_LINE_SELECT, task_filter, today=today,
                            soon_days=soon_days, limit=limit, batch=batch):
        yield task_line(row, today=today, soon_days=soon_days)


def _urgent_rows(conn: sqlite3.Connection, select: str, task_filter: TaskFilter | None, *,
                 today: date, soon_days: int, limit: int | None,
                 batch: int) -> Iterator[tuple[Any, ...]]:
    """The filtered tasks' rows in urgency order, fetched `batch` at a time."""
    where, params = task_conditions(conn, task_filter, today=today, soon_days=soon_days)
    sql = f"SELECT {select} FROM {TASK_FROM} WHERE {where} ORDER BY {URGENCY_ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, max(limit, 0)]
    cursor = conn.execute(sql, params)
    while chunk := cursor.fetchmany(batch):
        yield from chunk


def max_task_id(conn: sqlite3.Connection) -> int:
    """The largest task id (0 when there is none): the width of an id column."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM tasks").fetchone()[0])


def count_tasks(conn: sqlite3.Connection, task_filter: TaskFilter | None, *, today: date,
                soon_days: int = 7) -> int:
    where, params = task_conditions(conn, task_filter, today=today, soon_days=soon_days)
    return int(conn.execute(f"SELECT count(*) FROM tasks t WHERE {where}", params).fetchone()[0])


def urgency_counts(conn: sqlite3.Connection, task_filter: TaskFilter | None, *, today: date,
                   soon_days: int = 7) -> dict[Urgency, int]:
    """Tasks per countdown band, every band present. One count per band: each is a
    range of an index, far cheaper than one pass evaluating every band per row."""
    where, params = task_conditions(conn, task_filter, today=today, soon_days=soon_days)
    counts: dict[Urgency, int] = {}
    for band in Urgency:
        sql, values = urgency_condition(band, today=today, soon_days=soon_days)
        counts[band] = conn.execute(f"SELECT count(*) FROM tasks t WHERE {sql} AND {where}",
                                    [*values, *params]).fetchone()[0]
    return counts


def get_task(conn: sqlite3.Connection, task_id: int, *, today: date,
             soon_days: int = 7) -> TaskRow:
    row = conn.execute(f"SELECT {TASK_SELECT} FROM {TASK_FROM} WHERE t.id = ? "
                       "AND t.deleted_at IS NULL", (task_id,)).fetchone()
    if row is None:
        raise UsageError(t("store.task_not_found", id=task_id))
    return task_row(row, today=today, soon_days=soon_days)
