"""Start-up does each query once: the store calls are counted, not timed.

- the countdown asks for `urgency_counts` once, after the first page (not on mount *and*
  on resume, not before the rows it would hold the store's lock against);
- the task list waits for its size, so one `list_tasks` call fetches every visible row
  (not 11 rows before layout, then the page);
- the table fetches its window before it counts, and skips the count when the window
  was shorter than asked for (the list ends there).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from builders import TODAY, directive, notice
from textual.app import App, ComposeResult

from tui_tracker.model import (
    Status,
)
from tui_tracker.store import Store
from tui_tracker.ui.screens.countdown import CountdownScreen
from tui_tracker.ui.tasks.task_list import TaskList
from tui_tracker.ui.widgets.virtual_table import Column, VirtualTable

COUNTED_CALLS = ("urgency_counts", "count_tasks", "list_tasks")


class CountingStore:
    """The real store, recording the calls the start-up cost depends on (in call order;
    the UI makes them from worker threads, list.append is atomic)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if name not in COUNTED_CALLS:
            return attribute

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, kwargs))
            return attribute(*args, **kwargs)

        return counted

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def of(self, name: str) -> list[dict[str, Any]]:
        return [kwargs for called, kwargs in self.calls if called == name]


def many_tasks_db(path: Path, n: int = 120) -> Path:
    """One notice of `n` directives, one open task each: more than a screen of rows."""
    directives = [
        directive(f"{i + 1}", "Sở Tài chính", due=TODAY + timedelta(days=i - 10),
                  phrase="chậm nhất ngày", heading=f"Nhiệm vụ số {i + 1}",
                  text=f"Thực hiện nhiệm vụ số {i + 1}.", section="1. Nhiệm vụ")
        for i in range(n)]
    many = notice(directives, number="9/TB-UBND", title="Nhiều nhiệm vụ",
                  text="THÔNG BÁO 9\n")
    store = Store.open(path, user="importer")
    try:
        store.import_notice(many, source="tests")
    finally:
        store.close()
    return path


# --- the countdown at start-up ----------------------------------------------------------


async def test_startup_counts_once_and_fetches_the_page_in_one_call(
        tmp_path, make_app, wait_for_data, table_lines):
    store = Store.open(many_tasks_db(tmp_path / "many.db"), user="tester")
    counting = CountingStore(store)
    try:
        app = make_app(counting)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_data(pilot)
            assert isinstance(app.screen, CountdownScreen)
            tasks = app.screen.query_one(TaskList)
            assert tasks.row_count == 120
            # Fix 1: the five class counts once, not on mount and again on resume.
            assert counting.names().count("urgency_counts") == 1
            # Fix 2: one list_tasks call at start-up, from the top, covering the page.
            fetches = counting.of("list_tasks")
            assert len(fetches) == 1
            page = tasks.size.height - 1  # the header takes a line
            assert page > 11  # more than the pre-layout window of 11 rows
            assert fetches[0]["offset"] == 0
            assert fetches[0]["limit"] >= page
            lines = table_lines(tasks)
            assert "…" not in "".join(lines[1:])  # no placeholder row (the header may cut)
            assert len([line for line in lines[1:] if line.strip()]) == page
            # Fix 3: the window first, then the table's count (once), and the class counts
            # after the page too.
            names = counting.names()
            assert names.count("count_tasks") == 1
            assert names.index("list_tasks") < names.index("count_tasks")
            assert names.index("list_tasks") < names.index("urgency_counts")
    finally:
        store.close()


async def test_short_list_is_not_counted_separately(store, make_app, wait_for_data):
    """8 open tasks fit in the first window: its length is the count."""
    counting = CountingStore(store)
    app = make_app(counting)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_data(pilot)
        assert app.screen.query_one(TaskList).row_count == 8
        assert counting.names().count("list_tasks") == 1
        assert counting.names().count("count_tasks") == 0
        assert counting.names().count("urgency_counts") == 1


