"""The history of one task: every change (when, who, what, note), oldest first.

    HistoryScreen(task) -> None     opened by TaskList's `h`
    history_change(entry) -> str    one change in words: the only wording of a change in
                                    the UI (the directive screen's history pane uses it)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from tui_tracker.i18n import t
from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import CatalogBindings, bindings, key_for
from tui_tracker.ui.formatting import clean_cell, fmt_date, fmt_timestamp
from tui_tracker.ui.tasks.dialogs import task_heading
from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable
from tui_tracker.wording import history_value

if TYPE_CHECKING:
    from tui_tracker.store import HistoryEntry, TaskRow


# The field an action changes when it says nothing else: no need to repeat it.
_IMPLIED_FIELD = {"status": "status", "import": "status", "extend": "due_on"}


def history_change(entry: HistoryEntry) -> str:
    """`chưa thực hiện → hoàn thành`, `gia hạn: 29/06/2026 → 15/07/2026`,
    `hoàn tác · hạn: 15/07/2026 → 29/06/2026`."""
    action = t(f"ui.history.action.{entry.action}")
    if action.startswith("ui."):
        action = clean_cell(entry.action)
    if not entry.field or entry.action == "note":
        return action  # a note: its text is in the note column, shown once

    def value(raw: str | None) -> str:
        return clean_cell(history_value(entry.field, raw, fmt_date))

    change = f"{value(entry.from_value)} → {value(entry.to_value)}"
    if entry.action == "import":
        change = value(entry.to_value)
    if entry.action == "status" and entry.field == "status":
        return change  # the column says "change"; the values say it is a status
    if _IMPLIED_FIELD.get(entry.action) == entry.field:
        return f"{action}: {change}"
    field = t(f"ui.history.field.{entry.field}")
    if field.startswith("ui."):
        field = clean_cell(entry.field)
    return f"{action} · {field}: {change}"


def history_columns() -> list[Column]:
    return [
        Column("at", t("ui.col.when"), lambda e: fmt_timestamp(e.at, empty=""), width=16),
        Column("user", t("ui.col.user"), lambda e: e.user, width=10, style=lambda e: "accent"),
        Column("change", t("ui.col.change"), history_change, ratio=3, min_width=20),
        Column("note", t("ui.col.note"), lambda e: e.note or "", ratio=1, min_width=8),
    ]


class HistoryScreen(TrackerAccess, CatalogBindings, ModalScreen[None]):
    """Every change of one task, oldest first, newest selected."""

    BINDINGS = bindings("help")
    DEFAULT_CLASSES = "dialog"  # its look: app.tcss

    class _Loaded(Message, bubble=False):
        def __init__(self, entries: list[HistoryEntry]) -> None:
            super().__init__()
            self.entries = entries

    def __init__(self, task: TaskRow) -> None:
        super().__init__()
        self.task_row = task

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(t("ui.history.title")), classes="title")
            yield Static(task_heading(self.task_row), classes="task")
            table = VirtualTable(ListSource([]), history_columns(), id="history",
                                 empty_text=t("ui.history.empty"))
            table.auto_refresh = False
            yield table
            close = key_for("help.close", self.keymap)
            yield Static(Content(t("ui.key.close") + ": " + close), classes="hint")

    def on_mount(self) -> None:
        self.query_one(VirtualTable).focus()
        self.load()

    def on_data_changed(self) -> None:
        self.load()

    def load(self) -> None:
        self._load(self.store, self.task_row.id)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self, store: Any, task_id: int) -> None:
        self.post_message(self._Loaded(store.history(task_id)))

    def on_history_screen__loaded(self, message: HistoryScreen._Loaded) -> None:
        table = self.query_one(VirtualTable)
        table.set_source(ListSource(message.entries), cursor=-1)

    def action_close(self) -> None:
        self.dismiss(None)
