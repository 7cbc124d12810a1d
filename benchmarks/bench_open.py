"""What the checks before writing cost: opening the database, and `backup`/`check`.

`python benchmarks/bench_open.py [--tasks 10000] [--repeat 20]`

Opening: `Store.open` (header read, read-only look at the schema, then the
read-write connection) beside the naive way (sqlite3.connect + the pragmas +
the WAL switch, no checks), and a read-only opening. Then `backup` and `check`
on the same database. Medians of --repeat runs; synthetic data in a temp folder.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import build  # noqa: E402

from tui_tracker.store import Store  # noqa: E402


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def naive_open(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA user_version").fetchone()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-open-") as folder:
        path = Path(folder) / "tracker.db"
        build(path, args.tasks, random.Random(7)).close()
        rows = [
            ("open, naive (no checks)", median_ms(lambda: naive_open(path), args.repeat)),
            ("Store.open (checks first)", median_ms(lambda: Store.open(path).close(),
                                                    args.repeat)),
            ("Store.open(read_only=True)",
             median_ms(lambda: Store.open(path, read_only=True).close(), args.repeat)),
        ]
        counter = iter(range(10**6))

        def backup() -> None:
            with Store.open(path) as store:
                store.backup(Path(folder) / f"copy-{next(counter)}.db")

        def check() -> None:
            with Store.open(path) as store:
                store.check()

        rows.append(("backup (open + copy)", median_ms(backup, max(3, args.repeat // 4))))
        rows.append(("check (open + all checks)", median_ms(check, max(3, args.repeat // 4))))
        size_mb = path.stat().st_size / 1e6
    print(f"{args.tasks} tasks, database {size_mb:.1f} MB, median of {args.repeat} runs")
    print(f"{'what':<30} {'ms':>9}")
    for name, ms in rows:
        print(f"{name:<30} {ms:>9.2f}")


if __name__ == "__main__":
    main()
