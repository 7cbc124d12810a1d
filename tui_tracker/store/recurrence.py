"""Recurring duties move to their next occurrence once the current one is reported or done.

A directive such as `trước ngày 20 hằng tháng` (recurrence `monthly:20`) or
`định kỳ hằng quý` (`quarterly`) is not one deadline but a series: when an
agency reports (chờ xác nhận) or completes (hoàn thành) the current
occurrence, the task would otherwise stay closed — or, left open, overdue for
ever. So the status change is followed by a second history row that records
the occurrence completed and the next deadline, and the task goes back to
"to do" with `due_on` on the next occurrence. The history keeps every
occurrence (the row before the roll holds its status and completion day), and
an undo of the roll brings the completed occurrence back.

Recurrence codes (parsing/deadlines.py): `monthly:D`, `yearly:MM-DD[,MM-DD…]`,
`weekly:N` cite a day; `due_on` may sit one day before it (`trước ngày 20` is
due on the 19th), and the next occurrence keeps that shift. `daily`, `weekly`,
`monthly`, `months:N`, `quarterly`, `semiannual`, `yearly` are periods: due at
the end of each. The next occurrence is the first one strictly after the
current deadline, so an extended occurrence rolls to the following one.
"""

from __future__ import annotations

import calendar
import sqlite3
from datetime import date, timedelta
from typing import Any

from tui_tracker.i18n import t
from tui_tracker.model import DeadlineKind, Status
from tui_tracker.store.rows import TaskRow, iso, to_date
from tui_tracker.wording import day_text

# Statuses that close the current occurrence of a recurring duty.
ROLLING_STATUSES = (Status.DONE.value, Status.REPORTED.value)
_SEARCH_DAYS = 800  # a yearly duty's next cited day is at most ~366 days away


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def is_cited_day(recurrence: str, day: date) -> bool:
    """Whether `day` is one of the days a day-citing recurrence names (the 31st
    of a 30-day month falls on the 30th)."""
    code, _, arg = recurrence.partition(":")
    if not arg:
        return False
    last = calendar.monthrange(day.year, day.month)[1]
    if code == "monthly":
        return day.day == min(int(arg), last)
    if code == "yearly":
        for item in arg.split(","):
            month, _, day_text = item.partition("-")
            if int(month) == day.month and day.day == min(int(day_text), last):
                return True
        return False
    if code == "weekly":
        return day.isoweekday() == int(arg)
    return False


def shift_of(recurrence: str, first_due: date | None) -> int:
    """Days between a cited day and its deadline: 1 after `trước ngày 20` (due the
    19th), else 0. Read from the directive's first resolved deadline."""
    if first_due is None or not recurrence.partition(":")[2]:
        return 0
    if is_cited_day(recurrence, first_due):
        return 0
    return 1 if is_cited_day(recurrence, first_due + timedelta(days=1)) else 0


def next_occurrence(recurrence: str, due: date, shift: int = 0) -> date | None:
    """The first deadline of the series strictly after `due`; None for a code
    this version does not know (the task then simply stays as set)."""
    code, _, arg = recurrence.partition(":")
    try:
        if arg and code in ("monthly", "yearly", "weekly"):
            day = due + timedelta(days=1)
            for _ in range(_SEARCH_DAYS):
                if is_cited_day(recurrence, day + timedelta(days=shift)):
                    return day
                day += timedelta(days=1)
            return None
        if code == "daily":
            return due + timedelta(days=1)
        if code == "weekly":
            return due + timedelta(weeks=1)
        months = {"monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}.get(code)
        if months is not None:
            # Period ends fall on month ends of months divisible by the period.
            year, month = due.year, due.month
            while True:
                end = _month_end(year, month)
                if end > due and month % months == 0:
                    return end
                year, month = _add_months(year, month, 1)
        if code == "months" and arg:
            year, month = _add_months(due.year, due.month, int(arg))
            return _month_end(year, month)
    except (ValueError, OverflowError):
        return None
    return None


def roll_change(conn: sqlite3.Connection, task: TaskRow, *,
                today: date) -> dict[str, Any] | None:
    """After a status change (inside its transaction): when `task` now closes an
    occurrence of a recurring duty, the change that moves it to the next one —
    the arguments changes._apply() takes (columns, field, from, to, note) — else
    None. changes.py applies it, so the roll gets the same version check and
    history snapshot as every change."""
    if task.status not in ROLLING_STATUSES or task.due_on is None:
        return None
    row = conn.execute("SELECT recurrence, deadline_kind, due_on FROM directives WHERE id = ?",
                       (task.directive_id,)).fetchone()
    if row is None or not row[0] or row[1] != DeadlineKind.RECURRING.value:
        return None
    recurrence, _, first_due = row
    following = next_occurrence(recurrence, task.due_on, shift_of(recurrence, to_date(first_due)))
    if following is None:
        return None
    closed_on = task.completed_on or today
    note = t("recurrence.rolled", due=day_text(task.due_on),
             status=t(f"status.{task.status}"), on=day_text(closed_on),
             next=day_text(following))
    return {
        "changes": {"status": Status.TODO.value, "due_on": iso(following), "completed_on": None,
                    "extension_reason": None},
        "field": "due_on", "from_value": iso(task.due_on), "to_value": iso(following),
        "note": note,
        # The next occurrence starts when the current one closed (its completion day).
        "effective_on": closed_on,
    }
