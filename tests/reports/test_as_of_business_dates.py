"""Reports "as of" a day count the facts of that day by their business dates (domain.md,
"As of"): a completion from its completion day, an extension from the day it was decided,
however late either was typed in. The `today` of each change below is the day someone
typed it; the as-of day is the day the report is about."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import SKHCN, STC, directive, notice, task_id

from tui_tracker.model import Role
from tui_tracker.reports import Counts, build_scoreboard, report_tasks
from tui_tracker.store import Store

L = Role.LEAD
APR1, MAY10, MAY20, MAY31 = date(2026, 4, 1), date(2026, 5, 10), date(2026, 5, 20), date(2026, 5, 31)
JUN30, JUL5 = date(2026, 6, 30), date(2026, 7, 5)


def classes(store: Store, as_of: date, today: date) -> dict[int, str]:
    return {row.id: row.task_class for row in report_tasks(store, as_of, today=today,
                                                             include_cancelled=True)}


@pytest.fixture
def task(store: Store) -> int:
    store.import_notice(notice("1/TB-UBND", APR1, directive("1.a", MAY31, (STC, L))))
    return task_id(store, "1.a", STC)


def test_a_completion_typed_in_late_counts_from_its_completion_day(store: Store,
                                                                   task: int) -> None:
    # Issue 15: completed on 10 May, entered on 5 July; the quarterly report for 30 June.
    store.set_status(task, "done", today=JUL5, on=MAY10)
    assert classes(store, JUN30, JUL5) == {task: "done_on_time"}
    assert build_scoreboard(store, JUN30, today=JUL5).totals == Counts(total=1, done_on_time=1)
    # Before the completion day it was still open; after the deadline it would have been
    # late, but it was done before.
    assert classes(store, date(2026, 5, 9), JUL5) == {task: "on_track"}
    assert classes(store, JUL5, JUL5) == {task: "done_on_time"}


def test_a_completion_entered_after_the_as_of_day_but_dated_before_it(store: Store,
                                                                      task: int) -> None:
    store.set_status(task, "in_progress", today=MAY20)
    store.set_status(task, "done", today=date(2026, 6, 10), on=date(2026, 6, 2))
    as_of = date(2026, 6, 5)  # after the completion day, before it was typed in
    assert classes(store, as_of, JUL5) == {task: "done_late"}
    assert build_scoreboard(store, as_of, today=JUL5).totals == Counts(total=1, done_late=1)
    assert classes(store, date(2026, 6, 1), JUL5) == {task: "overdue"}  # not done yet


def test_an_extension_counts_from_the_day_it_was_decided(store: Store, task: int) -> None:
    # Decided on 20 May, typed in on 5 July (extend --on 20/5/2026).
    store.extend(task, JUN30, reason="UBND tỉnh đồng ý", today=JUL5, on=MAY20)
    assert classes(store, date(2026, 6, 5), JUL5) == {task: "on_track"}  # new deadline
    assert [r.due_on for r in report_tasks(store, date(2026, 6, 5), today=JUL5)] == [JUN30]
    assert classes(store, date(2026, 5, 19), JUL5) == {task: "on_track"}  # old one, not past
    # Decided on the day it is typed in by default: as of an earlier day it did not exist.
    store.extend(task, date(2026, 7, 31), reason="Lần 2", today=JUL5)
    assert classes(store, JUL5, JUL5) == {task: "on_track"}
    assert [r.due_on for r in report_tasks(store, date(2026, 7, 1), today=JUL5)] == [JUN30]
    assert classes(store, date(2026, 7, 1), JUL5) == {task: "overdue"}


def test_an_extension_decided_after_the_deadline_passed(store: Store, task: int) -> None:
    store.extend(task, JUN30, reason="Gia hạn", today=date(2026, 6, 10))
    assert classes(store, date(2026, 6, 5), JUL5) == {task: "overdue"}  # 31/5 had passed
    assert classes(store, date(2026, 6, 10), JUL5) == {task: "on_track"}


def test_a_corrected_completion_day_is_the_completion_day(store: Store, task: int) -> None:
    store.set_status(task, "done", today=MAY20, on=MAY10)
    store.set_status(task, "done", today=JUL5, on=date(2026, 6, 3))  # the report was wrong
    assert classes(store, date(2026, 5, 15), JUL5) == {task: "on_track"}  # not done then
    assert classes(store, JUN30, JUL5) == {task: "done_late"}


def test_an_undone_completion_never_counts(store: Store, task: int) -> None:
    store.set_status(task, "done", today=JUL5, on=MAY10)
    store.undo_last(task, today=JUL5)
    assert classes(store, JUN30, JUL5) == {task: "overdue"}


def test_a_task_reopened_was_done_in_between(store: Store, task: int) -> None:
    store.set_status(task, "done", today=date(2026, 5, 12), on=MAY10)
    store.set_status(task, "in_progress", today=MAY20)  # the office sent it back
    assert classes(store, date(2026, 5, 15), JUL5) == {task: "done_on_time"}
    assert classes(store, date(2026, 5, 25), JUL5) == {task: "on_track"}
    assert classes(store, JUN30, JUL5) == {task: "overdue"}


def test_a_cancellation_counts_from_the_day_it_was_entered(store: Store, task: int) -> None:
    store.set_status(task, "cancelled", today=MAY20)
    assert classes(store, date(2026, 5, 19), JUL5) == {task: "on_track"}
    assert classes(store, MAY20, JUL5) == {task: "cancelled"}
    assert build_scoreboard(store, MAY20, today=JUL5).totals == Counts()


def test_a_recurring_duty_moves_on_when_its_occurrence_closes(store: Store) -> None:
    store.import_notice(notice("2/TB-UBND", APR1, directive(
        "1.b", date(2026, 5, 19), (SKHCN, L), kind="recurring", recurrence="monthly:20",
        phrase="trước ngày 20 hằng tháng")))
    duty = task_id(store, "1.b", SKHCN)
    store.set_status(duty, "done", today=JUN30, on=date(2026, 5, 15))  # typed in late
    assert [r.due_on for r in report_tasks(store, date(2026, 5, 16), today=JUL5)] == [
        date(2026, 6, 19)]  # the next occurrence, from the day this one closed
    assert [r.due_on for r in report_tasks(store, date(2026, 5, 14), today=JUL5)] == [
        date(2026, 5, 19)]


def test_past_day_counts_equal_the_tasks_behind_them(store: Store) -> None:
    """The counting path (the current rows, minus the tasks with a later change, plus
    their replayed state) agrees with report_tasks row by row."""
    store.import_notice(notice("3/TB-UBND", APR1, directive("1.a", MAY31, (STC, L)),
                               directive("1.b", JUN30, (STC, L)),
                               directive("1.c", MAY10, (SKHCN, L))))
    a, b, c = (task_id(store, ref, agency) for ref, agency in
               (("1.a", STC), ("1.b", STC), ("1.c", SKHCN)))
    store.set_status(a, "done", today=JUL5, on=MAY20)
    store.extend(c, JUN30, reason="Chờ số liệu", today=JUL5, on=date(2026, 5, 5))
    store.set_status(b, "cancelled", today=JUN30)
    for day in (date(2026, 5, 1), MAY20, date(2026, 6, 5), JUN30, JUL5):
        board = build_scoreboard(store, day, today=JUL5)
        by_hand = Counts()
        for row in report_tasks(store, day, today=JUL5):
            by_hand = by_hand + Counts.from_classes(*(
                int(row.task_class == name)
                for name in ("done_on_time", "done_late", "on_track", "overdue")))
        assert board.totals == by_hand, day
    assert build_scoreboard(store, date(2026, 6, 5), today=JUL5).totals == Counts(
        total=3, done_on_time=1, on_track=2)
