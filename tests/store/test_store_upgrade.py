"""A database written by the first released schema opens with this code and is upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tui_tracker.store import Store
from tui_tracker.store.connection import SCHEMA_VERSION, load_schema, split_statements

V1_SCHEMA = Path(__file__).with_name("schema_v1.sql")


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%search_%'")]
    return {table: {row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})")}
            for table in tables}


def test_a_version_1_database_upgrades_to_the_current_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    for statement in split_statements(V1_SCHEMA.read_text(encoding="utf-8")):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()

    with Store.open(old) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        upgraded = _columns(store._conn)

    fresh = sqlite3.connect(":memory:")
    for statement in split_statements(load_schema()):
        fresh.execute(statement)
    # The upgraded database has every table and column a new one has.
    assert upgraded == _columns(fresh)
