"""The filter bar of task lists, the filter dialog, and a quiet Input.

- `FilterBar`: one line saying which filters are on ("Lọc: quá hạn · cơ quan “Sở KHCN”
  — Esc bỏ lọc") or, when none, the keys that set them.
- `FilterDialog(current: TaskFilter | None)`: a modal form (text, status, agency, deadline
  class, due window); dismisses with the new TaskFilter, or None when cancelled.
- `QuietInput`: an Input that does not blink (a blinking cursor costs ~20 KB per 10 s of
  idle SSH traffic); use it for every text field.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from tui_tracker.i18n import t, tn
from tui_tracker.model import Status, Urgency
from tui_tracker.ui.bindings import CatalogBindings, bindings, dialog_hint, key_for
from tui_tracker.ui.formatting import clean_cell

if TYPE_CHECKING:
    from tui_tracker.store import TaskFilter


class QuietInput(Input):
    """An Input whose cursor does not blink."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cursor_blink = False


OPEN_STATUSES = (Status.TODO, Status.IN_PROGRESS, Status.REPORTED, Status.PAUSED)
FILTER_URGENCIES = (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON, Urgency.LATER,
                    Urgency.NO_DEADLINE)


def describe_filter(value: TaskFilter | None) -> list[str]:
    """Each active filter as a short phrase in the interface language."""
    if value is None:
        return []
    parts: list[str] = []
    if value.urgencies:
        parts.append(t("ui.filter.urgency", urgency=" + ".join(
            t(f"ui.urgency.{u}").lower() for u in value.urgencies)))
    if value.statuses:
        parts.append(t("ui.filter.status", status=" + ".join(
            t(f"status.{s}") for s in value.statuses)))
    if value.agency:
        parts.append(t("ui.filter.agency", agency=clean_cell(value.agency)))
    if value.due_within is not None:
        parts.append(tn("ui.filter.due_within", value.due_within, days=value.due_within))
    if value.search:
        parts.append(t("ui.filter.search", text=clean_cell(value.search)))
    return parts


def is_filtered(value: TaskFilter | None) -> bool:
    return bool(describe_filter(value))


class FilterBar(Static):
    """One line describing the active filters of a task list."""

    DEFAULT_CSS = """
    FilterBar {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    FilterBar.-active {
        color: $text-accent;
        text-style: bold;
    }
    """

    def _keymap(self) -> dict[str, str] | None:
        return getattr(self.app, "keymap_ids", None)

    def show_filter(self, value: TaskFilter | None) -> None:
        parts = describe_filter(value)
        self.set_class(bool(parts), "-active")
        if parts:
            text = Content.assemble(t("ui.filter.label"), " ", " · ".join(parts), " — ",
                                    t("ui.filter.clear_hint",
                                      clear=key_for("countdown.clear", self._keymap())))
        else:
            keymap = self._keymap()
            text = Content(t("ui.filter.none", filter=key_for("countdown.filter", keymap),
                             overdue=key_for("countdown.overdue", keymap),
                             search=key_for("app.search", keymap)))
        self.update(text)


class FilterDialog(CatalogBindings, ModalScreen["TaskFilter | None"]):
    """A form for every filter of a task list; Enter or Ctrl+S applies, Esc cancels."""

    BINDINGS = bindings("dialog")

    DEFAULT_CSS = """
    FilterDialog { align: center middle; }
    FilterDialog > Vertical {
        width: 70;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    FilterDialog .title { text-style: bold; width: 100%; }
    FilterDialog Label { margin-top: 0; color: $text-muted; }
    FilterDialog Input, FilterDialog Select { width: 100%; }
    FilterDialog .error { color: $text-error; height: auto; }
    FilterDialog .hint { color: $text-muted; }
    """

    def __init__(self, current: TaskFilter | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        current = self.current
        status = current.statuses[0] if current and current.statuses else Select.NULL
        urgency = current.urgencies[0] if current and current.urgencies else Select.NULL
        with Vertical():
            yield Static(Content(t("ui.filter.title")), classes="title")
            yield Label(Content(t("ui.filter.field.search")))
            yield QuietInput(current.search or "" if current else "", id="search",
                             compact=True)
            yield Label(Content(t("ui.filter.field.status")))
            yield Select([(t(f"status.{s}"), s) for s in OPEN_STATUSES], id="status",
                         prompt=t("ui.filter.any"), value=status, compact=True)
            yield Label(Content(t("ui.filter.field.agency")))
            yield QuietInput(current.agency or "" if current else "", id="agency",
                             compact=True)
            yield Label(Content(t("ui.filter.field.urgency")))
            yield Select([(t(f"ui.urgency.{u}"), u) for u in FILTER_URGENCIES], id="urgency",
                         prompt=t("ui.filter.any"), value=urgency, compact=True)
            yield Label(Content(t("ui.filter.field.due_within")))
            due = "" if not current or current.due_within is None else str(current.due_within)
            yield QuietInput(due, id="due_within", compact=True, restrict=r"[0-9]*")
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
            statuses=(Status(status),) if status is not Select.NULL else None,
            urgencies=(Urgency(urgency),) if urgency is not Select.NULL else None,
            due_within=due_within,
        )
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)
