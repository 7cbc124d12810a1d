"""List markers that OCR misread, put right by the order lists follow.

tesseract's Vietnamese model is unsure of the short tokens that open
sections and items, alone at a line's start with no words around them to
correct them: it reads a section's "I." as "IỆ", "L." or "I[.", "III." as
"II.", an item's "d)" as "đ)". Those markers carry the directives' refs, and
a section read as "L." loses every task under it. But a notice's markers run
in order (I, II, III …; a, b, c, d, đ, e …), so a marker that breaks the
order exactly where the next one was due, and looks like it, is the one due.

Only the first word of lines read by OCR is ever changed, and only into the
marker the order calls for; markers that keep the order, restarts ("a)"
again, "I." of a new part) and jumps are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui_tracker.roman import to_roman

# Section numerals and what OCR makes of their strokes ("I" as "l", "L", "|",
# "[", "!"; the dot as a tone mark: "IỆ", "IỊ").
_ROMAN_LIKE = re.compile(r"^([IVXLlỆỊÌÍĨ|\[\]!]{1,5})([.,:)]?)$")
_ROMAN = re.compile(r"^X{0,2}(?:IX|IV|V?I{0,3})$")
# Items: one letter (or what OCR made of it) and its closing mark.
_ITEM = re.compile(r"^(\S)([.)])$")
_ARABIC = re.compile(r"^([1-9]\d?)(?:\.\d{1,2})*[.)]$")
_ARABIC_COMMA = re.compile(r"^([1-9]\d?),$")  # "2." with its dot read as a comma

VIETNAMESE = "abcdđeghiklmnopqrstuvxy"  # the order of Decree 30's items
LATIN = "abcdefghijklmnopqrstuvwxyz"  # the order some offices follow (with f)
_LETTERS = set(VIETNAMESE) | set(LATIN)


def _roman_value(core: str) -> int | None:
    """The value of what OCR read as a section numeral, leniently ("IIII" is 4): the
    order of the list then says what it should be."""
    if not core or not _ROMAN.match(core):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for here, after in zip(core, core[1:] + " ", strict=True):
        value = values[here]
        total += -value if after != " " and values[after] > value else value
    return total


def _next_letters(letter: str) -> set[str]:
    """The letters that may follow `letter` in an item list (either order)."""
    return {order[order.index(letter) + 1] for order in (VIETNAMESE, LATIN)
            if letter in order[:-1]}


def repair(first_words: Sequence[tuple[str, bool, bool]]) -> dict[int, str]:
    """Markers to put right among the first words of a document's lines.

    `first_words` holds, for each line in reading order, its first word,
    whether the line was read by OCR, and whether more words follow on the
    line. Returns {index: the marker to read instead}. Lines not read by OCR
    (a PDF's text pages) take part in the order but are never changed."""
    fixes: dict[int, str] = {}
    section = 0  # the last section numeral
    number = 0  # the last number of the current numbered list
    item: str | None = None  # the last item letter of the current list
    for index, (word, by_ocr, more) in enumerate(first_words):
        if not more:
            continue
        comma = _ARABIC_COMMA.match(word)
        if comma and by_ocr and int(comma.group(1)) in (1, number + 1):
            word = fixes[index] = comma.group(1) + "."
        arabic = _ARABIC.match(word)
        if arabic:
            number = int(arabic.group(1))
            item = None  # a new numbered item: its letters start again
            continue
        roman_like = _ROMAN_LIKE.match(word)
        if roman_like and any(c in "IVXLỆỊ" for c in roman_like.group(1)):
            core, mark = roman_like.groups()
            value = _roman_value(core)
            due = section + 1
            if value is not None and value != section:
                section = value  # in order, a restart or a jump: as it is
            elif by_ocr and _looks_like(core, to_roman(due)):
                fixes[index] = to_roman(due) + (mark if mark in ".)" and mark else ".")
                section = due
            item, number = None, 0
            continue
        match = _ITEM.match(word)
        if not match:
            continue
        letter, mark = match.groups()
        if letter == "a" or item is None:
            item = letter if letter in _LETTERS else None
            continue
        following = _next_letters(item)
        if letter in following or not by_ocr:
            item = letter if letter in _LETTERS else None
            continue
        other = {"d": "đ", "đ": "d"}.get(letter)
        if other is not None and other in following:  # the bar of "đ" seen or missed
            fixes[index] = other + mark
            item = other
        elif letter not in _LETTERS and len(following) == 1:  # "0)", "ø)": not a letter at all
            item = following.pop()
            fixes[index] = item + mark
        else:
            item = letter if letter in _LETTERS else None
    return fixes


def _looks_like(core: str, numeral: str) -> bool:
    """Whether OCR's `core` may be `numeral` misread: the same strokes but
    for one "I" more or less (V and X are read well)."""
    if any(c in "VX" for c in numeral) or any(c in "VX" for c in core):
        return core == numeral
    return abs(len(core) - len(numeral)) <= 1
