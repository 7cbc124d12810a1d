"""The JSON export and its restore: demo data -> export -> import into an empty
database gives back the same tasks, history, notices and agencies (ids kept)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from builders import run
from export_helpers import as_json, run_ok

from tui_tracker.store import Store
from tui_tracker.store.connection import SCHEMA_VERSION
from tui_tracker.store.dump import stored_columns

TABLES = ("agencies", "agency_aliases", "notices", "notice_references", "directives", "tasks",
          "task_history", "change_log")


def table_rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        columns = ", ".join(stored_columns(conn, table))
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def export_json(db: Path, out: Path) -> None:
    run_ok("--db", str(db), "export", "--format", "json", "-o", str(out))


def test_round_trip_gives_back_every_list_and_history(demo_db: Path, demo_today: date,
                                                      tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    restored = tmp_path / "restored.db"
    result = run_ok("--db", str(restored), "import", str(export))
    assert "8" in result.stdout

    today = demo_today.isoformat()
    original_list = as_json(run_ok("--db", str(demo_db), "list", "--json", "--today", today))
    restored_list = as_json(run_ok("--db", str(restored), "list", "--json", "--today", today))
    assert restored_list == original_list
    assert len(original_list) > 50
    for task in original_list:
        before = as_json(run_ok("--db", str(demo_db), "history", str(task["id"]), "--json"))
        after = as_json(run_ok("--db", str(restored), "history", str(task["id"]), "--json"))
        assert after == before
    # The extension, the note and the undo of the fixture survived.
    actions = {entry["action"] for task in original_list for entry in as_json(
        run_ok("--db", str(restored), "history", str(task["id"]), "--json"))}
    assert {"import", "status", "extend", "note", "undo"} <= actions


def test_corrections_and_deletes_survive_a_restore(demo_db: Path, demo_today: date,
                                                  tmp_path: Path) -> None:
    """Issue 15: `corrections --json` went from 21 entries to 0, `history --json` differed
    for most tasks and `undo-change` stopped working after a restore."""
    db = ("--db", str(demo_db), "--today", demo_today.isoformat())
    tasks = as_json(run_ok(*db, "list", "--json"))
    directive = tasks[0]["directive_id"]
    run_ok(*db, "edit-directive", str(directive), "--due", "2026-12-31", "--note", "sửa hạn")
    run_ok(*db, "assign", str(directive), "Sở Xây dựng", "--role", "coordinate")
    removed = next(task for task in tasks if task["role"] == "coordinate")
    run_ok(*db, "unassign", str(removed["id"]))
    run_ok(*db, "delete-directive", str(tasks[-1]["directive_id"]), "--yes")
    run_ok(*db, "edit-notice", str(tasks[0]["notice_id"]), "--signer", "Nguyễn Văn Thử")
    notice = tasks[-1]["notice_id"]
    run_ok(*db, "delete-notice", str(notice), "--yes")
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    restored = ("--db", str(tmp_path / "restored.db"), "--today", demo_today.isoformat())
    run_ok(*restored, "import", str(export))

    log = as_json(run_ok(*db, "corrections", "--json"))
    assert len(log) >= 5
    assert as_json(run_ok(*restored, "corrections", "--json")) == log
    assert as_json(run_ok(*restored, "corrections", "--deleted", "--json")) == as_json(
        run_ok(*db, "corrections", "--deleted", "--json"))
    for task in (tasks[0], removed, tasks[-1]):  # a corrected, a removed, a deleted task
        assert as_json(run_ok(*restored, "history", str(task["id"]), "--json")) == as_json(
            run_ok(*db, "history", str(task["id"]), "--json"))
    # The restored database's own export is the original one, but for its time stamp.
    again = tmp_path / "again.json"
    run_ok(*restored, "export", "--format", "json", "-o", str(again))
    first, second = (path.read_text(encoding="utf-8").split("\n", 1) for path in (export, again))
    assert first[1] == second[1]
    assert json.loads(first[0].rstrip(",") + "}")["exported_at"]
    # undo-change works there as on the original: the last change, the notice's delete.
    assert log[-1]["action"] == "delete_notice"
    run_ok(*restored, "undo-change", str(log[-1]["id"]))
    assert notice in {t["notice_id"] for t in as_json(run_ok(*restored, "list", "--json"))}
    # And the removed agency comes back with its change undone.
    unassigned = next(entry for entry in log if entry["action"] == "unassign")
    run_ok(*restored, "undo-change", str(unassigned["id"]))
    assert removed["id"] in {t["id"] for t in as_json(run_ok(*restored, "list", "--json"))}


def test_round_trip_keeps_every_stored_column_of_every_table(demo_db: Path,
                                                             tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    restored = tmp_path / "restored.db"
    run_ok("--db", str(restored), "import", str(export))
    for table in TABLES:
        assert table_rows(restored, table) == table_rows(demo_db, table), table
    # Original text, warnings and references are among those columns; check they are real.
    notices = table_rows(demo_db, "notices")
    assert any("Thông báo" in row[stored_columns_index("notices", "original_text")]
               or "THÔNG BÁO" in row[stored_columns_index("notices", "original_text")]
               for row in notices)
    assert table_rows(demo_db, "notice_references")


def stored_columns_index(table: str, column: str) -> int:
    conn = sqlite3.connect(":memory:")
    try:
        from tui_tracker.store.connection import load_schema, split_statements

        for statement in split_statements(load_schema()):
            conn.execute(statement)
        return stored_columns(conn, table).index(column)
    finally:
        conn.close()


def test_restored_database_searches_and_exports_the_same(demo_db: Path, demo_today: date,
                                                         tmp_path: Path) -> None:
    export, again = tmp_path / "a.json", tmp_path / "b.json"
    export_json(demo_db, export)
    restored = tmp_path / "restored.db"
    run_ok("--db", str(restored), "import", str(export))
    export_json(restored, again)

    def body(path: Path) -> dict:
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("exported_at")
        return data

    assert body(again) == body(export)
    with Store.open(restored) as store:
        found = store.search("ton tai", today=demo_today)
    assert found.directives  # the full-text index was rebuilt


def test_export_is_one_json_object_with_a_format_marker(demo_db: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    text = export.read_text(encoding="utf-8")
    assert text.startswith('{"format": "tui-tracker-export"')
    data = json.loads(text)
    assert data["format_version"] == 3 and data["schema_version"] == SCHEMA_VERSION
    notice = data["notices"][0]
    assert isinstance(notice["attendees"], list)  # JSON columns as arrays, not text
    assert notice["directives"][0]["tasks"][0]["history"][0]["action"] == "import"
    # One record per line: the file is written (and can be read) notice by notice.
    lines = text.splitlines()
    sections = 5  # agencies, notices, changes, report_letters, extension_requests
    assert len(lines) == 1 + sections + len(data["agencies"]) + len(data["notices"]) + len(
        data["changes"])


def test_restore_refuses_a_database_that_is_not_empty(demo_db: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    before = table_rows(demo_db, "tasks")
    result = run("--db", str(demo_db), "import", str(export))
    assert result.exit_code == 2
    assert "trống" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert table_rows(demo_db, "tasks") == before


@pytest.mark.parametrize("content", [
    '{"name": "not ours", "agencies": []}',
    '{"format": "something-else", "format_version": 1, "schema_version": 2}',
])
def test_restore_refuses_a_json_that_is_not_an_export(content: str, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text(content, encoding="utf-8")
    target = tmp_path / "new.db"
    result = run("--db", str(target), "--lang", "en", "import", str(path))
    assert result.exit_code == 4
    assert "not a tui-tracker JSON export" in result.stderr
    assert not target.exists()  # refused before the database was even created


def test_a_cut_or_damaged_export_stores_nothing(demo_db: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    text = export.read_text(encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    target = tmp_path / "new.db"
    result = run("--db", str(target), "import", str(cut))
    assert result.exit_code == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.json", "export.json", "source"]
    # Into an empty database that exists: it stays, as it was.
    assert run("--db", str(target), "init").exit_code == 0
    result = run("--db", str(target), "import", str(cut))
    assert result.exit_code == 4
    assert table_rows(target, "notices") == []
    assert len(table_rows(target, "agencies")) > 10  # the seeded agencies are back

    # A task pointing at an agency the export does not have: refused at the end, whole.
    data = json.loads(text)
    data["notices"][-1]["directives"][0]["tasks"][0]["agency_id"] = 999999
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("--db", str(target), "--lang", "en", "import", str(broken))
    assert result.exit_code == 4
    assert "damaged" in result.stderr
    assert table_rows(target, "notices") == [] and table_rows(target, "task_history") == []


def test_an_export_is_imported_alone_and_without_dry_run(demo_db: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    seed = Path(__file__).resolve().parents[2] / "fixtures" / "01_seed_tb_kl_khcn.txt"
    assert run("--db", str(tmp_path / "a.db"), "import", str(export), str(seed)).exit_code == 2
    assert run("--db", str(tmp_path / "b.db"), "import", str(export),
               "--dry-run").exit_code == 2


def test_restore_json_output_lists_the_notices(demo_db: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    data = as_json(run_ok("--db", str(tmp_path / "new.db"), "import", str(export), "--json"))
    originals = json.loads(export.read_text(encoding="utf-8"))["notices"]
    assert [row["id"] for row in data["notices"]] == [notice["id"] for notice in originals]
    assert all(row["status"] == "imported" and row["restored"] for row in data["notices"])


def test_an_export_of_the_previous_version_still_restores(demo_db: Path, tmp_path: Path) -> None:
    """Format 1 (schema 2) had no correction log and no business dates: restored, every
    change gets its business day as an upgrade gives it."""
    export = tmp_path / "export.json"
    export_json(demo_db, export)
    data = json.loads(export.read_text(encoding="utf-8"))
    data.update(format_version=1, schema_version=2)
    del data["changes"]
    for notice in data["notices"]:
        for directive in notice["directives"]:
            for task in directive["tasks"]:
                for entry in task["history"]:
                    del entry["effective_on"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "restored.db"
    run_ok("--db", str(target), "import", str(old))
    conn = sqlite3.connect(target)
    missing = conn.execute("SELECT count(*) FROM task_history WHERE effective_on IS NULL")
    assert missing.fetchone()[0] == 0
    conn.close()
    # A newer format than this version knows is refused, not half restored.
    data.update(format_version=99)
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    newer = run("--db", str(tmp_path / "newer.db"), "import", str(old))
    assert newer.exit_code == 4 and not (tmp_path / "newer.db").exists()
