"""The scoreboard: classes as of a day, roles apart, totals, rates, periods, notices."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import SKHCN, STC, TTT, directive, notice, task_id

from tui_tracker.model import Role
from tui_tracker.reports import (
    Counts,
    build_notice_scoreboard,
    build_scoreboard,
    report_tasks,
)
from tui_tracker.store import Store

L, C = Role.LEAD, Role.COORDINATE
MAY1, MAY5, MAY10, JUN30 = date(2026, 5, 1), date(2026, 5, 5), date(2026, 5, 10), date(2026, 6, 30)


@pytest.fixture
def loaded(store: Store) -> Store:
    store.import_notice(notice(
        "1/TB-UBND", date(2026, 4, 1),
        directive("1.a", MAY5, (SKHCN, L), (TTT, C)),   # done on the due day
        directive("1.b", MAY1, (SKHCN, L)),             # done late
        directive("1.c", None, (SKHCN, L), (STC, C)),   # no deadline: on track
        directive("1.d", MAY1, (STC, L), (SKHCN, C)),   # overdue
        directive("1.e", JUN30, (STC, L)),              # cancelled
        directive("1.f", MAY1, (TTT, L)),               # extended to 10/5
    ))
    store.set_status(task_id(store, "1.a", SKHCN), "done", today=MAY5, on=MAY5)
    store.set_status(task_id(store, "1.b", SKHCN), "done", today=MAY5, on=date(2026, 5, 3))
    store.set_status(task_id(store, "1.e", STC), "cancelled", today=MAY5)
    store.extend(task_id(store, "1.f", TTT), MAY10, reason="Chờ số liệu", today=MAY5)
    return store


def score(board, agency: str):
    return next(a for a in board.agencies if a.agency == agency)


def test_classes_as_the_domain_defines_them(loaded: Store) -> None:
    board = build_scoreboard(loaded, MAY5)
    assert score(board, SKHCN).lead == Counts(total=3, done_on_time=1, done_late=1,
                                              on_track=1, overdue=0)
    # Cancelled is left out; the overdue one counts.
    assert score(board, STC).lead == Counts(total=1, overdue=1)
    # Extended to 10/5: judged by the new date, so on track on 5/5.
    assert score(board, TTT).lead == Counts(total=1, on_track=1)
    # Coordinating tasks apart, never in the lead counts or the totals.
    assert score(board, SKHCN).coordinate == Counts(total=1, overdue=1)
    assert score(board, STC).coordinate == Counts(total=1, on_track=1)
    assert board.totals == Counts(total=5, done_on_time=1, done_late=1, on_track=2, overdue=1)
    assert board.coordinate_totals == Counts(total=3, done_on_time=0, on_track=2, overdue=1)


def test_rates(loaded: Store) -> None:
    lead = score(build_scoreboard(loaded, MAY5), SKHCN).lead
    assert lead.completion_rate == pytest.approx(2 / 3)
    assert lead.on_time_rate == pytest.approx(1 / 2)
    nothing_done = score(build_scoreboard(loaded, MAY5), STC).lead
    assert nothing_done.completion_rate == 0 and nothing_done.on_time_rate is None
    assert Counts().completion_rate is None


def test_as_of_after_the_extended_deadline_is_overdue(loaded: Store) -> None:
    assert score(build_scoreboard(loaded, date(2026, 5, 11)), TTT).lead == Counts(total=1,
                                                                                  overdue=1)


def test_completion_after_the_as_of_day_is_not_counted_as_done(loaded: Store) -> None:
    # 1.b was done on 3/5 (late: due 1/5); as of 2/5 it was simply overdue.
    lead = score(build_scoreboard(loaded, date(2026, 5, 2)), SKHCN).lead
    assert (lead.done_late, lead.overdue) == (0, 1)


def test_tasks_of_a_notice_dated_after_the_as_of_day_do_not_exist_yet(loaded: Store) -> None:
    loaded.import_notice(notice("2/TB-UBND", date(2026, 5, 20),
                                directive("1.a", JUN30, (SKHCN, L))))
    assert score(build_scoreboard(loaded, MAY5), SKHCN).lead.total == 3
    assert score(build_scoreboard(loaded, date(2026, 5, 20)), SKHCN).lead.total == 4
    assert build_scoreboard(loaded, date(2026, 3, 1)).agencies == []


def _move_history(store: Store, task: int, at: str) -> None:
    """Date the task's changes (the real clock wrote them) to a day of the test's story."""
    store._conn.execute("UPDATE task_history SET at = ? WHERE task_id = ? AND action <> 'import'",
                        (at, task))


def test_an_extension_granted_after_the_as_of_day_did_not_exist_yet(store: Store) -> None:
    store.import_notice(notice("3/TB-UBND", date(2026, 4, 1), directive("1.a", MAY1, (STC, L))))
    task = task_id(store, "1.a", STC)
    store.extend(task, JUN30, reason="Gia hạn", today=date(2026, 5, 20))
    _move_history(store, task, "2026-05-20 09:00:00")
    today = date(2026, 6, 1)
    # As of 10/5 the deadline was still 1/5: overdue then, though today it is not.
    assert build_scoreboard(store, MAY10, today=today).totals == Counts(total=1, overdue=1)
    assert build_scoreboard(store, date(2026, 5, 20), today=today).totals == Counts(
        total=1, on_track=1)
    [row] = report_tasks(store, MAY10, today=today)
    assert (row.due_on, row.task_class) == (MAY1, "overdue")


def test_a_cancellation_after_the_as_of_day_still_counts_then(store: Store) -> None:
    store.import_notice(notice("4/TB-UBND", date(2026, 4, 1), directive("1.a", MAY10, (STC, L))))
    task = task_id(store, "1.a", STC)
    store.set_status(task, "cancelled", today=date(2026, 5, 20))
    _move_history(store, task, "2026-05-20 09:00:00")
    today = date(2026, 6, 1)
    assert build_scoreboard(store, MAY5, today=today).totals == Counts(total=1, on_track=1)
    assert build_scoreboard(store, today, today=today).totals == Counts()


def test_period_and_notice_filters(loaded: Store) -> None:
    loaded.import_notice(notice("5/TB-UBND", date(2026, 4, 2), directive("9.a", JUN30, (STC, L))))
    period = build_scoreboard(loaded, MAY5, date_from=MAY1, date_to=MAY5)
    # Due within 1/5–5/5: 1.a, 1.b, 1.d (1.f moved to 10/5, 1.c has no deadline).
    assert period.totals.total == 3
    assert (period.date_from, period.date_to) == (MAY1, MAY5)
    first = loaded.list_notices(today=MAY5)[-1]
    only = build_scoreboard(loaded, MAY5, notice_id=first.id)
    assert only.totals.total == 5 and only.notice_id == first.id


def test_by_notice(loaded: Store) -> None:
    loaded.import_notice(notice("6/TB-UBND", date(2026, 4, 20), directive("1.a", JUN30, (STC, L))))
    board = build_notice_scoreboard(loaded, MAY5)
    assert [n.number for n in board.notices] == ["6/TB-UBND", "1/TB-UBND"]  # newest first
    assert board.notices[1].lead == build_scoreboard(loaded, MAY5, notice_id=board.notices[1]
                                                     .notice_id).totals
    assert board.totals.total == 6


def test_report_tasks_match_the_counts(loaded: Store) -> None:
    rows = report_tasks(loaded, MAY5)
    lead = [r for r in rows if r.role == "lead"]
    assert len(lead) == build_scoreboard(loaded, MAY5).totals.total
    assert all(r.task_class != "cancelled" for r in rows)
    assert {r.task_class for r in lead} == {"done_on_time", "done_late", "on_track", "overdue"}


def test_the_scoreboard_query_reads_the_covering_index(loaded: Store) -> None:
    """No task row is loaded: SQLite answers from tasks_scoreboard alone."""
    statements: list[str] = []
    loaded._conn.set_trace_callback(statements.append)
    build_scoreboard(loaded, MAY5)
    loaded._conn.set_trace_callback(None)
    counting = next(sql for sql in statements if "GROUP BY" in sql)
    plan = loaded._conn.execute(f"EXPLAIN QUERY PLAN {counting}").fetchall()
    assert "COVERING INDEX tasks_scoreboard" in " ".join(row[-1] for row in plan)


def test_past_day_counts_only_recount_the_changed_tasks(store: Store) -> None:
    """As of a past day, tasks changed since are counted as they were then, the
    others from their current rows: the result equals report_tasks row by row."""
    store.import_notice(notice("8/TB-UBND", date(2026, 4, 1),
                               directive("1.a", MAY1, (STC, L)), directive("1.b", JUN30, (STC, L)),
                               directive("1.c", MAY10, (SKHCN, L))))
    changed = task_id(store, "1.a", STC)
    store.set_status(changed, "done", today=date(2026, 5, 20))
    _move_history(store, changed, "2026-05-20 09:00:00")
    today = date(2026, 6, 1)
    for day in (MAY5, date(2026, 5, 25)):
        board = build_scoreboard(store, day, today=today)
        by_hand = Counts()
        for row in report_tasks(store, day, today=today):
            by_hand = by_hand + Counts.from_classes(*(
                int(row.task_class == name)
                for name in ("done_on_time", "done_late", "on_track", "overdue")))
        assert board.totals == by_hand
    assert build_scoreboard(store, MAY5, today=today).totals.overdue == 1
    assert build_scoreboard(store, date(2026, 5, 25), today=today).totals.done_late == 1
