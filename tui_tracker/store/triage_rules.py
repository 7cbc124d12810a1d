"""Rules a task change must keep, checked inside the change's transaction.

- A completion day is not in the future (checked by the caller against `today`)
  and not before the notice's own date: work cannot be done before it was
  assigned. The notice's date is its meeting day when known (the conclusions are
  given there; the notice is issued after), else its issue day.
- An extension (gia hạn) moves a deadline later. A day before the current
  deadline is refused unless the caller asks for it explicitly (`earlier`, the
  CLI's `--earlier`): bringing a deadline forward is rare and, typed by mistake,
  would make a task overdue at once. Neither the new deadline nor the day it was
  decided may be before the notice's date.
- Every day the store keeps lies in the plausible years (PLAUSIBLE_FIRST to
  PLAUSIBLE_LAST): `1/1/9999` or `30/6/0226` is a typo, and a year-9999 deadline
  would break the calendar export (an all-day event ends the next day).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.store.rows import to_date
from tui_tracker.wording import day_text

# The days a notice, a deadline, a completion or a decision can plausibly be on: the
# state's administrative documents start in 1945; a deadline past 2099 is a typo.
PLAUSIBLE_FIRST = date(1945, 1, 1)
PLAUSIBLE_LAST = date(2099, 12, 31)


def is_plausible(day: date) -> bool:
    return PLAUSIBLE_FIRST <= day <= PLAUSIBLE_LAST


def check_plausible(day: date | None, what: str) -> None:
    """UsageError naming the day and what it is (`what`: a key of `store.date_of.*`)
    when it lies outside the plausible years."""
    if day is not None and not is_plausible(day):
        raise UsageError(t("store.implausible_date", day=day.isoformat(),
                           what=t(f"store.date_of.{what}"), first=PLAUSIBLE_FIRST.year,
                           last=PLAUSIBLE_LAST.year))


def check_after_notice(conn: sqlite3.Connection, task_id: int, day: date, what: str) -> None:
    """UsageError when `day` (an extension's new deadline or its decision day) is before
    the task's notice was given."""
    first = notice_day(conn, task_id)
    if first is not None and day < first:
        raise UsageError(t("store.before_notice", day=day.isoformat(),
                           what=t(f"store.date_of.{what}"), notice=first.isoformat()))


def notice_day(conn: sqlite3.Connection, task_id: int) -> date | None:
    """The earliest of the notice's meeting and issue days, for the task's notice."""
    row = conn.execute(
        "SELECT n.meeting_on, n.issued_on FROM tasks t JOIN directives d ON d.id = t.directive_id "
        "JOIN notices n ON n.id = d.notice_id WHERE t.id = ?", (task_id,)).fetchone()
    if row is None:
        return None
    days = [day for day in (to_date(row[0]), to_date(row[1])) if day is not None]
    return min(days) if days else None


def check_completion_day(conn: sqlite3.Connection, task_id: int, completed: date) -> None:
    first = notice_day(conn, task_id)
    if first is not None and completed < first:
        raise UsageError(t("corrections.done_before_notice", on=day_text(completed),
                           notice=day_text(first)))


def check_extension(task_id: int, current_due: str | None, new_due: date, *,
                    earlier: bool) -> None:
    current = to_date(current_due)
    if current is not None and new_due < current and not earlier:
        raise UsageError(t("corrections.extend_earlier", due=day_text(current),
                           new=day_text(new_due)),
                         cli_hint=t("corrections.extend_earlier.cli"))


def last_correction(conn: sqlite3.Connection, task_id: int) -> tuple[str | None, str | None]:
    """(who, when) of the latest correction that touched the task's directive."""
    row = conn.execute(
        "SELECT c.user, c.at FROM change_log c JOIN tasks t ON t.directive_id = c.directive_id "
        "WHERE t.id = ? ORDER BY c.id DESC LIMIT 1", (task_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)
