"""Text a person typed (a note, an extension's reason, a corrected header field, an agency
name), as it is stored: one line, with no terminal escapes and no control characters.

Notice text is cleaned on import (text.normalize); typed text must be too, because it
goes where notice text goes: the terminal (`list`, `history`), the CSV, the calendar
and the workbooks. An ESC byte in a note would otherwise drive the terminal of whoever
lists it, and reach a spreadsheet as garbage."""

from __future__ import annotations

import re

from tui_tracker.text import strip_terminal_escapes

# C0 and C1 controls (newlines and tabs included: a stored note is one line).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_typed(text: str | None) -> str | None:
    """`text` on one line, escapes and controls removed, spaces collapsed; None when
    nothing is left."""
    if not text:
        return None
    text = _CONTROLS.sub(" ", strip_terminal_escapes(text))
    text = " ".join(text.split())
    return text or None
