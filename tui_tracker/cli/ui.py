"""The bare command and `demo`: the terminal UI, imported only when it is opened
(Textual must not load for the other commands; the core never imports it).

The database is opened once, here, and handed to the UI with the settings the group
already loaded: a corrupt or read-only file is reported with exit code 5 before the UI
takes the screen, and a broken settings file has already been reported by the group.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from tui_tracker import config
from tui_tracker.cli.runtime import Runtime, current_runtime, open_store
from tui_tracker.i18n import get_language


def open_ui() -> None:
    runtime = current_runtime()
    _launch_ui(runtime.db_path(), today=runtime.fixed_today(), runtime=runtime)


def run_demo() -> None:
    from tui_tracker.demo import build_demo_db, demo_letters

    runtime = current_runtime()
    with tempfile.TemporaryDirectory(prefix="tui-tracker-demo-") as folder:
        path = Path(folder) / "demo.db"
        demo_today = build_demo_db(path)
        # An agency's report letter on the demo's notices, offered by the import screen.
        letters = demo_letters()
        _launch_ui(path, today=runtime.fixed_today() or demo_today, runtime=runtime,
                   import_path=str(letters[0]) if letters else None)


def _launch_ui(path: Path, *, today: date | None, runtime: Runtime,
               import_path: str | None = None) -> None:
    store = open_store(path)
    try:
        from tui_tracker.ui.app import run_app  # lazy: Textual loads only for the UI

        extra = {"import_path": import_path} if import_path else {}
        run_app(store, runtime.settings or config.Settings(), today=today,
                lang=get_language(), **extra)
    finally:
        store.close()
