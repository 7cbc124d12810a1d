"""Every key of the interface, in one table, each with an id (Posting's habit).

- `KEYS` lists every binding: id, default key(s), action, catalog key of its description,
  the scope it belongs to, and whether the footer shows it.
- `bindings(scope)` gives the Textual `Binding`s of a scope for a class's `BINDINGS`; their
  descriptions are catalog keys, translated when a widget is built (`CatalogBindings`),
  because the language is chosen at start-up, after the classes are defined.
- A settings file's `[keys]` section maps ids to keys (`"tasks.done" = "d"`,
  `"app.notices" = "f2,t"`); the app passes it to `App.set_keymap`, which Textual applies
  by binding id. `effective_keys(keymap)` gives what the help screen shows.

This is the one registry: every binding of every screen and widget is here (a test checks
that no class declares a Binding of its own), so every key can be remapped and the help
screen lists them all. Scopes (the id without its last part): "app" (everywhere), "table"
(any VirtualTable), "tasks" (any TaskList: triage), "countdown" (home screen), "search",
"dialog" (modal dialogs), "help", "notices", "notice", "directive", "agencies", "agency",
"import", "import.review", "replies.review" (an agency's report letter), "report", "text"
(a long text shown literally).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingsMap, BindingType

from tui_tracker.i18n import catalog, t


@dataclass(frozen=True)
class KeySpec:
    id: str
    key: str  # default key(s), comma separated, Textual key names
    action: str
    label: str  # catalog key of the description
    scope: str
    show: bool = True  # in the footer
    priority: bool = False
    group: str | None = None  # catalog key of a footer group ("ui.group.status")
    key_display: str | None = None


KEYS: tuple[KeySpec, ...] = (
    # Everywhere.
    KeySpec("app.quit", "ctrl+q", "quit", "ui.key.quit", "app", show=False, priority=True),
    # q quits too, but only from a top-level screen (the countdown, notices, agencies): in a
    # field it types a q, on a pushed screen it would surprise (the app's check_action).
    KeySpec("app.quit_top", "q", "quit_top", "importui.key.quit_top", "app", show=False),
    KeySpec("app.help", "question_mark,f1", "help", "ui.key.help", "app"),
    KeySpec("app.search", "slash", "search", "ui.key.search", "app"),
    KeySpec("app.palette", "ctrl+p", "command_palette", "ui.key.palette", "app", show=False,
            priority=True),
    KeySpec("app.home", "c,f4", "home", "ui.key.home", "app", show=False),
    KeySpec("app.notices", "t,f2", "notices", "ui.key.notices", "app", show=False),
    KeySpec("app.agencies", "a,f3", "agencies", "ui.key.agencies", "app", show=False),
    KeySpec("app.import", "i,f5", "import_notices", "ui.key.import", "app", show=False),
    KeySpec("app.report", "r,f6", "report", "ui.key.report", "app", show=False),
    KeySpec("app.back", "escape", "back", "ui.key.back", "app", show=False),
    # u undoes this session's newest change from any screen (the lists' own u does too).
    KeySpec("app.undo", "u", "undo", "ui.key.undo", "app", show=False),
    # Any table.
    KeySpec("table.up", "up,k", "cursor_up", "ui.key.up", "table", show=False),
    KeySpec("table.down", "down,j", "cursor_down", "ui.key.down", "table", show=False),
    KeySpec("table.page_up", "pageup", "page_up", "ui.key.page_up", "table", show=False),
    KeySpec("table.page_down", "pagedown", "page_down", "ui.key.page_down", "table",
            show=False),
    KeySpec("table.first", "home,g", "first", "ui.key.first", "table", show=False),
    KeySpec("table.last", "end,G", "last", "ui.key.last", "table", show=False),
    KeySpec("table.select", "enter", "select", "ui.key.select", "table", show=False),
    # Any list of tasks: triage.
    KeySpec("tasks.todo", "1", "set_status('todo')", "ui.key.todo", "tasks",
            group="ui.group.status"),
    KeySpec("tasks.in_progress", "2", "set_status('in_progress')", "ui.key.in_progress",
            "tasks", group="ui.group.status"),
    KeySpec("tasks.reported", "3", "set_status('reported')", "ui.key.reported", "tasks",
            group="ui.group.status"),
    KeySpec("tasks.done", "4", "set_status('done')", "ui.key.done", "tasks",
            group="ui.group.status"),
    KeySpec("tasks.paused", "5", "set_status('paused')", "ui.key.paused", "tasks",
            group="ui.group.status"),
    KeySpec("tasks.cancelled", "6", "set_status('cancelled')", "ui.key.cancelled", "tasks",
            group="ui.group.status"),
    KeySpec("tasks.note", "n", "note", "ui.key.note", "tasks"),
    KeySpec("tasks.extend", "e", "extend", "ui.key.extend", "tasks"),
    KeySpec("tasks.undo", "u", "undo", "ui.key.undo", "tasks"),
    KeySpec("tasks.history", "h", "history", "ui.key.history", "tasks", show=False),
    KeySpec("tasks.open", "enter", "select", "ui.key.open_directive", "tasks", show=False),
    # Home screen.
    KeySpec("countdown.filter", "f", "filter", "ui.key.filter", "countdown", show=False),
    KeySpec("countdown.overdue", "o", "toggle_overdue", "ui.key.overdue_only", "countdown",
            show=False),
    KeySpec("countdown.clear", "escape,x", "clear_filters", "ui.key.clear_filters",
            "countdown", show=False),
    # Search screen.
    KeySpec("search.close", "escape", "close", "ui.key.close", "search"),
    KeySpec("search.open", "enter", "open", "ui.key.open", "search"),
    KeySpec("search.up", "up", "move(-1)", "ui.key.up", "search", show=False),
    KeySpec("search.down", "down", "move(1)", "ui.key.down", "search", show=False),
    KeySpec("search.page_up", "pageup", "move(-10)", "ui.key.page_up", "search", show=False),
    KeySpec("search.page_down", "pagedown", "move(10)", "ui.key.page_down", "search",
            show=False),
    # Dialogs.
    KeySpec("dialog.submit", "ctrl+s", "submit", "ui.key.submit", "dialog"),
    KeySpec("dialog.cancel", "escape", "cancel", "ui.key.cancel", "dialog"),
    # The extension dialog of a task whose agency asked for more time: not granted.
    KeySpec("extend.refuse", "ctrl+r", "refuse", "ui.key.refuse_extension", "extend"),
    # "Throw away what was typed?": keys of its own, so that Ctrl+S never means "discard".
    KeySpec("discard.yes", "D", "discard", "importui.discard.binding.yes", "discard"),
    KeySpec("discard.no", "escape", "keep", "importui.discard.binding.no", "discard"),
    # Help (and the history of a task, a dialog that reads like it).
    KeySpec("help.close", "escape,q", "close", "ui.key.close", "help"),
    # The list of notices. Enter is a priority binding so the footer shows it over the
    # table's own (hidden) Enter; Esc clears the filter, else falls through to "back".
    KeySpec("notices.open", "enter", "open", "ui.notices.binding.open", "notices",
            priority=True),
    KeySpec("notices.filter", "f", "filter", "ui.notices.binding.search", "notices"),
    KeySpec("notices.undo", "u", "undo_correction", "ui.key.undo", "notices", show=False),
    KeySpec("notices.clear_filter", "escape", "clear_filter", "ui.notices.binding.clear",
            "notices"),
    # One notice.
    KeySpec("notice.open", "enter", "open", "ui.notices.binding.directive", "notice",
            priority=True),
    KeySpec("notice.original", "o", "original", "ui.notices.binding.original", "notice"),
    KeySpec("notice.edit", "E", "edit_notice", "ui.corrections.key.edit_notice", "notice"),
    KeySpec("notice.delete", "D", "delete_notice", "ui.corrections.key.delete_notice", "notice",
            show=False),
    KeySpec("notice.undo", "u", "undo_correction", "ui.key.undo", "notice", show=False),
    # w (viết): the draft report of this notice, a .docx in the current folder.
    KeySpec("notice.draft_report", "w", "draft_report", "ui.drafts.binding.report", "notice",
            show=False),
    # One directive.
    KeySpec("directive.text", "o", "full_text", "ui.directive.binding.text", "directive"),
    # Corrections after import (ui/screens/correcting.py): capitals, so that they are never
    # typed by accident and leave the app's own letters (a agencies, c home...) alone.
    KeySpec("directive.edit", "E", "edit_directive", "ui.corrections.key.edit", "directive"),
    KeySpec("directive.assign", "A", "assign", "ui.corrections.key.assign", "directive",
            show=False),
    KeySpec("directive.unassign", "X", "unassign", "ui.corrections.key.unassign", "directive",
            show=False),
    KeySpec("directive.delete", "D", "delete_directive", "ui.corrections.key.delete",
            "directive", show=False),
    # The agencies, and one agency's tasks.
    KeySpec("agencies.open", "enter", "open", "ui.agencies.binding.open", "agencies",
            priority=True),
    KeySpec("agencies.filter", "f", "filter", "ui.notices.binding.search", "agencies"),
    KeySpec("agencies.clear_filter", "escape", "clear_filter", "ui.notices.binding.clear",
            "agencies"),
    KeySpec("agency.switch", "tab", "switch", "ui.agencies.binding.switch", "agency"),
    # w (viết): the urging letter to this agency, a .docx in the current folder.
    KeySpec("agency.draft_reminder", "w", "draft_reminder", "ui.drafts.binding.reminder",
            "agency", show=False),
    # Import: choosing the file, then reviewing what the parser found.
    KeySpec("import.tree", "ctrl+t", "toggle_tree", "ui.import.binding.tree", "import"),
    KeySpec("import.back", "escape", "back", "ui.import.binding.back", "import"),
    KeySpec("import.complete", "tab", "complete", "ui.import.binding.complete", "import",
            show=False),
    KeySpec("import.open", "ctrl+o", "open_imported", "ui.import.binding.open_imported",
            "import"),
    # Pasted text instead of a file (F6 switches; ctrl+s reads it, as it saves elsewhere).
    # Priority: the text area has its own F6 (select the line), switching matters more.
    KeySpec("import.paste", "f6", "toggle_paste", "importui.binding.paste", "import",
            priority=True),
    KeySpec("import.read_pasted", "ctrl+s", "read_pasted", "importui.binding.parse_pasted",
            "import"),
    KeySpec("import.review.edit", "enter,e", "edit", "ui.import.review.binding.edit",
            "import.review", priority=True),
    KeySpec("import.review.save", "ctrl+s", "save", "ui.import.review.binding.save",
            "import.review"),
    KeySpec("import.review.original", "o", "original", "ui.import.review.binding.original",
            "import.review"),
    KeySpec("import.review.cancel", "escape", "cancel", "ui.import.review.binding.cancel",
            "import.review"),
    KeySpec("import.review.remove", "d,delete", "remove", "importui.review.binding.remove",
            "import.review"),
    # n: the next row the parser was unsure of (a flag). Not in the footer (80 columns):
    # the review's header names it whenever a row is flagged.
    KeySpec("import.review.next_flag", "n", "next_flag", "importui.review.binding.next_flag",
            "import.review", show=False),
    # Not in the footer (80 columns): the message after a removal names it, help lists it.
    KeySpec("import.review.restore", "u", "restore", "importui.review.binding.restore",
            "import.review", show=False),
    # The review of an agency's report letter (ui/screens/report_review): space accepts or
    # leaves out a row, Enter picks its task, ctrl+s applies, u undoes the letter.
    KeySpec("replies.review.toggle", "space", "toggle_accepted", "replies.key.toggle",
            "replies.review"),
    KeySpec("replies.review.pick", "enter", "pick", "replies.key.pick", "replies.review",
            priority=True),
    KeySpec("replies.review.save", "ctrl+s", "save", "replies.key.save", "replies.review"),
    KeySpec("replies.review.undo", "u", "undo", "replies.key.undo", "replies.review"),
    KeySpec("replies.review.accept_all", "a", "accept_all", "replies.key.accept_all",
            "replies.review", show=False),
    KeySpec("replies.review.original", "o", "original", "replies.key.original",
            "replies.review", show=False),
    KeySpec("replies.review.cancel", "escape", "cancel", "replies.key.cancel",
            "replies.review"),
    # The report: the scoreboard by agency (table and chart).
    KeySpec("report.open", "enter", "open", "ui.report.binding.open", "report", priority=True),
    KeySpec("report.as_of", "d", "as_of", "ui.report.binding.as_of", "report"),
    KeySpec("report.export", "x", "export", "ui.report.binding.export", "report"),
    # q closes it, as it closes the help and a long text (it is a screen over the lists).
    KeySpec("report.close", "q", "close", "ui.key.close", "report", show=False),
    # A long text shown literally (the original of a notice, a directive's full text).
    KeySpec("text.close", "escape,q", "close", "ui.common.back", "text"),
)

# A binding's scope is its id without the last part: "import.review.edit" → "import.review".
SCOPES: tuple[str, ...] = tuple(dict.fromkeys(spec.scope for spec in KEYS))


def specs(scope: str) -> list[KeySpec]:
    return [spec for spec in KEYS if spec.scope == scope]


def bindings(scope: str, *, only: Callable[[str], bool] | None = None) -> list[BindingType]:
    """The `BINDINGS` of a scope (those whose id passes `only`, when given); descriptions
    are catalog keys (see `CatalogBindings`). Typed as Textual's BINDINGS are."""
    return [
        Binding(
            spec.key,
            spec.action,
            spec.label,
            show=spec.show,
            priority=spec.priority,
            id=spec.id,
            key_display=spec.key_display,
            group=Binding.Group(spec.group, compact=True) if spec.group else None,
        )
        for spec in specs(scope) if only is None or only(spec.id)
    ]


