"""The terminal UI (Textual). Only the CLI imports it, lazily: `from tui_tracker.ui.app
import run_app`. Nothing outside this package imports Textual."""
