"""LiteralTextScreen: a long text (the original of a notice) shown literally in a
scrollable pane; Esc or q closes it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import CatalogBindings, bindings
from tui_tracker.ui.formatting import literal


class LiteralTextScreen(TrackerAccess, CatalogBindings, ModalScreen[None]):
    """A long text shown literally in a scrollable pane (the original of a notice)."""

    BINDINGS = bindings("text")  # Esc / q close

    CSS_PATH = "literal_text.tcss"  # its rules, beside it

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.body = text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.title_text), id="text-title")
            with VerticalScroll(id="text-scroll", can_focus=True):
                yield Static(literal(self.body), id="text-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#text-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
