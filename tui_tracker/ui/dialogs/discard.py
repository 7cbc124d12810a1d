"""Asked before anything typed is thrown away: "Bỏ các sửa đổi?".

    DiscardDialog(question, detail) -> True (throw it away) / False (go on)

Opened by the import review when it is left with corrections in it (by any key that
leaves it: Esc, c, t, a, r, i, Ctrl+Q), and by a form dialog whose fields were typed in
when Esc would close it. Its keys are its own (scope "discard"): `D` throws away, Esc
goes back to the work; never Ctrl+S, which saves everywhere else. The safe answer has
the focus, so Enter twice never loses work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui_tracker.i18n import t
from tui_tracker.ui.bindings import CatalogBindings, bindings, key_for
from tui_tracker.ui.formatting import literal


class DiscardDialog(CatalogBindings, ModalScreen[bool]):
    """Yes/no: throw the work away (True) or go on with it (False, also Esc)."""

    BINDINGS = bindings("discard")  # D: discard, Esc: keep

    DEFAULT_CLASSES = "dialog"  # the box and its title: app.tcss
    CSS_PATH = "discard.tcss"  # its rules, beside it

    def __init__(self, question: str, detail: str, *, yes: str, no: str) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap_ids", None)
        with Vertical():
            yield Static(literal(self.question), id="discard-question", classes="title")
            yield Static(literal(self.detail), id="discard-detail")
            with Horizontal():
                yield Button(f"{self.yes} ({key_for('discard.yes', keymap)})",
                             id="discard-yes", variant="warning", compact=True)
                yield Button(f"{self.no} ({key_for('discard.no', keymap)})",
                             id="discard-no", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#discard-no", Button).focus()

    @on(Button.Pressed, "#discard-yes")
    def action_discard(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#discard-no")
    def action_keep(self) -> None:
        self.dismiss(False)


if TYPE_CHECKING:
    _Modal = ModalScreen[Any]  # for the type checker (see ui/access.py)
else:
    _Modal = object


class KeepsTypedWork(_Modal):
    """Mixin for a form dialog (a ModalScreen with Inputs): `cancel_asking(close)` closes
    at once when no field changed since `remember_fields()`, else asks first."""

    _fields_at_start: dict[str | None, str] | None = None

    def _field_values(self) -> dict[str | None, str]:
        from textual.widgets import Input

        return {field.id: field.value for field in self.query(Input)}

    def remember_fields(self) -> None:
        self._fields_at_start = self._field_values()

    def fields_changed(self) -> bool:
        return self._fields_at_start is not None and \
            self._field_values() != self._fields_at_start

    def cancel_asking(self, close: Callable[[], object]) -> None:
        if not self.fields_changed():
            close()
            return

        def answered(discard: bool | None) -> None:
            if discard:
                close()

        self.app.push_screen(DiscardDialog(
            t("importui.discard.typed.question"), t("importui.discard.typed.detail"),
            yes=t("importui.discard.typed.yes"), no=t("importui.discard.typed.no")), answered)
