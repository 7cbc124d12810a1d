"""Vietnamese text: normalisation of dirty input and folding for search.

Text copied out of PDFs and e-office systems arrives decomposed (NFD), with
look-alike letters, non-breaking spaces, control characters, markdown bold
marks and page breaks that split a sentence across a blank line. The parser
reads the normalised text; the store keeps the original beside it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Letters that look like Đ/đ but are other code points (Icelandic eth, African D).
_LOOKALIKES = str.maketrans({
    "\u00d0": "Đ",  # Ð LATIN CAPITAL LETTER ETH
    "\u0189": "Đ",  # Ɖ LATIN CAPITAL LETTER AFRICAN D
    "\u00f0": "đ",  # ð LATIN SMALL LETTER ETH
    "\u0256": "đ",  # ɖ LATIN SMALL LETTER D WITH TAIL
    # Word processors put these hyphens into numbers ("57‑NQ/TW"); the symbol
    # of a document only ever uses the ASCII hyphen-minus.
    "\u2010": "-",  # HYPHEN
    "\u2011": "-",  # NON-BREAKING HYPHEN
    "\u2012": "-",  # FIGURE DASH
    "\u2212": "-",  # MINUS SIGN
    "\ufe63": "-",  # SMALL HYPHEN-MINUS
    "\uff0d": "-",  # FULLWIDTH HYPHEN-MINUS
    "\uff1a": ":",  # FULLWIDTH COLON
    "\uff0f": "/",  # FULLWIDTH SOLIDUS
})
_HAS_LOOKALIKE = re.compile("[" + re.escape("".join(map(chr, _LOOKALIKES))) + "]")
# Every kind of Unicode space becomes a plain space.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Line breaks other than \n: form feed (pdftotext's page break) and the
# vertical tab Word uses for a manual line break; U+2028/2029 separators.
# The lookbehind starts a match only at the head of a run of spaces: a long run
# without a form feed is scanned once, not once per space.
_PAGE_BREAK = re.compile(r"(?<![ \t])[ \t]*+\f[ \t]*+")
_OTHER_NEWLINES = re.compile(r"[\v\x85\u2028\u2029]")
# C0/C1 controls except newline; \r is handled before this.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_BOLD = re.compile(r"\*\*|__")
_SPACE_RUN = re.compile(r" {2,}")
# Markdown noise from .md copies: heading marks and backslash escapes
# (pandoc writes "1\." and "a\)" so a numbered line is not a list).
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_ESCAPE = re.compile(r"\\([.\-)(*_#\[\]+!`>])")
# A line that starts a new block: an item marker, a numbered section, a list dash.
_BLOCK_START = re.compile(
    r"^(?:[a-zđ]\)|[0-9]{1,2}(?:\.[0-9]{1,2})*[.)](?!\d)|[0-9]{1,2}$|[IVXLC]+[.)]"
    r"|[-+•*–—]|\(\d+\)|[a-zđ]\.\s)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;!?\]”\"…]$")
# Function words that cannot end a sentence or a heading: a line ending with
# one of them continues on the next line whatever case that line starts with.
# Nouns are left out on purpose: headings end with "thời gian tới", "chuyển
# đổi số", "tổng hợp", "trực thuộc", "hằng tháng".
_CONNECTORS = frozenset(
    "và hoặc với của các những tại theo cho để về do bởi từ đến như là cùng gồm nhằm "
    "trong trước".split())
# A page number left between two page breaks: "2", "- 2 -", "Trang 2/5".
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?$",
                          re.IGNORECASE)


def normalize(text: str) -> str:
    """NFC text with look-alikes, odd spaces, controls and bold marks cleaned,
    and sentences split by a PDF page break (or a hard line wrap) joined again.

    Paragraph breaks are kept: a new item (`đ) …`), a heading without a
    period followed by a capitalised paragraph, an upper-case line, a list dash
    all stay on their own lines."""
    text = strip_terminal_escapes(text).replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        text = _drop_running_heads(text)
    text = _PAGE_BREAK.sub("\n\n", text)
    text = _OTHER_NEWLINES.sub("\n", text)
    decomposed = not unicodedata.is_normalized("NFC", text)
    text = unicodedata.normalize("NFC", text)
    if _HAS_LOOKALIKE.search(text):  # rare; translate looks up every character
        text = text.translate(_LOOKALIKES)
    text = _ZERO_WIDTH.sub("", text)
    text = _tab_rows(text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    text = _BOLD.sub("", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    # A wrap counted the line as it was, runs of spaces included ("2.<tab>Sở …" of
    # Word numbering): keep those widths to tell a wrapped line from a short one.
    widths = _raw_widths(text, decomposed)
    text = _SPACE_RUN.sub(" ", text)  # within lines: the run holds no newline
    lines = [_md_heading_off(line.strip()) for line in text.split("\n")]
    lines = _drop_page_numbers(lines)
    return "\n".join(_repair_page_breaks(lines, widths)).strip() + "\n"


def _raw_widths(text: str, decomposed: bool) -> Callable[[str], int]:
    """The width a cleaned line had in the text as written: its runs of spaces, and
    its combining marks when the text came decomposed (NFD)."""
    raw: dict[str, int] = {}
    for line in text.split("\n"):
        written = line.rstrip()
        if "  " not in written and not decomposed:
            continue
        written_width = len(unicodedata.normalize("NFD", written)) if decomposed \
            else len(written)
        key = " ".join(written.split())
        raw[key] = max(raw.get(key, 0), written_width)

    def width(line: str) -> int:
        if line in raw:
            return raw[line]
        return len(unicodedata.normalize("NFD", line)) if decomposed else len(line)

    return width


def _md_heading_off(line: str) -> str:
    return _MD_HEADING.sub("", line) if line.startswith("#") else line


def _tab_rows(text: str) -> str:
    """Rows of a Word table pasted as text, cells separated by tabs, written as
    "| a | b | c |" so the parser reads them as a table, as it does markdown and
    PDF copies; tabs elsewhere become spaces afterwards.

    A row is a line with at least two tabs and three filled cells (a task table
    has a number, a task and a lead at least), or, right after a row, a line
    with as many cells (a row whose first cells are empty). Two-column layouts
    ("UBND TỈNH …<tabs>CỘNG HÒA …", "Nơi nhận:<tabs>KT. CHỦ TỊCH") fill two
    cells and stay lines. Empty cells are kept: they hold a column's place."""
    lines = text.split("\n")
    width = 0  # cells of the row above, 0 outside a table
    for i, line in enumerate(lines):
        cells = [c.strip(" \u00a0") for c in line.split("\t")]
        filled = sum(1 for c in cells if c)
        if len(cells) >= 3 and (filled >= 3 or (len(cells) == width and filled >= 1)):
            lines[i] = "| " + " | ".join(cells) + " |"
            width = len(cells)
        else:
            width = 0
    return "\n".join(lines)


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """Remove a page number standing alone between blank lines."""
    out = []
    for i, line in enumerate(lines):
        # The text's end counts as a blank line: a page number closes the last page too.
        if (_PAGE_NUMBER.match(line) and 0 < i and lines[i - 1] == ""
                and (i == len(lines) - 1 or lines[i + 1] == "")):
            continue
        out.append(line)
    return out


