"""The demo database and the choice of its "today"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tui_tracker import demo
from tui_tracker.model import Urgency

REPO = Path(__file__).resolve().parent.parent


# ---- which files make the demo


def test_fixtures_dir_is_the_repository_fixtures() -> None:
    assert demo.fixtures_dir() == REPO / "fixtures"
    names = [path.name for path in demo.fixture_files()]
    assert "01_seed_tb_kl_khcn.txt" in names


def test_fixture_files_takes_notices_only(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "README.md", "notes.docx", "c.TXT"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    assert [p.name for p in demo.fixture_files(tmp_path)] == ["a.md", "b.txt", "c.TXT"]


# ---- the demo "today"


def test_band_counts_splits_overdue_soon_and_later() -> None:
    today = date(2026, 5, 5)
    dues = [date(2026, 5, 4), today, date(2026, 5, 12), date(2026, 5, 13)]
    # yesterday: overdue; today and +7 days: soon; +8 days: later
    assert demo.band_counts(dues, today) == (1, 2, 1)
    assert demo.band_counts(dues, today, soon_days=8) == (1, 3, 0)


def test_pick_demo_today_shows_all_three_bands_when_the_data_allows() -> None:
    dues = [date(2026, 4, 30), date(2026, 4, 30), date(2026, 6, 29), date(2026, 9, 30),
            date(2026, 12, 31)]
    today = demo.pick_demo_today(dues)
    overdue, soon, later = demo.band_counts(dues, today)
    assert overdue > 0 and soon > 0 and later > 0


def test_pick_demo_today_prefers_overdue_and_due_soon_when_three_bands_are_impossible() -> None:
    # The seed alone: 3.c and 3.e due 30/4/2026, 3.d due 29/6/2026.
    dues = [date(2026, 4, 30), date(2026, 4, 30), date(2026, 6, 29)]
    today = demo.pick_demo_today(dues)
    overdue, soon, later = demo.band_counts(dues, today)
    assert (overdue, soon, later) == (2, 1, 0)
    # the earliest such day: 3.d shows "còn 7 ngày"
    assert today == date(2026, 6, 22)


def test_pick_demo_today_is_deterministic_and_order_free() -> None:
    dues = [date(2026, 1, 1) + timedelta(days=13 * i) for i in range(20)]
    first = demo.pick_demo_today(dues)
    assert demo.pick_demo_today(list(reversed(dues))) == first
    assert demo.pick_demo_today(dues) == first


def test_pick_demo_today_without_deadlines_is_fixed() -> None:
    assert demo.pick_demo_today([]) == demo.FALLBACK_TODAY


# ---- the database itself (needs the parser and the store)


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[Path, date]:
    path = tmp_path / "nested" / "demo.db"
    return path, demo.build_demo_db(path)


def test_build_demo_db_imports_every_fixture(demo_db: tuple[Path, date]) -> None:
    from tui_tracker.store import Store

    path, today = demo_db
    store = Store.open(path)
    try:
        assert store.count_notices() == len(demo.fixture_files())
        assert store.count_tasks(None, today=today) > 0
    finally:
        store.close()


def test_demo_today_shows_overdue_and_due_soon_tasks(demo_db: tuple[Path, date]) -> None:
    from tui_tracker.store import Store

    path, today = demo_db
    store = Store.open(path)
    try:
        counts = store.urgency_counts(None, today=today)
        dues = [row.due_on for row in store.list_tasks(None, today=today) if row.due_on]
    finally:
        store.close()
    assert counts[Urgency.OVERDUE] > 0
    assert counts[Urgency.TODAY] + counts[Urgency.SOON] > 0
    # the chosen day is the best the data allows, computed independently
    assert demo.pick_demo_today(dues) == today


def test_demo_shows_the_workflow(demo_db: tuple[Path, date]) -> None:
    from tui_tracker.store import Store

    path, today = demo_db
    store = Store.open(path)
    try:
        rows = store.list_tasks(None, today=today)
    finally:
        store.close()
    classes = {row.task_class for row in rows}
    statuses = {row.status for row in rows}
    # The demo day leaves several deadlines behind it: closed tasks, on time and late.
    assert sum(1 for row in rows if row.due_on and row.due_on < today) >= 4
    assert {"done_on_time", "done_late"} <= classes
    assert "in_progress" in statuses
    done = [row for row in rows if row.status == "done"]
    assert done
    assert all(row.completed_on is not None and row.completed_on <= today for row in done)


def test_build_demo_db_is_deterministic(tmp_path: Path, demo_db: tuple[Path, date]) -> None:
    assert demo.build_demo_db(tmp_path / "again.db") == demo_db[1]