def translate_bindings(bindings_map: BindingsMap) -> BindingsMap:
    """A copy of `bindings_map` whose catalog-key descriptions are in the current language."""
    translated: dict[str, list[Binding]] = {}
    for key, items in bindings_map.key_to_bindings.items():
        translated[key] = [_translate(binding) for binding in items]
    return BindingsMap.from_keys(translated)


def _is_key(text: str) -> bool:
    """A catalog key ("ui.key.quit", or a feature's own "importui.binding.paste")."""
    return text.startswith("ui.") or text in catalog()


def _translate(binding: Binding) -> Binding:
    changes: dict[str, Any] = {}
    if _is_key(binding.description):
        changes["description"] = t(binding.description)
    if _is_key(binding.tooltip):
        changes["tooltip"] = t(binding.tooltip)
    if binding.group is not None and _is_key(binding.group.description):
        changes["group"] = dataclasses.replace(binding.group,
                                               description=t(binding.group.description))
    return dataclasses.replace(binding, **changes) if changes else binding


if TYPE_CHECKING:
    from textual.dom import DOMNode

    _Node = DOMNode  # for the type checker (see ui/access.py)
else:
    _Node = object


class CatalogBindings(_Node):
    """Mixin (put it first in the bases) for widgets, screens and apps whose BINDINGS
    describe themselves with catalog keys."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bindings = translate_bindings(self._bindings)


def effective_keys(spec: KeySpec, keymap: Mapping[str, str] | None = None) -> list[str]:
    """The keys that trigger `spec` once the user's keymap is applied."""
    keys = (keymap or {}).get(spec.id) or spec.key
    return [key.strip() for key in keys.split(",") if key.strip()]


