"""Issue 15, point 2: a JSON export gives everything back. Random sequences of imports,
status changes, extensions, notes, corrections, deletes, restores and undos; then the
export is restored into a new database, and
- an export of the restored database is the original export, byte for byte, but for its
  `exported_at`;
- the tasks (`list --json`), every task's history (`history --json`, deleted tasks
  included) and the correction log (`corrections --json`) are the original's;
- `undo-change N` does on the restored database what it does on the original.

200 examples: each one is a few small notices in a temporary folder (/dev/shm when there
is one), about 40 ms, so the whole property costs CI some ten seconds on one worker."""

from __future__ import annotations

import io
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui_tracker.errors import TrackerError
from tui_tracker.exports.json_export import JsonExportWriter, read_records
from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Reference,
    Role,
)
from tui_tracker.store import Store
from tui_tracker.store.dump import DERIVED_TABLES, EXPORTED_TABLES

DAY0 = date(2026, 4, 1)
AGENCIES = ("Sở Tài chính", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Sở Y tế",
            "Phòng Kinh tế xã Tư Nghĩa")
WORDS = st.text(st.sampled_from("aăâđeêoôơuưy ÁÀẢÃẠ\"'=,;\\/\n\t0123456789"), max_size=20)


def _notice(number: int) -> ParsedNotice:
    directives = [
        ParsedDirective(
            ref=f"{i + 1}", heading=None if i % 2 else f"Nhiệm vụ {i + 1}",
            text=f"Giao {AGENCIES[(number + i) % 5]} thực hiện nhiệm vụ {i + 1} "
                 f"của thông báo {number}.",
            assignments=[Assignment(AGENCIES[(number + i) % 5], Role.LEAD),
                         Assignment(AGENCIES[(number + i + 1) % 5], Role.COORDINATE)],
            deadline=None if i == 2 else Deadline(
                f"trước ngày {10 + i}/5/2026", date(2026, 5, 9 + i), DeadlineKind.DATE),
            section="Nhiệm vụ trọng tâm")
        for i in range(3)]
    text = f"THÔNG BÁO {number}\n" + "\n".join(d.text for d in directives)
    return ParsedNotice(
        notice=NoticeHeader(doc_type="TB", number=f"{number}/TB-UBND", title=f"Kết luận {number}",
                            issuer="UBND tỉnh", issued_on=DAY0 + timedelta(days=number),
                            attendees=["Tài chính", "Công an tỉnh"], recipients=["Như trên"]),
        references=[Reference(f"Báo cáo số {number}/BC-STC ngày 1/3/2026", f"{number}/BC-STC",
                              "BC", date(2026, 3, 1))],
        directives=directives, warnings=["không tìm thấy người ký"], text=text, original=text)


OPS = ("import", "status", "done", "extend", "note", "edit_directive", "edit_notice", "assign",
       "unassign", "delete_directive", "delete_notice", "restore_directive", "restore_notice",
       "undo", "undo_change")
STEP = st.tuples(st.sampled_from(OPS), st.integers(0, 30), st.integers(0, 30), WORDS,
                 st.sampled_from(("todo", "in_progress", "reported", "paused", "cancelled")))


