"""A database written by the first released schema opens with this code and is upgraded."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import sqlite_utils
from builders import TODAY, write_version_1_database

from tui_tracker.store import Store
from tui_tracker.store.connection import SCHEMA_VERSION, load_schema, split_statements


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%search_%'")]
    return {table: {row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})")}
            for table in tables}


def _indexes(conn: sqlite3.Connection) -> dict[str, str]:
    """Each index by name, with its definition written without line breaks."""
    return {name: " ".join((sql or "").split()) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name NOT LIKE '%search_%'")}


def test_a_version_1_database_upgrades_to_the_current_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    write_version_1_database(old)

    with Store.open(old) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        upgraded = _columns(store._conn)
        upgraded_indexes = _indexes(store._conn)

    fresh = sqlite3.connect(":memory:")
    for statement in split_statements(load_schema()):
        fresh.execute(statement)
    # The upgraded database has every table, column and index a new one has.
    assert upgraded == _columns(fresh)
    assert upgraded_indexes == _indexes(fresh)


def _v1_database_with_data(path: Path) -> None:
    """A database as the first release wrote it, holding one notice, its directive,
    an agency's task and the task's history (rows written with the v1 columns)."""
    write_version_1_database(path)
    db = sqlite_utils.Database(path)
    db["agencies"].insert({"id": 1, "name": "Sở Khoa học và Công nghệ",
                           "key": "so khoa hoc va cong nghe",
                           "folded": "so khoa hoc va cong nghe"})
    db["notices"].insert({"id": 1, "number": "123/TB-UBND", "title": "Kết luận của PCT",
                          "text": "Thông báo", "original_text": "Thông báo",
                          "text_hash": "abc", "imported_at": "2026-04-20 08:00:00"})
    db["directives"].insert({"id": 1, "notice_id": 1, "position": 1, "ref": "3.d",
                             "summary": "Về xử lý tồn tại", "text": "Thống nhất chủ trương",
                             "due_on": "2026-06-29"})
    db["tasks"].insert({"id": 1, "directive_id": 1, "agency_id": 1, "role": "lead",
                        "status": "in_progress", "due_on": "2026-06-29",
                        "original_due_on": "2026-06-29", "version": 2,
                        "created_at": "2026-04-20 08:00:00",
                        "updated_at": "2026-04-21 09:00:00", "updated_by": "alice"})
    db["task_history"].insert_all([
        {"task_id": 1, "at": "2026-04-20 08:00:00", "user": "alice", "action": "import",
         "field": "status", "to_value": "todo"},
        {"task_id": 1, "at": "2026-04-21 09:00:00", "user": "alice", "action": "status",
         "field": "status", "from_value": "todo", "to_value": "in_progress",
         "note": "đã giao phòng"}])
    db.close()


def test_an_upgrade_keeps_the_data_and_a_backup_of_the_old_file(tmp_path: Path) -> None:
    old = tmp_path / "tracker.db"
    _v1_database_with_data(old)
    old_bytes = hashlib.md5(old.read_bytes()).hexdigest()

    with Store.open(old) as store:
        task = store.get_task(1, today=TODAY)
        history = store.history(1)
        found = store.search("thong nhat chu truong", today=TODAY)
        health = store.check()
    assert (task.status, task.version, task.due_on.isoformat()) == ("in_progress", 2,
                                                                    "2026-06-29")
    assert task.agency == "Sở Khoa học và Công nghệ" and task.notice_number == "123/TB-UBND"
    assert [entry.note for entry in history][-1] == "đã giao phòng"
    # The upgrade re-indexed the old rows: search finds them, and check is clean.
    assert [row.id for row in found.directives] == [1]
    assert health.ok, health.problems

    backups = list(tmp_path.glob("tracker.db.v1-backup-*"))
    assert len(backups) == 1
    assert re.fullmatch(r"tracker\.db\.v1-backup-\d{8}-\d{6}", backups[0].name)
    # The backup is the old database, whole and still version 1.
    copy = sqlite_utils.Database(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy["task_history"].count == 2 and copy["tasks"].get(1)["status"] == "in_progress"
    copy.close()
    assert old_bytes  # (the live file itself has changed: it is now upgraded)

    with Store.open(old):  # a second opening: already current, no second backup
        pass
    assert len(list(tmp_path.glob("tracker.db.v1-backup-*"))) == 1