def _is_caps(line: str) -> bool:
    letters = "".join(filter(str.isalpha, line))
    return len(letters) >= 2 and letters.isupper() and all(c.isupper() for c in letters)


def continues(prev: str, line: str) -> bool:
    """Whether `line` carries on the sentence that `prev` leaves unfinished.

    True when `prev` does not end a sentence and `line` starts in lower case or
    with a digit (`chưa thực` / `sự theo`, `trước ngày` / `30/6/2026`), or when
    `prev` ends with a comma or a word that cannot end a sentence
    (`Sở Văn hóa,` / `Thể thao và Du lịch`, `phối hợp với` / `Sở Tài chính`).
    Never across an item marker, a list dash or an upper-case line."""
    return _Paragraph(prev).continued_by(line)


class _Paragraph:
    """A line being rebuilt from pieces, with what `continues` asks of it kept up
    to date piece by piece: joining thousands of wrapped lines stays linear (no
    re-scan of the whole line, no string copied for each piece)."""

    def __init__(self, first: str) -> None:
        self.parts = [first]
        self.length = len(first)
        self.has_alpha = False
        self.upper = 0  # letters in upper case
        self.lower = 0  # > 0: some letter is not in upper case
        self._count(first)

    def _count(self, piece: str) -> None:
        letters = "".join(filter(str.isalpha, piece))
        if not letters:
            return
        self.has_alpha = True
        # Only a line in capitals needs its letters counted (C-speed test first);
        # any other letter rules capitals out for good.
        if letters.isupper() and all(c.isupper() for c in letters):
            self.upper += len(letters)
        else:
            self.lower += 1

    def is_caps(self) -> bool:
        return self.upper >= 2 and self.lower == 0

    def add(self, line: str) -> None:
        self.parts.append(line)
        self.length += len(line) + 1
        self._count(line)

    def tail(self, size: int = 200) -> str:
        """The last characters of the line (a piece alone is enough: pieces join with spaces)."""
        return self.parts[-1][-size:]

    def text(self) -> str:
        return " ".join(self.parts)

    def continued_by(self, line: str, layout: _Layout | None = None, *,
                     after_blank: bool = False) -> bool:
        if not self.length or not line or _is_caps(line):
            return False
        if not self.has_alpha or self.is_caps():
            return False
        end = self.tail()
        if _FIELD_START.match(line) and not _open_end(end):
            return False  # "V/v …", "Ngày gửi: 05/11/2026": a field of a form or header
        if _BLOCK_START.match(line):
            # "giai đoạn 2026" / "- 2030, báo cáo …": a range of years cut at its dash
            # by a wrap, not a list dash; "… tại thôn" / "5. Sau khi kiểm tra …": a
            # number a wrap put at the start of a line, after a line it filled.
            if _DASH_NUMBER.match(line):
                return end[-1:].isdigit()
            return layout is not None and _NUMBER_START.match(line) is not None \
                and layout.wraps(self.parts[-1], line, after_blank=after_blank) \
                and not _SENTENCE_END.search(end)
        if layout is not None and layout.wraps(self.parts[-1], line, after_blank=after_blank,
                                               joined=len(self.parts) > 1):
            return True
        if end.endswith((";", ",")) and line[0].islower():
            return True  # "… vắc xin;" / "hoàn thành trước ngày …": the clause goes on
        if _SENTENCE_END.search(end) or end.endswith("./."):
            return False
        first = line[0]
        if first.islower() or first.isdigit():
            # ")" ends an item marker line ("a)") but not a sentence: "(…) để".
            return not (end.endswith(")") and self.length <= 3)
        if end.endswith(")"):
            return False
        return _open_end(end)


