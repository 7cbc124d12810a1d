"""How the terminal UI scales: the tracker's countdown beside a naive DataTable.

For each database size (built with bench_store.build: notices of 10 directives
with 3 agency tasks each), fresh processes (so that memory and caches do not
leak from one measurement into the next) run a headless app at 100x30:

- tracker: TrackerApp as `tui-tracker` runs it (VirtualTable over the store).
  (a) first page: from `app.run_test()` until the countdown has painted a whole
      page of real rows (not "loading", not "…");
  (b) scroll: PgDn x20, End, Home, each key sent as the terminal would and timed
      until the screen shows its result with real rows (End alone is shown too:
      the deepest OFFSET);
  (c) live refresh: a second connection marks the first task done; the time from
      its commit until the countdown has repainted without it (median of 3). The
      app polls PRAGMA data_version every 50 ms here instead of every second, so
      this is the refresh cost; with the default 1 s add ~0.5 s on average.
- naive: an App with a DataTable loaded in on_mount with ALL rows of the same
  query (store.list_tasks with the countdown's filter, no LIMIT; the same cells),
  add_rows, until the first frame with rows; then the same scrolling
  (ctrl+end / ctrl+home, the DataTable's keys for the last / first row).

"Painted" is observed, not guessed: the tables' render_line is wrapped in the
child process (and the key actions, to know when a key was handled). Also
measured: the longest the event loop was frozen (a 5 ms ticker's largest gap)
while starting and while scrolling, and the peak RSS growth of the process over
the run (VmHWM after the run minus VmRSS before it, peak reset first). Each
figure is the median of --repeat processes (5; the naive way runs once when a
run is expected to take over 10 s).

    /work/venv/bin/python benchmarks/bench_ui.py [--sizes 1000,10000,100000,1000000]

A size is skipped when building it would take longer than --build-limit seconds
(default 120; estimated from the previous size's build time x (ratio of sizes)^1.25:
building is worse than linear), and the naive way is skipped when it would take
longer than --naive-limit seconds (default 60; estimated linearly from the
previous size it ran). About 2 minutes on two cores for 1k, 10k, 100k; 1M is
skipped by the build limit there (it took 181 s to build).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_store

from bench_store import TODAY, build
from rich.console import Console
from rich.table import Table

SIZE = (100, 30)
POLL_INTERVAL = 0.05
SCROLL_KEYS = ["pagedown"] * 20 + ["end", "home"]
NAIVE_SCROLL_KEYS = ["pagedown"] * 20 + ["ctrl+end", "ctrl+home"]
LIVE_REPEAT = 3
WAIT = 120.0  # seconds before a wait in a child gives up
CHILD_TIMEOUT = 240.0
BUILD_EXPONENT = 1.25  # build time ~ size ** this (see main)
RESULT = "RESULT "


# ---------------------------------------------------------------- measuring tools


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


class Memory:
    """Peak RSS growth: reset the high-water mark, note the RSS, read the peak later."""

    def __init__(self) -> None:
        try:
            Path("/proc/self/clear_refs").write_text("5")  # 5 = reset VmHWM (Linux)
        except OSError:
            pass
        self.start = _status_kb("VmRSS")

    def peak_mb(self) -> float | None:
        peak = _status_kb("VmHWM")
        if peak is None or self.start is None:
            return None
        return (peak - self.start) / 1024


class StallMeter:
    """The longest time the event loop could not run a 5 ms ticker (the UI was frozen)."""

    TICK = 0.005

    def __init__(self) -> None:
        self.longest = 0.0
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(self.TICK)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - self.TICK)
            last = now

    def take_ms(self) -> float:
        longest, self.longest = self.longest, 0.0
        return longest * 1000

    def stop(self) -> None:
        self._task.cancel()


class PaintProbe:
    """Wraps a table class's render_line to see what reaches the screen, and when.

    `row_at(table, index)` says which row a line shows (a key), or None when it shows
    no data yet (a placeholder, or a DataTable not measured yet).
    - `pages`: a whole page was painted with rows (every visible line below the header,
      possibly over several passes): the first page on start;
    - `frames`: a paint while every visible line had its row (what the screen shows
      after that pass): what a key or a refresh leads to.
    `handled` is when the last watched action returned (see `watch_actions`).
    """

    def __init__(self, table_class: type, row_at: Callable[[Any, int], Any]) -> None:
        self.row_at = row_at
        self.lines: dict[tuple[int, int], set[int]] = {}
        self.pages: list[tuple[float, int, Any]] = []  # (time, scroll y, key of line 1)
        self.frames: list[tuple[float, int, Any]] = []
        self.handled = 0.0
        self.table: Any = None
        self._painted = asyncio.Event()
        original = table_class.render_line
        probe = self

        def render_line(table: Any, y: int) -> Any:
            strip = original(table, y)
            probe.saw(table, y)
            return strip

        table_class.render_line = render_line

    def watch_actions(self, table_class: type, *names: str) -> None:
        probe = self

        def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
            def action(table: Any, *args: Any) -> Any:
                result = original(table, *args)
                probe.handled = time.perf_counter()
                return result

            return action

        for name in names:
            setattr(table_class, name, wrap(getattr(table_class, name)))

    def _visible(self, table: Any, scroll: int) -> int:
        return min(table.scrollable_content_region.height - 1, table.row_count - scroll)

    def saw(self, table: Any, y: int) -> None:
        now = time.perf_counter()
        scroll = int(table.scroll_offset.y)
        visible = self._visible(table, scroll)
        if visible <= 0:
            return
        if all(self.row_at(table, scroll + i) is not None for i in range(visible)):
            self.frames.append((now, scroll, self.row_at(table, scroll)))
            self._painted.set()
        if y < 1 or y > visible:
            return
        key = (id(table), scroll)
        painted = self.lines.setdefault(key, set())
        if self.row_at(table, scroll + y - 1) is None:
            painted.discard(y)
            return
        painted.add(y)
        if len(painted) >= visible and all(line in painted for line in range(1, visible + 1)):
            self.lines.pop(key)
            self.table = table
            self.pages.append((now, scroll, self.row_at(table, scroll)))
            self._painted.set()

    async def wait(self, records: list[tuple[float, int, Any]], since: Callable[[], float],
                   accept: Callable[[int, Any], bool] | None = None,
                   timeout: float = WAIT) -> tuple[float, int, Any] | None:
        """The first record at or after `since()` that `accept(scroll, first_key)` likes;
        None on timeout."""
        deadline = time.perf_counter() + timeout
        while True:
            for record in records:
                if record[0] >= since() and (accept is None or accept(record[1], record[2])):
                    return record
            self._painted.clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return None
            try:
                await asyncio.wait_for(self._painted.wait(), remaining)
            except TimeoutError:
                pass


def _must(record: tuple[float, int, Any] | None, what: str) -> tuple[float, int, Any]:
    if record is None:
        raise TimeoutError(f"{what}: nothing painted within {WAIT:.0f} s")
    return record


async def scroll_through(app: Any, probe: PaintProbe, keys: list[str]) -> dict[str, float]:
    """Send each key (as the terminal would) and wait until the screen shows its result
    with real rows. Not Pilot.press: it idles at least 2 x 20 ms per key by design."""
    from textual import events

    total = 0.0
    end = 0.0
    for key in keys:
        start = time.perf_counter()
        probe.handled = float("inf")
        app.post_message(events.Key(key, None))
        record = await probe.wait(probe.frames, lambda: probe.handled, timeout=2.0)
        if record is None:
            # Nothing to repaint (the key did not move anything): the key's own time.
            if probe.handled == float("inf"):
                raise TimeoutError(f"{key} was not handled")
            took = probe.handled - start
        else:
            took = record[0] - start
        total += took
        if key.endswith("end"):
            end = took
    return {"scroll_ms": total * 1000, "end_ms": end * 1000}


# ---------------------------------------------------------------- the two ways (children)


async def run_tracker(path: Path) -> dict[str, Any]:
    from tui_tracker.model import Status
    from tui_tracker.store import Store
    from tui_tracker.ui.app import TrackerApp
    from tui_tracker.ui.screens import countdown  # imported by the app on start: not timed
    from tui_tracker.ui.widgets.virtual_table import VirtualTable

    store = Store.open(path, user="bench-ui")
    other = Store.open(path, user="colleague")  # another SSH session
    expected = store.list_tasks(countdown.home_filter(), today=TODAY, limit=1)[0].id

    def row_at(table: Any, index: int) -> Any:
        row = table.get_cached_row(index)
        return None if row is None else row.id

    probe = PaintProbe(VirtualTable, row_at)
    probe.watch_actions(VirtualTable, "action_page_down", "action_last", "action_first")
    app = TrackerApp(store, today=TODAY, poll_interval=POLL_INTERVAL, day_check_interval=None)
    result: dict[str, Any] = {}
    memory = Memory()
    stall = StallMeter()
    start = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        done, _, first_key = _must(await probe.wait(probe.pages, lambda: start), "first page")
        result["first_ms"] = (done - start) * 1000
        result["freeze_first_ms"] = stall.take_ms()
        result["rows"] = probe.table.row_count
        result["first_ok"] = first_key == expected
        await pilot.pause()
        stall.take_ms()
        result.update(await scroll_through(app, probe, SCROLL_KEYS))
        result["freeze_scroll_ms"] = stall.take_ms()
        live = []
        for _ in range(LIVE_REPEAT):
            await pilot.pause()
            first = probe.table.get_cached_row(0).id
            await asyncio.to_thread(other.set_status, first, Status.DONE, today=TODAY)
            committed = time.perf_counter()
            done, _, _ = _must(await probe.wait(
                probe.frames, lambda since=committed: since,
                lambda scroll, key, gone=first: scroll == 0 and key != gone), "live refresh")
            live.append((done - committed) * 1000)
        result["live_ms"] = statistics.median(live)
        result["rss_mb"] = memory.peak_mb()
    stall.stop()
    other.close()
    store.close()
    return result


async def run_naive(path: Path) -> dict[str, Any]:
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Footer

    from tui_tracker.store import Store
    from tui_tracker.ui.screens.countdown import home_filter
    from tui_tracker.ui.tasks.task_list import task_columns
    from tui_tracker.ui.widgets.virtual_table import layout_columns

    store = Store.open(path, user="bench-ui")
    # The columns the countdown shows at this width, with the same cell functions.
    columns = [column for column, _ in layout_columns(task_columns(), SIZE[0] - 1)]
    timings: dict[str, float] = {}

    class NaiveApp(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable(cursor_type="row")
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            began = time.perf_counter()
            rows = store.list_tasks(home_filter(), today=TODAY)  # the same query, no LIMIT
            cells = [[column.cell(row) for column in columns] for row in rows]
            timings["query_ms"] = (time.perf_counter() - began) * 1000
            began = time.perf_counter()
            table.add_columns(*(column.header for column in columns))
            table.add_rows(cells)
            timings["add_ms"] = (time.perf_counter() - began) * 1000

    def row_at(table: Any, index: int) -> Any:
        # A row counts once the table was measured (its virtual height covers the rows).
        if index < table.row_count and table.virtual_size.height > table.row_count:
            return index
        return None

    probe = PaintProbe(DataTable, row_at)
    probe.watch_actions(DataTable, "action_page_down", "action_scroll_bottom",
                        "action_scroll_top")
    app = NaiveApp()
    result: dict[str, Any] = {}
    memory = Memory()
    stall = StallMeter()
    start = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        done, _, _ = _must(await probe.wait(probe.pages, lambda: start), "first frame")
        result["first_ms"] = (done - start) * 1000
        result["freeze_first_ms"] = stall.take_ms()
        result["rows"] = probe.table.row_count
        await pilot.pause()
        stall.take_ms()
        result.update(await scroll_through(app, probe, NAIVE_SCROLL_KEYS))
        result["freeze_scroll_ms"] = stall.take_ms()
        result["rss_mb"] = memory.peak_mb()
    stall.stop()
    store.close()
    result.update(timings)
    return result


def child(way: str, path: Path) -> None:
    from tui_tracker.i18n import set_language

    set_language("vi")
    runner = run_tracker if way == "tracker" else run_naive
    result = asyncio.run(runner(path))
    print(RESULT + json.dumps(result), flush=True)


# ---------------------------------------------------------------- main (parent)


def measure_once(way: str, path: Path) -> dict[str, Any]:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", way, "--db", str(path)],
            capture_output=True, text=True, timeout=CHILD_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"over {CHILD_TIMEOUT:.0f} s"}
    for line in done.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT):])
    sys.stderr.write(done.stderr[-3000:])
    return {"error": f"exit {done.returncode}"}


def measure(way: str, path: Path, repeat: int) -> dict[str, Any]:
    """The median of `repeat` fresh processes, metric by metric (two shared cores are
    noisy: one run can be several times slower than the next)."""
    runs = []
    for _ in range(repeat):
        run = measure_once(way, path)
        if "error" in run:
            return run
        runs.append(run)
    merged: dict[str, Any] = {"runs": len(runs)}
    for key, value in runs[0].items():
        if isinstance(value, bool):
            merged[key] = all(run[key] for run in runs)
        elif key == "rows":
            merged[key] = value  # the first run's: later ones follow the live-refresh changes
        elif isinstance(value, int | float):
            merged[key] = statistics.median(run[key] for run in runs)
        else:
            merged[key] = value
    return merged


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value / 1000:.1f} s" if value >= 10_000 else f"{value:,.0f}"


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


COLUMNS_HELP = (
    "first page: start until a whole page of rows is painted; freeze: the longest the event "
    "loop was blocked meanwhile; scroll: PgDn x20 + End + Home, each until painted (End: "
    "that key alone); scroll freeze: the longest block while scrolling; live: a change by "
    "a second connection until painted; RSS: peak growth of the process over the run. "
    "Medians of the runs (xN)."
)


def print_table(rows: list[tuple[int, str, dict[str, Any]]], notes: list[str],
                cores: int) -> None:
    table = Table(title=f"bench_ui: the countdown at {SIZE[0]}x{SIZE[1]} "
                        f"({date.today():%Y-%m-%d}, {cores} cores)")
    for header in ("tasks", "way", "rows", "first page ms", "freeze ms", "scroll ms",
                   "End ms", "scroll freeze ms", "live ms", "RSS +MB"):
        table.add_column(header, justify="left" if header == "way" else "right",
                         no_wrap=header == "way")
    for size, way, r in rows:
        if "error" in r or "skipped" in r:
            table.add_row(f"{size:,}", way, r.get("error") or r["skipped"], *[""] * 7)
            continue
        table.add_row(
            f"{size:,}", f"{way} x{r['runs']}", f"{r['rows']:,.0f}", _ms(r["first_ms"]),
            _ms(r["freeze_first_ms"]), _ms(r["scroll_ms"]), _ms(r["end_ms"]),
            _ms(r["freeze_scroll_ms"]), _ms(r.get("live_ms")), _mb(r["rss_mb"]))
    console = Console(width=max(Console().width, 130))
    console.print(table)
    for note in [COLUMNS_HELP, *notes]:
        console.print(f"- {note}")


# --start: the whole process, as a user meets it, from `tui-tracker` typed to the first
# frame with the countdown's rows, beside a minimal Textual app (one Static) started the
# same way. Both run headless in a terminal of one size and stop when that frame has
# been written: the screen's compositor refresh (the write to the terminal) that follows
# the first rendering of what the app is waited for (the tracker: a row of the task list
# from its loaded window, not "loading" or "…"; the minimal app: its Static). The time
# from the process's start to that write is compared (interpreter, imports, database,
# first query, layout, paint). An after-refresh callback is not used to stop: it fires
# only once the app is idle, which for the tracker (its counts, the footer) is frames
# after the one the user already sees.
_STOP_AT_FRAME = """
import os, sys, time
import textual.screen as screen_module

