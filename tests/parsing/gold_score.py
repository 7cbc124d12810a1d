"""Score the parser against the gold notices of tests/parsing/gold/ (see its README).

A gold notice is a `.txt` and a `.json` of the facts a careful official records:

    {"style": "...",
     "notice": {"number": "215/TB-UBND", "doc_type": "TB", "issued_on": "2026-11-20",
                "issuer": "UBND tỉnh Quảng Ngãi"},
     "directives": [{"anchor": "words copied verbatim from the task's own text",
                     "leads": ["Sở Tài chính"], "coordinates": ["Sở Xây dựng"],
                     "due_on": "2027-01-29", "recurring": false}],
     "not_tasks": ["verbatim snippet of a paragraph that is no task"]}

Facts, one point each:

- the notice's number, issue date and issuer, each when the gold gives it (not null);
- per expected directive: *found* (a parsed directive whose text contains the anchor,
  both compared after NFC and whitespace normalisation; one parsed directive answers
  for one expected directive at most, so two tasks glued into one row lose one),
  its *leads* and its *coordinates* (equal as sets of agency keys), its *due_on*
  (null: no deadline). A directive that is not found loses all four. A key left out
  of the gold (leads, coordinates, due_on) is not scored;
- every parsed directive that answers for no expected one and holds a `not_tasks`
  snippet is a false fact: it counts in the total and never as right.

Agency names are compared by `agency_key(canonical_agency(name))` with the word "các"
dropped and the words in any order, so that every spelling of one agency is one key
("Sở KH&CN", "Sở Khoa học và Công nghệ tỉnh Gia Lai") and a group keeps its whole list
in any order ("UBND các phường, xã, đặc khu" is "UBND các xã, phường, đặc khu").
The issuer is compared by `agency_key`, the number without its spaces.

Only the public API is used: `tui_tracker.parsing.parse_notice` and
`tui_tracker.agencies.agency_key` / `canonical_agency`.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tui_tracker.agencies import agency_key, canonical_agency
from tui_tracker.errors import TrackerError
from tui_tracker.model import NoticeHeader, ParsedDirective, ParsedNotice, Role
from tui_tracker.parsing import parse_notice

GOLD_DIR = Path(__file__).resolve().parent / "gold"

_SPACES = re.compile(r"\s+")
# A group addressee: its head up to "các", then its list ("UBND các " + "phường, xã").
_GROUP_LIST = re.compile(r"^(.*?\b[Cc]ác\s+)(.+)$")
# The place an issuer governs: the words after its last "tỉnh" or "thành phố".
_PLACE = re.compile(r"(?:\b[Tt]ỉnh|\b[Tt]hành phố)\s+((?:[A-ZĐÀ-Ỹ][\w\-]*\s?)+)$")
# A snippet shorter than this is not used to call a parsed directive a false one
# when it is the directive that sits inside the snippet.
_MIN_FALSE_TEXT = 20


@dataclass
class Score:
    """Facts right out of facts checked, and a sentence for each fact missed."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)
    false_directives: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 100.0

    def check(self, ok: bool, miss: str) -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(miss)

    def __add__(self, other: Score) -> Score:
        return Score(self.right + other.right, self.total + other.total,
                     self.misses + other.misses, self.false_directives + other.false_directives)


def normalize_text(text: str) -> str:
    """NFC, every run of white space one space, no space at the ends."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _canonical(name: str) -> str:
    """The catalogue's name; a group whose list is in another order than the
    catalogue's ("UBND các phường, xã") is tried in every order of its list."""
    found = canonical_agency(name)
    head = _GROUP_LIST.match(" ".join(name.split()))
    if head is None:
        return found
    items = [i for i in re.split(r",\s*|\s+và\s+", head.group(2)) if i]
    if not 1 < len(items) <= 5:
        return found
    for order in itertools.permutations(items):
        spelled = head.group(1) + ", ".join(order)
        canonical = canonical_agency(spelled)
        if agency_key(canonical) != agency_key(spelled):
            return canonical
    return found


def agency_fact_key(name: str) -> str:
    """One key for every spelling of one agency and for a group's list in any order."""
    words = agency_key(_canonical(name)).split()
    return " ".join(sorted(w for w in words if w != "cac"))


def issuer_place(issuer: str | None) -> str | None:
    """The province or city of an issuer: "Quảng Ngãi" of "UBND tỉnh Quảng Ngãi"."""
    found = _PLACE.search(" ".join((issuer or "").split()))
    return found.group(1) if found else None


def agency_keys(names: Iterable[str], place: str | None = None) -> set[str]:
    """Keys of a set of names. In a notice of a province (or city) `place`, a name that
    ends with the place's own name is that province's agency: "Báo và Phát thanh,
    Truyền hình Quảng Ngãi" is "Báo và Phát thanh, Truyền hình tỉnh"."""
    keys = set()
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        if place and name.endswith(" " + place) and not _PLACE.search(name):
            name = name[: -len(place)].rstrip() + " tỉnh"
        keys.add(agency_fact_key(name))
    return keys


def number_key(number: str | None) -> str:
    return "".join((number or "").split())


