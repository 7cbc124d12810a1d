"""The report classes of model.classify(), written as SQL, and tasks as of a day.

model.classify() is THE definition (done on time, done late, on track, overdue,
cancelled: domain.md). Reports count classes over hundreds of thousands of
tasks, so they need the same rule inside SQLite; `class_case()` and
`class_sums()` are that rule spelled in SQL, and tests/store/test_store_classes.py
checks they agree with classify() on every combination of status, deadline,
completion day and reference day.

"As of" a day D means the facts of D by their business dates (domain.md, "As of";
model.facts_as_of is THE rule, run here in SQL, tests/store/test_store_as_of.py
checks both agree):
- Tasks of a notice dated after D (issue date, else meeting date) did not exist yet.
  The notice's date, not the import time: an old notice typed in today still
  belongs to last month's report.
- Every task change records the day it counts from (task_history.effective_on): a
  completion its completion day, an extension the day it was decided (`extend
  --on`), anything else the day it was entered. A task completed on 10 May and
  recorded on 5 July is done as of 30 June; an extension decided on 20 May does
  not exist yet as of 10 May.
- A task none of whose changes counts only after D is as it is now (the fast path:
  the usual report, as of today, reads the tasks table alone). For the others the
  changes are replayed in the order they were entered, those counting only after D
  left out: an undone change and its undo never happened, a completion whose day was
  corrected counts from the corrected day, the status is the last one counted (else
  "to do"), the deadline the last extension (or recurrence roll) counted, else the
  notice's deadline as corrected (original_due_on).
Corrections of what the parser read (a deadline, an agency, a deleted directive)
fix what the notice always said: they apply to every day.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

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
    and, when needed, the replayed facts `a`), the expressions to use for status /
    due_on / completed_on, a WHERE condition, and the named parameters (:as_of) they
    use."""

    from_sql: str
    status: str
    due_on: str
    completed_on: str
    where: str
    params: dict[str, str]
    changed_since: bool = False  # some task has a change counting only after the day

    def class_case(self) -> str:
        return class_case(self.status, self.due_on, self.completed_on, ":as_of")

    def class_sums(self) -> str:
        return class_sums(self.status, self.due_on, self.completed_on, ":as_of")


# Tasks with a change of status or deadline that counts only after the day: the index
# on task_history.effective_on makes this cost what counts later, not the table.
_LATER = """
    SELECT DISTINCT task_id FROM task_history
    WHERE effective_on > :as_of AND action IN ('status', 'extend')
"""
# Their facts at the end of the day (model.facts_as_of, step by step): the changes
# kept (undone ones and their undos left out), the status changes a correction of the
# completion day replaced left out, then the last status change and the last deadline
# move that count by the day.
_AS_OF = f"""
    WITH later AS ({_LATER}),
    kept AS (
        SELECT h.id, h.task_id, h.action, h.field, h.to_value, h.effective_on
        FROM task_history h JOIN later l ON l.task_id = h.task_id
        WHERE h.action IN ('status', 'extend')
          AND h.id NOT IN (SELECT u.undoes FROM task_history u JOIN later l2
                           ON l2.task_id = u.task_id
                           WHERE u.action = 'undo' AND u.undoes IS NOT NULL)
    ),
    statuses AS (
        SELECT id, task_id, field, to_value, effective_on,
               lead(field) OVER (PARTITION BY task_id ORDER BY id) AS next_field
        FROM kept WHERE action = 'status'
    ),
    last_status AS (
        SELECT task_id, max(id) AS id FROM statuses
        WHERE next_field IS NOT 'completed_on' AND effective_on <= :as_of GROUP BY task_id
    ),
    last_move AS (
        SELECT task_id, max(id) AS id FROM kept
        WHERE field = 'due_on' AND effective_on <= :as_of GROUP BY task_id
    )
    SELECT l.task_id AS task_id,
           CASE s.field WHEN 'status' THEN s.to_value WHEN 'completed_on' THEN 'done'
                ELSE 'todo' END AS status,
           CASE WHEN s.field = 'completed_on' OR (s.field = 'status' AND s.to_value = 'done')
                THEN s.effective_on END AS completed_on,
           CASE WHEN m.id IS NULL THEN coalesce(t.original_due_on, t.due_on)
                ELSE m.to_value END AS due_on
    FROM later l
    JOIN tasks t ON t.id = l.task_id
    LEFT JOIN last_status ls ON ls.task_id = l.task_id
    LEFT JOIN statuses s ON s.id = ls.id
    LEFT JOIN last_move lm ON lm.task_id = l.task_id
    LEFT JOIN kept m ON m.id = lm.id
"""
# Directives of notices dated after the day: their tasks did not exist yet.
_LATER_NOTICES = """
    t.directive_id NOT IN (SELECT d.id FROM directives d JOIN notices n ON n.id = d.notice_id
                           WHERE n.sort_date > :as_of)
"""


