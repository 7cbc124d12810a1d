"""QuietInput: an Input whose cursor does not blink; `labelled_field`, a dialog's form line.

A blinking cursor redraws twice a second, ~20 KB per 10 s of idle SSH traffic; every text
field of the UI is a QuietInput (the app also stills Textual's own fields, such as the
command palette's, when they take the focus).
"""

from __future__ import annotations

from typing import Any

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Label


class QuietInput(Input):
    """An Input whose cursor does not blink."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cursor_blink = False


def labelled_field(label: str, value: str = "", *, id: str, **kwargs: Any) -> list[Widget]:
    """A form line of the dialogs: its label (muted, above) and a compact QuietInput."""
    return [Label(Content(label)), QuietInput(value, id=id, compact=True, **kwargs)]
