"""`?`: every key of the interface, from the bindings table, as the user's keymap sets it.

Rows come from ui/bindings.py, the one registry of every key of every screen: first the
keys of the screen the help was opened from, then those that work everywhere, then the
other screens'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui_tracker.i18n import t
from tui_tracker.ui.bindings import KEYS, bindings, key_for, keys_text
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.tasks.labels import status_legend
from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable


@dataclass(frozen=True)
class HelpRow:
    id: str
    scope: str
    keys: str
    action: str


def help_rows(keymap: dict[str, str] | None = None, screen: Screen[Any] | None = None) -> list[HelpRow]:
    """Every binding of ui/bindings.py (the one registry), as the user's keymap sets it.

    With `screen` (the one the help was opened from), the keys that work there come first:
    those of the screen and its widgets, then the app's; the other screens' keys follow."""
    rows = [HelpRow(spec.id, t(f"ui.scope.{spec.scope}"), keys_text(spec, keymap), t(spec.label))
            for spec in KEYS]
    if screen is None:
        return rows
    here: set[str] = set()
    nodes: list[Any] = [screen, *screen.query("*")]
    for node in nodes:
        # The node's bindings as Textual merged them (a subclass's key replaces its base's:
        # TaskList's Enter is not VirtualTable's); private, pinned by
        # tests/ui/test_textual_internals.py and the help snapshots.
        for items in node._bindings.key_to_bindings.values():
            here.update(binding.id for binding in items if binding.id)
    # Stable sort: the screen's own keys, then everywhere ("app"), then the rest.
    return sorted(rows, key=lambda row: 0 if row.id in here else
                  1 if row.id.startswith("app.") else 2)


def help_columns() -> list[Column]:
    return [
        Column("keys", t("ui.col.key"), lambda r: r.keys, width=16, style=lambda r: "accent"),
        Column("action", t("ui.col.action"), lambda r: r.action, ratio=2, min_width=14),
        Column("scope", t("ui.col.scope"), lambda r: r.scope, ratio=1, min_width=10,
               style=lambda r: "muted"),
        Column("id", "id", lambda r: r.id, width=20, min_table_width=100,
               style=lambda r: "muted"),
    ]


class HelpScreen(TrackerScreen):
    BINDINGS = bindings("help")

    def __init__(self, under: Screen[Any] | None = None) -> None:
        super().__init__(id="help")
        self.under = under

    def compose(self) -> ComposeResult:
        yield Static(Content(t("ui.help.title")), id="help-title")
        yield Static(Content(t("ui.help.intro", palette=key_for("app.palette", self.keymap))),
                     id="help-intro")
        # The glyphs the task lists show in place of the status under 100 columns.
        yield Static(Content(t("importui.help.legend", legend=status_legend())),
                     id="help-legend")
        table = VirtualTable(ListSource(help_rows(self.keymap, self.under)),
                             help_columns(), id="help-keys")
        table.auto_refresh = False
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(VirtualTable).focus()

    def action_close(self) -> None:
        self.dismiss(None)
