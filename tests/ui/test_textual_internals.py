"""The Textual internals the tracker relies on behave as it expects (issue 17, point 1).
Each is pinned here by what the tracker needs of it; Textual is pinned below version 9.

- App._notifications (tests/ui/textual_internals.py): what notify() was asked to show;
- DOMNode._bindings (ui/bindings.py, CatalogBindings): replaced per instance, it is what
  the footer and the key dispatch use, so descriptions given as catalog keys read in the
  interface language; the help screen reads it for the keys that work where it was opened
  (the help snapshots show that order);
- CommandPalette._start_no_matches_countdown (ui/dialogs/palette.py): its "no matches"
  line is ours, in the interface language (tests/ui/test_terminal_habits.py checks the
  palette itself);
- Input._on_key (ui/widgets/quiet_input.py): tests/ui/test_typing_order.py.
"""

from __future__ import annotations

import inspect

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import CommandPalette
from textual.widgets import Footer, Static
from textual_internals import notifications

from tui_tracker.i18n import set_language
from tui_tracker.ui.bindings import CatalogBindings


class Plain(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("x")


async def test_notifications_are_what_notify_was_asked_to_show() -> None:
    app = Plain()
    async with app.run_test() as pilot:
        app.notify("một", severity="warning")
        app.notify("hai")
        await pilot.pause()
        assert [(str(n.message), n.severity) for n in notifications(app)] == [
            ("một", "warning"), ("hai", "information")]


class Keyed(CatalogBindings, Static, can_focus=True):
    BINDINGS = [Binding("z", "noop", "ui.key.back", id="test.back")]

    def action_noop(self) -> None:
        self.app.notify("z")


class WithFooter(App[None]):
    def compose(self) -> ComposeResult:
        yield Keyed("keyed")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Keyed).focus()


async def test_bindings_replaced_per_instance_are_the_ones_shown_and_run() -> None:
    for lang, word in (("vi", "Quay lại"), ("en", "Back")):
        set_language(lang)
        app = WithFooter()
        async with app.run_test() as pilot:
            await pilot.pause()
            shown = {key: active.binding.description
                     for key, active in app.active_bindings.items()}
            assert shown["z"] == word
            await pilot.press("z")
            await pilot.pause()
            assert [str(n.message) for n in notifications(app)] == ["z"]
    set_language("vi")


def test_the_palette_still_has_the_method_and_names_ours_replaces() -> None:
    # TrackerPalette replaces this method and uses these names; a rename upstream must
    # fail here, not silently bring back Textual's English "No matches found".
    method = CommandPalette._start_no_matches_countdown
    assert list(inspect.signature(method).parameters) == ["self", "search_value"]
    for name in ("_stop_no_matches_countdown", "_NO_MATCHES", "_NO_MATCHES_COUNTDOWN"):
        assert hasattr(CommandPalette, name), name
