"""QuietInput: an Input whose cursor does not blink.

A blinking cursor redraws twice a second, ~20 KB per 10 s of idle SSH traffic; every text
field of the UI is a QuietInput (the app also stills Textual's own fields, such as the
command palette's, when they take the focus).
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input


class QuietInput(Input):
    """An Input whose cursor does not blink."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cursor_blink = False
