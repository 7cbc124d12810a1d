"""`demo`: the terminal UI on a throwaway database built from the sample notices. (The
bare `tui-tracker`, the UI on the user's database, is the root group's own: cli/root.py.)

The body is in cli/ui.py, loaded when the command runs: Textual loads only then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui_tracker.cli.root import command
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import ui
else:
    ui = LazyModule("tui_tracker.cli.ui")


@command("demo", db=False)
def demo_command() -> None:
    ui.run_demo()
