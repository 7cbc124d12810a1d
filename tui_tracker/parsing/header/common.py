"""Text helpers and date patterns shared by the zones of a notice's header."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from tui_tracker.errors import InvalidDateError
from tui_tracker.i18n import t


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0]
    return "d" if base in "đĐ" else base.lower()


class _FoldTable(dict[int, str]):
    """`str.translate` table of `_fold_char`, filled on first use of a character."""

    def __missing__(self, code: int) -> str:
        value = self[code] = _fold_char(chr(code))
        return value


_FOLD_TABLE = _FoldTable()


def fold_chars(text: str) -> str:
    """Like `fold` but one output character per input character, so a match in
    the folded text gives positions in the original."""
    return text.translate(_FOLD_TABLE)


def is_caps(text: str) -> bool:
    letters = "".join(filter(str.isalpha, text))
    # isupper() first (C speed): most lines have a lower-case letter.
    return len(letters) >= 2 and letters.isupper() and all(c.isupper() for c in letters)


_ITEM_BULLET = re.compile(r"^\s*[-+•–—*]+\s*")
_ITEM_CLOSE = re.compile(r"[\s;,.]+$")


def strip_item(text: str) -> str:
    """An item of a list without its bullet and its closing punctuation."""
    return _ITEM_CLOSE.sub("", _ITEM_BULLET.sub("", text)).strip()


SEPARATOR = re.compile(r"^[\s\-_*=.~–—•]+$")


# ---------------------------------------------------------------------------
# Dates: "ngày 05 tháng 6 năm 2026", "ngày 5/6/2026", "14/4" (year implied)

_DATE_NUM = r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?"
_DATE_WORDS = r"(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<wy>\d{4}))?"
DATE = rf"(?:{_DATE_WORDS}|{_DATE_NUM})"


def make_date(m: re.Match[str], *, default_year: int | None = None,
               phrase: str | None = None) -> date | None:
    """The date of a `DATE` match; None without a year to use.

    A day that does not exist (31/2/2026) is an error the user must fix, not a
    value to guess."""
    if m.group("wd"):
        d, mo, y = m.group("wd"), m.group("wm"), m.group("wy")
    else:
        d, mo, y = m.group("d"), m.group("m"), m.group("y")
    year = int(y) if y else default_year
    if year is None:
        return None
    try:
        return date(year, int(mo), int(d))
    except ValueError:
        text = phrase or m.group(0)
        raise InvalidDateError(t("parse.header.invalid_date", phrase=text), phrase=text) from None


# Lines that open a Công văn's summary and its list of addressees.
VV = re.compile(r"^(?:V/v|V\.v\.?|Về việc)\s*[:.]?\s*", re.IGNORECASE)
KINH_GUI = re.compile(r"^Kính\s+gửi\s*[:.]?\s*", re.IGNORECASE)
# The first line of the body: the summary ends before it.
BODY_START = re.compile(
    r"^(?:(?:Sáng|Chiều|Trưa|Tối|Vào|Hôm)\b|Ngày\s+\d|Căn\s+cứ|Thực\s+hiện|Tham\s+dự|Kính\s+gửi"
    r"|Sau\s+khi|Tại\s+|Theo\s+|Trên\s+cơ\s+sở|Nhằm|Để\s|Dưới\s+sự|Hôm\s+nay|Điều\s+\d"
    r"|\d{1,2}\s*[.)]|[IVX]{1,4}\s*[.)])",
    re.IGNORECASE)
