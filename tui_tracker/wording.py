"""How the tracker words a task's facts, the same in the CLI, the UI and the reports.

- `days_left_words(days_left)`: the countdown of an open task ("quá hạn 5 ngày", "hôm nay",
  "còn 3 ngày", "không thời hạn"), singular and plural from the catalog;
- `history_value(field, value, show_day)`: a value of a task's history as people read it
  (a status in words, a day as the caller shows days, "—" for none);
- `notice_code(number, doc_type, notice_id)`: a notice named short, "TB 123": the document
  code is the stored `doc_type` (what the parser read from the notice), so a Công văn
  numbered "45/UBND-KT" reads "CV 45", not like a notice. Only when no type was stored is
  it guessed from the number's letters.

Part of the core: no Textual, no click, no rich.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from tui_tracker.i18n import t, tn

# "123/TB-UBND", "2927-TB/TU", "08/2023/QĐ-UBND" (a legal document carries its year).
_NUMBER = re.compile(r"^\s*(\d+)(?:/\d{4})?\s*[/-]\s*([^\W\d_]+)", re.UNICODE)
_LEADING_DIGITS = re.compile(r"^\s*(\d+)")
# Decree 30/2020 document codes, longest first so "QyĐ" wins over "QĐ"... and a mangled
# "1961/TBUBND" still reads "TB 1961".
_DOC_CODES = sorted(["NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA",
                     "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT",
                     "GNP", "PG", "PC", "PB", "KL"], key=len, reverse=True)


def days_left_words(days_left: int | None) -> str:
    """The countdown of an open task, as of the day `days_left` was computed for."""
    if days_left is None:
        return t("countdown.none")
    if days_left < 0:
        return tn("countdown.overdue", -days_left, days=-days_left)
    if days_left == 0:
        return t("countdown.today")
    return tn("countdown.left", days_left, days=days_left)


def _guessed_code(letters: str) -> str:
    if letters in _DOC_CODES or len(letters) <= 4:
        return letters
    return next((code for code in _DOC_CODES if letters.startswith(code)), letters[:6])


def notice_code(number: str | None, doc_type: str | None, notice_id: int) -> str:
    """`TB 123`: the document code and the notice's number; `#id` without a number."""
    if not number:
        return f"#{notice_id}"
    if doc_type:
        digits = _LEADING_DIGITS.match(number)
        return f"{doc_type} {digits.group(1)}" if digits else number
    match = _NUMBER.match(number)
    return f"{_guessed_code(match.group(2))} {match.group(1)}" if match else number


def history_value(field: str | None, value: str | None, show_day: Callable[[date], str]) -> str:
    """A history entry's `from`/`to` value: statuses translated, `*_on` days through
    `show_day`, anything else as stored (the caller makes it safe for its terminal)."""
    if value is None or value == "":
        return "—"
    if field == "status":
        label = t(f"status.{value}")
        return value if label == f"status.{value}" else label
    if field and field.endswith("_on"):
        try:
            return show_day(date.fromisoformat(value))
        except ValueError:
            return value
    return value