def _ids(store: Store, table: str) -> list[int]:
    return [row[0] for row in store._conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def _step(store: Store, step: tuple[str, int, int, str, str], today: date) -> None:
    op, a, b, words, status = step

    def pick(table: str) -> int:
        ids = _ids(store, table)
        return ids[a % len(ids)] if ids else 0

    if op == "import":
        store.import_notice(_notice(a % 4))
    elif op == "status":
        store.set_status(pick("tasks"), status, today=today, note=words or None)
    elif op == "done":
        store.set_status(pick("tasks"), "done", today=today,
                         on=today - timedelta(days=b % 10))
    elif op == "extend":
        task = pick("tasks")
        due = store.get_task(task, today=today).due_on or today
        store.extend(task, due + timedelta(days=b % 20 + 1), reason=words or "gia hạn",
                     today=today, on=today - timedelta(days=b % 3))
    elif op == "note":
        store.add_note(pick("tasks"), words or "ghi chú", today=today)
    elif op == "edit_directive":
        store.edit_directive(pick("directives"), leads=[AGENCIES[b % 5]],
                             due_on=date(2026, 6, 1) + timedelta(days=b), note=words or None)
    elif op == "edit_notice":
        store.edit_notice(pick("notices"), {"title": words or "Kết luận đã sửa",
                                            "signer": AGENCIES[b % 5]})
    elif op == "assign":
        store.assign(pick("directives"), AGENCIES[b % 5], ("lead", "coordinate")[b % 2])
    elif op == "unassign":
        store.unassign(pick("tasks"), note=words or None)
    elif op == "delete_directive":
        store.delete_directive(pick("directives"), note=words or None)
    elif op == "delete_notice":
        store.delete_notice(pick("notices"))
    elif op == "restore_directive":
        store.restore_directive(pick("directives"))
    elif op == "restore_notice":
        store.restore_notice(pick("notices"))
    elif op == "undo":
        store.undo_last(pick("tasks"), today=today)
    else:
        store.undo_change(pick("change_log"))


# Each example writes two small databases: in memory-backed /dev/shm where there is one,
# the property costs its CPU time rather than a few hundred disk syncs.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None


def export_text(store: Store) -> str:
    out = io.StringIO()
    writer = JsonExportWriter(out)
    store.dump(writer)
    writer.close()
    return out.getvalue()


def without_stamp(text: str) -> str:
    return re.sub(r'"exported_at": "[^"]*"', '"exported_at": ""', text, count=1)


def observed(store: Store, today: date) -> dict[str, Any]:
    """What the contract's JSON commands show: list, every task's history, the log."""
    return {
        "list": [row.to_json() for row in store.list_tasks(today=today)],
        "history": {task: store.history(task) for task in _ids(store, "tasks")},
        "corrections": store.corrections(),
        "deleted": store.deleted_notices(),
    }


def _state(store: Store, today: date) -> list[tuple[Any, ...]]:
    """The tasks as lists show them, without who changed them last and when."""
    return [(r.id, r.version, r.status, r.due_on, r.agency, r.role, r.task_class, r.summary)
            for r in store.list_tasks(today=today)]


def _undo_outcome(store: Store, change: int) -> str:
    try:
        return f"undone as {store.undo_change(change)}"
    except TrackerError as error:
        return f"{type(error).__name__}: {error.message}"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEP, min_size=1, max_size=25), st.integers(0, 50))
def test_an_export_restored_gives_everything_back(steps, undo_pick: int) -> None:
    with tempfile.TemporaryDirectory(dir=SCRATCH) as folder:
        original = Store.open(Path(folder) / "a.db", user="alice", session="a")
        restored = Store.open(Path(folder) / "b.db", user="bob", session="b")
        try:
            original.import_notice(_notice(0))
            today = DAY0 + timedelta(days=10)
            for number, step in enumerate(steps):
                try:
                    _step(original, step, today + timedelta(days=number))
                except TrackerError:
                    pass  # refused (a deleted task, nothing to undo...): nothing written
            today += timedelta(days=len(steps) + 1)
            text = export_text(original)
            restored.restore(read_records(io.BytesIO(text.encode("utf-8"))))
            assert without_stamp(export_text(restored)) == without_stamp(text)
            assert observed(restored, today) == observed(original, today)
            changes = _ids(original, "change_log")
            if changes:
                change = changes[undo_pick % len(changes)]
                assert _undo_outcome(restored, change) == _undo_outcome(original, change)
                assert _state(restored, today) == _state(original, today)
        finally:
            original.close()
            restored.close()


def test_every_table_is_exported_or_derived(tmp_path: Path) -> None:
    """A table added later must not silently miss the export (and so every restore)."""
    with Store.open(tmp_path / "t.db") as store:
        tables = {row[0] for row in store._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    shadow = {name for name in tables if any(name.startswith(f"{fts}_")
                                             for fts in DERIVED_TABLES)}
    assert tables - shadow == set(EXPORTED_TABLES) | set(DERIVED_TABLES)
