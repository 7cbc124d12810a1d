"""The SQL spelling of the report classes agrees with model.classify() everywhere."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import date

from tui_tracker.model import Status, TaskClass, classify
from tui_tracker.store.classes import CLASS_COLUMNS, class_case, class_sums

DAYS = [None, date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)]
AS_OF = [date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)]


def _cases():
    for status, due, completed, as_of in itertools.product(Status, DAYS, DAYS, AS_OF):
        if status is not Status.DONE and completed is not None:
            continue  # completed_on is set only while done (schema.sql)
        yield status, due, completed, as_of


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def test_class_case_equals_classify_on_every_combination() -> None:
    conn = sqlite3.connect(":memory:")
    sql = f"SELECT {class_case('?1', '?2', '?3', '?4')}"
    checked = 0
    for status, due, completed, as_of in _cases():
        expected = classify(status, due, completed, as_of).value
        got = conn.execute(sql, (status.value, _iso(due), _iso(completed), _iso(as_of)))
        assert got.fetchone()[0] == expected, (status, due, completed, as_of)
        checked += 1
    assert checked > 100


def test_class_sums_count_each_task_in_exactly_its_class() -> None:
    conn = sqlite3.connect(":memory:")
    sql = f"SELECT {class_sums('?1', '?2', '?3', '?4')}"
    for status, due, completed, as_of in _cases():
        sums = conn.execute(sql, (status.value, _iso(due), _iso(completed), _iso(as_of))).fetchone()
        expected = classify(status, due, completed, as_of)
        counted = {name for name, value in zip(CLASS_COLUMNS, sums, strict=True) if value}
        assert counted == ({expected.value} if expected is not TaskClass.CANCELLED else set())


def test_done_after_the_as_of_day_was_not_done_then() -> None:
    assert classify("done", date(2026, 5, 10), date(2026, 5, 8), date(2026, 5, 6)) \
        is TaskClass.ON_TRACK
    assert classify("done", date(2026, 5, 5), date(2026, 5, 8), date(2026, 5, 6)) \
        is TaskClass.OVERDUE
    assert classify("done", date(2026, 5, 5), date(2026, 5, 5), date(2026, 5, 5)) \
        is TaskClass.DONE_ON_TIME


def test_grouped_sums_fold_to_classify_on_every_combination() -> None:
    from tui_tracker.store.classes import fold_group, group_sums

    conn = sqlite3.connect(":memory:")
    sql = f"SELECT ?1, {group_sums('?2', '?3', '?4')}"
    for status, due, completed, as_of in _cases():
        row = conn.execute(sql, (status.value, _iso(due), _iso(completed), _iso(as_of))).fetchone()
        folded = fold_group(*row)
        expected = classify(status, due, completed, as_of)
        if expected is TaskClass.CANCELLED:
            assert folded == (0, 0, 0, 0)
        else:
            assert folded == tuple(int(name == expected.value) for name in CLASS_COLUMNS), (
                status, due, completed, as_of)
