"""The JSON export and its restore at 10k and 100k tasks: time and peak memory.

Ours streams: `Store.dump()` hands one notice (with its directives, tasks and
history) at a time to a writer that appends it to the file, and the restore
reads the file back with ijson notice by notice. The naive way builds the whole
document in memory and calls json.dump, and reads it back with json.load.
Peak memory is Python's (tracemalloc), so it leaves out SQLite's page cache.

    python benchmarks/bench_exports.py [--sizes 10000,100000]

Uses bench_store.build for the synthetic database (notices of 10 directives,
3 agency tasks each, one history entry per task). Also times the flat exports.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import build  # noqa: E402

from tui_tracker.exports.csv_export import write_tasks_csv  # noqa: E402
from tui_tracker.exports.ics_export import write_ics  # noqa: E402
from tui_tracker.exports.json_export import read_records, write_json  # noqa: E402
from tui_tracker.exports.xlsx_export import write_xlsx  # noqa: E402
from tui_tracker.store import Store  # noqa: E402

TODAY = date(2026, 5, 5)


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def measured(function: Callable[[], object],
             again: Callable[[], object] | None = None) -> tuple[float, float]:
    """(seconds, peak MiB of Python allocations): the time of a plain run, the peak of
    a second run (`again`, the same work on a fresh target) under tracemalloc, which
    slows Python several times over."""
    elapsed = timed(function)
    tracemalloc.start()
    (again or function)()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak / 2**20


def naive_export(store: Store, path: Path) -> None:
    document: dict = {"agencies": [], "notices": [], "changes": []}
    sections = {"agency": "agencies", "notice": "notices", "change": "changes"}

    def sink(kind: str, record: dict) -> None:
        if kind == "header":
            document.update(record)
        else:
            document[sections[kind]].append(record)

    store.dump(sink)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False)


def naive_restore(store: Store, path: Path) -> None:
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    header = {key: value for key, value in document.items()
              if key not in ("agencies", "notices", "changes")}
    records = [("header", header)]
    records += [("agency", agency) for agency in document["agencies"]]
    records += [("notice", notice) for notice in document["notices"]]
    records += [("change", change) for change in document.get("changes", [])]
    store.restore(records)


def ours_restore(store: Store, path: Path) -> None:
    with open(path, "rb") as stream:
        store.restore(read_records(stream))


def bench(size: int, folder: Path) -> list[tuple[str, str, str]]:
    source = build(folder / f"source-{size}.db", size, random.Random(size))
    rows = []
    ours_file, naive_file = folder / f"ours-{size}.json", folder / f"naive-{size}.json"
    ours = measured(lambda: write_json(source, ours_file))
    naive = measured(lambda: naive_export(source, naive_file))
    rows.append(("export json", *_pair(ours, naive)))
    targets = [Store.open(folder / f"restored-{i}-{size}.db") for i in range(4)]
    ours = measured(lambda: ours_restore(targets[0], ours_file),
                    lambda: ours_restore(targets[1], ours_file))
    naive = measured(lambda: naive_restore(targets[2], naive_file),
                     lambda: naive_restore(targets[3], naive_file))
    rows.append(("restore json", *_pair(ours, naive)))
    for name, write in (("export csv", write_tasks_csv), ("export xlsx", write_xlsx),
                        ("export ics", write_ics)):
        seconds = timed(lambda w=write, n=name: w(source, folder / f"{n}-{size}.out",
                                                  today=TODAY))
        rows.append((name, f"{seconds:.2f} s", "-"))
    for store in (source, *targets):
        store.close()
    size_mib = ours_file.stat().st_size / 2**20
    rows.append(("json file size", f"{size_mib:.1f} MiB", "-"))
    return rows


def _pair(ours: tuple[float, float], naive: tuple[float, float]) -> tuple[str, str]:
    return (f"{ours[0]:.2f} s / {ours[1]:.1f} MiB", f"{naive[0]:.2f} s / {naive[1]:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    sizes = [int(value) for value in parser.parse_args().sizes.split(",")]
    print(f"{'tasks':>8}  {'what':<15} {'ours (time / peak)':>22} {'naive (time / peak)':>22}")
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as folder:
        for size in sizes:
            for what, ours, naive in bench(size, Path(folder)):
                print(f"{size:>8}  {what:<15} {ours:>22} {naive:>22}", flush=True)


if __name__ == "__main__":
    main()