def tasks_as_of(conn: sqlite3.Connection, as_of: date, *, today: date | None = None) -> TasksAsOf:
    """The tasks as of `as_of`. Two cheap probes (indexes on notices.sort_date and
    task_history.effective_on) leave out the clauses that would change nothing, so the
    usual report (as of today: nothing counts from a later day, no notice is dated in
    the future) reads the tasks table alone. `today` (the reference day) is not needed
    any more: business dates say what counted on a day, whenever it was typed."""
    params = {"as_of": as_of.isoformat()}
    later_notice = conn.execute("SELECT 1 FROM notices WHERE sort_date > ? LIMIT 1",
                                (params["as_of"],)).fetchone()
    where = _LATER_NOTICES if later_notice else "1"
    later_change = conn.execute(
        "SELECT 1 FROM task_history WHERE effective_on > ? AND action IN ('status', 'extend') "
        "LIMIT 1", (params["as_of"],)).fetchone()
    if not later_change:
        return TasksAsOf("tasks t", "t.status", "t.due_on", "t.completed_on", where, params)
    return TasksAsOf(
        f"tasks t LEFT JOIN ({_AS_OF}) a ON a.task_id = t.id",
        "(CASE WHEN a.task_id IS NULL THEN t.status ELSE a.status END)",
        "(CASE WHEN a.task_id IS NULL THEN t.due_on ELSE a.due_on END)",
        "(CASE WHEN a.task_id IS NULL THEN t.completed_on ELSE a.completed_on END)",
        where, params, changed_since=True)


def class_counts(conn: sqlite3.Connection, state: TasksAsOf, *, key: str, joins: str = "",
                 where: str = "1", params: dict[str, object] | None = None
                 ) -> dict[tuple[object, str], list[int]]:
    """{(key, role): [done_on_time, done_late, on_track, overdue]} of the tasks as
    of the day of `state`. `key` is an SQL expression (t.agency_id, d.notice_id),
    `joins` what it needs; `where` may use {due} for the task's deadline then.

    The current rows are counted from the covering index; when some tasks have a
    change counting only after the day, only those are counted again: their current
    state subtracted, their state on the day (the replay of _AS_OF) added."""
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
        # Tasks with a change counting only after the day: their current state out,
        # their state on the day (the replay) in.
        changed = f"({_LATER}) c JOIN tasks t ON t.id = c.task_id {joins}"
        add(f"SELECT {key}, t.role, t.status, "
            f"{group_sums('t.due_on', 't.completed_on', ':as_of')} FROM {changed} "
            f"WHERE {state.where} AND {current} GROUP BY 1, 2, 3", -1)
        before = where.format(due="a.due_on")
        add(f"SELECT {key}, t.role, a.status, "
            f"{group_sums('a.due_on', 'a.completed_on', ':as_of')} "
            f"FROM ({_AS_OF}) a JOIN tasks t ON t.id = a.task_id {joins} "
            f"WHERE {state.where} AND {before} GROUP BY 1, 2, 3", 1)
    counts: dict[tuple[object, str], list[int]] = {}
    for (k, role, status), sums in totals.items():
        folded = fold_group(status, *sums)
        row = counts.setdefault((k, role), [0, 0, 0, 0])
        for i, value in enumerate(folded):
            row[i] += value
    return counts
