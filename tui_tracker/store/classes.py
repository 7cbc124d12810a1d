"""The report classes of model.classify(), written as SQL, and tasks as of a day.

model.classify() is THE definition (done on time, done late, on track, overdue,
cancelled: domain.md). Reports count classes over hundreds of thousands of
tasks, so they need the same rule inside SQLite; `class_case()` and
`class_sums()` are that rule spelled in SQL, and tests/store/test_store_classes.py
checks they agree with classify() on every combination of status, deadline,
completion day and reference day.

"As of" a past day D — our reading of domain.md, which only says "relative to
a reference day": the report says what was true at the end of D.
- Tasks of a notice dated after D (issue date, else meeting date) did not
  exist yet. The notice's date, not the import time: an old notice typed in
  today still belongs to last month's report.
- A task completed after D was not done yet on D (classify() handles it).
- When D is before the reference day (`--as-of` earlier than `--today`), the
  status and the deadline are those the task had at the end of D: every
  history row keeps a snapshot of the task before its change (prev_*), so the
  first change recorded after D gives the state on D. An extension granted
  after D did not exist yet: the task is judged by the deadline it had then.
  History times are the real clock; with `--as-of` on or after the reference
  day the current rows are used, so a report as of today always equals `list`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from tui_tracker.model import TaskClass

_DONE_ON_TIME = TaskClass.DONE_ON_TIME.value
_DONE_LATE = TaskClass.DONE_LATE.value
_ON_TRACK = TaskClass.ON_TRACK.value
_OVERDUE = TaskClass.OVERDUE.value
_CANCELLED = TaskClass.CANCELLED.value


def _conditions(status: str, due_on: str, completed_on: str, as_of: str) -> dict[str, str]:
    """One SQL condition per class (arguments are SQL expressions: columns or
    parameters), branch by branch as in model.classify()."""
    done = f"({status} = 'done' AND ({completed_on} IS NULL OR {completed_on} <= {as_of}))"
    open_ = f"({status} <> 'cancelled' AND NOT {done})"
    finished = f"coalesce({completed_on}, {as_of})"
    return {
        _DONE_ON_TIME: f"({done} AND ({due_on} IS NULL OR {finished} <= {due_on}))",
        _DONE_LATE: f"({done} AND {due_on} IS NOT NULL AND {finished} > {due_on})",
        _ON_TRACK: f"({open_} AND ({due_on} IS NULL OR {as_of} <= {due_on}))",
        _OVERDUE: f"({open_} AND {due_on} IS NOT NULL AND {as_of} > {due_on})",
    }


def class_case(status: str, due_on: str, completed_on: str, as_of: str) -> str:
    """SQL giving the TaskClass value of a row."""
    branches = " ".join(f"WHEN {condition} THEN '{name}'" for name, condition
                        in _conditions(status, due_on, completed_on, as_of).items())
    return f"(CASE WHEN {status} = 'cancelled' THEN '{_CANCELLED}' {branches} END)"


CLASS_COLUMNS = (_DONE_ON_TIME, _DONE_LATE, _ON_TRACK, _OVERDUE)


def class_sums(status: str, due_on: str, completed_on: str, as_of: str) -> str:
    """Four aggregates, in CLASS_COLUMNS order: plain boolean sums stream over an
    index without building a string per row (what keeps a 1M-task report fast)."""
    conditions = _conditions(status, due_on, completed_on, as_of)
    return ", ".join(f"total({conditions[name]})" for name in CLASS_COLUMNS)


@dataclass(frozen=True)
class TasksAsOf:
    """How to read tasks as they were at the end of a day: a FROM clause (`tasks t`
    and, when needed, the history snapshot `h`), the expressions to use for
    status / due_on / completed_on, a WHERE condition, and the named parameters
    (:as_of and :next_day) they use."""

    from_sql: str
    status: str
    due_on: str
    completed_on: str
    where: str
    params: dict[str, str]

    def class_case(self) -> str:
        return class_case(self.status, self.due_on, self.completed_on, ":as_of")

    def class_sums(self) -> str:
        return class_sums(self.status, self.due_on, self.completed_on, ":as_of")


# The first change of a task recorded after the day: its prev_* columns are the
# task as it was at the end of that day. Import rows carry no snapshot.
_SNAPSHOT_JOIN = """
    LEFT JOIN task_history h ON h.id = (
        SELECT min(x.id) FROM task_history x
        WHERE x.task_id = t.id AND x.at >= :next_day AND x.prev_status IS NOT NULL)
"""
# Directives of notices dated after the day: their tasks did not exist yet.
_LATER_NOTICES = """
    t.directive_id NOT IN (SELECT d.id FROM directives d JOIN notices n ON n.id = d.notice_id
                           WHERE n.sort_date > :as_of)
"""


def tasks_as_of(conn: sqlite3.Connection, as_of: date, *, today: date) -> TasksAsOf:
    """The tasks as of `as_of`, `today` being the reference day. Two cheap probes
    (indexes on notices.sort_date and task_history.at) leave out the clauses
    that would change nothing, so the usual report — as of today, no notice
    dated in the future — reads the tasks table alone."""
    next_day = (as_of + timedelta(days=1)).isoformat()
    params = {"as_of": as_of.isoformat(), "next_day": next_day}
    later_notice = conn.execute("SELECT 1 FROM notices WHERE sort_date > ? LIMIT 1",
                                (params["as_of"],)).fetchone()
    where = _LATER_NOTICES if later_notice else "1"
    later_change = as_of < today and conn.execute(
        "SELECT 1 FROM task_history WHERE at >= ? AND prev_status IS NOT NULL LIMIT 1",
        (next_day,)).fetchone()
    if not later_change:
        return TasksAsOf("tasks t", "t.status", "t.due_on", "t.completed_on", where, params)
    return TasksAsOf(
        f"tasks t {_SNAPSHOT_JOIN}",
        "(CASE WHEN h.id IS NULL THEN t.status ELSE h.prev_status END)",
        "(CASE WHEN h.id IS NULL THEN t.due_on ELSE h.prev_due_on END)",
        "(CASE WHEN h.id IS NULL THEN t.completed_on ELSE h.prev_completed_on END)",
        where, params)
