"""The command palette (ctrl+p): every action by name, in the interface language.

Posting's habit: what a key does can also be found by typing its name. The provider
offers the app's actions, the triage actions of the task list on screen, the actions of
the current screen (including the other screens' own bindings), and the themes. Names
match without diacritics ("hoan thanh" finds "Hoàn thành").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from tui_tracker.i18n import t
from tui_tracker.text import fold
from tui_tracker.ui.bindings import KEYS, key_label, keys_text
from tui_tracker.ui.tasks.task_list import TaskList


class TrackerCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        """(name, help, callback) for everything that can run from where the palette opened."""
        app: Any = self.app
        screen = self.screen
        keymap = getattr(app, "keymap_ids", {})
        commands: list[tuple[str, str, Callable[[], Any]]] = []
        seen: set[tuple[int, str]] = set()

        def add(name: str, help_text: str, node: DOMNode, action: str) -> None:
            if (id(node), action) in seen or not name:
                return
            seen.add((id(node), action))
            commands.append((name, help_text, partial(app.run_action, action, node)))

        task_list = self._task_list()
        for spec in KEYS:
            if spec.scope == "app" and spec.action != "command_palette":
                add(t(spec.label), keys_text(spec, keymap), app, spec.action)
            elif spec.scope == "tasks" and task_list is not None:
                add(t(spec.label), keys_text(spec, keymap), task_list, spec.action)
            elif spec.scope == "countdown" and screen.__class__.__name__ == "CountdownScreen":
                add(t(spec.label), keys_text(spec, keymap), screen, spec.action)
        # The screen's own bindings (the other screens define theirs), already translated.
        for _key, active in screen.active_bindings.items():
            node, binding = active.node, active.binding
            if binding.description and not binding.system:
                add(binding.description, key_label(binding.key), node, binding.action)
        for theme in sorted(app.available_themes):
            commands.append((t("ui.palette.theme", theme=theme), "",
                             partial(setattr, app, "theme", theme)))
        return commands

    def _task_list(self) -> Any:
        focused = self.focused
        if isinstance(focused, TaskList):
            return focused
        found = self.screen.query(TaskList)
        return found.first() if found else None

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        folded = self.matcher(fold(query))
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=help_text)
                continue
            score = folded.match(fold(name))
            if score > 0:
                yield Hit(score * 0.9, name, callback, text=name, help=help_text)
