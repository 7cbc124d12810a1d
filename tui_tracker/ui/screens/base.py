"""TrackerScreen, the base of every screen of the app: typed access to the app
(`self.tracker`, `self.store`, `self.today`...), refresh on DataChanged and on resume,
worker errors shown as one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import CatalogBindings
from tui_tracker.ui.formatting import error_text


class TrackerScreen(TrackerAccess, CatalogBindings, Screen[Any]):
    """Base of every screen: typed app access, refresh on data changes.

    Subclasses that fetch data implement `refresh_view(tables=...)`, which starts their thread worker(s). It
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
        # Set when what the screen shows was just deleted and it is leaving: a refresh
        # would only fail to find it ("Không tìm thấy chỉ đạo…") and say so as an error.
        self.closing = False

    def refresh_view(self, *, tables: bool) -> None:
        """Fetch what the screen shows, in thread workers (tables: their data too)."""

    def ask_before_leaving(self, leave: Callable[[], object]) -> bool:
        """A screen holding unsaved work asks before it goes (the app calls this before a
        key takes the user elsewhere): True if it asked, and then runs `leave` itself once
        the user agreed. By default there is nothing to lose: False."""
        return False

    def on_screen_resume(self) -> None:
        # The tables load themselves when first mounted; afterwards, refetch on resume.
        self.refresh_view(tables=self._shown_before)
        self._shown_before = True

    def on_data_changed(self, _message: Message) -> None:
        if not self.closing:
            self.refresh_view(tables=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None \
                and not self.closing:
            self.show_error(event.worker.error)

    def show_error(self, error: BaseException) -> None:
        self.notify(error_text(error), severity="error", markup=False)
