"""TaskFilter and its translation to SQL conditions on the `tasks t` table alone.

Every condition is written on `tasks` (others through `IN (subquery)`), so the
page of ids can be chosen from an index before any join: the first page costs
the same at 1k and at 100k tasks. "Open"/"closed" is the generated column
`tasks.closed`, never a Python check, so the lists never read every row.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from tui_tracker.model import Role, Status, Urgency
from tui_tracker.store import agency_store, banner
from tui_tracker.store.search_index import DIRECTIVE_MATCH, match_expression
from tui_tracker.store.task_rows import iso


@dataclass(frozen=True)
class TaskFilter:
    statuses: tuple[Status, ...] | None = None
    open_only: bool = False
    agency: str | None = None  # text, matched via aliases / folded substring
    agency_id: int | None = None
    role: Role | None = None
    notice_id: int | None = None
    directive_id: int | None = None
    search: str | None = None  # diacritics-insensitive ("ton tai" finds "tồn tại")
    overdue: bool = False
    due_within: int | None = None  # open tasks due within N days of today (0..N)
    urgencies: tuple[Urgency, ...] | None = None
    # Open tasks whose agency asked for an extension not decided yet (đề nghị gia hạn).
    extension_requested: bool = False


# ORDER BY of "most urgent first"; the index tasks_by_urgency is in this order.
URGENCY_ORDER = banner.MOST_URGENT_FIRST
# Rows not deleted. Written exactly so in every query: the partial indexes match it.
LIVE_TASK = "t.deleted_at IS NULL"
# tasks.sort_due of a task without deadline (see schema.sql).
NO_DUE = "9999-12-31"


# "Overdue", "due between" and a day N days after another: the login banner's reader
# (banner.py, which loads nothing of the store) and these filters share them.
days_after = banner.days_after


def urgency_condition(band: Urgency | str, *, today: date, soon_days: int) -> tuple[str, list[Any]]:
    """SQL for one countdown band, the same rule as model.urgency(), written on
    (closed, sort_due) so that it is a range of the index."""
    band = Urgency(band)
    day, soon = iso(today), days_after(today, soon_days)
    if band is Urgency.OVERDUE:
        return banner.OVERDUE, [day]
    if band is Urgency.TODAY:
        return "(t.closed = 0 AND t.sort_due = ?)", [day]
    if band is Urgency.SOON:
        return "(t.closed = 0 AND t.sort_due > ? AND t.sort_due <= ?)", [day, soon]
    if band is Urgency.LATER:
        return "(t.closed = 0 AND t.sort_due > ? AND t.sort_due < ?)", [soon, NO_DUE]
    if band is Urgency.NO_DEADLINE:
        return "(t.closed = 0 AND t.sort_due = ?)", [NO_DUE]
    return "(t.closed = 1)", []


def task_conditions(conn: sqlite3.Connection, task_filter: TaskFilter | None, *, today: date,
                    soon_days: int = 7) -> tuple[str, list[Any]]:
    """A WHERE clause (without the keyword) on `tasks t` and its parameters."""
    f = task_filter or TaskFilter()
    # Deleted (hidden) tasks are in no list and no count; the task indexes are
    # partial on this very condition (schema.sql, corrections).
    conditions: list[str] = [LIVE_TASK]
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        conditions.append(sql)
        params.extend(values)

    if f.statuses is not None:
        statuses = {Status(s) for s in f.statuses}
        values = sorted(s.value for s in statuses)
        add(f"t.status IN ({', '.join('?' * len(values))})" if values else "0", *values)
        # Redundant, but lets the planner walk the urgency index in order.
        if statuses and all(s.is_open for s in statuses):
            add("t.closed = 0")
        elif statuses and not any(s.is_open for s in statuses):
            add("t.closed = 1")
    if f.open_only:
        add("t.closed = 0")
    if f.agency is not None and f.agency.strip():
        # Agencies are few: resolve them first so the planner sees literal ids
        # and walks tasks_by_agency.
        ids = agency_store.matching_ids(conn, f.agency)
        add(f"t.agency_id IN ({', '.join('?' * len(ids))})" if ids else "0", *ids)
    if f.agency_id is not None:
        add("t.agency_id = ?", f.agency_id)
    if f.role is not None:
        add("t.role = ?", Role(f.role).value)
    if f.notice_id is not None:
        add("t.directive_id IN (SELECT id FROM directives WHERE notice_id = ?)", f.notice_id)
    if f.directive_id is not None:
        add("t.directive_id = ?", f.directive_id)
    if f.search is not None and f.search.strip():
        # The words anywhere in the directive (its text, its notice, its agencies), or
        # the agency an alias names ('Sở KH&CN'). A search with no letter or digit
        # in it ('...') finds nothing, never everything.
        matches: list[str] = []
        match_values: list[Any] = []
        expression = match_expression(f.search)
        if expression is not None:
            matches.append(f"t.directive_id IN ({DIRECTIVE_MATCH})")
            match_values.append(expression)
        agency_id = agency_store.named_agency(conn, f.search)
        if agency_id is not None:
            matches.append("t.agency_id = ?")
            match_values.append(agency_id)
        add(f"({' OR '.join(matches)})" if matches else "0", *match_values)
    # --overdue and --due-within together mean "overdue or due soon" (the login
    # banner); their intersection would always be empty.
    deadline: list[str] = []
    deadline_params: list[Any] = []
    if f.overdue:
        sql, values = urgency_condition(Urgency.OVERDUE, today=today, soon_days=soon_days)
        deadline.append(sql)
        deadline_params.extend(values)
    if f.due_within is not None:
        deadline.append(banner.DUE_BETWEEN)
        deadline_params.extend([iso(today), days_after(today, f.due_within)])
    if deadline:
        add(f"({' OR '.join(deadline)})", *deadline_params)
    if f.extension_requested:
        add("t.closed = 0 AND t.id IN (SELECT task_id FROM extension_requests "
            "WHERE state = 'pending')")
    if f.urgencies is not None:
        bands = [urgency_condition(u, today=today, soon_days=soon_days) for u in f.urgencies]
        add(f"({' OR '.join(sql for sql, _ in bands)})" if bands else "0",
            *[value for _, values in bands for value in values])
    return (" AND ".join(conditions) or "1"), params
