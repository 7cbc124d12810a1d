"""Enter in the report review: pick the task a letter's item is about, among the tasks of
its notice (or of every notice the letter answers); Enter picks, Esc cancels."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from tui_tracker.i18n import t
from tui_tracker.replies.queries import StoredTask
from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import CatalogBindings, bindings, key_for
from tui_tracker.ui.formatting import clean_cell, fit_agency_name, literal
from tui_tracker.ui.tasks.labels import status_label
from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable


def picker_columns() -> list[Column]:
    return [
        Column("id", "#", lambda task: str(task.id), width=5, style=lambda task: "muted"),
        Column("ref", t("ui.col.ref"), lambda task: clean_cell(task.ref), width=8,
               style=lambda task: "accent"),
        Column("agency", t("ui.col.agency"), lambda task: task.agency, ratio=2, min_width=12,
               fit=lambda task, width: fit_agency_name(task.agency, width)),
        Column("role", t("ui.col.role"), lambda task: t(f"role.{task.role}"), width=9),
        Column("status", t("ui.col.status"), lambda task: status_label(task.status), width=15,
               min_table_width=90),
        Column("summary", t("ui.col.summary"), lambda task: task.summary, ratio=3,
               min_width=12),
    ]


class TaskPickerDialog(TrackerAccess, CatalogBindings, ModalScreen["StoredTask | None"]):
    """The tasks to choose from; dismisses with the one picked, or None."""

    BINDINGS = bindings("dialog")  # ctrl+s picks the highlighted task, Esc cancels
    DEFAULT_CLASSES = "dialog"
    CSS_PATH = "task_picker.tcss"  # its rules, beside it

    def __init__(self, title: str, tasks: list[StoredTask], current: int | None) -> None:
        super().__init__()
        self.title_text = title
        self.tasks = tasks
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.title_text), classes="title")
            table = VirtualTable(ListSource(self.tasks), picker_columns(), id="picker-table",
                                 empty_text=t("replies.ui.no_tasks"))
            table.auto_refresh = False
            yield table
            keymap = self.keymap
            yield Static(literal(t("replies.ui.pick_hint", pick=key_for("table.select", keymap),
                                   cancel=key_for("dialog.cancel", keymap))), classes="hint")

    def on_mount(self) -> None:
        self.query_one(VirtualTable).focus()

    @on(VirtualTable.DataLoaded, "#picker-table")
    def _loaded(self) -> None:
        # The cursor starts on the task the item is matched to now, once the rows are in.
        index = next((i for i, task in enumerate(self.tasks) if task.id == self.current), 0)
        table = self.query_one(VirtualTable)
        if index and table.cursor_index != index:
            table.move_cursor(index)

    @on(VirtualTable.RowSelected, "#picker-table")
    def _selected(self, event: VirtualTable.RowSelected) -> None:
        self.dismiss(event.row)

    def action_submit(self) -> None:
        self.dismiss(self.query_one(VirtualTable).cursor_row)

    def action_cancel(self) -> None:
        self.dismiss(None)
