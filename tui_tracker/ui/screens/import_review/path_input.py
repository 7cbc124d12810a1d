"""The path Input of the import screen: Tab completes as in a shell, a grey suggestion shows
the completion, and ctrl+t opens a folder tree."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from textual import events
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import DirectoryTree, Input

from tui_tracker.ui.bindings import CatalogBindings, bindings
from tui_tracker.ui.widgets.quiet_input import QuietInput


def typed_path(value: str) -> str:
    """The path the field holds when a path was typed after the one it started with.

    The field opens on the current folder; as in Emacs and GTK file choosers, "//"
    or "/~" starts afresh: "/work/main//tmp/a.txt" is "/tmp/a.txt", and
    "/work/main/~/a.txt" is "~/a.txt"."""
    cut = max(value.rfind("//"), value.rfind("/~"))
    return value[cut + 1:] if cut >= 0 else value


def path_candidates(value: str, limit: int = 200) -> list[str]:
    """Entries of the folder named by `value` whose name starts with its last part.

    Returned as the text the Input should hold (folders end with "/"); hidden entries only
    when the user started typing a dot."""
    value = typed_path(value)
    if value == "~":
        return ["~" + os.sep]
    expanded = os.path.expanduser(value) if value else ""
    folder, _, stem = expanded.rpartition(os.sep)
    folder_text = value[: len(value) - len(stem)]  # keep "~/" as typed
    base = folder or (os.sep if expanded.startswith(os.sep) else ".")
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError:
        return []
    out: list[str] = []
    for entry in entries:
        if not entry.name.startswith(stem) or (entry.name.startswith(".") and
                                               not stem.startswith(".")):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        out.append(folder_text + entry.name + (os.sep if is_dir else ""))
        if len(out) >= limit:
            break
    return out


def complete_path(value: str) -> tuple[str, list[str]]:
    """The longest unambiguous completion of `value` and the candidates it chose from."""
    value = typed_path(value)
    candidates = path_candidates(value)
    if not candidates:
        return value, []
    common = os.path.commonprefix(candidates)
    return (common if len(common) > len(value) else value), candidates


class PathSuggester(Suggester):
    """Grey completion after the cursor (accepted with → or Tab)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        completed, _ = complete_path(value)
        # Only a completion that goes on from what is shown can be shown after it.
        return completed if completed != value and completed.startswith(value) else None


class PathInput(CatalogBindings, QuietInput):
    """An Input for a file path where Tab completes as in a shell."""

    BINDINGS = bindings("import", only=lambda id: id == "import.complete")  # Tab completes

    class Candidates(Message):
        """Tab found several possible completions."""

        def __init__(self, candidates: list[str]) -> None:
            super().__init__()
            self.candidates = candidates

    class PastedLines(Message):
        """Several lines were pasted into the path field: a notice's text, not a path."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def _on_paste(self, event: events.Paste) -> None:
        # Textual calls Input's own handler after this one (it keeps the first line) unless
        # the default is prevented.
        if len(event.text.strip().splitlines()) > 1:
            event.stop()
            event.prevent_default()
            self.post_message(self.PastedLines(event.text))

    def action_complete(self) -> None:
        completed, candidates = complete_path(self.value)
        if completed != self.value:
            self.value = completed
            self.cursor_position = len(completed)
        elif len(candidates) != 1:
            # Nothing more to add: show the choices (or that there are none).
            self.post_message(self.Candidates(candidates))
        else:
            self.screen.focus_next()


class FileTree(DirectoryTree):
    """A DirectoryTree without emoji icons (their width varies over SSH) or hidden files."""

    ICON_NODE_EXPANDED = "▾ "
    ICON_NODE = "▸ "
    ICON_FILE = "  "

    def filter_paths(self, paths: Any) -> list[Path]:
        return [p for p in paths if not p.name.startswith(".")]


def plain_input(**kwargs: Any) -> Input:
    """An Input that does not blink (a blinking cursor keeps an SSH link busy)."""
    widget = Input(**kwargs)
    widget.cursor_blink = False
    return widget

