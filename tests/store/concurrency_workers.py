"""What the OS processes of test_concurrency.py run (spawned: importable top-level
functions, no pytest in the children).

Each worker reports one dict on the queue it is given, exceptions included, so
the test process decides what passes; a worker never fails silently.
"""

from __future__ import annotations

import random
import sqlite3
import time
import traceback
from collections.abc import Callable
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from queue import Queue
from typing import Any

from builders import TODAY

from tui_tracker.errors import ConflictError, DatabaseError
from tui_tracker.model import Status
from tui_tracker.store import Store, TaskRow

SYNC_TIMEOUT = 30  # seconds; only reached when something hangs (the test then fails)
MAX_ATTEMPTS = 200  # re-read-and-retry bound of one change
STATUSES = (Status.TODO, Status.IN_PROGRESS, Status.REPORTED, Status.DONE, Status.PAUSED)


def _reporting(out: Queue[dict[str, Any]], name: str,
               body: Callable[[dict[str, Any]], None]) -> None:
    """Run `body(report)` and put the report on `out`, whatever happens."""
    report: dict[str, Any] = {"name": name, "error": None}
    try:
        body(report)
    except BaseException:  # the test shows it; a dead child must not hang the test
        report["error"] = traceback.format_exc()
    out.put(report)


# ------------------------------------------------------------------ status changes


def change_worker(path: Path, name: str, task_ids: list[int], rounds: int, free_changes: int,
                  seed: int, barrier: Barrier, out: Queue[dict[str, Any]]) -> None:
    """Lock-step rounds on one task (everyone read the same version, so exactly one
    first attempt wins), then free-running changes on overlapping tasks. Every
    change carries a unique tag (its note) so the test can find it in the history."""
    def body(report: dict[str, Any]) -> None:
        report.update(changes=[], first_try=[], conflicts=0, db_errors=[])
        rng = random.Random(seed)
        with Store.open(path, user=name) as store:
            for r in range(rounds):
                # Consecutive rounds use different tasks (the caller passes >= 2), so
                # nobody writes the next round's task before everyone has read it.
                row = store.get_task(task_ids[r % len(task_ids)], today=TODAY)
                barrier.wait(SYNC_TIMEOUT)
                report["first_try"].append(_change(store, row, f"{name}/r{r}", rng, report))
            for i in range(free_changes):
                row = store.get_task(rng.choice(task_ids), today=TODAY)
                store.list_tasks(today=TODAY, limit=20)  # readers beside the writers
                _change(store, row, f"{name}/f{i}", rng, report)
    _reporting(out, name, body)


def _change(store: Store, row: TaskRow, tag: str, rng: random.Random,
            report: dict[str, Any]) -> bool:
    """One change with re-read-and-retry on ConflictError; True when the first
    attempt went through."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            if rng.random() < 0.3:
                action = "note"
                new = store.add_note(row.id, tag, today=TODAY, if_version=row.version)
            else:
                action = "status"
                status = rng.choice([s for s in STATUSES if s.value != row.status])
                new = store.set_status(row.id, status, today=TODAY, note=tag,
                                       if_version=row.version)
        except ConflictError as exc:
            report["conflicts"] += 1
            row = exc.current  # the fresh row the error carries: re-read, decide again
            continue
        except DatabaseError as exc:  # busy for too long: a user would try again
            report["db_errors"].append(exc.message)
            row = store.get_task(row.id, today=TODAY)
            continue
        report["changes"].append({"task_id": row.id, "tag": tag, "action": action,
                                  "version": new.version, "status": new.status})
        return attempt == 1
    raise AssertionError(f"{tag}: no success in {MAX_ATTEMPTS} attempts")


# ------------------------------------------------------------------ imports


def import_worker(path: Path, name: str, notices: list[Any], barrier: Barrier,
                  out: Queue[dict[str, Any]]) -> None:
    """Open the (maybe not yet existing) database and import `notices` in one
    batch, at the same moment as the other workers."""
    def body(report: dict[str, Any]) -> None:
        barrier.wait(SYNC_TIMEOUT)
        with Store.open(path, user=name) as store:
            results = store.import_notices(notices, sources=[f"{name}-{i}.txt"
                                                             for i in range(len(notices))])
        report["results"] = [(r.number, r.id, r.status, r.directives, r.tasks)
                             for r in results]
    _reporting(out, name, body)


# ------------------------------------------------------------------ lock holder, committer


def hold_worker(path: Path, task_id: int, holding: Event, release: Event | None,
                hold_seconds: float, out: Queue[dict[str, Any]]) -> None:
    """A session that takes the write lock (BEGIN IMMEDIATE), changes the task's
    note, and keeps the lock until `release` is set (or for `hold_seconds`)."""
    def body(report: dict[str, Any]) -> None:
        conn = sqlite3.connect(path, isolation_level=None, timeout=SYNC_TIMEOUT)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE tasks SET note = 'held', version = version + 1 WHERE id = ?",
                         (task_id,))
            holding.set()
            if release is not None:
                report["released"] = release.wait(SYNC_TIMEOUT)
            else:
                time.sleep(hold_seconds)
            conn.execute("COMMIT")
        finally:
            conn.close()
    _reporting(out, "holder", body)


def commit_worker(path: Path, task_id: int, version: int, steps: list[Event],
                  out: Queue[dict[str, Any]]) -> None:
    """Another session, in steps the test drives with four events (go, refused,
    commit, committed) and a fifth to finish: first only a refused change (a stale
    version: nothing written) and reads, then a real change; open until the end."""
    go, refused, commit, committed, finish = steps

    def wait(event: Event) -> None:
        if not event.wait(SYNC_TIMEOUT):
            raise AssertionError("the test did not drive this worker")

    def body(report: dict[str, Any]) -> None:
        with Store.open(path, user="bob") as store:
            report["journal_mode"] = store._conn.execute("PRAGMA journal_mode").fetchone()[0]
            wait(go)
            try:
                store.set_status(task_id, Status.PAUSED, today=TODAY, if_version=version - 1)
                report["stale_refused"] = False
            except ConflictError:
                report["stale_refused"] = True
            store.list_tasks(today=TODAY)
            refused.set()
            wait(commit)
            report["version"] = store.set_status(task_id, Status.DONE, today=TODAY,
                                                 if_version=version).version
            committed.set()
            wait(finish)
    _reporting(out, "bob", body)
