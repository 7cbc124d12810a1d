"""What the directive, notice and notices screens share to correct stored data: run a
correction in a thread worker, tell the user its number and how to undo it, put it on
the session's undo stack, and undo the newest correction on `u`.

Every store call here is the session's own (the app's Store is one session), so `u`
never reverts another session's change; the store refuses with a sentence when what
the correction changed was changed again since.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import work
from textual.message import Message

from tui_tracker.errors import ConflictError, TrackerError
from tui_tracker.i18n import t
from tui_tracker.ui import undo_stack
from tui_tracker.ui.bindings import key_for
from tui_tracker.ui.formatting import error_text
from tui_tracker.ui.messages import DataWritten


class Correcting:
    """Mixin for a TrackerScreen (it has `store`, `app`, `notify`, `post_message`)."""

    class _Corrected(Message):
        def __init__(self, change: int, detail: str, undo: bool, closes: bool) -> None:
            super().__init__()
            self.change = change
            self.detail = detail
            self.undo = undo
            self.closes = closes

    class _CorrectionFailed(Message):
        def __init__(self, error: BaseException) -> None:
            super().__init__()
            self.error = error

    def run_correction(self, call: Callable[[Any], int], detail: str, *,
                       closes: bool = False) -> None:
        """Run `call(store)` (returns a change number) in a worker; `closes`: the screen
        shows something that no longer exists afterwards (a delete) and goes back."""
        self._correction_worker(call, detail, False, closes)

    @work(thread=True, exit_on_error=False, group="correction")
    def _correction_worker(self, call: Callable[[Any], int], detail: str, undo: bool,
                           closes: bool) -> None:
        try:
            change = call(self.store)  # type: ignore[attr-defined]
        except Exception as error:  # noqa: BLE001 - shown, never fatal
            self.post_message(self._CorrectionFailed(error))  # type: ignore[attr-defined]
        else:
            self.post_message(self._Corrected(change, detail, undo,  # type: ignore[attr-defined]
                                              closes))

    def corrected(self, change: int, detail: str, *, closes: bool = False) -> None:
        """A dialog saved correction `change` itself: record it like run_correction."""
        self._after_correction(self._Corrected(change, detail, False, closes))

    # Handlers by name (on_<outer class>_<message>), not @on: this mixin is no
    # MessagePump, so Textual would not collect its decorated handlers.
    def on_correcting__corrected(self, message: _Corrected) -> None:
        self._after_correction(message)

    def _after_correction(self, message: _Corrected) -> None:
        app: Any = self.app  # type: ignore[attr-defined]
        if message.undo:
            undo_stack.drop(app, "correction", message.change)
            text = t("corrections.ui.undone")
        else:
            undo_stack.push(app, "correction", message.change)
            text = t("corrections.ui.saved", detail=message.detail, change=message.change,
                     undo=key_for("tasks.undo", getattr(app, "keymap_ids", None)))
        self.notify(text, markup=False)  # type: ignore[attr-defined]
        self.post_message(DataWritten())  # type: ignore[attr-defined]
        if message.closes and app.screen is self:
            app.pop_screen()

    def on_correcting__correction_failed(self, message: _CorrectionFailed) -> None:
        error = message.error
        severity = "warning" if isinstance(error, TrackerError | ConflictError) else "error"
        self.notify(error_text(error), severity=severity, markup=False)  # type: ignore[attr-defined]

    def on_undo_correction(self, message: undo_stack.UndoCorrection) -> None:
        message.stop()
        self._undo(message.change_id)

    def _undo(self, change: int) -> None:
        self._correction_worker(lambda store: _undo_and_keep(store, change), "", True, False)

    def action_undo_correction(self) -> None:
        """`u` where no task list has the focus: undo the session's newest correction."""
        newest = undo_stack.last(self.app)  # type: ignore[attr-defined]
        if newest is None or newest[0] != "correction":
            self.notify(t("corrections.ui.nothing_to_undo"), markup=False)  # type: ignore[attr-defined]
            return
        self._undo(newest[1])


def _undo_and_keep(store: Any, change: int) -> int:
    """Undo `change`; the result names the undone change so it leaves the stack."""
    store.undo_change(change)
    return change
