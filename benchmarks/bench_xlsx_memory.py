"""`export --format xlsx` and `report --format xlsx`: the peak memory of the process, and
its time, at 10k and 100k tasks.

Ours streams the rows (XlsxWriter's `constant_memory`: a row goes to a temporary file
as soon as the next one starts). The naive way, the export's way before issue 15,
keeps every cell of the workbook in memory until it is closed. Each run is a fresh
process (`export` as a user runs it, through the command line's code), and the figure is
its peak resident memory (VmHWM of /proc/self/status, which starts afresh at exec, unlike
getrusage's ru_maxrss that a child inherits from the process that forked it), Python,
SQLite and XlsxWriter together: what the office server sees.

    python benchmarks/bench_xlsx_memory.py [--sizes 10000,100000]

Uses bench_store.build for the synthetic database (notices of 10 directives, 3 agency
tasks each).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import build  # noqa: E402

# Runs one export in a child process and prints its peak RSS (MiB) and seconds. With
# "naive", XlsxWriter's constant_memory is forced off: every row stays in memory.
CHILD = """
import sys, time
mode, command = sys.argv[1], sys.argv[2:]
if mode == "naive":
    import xlsxwriter
    class InMemory(xlsxwriter.Workbook):
        def __init__(self, filename, options=None):
            super().__init__(filename, {**(options or {}), "constant_memory": False})
    xlsxwriter.Workbook = InMemory
from tui_tracker.cli import main
start = time.perf_counter()
try:
    main(command)
except SystemExit as exit:
    assert not exit.code, exit.code
seconds = time.perf_counter() - start
status = open("/proc/self/status").read()
peak_kib = int(next(line.split()[1] for line in status.splitlines()
                    if line.startswith("VmHWM:")))
print(peak_kib / 1024, seconds)
"""


def run(mode: str, db: Path, args: list[str]) -> tuple[float, float]:
    env = {**os.environ, "TUI_TRACKER_SETTINGS": os.devnull + ".toml"}
    done = subprocess.run([sys.executable, "-c", CHILD, mode, "--db", str(db),
                           "--today", "2026-05-05", *args], capture_output=True, text=True,
                          env=env, check=True)
    peak, seconds = done.stdout.split()[-2:]
    return float(peak), float(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    sizes = [int(value) for value in parser.parse_args().sizes.split(",")]
    print(f"{'tasks':>8}  {'what':<14} {'ours: peak / time':>20} {'naive: peak / time':>20}")
    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as folder:
        for size in sizes:
            start = time.perf_counter()
            db = Path(folder) / f"t-{size}.db"
            build(db, size, random.Random(size)).close()
            print(f"# built {size} tasks in {time.perf_counter() - start:.1f} s", flush=True)
            for what, args in (("export xlsx", ["export", "--format", "xlsx", "-o"]),
                               ("report xlsx", ["report", "--format", "xlsx", "-o"])):
                results = []
                for mode in ("ours", "naive"):
                    out = Path(folder) / f"{mode}-{size}.xlsx"
                    results.append(run(mode, db, [*args, str(out)]))
                    out.unlink()
                (ours_peak, ours_s), (naive_peak, naive_s) = results
                print(f"{size:>8}  {what:<14} {ours_peak:>9.0f} MiB / {ours_s:5.1f} s "
                      f"{naive_peak:>9.0f} MiB / {naive_s:5.1f} s", flush=True)


if __name__ == "__main__":
    main()
