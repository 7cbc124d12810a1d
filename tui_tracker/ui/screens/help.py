"""`?`: every key of the interface, from the bindings table, as the user's keymap sets it.

Rows come from ui/bindings.py (every scope), then the keys of the screen the help was
opened from that the table does not know (the other screens' own bindings).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui_tracker.i18n import t
from tui_tracker.ui.bindings import KEYS, CatalogBindings, bindings, key_label, keys_text
from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable


@dataclass(frozen=True)
class HelpRow:
    id: str
    scope: str
    keys: str
    action: str


def help_rows(keymap: dict[str, str] | None = None, screen: Screen | None = None) -> list[HelpRow]:
    rows = [HelpRow(spec.id, t(f"ui.scope.{spec.scope}"), keys_text(spec, keymap), t(spec.label))
            for spec in KEYS]
    if screen is not None:
        known = {spec.id for spec in KEYS}
        # The screen's own keys (and its widgets'), translated already by CatalogBindings.
        extra: dict[str, HelpRow] = {}
        nodes: list[Any] = [screen, *screen.query("*")]
        for node in nodes:
            for key, items in node._bindings.key_to_bindings.items():
                for binding in items:
                    binding_id = binding.id or f"{type(node).__name__}.{binding.action}"
                    if binding_id in known or binding.system or not binding.description:
                        continue
                    label = key_label(key)
                    if binding_id in extra:
                        row = extra[binding_id]
                        if label not in row.keys.split(", "):
                            extra[binding_id] = HelpRow(row.id, row.scope,
                                                        f"{row.keys}, {label}", row.action)
                    else:
                        scope = getattr(screen, "title", None) or type(screen).__name__
                        extra[binding_id] = HelpRow(binding_id, str(scope), label,
                                                    binding.description)
        rows.extend(extra.values())
    return rows


def help_columns() -> list[Column]:
    return [
        Column("keys", t("ui.col.key"), lambda r: r.keys, width=16, style=lambda r: "accent"),
        Column("action", t("ui.col.action"), lambda r: r.action, ratio=2, min_width=14),
        Column("scope", t("ui.col.scope"), lambda r: r.scope, ratio=1, min_width=10,
               style=lambda r: "muted"),
        Column("id", "id", lambda r: r.id, width=20, min_table_width=100,
               style=lambda r: "muted"),
    ]


class HelpScreen(CatalogBindings, Screen[None]):
    BINDINGS = bindings("help")

    def __init__(self, under: Screen | None = None) -> None:
        super().__init__(id="help")
        self.under = under

    def compose(self) -> ComposeResult:
        app: Any = self.app
        yield Static(Content(t("ui.help.title")), id="help-title")
        yield Static(Content(t("ui.help.intro")), id="help-intro")
        table = VirtualTable(ListSource(help_rows(getattr(app, "keymap_ids", {}), self.under)),
                             help_columns(), id="help-keys")
        table.auto_refresh = False
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(VirtualTable).focus()

    def action_close(self) -> None:
        self.dismiss(None)
