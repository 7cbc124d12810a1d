"""How the scoreboard, `report` and `due` scale: 100k and 1M tasks.

Builds a synthetic database per size in a temporary folder (notices of 10
directives, 3 agency tasks each — one lead, two coordinating — over 60
agencies, with the status mix of bench_store.py, completion days around the
deadlines so both "done on time" and "done late" occur, and some extensions
recorded in the history), then times, in one run:

- scoreboard: `build_scoreboard()` as of the reference day (the covering index
  tasks_scoreboard, one GROUP BY), beside the naive way: load every task with
  its agency and role and count model.classify() in Python;
- scoreboard, past day: as of 60 days earlier, which replays the history of every
  task with a change counting only after that day (completions dated since, the
  extensions decided last month: the slow path of store/classes.py);
- by notice: `build_notice_scoreboard()`;
- `tui-tracker report --json`, `tui-tracker due` and `python -c pass` as fresh
  processes (what a user and a login shell pay, interpreter start included),
  and the naive `due`: every task loaded and counted in Python;
- the report screen's first paint (`ReportScreen`, headless at 100x30): from
  pushing the screen until the table and the chart show real numbers.

    python benchmarks/bench_report.py [--sizes 100000,1000000] [--repeat 5] [--keep /tmp]

Building takes ~10 s for 100k and 1–3 min for 1M on two cores; pass
`--sizes 100000` to skip 1M, `--keep DIR` to build once and reuse the files. Prints milliseconds, the median of --repeat runs
(the fastest for the fresh processes, which the shared machine's load spreads).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tui_tracker.model import classify
from tui_tracker.reports import build_notice_scoreboard, build_scoreboard
from tui_tracker.store import Store
from tui_tracker.text import fold

TODAY = date(2026, 5, 5)
STATUSES = [("todo", 60), ("in_progress", 15), ("reported", 5), ("done", 15), ("paused", 3),
            ("cancelled", 2)]


def build(path: Path, n_tasks: int, rng: random.Random) -> None:
    """About n_tasks tasks in the real schema, written in bulk (no search index:
    no report reads it)."""
    Store.open(path, user="bench").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    names = [f"Sở Ban ngành số {i}" for i in range(60)]
    conn.executemany("INSERT INTO agencies (name, key, folded) VALUES (?, ?, ?)",
                     [(n, fold(n), fold(n)) for n in names])
    agency_ids = [row[0] for row in conn.execute("SELECT id FROM agencies")]
    statuses = [s for s, _ in STATUSES]
    weights = [w for _, w in STATUSES]
    now = "2026-03-01 08:00:00"
    notices, directives, tasks, history = [], [], [], []
    task_id = 0
    for d in range(1, max(1, n_tasks // 3) + 1):
        notice_id = (d - 1) // 10 + 1
        if (d - 1) % 10 == 0:
            issued = (date(2025, 1, 1) + timedelta(days=notice_id % 450)).isoformat()
            notices.append((notice_id, f"{notice_id}/TB-UBND", "TB", f"Kết luận {notice_id}",
                            "UBND tỉnh", issued, "…", "…", f"hash{notice_id}", now))
        due = (None if rng.random() < 0.1
               else (date(2025, 6, 1) + timedelta(days=rng.randrange(500))).isoformat())
        directives.append((d, notice_id, (d - 1) % 10, f"{(d - 1) % 10 + 1}.a",
                           f"Nhiệm vụ {d}", "Thực hiện nhiệm vụ.", due))
        for k, agency_id in enumerate(rng.sample(agency_ids, 3)):
            task_id += 1
            status = rng.choices(statuses, weights)[0]
            completed = None
            if status == "done":
                base = date.fromisoformat(due) if due else TODAY - timedelta(days=30)
                completed = min(base + timedelta(days=rng.randrange(-20, 15)), TODAY).isoformat()
            tasks.append((task_id, d, agency_id, "lead" if k == 0 else "coordinate", status,
                          due, due, completed, now, now))
            history.append((task_id, now, "bench", "import", "status", None, "todo", None,
                            None, None, 1, issued))
            if completed:  # the completion, counted from its completion day
                history.append((task_id, now, "bench", "status", "status", "todo", "done",
                                "todo", due, None, 1, completed))
            if due and rng.random() < 0.05:  # an extension decided last month
                history.append((task_id, "2026-04-10 09:00:00", "bench", "extend", "due_on",
                                due, due, status, due, completed, 1, "2026-04-10"))
    conn.executemany(
        "INSERT INTO notices (id, number, doc_type, title, issuer, issued_on, text, original_text,"
        " text_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", notices)
    conn.executemany(
        "INSERT INTO directives (id, notice_id, position, ref, heading, summary, text, due_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [(*x[:5], x[4], x[5], x[6]) for x in directives])
    conn.executemany(
        "INSERT INTO tasks (id, directive_id, agency_id, role, status, due_on, original_due_on,"
        " completed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks)
    conn.executemany(
        "INSERT INTO task_history (task_id, at, user, action, field, from_value, to_value,"
        " prev_status, prev_due_on, prev_completed_on, version, effective_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", history)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def timed(function: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def fastest_process(args: list[str], repeat: int, env: dict[str, str]) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, env=env, stdout=subprocess.DEVNULL, check=True)
        runs.append((time.perf_counter() - start) * 1000)
    return min(runs)


# ---------------------------------------------------------------- the naive way


def naive_scoreboard(path: Path, as_of: date) -> dict[tuple[str, str], Counter]:
    """Every task loaded, classified one by one in Python."""
    conn = sqlite3.connect(path)
    counts: dict[tuple[str, str], Counter] = {}
    for name, role, status, due, completed in conn.execute(
            "SELECT a.name, t.role, t.status, t.due_on, t.completed_on FROM tasks t "
            "JOIN agencies a ON a.id = t.agency_id"):
        task_class = classify(status, date.fromisoformat(due) if due else None,
                              date.fromisoformat(completed) if completed else None, as_of)
        counts.setdefault((name, role), Counter())[task_class.value] += 1
    conn.close()
    return counts


NAIVE_DUE = """
import sqlite3, sys
from datetime import date, timedelta
conn = sqlite3.connect(sys.argv[1]); today = date.fromisoformat(sys.argv[2])
soon = (today + timedelta(days=7)).isoformat(); day = today.isoformat()
overdue = due = 0
for status, d in conn.execute("SELECT status, due_on FROM tasks"):
    if status in ("done", "cancelled") or d is None: continue
    if d < day: overdue += 1
    elif d <= soon: due += 1