def _open_end(end: str) -> bool:
    """A line that stops in the middle of a phrase: a comma, a dash, an open bracket, or
    a word that cannot end a sentence ("phối hợp với" / "Sở Tài chính")."""
    last_word = end.rsplit(" ", 1)[-1]
    return end.endswith((",", " -", "(", "“")) or last_word.lower() in _CONNECTORS


_DASH_NUMBER = re.compile(r"^[-–]\s*\d")
# A line that opens with a field's label: "V/v …", "Kính gửi: …", "Ngày gửi: …".
_FIELD_START = re.compile(r"^(?:V/v\b|[A-ZĐ][^\s:,;.]*(?:\s+[^\s:,;.]+){0,3}:\s)")
_NUMBER_START = re.compile(r"^\d{1,3}[.)]?\s")


class _Layout:
    """How a text's lines break: at a fixed width (a hard wrap), or only between
    paragraphs, which a blank line separates. Either way a line break that is
    not a paragraph break is a wrap, whatever case the next line starts with
    ("… làm rõ việc" / "Công ty TNHH Minh Phát xả thải …")."""

    def __init__(self, lines: list[str], measure: Callable[[str], int]) -> None:
        self.measure = measure
        self.width = wrap_width(lines, measure)
        self.blank_separated = self.width is None and _blank_separated(lines)

    def wraps(self, piece: str, line: str, *, after_blank: bool, joined: bool = False) -> bool:
        """Whether the break between `piece` (a line) and the next `line` is a wrap.
        `joined`: the paragraph already runs over several lines, so it is no title."""
        if piece.startswith("|") or line.startswith("|") or piece.endswith(":"):
            return False  # a table row, or a lead-in whose list follows
        ends_sentence = _SENTENCE_END.search(piece) is not None or piece.endswith("./.")
        if joined and not ends_sentence and not after_blank \
                and (self.width is not None or self.blank_separated):
            # A paragraph broken over lines ends with its sentence, not in the middle
            # of one ("… làm rõ việc" / "Công ty TNHH Minh Phát …"), even on a short line.
            return True
        if self.width is not None:
            # The next word did not fit on this line. Across a blank line (a page
            # break) only a sentence left open goes on.
            first_word = line.split(" ", 1)[0]
            full = self.measure(piece) + 1 + self.measure(first_word) > self.width
            return full and not (after_blank and ends_sentence)
        # Paragraphs between blank lines: a long line that leaves its sentence open
        # and runs on into the next line without a blank was cut by a wrap.
        return self.blank_separated and not after_blank and not ends_sentence \
            and self.measure(piece) >= _LONG_LINE


