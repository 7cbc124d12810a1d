"""Citations of a notice's items in an agency's report: `điểm 3.d`, `mục 2, khoản b`,
`điểm a khoản 1 Mục II`, `các điểm a, b và c mục 2`, `nhiệm vụ số 4`.

A citation is a chain of level words, each with its value(s), in any order:

| word | level | values |
|---|---|---|
| `phần` | part | `II` |
| `mục` | section | `II`, `2`, `2.1`, `3.d` |
| `tiểu mục`, `khoản` | sub-section / clause | `1`, `2.1`, `b` |
| `điểm` | point | `a`, `đ`, `3.d`, `II.1.a` |
| `tiết` | sub-point | `a` |
| `nội dung số`, `nhiệm vụ số`, `nhiệm vụ thứ` | a task by its number | `4`, `2.a` |

The chain is read from the highest level down, whatever the order it is written in,
and gives the ref a notice's directive carries (`parsing.tree`): `điểm a khoản 1 Mục
II` → `II.1.a`, `mục 2, khoản b` → `2.b`, `điểm 3.d` → `3.d`. A list of values gives
one ref each (`các điểm a, b mục 2` → `2.a`, `2.b`). A citation without its upper
levels (`Điểm a: …` under `Đối với mục 2:`) takes them from the citation above it
(`within`).

Pure text: which notice the items belong to, and whether the notice has them, is
for the caller to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ItemRef", "find_item_refs", "ref_parts", "within"]

# (pattern of the level word, its rank: lower is higher up the document).
_LEVELS: tuple[tuple[str, int], ...] = (
    (r"ph[aầ]n", 0),
    (r"ti[eể]u\s+m[uụ]c", 2),
    (r"m[uụ]c", 1),
    (r"kho[aả]n", 2),
    (r"[dđ]i[eể]m", 3),
    (r"ti[eế]t", 4),
    # A task by its number: "nội dung số 3", "nhiệm vụ số 4", "nhiệm vụ thứ 4".
    # "số"/"thứ" is required after these words:
    # "các nội dung", "nhiệm vụ" alone are everywhere.
    (r"(?:n[oộ]i\s+dung|nhi[eệ]m\s+v[uụ])\s+(?:s[oố]|th[uứ])", 5),
)
_LETTER = r"[a-zđ]"
_ROMAN = r"[IVXLC]{1,6}"
# One value: "II.1.a", "2.1", "3.d", "3.c-2", "II", "2", "b".
_VALUE = (rf"(?:(?:{_ROMAN}|\d{{1,2}})(?:\.(?:\d{{1,2}}|{_LETTER}))*(?:-\d)?"
          rf"|{_LETTER})")
_LIST_SEP = r"(?:\s*,\s*|\s+và\s+|\s+va\s+|\s*;\s*|\s*&\s*)"
_LEVEL_ALT = "|".join(f"(?P<l{i}>{pattern})" for i, (pattern, _) in enumerate(_LEVELS))
# A level word, optionally "số"/"thứ" after it, then a list of values. "các điểm" too.
_TOKEN = re.compile(
    rf"(?<![\w])(?:c[aá]c\s+)?(?:{_LEVEL_ALT})(?:\s+(?:s[oố]|th[uứ]))?\s*:?\s*"
    rf"(?P<values>{_VALUE}(?:{_LIST_SEP}{_VALUE}(?![\w]))*)(?![\w])",
    re.IGNORECASE)
# What may join two tokens of one chain: "điểm a, khoản 1 của Mục II".
_JOIN = re.compile(r"^(?:\s*,\s*|\s+)(?:(?:của|tại|thuộc|trong|cua|tai|thuoc)\s+)?$",
                   re.IGNORECASE)
_PART = re.compile(rf"{_ROMAN}|\d{{1,2}}|{_LETTER}(?:-\d)?|-\d")


@dataclass(frozen=True)
class ItemRef:
    """One cited item: its ref as a notice's directive carries it, and the words."""

    ref: str  # "II.1.a", "2.b", "3.d", "4"
    text: str  # the citation as written: "điểm a khoản 1 Mục II"
    start: int
    end: int
    # The citation names a task by its number ("nhiệm vụ số 4"), which may be the
    # directive "4" or the fourth task of the notice.
    numbered: bool = False


@dataclass(frozen=True)
class _Token:
    rank: int
    values: tuple[str, ...]
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(text):
        rank = next(_LEVELS[i][1] for i in range(len(_LEVELS)) if m.group(f"l{i}"))
        values = tuple(v for v in re.split(_LIST_SEP, m.group("values")) if v)
        values = tuple(_clean_value(v, rank) for v in values)
        if any(v is None for v in values):
            continue
        out.append(_Token(rank, tuple(v for v in values if v), m.start(), m.end()))
    return out


def _clean_value(value: str, rank: int) -> str | None:
    value = value.strip()
    if re.fullmatch(_LETTER, value, re.IGNORECASE):
        if rank <= 1 and value.isupper() and value in "IVXLC":
            return value  # "Mục V": a Roman numeral
        return value.lower()
    if re.fullmatch(r"[ivxlc]{1,6}", value) and rank <= 1:
        return value.upper()  # "mục ii"
    return value


def ref_parts(ref: str) -> list[str]:
    """`II.1.a` → ["II", "1", "a"]; `3.c-2` → ["3", "c-2"]."""
    return [p for p in re.split(r"\.", ref) if p]


def _compose(tokens: list[_Token]) -> list[str]:
    """The refs of one chain: its levels from the top down, one ref per listed value."""
    ordered = sorted(tokens, key=lambda tok: tok.rank)
    refs: list[list[str]] = [[]]
    for token in ordered:
        grown: list[list[str]] = []
        for base in refs:
            for value in token.values:
                parts = ref_parts(value)
                # "mục 3, điểm 3.d": the value repeats the levels above it.
                if base and parts[:len(base)] == base:
                    grown.append(list(parts))
                else:
                    grown.append([*base, *parts])
        refs = grown
    return [".".join(parts) for parts in refs if parts]


def find_item_refs(text: str) -> list[ItemRef]:
    """Every item citation in `text`, in order (a chain of levels is one citation;
    a list of values gives one ItemRef each, sharing the citation's span)."""
    tokens = _tokens(text)
    out: list[ItemRef] = []
    i = 0
    while i < len(tokens):
        chain = [tokens[i]]
        j = i + 1
        while j < len(tokens) and tokens[j].rank not in {t.rank for t in chain} \
                and _JOIN.match(text[chain[-1].end:tokens[j].start]):
            chain.append(tokens[j])
            j += 1
        start, end = chain[0].start, chain[-1].end
        numbered = any(t.rank == 5 for t in chain)
        written = " ".join(text[start:end].split())
        for ref in _compose(chain):
            out.append(ItemRef(ref, written, start, end, numbered))
        i = j
    return out


def within(ref: str, outer: str) -> str:
    """A citation's ref completed by the one it stands under: `a` under `2` → `2.a`,
    `1.a` under `II` → `II.1.a`; a ref that already starts from the top is kept."""
    if not outer:
        return ref
    parts, above = ref_parts(ref), ref_parts(outer)
    if parts[:len(above)] == above:
        return ref
    first = parts[0]
    if re.fullmatch(_LETTER + r"(?:-\d)?", first):
        # A letter needs every number above it.
        return ".".join([*[p for p in above if not re.fullmatch(_LETTER, p)], *parts])
    if first.isdigit() and re.fullmatch(_ROMAN, above[0]) and not re.fullmatch(_ROMAN, first):
        return ".".join([above[0], *parts])
    return ref
