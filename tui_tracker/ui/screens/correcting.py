"""What the directive, notice and notices screens share to correct stored data: run a
correction in a thread worker, tell the user its number and how to undo it, put it on
the session's undo stack, and undo the newest correction on `u`.

Every store call here is the session's own (the app's Store is one session), so `u`
never reverts another session's change; the store refuses with a sentence when what
the correction changed was changed again since.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from tui_tracker.errors import ConflictError, TrackerError
from tui_tracker.i18n import t
from tui_tracker.ui import undo_stack
from tui_tracker.ui.bindings import key_for
from tui_tracker.ui.formatting import error_text
from tui_tracker.ui.messages import DataWritten

if TYPE_CHECKING:
    from tui_tracker.store import Store
    from tui_tracker.ui.screens.base import TrackerScreen

    _Screen = TrackerScreen  # for the type checker (see ui/access.py)
else:
    _Screen = object


class Correcting(_Screen):
    """Mixin for a TrackerScreen: `self.store`, `self.tracker` (the app), `notify`."""

    class _Corrected(Message):
        def __init__(self, change: int, detail: str, closes: bool) -> None:
            super().__init__()
            self.change = change
            self.detail = detail
            self.closes = closes

    class _CorrectionFailed(Message):
        def __init__(self, error: BaseException) -> None:
            super().__init__()
            self.error = error

    def run_correction(self, call: Callable[[Store], int], detail: str, *,
                       closes: bool = False) -> None:
        """Run `call(store)` (returns a change number) in a worker; `closes`: the screen
        shows something that no longer exists afterwards (a delete) and goes back."""
        if closes:
            # From now on a refresh may no longer find what the screen shows: quiet.
            self.closing = True
        self._correction_worker(call, detail, closes)

    @work(thread=True, exit_on_error=False, group="correction")
    def _correction_worker(self, call: Callable[[Store], int], detail: str,
                           closes: bool) -> None:
        try:
            change = call(self.store)
        except Exception as error:  # noqa: BLE001 - shown, never fatal
            self.post_message(self._CorrectionFailed(error))
        else:
            self.post_message(self._Corrected(change, detail, closes))

    def corrected(self, change: int, detail: str, *, closes: bool = False) -> None:
        """A dialog saved correction `change` itself: record it like run_correction."""
        self._after_correction(self._Corrected(change, detail, closes))

    # Handlers by name (on_<outer class>_<message>), not @on: this mixin is no
    # MessagePump, so Textual would not collect its decorated handlers.
    def on_correcting__corrected(self, message: _Corrected) -> None:
        self._after_correction(message)

    def _after_correction(self, message: _Corrected) -> None:
        app = self.tracker
        undo_stack.push(app, "correction", message.change)
        text = t("corrections.ui.saved", detail=message.detail, change=message.change,
                 undo=key_for("tasks.undo", app.keymap_ids))
        if message.closes and app.screen is self:
            app.pop_screen()  # what the screen showed is gone
        app.notify(text, markup=False)
        app.post_message(DataWritten())

    def on_correcting__correction_failed(self, message: _CorrectionFailed) -> None:
        self.closing = False  # nothing was deleted: the screen stays and refreshes again
        error = message.error
        self.notify(error_text(error), markup=False,
                    severity="warning" if isinstance(error, TrackerError | ConflictError)
                    else "error")

    def action_undo_correction(self) -> None:
        """`u` where no task list has the focus: the session's newest change (the app's)."""
        self.post_message(undo_stack.UndoNewest())