_KEY_NAMES = {
    "question_mark": "?", "slash": "/", "escape": "Esc", "enter": "Enter", "up": "↑",
    "down": "↓", "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn",
    "home": "Home", "end": "End", "space": "Space", "tab": "Tab", "delete": "Del",
    "backspace": "⌫",
}


def key_label(key: str) -> str:
    """How a key is written for people: `ctrl+q` → `Ctrl+Q`, `f2` → `F2`, `slash` → `/`."""
    parts = key.split("+")
    *mods, name = parts
    name = _KEY_NAMES.get(name, name.upper() if len(name) > 1 or mods else name)
    return "+".join([m.capitalize() for m in mods] + [name])


def keys_text(spec: KeySpec, keymap: Mapping[str, str] | None = None) -> str:
    return ", ".join(key_label(key) for key in effective_keys(spec, keymap))


def key_for(binding_id: str, keymap: Mapping[str, str] | None = None) -> str:
    """The first key of a binding, as written for people (for hints in messages)."""
    spec = next(spec for spec in KEYS if spec.id == binding_id)
    return key_label(effective_keys(spec, keymap)[0])


def resolve_keymap(keymap: Mapping[str, str]) -> dict[str, str]:
    """The settings' [keys] with short ids made full: `quit` → `app.quit`, `done` →
    `tasks.done`, when the short name belongs to exactly one binding."""
    known = {spec.id for spec in KEYS}
    resolved: dict[str, str] = {}
    for binding_id, keys in keymap.items():
        if binding_id not in known and "." not in binding_id:
            matches = [spec.id for spec in KEYS if spec.id.rsplit(".", 1)[1] == binding_id]
            if len(matches) == 1:
                binding_id = matches[0]
        resolved[binding_id] = keys
    return resolved


