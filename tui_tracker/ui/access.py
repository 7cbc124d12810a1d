"""Typed access to the running TrackerApp, for screens, dialogs and widgets.

`self.app` is typed as Textual's `App`; what the tracker keeps there (the store, today,
the settings' keys) is reached through `self.tracker`, typed as TrackerApp, instead of
`getattr` and `# type: ignore`. The app module imports the screens, so the type is only
imported for type checkers (no import cycle at run time).

The mixins of the UI (this one, CatalogBindings, KeepsTypedWork, Correcting) are plain
classes at run time, put before a Textual class in the bases. For the type checker they
derive from the Textual class they are mixed into (`if TYPE_CHECKING:` below), so that
`self.app`, `self.notify`, `self.post_message` are checked like any screen's.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui_tracker.store import Store
    from tui_tracker.ui.app import TrackerApp

    _Node = DOMNode
else:
    _Node = object


class TrackerAccess(_Node):
    """Mixed into a Textual Screen or Widget (anything with `.app`)."""

    @property
    def tracker(self) -> TrackerApp:
        return cast("TrackerApp", self.app)

    @property
    def store(self) -> Store:
        return self.tracker.store

    @property
    def today(self) -> date:
        return self.tracker.today

    @property
    def soon_days(self) -> int:
        return self.tracker.soon_days

    @property
    def keymap(self) -> dict[str, str]:
        """The settings file's [keys], to name keys in hints as the user set them."""
        return self.tracker.keymap_ids