# A hard-wrapped text: enough lines end within a few characters of one width.
_WRAP_MIN_LINES = 6
_WRAP_BAND = 12  # characters below the width that a filled line reaches
_WRAP_SHARE = 0.2  # of the text's lines
_WRAP_WIDTHS = (40, 140)


def wrap_width(lines: list[str], measure: Callable[[str], int] = len) -> int | None:
    """The width a text was hard-wrapped at (an e-mail, a PDF copy), or None.

    Lines that are filled up to the width are what a wrap leaves: many lines
    ending within a few characters below one length, hardly any beyond it.
    Table rows and lines in capitals (the letterhead) are left out of the count."""
    lengths = sorted(measure(line) for line in lines
                     if line and not line.startswith("|") and not _is_caps(line))
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = lengths[int(0.97 * (len(lengths) - 1))]  # a few longer lines are tolerated
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    filled = sum(1 for n in lengths if width - _WRAP_BAND <= n <= width)
    if filled < max(_WRAP_MIN_LINES, _WRAP_SHARE * len(lengths)):
        return None
    return width


_LONG_LINE = 50  # characters: longer than the titles that stand alone without a period


def _blank_separated(lines: list[str]) -> bool:
    """The text separates its paragraphs with blank lines: most lines that end a
    sentence are followed by a blank one."""
    ends = [i for i, line in enumerate(lines[:-1]) if line.endswith((".", ";"))]
    if len(ends) < 4:
        return False
    return sum(1 for i in ends if lines[i + 1] == "") >= 0.8 * len(ends)


def _drop_running_heads(text: str) -> str:
    """Running headers and footers of a text with form feeds (one per page): a line
    that opens (or closes) most pages, digits aside ("Số 215/TB-UBND - Trang 2"),
    is the page's furniture, not the notice's text."""
    pages = text.split("\f")
    if len(pages) < 3:
        return text

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    def edges(page: str) -> list[str]:
        lines = [line for line in page.split("\n") if line.strip()]
        return [key(x) for x in {*lines[:2], *lines[-2:]}]

    counts: dict[str, int] = {}
    for page in pages:
        for k in set(edges(page)):
            counts[k] = counts.get(k, 0) + 1
    furniture = {k for k, n in counts.items() if n >= max(3, len(pages) // 2 + 1) and k}
    if not furniture:
        return text
    out = []
    for page in pages:
        lines = page.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        ends = {*filled[:2], *filled[-2:]}
        out.append("\n".join(line for i, line in enumerate(lines)
                             if not (i in ends and key(line) in furniture)))
    return "\f".join(out)


def _repair_page_breaks(lines: list[str], width: Callable[[str], int] = len) -> list[str]:
    """Join `chưa thực` / blank / `sự theo` back into one line.

    A page break shows as one or more blank lines (a hard wrap as none) between
    a line that does not end its sentence and the line that carries it on."""
    out: list[_Paragraph | None] = []  # None: a blank line
    blank_run = False
    layout = _Layout(lines, width)
    for line in lines:
        if line == "":
            blank_run = bool(out)
            continue
        last = out[-1] if out else None
        if last is not None and last.continued_by(line, layout, after_blank=blank_run):
            last.add(line)
        else:
            if blank_run:
                out.append(None)
            out.append(_Paragraph(line))
        blank_run = False
    return ["" if p is None else p.text() for p in out]


def _fold_char(c: str) -> str:
    decomposed = unicodedata.normalize("NFD", c.translate(_LOOKALIKES))
    stripped = "".join(x for x in decomposed if not unicodedata.combining(x))
    return stripped.replace("đ", "d").replace("Đ", "D")


class _FoldTable(dict[int, str]):
    """`str.translate` table of `_fold_char`, filled on first use of a character:
    folding runs at C speed (search and matching fold every name they meet)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = _fold_char(chr(code))
        return value


_FOLD_CHARS = _FoldTable()


def fold(text: str) -> str:
    """Lower case without diacritics, đ as d: `Đăng ký` → `dang ky`.

    Used for search and matching, since users type without diacritics."""
    return " ".join(text.translate(_FOLD_CHARS).lower().split())


def strip_terminal_escapes(text: str) -> str:
    """Remove ANSI escape sequences so notice text cannot drive the terminal."""
    return re.sub(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])", "", text)
