"""SVG snapshots of the main screens, 80×24 and 120×40, Vietnamese and English, on a fixed
day with frozen import times (so they do not move with the calendar or the clock).

Each snapshot waits for its data with `wait_for_data` (workers done, messages handled,
tables loaded: a condition, never a sleep), so a busy machine cannot catch a screen before
its rows arrive.

Update after an intended change of the look: `pytest tests/ui/test_snapshots.py
--snapshot-update`, then look at the report before committing. The import-review snapshot
shows what the parser finds in fixtures/01_seed_tb_kl_khcn.txt: a parser change that alters
that notice's reading shows up here too (on purpose: it is what an official reviews)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from builders import TODAY

from tui_tracker.i18n import set_language
from tui_tracker.store import Store
from tui_tracker.ui.messages import OpenAgencyTasks, OpenDirective, OpenNotice

REPO = Path(__file__).resolve().parents[2]
SIZES = [(80, 24), (120, 40)]
LANGS = ["vi", "en"]
IMPORT_FIXTURE = REPO / "fixtures" / "01_seed_tb_kl_khcn.txt"

Step = Callable[[Any, Store], Awaitable[None]]


async def _countdown(pilot: Any, store: Store) -> None:
    pass


async def _help(pilot: Any, store: Store) -> None:
    await pilot.press("question_mark")


async def _notices(pilot: Any, store: Store) -> None:
    pilot.app.action_notices()


def _notice_id(store: Store) -> int:
    return next(n.id for n in store.list_notices(today=TODAY) if n.number == "123/TB-UBND")


async def _notice(pilot: Any, store: Store) -> None:
    pilot.app.post_message(OpenNotice(_notice_id(store)))


async def _directive(pilot: Any, store: Store) -> None:
    # 3.d: overdue, a lead and a coordinator, a deadline phrase, a history.
    directive = next(d for d in store.list_directives(_notice_id(store), today=TODAY)
                     if d.ref == "3.d")
    pilot.app.post_message(OpenDirective(directive.id))


async def _agencies(pilot: Any, store: Store) -> None:
    pilot.app.action_agencies()


async def _agency(pilot: Any, store: Store) -> None:
    agency = store.find_agency("Sở Tài chính")
    assert agency is not None
    pilot.app.post_message(OpenAgencyTasks(agency.id))


async def _import_review(pilot: Any, store: Store) -> None:
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file
    from tui_tracker.ui.screens.import_review import ImportReviewScreen

    parsed = parse_notice(read_notice_file(str(IMPORT_FIXTURE)))
    pilot.app.push_screen(ImportReviewScreen(parsed, str(IMPORT_FIXTURE)))


SCREENS: dict[str, Step] = {
    "countdown": _countdown,
    "help": _help,
    "notices": _notices,
    "notice": _notice,
    "directive": _directive,
    "agencies": _agencies,
    "agency": _agency,
    "import_review": _import_review,
}


def _snapshot(snap_compare: Any, sample_db: Any, make_app: Any, wait_for_data: Any,
              lang: str, size: tuple[int, int], step: Step) -> bool:
    set_language(lang)
    store = Store.open(sample_db, user="tester")

    async def run_before(pilot: Any) -> None:
        await wait_for_data(pilot)
        await step(pilot, store)
        await wait_for_data(pilot)

    try:
        return snap_compare(make_app(store), terminal_size=size, run_before=run_before)
    finally:
        store.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_countdown(snap_compare, sample_db, make_app, wait_for_data, lang, size):
    assert _snapshot(snap_compare, sample_db, make_app, wait_for_data, lang, size, _countdown)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, sample_db, make_app, wait_for_data, lang, size):
    assert _snapshot(snap_compare, sample_db, make_app, wait_for_data, lang, size, _help)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", ["notices", "notice", "directive", "agencies", "agency",
                                    "import_review"])
def test_screen(snap_compare, sample_db, make_app, wait_for_data, screen, lang, size):
    assert _snapshot(snap_compare, sample_db, make_app, wait_for_data, lang, size,
                     SCREENS[screen])
