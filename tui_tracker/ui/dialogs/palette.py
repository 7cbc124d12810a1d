"""The command palette with its own words in the interface language.

Textual's CommandPalette writes "No matches found" itself, in English, from a private
method with no hook for the text; this subclass replaces that one method (the rest, the
placeholder included, goes through the documented constructor). Checked against Textual 8
(`textual/command.py`, `_start_no_matches_countdown`).
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from tui_tracker.i18n import t


class TrackerPalette(CommandPalette):
    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            # Only while searching: an empty query is discovery, where nothing is no news.
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(t("importui.palette.no_matches"), style="not bold")),
                    disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
