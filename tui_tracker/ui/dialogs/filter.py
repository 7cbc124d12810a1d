"""FilterDialog(current: TaskFilter | None): a modal form for every filter of a task list
(text, status, agency, deadline class, due window); dismisses with the new TaskFilter, or
None when cancelled."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from tui_tracker.i18n import t
from tui_tracker.model import Status, Urgency
from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import CatalogBindings, bindings, dialog_hint
from tui_tracker.ui.widgets.quiet_input import labelled_field

if TYPE_CHECKING:
    from tui_tracker.store import TaskFilter

OPEN_STATUSES = (Status.TODO, Status.IN_PROGRESS, Status.REPORTED, Status.PAUSED)
FILTER_URGENCIES = (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON, Urgency.LATER,
                    Urgency.NO_DEADLINE)


class FilterDialog(TrackerAccess, CatalogBindings, ModalScreen["TaskFilter | None"]):
    """A form for every filter of a task list; Enter or Ctrl+S applies, Esc cancels."""

    BINDINGS = bindings("dialog")
    DEFAULT_CLASSES = "dialog"  # its look: app.tcss

    def __init__(self, current: TaskFilter | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        current = self.current
        status = current.statuses[0] if current and current.statuses else Select.NULL
        urgency = current.urgencies[0] if current and current.urgencies else Select.NULL
        with Vertical():
            yield Static(Content(t("ui.filter.title")), classes="title")
            yield from labelled_field(t("ui.filter.field.search"),
                                      current.search or "" if current else "", id="search")
            yield Label(Content(t("ui.filter.field.status")))
            yield Select([(t(f"status.{s}"), s) for s in OPEN_STATUSES], id="status",
                         prompt=t("ui.filter.any"), value=status, compact=True)
            yield from labelled_field(t("ui.filter.field.agency"),
                                      current.agency or "" if current else "", id="agency")
            yield Label(Content(t("ui.filter.field.urgency")))
            yield Select([(t(f"ui.urgency.{u}"), u) for u in FILTER_URGENCIES], id="urgency",
                         prompt=t("ui.filter.any"), value=urgency, compact=True)
            due = "" if not current or current.due_within is None else str(current.due_within)
            yield from labelled_field(t("ui.filter.field.due_within"), due, id="due_within",
                                      restrict=r"[0-9]*")
            # Tasks whose agency asked for an extension (a report letter) not decided yet.
            yield Checkbox(t("replies.filter.extension_field"),
                           bool(current and current.extension_requested),
                           id="extension_requested", compact=True)
            yield Static("", classes="error", id="error")
            yield Static(Content(dialog_hint(self.app)), classes="hint")

    def on_mount(self) -> None:
        self.query_one("#search", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_submit()

    def action_submit(self) -> None:
        from tui_tracker.store import TaskFilter

        days_text = self.query_one("#due_within", Input).value.strip()
        due_within: int | None = None
        if days_text:
            try:
                due_within = int(days_text)
            except ValueError:
                self.query_one("#error", Static).update(Content(t("ui.filter.bad_days")))
                return
        status = self.query_one("#status", Select).value
        urgency = self.query_one("#urgency", Select).value
        base = self.current or TaskFilter(open_only=True)
        result = dataclasses.replace(
            base,
            search=self.query_one("#search", Input).value.strip() or None,
            agency=self.query_one("#agency", Input).value.strip() or None,
            # A str, or Select.NULL when nothing is chosen.
            statuses=(Status(status),) if isinstance(status, str) else None,
            urgencies=(Urgency(urgency),) if isinstance(urgency, str) else None,
            due_within=due_within,
            extension_requested=self.query_one("#extension_requested", Checkbox).value,
        )
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)