def validate_keymap(keymap: Mapping[str, str]) -> list[str]:
    """Ids in a settings file's [keys] section that name no binding (to warn about): every
    binding of every screen is in KEYS, so anything else is a typo."""
    known = {spec.id for spec in KEYS}
    return [key for key in keymap if key not in known]


# The scopes whose keys are live together on each kind of screen: two bindings of one
# such set that share a key shadow each other (the focused widget's wins, silently).
SCREEN_SCOPES: tuple[frozenset[str], ...] = tuple(frozenset(scopes) for scopes in (
    ("app", "countdown", "tasks", "table"),
    ("app", "notices", "table"),
    ("app", "notice", "table"),
    ("app", "directive", "tasks", "table"),
    ("app", "agencies", "table"),
    ("app", "agency", "tasks", "table"),
    ("app", "report", "table"),
    ("app", "import"),
    ("app", "import.review", "table"),
    ("app", "search"),
    ("app", "help"),
    ("app", "text"),
    ("app", "dialog"),
    ("app", "dialog", "extend"),
    ("app", "discard"),
))


def keymap_collisions(keymap: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(key, remapped id, other id) for each key the settings' [keys] gives to a binding
    that another binding live on the same screen already has ("app.notices" = "f2,n"
    and the task lists' n). Only remapped bindings are checked: the defaults share keys
    on purpose (u undoes on every screen)."""
    found: list[tuple[str, str, str]] = []
    by_id = {spec.id: spec for spec in KEYS}
    for binding_id in keymap:
        spec = by_id.get(binding_id)
        if spec is None:
            continue
        mine = set(effective_keys(spec, keymap))
        for other in KEYS:
            if other.id == binding_id or other.action == spec.action:
                continue
            together = any(spec.scope in scopes and other.scope in scopes
                           for scopes in SCREEN_SCOPES)
            if not together:
                continue
            for key in sorted(mine & set(effective_keys(other, keymap))):
                if (key, other.id, binding_id) not in found:
                    found.append((key, binding_id, other.id))
    return found


def all_ids() -> Iterable[str]:
    return (spec.id for spec in KEYS)


def dialog_hint(app: Any) -> str:
    """"Enter or Ctrl+S saves · Esc cancels", with the keys the user's keymap sets."""
    keymap = getattr(app, "keymap_ids", None)
    return t("ui.triage.hint", save=key_for("dialog.submit", keymap),
             cancel=key_for("dialog.cancel", keymap))
