"""Helpers shared by the notices, directive, agencies and import screens.

- notice text made literal: imported text is data, so `[bold]` must stay `[bold]` and an
  escape sequence must never reach the terminal (architecture.md, "Vietnamese text");
- TrackerScreen, the base of these screens: store access from thread workers, refresh on
  DataChanged and on resume, worker errors shown as one sentence.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static
from textual.worker import Worker, WorkerState

from tui_tracker.errors import TrackerError
from tui_tracker.i18n import t
from tui_tracker.text import strip_terminal_escapes
from tui_tracker.ui.bindings import CatalogBindings, bindings

# Controls left after escape sequences are gone (BEL, backspace, a lone ESC...): they would
# still move the cursor or beep, so they go too. Newline and tab are kept.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """Text from a notice made harmless for the terminal (escapes and controls removed)."""
    if not text:
        return ""
    return _CONTROLS.sub("", strip_terminal_escapes(text))


def literal(text: str | None, style: str = "") -> Content:
    """Notice text shown exactly as written: never parsed as markup."""
    return Content.styled(clean(text), style) if style else Content(clean(text))


def field_lines(rows: list[tuple[str, str | None]]) -> Table:
    """`Label  value` rows: labels bold in one column, values (literal, wrapped with a
    hanging indent) in the other; empty values are skipped."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in rows:
        if value:
            table.add_row(Text(label), Text(clean(value)))
    return table


def plain_text(renderable: Any, width: int = 200) -> str:
    """The text a renderable shows (tests and the help screen read it)."""
    plain = getattr(renderable, "plain", None)
    if isinstance(plain, str):
        return plain
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def error_text(error: BaseException) -> str:
    """One sentence for the user; a TrackerError already carries it, anything else is a bug
    that gets a generic sentence instead of a traceback."""
    if isinstance(error, TrackerError):
        return error.message
    return t("ui.common.unexpected", error=type(error).__name__)


def doc_type_name(code: str | None) -> str:
    """"TB" → "Thông báo"; unknown codes are shown as written."""
    if not code:
        return t("ui.common.none")
    key = f"ui.notices.doctype.{code}"
    name = t(key)
    return clean(code) if name == key else f"{name} ({clean(code)})"


class TrackerScreen(CatalogBindings, Screen):
    """Base of these screens: store access from thread workers, refresh on data changes.

    Subclasses implement `refresh_view(tables=...)`, which starts their thread worker(s). It
    runs when the screen is shown (pushed, or back on top after a dialog or another screen)
    and when the app broadcasts DataChanged. The app refreshes the VirtualTables itself on
    DataChanged, so `tables` is False then; it is True when the screen comes back on top.

    Textual calls the handlers of every class of the MRO, so subclasses override
    `refresh_view`, never `on_screen_resume` / `on_data_changed`. Worker failures become
    one-sentence notifications."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown_before = False

    @property
    def store(self) -> Any:
        return self.app.store  # type: ignore[attr-defined]

    @property
    def keymap(self) -> dict[str, str] | None:
        """The settings file's [keys], to name keys in hints as the user set them."""
        return getattr(self.app, "keymap_ids", None)

    @property
    def today(self) -> date:
        return self.app.today  # type: ignore[attr-defined]

    @property
    def soon_days(self) -> int:
        return getattr(self.app, "soon_days", 7)

    def refresh_view(self, *, tables: bool) -> None:
        """Fetch what the screen shows, in thread workers (tables: their data too)."""

    def on_screen_resume(self) -> None:
        # The tables load themselves when first mounted; afterwards, refetch on resume.
        self.refresh_view(tables=self._shown_before)
        self._shown_before = True

    def on_data_changed(self, _message: Message) -> None:
        self.refresh_view(tables=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.show_error(event.worker.error)

    def show_error(self, error: BaseException) -> None:
        self.notify(error_text(error), severity="error", markup=False)


class LiteralTextScreen(CatalogBindings, ModalScreen[None]):
    """A long text shown literally in a scrollable pane (the original of a notice)."""

    BINDINGS = bindings("text")  # Esc / q close

    DEFAULT_CSS = """
    LiteralTextScreen { align: center middle; }
    LiteralTextScreen > Vertical {
        width: 100%; height: 100%; border: round $accent; background: $surface;
    }
    LiteralTextScreen #text-title { text-style: bold; padding: 0 1; }
    LiteralTextScreen VerticalScroll { padding: 0 1; }
    """

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
