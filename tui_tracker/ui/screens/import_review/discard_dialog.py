"""Asked when the review is left with corrections in it: "Bỏ các sửa đổi?"."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui_tracker.i18n import t, tn
from tui_tracker.ui.bindings import CatalogBindings, bindings, key_for
from tui_tracker.ui.formatting import literal


class DiscardDialog(CatalogBindings, ModalScreen[bool]):
    """Yes/no: throw the corrections away (True) or go on reviewing (False, also Esc)."""

    BINDINGS = bindings("dialog")  # ctrl+s: discard, Esc: keep reviewing

    DEFAULT_CLASSES = "dialog"  # the box and its title: app.tcss
    DEFAULT_CSS = """
    DiscardDialog.dialog > Vertical { width: 60; border: round $warning; }
    DiscardDialog #discard-question { margin-top: 1; }
    DiscardDialog #discard-detail { color: $text-muted; margin-top: 1; }
    DiscardDialog Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    DiscardDialog Button { margin-left: 2; min-width: 10; }
    """

    def __init__(self, edited: int, removed: int) -> None:
        super().__init__()
        self.edited = edited
        self.removed = removed

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap_ids", None)
        with Vertical():
            yield Static(literal(t("importui.discard.question")), id="discard-question",
                         classes="title")
            yield Static(literal(t("importui.discard.detail",
                                   edited=tn("ui.n.directives", self.edited),
                                   removed=tn("ui.n.directives", self.removed))),
                         id="discard-detail")
            with Horizontal():
                yield Button(f"{t('importui.discard.yes')} ({key_for('dialog.submit', keymap)})",
                             id="discard-yes", variant="warning", compact=True)
                yield Button(f"{t('importui.discard.no')} ({key_for('dialog.cancel', keymap)})",
                             id="discard-no", variant="primary", compact=True)

    def on_mount(self) -> None:
        # The safe answer has the focus: Enter twice never throws work away by accident.
        self.query_one("#discard-no", Button).focus()

    @on(Button.Pressed, "#discard-yes")
    def action_submit(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#discard-no")
    def action_cancel(self) -> None:
        self.dismiss(False)
