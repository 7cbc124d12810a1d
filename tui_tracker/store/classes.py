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

from tui_tracker.model import Status, TaskClass

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
# Statuses that are neither done nor cancelled, as an SQL list (model.Status.is_open).
OPEN_STATUSES = ", ".join(f"'{s.value}'" for s in Status if s.is_open)


def class_sums(status: str, due_on: str, completed_on: str, as_of: str) -> str:
    """Four aggregates, in CLASS_COLUMNS order, of the same rule."""
    conditions = _conditions(status, due_on, completed_on, as_of)
    return ", ".join(f"total({conditions[name]})" for name in CLASS_COLUMNS)


def group_sums(due_on: str, completed_on: str, as_of: str) -> str:
    """count(*) and four cheap sums for rows GROUPED BY STATUS; fold_group() turns
    them into the four classes. At 1M tasks this is twice as fast as class_sums():
    a few comparisons per row instead of the whole rule, the status being the
    group's (the index tasks_scoreboard is ordered by agency, role, status)."""
    finished = f"coalesce({completed_on}, {as_of})"
    return ", ".join((
        "count(*)",
        f"total({due_on} < {as_of})",                                  # past due
        f"total({completed_on} > {as_of})",                            # done later
        f"total({completed_on} > {as_of} AND {due_on} < {as_of})",     # done later, past due
        f"total({finished} > {due_on} AND coalesce({completed_on} <= {as_of}, 1))",  # late
    ))


def fold_group(status: str, n: float, past: float, later: float, later_past: float,
               late: float) -> tuple[int, int, int, int]:
    """(done_on_time, done_late, on_track, overdue) of a group of one status, from
    group_sums(): model.classify() branch by branch (a task done after the as-of
    day was open then). Sums are linear, so groups may be added or subtracted
    before folding."""
    n, past, later, later_past, late = (int(v or 0) for v in (n, past, later, later_past, late))
    if status == "cancelled":
        return 0, 0, 0, 0
    if status == "done":
        return n - later - late, late, later - later_past, later_past
    return 0, 0, n - past, past


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
    changed_since: bool = False  # some task changed after the day: history is read

    def class_case(self) -> str:
        return class_case(self.status, self.due_on, self.completed_on, ":as_of")

    def class_sums(self) -> str:
        return class_sums(self.status, self.due_on, self.completed_on, ":as_of")


# The first change of each task recorded after the day: its prev_* columns are
# the task as it was at the end of that day. Import rows carry no snapshot. The
# index on task_history.at makes this cost what was changed since, not the table.
_CHANGED = """
    SELECT task_id, min(id) AS hid FROM task_history
    WHERE at >= :next_day AND prev_status IS NOT NULL GROUP BY task_id
"""
_SNAPSHOT_JOIN = f"""
    LEFT JOIN ({_CHANGED}) c ON c.task_id = t.id
    LEFT JOIN task_history h ON h.id = c.hid
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
        where, params, changed_since=True)


def class_counts(conn: sqlite3.Connection, state: TasksAsOf, *, key: str, joins: str = "",
                 where: str = "1", params: dict[str, object] | None = None
                 ) -> dict[tuple[object, str], list[int]]:
    """{(key, role): [done_on_time, done_late, on_track, overdue]} of the tasks as
    of the day of `state`. `key` is an SQL expression (t.agency_id, d.notice_id),
    `joins` what it needs; `where` may use {due} for the task's deadline then.

    The current rows are counted from the covering index; when tasks changed
    after the day, only those are counted again: their current state subtracted,
    their state on the day (history snapshot) added."""
    values: dict[str, object] = {**state.params, **(params or {})}
    totals: dict[tuple[object, str, str], list[float]] = {}

    def add(sql: str, sign: int) -> None:
        for k, role, status, *sums in conn.execute(sql, values):
            row = totals.setdefault((k, role, status), [0.0] * 5)
            for i, value in enumerate(sums):
                row[i] += sign * (value or 0)

    current = where.format(due="t.due_on")
    # Two passes over ranges of tasks_scoreboard (status first): open tasks need only
    # their count and how many are past due; the done ones (a minority) the rest.
    # Grouped in the index's order, so nothing is sorted.
    open_sums = "count(*), total(t.due_on < :as_of), 0, 0, 0"
    add(f"SELECT {key}, t.role, t.status, {open_sums} FROM tasks t {joins} "
        f"WHERE t.status IN ({OPEN_STATUSES}) AND {state.where} AND {current} "
        f"GROUP BY t.status, {key}, t.role", 1)
    add(f"SELECT {key}, t.role, t.status, {group_sums('t.due_on', 't.completed_on', ':as_of')} "
        f"FROM tasks t {joins} WHERE t.status = 'done' AND {state.where} AND {current} "
        f"GROUP BY t.status, {key}, t.role", 1)
    if state.changed_since:
        changed = f"({_CHANGED}) c JOIN tasks t ON t.id = c.task_id {joins}"
        add(f"SELECT {key}, t.role, t.status, "
            f"{group_sums('t.due_on', 't.completed_on', ':as_of')} FROM {changed} "
            f"WHERE {state.where} AND {current} GROUP BY 1, 2, 3", -1)
        before = where.format(due="h.prev_due_on")
        add(f"SELECT {key}, t.role, h.prev_status, "
            f"{group_sums('h.prev_due_on', 'h.prev_completed_on', ':as_of')} FROM {changed} "
            f"JOIN task_history h ON h.id = c.hid WHERE {state.where} AND {before} "
            "GROUP BY 1, 2, 3", 1)
    counts: dict[tuple[object, str], list[int]] = {}
    for (k, role, status), sums in totals.items():
        folded = fold_group(status, *sums)
        row = counts.setdefault((k, role), [0, 0, 0, 0])
        for i, value in enumerate(folded):
            row[i] += value
    return counts
