"""What the UI remembers between runs without touching the user's settings file.

`settings.toml` is the user's own file, comments and all: the app never rewrites it. What
the user picks inside the app (today: the theme chosen in the command palette) goes to a
small JSON file beside it, `state.json` in the user config dir (~/.config/tui-tracker/ on
Linux; `TUI_TRACKER_STATE` points elsewhere).

The settings file still wins when it changes: the state records which `[ui] theme` the
settings named when the user picked, and the pick is used only while that is unchanged.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tui_tracker.config import config_dir
from tui_tracker.output_files import atomic_write

ENV_STATE = "TUI_TRACKER_STATE"
STATE_FILENAME = "state.json"


def state_path() -> Path:
    override = os.environ.get(ENV_STATE)
    if override:
        return Path(override).expanduser()
    return config_dir() / STATE_FILENAME


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing, unreadable or damaged: as if nothing was remembered
    return data if isinstance(data, dict) else {}


def remembered_theme(settings_theme: str | None, path: Path) -> str | None:
    """The theme to start with: the one last picked in the app, unless the settings file
    names another theme than when it was picked; else the settings' own."""
    data = _read(path)
    picked = data.get("theme")
    if isinstance(picked, str) and picked and data.get("settings_theme") == settings_theme:
        return picked
    return settings_theme


def remember_theme(theme: str, settings_theme: str | None, path: Path) -> None:
    """Keep `theme` for the next run. Raises OSError when its folder cannot be made, and
    UsageError (output_files' sentence) when the file cannot be written."""
    data = _read(path)
    data.update(theme=theme, settings_theme=settings_theme)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written like every output file (a temporary file renamed into place): two sessions
    # never leave half a file. Private (0600): it is this user's own.
    with atomic_write(path) as temporary:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        temporary.write_text(text, encoding="utf-8")
