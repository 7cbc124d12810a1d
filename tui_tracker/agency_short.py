"""An agency's name in a narrow column: the short name officials write, not a name cut.

Every Sở starts alike and ends alike ("Sở … và Công nghệ"), so cutting a long name from
either end loses what tells it apart. Officials write the short form instead, and so does
a column that has no room for the whole name:

    Sở Khoa học và Công nghệ                                   → Sở KH&CN
    Sở Nông nghiệp và Môi trường                               → Sở NN&MT
    Ban Quản lý dự án đầu tư xây dựng các công trình giao thông → BQLDA giao thông
    Ủy ban nhân dân xã Phù Cát                                 → UBND xã Phù Cát

`short_agency(name)` gives that form: the catalogue's own short alias when the agency
has one ("Sở KH&CN", the first of its aliases that keeps the kind word), else the name
with its long generic words abbreviated as documents abbreviate them. `fit_agency(name,
width)` is what a column shows: the whole name when it fits, else the short one, cut at
its end only when even that is too long.

Part of the core: no Textual. Width is counted in characters (Vietnamese NFC text takes
one cell a character).
"""

from __future__ import annotations

import re
from functools import cache

from tui_tracker.agencies import SEED_AGENCIES

# Long generic words and what documents write for them, longest first: the
# distinctive part of the name (a place, a field) is what stays whole.
_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), short) for pattern, short in (
        (r"^Ban Quản lý dự án đầu tư xây dựng (?:các )?(?:công trình )?", "BQLDA "),
        (r"^Ban Quản lý dự án ", "BQLDA "),
        (r"^Ban Quản lý ", "BQL "),
        (r"^Ban Chỉ đạo ", "BCĐ "),
        (r"^(?:Ủy|Uỷ) ban nhân dân ", "UBND "),
        (r"^Hội đồng nhân dân ", "HĐND "),
        (r"^(?:Ủy|Uỷ) ban Mặt trận Tổ quốc Việt Nam ", "UBMTTQVN "),
        (r"^Văn phòng (?:Ủy|Uỷ) ban nhân dân ", "VP UBND "),
        (r"^Kho bạc Nhà nước ", "KBNN "),
        (r"^Ngân hàng Nhà nước ", "NHNN "),
        (r"^Bảo hiểm xã hội ", "BHXH "),
        (r"^Trung tâm ", "TT "),
        (r"\bkhu kinh tế\b", "KKT"),
        (r"\bphòng cháy,? chữa cháy\b", "PCCC"),
    ))
# "Sở Khoa học và Công nghệ": the kind word, then fields joined by "và" (or commas).
_FIELDS = re.compile(r"^(Sở|Bộ|Ban|Phòng|Cục|Chi cục) (.+)$")
_KIND_WORDS = ("Sở ", "Bộ ", "Ban ", "Phòng ", "Cục ", "Chi cục ")


def _initials(words: str) -> str:
    """"Khoa học" → "KH", "Thể thao" → "TT": the capitals a document writes."""
    return "".join(word[0].upper() for word in words.split() if word[:1].isalpha())


def _field_initials(name: str) -> str | None:
    """"Sở Khoa học và Công nghệ" → "Sở KH&CN"; None when the name is no list of fields."""
    match = _FIELDS.match(name)
    if match is None:
        return None
    fields = [part for part in re.split(r"\s*,\s*|\s+và\s+", match.group(2)) if part]
    if len(fields) < 2 or any(len(field.split()) > 3 for field in fields):
        return None
    return f"{match.group(1)} " + "&".join(_initials(field) for field in fields)


@cache
def _catalogue_short() -> dict[str, str]:
    """Canonical name → the short alias officials write (the first alias keeping the kind
    word and holding an abbreviation: "Sở KH&CN" before "Sở KHCN")."""
    out: dict[str, str] = {}
    for name, aliases in SEED_AGENCIES:
        kind = next((word for word in _KIND_WORDS if name.startswith(word)), None)
        shorter = [alias for alias in aliases if len(alias) < len(name)
                   and (kind is None or alias.startswith(kind))
                   and any(c.isupper() for c in alias[len(kind or ""):][1:])]
        if shorter:
            out[name] = shorter[0]
    return out


@cache
def short_agency(name: str) -> str:
    """The short form officials write for `name` (the name itself when it has none)."""
    name = " ".join(name.split())
    known = _catalogue_short().get(name)
    if known is not None:
        return known
    short = name
    for pattern, replacement in _ABBREVIATIONS:
        short = pattern.sub(replacement, short, count=1)
    if short == name:
        short = _field_initials(name) or name
    return short.strip()


def fit_agency(name: str, width: int) -> str:
    """`name` in `width` characters: whole, else its short form, else the short form cut
    at its end ("BQLDA dân dụng và côn…"), never cut from the left."""
    name = " ".join(name.split())
    if width <= 0:
        return ""
    if len(name) <= width:
        return name
    short = short_agency(name)
    if len(short) <= width:
        return short
    return short[:max(0, width - 1)].rstrip() + "…"
