"""Below 80×24 the screens cannot be laid out: one centred sentence instead of a broken
layout, gone as soon as the terminal is large enough again.

The app pushes it from its resize handler (`TrackerApp.check_terminal_size`) and pops it
when the size is back; the screens under it keep their state. Only ctrl+q works meanwhile.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from tui_tracker.i18n import t
from tui_tracker.ui.formatting import literal
from tui_tracker.ui.screens.base import TrackerScreen

MIN_WIDTH = 80
MIN_HEIGHT = 24


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(TrackerScreen):
    """A whole screen, not a modal one: nothing of the layout under it shows through."""

    CSS_PATH = "too_small.tcss"  # its rules, beside it

    def __init__(self, width: int, height: int) -> None:
        super().__init__(id="too-small-screen")
        self.size_seen = (width, height)

    def compose(self) -> ComposeResult:
        yield Static(self._text(*self.size_seen), id="too-small")

    def on_mount(self) -> None:
        # Only the sentence: no notification box over it (at 60x20 one would hide it).
        # Without the screen's rack, notifications wait for the screen under it.
        self.query("#textual-toastrack").remove()

    def _text(self, width: int, height: int) -> Content:
        return literal(t("importui.too_small", width=width, height=height,
                         min_width=MIN_WIDTH, min_height=MIN_HEIGHT))

    def show_size(self, width: int, height: int) -> None:
        self.size_seen = (width, height)
        self.query_one("#too-small", Static).update(self._text(width, height))
