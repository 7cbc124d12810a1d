"""Several processes changing task statuses on one 10k-task database at once.

N spawned processes (SSH sessions) each make M status changes on tasks drawn
from a small "hot" set (several people on the same few tasks: the case that
produces conflicts), read-then-write with the version check:

- store: Store.set_status(if_version=...) - BEGIN IMMEDIATE, 5 s busy timeout;
  on ConflictError re-read the fresh row and try again. Nothing may be lost.
- naive, deferred: plain sqlite3, BEGIN (deferred), read, then write, with the
  same 5 s busy timeout. A transaction that already read cannot wait for the
  write lock: SQLite does not call the busy handler for that upgrade (SQLITE_BUSY
  at once while another session writes; SQLITE_BUSY_SNAPSHOT when one committed
  since the read). The change fails and is lost, as it would be for the user.
- naive, no timeout: the same with busy_timeout 0: every collision is an error.

    /work/venv/bin/python benchmarks/bench_concurrency.py [--procs 4] [--changes 200]

Prints changes/s (committed ones, over the wall time of the slowest process),
conflicts retried, busy failures (changes lost), p50/p95 latency of a committed
change (first attempt to commit), and checks that the history holds exactly
one row per committed change. Bounded: well under 60 s on two cores.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_store, also in the children

from bench_store import TODAY, build

from tui_tracker.errors import ConflictError, DatabaseError
from tui_tracker.model import Status
from tui_tracker.store import Store

STATUSES = ("todo", "in_progress", "reported", "done", "paused")
HOT_TASKS = 20
MODES = ("store", "naive, deferred", "naive, no timeout")


def _next_status(current: str, rng: random.Random) -> str:
    return rng.choice([s for s in STATUSES if s != current])


def store_worker(path: Path, name: str, hot: list[int], changes: int, seed: int,
                 barrier: Any, out: Any) -> None:
    rng = random.Random(seed)
    latencies, conflicts, failures = [], 0, 0
    with Store.open(path, user=name) as store:
        barrier.wait(60)
        started = time.perf_counter()
        for _ in range(changes):
            task_id = rng.choice(hot)
            begin = time.perf_counter()
            row = store.get_task(task_id, today=TODAY)
            while True:
                try:
                    store.set_status(task_id, Status(_next_status(row.status, rng)),
                                     today=TODAY, if_version=row.version)
                    latencies.append(time.perf_counter() - begin)
                    break
                except ConflictError as exc:
                    conflicts += 1
                    row = exc.current  # re-read and retry: the change is not lost
                except DatabaseError:
                    failures += 1  # busy for 5 s: never seen in practice here
                    break
        elapsed = time.perf_counter() - started
    out.put((latencies, conflicts, {"DatabaseError": failures} if failures else {}, elapsed))


def naive_worker(path: Path, name: str, hot: list[int], changes: int, seed: int,
                 barrier: Any, out: Any, timeout: float) -> None:
    rng = random.Random(seed)
    latencies, conflicts, failures = [], 0, Counter[str]()
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    barrier.wait(60)
    started = time.perf_counter()
    for _ in range(changes):
        task_id = rng.choice(hot)
        begin = time.perf_counter()
        while True:
            try:
                conn.execute("BEGIN")  # deferred: the write lock is taken at the UPDATE
                status, version = conn.execute(
                    "SELECT status, version FROM tasks WHERE id = ?", (task_id,)).fetchone()
                new = _next_status(status, rng)
                now = time.strftime("%Y-%m-%d %H:%M:%S")
                cursor = conn.execute(
                    "UPDATE tasks SET status = ?, completed_on = ?, version = version + 1, "
                    "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
                    (new, TODAY.isoformat() if new == "done" else None, now, name, task_id,
                     version))
                if cursor.rowcount != 1:
                    conn.execute("ROLLBACK")
                    conflicts += 1
                    continue
                conn.execute(
                    "INSERT INTO task_history (task_id, at, user, action, field, from_value, "
                    "to_value, prev_version, version) VALUES (?, ?, ?, 'status', 'status', ?, ?,"
                    " ?, ?)", (task_id, now, name, status, new, version, version + 1))
                conn.execute("COMMIT")
                latencies.append(time.perf_counter() - begin)
                break
            except sqlite3.OperationalError as exc:  # database is locked: the change is lost
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                failures[getattr(exc, "sqlite_errorname", "?")] += 1
                break
    elapsed = time.perf_counter() - started
    conn.close()
    out.put((latencies, conflicts, dict(failures), elapsed))


def run_mode(mode: str, path: Path, hot: list[int], procs: int, changes: int) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(procs), ctx.Queue()
    workers = []
    for n in range(procs):
        args: tuple[Any, ...] = (path, f"user{n}", hot, changes, 100 + n, barrier, out)
        if mode == "store":
            target, extra = store_worker, ()
        else:
            target, extra = naive_worker, (5.0 if mode == "naive, deferred" else 0.0,)
        process = ctx.Process(target=target, args=args + extra)
        process.start()
        workers.append(process)
    results = [out.get(timeout=120) for _ in workers]
    for process in workers:
        process.join(60)
    latencies = sorted(x for r in results for x in r[0])
    errors: Counter[str] = Counter()
    for r in results:
        errors.update(r[2])
    wall = max(r[3] for r in results)
    conn = sqlite3.connect(path)
    history = conn.execute(
        "SELECT count(*) FROM task_history WHERE action = 'status'").fetchone()[0]
    conn.close()
    return {
        "committed": len(latencies),
        "rate": len(latencies) / wall if wall else 0.0,
        "conflicts": sum(r[1] for r in results),
        "busy": sum(errors.values()),
        "errors": errors,
        "p50": _percentile(latencies, 50),
        "p95": _percentile(latencies, 95),
        "history_ok": history == len(latencies),
    }


def _percentile(values: list[float], pct: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--changes", type=int, default=200, help="per process")
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-concurrency-") as folder:
        base = Path(folder) / "base.db"
        started = time.perf_counter()
        build(base, args.tasks, random.Random(7)).close()
        conn = sqlite3.connect(base)
        n_tasks = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
        all_ids = [row[0] for row in conn.execute("SELECT id FROM tasks ORDER BY id")]
        conn.close()
        hot = random.Random(11).sample(all_ids, min(HOT_TASKS, len(all_ids)))
        print(f"{n_tasks} tasks, built in {time.perf_counter() - started:.1f} s; "
              f"{args.procs} processes x {args.changes} status changes on {len(hot)} hot tasks")
        print()
        header = (f"{'mode':<20} {'committed':>9} {'changes/s':>9} {'conflicts':>9} "
                  f"{'busy fail':>9} {'p50 ms':>7} {'p95 ms':>7}  history")
        print(header)
        print("-" * len(header))
        kinds: Counter[str] = Counter()
        for mode in MODES:
            path = Path(folder) / f"{mode.replace(' ', '_').replace(',', '')}.db"
            shutil.copyfile(base, path)  # base was closed last: checkpointed, no -wal file
            r = run_mode(mode, path, hot, args.procs, args.changes)
            print(f"{mode:<20} {r['committed']:>9} {r['rate']:>9.0f} {r['conflicts']:>9} "
                  f"{r['busy']:>9} {r['p50']:>7.1f} {r['p95']:>7.1f}  "
                  f"{'1 row per change' if r['history_ok'] else 'MISMATCH'}")
            kinds.update({f"{mode}: {name}": count for name, count in r["errors"].items()})
        print()
        for kind, count in sorted(kinds.items()):
            print(f"  {kind}: {count}")
        print(f"requested: {args.procs * args.changes} changes per mode; busy fail = changes "
              "lost to SQLITE_BUSY (the store retries conflicts and loses none)")


if __name__ == "__main__":
    main()
