"""Dates and single-line text as the UI shows them; imported by widgets and screens alike.

- dates shown the Vietnamese way (dd/mm/yyyy), and typed either dd/mm/yyyy (also with dots
  or dashes, d/m/yyyy) or yyyy-mm-dd;
- store timestamps "YYYY-MM-DD HH:MM:SS" shown as "dd/mm/yyyy HH:MM";
- `clean_cell`: literal text on one line (table cells, dialog lines).

It depends on nothing else of the UI (no widget, no screen), so anything can import it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t
from tui_tracker.text import strip_terminal_escapes

# Every control goes from a cell, newline and tab included (they are spaces by then).
_CELL_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def clean_cell(value: str) -> str:
    """One line of literal text: escapes, controls and newlines cannot reach the terminal."""
    value = strip_terminal_escapes(value)
    value = value.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CELL_CONTROLS.sub("", value)


def fmt_date(value: date | None, *, empty: str | None = None) -> str:
    """`30/06/2026`; without a date, `empty` (default: the catalog's dash, `ui.common.none`).

    Table cells and input fields pass `empty=""`: a blank reads better there than a dash."""
    if value:
        return value.strftime("%d/%m/%Y")
    return t("ui.common.none") if empty is None else empty


def fmt_timestamp(value: str | None, *, empty: str | None = None) -> str:
    """A store timestamp "YYYY-MM-DD HH:MM:SS" as "dd/mm/yyyy HH:MM"; without one, `empty`
    (default: the catalog's dash). Anything unreadable is shown as written, on one line."""
    if not value:
        return t("ui.common.none") if empty is None else empty
    try:
        return datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return clean_cell(value)


def parse_user_date(text: str, *, bad_key: str = "ui.common.bad_date") -> date | None:
    """A date typed by the user: dd/mm/yyyy (also with dots or dashes) or yyyy-mm-dd.

    Empty text means "no date" (None). Anything else raises BadInputError with the catalog
    sentence `bad_key`, which names the text as `{value}`."""
    if not text.strip():
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.match(text)
        if not match:
            raise BadInputError(t(bad_key, value=text.strip()))
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise BadInputError(t(bad_key, value=text.strip())) from None
