"""Recurring duties roll to their next occurrence when reported or done."""

from __future__ import annotations

from datetime import date

import pytest
from store_helpers import SKHCN

from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.store import Store
from tui_tracker.store.recurrence import next_occurrence, shift_of


@pytest.mark.parametrize(
    ("recurrence", "due", "shift", "expected"),
    [
        ("monthly:20", date(2026, 11, 19), 1, date(2026, 12, 19)),   # trước ngày 20
        ("monthly:20", date(2026, 11, 20), 0, date(2026, 12, 20)),   # chậm nhất ngày 20
        ("monthly:31", date(2026, 1, 31), 0, date(2026, 2, 28)),     # short month
        ("monthly:1", date(2026, 1, 31), 1, date(2026, 2, 28)),      # trước ngày 1
        ("monthly:20", date(2026, 11, 25), 1, date(2026, 12, 19)),   # an extended occurrence
        ("yearly:06-15,12-15", date(2026, 6, 14), 1, date(2026, 12, 14)),
        ("yearly:12-15", date(2026, 12, 15), 0, date(2027, 12, 15)),
        ("weekly:5", date(2026, 12, 4), 0, date(2026, 12, 11)),
        ("quarterly", date(2026, 12, 31), 0, date(2027, 3, 31)),
        ("quarterly", date(2027, 1, 15), 0, date(2027, 3, 31)),
        ("semiannual", date(2026, 6, 30), 0, date(2026, 12, 31)),
        ("yearly", date(2026, 12, 31), 0, date(2027, 12, 31)),
        ("monthly", date(2026, 2, 28), 0, date(2026, 3, 31)),
        ("months:2", date(2026, 1, 31), 0, date(2026, 3, 31)),
        ("daily", date(2026, 12, 31), 0, date(2027, 1, 1)),
        ("weekly", date(2026, 12, 1), 0, date(2026, 12, 8)),
    ],
)
def test_next_occurrence(recurrence: str, due: date, shift: int, expected: date) -> None:
    assert next_occurrence(recurrence, due, shift) == expected


def test_unknown_codes_do_not_roll() -> None:
    assert next_occurrence("fortnightly", date(2026, 1, 1)) is None


def test_shift_is_read_from_the_first_deadline() -> None:
    assert shift_of("monthly:20", date(2026, 11, 19)) == 1
    assert shift_of("monthly:20", date(2026, 11, 20)) == 0
    assert shift_of("quarterly", date(2026, 12, 31)) == 0


def _recurring_notice() -> ParsedNotice:
    directives = [
        ParsedDirective(
            ref="2.a", heading="Báo cáo tiến độ", text="Sở KH&CN báo cáo trước ngày 20 hằng tháng.",
            assignments=[Assignment(agency=SKHCN, role=Role.LEAD)],
            deadline=Deadline(text="trước ngày 20 hằng tháng", due_on=date(2026, 5, 19),
                              kind=DeadlineKind.RECURRING, recurrence="monthly:20")),
        ParsedDirective(
            ref="2.b", heading=None, text="Hoàn thành đề án trong tháng 6/2026.",
            assignments=[Assignment(agency=SKHCN, role=Role.LEAD)],
            deadline=Deadline(text="trong tháng 6/2026", due_on=date(2026, 6, 30),
                              kind=DeadlineKind.MONTH)),
    ]
    return ParsedNotice(notice=NoticeHeader(number="7/TB-UBND", issued_on=date(2026, 5, 2)),
                        directives=directives, text="7/TB-UBND recurring", original="x")


@pytest.fixture
def recurring(store: Store) -> tuple[Store, int, int]:
    store.import_notice(_recurring_notice())
    rows = {r.directive_ref: r.id for r in store.list_tasks(today=date(2026, 5, 5))}
    return store, rows["2.a"], rows["2.b"]


def test_done_moves_a_recurring_task_to_its_next_occurrence(recurring) -> None:
    store, monthly, _ = recurring
    row = store.set_status(monthly, "done", today=date(2026, 5, 18))
    assert (row.status, row.due_on, row.completed_on) == ("todo", date(2026, 6, 19), None)
    assert row.original_due_on == date(2026, 5, 19)  # the notice's first deadline stays
    history = store.history(monthly)
    done, rolled = history[-2], history[-1]
    assert (done.field, done.to_value) == ("status", "done")
    assert (rolled.field, rolled.from_value, rolled.to_value) == (
        "due_on", "2026-05-19", "2026-06-19")
    assert "19/05/2026" in rolled.note and "19/06/2026" in rolled.note


def test_reported_rolls_too_and_each_occurrence_stays_in_the_history(recurring) -> None:
    store, monthly, _ = recurring
    store.set_status(monthly, "reported", today=date(2026, 5, 18))
    row = store.set_status(monthly, "done", today=date(2026, 6, 25))  # the June one, late
    assert row.due_on == date(2026, 7, 19)
    rolls = [h for h in store.history(monthly) if h.field == "due_on"]
    assert [(h.from_value, h.to_value) for h in rolls] == [
        ("2026-05-19", "2026-06-19"), ("2026-06-19", "2026-07-19")]


def test_undo_brings_the_completed_occurrence_back(recurring) -> None:
    store, monthly, _ = recurring
    store.set_status(monthly, "done", today=date(2026, 5, 18))
    row = store.undo_last(monthly, today=date(2026, 5, 18))
    assert (row.status, row.due_on) == ("done", date(2026, 5, 19))


def test_other_tasks_and_other_statuses_do_not_roll(recurring) -> None:
    store, monthly, dated = recurring
    row = store.set_status(dated, "done", today=date(2026, 5, 18))
    assert (row.status, row.due_on) == ("done", date(2026, 6, 30))
    row = store.set_status(monthly, "in_progress", today=date(2026, 5, 18))
    assert (row.status, row.due_on) == ("in_progress", date(2026, 5, 19))
