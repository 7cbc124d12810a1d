"""`/` search as you type across notices, directives and tasks, without diacritics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from tui_tracker.store import Store
from tui_tracker.ui.screens.countdown import CountdownScreen
from tui_tracker.ui.screens.search import SearchScreen
from tui_tracker.ui.widgets.virtual_table import VirtualTable


def hits_of(screen: SearchScreen) -> list:
    table = screen.query_one(VirtualTable)
    return [table.get_cached_row(i) for i in range(table.row_count)]


@pytest.fixture
def searched(store, make_app, settle):
    """`async with searched(text) as (app, pilot):` the app at 80x24, `/` pressed and `text`
    typed on the loaded countdown, the results in."""

    @asynccontextmanager
    async def run(text: str) -> AsyncIterator[tuple[Any, Any]]:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("slash")
            await settle(pilot, *text)
            yield app, pilot

    return run


async def test_ton_tai_finds_item_3d_of_the_seed_notice(fixtures_db, make_app, settle):
    store = Store.open(fixtures_db, user="tester")
    try:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await settle(pilot, "slash")
            await settle(pilot, *"ton tai")
            hits = hits_of(app.screen)
            directive_refs = [h.ref for h in hits if h.kind == "directive"]
            assert any(ref.endswith("· 3.d") for ref in directive_refs)
            task_refs = [h.ref for h in hits if h.kind == "task"]
            assert any(ref.endswith("· 3.d") for ref in task_refs)
    finally:
        store.close()


async def test_search_as_you_type_without_diacritics(store, make_app, settle, plain):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot, "slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await settle(pilot, "k")
        assert hits_of(screen) == []  # one letter is not a search yet
        await settle(pilot, *"hoa hoc")
        hits = hits_of(screen)
        kinds = {h.kind for h in hits}
        assert {"notice", "directive", "task"} <= kinds
        assert any("khoa học" in h.text.lower() for h in hits)
        summary = plain(screen.query_one("#search-summary"))
        assert "thông báo" in summary and "nhiệm vụ" in summary
        # Typing on narrows the results.
        await settle(pilot, *" va cong nghe chuyen tiep")
        narrowed = hits_of(screen)
        assert 0 < len(narrowed) < len(hits)
        assert all("2.b" in h.ref for h in narrowed if h.kind != "notice")


async def test_dd_is_found_from_d(searched):
    async with searched("dau tu cong") as (app, pilot):
        assert any("đầu tư công" in h.text for h in hits_of(app.screen))


async def test_nothing_found_says_so(searched, plain):
    async with searched("xyzzy") as (app, pilot):
        assert hits_of(app.screen) == []
        assert "xyzzy" in plain(app.screen.query_one("#search-summary"))


async def test_enter_opens_the_result_and_esc_comes_back(searched, settle):
    from tui_tracker.ui.screens.directive import DirectiveScreen

    async with searched("ra soat") as (app, pilot):
        screen = app.screen
        hits = hits_of(screen)
        index = next(i for i, h in enumerate(hits) if h.kind == "task")
        screen.query_one(VirtualTable).move_cursor(index)
        await settle(pilot, "enter")
        assert isinstance(app.screen, DirectiveScreen)
        assert app.screen.directive_id == hits[index].directive_id
        await settle(pilot, "escape")
        assert app.screen is screen  # back to the results
        await settle(pilot, "escape")
        assert isinstance(app.screen, CountdownScreen)
        # The last query comes back with the next search.
        await settle(pilot, "slash")
        assert app.screen.query_one("#search-input").value == "ra soat"
        assert hits_of(app.screen)


async def test_arrows_move_in_results_while_typing(searched):
    async with searched("so") as (app, pilot):
        table = app.screen.query_one(VirtualTable)
        assert table.row_count > 2
        await pilot.press("down", "down")
        assert table.cursor_index == 2
        assert app.screen.focused.id == "search-input"
