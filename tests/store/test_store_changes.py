"""set_status, extend, add_note, undo_last: history, versions and conflicts."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from builders import TODAY

from tui_tracker.errors import ConflictError, UsageError
from tui_tracker.model import Status
from tui_tracker.store import Store


def history_rows(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT * FROM task_history ORDER BY id").fetchall()
    conn.close()
    return rows


def test_set_status_records_history_with_user(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    row = loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY, note="đã họp triển khai")
    assert row.status == "in_progress" and row.version == 2
    assert row.updated_by == "alice" and row.note == "đã họp triển khai"
    entry = loaded.history(task_id)[-1]
    assert (entry.action, entry.field, entry.from_value, entry.to_value, entry.user, entry.note) \
        == ("status", "status", "todo", "in_progress", "alice", "đã họp triển khai")
    assert len(entry.at) == 19


def test_done_uses_today_or_the_given_day(loaded: Store, task_of) -> None:
    row = loaded.set_status(task_of("3.d"), Status.DONE, today=TODAY)
    assert row.completed_on == TODAY and row.task_class == "done_on_time"
    assert row.urgency == "closed"
    late = loaded.set_status(task_of("3.e"), Status.DONE, today=TODAY, on=date(2026, 5, 2))
    assert late.completed_on == date(2026, 5, 2) and late.task_class == "done_late"


def test_leaving_done_clears_completion(loaded: Store, task_of) -> None:
    task_id = task_of("3.e")
    loaded.set_status(task_id, Status.DONE, today=TODAY)
    row = loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
    assert row.completed_on is None and row.task_class == "overdue"


def test_status_words_are_accepted(loaded: Store, task_of) -> None:
    assert loaded.set_status(task_of("3.d"), "hoàn thành", today=TODAY).status == "done"
    with pytest.raises(UsageError):
        loaded.set_status(task_of("3.e"), "xong roi ha", today=TODAY)


def test_same_status_needs_a_note(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    with pytest.raises(UsageError) as info:
        loaded.set_status(task_id, Status.TODO, today=TODAY)
    assert info.value.exit_code == 2
    row = loaded.set_status(task_id, Status.TODO, today=TODAY, note="chờ ý kiến Sở Tài chính")
    assert row.status == "todo" and row.note == "chờ ý kiến Sở Tài chính" and row.version == 2
    assert loaded.history(task_id)[-1].action == "note"


def test_done_again_with_another_day_corrects_the_day(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    loaded.set_status(task_id, Status.DONE, today=TODAY)
    row = loaded.set_status(task_id, Status.DONE, today=TODAY, on=date(2026, 5, 1))
    assert row.completed_on == date(2026, 5, 1)
    entry = loaded.history(task_id)[-1]
    assert (entry.field, entry.from_value, entry.to_value) == (
        "completed_on", "2026-05-05", "2026-05-01")


def test_refused_changes(loaded: Store, task_of, db_path: Path) -> None:
    before = history_rows(db_path)
    task_id = task_of("3.d")
    with pytest.raises(UsageError):
        loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY, on=TODAY)  # `on` w/o done
    with pytest.raises(UsageError):
        loaded.set_status(task_id, Status.DONE, today=TODAY, on=date(2026, 5, 6))  # future
    with pytest.raises(UsageError) as info:
        loaded.set_status(999, Status.DONE, today=TODAY)
    assert "999" in info.value.message
    with pytest.raises(UsageError):
        loaded.extend(task_id, date(2026, 7, 1), reason="   ", today=TODAY)
    with pytest.raises(UsageError):
        loaded.extend(task_id, date(2026, 6, 29), reason="trùng hạn", today=TODAY)
    with pytest.raises(UsageError):
        loaded.add_note(task_id, "  ", today=TODAY)
    assert history_rows(db_path) == before
    assert loaded.get_task(task_id, today=TODAY).version == 1


def test_stale_version_is_a_conflict_that_writes_nothing(loaded: Store, task_of,
                                                         db_path: Path) -> None:
    task_id = task_of("3.d")
    loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY)  # version 2
    before = history_rows(db_path)
    for change in (
        lambda: loaded.set_status(task_id, Status.DONE, today=TODAY, if_version=1),
        lambda: loaded.extend(task_id, date(2026, 7, 15), reason="x", today=TODAY, if_version=1),
        lambda: loaded.add_note(task_id, "ghi chú", today=TODAY, if_version=1),
    ):
        with pytest.raises(ConflictError) as info:
            change()
        error = info.value
        assert error.exit_code == 3
        assert error.current.version == 2 and error.current.status == "in_progress"
        assert error.changed_by == "alice" and error.changed_at is not None
    assert history_rows(db_path) == before
    assert loaded.set_status(task_id, Status.DONE, today=TODAY, if_version=2).version == 3


def test_conflict_from_a_second_connection(loaded: Store, task_of, db_path: Path) -> None:
    task_id = task_of("3.d")
    seen = loaded.get_task(task_id, today=TODAY)  # alice reads version 1
    with Store.open(db_path, user="bob") as bob:
        bob.set_status(task_id, Status.REPORTED, today=TODAY, if_version=seen.version)
    before = history_rows(db_path)
    with pytest.raises(ConflictError) as info:
        loaded.set_status(task_id, Status.DONE, today=TODAY, if_version=seen.version)
    assert info.value.changed_by == "bob"
    assert info.value.current.status == "reported" and info.value.current.version == 2
    assert "bob" in info.value.message
    assert history_rows(db_path) == before
    assert loaded.get_task(task_id, today=TODAY).updated_by == "bob"


def test_extend_keeps_the_original_deadline(loaded: Store, task_of) -> None:
    task_id = task_of("3.e")
    row = loaded.extend(task_id, date(2026, 5, 31), reason="Văn bản 12/UBND-KGVX", today=TODAY)
    assert row.due_on == date(2026, 5, 31) and row.original_due_on == date(2026, 4, 30)
    assert row.days_left == 26 and row.task_class == "on_track"
    row = loaded.extend(task_id, date(2026, 6, 15), reason="lần 2", today=TODAY)
    assert row.original_due_on == date(2026, 4, 30)
    assert row.deadline_text == "trong tháng 4/2026"  # the notice's phrase stays
    entry = loaded.history(task_id)[-1]
    assert (entry.action, entry.field, entry.from_value, entry.to_value, entry.note) == (
        "extend", "due_on", "2026-05-31", "2026-06-15", "lần 2")


def test_extend_a_task_without_deadline(loaded: Store, task_of) -> None:
    row = loaded.extend(task_of("2.g", "Chưa xác định"), date(2026, 6, 1), reason="giao hạn",
                        today=TODAY)
    assert row.due_on == date(2026, 6, 1) and row.original_due_on is None


def test_add_note(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    row = loaded.add_note(task_id, "Đã có báo cáo số 10/BC-SKHCN", today=TODAY, if_version=1)
    assert row.note == "Đã có báo cáo số 10/BC-SKHCN" and row.version == 2
    assert row.status == "todo"
    assert loaded.history(task_id)[-1].action == "note"


def test_undo_status_and_extension(loaded: Store, task_of) -> None:
    task_id = task_of("3.e")
    loaded.extend(task_id, date(2026, 5, 31), reason="gia hạn", today=TODAY)
    loaded.set_status(task_id, Status.DONE, today=TODAY)
    row = loaded.undo_last(task_id, today=TODAY)
    assert row.status == "todo" and row.completed_on is None
    assert row.due_on == date(2026, 5, 31)
    entry = loaded.history(task_id)[-1]
    assert (entry.action, entry.field, entry.from_value, entry.to_value) == (
        "undo", "status", "done", "todo")
    row = loaded.undo_last(task_id, today=TODAY)  # walks further back: the extension
    assert row.due_on == date(2026, 4, 30) and row.days_left == -5
    assert row.version == 5
    with pytest.raises(UsageError):
        loaded.undo_last(task_id, today=TODAY)  # the import cannot be undone


def test_undo_after_a_note_of_my_own(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    loaded.set_status(task_id, Status.REPORTED, today=TODAY)
    loaded.add_note(task_id, "đã gửi báo cáo", today=TODAY)
    row = loaded.undo_last(task_id, today=TODAY)
    assert row.status == "todo" and row.note == "đã gửi báo cáo"


def test_undo_refused_when_someone_else_changed_after(loaded: Store, task_of,
                                                      db_path: Path) -> None:
    task_id = task_of("3.d")
    loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
    with Store.open(db_path, user="bob") as bob:
        with pytest.raises(UsageError):
            bob.undo_last(task_id, today=TODAY)  # bob has nothing of his own to undo
        bob.add_note(task_id, "Sở đề nghị gia hạn", today=TODAY)
    before = history_rows(db_path)
    with pytest.raises(ConflictError) as info:
        loaded.undo_last(task_id, today=TODAY)
    assert info.value.changed_by == "bob"
    assert history_rows(db_path) == before


def test_undo_only_this_users_change(loaded: Store, task_of, db_path: Path) -> None:
    task_id = task_of("3.d")
    with Store.open(db_path, user="bob") as bob:
        bob.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
    loaded.set_status(task_id, Status.REPORTED, today=TODAY)
    row = loaded.undo_last(task_id, today=TODAY)
    assert row.status == "in_progress"  # alice's change undone, bob's kept
    with pytest.raises(UsageError):
        loaded.undo_last(task_id, today=TODAY)


def test_history_oldest_first_and_missing_task(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
    loaded.set_status(task_id, Status.DONE, today=TODAY)
    assert [e.action for e in loaded.history(task_id)] == ["import", "status", "status"]
    assert [e.to_value for e in loaded.history(task_id)] == ["todo", "in_progress", "done"]
    with pytest.raises(UsageError):
        loaded.history(4242)


def test_data_version_moves_when_another_connection_commits(loaded: Store, task_of,
                                                            db_path: Path) -> None:
    task_id = task_of("3.d")
    start = loaded.data_version()
    assert loaded.data_version() == start  # nothing happened
    loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
    assert loaded.data_version() == start  # own commits do not count
    with Store.open(db_path, user="bob") as bob:
        bob.set_status(task_id, Status.DONE, today=TODAY)
    assert loaded.data_version() != start
    assert loaded.get_task(task_id, today=TODAY).status == "done"


def test_calls_from_worker_threads(loaded: Store, task_of) -> None:
    """The UI calls the store from thread workers (check_same_thread=False)."""
    task_id = task_of("3.d")
    results: list[object] = []

    def work() -> None:
        results.append(loaded.set_status(task_id, Status.IN_PROGRESS, today=TODAY).status)
        results.append(len(loaded.list_tasks(today=TODAY)))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert results == ["in_progress", 5]
