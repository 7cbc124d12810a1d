"""The first frame loads only the countdown's code: every other screen is imported when it
is first opened (issue 16, point 6)."""

from __future__ import annotations

import json
import subprocess
import sys

LATER = (
    "tui_tracker.ui.screens.import_review",
    "tui_tracker.ui.screens.report",
    "tui_tracker.ui.screens.agencies",
    "tui_tracker.ui.screens.notices",
    "tui_tracker.ui.screens.directive",
    "tui_tracker.ui.screens.search",
    "tui_tracker.ui.screens.help",
    "tui_tracker.ui.dialogs.palette",
    "tui_tracker.ui.commands",
    "tui_tracker.ui.tasks.dialogs",
    "tui_tracker.ui.tasks.history",
    "tui_tracker.parsing",
    "tui_tracker.reports",
)


def test_the_app_module_loads_no_screen_but_the_countdown() -> None:
    code = ("import json, sys, tui_tracker.ui.app; "
            "print(json.dumps(sorted(sys.modules)))")
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", code], check=True,
                                           capture_output=True, text=True).stdout))
    assert "tui_tracker.ui.screens.countdown" in loaded
    assert [name for name in LATER if name in loaded] == []


async def test_a_screen_is_imported_when_it_is_opened(store, make_app, settle) -> None:
    from tui_tracker.ui.app import screen_class

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "t")
        assert isinstance(app.screen, screen_class("notices"))
        await settle(pilot, "r")
        assert isinstance(app.screen, screen_class("report"))
