"""Reading a Word (.docx) notice with python-docx.

The body is read in document order, paragraphs interleaved with tables (the
body's XML children, which python-docx's `paragraphs` and `tables` lists
separate). Word's automatic list numbering ("1.", "a)") is not part of a
paragraph's text: it is rebuilt from the numbering definitions so the parser
sees the items' markers. Tables of three or more columns become "| a | b | c |"
rows (a task table, as the parser reads them); narrower tables (the header
"ỦY BAN NHÂN DÂN | CỘNG HÒA …", the signature "Nơi nhận | KT. CHỦ TỊCH") are
read row by row, cell by cell, each paragraph on its own line. Page headers and
footers are not part of the body and are ignored.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t
from tui_tracker.intake import limits

# An element of the document's XML, as python-docx parses it (lxml, which ships no type
# information): read with find/findall/get/iter.
Element = Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


class Numbering:
    """Labels of auto-numbered paragraphs, counted as Word counts them: one
    counter per list definition (abstractNum) and level, a level restarting
    when a higher level advances, a list instance with a startOverride
    restarting from that value."""

    def __init__(self, root: Element) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in abstract.iter(f"{_W}lvl"):
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
                    _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                    int(_val(lvl, "start") or 1))
            self._levels[abstract.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num"):
            overrides = {}
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    overrides[int(override.get(f"{_W}ilvl", "0"))] = int(start)
            self._nums[num.get(f"{_W}numId", "")] = (_val(num, "abstractNumId") or "", overrides)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label Word shows for the next paragraph of list `num_id` at level
        `ilvl` ("2.", "b)", "-" for bullets), or None when there is none."""
        if num_id not in self._nums:
            return None
        abstract, overrides = self._nums[num_id]
        levels = self._levels.get(abstract, {})
        if ilvl not in levels:
            return None
        counters = self._counters.setdefault(abstract, [None] * 10)
        if num_id not in self._started:
            self._started.add(num_id)
            if overrides:
                counters[:] = [None] * 10
        level = levels[ilvl]
        current = counters[ilvl]
        counters[ilvl] = (overrides.get(ilvl, level.start) if current is None else current + 1)
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = None
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return level.text.strip() or None
        text = level.text
        for n in range(9, -1, -1):
            if f"%{n + 1}" in text:
                lvl = levels.get(n, level)
                counter = counters[n]
                value = counter if counter is not None else lvl.start
                text = text.replace(f"%{n + 1}", _format(value, lvl.fmt))
        return text.strip() or None


def _val(element: Element, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                            (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                            (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out


def read_docx(data: bytes, name: str) -> str:
    """The text of the .docx `data`; `name` names the file in error messages."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    limits.check_docx(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInputError(t("intake.docx.corrupt", path=name, detail=_detail(exc))) from None
    except Exception as exc:  # lxml's XMLSyntaxError and kin on a damaged part
        raise BadInputError(t("intake.docx.corrupt", path=name, detail=_detail(exc))) from None
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        root = None
    reader = _Reader(Numbering(root), ParagraphStyles(document.styles.element))
    return "\n".join(reader.block(document.element.body)).strip() + "\n"


def _detail(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return (text or exc.__class__.__name__)[:120]


class ParagraphStyles:
    """The list numbering that paragraph styles give ("List Number" numbers its
    paragraphs through its numPr, or a style it is based on does).

    Each style is resolved once per document. python-docx's `paragraph.style`
    scans every style of the document for each paragraph that names none (the
    default style), which made reading a long notice 6-9x slower than
    python-docx's own paragraph walk."""

    def __init__(self, root: Element) -> None:
        self._styles: dict[str, Any] = {}
        self._default: str | None = None
        for style in root.iterchildren(f"{_W}style") if root is not None else ():
            if style.get(f"{_W}type", "paragraph") != "paragraph":
                continue
            style_id = style.get(f"{_W}styleId")
            if style_id is None:
                continue
            self._styles.setdefault(style_id, style)
            if self._default is None and style.get(f"{_W}default") in ("1", "true", "on"):
                self._default = style_id
        self._cache: dict[str | None, tuple[str | None, int | None]] = {}

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) of a paragraph of style `style_id` (None or an unknown
        id: the default paragraph style), each None when the style has none."""
        if style_id not in self._styles:
            style_id = self._default
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id)
        return self._cache[style_id]

    def _resolve(self, style_id: str | None) -> tuple[str | None, int | None]:
        num_id, ilvl = None, None
        seen: set[str] = set()
        while num_id is None and style_id in self._styles and style_id not in seen:
            seen.add(style_id)  # a style based on itself, in a hand-made file
            style = self._styles[style_id]
            num_id, style_ilvl = _num_pr(style.find(f"{_W}pPr"))
            ilvl = ilvl if ilvl is not None else style_ilvl
            style_id = _val(style, "basedOn")
        return num_id, ilvl


class _Reader:
    def __init__(self, numbering: Numbering, styles: ParagraphStyles) -> None:
        self.numbering = numbering
        self.styles = styles

    def block(self, element: Element) -> Iterator[str]:
        """The lines of a body or a table cell: paragraphs and tables in order."""
        for child in element.iterchildren():
            if child.tag == f"{_W}p":
                yield self.paragraph(child)
            elif child.tag == f"{_W}tbl":
                yield from self.table(child)
            elif child.tag == f"{_W}sdt":  # a content control wraps ordinary content
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    yield from self.block(content)

    def paragraph(self, element: Element) -> str:
        text = element.text  # python-docx's CT_P.text: runs and hyperlinks, tabs as \t
        label = self._label(element) if text.strip() else None
        return f"{label} {text.lstrip()}" if label else text

    def _label(self, element: Element) -> str | None:
        ppr = element.find(f"{_W}pPr")
        num_id, ilvl = _num_pr(ppr)
        if num_id is None:  # "List Number" and kin number by style
            style_num_id, style_ilvl = self.styles.numbering(
                None if ppr is None else _val(ppr, "pStyle"))
            num_id = style_num_id
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0":
            return None
        return self.numbering.label(num_id, ilvl or 0)

    def table(self, element: Element) -> Iterator[str]:
        rows: list[list[list[str]]] = []
        for tr in element.iterchildren(f"{_W}tr"):
            cells: list[list[str]] = []
            for tc in tr.iterchildren(f"{_W}tc"):
                merge = tc.find(f"{_W}tcPr/{_W}vMerge")
                if merge is not None and merge.get(f"{_W}val") in (None, "continue"):
                    cells.append([])  # the rest of a cell merged from the row above
                    continue
                cells.append([line for line in self.block(tc) if line.strip()])
            rows.append(cells)
        width = max((len(row) for row in rows), default=0)
        if width >= 3:
            for row in rows:
                if any(row):
                    yield "| " + " | ".join(" ".join(" ".join(c).split()) for c in row) + " |"
        else:
            for row in rows:
                for cell in row:
                    if cell:
                        yield from cell
                        yield ""


def _num_pr(ppr: Element) -> tuple[str | None, int | None]:
    if ppr is None:
        return None, None
    num_pr = ppr.find(f"{_W}numPr")
    if num_pr is None:
        return None, None
    num_id = _val(num_pr, "numId")
    ilvl = _val(num_pr, "ilvl")
    return num_id, int(ilvl) if ilvl is not None else None
