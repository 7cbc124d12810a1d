"""Issue 14, done-when: the variants real offices produce give the same directives.

Every sample, fixture and gold notice is hard-wrapped at 60, 80 and 100 columns (an
e-mail, a PDF copy), page-broken (a form feed and "Trang k/N" every 22 lines), both,
decomposed (NFD) and saved as Windows-1258; each variant must give the same
directives, leads, coordinators and deadlines as the original. The variants are
made the way ../shared/tools/perturb_notice.py makes them.
"""

from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

import pytest

from tui_tracker.agencies import agency_key
from tui_tracker.model import ParsedNotice, Role
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.source import decode_notice

ROOT = Path(__file__).resolve().parents[2]
NOTICES = sorted([*ROOT.glob("fixtures/*.txt"), *(ROOT / "tests/parsing/samples").glob("*.txt"),
                  *(ROOT / "tests/parsing/gold").glob("*.txt")])
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def facts(notice: ParsedNotice) -> list[tuple]:
    return [(d.ref,
             sorted(agency_key(a.agency) for a in d.assignments if a.role == Role.LEAD),
             sorted(agency_key(a.agency) for a in d.assignments if a.role != Role.LEAD),
             d.deadline.due_on if d.deadline else None)
            for d in notice.directives]


def wrap(text: str, width: int) -> str:
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.lstrip().startswith("|"):
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width, break_long_words=False,
                                   break_on_hyphens=False) or [""]
    return "\n".join(lines)


def pages(text: str, every: int = 22) -> str:
    lines = text.split("\n")
    total = (len(lines) + every - 1) // every
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % every == 0:
            out += ["", " " * 30 + f"Trang {i // every + 1}/{total}", "\f"]
        out.append(line)
    return "\n".join(out)


def cp1258(text: str) -> bytes:
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258", errors="replace")
        out += "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)


VARIANTS = {
    "wrap60": lambda t: wrap(t, 60),
    "wrap80": lambda t: wrap(t, 80),
    "wrap100": lambda t: wrap(t, 100),
    "pages": pages,
    "wrap_pages": lambda t: pages(wrap(t, 80)),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "cp1258": lambda t: decode_notice(cp1258(t), "notice.txt"),
}


def test_there_are_notices_to_vary() -> None:
    assert len(NOTICES) >= 25


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.name)
def test_a_variant_gives_the_same_directives(path: Path, variant: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert facts(parse_notice(VARIANTS[variant](text))) == facts(parse_notice(text))
