"""`tui-tracker list` beside Taskwarrior 2.6 on the same tasks, and `list --json` memory.

Builds a database of N tasks (bench_store.build: 10k by default), loads the same
tasks into a private Taskwarrior data folder (`task import`; open tasks pending,
done and cancelled ones completed, the same descriptions, projects and due
dates), then times whole processes, as a user at a shell meets them, output to
a file (not a terminal):

- `tui-tracker list --overdue` beside `task overdue`;
- `tui-tracker list --open` beside `task list` (every pending task);
- `tui-tracker due` (the login banner: counts and the two most urgent tasks) beside
  `task +OVERDUE count`, the least Taskwarrior can do to say how much is late;
- the naive way beside ours: the same `list --open` drawn as before, every row
  loaded into a list and measured by a rich `Table` before the first line shows.

Then `list --json` over a larger database (100k by default; `--json-size
1000000` for a million, which takes about three minutes to build) with the
peak resident memory of the process, beside the naive `json.dumps` of the whole
list.

    python benchmarks/bench_cli.py [--size 10000] [--repeat 7] [--json-size 100000]

(`--json-size 0` skips the memory part.)

Both tools count "overdue" from the same day (Taskwarrior from the clock, ours
from --today set to the same date). Needs `task` on PATH (Debian: taskwarrior).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

# The installed command, as a user or a script types it (pip's console script beside
# this interpreter); `python -m tui_tracker` where there is none.
_SCRIPT = Path(sys.executable).with_name("tui-tracker")
TRACKER = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "tui_tracker"]

# The way `list` printed before it streamed: every row in a list, a rich Table.
NAIVE_TABLE = """
import sys
from datetime import date
from rich.console import Console
from rich.table import Table
from tui_tracker.store import Store, TaskFilter
today = date.fromisoformat(sys.argv[2])
store = Store.open(sys.argv[1])
rows = store.list_tasks(TaskFilter(open_only=True), today=today)
table = Table()
for heading in ("#", "countdown", "status", "task"):
    table.add_column(heading)
for row in rows:
    table.add_row(str(row.id), str(row.days_left), row.status,
                  f"{row.agency}\\n{row.notice_number} · {row.directive_ref} · {row.summary}")
