"""Dates and single-line text as the UI shows them; imported by widgets and screens alike.

- dates and store timestamps worded by the core's `tui_tracker.wording` (dd/mm/yyyy in
  Vietnamese, as the CLI and the reports write them; typed dates are read by the core's
  `tui_tracker.dates`, the same parser as the command line's);
- `clean_cell`: literal text on one line (table cells, dialog lines);
- `clean` / `literal` / `field_lines`: notice text made literal over several lines:
  imported text is data, so `[bold]` must stay `[bold]` and an escape sequence must never
  reach the terminal;
- `fit_agency_name`: an agency name in a narrow column, as its short name (Sở KH&CN);
- `error_text`: one sentence for a failure; `doc_type_name`: a document type in words;
  `plain_text`: what a renderable shows, as text.

It depends on nothing else of the UI (no widget, no screen), so anything can import it.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text
from textual.content import Content

from tui_tracker.agency_short import fit_agency
from tui_tracker.errors import TrackerError
from tui_tracker.i18n import t
from tui_tracker.text import strip_terminal_escapes
from tui_tracker.wording import day_text, timestamp_text

# Every control goes from a cell, newline and tab included (they are spaces by then).
_CELL_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_cell(value: str) -> str:
    """One line of literal text: escapes, controls and newlines cannot reach the terminal."""
    value = strip_terminal_escapes(value)
    value = value.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CELL_CONTROLS.sub("", value)


def fmt_date(value: date | None, *, empty: str | None = None) -> str:
    """The core's `day_text` (`30/06/2026` in Vietnamese); without a date, `empty`
    (default: the catalog's dash, `ui.common.none`).

    Table cells and input fields pass `empty=""`: a blank reads better there than a dash."""
    return day_text(value, empty=t("ui.common.none") if empty is None else empty)


def fmt_timestamp(value: str | None, *, empty: str | None = None) -> str:
    """A store timestamp as the core's `timestamp_text` words it ("30/06/2026 14:05");
    without one, `empty` (default: the catalog's dash). Always one literal line."""
    return clean_cell(timestamp_text(value, empty=t("ui.common.none") if empty is None
                                     else empty))


# Controls left after escape sequences are gone (BEL, backspace, a lone ESC...): they would
# still move the cursor or beep, so they go too. Newline and tab are kept.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """Text from a notice made harmless for the terminal (escapes and controls removed)."""
    if not text:
        return ""
    return _CONTROLS.sub("", strip_terminal_escapes(text))


def literal(text: str | None, style: str = "") -> Content:
    """Notice text shown exactly as written: never parsed as markup."""
    return Content.styled(clean(text), style) if style else Content(clean(text))


def field_lines(rows: list[tuple[str, str | None]]) -> Table:
    """`Label  value` rows: labels bold in one column, values (literal, wrapped with a
    hanging indent) in the other; empty values are skipped."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in rows:
        if value:
            table.add_row(Text(label), Text(clean(value)))
    return table


def plain_text(renderable: Any, width: int = 200) -> str:
    """The text a renderable shows (tests and the help screen read it)."""
    plain = getattr(renderable, "plain", None)
    if isinstance(plain, str):
        return plain
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def error_text(error: BaseException) -> str:
    """One sentence for the user; a TrackerError already carries it, anything else is a bug
    that gets a generic sentence instead of a traceback."""
    if isinstance(error, TrackerError):
        return error.message
    return t("ui.common.unexpected", error=type(error).__name__)


def doc_type_name(code: str | None) -> str:
    """"TB" → "Thông báo"; unknown codes are shown as written."""
    if not code:
        return t("ui.common.none")
    key = f"ui.notices.doctype.{code}"
    name = t(key)
    return clean(code) if name == key else f"{name} ({clean(code)})"


def fit_agency_name(name: str, width: int) -> str:
    """An agency name in `width` cells: whole, else the short name officials write
    ("Sở KH&CN", "BQLDA giao thông"; the core's `agency_short`), cut at its end only
    when even that is too long. Never cut from the left ("…và Công nghệ" says nothing)."""
    return fit_agency(clean_cell(name), width)
