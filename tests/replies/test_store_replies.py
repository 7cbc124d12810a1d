"""The store's side of report letters: the schema's upgrade (tables, indexes, triggers),
nested write transactions, and the letter in the corrections log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from builders import write_version_1_database
from reply_samples import LETTERS, REPLY_TODAY

from tui_tracker.replies import apply_review, read_letter, review_letter
from tui_tracker.store import Store
from tui_tracker.store.connection import load_schema, split_statements, write_transaction


def _objects(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
        "AND name NOT LIKE 'sqlite_%'")}


def test_an_older_database_gets_the_letters_tables_indexes_and_triggers(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    write_version_1_database(old)
    with Store.open(old) as store:
        upgraded = _objects(store._conn)
    fresh = sqlite3.connect(":memory:")
    for statement in split_statements(load_schema()):
        fresh.execute(statement)
    ours = {("table", "report_letters"), ("table", "extension_requests"),
            ("index", "extension_requests_pending"), ("index", "extension_requests_by_task"),
            ("trigger", "extension_request_granted"), ("trigger", "extension_request_reopened"),
            ("trigger", "extension_request_refused")}
    assert ours <= _objects(fresh)
    assert ours <= upgraded


def test_a_version_4_database_keeps_its_requests_and_may_refuse_them(store: Store,
                                                                    tmp_path: Path) -> None:
    """Version 5 rebuilds extension_requests (a CHECK allows 'refused'): the rows, ids and
    states stay, and the new trigger answers a refusal."""
    from tui_tracker.store.migrations import v5_refusals

    letter = next(x for x in LETTERS if x.file.startswith("12"))
    _, read = read_letter(str(letter.path))
    applied = apply_review(store, review_letter(store, read), today=REPLY_TODAY)
    (task,) = applied.task_ids
    conn = store._conn
    before = conn.execute("SELECT * FROM extension_requests ORDER BY id").fetchall()
    with write_transaction(conn):
        v5_refusals.upgrade(conn)  # the step itself, on a database holding requests
    assert conn.execute("SELECT * FROM extension_requests ORDER BY id").fetchall() == before
    store.refuse_extension(task, reason="Không đồng ý", today=REPLY_TODAY)
    assert conn.execute("SELECT state FROM extension_requests").fetchall() == [("refused",)]


def test_a_write_inside_a_write_is_a_savepoint(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    with pytest.raises(RuntimeError):
        with write_transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            with write_transaction(conn):
                conn.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("the outer change fails")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0  # all or nothing
    with write_transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        try:
            with write_transaction(conn):
                conn.execute("INSERT INTO t VALUES (2)")
                raise RuntimeError("the inner change fails")
        except RuntimeError:
            pass
    assert [row[0] for row in conn.execute("SELECT x FROM t")] == [1]
    assert not conn.in_transaction


def test_the_letter_is_one_entry_of_the_corrections_log(store: Store) -> None:
    letter = next(x for x in LETTERS if x.file.startswith("11"))
    _, read = read_letter(str(letter.path))
    result = apply_review(store, review_letter(store, read), today=REPLY_TODAY)
    entries = store.corrections()
    assert [e.action for e in entries] == ["apply_report"]
    shown = entries[0].after["show"]
    assert shown["report"] == "Công văn số 1874/SXD-HTKT ngày 25/11/2026"
    assert shown["tasks"] == ", ".join(f"#{task}" for task in result.task_ids)
    store.undo_change(result.change_id)
    assert [e.action for e in store.corrections()] == ["apply_report", "undo"]
    assert store.corrections()[0].undone_by is not None


def test_an_export_restored_keeps_the_letters_and_their_requests(store: Store,
                                                                 tmp_path: Path) -> None:
    import io

    from tui_tracker.exports.json_export import JsonExportWriter, read_records

    letter = next(x for x in LETTERS if x.file.startswith("12"))
    _, read = read_letter(str(letter.path))
    applied = apply_review(store, review_letter(store, read), today=REPLY_TODAY)
    out = io.StringIO()
    writer = JsonExportWriter(out)
    store.dump(writer)
    writer.close()
    assert '"report_letters": [' in out.getvalue()
    with Store.open(tmp_path / "restored.db", user="bob") as restored:
        restored.restore(read_records(io.BytesIO(out.getvalue().encode("utf-8"))))
        (task,) = applied.task_ids
        assert restored.get_task(task, today=REPLY_TODAY).extension_requested
        again = review_letter(restored, read)
        assert again.applied is not None and again.applied.change_id == applied.change_id
        restored.undo_change(applied.change_id)  # the letter's undo works there too
        assert not restored.get_task(task, today=REPLY_TODAY).extension_requested


def test_a_refused_request_is_exported_and_restored_refused(store: Store,
                                                           tmp_path: Path) -> None:
    import io

    from tui_tracker.exports.json_export import JsonExportWriter, read_records

    letter = next(x for x in LETTERS if x.file.startswith("12"))
    _, read = read_letter(str(letter.path))
    applied = apply_review(store, review_letter(store, read), today=REPLY_TODAY)
    (task,) = applied.task_ids
    store.refuse_extension(task, reason="Không đồng ý", today=REPLY_TODAY)
    out = io.StringIO()
    writer = JsonExportWriter(out)
    store.dump(writer)
    writer.close()
    with Store.open(tmp_path / "restored.db", user="bob") as restored:
        restored.restore(read_records(io.BytesIO(out.getvalue().encode("utf-8"))))
        assert not restored.get_task(task, today=REPLY_TODAY).extension_requested
        states = restored._conn.execute("SELECT state FROM extension_requests").fetchall()
        assert states == [("refused",)]
        # The refusal stays in the restored history, with its field.
        assert restored.history(task)[-1].field == "extension_request"