if overdue or due: print(overdue, due)
"""


# ---------------------------------------------------------------- the report screen


def first_paint(path: Path, repeat: int) -> float | None:
    """Milliseconds from pushing the report screen until it shows the scoreboard."""
    try:
        from tui_tracker.ui.screens.report import ReportScreen  # noqa: F401
    except ImportError:
        return None
    code = f"""
import asyncio, sys, time
from pathlib import Path
from datetime import date
from tui_tracker.store import Store
from tui_tracker.ui.app import TrackerApp
from tui_tracker.ui.screens.report import ReportScreen

async def main():
    app = TrackerApp(Store.open(Path({str(path)!r})), today=date.fromisoformat({TODAY.isoformat()!r}),
                     poll_interval=None, day_check_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        # Let the home screen finish its own loads first (they hold the store's lock).
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        start = time.perf_counter()
        screen = ReportScreen()
        app.push_screen(screen)
        while not screen.painted:
            await asyncio.sleep(0.002)
        print((time.perf_counter() - start) * 1000)

asyncio.run(main())
"""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout.strip().splitlines()
        runs.append(float(out[-1]))
    return statistics.median(runs)


def measure(path: Path, repeat: int) -> list[tuple[str, float | None, float | None]]:
    env = {**os.environ, "TUI_TRACKER_DB": str(path), "TUI_TRACKER_TODAY": TODAY.isoformat()}
    store = Store.open(path)
    ours = timed(lambda: build_scoreboard(store, TODAY), repeat)
    naive = timed(lambda: naive_scoreboard(path, TODAY), max(1, repeat // 2))
    past = timed(lambda: build_scoreboard(store, TODAY - timedelta(days=60), today=TODAY),
                 repeat)
    by_notice = timed(lambda: build_notice_scoreboard(store, TODAY), repeat)
    store.close()
    exe = [sys.executable, "-m", "tui_tracker"]
    report_cli = fastest_process([*exe, "report", "--json"], repeat, env)
    due_cli = fastest_process([*exe, "due"], repeat, env)
    bare = fastest_process([sys.executable, "-c", "pass"], repeat, env)
    naive_due = fastest_process([sys.executable, "-c", NAIVE_DUE, str(path), TODAY.isoformat()],
                                repeat, env)
    paint = first_paint(path, max(1, repeat // 2 + 1))
    return [
        ("scoreboard (as of today)", ours, naive),
        ("scoreboard (60 days back)", past, None),
        ("scoreboard by notice", by_notice, None),
        ("`report --json` process", report_cli, None),
        ("`due` process", due_cli, naive_due),
        ("`python -c pass` (floor)", bare, None),
        ("report screen first paint", paint, None),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", metavar="DIR",
                        help="build the databases in DIR and keep them; reuse those found there")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rng = random.Random(20260505)
    rows = []
    with tempfile.TemporaryDirectory(prefix="tui-tracker-bench-report-") as folder:
        for n in sizes:
            path = Path(args.keep or folder) / f"bench-report-{n}.db"
            if not path.exists():
                start = time.perf_counter()
                build(path, n, rng)
                built = time.perf_counter() - start
                print(f"built {n:,} tasks in {built:.1f} s", file=sys.stderr)
            rows.append((n, measure(path, args.repeat)))
    print()
    print(f"{'tasks':>9}  {'measure':<28} {'ours ms':>9} {'naive ms':>9} {'x':>6}")
    for n, measures in rows:
        for name, ours_ms, naive_ms in measures:
            ours_text = "-" if ours_ms is None else f"{ours_ms:.1f}"
            naive_text = "-" if naive_ms is None else f"{naive_ms:.1f}"
            ratio = (f"{naive_ms / ours_ms:.0f}" if naive_ms is not None and ours_ms
                     else "-")
            print(f"{n:>9,}  {name:<28} {ours_text:>9} {naive_text:>9} {ratio:>6}")


if __name__ == "__main__":
    main()
