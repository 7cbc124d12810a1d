"""The as-of rule by business dates is one rule in two spellings: model.facts_as_of in
Python, store/classes.py in SQL. Random task histories (status changes with completion
days, extensions with decision days, corrected completion days, undos, notes, recurring
duties) typed in on random days must give the same class for every task on every day,
and the counting path of the scoreboard the same counts. Also: upgrading a version-2
database gives every change its business day."""

from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import SKHCN, directive

from tui_tracker.errors import ConflictError, UsageError
from tui_tracker.model import (
    DeadlineKind,
    NoticeHeader,
    ParsedNotice,
    Role,
    TaskChange,
    TaskFacts,
    classify_as_of,
)
from tui_tracker.reports.scoreboard import report_tasks_query, scoreboard_query
from tui_tracker.store import Store
from tui_tracker.store.rows import to_date

NOTICE_DAY = date(2026, 4, 1)
STATUSES = ("todo", "in_progress", "reported", "done", "paused", "cancelled")
L, C = Role.LEAD, Role.COORDINATE


def _notice() -> ParsedNotice:
    return ParsedNotice(
        notice=NoticeHeader(doc_type="TB", number="9/TB-UBND", title="Kết luận",
                            issuer="UBND tỉnh", issued_on=NOTICE_DAY),
        directives=[
            directive("1", None, "Rà soát.", (SKHCN, L), ("Sở Tài chính", C),
                      due=date(2026, 4, 20)),
            directive("2", None, "Báo cáo.", ("Sở Tài chính", L), due=date(2026, 5, 10)),
            directive("3", None, "Theo dõi.", ("Thanh tra tỉnh", L)),
            directive("4", None, "Báo cáo hằng tháng.", ("Sở Nội vụ", L),
                      due=date(2026, 4, 19), phrase="trước ngày 20 hằng tháng",
                      kind=DeadlineKind.RECURRING),
        ],
        text="THÔNG BÁO 9\n", original="THÔNG BÁO 9\n")


# One step: (days later it is typed in, which task (index), what, a day offset, a status).
STEP = st.tuples(st.integers(0, 12), st.integers(0, 4),
                 st.sampled_from(("status", "done_on", "extend", "extend_on", "undo", "note")),
                 st.integers(0, 40), st.sampled_from(STATUSES))


def _apply(store: Store, task_ids: list[int], steps: list[tuple[int, int, str, int, str]]) -> None:
    today = NOTICE_DAY
    for later, which, what, offset, status in steps:
        today += timedelta(days=later)
        task = task_ids[which % len(task_ids)]
        # A business day between the notice's and the day it is typed in.
        business = NOTICE_DAY + timedelta(days=offset % ((today - NOTICE_DAY).days + 1))
        try:
            if what == "status":
                store.set_status(task, status, today=today)
            elif what == "done_on":
                store.set_status(task, "done", today=today, on=business)
            elif what in ("extend", "extend_on"):
                current = store.get_task(task, today=today).due_on or today
                store.extend(task, current + timedelta(days=offset % 20 + 1), reason="gia hạn",
                             today=today, on=business if what == "extend_on" else None)
            elif what == "undo":
                store.undo_last(task, today=today)
            else:
                store.add_note(task, f"ghi chú {offset}", today=today)
        except (UsageError, ConflictError):
            pass  # a refused step (nothing to undo, the same deadline, ...) writes nothing


def _python_classes(conn: sqlite3.Connection, as_of: date) -> dict[int, str]:
    """Every task's class as of the day by model.classify_as_of, from the rows."""
    changes: dict[int, list[TaskChange]] = {}
    for hid, task, action, field, to_value, effective, undoes in conn.execute(
            "SELECT id, task_id, action, field, to_value, effective_on, undoes "
            "FROM task_history ORDER BY id"):
        changes.setdefault(task, []).append(
            TaskChange(hid, action, field, to_value, to_date(effective), undoes))
    classes = {}
    for task, status, due, original, completed in conn.execute(
            "SELECT id, status, due_on, original_due_on, completed_on FROM tasks"):
        current = TaskFacts(status, to_date(due), to_date(completed))
        classes[task] = classify_as_of(changes.get(task, []), current=current,
                                       base_due=to_date(original) or to_date(due),
                                       as_of=as_of).value
    return classes


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEP, max_size=14))
def test_sql_and_python_agree_on_every_task_and_day(steps) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "t.db", user="tester", session="s")
        try:
            store.import_notice(_notice())
            task_ids = [row.id for row in store.list_tasks(today=NOTICE_DAY)]
            _apply(store, task_ids, steps)
            last = max([NOTICE_DAY, *(to_date(r[0]) for r in store._conn.execute(
                "SELECT effective_on FROM task_history"))])
            day = NOTICE_DAY - timedelta(days=1)
            while day <= last + timedelta(days=2):
                def both(conn: sqlite3.Connection, day: date = day) -> tuple:
                    sql = {row.id: row.task_class for row in report_tasks_query(
                        conn, day, include_cancelled=True)}
                    return sql, _python_classes(conn, day), scoreboard_query(conn, day)
                sql, python, board = store.read(both)
                if day < NOTICE_DAY:
                    assert sql == {}  # the notice did not exist yet
                else:
                    assert sql == python, day
                    counted = Counter(python[row.id] for row in report_tasks_query(
                        store._conn, day) if row.role == "lead")
                    totals = board.totals
                    assert (totals.done_on_time, totals.done_late, totals.on_track,
                            totals.overdue) == (counted["done_on_time"], counted["done_late"],
                                                counted["on_track"], counted["overdue"]), day
                day += timedelta(days=3)
        finally:
            store.close()


def test_an_upgraded_version_2_database_gets_business_days(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with Store.open(path, user="tester") as store:
        store.import_notice(_notice())
        first, second = (row.id for row in store.list_tasks(today=NOTICE_DAY)[:2])
        store.set_status(first, "done", today=date(2026, 4, 30), on=date(2026, 4, 12))
        store.extend(second, date(2026, 6, 30), reason="gia hạn", today=date(2026, 5, 2))
    # Back to version 2 as it was: no business day, the index on the entry time.
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX task_history_by_effective")
    conn.execute("ALTER TABLE task_history DROP COLUMN effective_on")
    conn.execute("CREATE INDEX task_history_by_time ON task_history (at)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store.open(path, user="tester") as store:
        rows = store._conn.execute(
            "SELECT action, to_value, effective_on, substr(at, 1, 10) FROM task_history "
            "WHERE action <> 'import' ORDER BY id").fetchall()
        indexes = {row[0] for row in store._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    done, extend = rows
    assert done[:3] == ("status", "done", "2026-04-12")  # the completion day it recorded
    assert extend[0] == "extend" and extend[2] == extend[3]  # decided when typed in
    assert "task_history_by_effective" in indexes and "task_history_by_time" not in indexes
