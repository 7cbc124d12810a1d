"""SVG snapshots of the countdown and help screens, 80×24 and 120×40, Vietnamese and
English, on a fixed day (so they do not move with the calendar).

Update after an intended change of the look: `pytest tests/ui/test_snapshots.py
--snapshot-update`, then look at the report before committing."""

from __future__ import annotations

import pytest

from tui_tracker.i18n import set_language
from tui_tracker.store import Store

SIZES = [(80, 24), (120, 40)]
LANGS = ["vi", "en"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_countdown(snap_compare, sample_db, make_app, settle, lang, size):
    set_language(lang)
    store = Store.open(sample_db, user="tester")
    try:
        assert snap_compare(make_app(store), terminal_size=size, run_before=settle)
    finally:
        store.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, sample_db, make_app, settle, lang, size):
    set_language(lang)
    store = Store.open(sample_db, user="tester")

    async def open_help(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    try:
        assert snap_compare(make_app(store), terminal_size=size, run_before=open_help)
    finally:
        store.close()