async def test_resume_recounts_only_when_the_data_changed(
        store, other_store, make_app, wait_for_data, plain):
    counting = CountingStore(store)
    app = make_app(counting)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_data(pilot)
        screen = app.screen
        assert counting.names().count("urgency_counts") == 1
        await pilot.press("question_mark")  # help covers the countdown, Esc resumes it
        await wait_for_data(pilot)
        await pilot.press("escape")
        await wait_for_data(pilot)
        assert app.screen is screen
        assert counting.names().count("urgency_counts") == 1  # nothing changed
        # Another session closes an overdue task: the counts follow, once.
        row = next(r for r in other_store.list_tasks(None, today=TODAY)
                   if r.directive_ref == "1.a")
        other_store.set_status(row.id, Status.DONE, today=TODAY)
        app.broadcast_data_changed("external")
        await wait_for_data(pilot)
        assert counting.names().count("urgency_counts") == 2
        assert plain(screen.query_one("#count-overdue")) == "Quá hạn 2"
        await pilot.press("question_mark")
        await wait_for_data(pilot)
        await pilot.press("escape")
        await wait_for_data(pilot)
        assert counting.names().count("urgency_counts") == 2


# --- the virtual table on its own -------------------------------------------------------


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class SlowCountSource:
    """`total` rows; count() blocks until released, as a count(*) over a million rows."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.release = threading.Event()
        self.calls: list[str] = []

    def count(self) -> int:
        self.calls.append("count")
        self.release.wait(timeout=30)
        return self.total

    def fetch(self, offset: int, limit: int) -> list[Item]:
        self.calls.append("fetch")
        return [Item(i, f"row {i}") for i in range(offset, min(offset + limit, self.total))]


class CountFirstSource(SlowCountSource):
    count_first = True


class TableApp(App[None]):
    def __init__(self, source: Any, *, hidden: bool = False) -> None:
        super().__init__()
        self.source = source
        self.hidden = hidden
        self.loaded_counts: list[int] = []

    def compose(self) -> ComposeResult:
        table = VirtualTable(self.source, [Column("name", "Name", lambda r: r.name)])
        if self.hidden:
            table.display = False
        yield table

    def on_mount(self) -> None:
        self.query_one(VirtualTable).focus()

    def on_virtual_table_data_loaded(self, message: VirtualTable.DataLoaded) -> None:
        self.loaded_counts.append(message.count)


async def test_window_is_shown_before_the_count_arrives(wait_for_data, table_lines, until):
    source = SlowCountSource(total=1000)
    app = TableApp(source)
    try:
        async with app.run_test(size=(60, 20)) as pilot:
            table = app.query_one(VirtualTable)
            await until(pilot, lambda: table.row_count > 0)
            # The count is still running: the rows are on screen anyway.
            assert not table.loaded and app.loaded_counts == []
            lines = table_lines(table)
            assert lines[1].strip() == "row 0"
            assert lines[19].strip() == "row 18"
            # The count starts once the frame with the rows is drawn (not while the
            # screen is laid out: at a million tasks it slowed that frame).
            await until(pilot, lambda: source.calls == ["fetch", "count"])
            assert not table.loaded
            # End before the count: the last row, once it is known (not the window's end).
            await pilot.press("end")
            assert table.cursor_index == 0
            source.release.set()
            await wait_for_data(pilot)
            assert table.loaded and table.row_count == 1000
            assert app.loaded_counts == [1000]
            assert table.cursor_index == 999
            assert table.cursor_row == Item(999, "row 999")
    finally:
        source.release.set()


async def test_count_first_source_is_counted_before_fetching(wait_for_data):
    source = CountFirstSource(total=1000)
    source.release.set()
    app = TableApp(source)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_data(pilot)
        assert source.calls == ["count", "fetch"]
        assert app.query_one(VirtualTable).row_count == 1000


async def test_hidden_table_still_loads(wait_for_data):
    """No size ever arrives for a hidden table: it loads after the first refresh."""
    source = SlowCountSource(total=5)
    source.release.set()
    app = TableApp(source, hidden=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_data(pilot)
        table = app.query_one(VirtualTable)
        assert table.loaded and table.row_count == 5
        assert source.calls == ["fetch"]  # 5 rows < the window: that is the count