def leads_of(directive: ParsedDirective) -> list[str]:
    return [a.agency for a in directive.assignments if Role(a.role) is Role.LEAD]


def coordinates_of(directive: ParsedDirective) -> list[str]:
    return [a.agency for a in directive.assignments if Role(a.role) is Role.COORDINATE]


def _short(text: str, width: int = 70) -> str:
    text = normalize_text(text)
    return text if len(text) <= width else text[:width - 1] + "…"


def match_directives(anchors: Sequence[str],
                     parsed: Sequence[ParsedDirective]) -> list[int | None]:
    """For each anchor, the index of the parsed directive that answers for it, or None.

    A maximum matching: a parsed directive answers for one anchor at most, and the
    shortest directive holding an anchor is tried first (a task's own row rather
    than a parent that repeats it)."""
    texts = [normalize_text(d.text) for d in parsed]
    candidates = [sorted((i for i, t in enumerate(texts) if normalize_text(a) in t),
                         key=lambda i: (len(texts[i]), i)) for a in anchors]
    owner: dict[int, int] = {}  # parsed index -> anchor index

    def augment(anchor: int, seen: set[int]) -> bool:
        for i in candidates[anchor]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = anchor
                return True
        return False

    for anchor in range(len(anchors)):
        augment(anchor, set())
    found: list[int | None] = [None] * len(anchors)
    for i, anchor in owner.items():
        found[anchor] = i
    return found


def score(parsed: ParsedNotice, gold: dict[str, Any]) -> Score:
    """Facts of one notice: the header's, then each expected directive's, then the
    false directives (see the module's docstring)."""
    result = Score()
    header = gold.get("notice") or {}
    notice = parsed.notice
    if header.get("number") is not None:
        result.check(number_key(notice.number) == number_key(header["number"]),
                     f"number: got {notice.number!r}, want {header['number']!r}")
    if header.get("issued_on") is not None:
        got = notice.issued_on.isoformat() if notice.issued_on else None
        result.check(got == header["issued_on"],
                     f"issued_on: got {got}, want {header['issued_on']}")
    if header.get("issuer") is not None:
        result.check(agency_key(notice.issuer or "") == agency_key(header["issuer"]),
                     f"issuer: got {notice.issuer!r}, want {header['issuer']!r}")

    place = issuer_place(header.get("issuer"))
    expected = gold.get("directives") or []
    found = match_directives([d["anchor"] for d in expected], parsed.directives)
    for want, index in zip(expected, found, strict=True):
        label = f"«{_short(want['anchor'], 50)}»"
        checked = [k for k in ("leads", "coordinates", "due_on") if k in want]
        if index is None:
            result.check(False, f"{label}: not found")
            for key in checked:
                result.check(False, f"{label}: {key} (not found)")
            continue
        result.check(True, "")
        got = parsed.directives[index]
        if "leads" in want:
            result.check(agency_keys(leads_of(got), place) == agency_keys(want["leads"], place),
                         f"{label} [{got.ref}]: leads got {leads_of(got)}, want {want['leads']}")
        if "coordinates" in want:
            result.check(agency_keys(coordinates_of(got), place)
                         == agency_keys(want["coordinates"], place),
                         f"{label} [{got.ref}]: coordinates got {coordinates_of(got)}, "
                         f"want {want['coordinates']}")
        if "due_on" in want:
            due = got.deadline.due_on if got.deadline else None
            got_due = due.isoformat() if isinstance(due, date) else None
            phrase = f" ({got.deadline.text!r})" if got.deadline else ""
            result.check(got_due == want["due_on"],
                         f"{label} [{got.ref}]: due_on got {got_due}{phrase}, "
                         f"want {want['due_on']}")

    snippets = [normalize_text(s) for s in gold.get("not_tasks") or []]
    matched = {i for i in found if i is not None}
    for i, directive in enumerate(parsed.directives):
        if i in matched:
            continue
        text = normalize_text(directive.text)
        if any(s in text or (len(text) >= _MIN_FALSE_TEXT and text in s) for s in snippets):
            result.check(False, f"false directive [{directive.ref}]: «{_short(text)}»")
            result.false_directives.append(text)
    return result


@dataclass
class GoldNotice:
    name: str  # the file's stem
    text: str
    gold: dict[str, Any]


def load_gold(folder: Path = GOLD_DIR) -> list[GoldNotice]:
    """Every gold notice of the folder, by file name."""
    notices = []
    for path in sorted(folder.glob("*.json")):
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        notices.append(GoldNotice(path.stem, text, json.loads(path.read_text(encoding="utf-8"))))
    return notices


def score_notice(notice: GoldNotice) -> Score:
    """The notice's score; a notice the parser refuses keeps every fact as a miss."""
    try:
        parsed = parse_notice(notice.text)
    except TrackerError as error:
        parsed = ParsedNotice(NoticeHeader(), warnings=[f"refused: {error.message}"])
        result = score(parsed, notice.gold)
        result.misses.insert(0, f"refused by the parser: {error.message}")
        return result
    return score(parsed, notice.gold)


def score_all(notices: Iterable[GoldNotice]) -> dict[str, Score]:
    return {n.name: score_notice(n) for n in notices}