Console(width=80).print(table)
"""
NAIVE_JSON = """
import json, sys
from datetime import date
from tui_tracker.store import Store
store = Store.open(sys.argv[1])
rows = store.list_tasks(None, today=date.fromisoformat(sys.argv[2]))
print(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
"""


def run(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time of one process writing to /dev/null, and its peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if process.stderr:
        error = process.stderr.read().decode()
        if error.strip():
            raise SystemExit(f"{' '.join(argv)} failed: {error}")
    return elapsed, usage.ru_maxrss // 1024


def paired_medians(ours: list[str], env: dict[str, str], theirs: list[str],
                   their_env: dict[str, str], repeat: int) -> tuple[float, float]:
    """Median wall times of two commands run in turns, so that a slow spell of the
    machine weighs on both sides alike."""
    run(ours, env)  # warm the page cache
    run(theirs, their_env)
    mine, other = [], []
    for _ in range(repeat):
        mine.append(run(ours, env)[0])
        other.append(run(theirs, their_env)[0])
    return statistics.median(mine), statistics.median(other)


def median_time(argv: list[str], env: dict[str, str], repeat: int) -> float:
    run(argv, env)  # warm the page cache
    return statistics.median(run(argv, env)[0] for _ in range(repeat))


def taskwarrior_data(db: Path, folder: Path) -> dict[str, str]:
    """A Taskwarrior data folder holding the database's tasks; the env to use it."""
    rc = folder / "taskrc"
    data = folder / "data"
    data.mkdir(parents=True)
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\n"
                  "gc=off\nrecurrence=off\n", encoding="utf-8")
    conn = sqlite3.connect(db)
    lines = []
    for task_id, agency, summary, status, due in conn.execute(
            "SELECT t.id, a.name, d.summary, t.status, t.due_on FROM tasks t"
            " JOIN agencies a ON a.id = t.agency_id JOIN directives d ON d.id = t.directive_id"):
        closed = status in ("done", "cancelled")
        record = {"uuid": str(uuid.UUID(int=task_id)), "description": summary,
                  "project": agency.replace(" ", "_"),
                  "status": "completed" if closed else "pending",
                  "entry": "20260101T080000Z"}
        if closed:
            record["end"] = "20260102T080000Z"
        if due:
            record["due"] = due.replace("-", "") + "T000000Z"
        lines.append(json.dumps(record, ensure_ascii=False))
    conn.close()
    source = folder / "import.json"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "TASKRC": str(rc)}
    subprocess.run(["task", "import", str(source)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The first report after an import rewrites the data files: not part of a timing.
    subprocess.run(["task", "list"], env=env, check=True, stdout=subprocess.DEVNULL)
    return env


def build(path: Path, size: int) -> None:
    """Built in a child process: a child forked from a process holding the build's
    memory would report that memory as its own peak RSS (ru_maxrss survives exec)."""
    here = str(Path(__file__).resolve().parent)
    subprocess.run([sys.executable, "-c",
                    f"import sys, random; sys.path.insert(0, {here!r}); import bench_store; "
                    f"bench_store.build(__import__('pathlib').Path({str(path)!r}), {size}, "
                    f"random.Random(20261205)).close()"], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json-size", type=int, default=100_000)
    args = parser.parse_args()
    if shutil.which("task") is None:
        raise SystemExit("Taskwarrior is not installed: apt-get install taskwarrior")

    today = date.today().isoformat()  # Taskwarrior has no --today: both use the clock's day
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "tasks.db"
        build(db, args.size)
        tw_env = taskwarrior_data(db, folder / "taskwarrior")
        env = {**os.environ, "TUI_TRACKER_DB": str(db), "TUI_TRACKER_TODAY": today,
               "TUI_TRACKER_LANG": "vi"}
        env.pop("COLUMNS", None)
        # A user's shell has neither: without them Python reuses its compiled modules and
        # buffers stdout (this sandbox sets both, which would penalise either side).
        for variable in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"):
            env.pop(variable, None)
        conn = sqlite3.connect(db)
        open_count, overdue_count = conn.execute(
            "SELECT count(*), sum(due_on < ?) FROM tasks WHERE status NOT IN"
            " ('done', 'cancelled')", (today,)).fetchone()
        conn.close()

        print(f"{args.size:,} tasks ({open_count:,} open, {overdue_count:,} overdue on {today}),"
              f" median of {args.repeat} runs in turns,"
              f" `{Path(TRACKER[0]).name}` beside `task`, output to /dev/null\n")
        print(f"{'command':<40}{'tui-tracker':>12}{'Taskwarrior':>13}{'ratio':>8}")
        for ours, theirs in ((["list", "--overdue"], ["overdue"]),
                             (["list", "--open"], ["list"]),
                             (["due"], ["+OVERDUE", "count"])):
            mine, tw = paired_medians([*TRACKER, *ours], env, ["task", *theirs], tw_env,
                                      args.repeat)
            label = f"{' '.join(ours)} / task {' '.join(theirs)}"
            print(f"{label:<40}{mine:>11.3f}s{tw:>12.3f}s{mine / tw:>7.2f}×")
        naive = median_time([sys.executable, "-c", NAIVE_TABLE, str(db), today], env,
                            args.repeat)
        mine = median_time([*TRACKER, "list", "--open"], env, args.repeat)
        print(f"{'list --open, naive (rich Table)':<40}{naive:>11.3f}s"
              f"{'':>13}{naive / mine:>7.1f}× slower than streamed")

        if not args.json_size:
            return
        big = folder / "big.db"
        started = time.perf_counter()
        build(big, args.json_size)
        print(f"\nlist --json over {args.json_size:,} tasks "
              f"(built in {time.perf_counter() - started:.0f} s)")
        print(f"{'way':<40}{'time':>12}{'peak RSS':>13}")
        big_env = {**env, "TUI_TRACKER_DB": str(big)}
        for label, argv in (("streamed (list --json)", [*TRACKER, "list", "--json"]),
                            ("naive (json.dumps of the whole list)",
                             [sys.executable, "-c", NAIVE_JSON, str(big), today])):
            elapsed, rss = run(argv, big_env)
            print(f"{label:<40}{elapsed:>11.2f}s{rss:>10} MB")


if __name__ == "__main__":
    main()
