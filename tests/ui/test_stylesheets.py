"""Where the look is written (issue 17, point 5): screens and dialogs keep their rules in
.tcss files beside them, as Harlequin does; DEFAULT_CSS is for reusable widgets only."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from textual.screen import Screen
from textual.widget import Widget

import tui_tracker.ui


def ui_classes() -> list[type]:
    found: dict[str, type] = {}
    for module_info in pkgutil.walk_packages(tui_tracker.ui.__path__, "tui_tracker.ui."):
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(found.values())


def test_no_screen_or_dialog_keeps_its_rules_in_default_css() -> None:
    offenders = [cls.__qualname__ for cls in ui_classes()
                 if issubclass(cls, Screen) and vars(cls).get("DEFAULT_CSS")]
    assert offenders == []


def test_default_css_is_left_to_widgets() -> None:
    styled = sorted(cls.__qualname__ for cls in ui_classes()
                    if issubclass(cls, Widget) and vars(cls).get("DEFAULT_CSS"))
    assert styled == ["FilterBar", "ScoreChart", "VirtualTable"]


def test_every_stylesheet_a_screen_names_is_beside_it_and_every_file_is_used() -> None:
    named: set[Path] = set()
    for cls in ui_classes():
        css_path = vars(cls).get("CSS_PATH")
        if css_path is None:
            continue
        path = Path(inspect.getfile(cls)).with_name(css_path)
        assert path.is_file(), (cls.__qualname__, css_path)
        named.add(path)
    files = set(Path(tui_tracker.ui.__file__).parent.rglob("*.tcss"))
    assert files == named
