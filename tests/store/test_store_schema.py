"""Opening a database: schema creation, migrations, refusals, error mapping."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from builders import TODAY
from store_helpers import seed_like_notice

from tui_tracker.errors import DatabaseError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.store import Store, connection
from tui_tracker.store.connection import SCHEMA_VERSION, load_schema, split_statements

REPO_SCHEMA = Path(__file__).resolve().parents[2] / "schema.sql"


def test_new_database_gets_schema_wal_and_version(db_path: Path) -> None:
    assert not db_path.parent.exists()
    store = Store.open(db_path, user="alice")
    store.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"notices", "directives", "agencies", "agency_aliases", "tasks", "task_history",
            "notice_references", "directive_search", "notice_search"} <= tables
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"tasks_by_urgency", "tasks_by_status", "tasks_by_agency",
            "directives_by_notice"} <= indexes


def test_pragmas_of_an_open_store(store: Store) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert store.user == "alice"
    assert store.path.name == "tracker.db"


def test_user_defaults_to_os_user(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "chuyenvien")
    with Store.open(db_path) as store:
        assert store.user == "chuyenvien"


def test_agencies_seeded_once(db_path: Path) -> None:
    with Store.open(db_path) as store:
        names = {row.name for row in store.list_agencies(today=TODAY)}
        count = len(names)
    assert {"Sở Khoa học và Công nghệ", "Sở Tài chính", "Thanh tra tỉnh", "Chưa xác định",
            "các sở, ngành, địa phương"} <= names
    with Store.open(db_path) as again:  # reopening neither re-creates nor re-seeds
        assert len(again.list_agencies(today=TODAY)) == count


def test_schema_is_loaded_from_the_one_schema_file() -> None:
    assert load_schema() == REPO_SCHEMA.read_text(encoding="utf-8")


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = ("-- a comment; with a semicolon\nCREATE TABLE a (x);\n"
              "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 1;\n  SELECT 1;\nEND;\n"
              "-- trailing comment\n")
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_newer_database_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseError) as info:
        Store.open(db_path)
    assert info.value.exit_code == 5
    assert info.value.message == t("store.newer_version", path=str(db_path),
                                   found=SCHEMA_VERSION + 1, known=SCHEMA_VERSION)


def test_older_database_is_migrated(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(db_path).close()
    applied: list[int] = []

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE tasks ADD COLUMN priority INTEGER")
        applied.append(following)

    following = SCHEMA_VERSION + 1
    monkeypatch.setattr(connection, "SCHEMA_VERSION", following)
    monkeypatch.setattr(connection, "MIGRATIONS", {following: add_column})
    with Store.open(db_path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == following
    with Store.open(db_path):
        pass  # already at the following version: nothing runs again
    assert applied == [following]


def test_failed_migration_leaves_the_old_version(db_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(db_path).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE tasks ADD COLUMN priority INTEGER")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(connection, "MIGRATIONS", {SCHEMA_VERSION + 1: broken})
    with pytest.raises(DatabaseError):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = {row[1] for row in conn.execute("PRAGMA table_info(tasks)")}
    assert "priority" not in columns


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite\n" * 200)
    with pytest.raises(DatabaseError) as info:
        Store.open(path)
    assert info.value.exit_code == 5
    assert str(path) in info.value.message


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError):
        Store.open(path)
    conn = sqlite3.connect(path)  # and it was left alone
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["customers"]


def test_directory_as_path(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError):
        Store.open(tmp_path)


def test_busy_for_too_long(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    with Store.open(db_path) as store:
        store.import_notice(seed_like_notice())
        task_id = store.list_tasks(today=TODAY, limit=1)[0].id
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another session holds the write lock
        try:
            with pytest.raises(DatabaseError) as info:
                store.set_status(task_id, Status.DONE, today=TODAY)
            assert info.value.exit_code == 5
            # reading still works while the other session writes (WAL)
            assert store.get_task(task_id, today=TODAY).status == "todo"
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.set_status(task_id, Status.DONE, today=TODAY).status == "done"


def test_read_only_database(store: Store) -> None:
    store._conn.execute("PRAGMA query_only = ON")  # what a read-only file looks like to SQLite
    with pytest.raises(DatabaseError) as info:
        store.import_notice(seed_like_notice())
    assert info.value.exit_code == 5
    assert info.value.message == t("store.read_only", path=str(store.path))


def test_sqlite_shell_can_write(loaded: Store, db_path: Path) -> None:
    """No application function in triggers or defaults: a plain connection writes."""
    shell = sqlite3.connect(db_path)
    directive_id = shell.execute("SELECT id FROM directives WHERE ref = '3.d'").fetchone()[0]
    agency_id = shell.execute("SELECT id FROM agencies WHERE name = 'Sở Tài chính'").fetchone()[0]
    shell.execute(
        "INSERT INTO tasks (directive_id, agency_id, role, due_on, created_at, updated_at) "
        "VALUES (?, ?, 'coordinate', '2026-05-10', '2026-05-01 08:00:00', '2026-05-01 08:00:00')",
        (directive_id, agency_id))
    shell.execute("UPDATE tasks SET status = 'done', completed_on = '2026-05-01' "
                  "WHERE agency_id = ?", (agency_id,))
    shell.commit()
    shell.close()
    rows = [r for r in loaded.list_tasks(today=TODAY) if r.agency == "Sở Tài chính"]
    assert len(rows) == 1
    assert rows[0].status == "done" and rows[0].task_class == "done_on_time"


def test_store_package_does_not_import_textual() -> None:
    code = ("import sys, tui_tracker.store; "
            "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) "
            "else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