drawn = False  # set by what the frame is waited for, when it is rendered

write_frame = screen_module.Screen._compositor_refresh

def timed_write(self):
    write_frame(self)
    if drawn:
        print(time.time(), file=sys.stderr, flush=True)
        os._exit(0)  # the frame is what is timed, not the work left or the exit

screen_module.Screen._compositor_refresh = timed_write
"""
START_TRACKER = _STOP_AT_FRAME + """
import tui_tracker.ui.app as app_module
from tui_tracker.ui.widgets.virtual_table import VirtualTable

render_line = VirtualTable.render_line

def watched_render_line(self, y):
    global drawn
    if y >= 1 and self._window:  # a task row from the loaded window
        drawn = True
    return render_line(self, y)

VirtualTable.render_line = watched_render_line

class FirstFrame(app_module.TrackerApp):
    CSS_PATH = str(__import__("pathlib").Path(app_module.__file__).with_name("app.tcss"))

    def run(self, *args, **kwargs):
        return super().run(headless=True)

app_module.TrackerApp = FirstFrame
from tui_tracker.cli import main
main(sys.argv[1:])
"""
START_MINIMAL = _STOP_AT_FRAME + """
from textual.app import App
from textual.widgets import Static

class Hello(Static):
    def render_line(self, y):
        global drawn
        drawn = True
        return super().render_line(y)

