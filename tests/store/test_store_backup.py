"""`Store.backup` (consistent while another session writes, never over an existing file
without force, the database's mode kept) and `Store.check`."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
import sqlite_utils
from builders import TODAY
from store_helpers import seed_like_notice

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.store import Store


def test_backup_while_another_session_writes_is_a_whole_database(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    with Store.open(path, user="setup") as store:
        for n in range(30):
            store.import_notice(seed_like_notice(f"{n}/TB-UBND", extra=f"bản {n}"))
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        with Store.open(path, user="alice") as writer:
            ids = [row.id for row in writer.list_tasks(today=TODAY)]
            statuses = [Status.IN_PROGRESS, Status.REPORTED]
            while not stop.is_set():
                task = ids[len(written) % len(ids)]
                writer.set_status(task, statuses[len(written) % 2], today=TODAY, note="x")
                written.append(task)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        copies = []
        with Store.open(path, user="bob") as store:
            for n in range(5):
                copies.append(store.backup(tmp_path / f"copy-{n}.db"))
    finally:
        stop.set()
        thread.join()
    assert written  # the writer really wrote during the backups
    for copy in copies:
        with Store.open(copy, create=False) as backup:
            health = backup.check()
            assert health.ok, health.problems
        db = sqlite_utils.Database(copy)
        # A committed state: every change has its history row, none is half there.
        assert db.execute("SELECT count(*) FROM task_history h LEFT JOIN tasks t "
                          "ON t.id = h.task_id WHERE t.id IS NULL").fetchone()[0] == 0
        assert db.table("notices").count == 30
        assert not list(tmp_path.glob(".copy-*"))  # no temporary file left


def test_backup_refuses_an_existing_file_without_force_and_keeps_the_mode(
        tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    target = tmp_path / "backup.db"
    target.write_bytes(b"keep me")
    with Store.open(path) as store:
        store.import_notice(seed_like_notice())
        with pytest.raises(UsageError) as info:
            store.backup(target)
        assert info.value.message == t("storeops.backup_exists", path=str(target))
        assert target.read_bytes() == b"keep me"
        store.backup(target, force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # as private as the database
    assert sqlite_utils.Database(target).table("notices").count == 1


def test_backup_of_a_group_database_stays_shared(tmp_path: Path) -> None:
    import grp

    group = grp.getgrgid(os.getgid()).gr_name
    path = tmp_path / "office" / "tracker.db"
    with Store.open(path, group=group) as store:
        copy = store.backup(tmp_path / "copy.db")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o660
    assert copy.stat().st_gid == os.getgid()


def test_check_of_a_sound_database(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.import_notice(seed_like_notice())
        health = store.check()
    assert health.ok and health.problems == []
    assert health.counts["notices"] == 1 and health.counts["tasks"] > 0


def test_check_finds_broken_links_and_a_stale_search_index(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store.open(path) as store:
        store.import_notice(seed_like_notice())
    # What a hand edit in the sqlite3 shell can do (foreign keys are off there).
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tasks SET directive_id = 9999 WHERE id = 1")
    conn.execute("DELETE FROM directive_search WHERE rowid = (SELECT min(id) FROM directives)")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        problems = store.check().problems
    assert any("tasks" in problem and "directives" in problem for problem in problems)
    assert t("storeops.problem.search_missing", table="directive_search", count=1) in problems


def test_check_finds_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store.open(path) as store:
        for n in range(20):
            store.import_notice(seed_like_notice(f"{n}/TB", extra=f"{n}" * 2000))
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                        "'tasks_by_status'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # scribble over an index page
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)
    with Store.open(path) as store:
        health = store.check()
    assert not health.ok
    assert all(problem.startswith(t("storeops.problem.integrity", detail="")[:5])
               for problem in health.problems)
