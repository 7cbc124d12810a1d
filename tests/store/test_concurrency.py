"""Several OS processes on one database file: the promise "safe when several people
work on one database at once, and never lose a change".

The workers (concurrency_workers.py) are spawned processes with their own
connections, as SSH sessions would be. Assertions are about what ends up in
the database and what each process was told, never about timing: where an
order matters, events and barriers make it happen.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import concurrency_workers as workers
import pytest
from builders import TODAY, read_back, row_counts
from store_helpers import SKHCN, seed_like_notice

from tui_tracker.errors import DatabaseError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.store import Store, connection

SPAWN = multiprocessing.get_context("spawn")
JOIN_TIMEOUT = 60  # seconds; only reached when a worker hangs


@pytest.fixture
def processes() -> Iterator[list[Any]]:
    """Processes a test starts; any still alive at the end (a failed test) are stopped."""
    started: list[Any] = []
    yield started
    for process in started:
        if process.is_alive():
            process.terminate()
        process.join(5)


def start(processes: list[Any], target: Callable[..., None], *args: Any) -> Any:
    process = SPAWN.Process(target=target, args=args, daemon=True)
    process.start()
    processes.append(process)
    return process


def collect(out: Any, processes: list[Any], count: int) -> list[dict[str, Any]]:
    """One report per worker (read before joining: a full pipe would block the child)."""
    reports = [out.get(timeout=JOIN_TIMEOUT) for _ in range(count)]
    for process in processes:
        process.join(JOIN_TIMEOUT)
    assert [r["error"] for r in reports if r["error"]] == []
    assert all(p.exitcode == 0 for p in processes)
    return reports


def task_ids(store: Store) -> dict[tuple[str, str], int]:
    return {(r.directive_ref, r.agency): r.id for r in store.list_tasks(today=TODAY)}


# ------------------------------------------------------------------ (a) status changes


def test_concurrent_changes_are_all_kept_once(db_path: Path, processes: list[Any]) -> None:
    n_workers, rounds, free_changes = 4, 6, 30
    with Store.open(db_path, user="setup") as store:
        store.import_notice(seed_like_notice())
        ids = task_ids(store)
    overlapping = [ids[("3.d", SKHCN)], ids[("3.d", "Thanh tra tỉnh")], ids[("3.e", SKHCN)]]
    untouched = sorted(set(ids.values()) - set(overlapping))

    barrier, out = SPAWN.Barrier(n_workers), SPAWN.Queue()
    for n in range(n_workers):
        start(processes, workers.change_worker, db_path, f"user{n}", overlapping, rounds,
              free_changes, 1000 + n, barrier, out)
    reports = collect(out, processes, n_workers)

    # No busy error reached anyone (transactions wait for each other), and no
    # sqlite3 error escaped at all (a worker would have reported it as `error`).
    assert [message for r in reports for message in r["db_errors"]] == []
    # Lock-step rounds: all read the same version, so exactly one first attempt won
    # each round and every other worker got a ConflictError (then retried).
    for r in range(rounds):
        assert sum(report["first_try"][r] for report in reports) == 1
    assert sum(r["conflicts"] for r in reports) >= (n_workers - 1) * rounds
    changes = [dict(c, user=r["name"]) for r in reports for c in r["changes"]]
    assert len(changes) == n_workers * (rounds + free_changes)

    db = read_back(db_path)
    history = list(db.execute(
        "SELECT task_id, user, action, note, to_value, prev_version, version FROM task_history "
        "WHERE action <> 'import' ORDER BY id").fetchall())
    # Every successful change is in the history exactly once, conflicts left no trace.
    assert Counter((row[0], row[3]) for row in history) == Counter(
        (c["task_id"], c["tag"]) for c in changes)
    assert all(count == 1 for count in Counter(row[3] for row in history).values())
    by_tag = {row[3]: row for row in history}
    for c in changes:
        task_id, user, action, _, to_value, _, version = by_tag[c["tag"]]
        assert (task_id, user, action, version) == (c["task_id"], c["user"], c["action"],
                                                    c["version"])
        if action == "status":
            assert to_value == c["status"]

    for task_id in overlapping:
        rows = [row for row in history if row[0] == task_id]
        # The store's rule: version 1 at import, +1 per change, each history row
        # says which version it made from which.
        assert [row[6] for row in rows] == list(range(2, len(rows) + 2))
        assert all(row[5] == row[6] - 1 for row in rows)
        task = db["tasks"].get(task_id)
        status, note, version, updated_by = (task["status"], task["note"], task["version"],
                                             task["updated_by"])
        assert version == 1 + len(rows)
        last = rows[-1]
        assert (note, updated_by) == (last[3], last[1])  # the last change is what is stored
        statuses = [row[4] for row in rows if row[2] == "status"]
        assert status == (statuses[-1] if statuses else "todo")
    for task_id in untouched:
        assert db["tasks"].get(task_id)["version"] == 1
    db.close()


# ------------------------------------------------------------------ (b) imports


def test_concurrent_imports_store_each_notice_once(db_path: Path, processes: list[Any]) -> None:
    """Several processes open a database that does not exist yet, at the same
    moment, and import the same two notices (in either order, one batch each)."""
    first = seed_like_notice()
    second = seed_like_notice("124/TB-UBND", extra="\n4. Nội dung khác.")
    second = replace(second, notice=replace(second.notice, title="Một thông báo khác"))
    n_workers = 4
    barrier, out = SPAWN.Barrier(n_workers), SPAWN.Queue()
    for n in range(n_workers):
        batch = [first, second] if n % 2 == 0 else [second, first]
        start(processes, workers.import_worker, db_path, f"user{n}", batch, barrier, out)
    reports = collect(out, processes, n_workers)

    for number in ("123/TB-UBND", "124/TB-UBND"):
        results = [res for r in reports for res in r["results"] if res[0] == number]
        assert len(results) == n_workers
        assert sorted(res[2] for res in results) == ["imported"] + ["unchanged"] * (n_workers - 1)
        assert len({res[1] for res in results}) == 1  # everyone was told the same id
        assert {(res[3], res[4]) for res in results} == {(4, 5)}
    # One batch ran first and imported both; the others found both.
    assert sorted(sum(res[2] == "imported" for res in r["results"]) for r in reports) == [
        0] * (n_workers - 1) + [2]

    assert row_counts(db_path, "notices", "directives", "tasks", "task_history",
                      "notice_search") == {"notices": 2, "directives": 8, "tasks": 10,
                                           "task_history": 10, "notice_search": 2}
    db = read_back(db_path)
    assert db.journal_mode == "wal"
    db.close()


def test_opening_a_new_database_waits_for_a_session_creating_it(tmp_path: Path) -> None:
    """SQLite does not call the busy handler when a connection switches the file to
    WAL, so a session opening a new database while another holds a lock on it
    used to fail at once with "database is locked" (found by the test above, about
    one run in ten). Deterministic here: a rollback-journal writer holds the lock."""
    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("PRAGMA user_version = 0")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with Store.open(path, user="alice") as store:  # waits, then creates the schema
            assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert store.count_tasks(today=TODAY) == 0
    finally:
        release.join()
        other.close()


def test_opening_a_new_database_locked_too_long(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("PRAGMA user_version = 0")
    try:
        with pytest.raises(DatabaseError) as info:
            Store.open(path)
        assert info.value.message == t("store.busy", path=str(path))
    finally:
        other.execute("ROLLBACK")
        other.close()


# ------------------------------------------------------------------ (c) a long write lock


@pytest.fixture
def loaded_path(db_path: Path) -> tuple[Path, int]:
    with Store.open(db_path, user="setup") as store:
        store.import_notice(seed_like_notice())
        return db_path, task_ids(store)[("3.d", SKHCN)]


def test_a_writer_waits_for_another_process_lock(loaded_path: tuple[Path, int],
                                                 processes: list[Any]) -> None:
    path, task_id = loaded_path
    holding, out = SPAWN.Event(), SPAWN.Queue()
    with Store.open(path, user="alice") as store:
        start(processes, workers.hold_worker, path, task_id, holding, None, 0.5, out)
        assert holding.wait(JOIN_TIMEOUT)
        # Blocks in the busy handler (5 s) until the holder commits, then writes on
        # top of the holder's change: version 1 -> 2 (holder) -> 3, its note kept.
        row = store.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
        assert (row.version, row.status, row.note) == (3, "in_progress", "held")
    collect(out, processes, 1)


def test_a_lock_held_too_long_is_a_database_error(loaded_path: tuple[Path, int],
                                                  processes: list[Any],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path, task_id = loaded_path
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    holding, release, out = SPAWN.Event(), SPAWN.Event(), SPAWN.Queue()
    with Store.open(path, user="alice") as store:
        start(processes, workers.hold_worker, path, task_id, holding, release, 0, out)
        assert holding.wait(JOIN_TIMEOUT)
        try:
            with pytest.raises(DatabaseError) as info:
                store.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
            assert info.value.exit_code == 5
            assert info.value.message == t("store.busy", path=str(path))
            with pytest.raises(DatabaseError):
                store.add_note(task_id, "x", today=TODAY)
            # Readers are not blocked (WAL) and do not see the uncommitted change.
            row = store.get_task(task_id, today=TODAY)
            assert (row.version, row.note) == (1, None)
        finally:
            release.set()
        collect(out, processes, 1)
        # Nothing of the refused changes was written; the next try goes through.
        assert [e.action for e in store.history(task_id)] == ["import"]
        row = store.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
        assert (row.version, row.note) == (3, "held")


# ------------------------------------------------------------------ (3) WAL + data_version


def test_data_version_sees_commits_of_another_process(loaded_path: tuple[Path, int],
                                                      processes: list[Any]) -> None:
    path, task_id = loaded_path
    steps = [SPAWN.Event() for _ in range(5)]
    go, refused, commit, committed, finish = steps
    out = SPAWN.Queue()
    with Store.open(path, user="alice") as store:
        start(processes, workers.commit_worker, path, task_id, 1, steps, out)
        start_version = store.data_version()
        other = store.get_task(task_ids(store)[("3.e", SKHCN)], today=TODAY)
        store.set_status(other.id, Status.IN_PROGRESS, today=TODAY)
        assert store.data_version() == start_version  # our own commits do not move it

        go.set()
        assert refused.wait(JOIN_TIMEOUT)
        # bob's refused change and his reads committed nothing.
        assert store.data_version() == start_version

        commit.set()
        assert committed.wait(JOIN_TIMEOUT)
        assert _poll_data_version(store, start_version) != start_version
        assert store.get_task(task_id, today=TODAY).status == "done"  # and we see it
        finish.set()
        (report,) = collect(out, processes, 1)
    assert report["journal_mode"] == "wal"
    assert report["stale_refused"] is True and report["version"] == 2


def test_reader_is_not_blocked_by_an_uncommitted_write(loaded_path: tuple[Path, int],
                                                       processes: list[Any]) -> None:
    path, task_id = loaded_path
    holding, release, out = SPAWN.Event(), SPAWN.Event(), SPAWN.Queue()
    with Store.open(path, user="alice") as store:
        start_version = store.data_version()
        start(processes, workers.hold_worker, path, task_id, holding, release, 0, out)
        assert holding.wait(JOIN_TIMEOUT)
        try:
            assert store.get_task(task_id, today=TODAY).note is None  # the old snapshot
            assert store.data_version() == start_version  # nothing committed yet
        finally:
            release.set()
        collect(out, processes, 1)
        assert _poll_data_version(store, start_version) != start_version
        assert store.get_task(task_id, today=TODAY).note == "held"


def _poll_data_version(store: Store, seen: int, *, attempts: int = 50) -> int:
    """What the UI does every second, here every 20 ms: the new value once it moved.
    (After the other process committed it moves on the first poll; the loop only
    keeps a slow machine from failing the test.)"""
    value = store.data_version()
    for _ in range(attempts):
        if value != seen:
            break
        time.sleep(0.02)
        value = store.data_version()
    return value


def test_one_call_reads_one_snapshot(loaded_path: tuple[Path, int]) -> None:
    """The several SELECTs of one store call see the database as of one moment,
    even when another session commits halfway through them."""
    path, task_id = loaded_path
    with Store.open(path, user="alice") as store:
        def two_reads(conn: sqlite3.Connection) -> tuple[int, int]:
            first = conn.execute("SELECT version FROM tasks WHERE id = ?", (task_id,)).fetchone()
            with Store.open(path, user="bob") as bob:  # commits between the two reads
                bob.set_status(task_id, Status.DONE, today=TODAY)
            second = conn.execute("SELECT version FROM tasks WHERE id = ?", (task_id,)).fetchone()
            return first[0], second[0]

        assert store._read(two_reads) == (1, 1)
        assert store.get_task(task_id, today=TODAY).version == 2  # the next call sees it
