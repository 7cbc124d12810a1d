"""The filter bar of task lists.

- `FilterBar`: one line saying which filters are on ("Lọc: quá hạn · cơ quan “Sở KHCN”
  — Esc bỏ lọc") or, when none, the keys that set them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from tui_tracker.i18n import t, tn
from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import key_for
from tui_tracker.ui.formatting import clean_cell

if TYPE_CHECKING:
    from tui_tracker.store import TaskFilter


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
    if getattr(value, "extension_requested", False):
        parts.append(t("replies.filter.extension"))
    return parts


def is_filtered(value: TaskFilter | None) -> bool:
    return bool(describe_filter(value))


class FilterBar(TrackerAccess, Static):
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

    def show_filter(self, value: TaskFilter | None) -> None:
        parts = describe_filter(value)
        self.set_class(bool(parts), "-active")
        if parts:
            text = Content.assemble(t("ui.filter.label"), " ", " · ".join(parts), " — ",
                                    t("ui.filter.clear_hint",
                                      clear=key_for("countdown.clear", self.keymap)))
        else:
            keymap = self.keymap
            text = Content(t("ui.filter.none", filter=key_for("countdown.filter", keymap),
                             overdue=key_for("countdown.overdue", keymap),
                             search=key_for("app.search", keymap)))
        self.update(text)
