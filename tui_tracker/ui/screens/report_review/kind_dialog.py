"""Asked by `i` when a file could be a notice or an agency's report (no header says so):
"Thông báo giao nhiệm vụ hay báo cáo kết quả?"."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tui_tracker.i18n import t
from tui_tracker.ui.bindings import CatalogBindings, bindings, key_for
from tui_tracker.ui.formatting import literal


class LetterKindDialog(CatalogBindings, ModalScreen["str | None"]):
    """Dismisses with "notice", "report" (also Ctrl+S) or None (Esc)."""

    BINDINGS = bindings("dialog")
    DEFAULT_CLASSES = "dialog"
    CSS_PATH = "kind_dialog.tcss"  # its rules, beside it

    def __init__(self, name: str) -> None:
        super().__init__()
        self.file_name = name

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap_ids", None)
        with Vertical():
            yield Static(literal(t("replies.ui.kind.question", name=self.file_name)),
                         classes="title")
            yield Static(literal(t("replies.ui.kind.detail")), id="kind-detail")
            with Horizontal():
                yield Button(t("replies.ui.kind.notice"), id="kind-notice", compact=True)
                yield Button(f"{t('replies.ui.kind.report')} "
                             f"({key_for('dialog.submit', keymap)})", id="kind-report",
                             variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#kind-report", Button).focus()

    @on(Button.Pressed, "#kind-notice")
    def _notice(self) -> None:
        self.dismiss("notice")

    @on(Button.Pressed, "#kind-report")
    def action_submit(self) -> None:
        self.dismiss("report")

    def action_cancel(self) -> None:
        self.dismiss(None)
