"""The login banner's reading: how many open tasks are overdue, how many are due within N
days, and the two most urgent of them, read with `sqlite3` alone.

`tui-tracker due` runs at every SSH login and must cost next to nothing (issue 16, point 6:
at most half of Taskwarrior's `task +OVERDUE count`). Loading the whole store (the
dataclasses of the model, the migrations, the writers) costs more than the banner's own
work, so this module imports nothing of it: the console script's front door (cli/front.py)
reads the banner here and falls back to the full store for anything unusual.

The conditions below are the store's own: `filters.py` builds its "overdue" and "due
within" filters from them, so the banner and `list --overdue` can never disagree.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from datetime import date, timedelta
from pathlib import Path

# The schema this reader knows (store/connection.py's SCHEMA_VERSION, a test keeps them
# equal): any other version goes through the full store, which upgrades or refuses it.
SCHEMA_VERSION = 5

# A live (not deleted) open task; its deadline before a day; within a range of days.
OPEN_TASK = "t.deleted_at IS NULL AND t.closed = 0"
OVERDUE = "(t.closed = 0 AND t.sort_due < ?)"
DUE_BETWEEN = "(t.closed = 0 AND t.sort_due >= ? AND t.sort_due <= ?)"
MOST_URGENT_FIRST = "t.closed, t.sort_due, t.id"


def days_after(day: date, days: int) -> str:
    """ISO date `days` after `day`, clamped to what a date can hold (a huge
    --due-within means "any deadline")."""
    try:
        return (day + timedelta(days=days)).isoformat()
    except OverflowError:
        return "0001-01-01" if days < 0 else "9999-12-30"


# Named tuples from `collections`, not `typing` (whose import alone is a tenth of the
# banner's budget). BannerTask: one task the banner names (id, status, days_left: int |
# None, task_class, agency, notice_number: str | None, directive_ref, summary).
BannerTask = namedtuple("BannerTask", "id status days_left task_class agency notice_number "
                                      "directive_ref summary")
# Banner: overdue and due_soon counts, and the BannerTasks to name.
Banner = namedtuple("Banner", "overdue due_soon tasks")


def read_banner(path: Path, today: date, within: int) -> Banner | None:
    """The banner of the database at `path`; None when this plain reader should not answer
    (another schema version): the full store then does."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        day, until = today.isoformat(), days_after(today, within)
        overdue = conn.execute(f"SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL "
                               f"AND {OVERDUE}", (day,)).fetchone()[0]
        due_soon = conn.execute(f"SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL "
                                f"AND {DUE_BETWEEN}", (day, until)).fetchone()[0]
        tasks: list[BannerTask] = []
        if overdue or due_soon:
            rows = conn.execute(
                "SELECT t.id, t.status, t.due_on, a.name, n.number, d.ref, d.summary "
                "FROM tasks t JOIN agencies a ON a.id = t.agency_id "
                "JOIN directives d ON d.id = t.directive_id "
                "JOIN notices n ON n.id = d.notice_id "
                f"WHERE t.deleted_at IS NULL AND ({OVERDUE} OR {DUE_BETWEEN}) "
                f"ORDER BY {MOST_URGENT_FIRST} LIMIT 2", (day, day, until)).fetchall()
            for task_id, status, due_on, agency, number, ref, summary in rows:
                left = (date.fromisoformat(due_on) - today).days if due_on else None
                tasks.append(BannerTask(task_id, status, left,
                                        "overdue" if left is not None and left < 0
                                        else "on_track", agency, number, ref, summary))
        return Banner(overdue, due_soon, tasks)
    finally:
        conn.close()
