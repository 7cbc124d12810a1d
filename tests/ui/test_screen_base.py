"""Every screen of the app stands on the shared base, with typed access to the app."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.screen import ModalScreen, Screen

import tui_tracker.ui as ui
from tui_tracker.ui.screens.base import TrackerScreen


def _screen_classes() -> list[type[Screen]]:
    found: set[type[Screen]] = set()
    for info in pkgutil.walk_packages(ui.__path__, f"{ui.__name__}."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__.startswith("tui_tracker."):
                found.add(cls)
    return sorted(found, key=lambda cls: cls.__qualname__)


def test_every_full_screen_is_a_tracker_screen():
    screens = [cls for cls in _screen_classes() if not issubclass(cls, ModalScreen)]
    names = {cls.__name__ for cls in screens}
    assert {"CountdownScreen", "NoticesScreen", "SearchScreen", "HelpScreen"} <= names
    assert [cls.__name__ for cls in screens if not issubclass(cls, TrackerScreen)] == []


async def test_the_app_is_reached_typed_from_screens_dialogs_and_the_task_list(
        store, make_app, settle):
    from tui_tracker.ui.tasks.dialogs import NoteDialog
    from tui_tracker.ui.tasks.task_list import TaskList

    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TrackerScreen)
        assert screen.tracker is app and screen.store is store
        assert screen.today == app.today and screen.keymap == app.keymap_ids
        tasks = screen.query_one(TaskList)
        assert tasks.tracker is app and tasks.soon_days == app.soon_days
        await settle(pilot, "n")
        assert isinstance(app.screen, NoteDialog) and app.screen.tracker is app