class Minimal(App):
    def compose(self):
        yield Hello("Hello")

Minimal().run(headless=True)
"""


def start_times(sizes: list[int], repeat: int) -> None:
    """`--start`: process start to first frame, the tracker beside a minimal app."""
    import statistics
    import subprocess

    def wall(argv: list[str], env: dict[str, str]) -> float:
        """From the process's start to the moment its first frame was drawn (the child
        prints the clock then: the exit and the work left for later are not timed)."""
        began = time.time()
        done = subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        return float(done.stderr.strip().splitlines()[-1]) - began

    print(f"{'tasks':>10}  {'tracker ms':>11}  {'minimal ms':>11}  {'ratio':>6}")
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"start_{size}.db"
            build(path, size, rng).close()
            env = {**os.environ, "TUI_TRACKER_DB": str(path),
                   "TUI_TRACKER_SETTINGS": str(Path(tmp) / "none.toml"),
                   "TUI_TRACKER_STATE": str(Path(tmp) / "state.json")}
            for variable in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"):
                env.pop(variable, None)
            # A terminal of one size, as a user's is. Without it a headless app is told
            # two sizes: Rich's default (80x25) when it first asks for its size, then the
            # headless driver's (80x24), and lays its screen out for each: a cost no
            # terminal imposes, and a larger one the more the screen holds.
            env["COLUMNS"], env["LINES"] = str(SIZE[0]), str(SIZE[1])
            ours = [sys.executable, "-c", START_TRACKER, "--today", "2026-06-15"]
            minimal = [sys.executable, "-c", START_MINIMAL]
            wall(ours, env), wall(minimal, env)  # warm the caches
            mine, theirs = [], []
            for _ in range(repeat):  # in turns: a busy spell weighs on both
                mine.append(wall(ours, env))
                theirs.append(wall(minimal, env))
            a, b = statistics.median(mine) * 1000, statistics.median(theirs) * 1000
            print(f"{size:>10,}  {a:>11.0f}  {b:>11.0f}  {a / b:>5.2f}×", flush=True)
            path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", action="store_true",
                        help="time the whole process to its first frame beside a minimal "
                             "Textual app (sizes from --sizes)")
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--build-limit", type=float, default=120.0,
                        help="skip a size whose build is estimated to take longer (s)")
    parser.add_argument("--naive-limit", type=float, default=60.0,
                        help="skip the naive way when estimated to take longer (s)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs per way and size (median); the naive way runs once "
                             "when one run is expected to take over 10 s")
    parser.add_argument("--child", choices=("tracker", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db)
        return
    if args.start:
        start_times([int(size) for size in args.sizes.split(",")], args.repeat)
        return

    sizes = [int(size) for size in args.sizes.split(",")]
    rows: list[tuple[int, str, dict[str, Any]]] = []
    notes = [f"live refresh: the app polls PRAGMA data_version every {POLL_INTERVAL * 1000:.0f}"
             " ms here (default 1 s: add ~500 ms on average); median of "
             f"{LIVE_REPEAT} changes from a second connection. The DataTable way has no live "
             "refresh: it would reload every row (its first-page time again)."]
    rng = random.Random(2026)
    last_build: tuple[int, float] | None = None
    last_naive: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            if last_build is not None:
                # Building grows faster than the size (the search index, the B-trees):
                # measured here 0.9 s, 11 s, 181 s for 10k, 100k, 1M: about size^1.2, so 1.25.
                estimate = last_build[1] * (size / last_build[0]) ** BUILD_EXPONENT
                if estimate > args.build_limit:
                    note = (f"{size:,} tasks skipped: building it would take ~{estimate:.0f} s "
                            f"here ({last_build[0]:,} took {last_build[1]:.0f} s), over "
                            f"the {args.build_limit:.0f} s limit.")
                    print(note, file=sys.stderr)
                    notes.append(note)
                    continue
            path = Path(tmp) / f"bench_ui_{size}.db"
            began = time.perf_counter()
            build(path, size, rng).close()
            last_build = (size, time.perf_counter() - began)
            print(f"built {size:,} tasks in {last_build[1]:.1f} s", file=sys.stderr)

            # The naive way first: the tracker's live refresh changes three tasks.
            estimate = last_naive[1] * size / last_naive[0] if last_naive else 0.0
            if estimate / 1000 > args.naive_limit:
                naive = {"skipped": "skipped"}
                notes.append(f"naive way at {size:,} skipped: ~{estimate / 1000:.0f} s expected "
                             f"(measured {last_naive[1] / 1000:.1f} s at {last_naive[0]:,}).")
            else:
                naive = measure("naive", path, 1 if estimate > 10_000 else args.repeat)
                if "first_ms" in naive:
                    last_naive = (size, naive["first_ms"])
                    notes.append(
                        f"naive at {size:,}: query + cells {naive['query_ms']:,.0f} ms, "
                        f"add_rows {naive['add_ms']:,.0f} ms, the rest of the "
                        f"{naive['first_ms']:,.0f} ms is Textual start-up and DataTable "
                        "measuring every cell before the first frame.")
            print(f"  naive: {naive}", file=sys.stderr)
            tracker = measure("tracker", path, args.repeat)
            print(f"  tracker: {tracker}", file=sys.stderr)
            if tracker.get("first_ok") is False:
                notes.append(f"WARNING {size:,}: the tracker's first row is not the store's "
                             "most urgent task.")
            rows += [(size, "tracker", tracker), (size, "DataTable", naive)]
            path.unlink(missing_ok=True)
    print_table(rows, notes, os.cpu_count() or 0)


if __name__ == "__main__":
    main()
