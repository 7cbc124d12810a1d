"""Clauses of a paragraph: a clause ends at `;` or at the end of a sentence.

A `;` between the addressees of a trigger ("Giao các sở, ngành tỉnh; UBND các
huyện, thành phố; …") keeps one clause; a dot after an abbreviation ("TP. Huế",
"ThS.") ends no sentence.
"""

from __future__ import annotations

import re

from tui_tracker.parsing.agency_names import agency_list, clause_text, skip_parenthesis
from tui_tracker.parsing.role_words import TRIGGER_NOT_AFTER, TRIGGER_RE

_ABBREV_BEFORE_DOT = {"tp", "tt", "p", "q", "ths", "ts", "pgs", "gs", "kt", "tl", "tm", "v.v",
                      "tx", "h", "ks", "bs", "đ", "ông", "bà", "st", "pct", "cvp", "pcvp"}


def clause_spans(paragraph: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a paragraph: split after `;` and at sentence ends.

    A `;` that separates addressees ("Giao các sở, ngành tỉnh; UBND các huyện,
    thành phố; các Ban Quản lý dự án … báo cáo …") does not end the clause."""
    spans: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None  # the last raw clause
    in_list = False  # the last clause continues a list of addressees
    for span in _raw_clause_spans(paragraph):
        # Only the next clause is read: the list's next agency opens it. Once a
        # list goes on, each further piece is read alone (never the whole list
        # again: a list of thousands of addressees stays linear).
        following = paragraph[span[0]:span[1]]
        if not spans:
            goes_on = False
        elif in_list:
            assert previous is not None
            goes_on = _names_only(paragraph[previous[0]:previous[1]]) \
                and _opens_with_agency(following)
        else:
            goes_on = _list_goes_on(paragraph[spans[-1][0]:spans[-1][1]], following)
        if goes_on:
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
        in_list = goes_on
        previous = span
    return spans


def _names_only(piece: str) -> bool:
    """A piece of a list between two `;`: agencies and nothing else."""
    if not any(map(str.isalpha, piece)):
        return False
    t = clause_text(piece)
    names = agency_list(t, 0)
    return names is not None and bool(names.names) \
        and piece[skip_parenthesis(t, names.end):].strip() == ";"


_LOWER_NAME_STARTS = ("các", "chủ", "nhà", "lãnh", "thủ")


def _list_goes_on(clause: str, rest: str) -> bool:
    """The clause ends with a trigger's addressees and a `;`, or is nothing but
    agencies and a `;` (co-subjects: "Sở Xây dựng; Sở Y tế; UBND các xã tổ chức …"),
    and an agency opens what follows: the list of addressees goes on."""
    if not clause.rstrip().endswith(";") or not any(map(str.isalpha, clause)):
        return False
    if not TRIGGER_RE.search(clause.lower()):
        # Co-subjects: the clause opens with a name (a capital, "các …", "chủ đầu tư" …).
        head = clause.lstrip()
        if not (head[:1].isupper() or head.split(" ", 1)[0] in _LOWER_NAME_STARTS):
            return False
        t = clause_text(clause)
        subjects = agency_list(t, 0)
        return subjects is not None and bool(subjects.names) \
            and clause[subjects.end:].strip() == ";" and _opens_with_agency(rest)
    t = clause_text(clause)
    for m in reversed(list(TRIGGER_RE.finditer(t.low))):
        previous = t.previous_word(m.start())
        base = re.sub(r"\s+", " ", m.group(1)).split(" cho")[0]
        if previous in TRIGGER_NOT_AFTER.get(base, set()):
            continue
        lst = agency_list(t, m.end())
        if lst is None or not lst.names or clause[skip_parenthesis(t, lst.end):].strip() != ";":
            return False
        return _opens_with_agency(rest)
    return False


def _opens_with_agency(text: str) -> bool:
    following = agency_list(clause_text(text), 0)
    return following is not None and bool(following.names)


_NEXT_WORD = re.compile(r"\s+[\"“(]?(\w)")
# The only characters that open, close or end a clause: the scan jumps from one to
# the next in C instead of looking at every character in Python (4-5x faster on
# real paragraphs). A sentence mark ends a clause only before a space (see
# _NEXT_WORD), so "...", "1.2" and "v.v" are not even stopped at.
_CLAUSE_MARK = re.compile(r"[();]|[.!?…](?=\s)")
_SPACES_AFTER = re.compile(r"\s*")


def _raw_clause_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0  # inside parentheses nothing ends a clause
    for mark in _CLAUSE_MARK.finditer(paragraph):
        i = mark.start()
        c = paragraph[i]
        if c == "(":
            depth += 1
            continue
        if c == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if c != ";":
            # A sentence ends where a capital follows, unless the dot ends "TP.".
            m = _NEXT_WORD.match(paragraph, i + 1)  # no copy of the rest: linear
            if not (m and m.group(1).isupper() and not _abbreviation_before(paragraph, i)):
                continue
        spans.append((start, i + 1))
        start = _SPACES_AFTER.match(paragraph, i + 1).end()  # type: ignore[union-attr]
    if start < len(paragraph) and paragraph[start:].strip():
        spans.append((start, len(paragraph)))
    return spans


def _abbreviation_before(text: str, dot: int) -> bool:
    """The word before the dot is an abbreviation ("TP.", "ThS."). Only a few
    characters back are read: abbreviations are short, and a long run of dots
    must not be re-read at each dot."""
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
        if dot - start > 12:
            return False
    return dot > start and text[start:dot].lower().strip("(") in _ABBREV_BEFORE_DOT
