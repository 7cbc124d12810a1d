"""The report screen: scoreboard table and stacked bar chart, as-of day, export, open agency."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builders import TODAY

from tui_tracker.i18n import set_language
from tui_tracker.reports import build_scoreboard
from tui_tracker.store import Store
from tui_tracker.ui.screens.report import ReportScreen, ScoreChart, split_bar

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize(
    ("counts", "width", "expected"),
    [
        ([1, 1, 13, 2], 17, [1, 1, 13, 2]),
        ([1, 0, 30, 0], 10, [1, 0, 9, 0]),     # a class with tasks keeps one cell
        ([0, 0, 0, 0], 10, [0, 0, 0, 0]),
        ([2, 2, 2, 2], 6, [2, 2, 1, 1]),       # sums to the width
    ],
)
def test_split_bar(counts: list[int], width: int, expected: list[int]) -> None:
    cells = split_bar(counts, width)
    assert cells == expected
    assert sum(cells) == (width if any(counts) else 0)


async def _open(pilot: Any) -> ReportScreen:
    await pilot.press("r")
    screen = pilot.app.screen
    assert isinstance(screen, ReportScreen)
    return screen


async def test_r_opens_the_scoreboard_with_the_counts_of_the_core(
        store: Store, make_app: Any, wait_for_data: Any, plain: Any, table_lines: Any) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_data(pilot)
        screen = await _open(pilot)
        await wait_for_data(pilot)
        board = build_scoreboard(store, TODAY)
        assert screen.painted
        assert str(board.totals.total) in plain(screen.query_one("#report-totals"))
        lines = table_lines(screen.table)
        first = next(a for a in board.agencies if a.lead.total)
        assert first.agency in lines[1] and str(first.lead.total) in lines[1]  # under the header
        chart = screen.query_one(ScoreChart)
        assert [s.agency for s in chart.scores] == [a.agency for a in board.agencies
                                                   if a.lead.total]


async def test_as_of_day_and_a_bad_date(store: Store, make_app: Any, wait_for_data: Any,
                                        plain: Any) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_data(pilot)
        screen = await _open(pilot)
        await wait_for_data(pilot)
        await pilot.press("d")
        await wait_for_data(pilot)
        field = app.screen.query_one("#as_of")
        field.value = "31/02/2026"
        await pilot.press("enter")
        await wait_for_data(pilot)
        assert plain(app.screen.query_one("#error"))  # one sentence; the dialog stays
        assert app.screen is not screen
        field.value = "01/01/2026"
        await pilot.press("enter")
        await wait_for_data(pilot)
        assert app.screen is screen and screen.board.as_of.isoformat() == "2026-01-01"
        assert "01/01/2026" in plain(screen.query_one("#report-title"))


async def test_enter_opens_the_agency_and_x_exports(store: Store, make_app: Any,
                                                     wait_for_data: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from tui_tracker.ui.screens.agencies import AgencyTasksScreen

    monkeypatch.chdir(tmp_path)
    app = make_app(store)
    notes: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_data(pilot)
        screen = await _open(pilot)
        await wait_for_data(pilot)
        monkeypatch.setattr(app, "notify", lambda text, **kw: notes.append(str(text)))
        await pilot.press("x")
        await wait_for_data(pilot)
        assert app.screen.query_one("#path").value == str(
            tmp_path / f"bao-cao-{TODAY.isoformat()}.xlsx")
        await pilot.press("enter")
        await wait_for_data(pilot)
        for _ in range(200):
            if notes:
                break
            await pilot.pause(0.01)
        written = tmp_path / f"bao-cao-{TODAY.isoformat()}.xlsx"
        assert written.exists() and str(written) in notes[0]
        assert app.screen is screen
        await pilot.press("enter")
        await wait_for_data(pilot)
        assert isinstance(app.screen, AgencyTasksScreen)
        assert app.screen.agency_id == screen.board.agencies[0].agency_id


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_report_snapshot(snap_compare: Any, sample_db: Path, make_app: Any,
                         wait_for_data: Any, lang: str, size: tuple[int, int]) -> None:
    set_language(lang)
    store = Store.open(sample_db, user="tester")

    async def run_before(pilot: Any) -> None:
        await wait_for_data(pilot)
        pilot.app.action_report()
        await wait_for_data(pilot)

    try:
        assert snap_compare(make_app(store), terminal_size=size, run_before=run_before)
    finally:
        store.close()
