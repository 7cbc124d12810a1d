"""Positioned words of printed pages → the text of a notice, in reading order.

A PDF's text layer (and OCR) gives words with their boxes, not paragraphs.
This module rebuilds what a person reads, and what the parser expects of a
.txt copy:

- lines wrapped by the page joined back into one line per paragraph (a line
  wrapped when the next line's first word would not have fitted on it),
  also across a page break in mid-sentence;
- two-column blocks (the header "ỦY BAN NHÂN DÂN | CỘNG HÒA …", the signature
  table "Nơi nhận | KT. CHỦ TỊCH") read column by column, left then right,
  instead of line by line across both columns;
- running headers and footers (a line repeated at the top or bottom of most
  pages) and page numbers ("2", "- 2 -", "Trang 2/5") dropped.

Units are PDF points (or pixels for OCR): only ratios to the line height matter.
"""

from __future__ import annotations

import re
import statistics
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)  # slots: a 200-page PDF has 100,000 words
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Line:
    """A line of text, or a whole table (`kind` "table", text of several lines).

    "flow" lines may be joined with their neighbours into paragraphs; "fixed"
    lines (a column of a two-column block, a line with several cells) and
    tables are kept as they are."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    kind: str = "flow"  # "flow" | "fixed" | "table"
    first_word_width: float = 0.0
    # Where the text after a leading list marker starts ("a)", tab, text): the
    # item's wrapped lines may hang there, right of the marker.
    hang: float | None = None
    # Separator before this line inside a two-column block ("\n" or "\n\n").
    gap_before: str | None = field(default=None, compare=False)
    # Where the line sorts on its page: its top, or the top of its two-column
    # block (so the block stays together, left column first).
    rank: float | None = field(default=None, compare=False)

    @property
    def position(self) -> float:
        return self.top if self.rank is None else self.rank

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


# A line that starts a new paragraph whatever the geometry says: an item or
# section marker, a list dash. Not "(1)", "(2)": such enumerations run inside a
# paragraph and often wrap to the start of a line.
_BLOCK_START = re.compile(
    r"^(?:[a-zđ][.)]\s|[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]\s|[IVXLC]+[.)]\s|[-+•*–—]\s)",
    re.IGNORECASE)
# Page numbers as offices print them.
_PAGE_NUMBER = re.compile(
    r"^(?:-\s*\d{1,3}\s*-|\d{1,3}|(?:trang|page)\s+\d{1,3}(?:\s*(?:/|of|trên)\s*\d{1,3})?"
    r"|\d{1,3}\s*/\s*\d{1,3})$", re.IGNORECASE)
# A list marker standing alone as a word: Word puts a tab after "1." and "-",
# which leaves a gap a column gutter could be mistaken for.
_MARKER = re.compile(
    r"^(?:[a-zđ][.)]|[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[IVXLC]+[.)]|[-+•*–—·▪►o]"
    r"|\((?:[0-9]{1,2}|[a-zđ]|[ivx]{1,4})\))$", re.IGNORECASE)
# Gap between two words, in line heights, that separates two columns: justified
# text spreads its words by well under one line height.
COLUMN_GAP = 2.0
# Vertical gap, in line heights, that ends a block of lines (a table row's
# lines and a paragraph's are closer; blank paragraphs, a signature's space,
# the space between the header and "Kính gửi" are wider).
BLOCK_GAP = 1.0
# Lines of text a page needs to have margins of its own (else the document's).
MARGIN_LINES = 5


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words → lines (top to bottom), each line's words left to right. A word
    belongs to the current line when its vertical middle lies within the line."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines:
            current = lines[-1]
            top = min(w.top for w in current)
            bottom = max(w.bottom for w in current)
            if top <= middle <= bottom:
                current.append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _segments(words: list[Word], gap: float) -> list[list[Word]]:
    """A line's words cut at gaps wider than `gap`, except the gap after a
    list marker that opens the line ("1.", "a)", "-" and a tab): that is the
    marker's own indent, not a gutter between two columns."""
    segments = [[words[0]]]
    for index, word in enumerate(words[1:], start=1):
        if word.x0 - segments[-1][-1].x1 > gap and not (
                index == 1 and _MARKER.match(words[0].text)):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _line(words: list[Word], kind: str = "flow") -> Line:
    hang = words[1].x0 if len(words) > 1 and _MARKER.match(words[0].text) else None
    return Line(" ".join(w.text for w in words), words[0].x0, max(w.x1 for w in words),
                min(w.top for w in words), max(w.bottom for w in words), kind,
                words[0].x1 - words[0].x0, hang)


def _union(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for x0, x1 in sorted(intervals):
        if merged and x0 <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
        else:
            merged.append((x0, x1))
    return merged


def _gutter(intervals: list[tuple[float, float]], width: float) -> tuple[float, float] | None:
    """The widest empty vertical strip between the text of some lines, when
    it is at least `width` wide."""
    merged = _union(intervals)
    gaps = [(b[0] - a[1], a[1], b[0]) for a, b in zip(merged, merged[1:], strict=False)]
    if not gaps:
        return None
    size, x0, x1 = max(gaps)
    return (x0, x1) if size >= width else None


def reading_order(lines: Sequence[list[Word]], tables: Sequence[Line] = ()) -> list[Line]:
    """The lines of one page (from `group_lines`) in reading order: two-column
    blocks column by column, `tables` (already rendered, see `table_line`) at
    their place.

    A two-column block is a run of lines that leaves an empty vertical strip
    (the gutter) with text on both sides. Its columns' lines need not share
    baselines: Word centres the signer's title in its cell while the list of
    recipients runs on beside it."""
    if not lines and not tables:
        return []
    heights = [max(w.bottom - w.top, 1.0) for line in lines for w in line]
    height = statistics.median(heights) if heights else 10.0
    gap = COLUMN_GAP * height
    split = [_segments(list(line), gap) for line in lines]
    out: list[Line] = []
    i = 0
    while i < len(split):
        end, gutter = _column_run(split, i, gap, height)
        if gutter is not None:
            out.extend(_columns(split[i:end], gutter, height))
            i = end
            continue
        segments = split[i]
        if len(segments) > 1:  # cells of a borderless table: keep the line whole
            out.append(_line([w for s in segments for w in s], "fixed"))
        else:
            out.append(_line(segments[0]))
        i += 1
    out.extend(tables)
    out.sort(key=lambda line: line.position)  # stable: a block keeps its inner order
    return out


def _column_run(split: list[list[list[Word]]], start: int, gap: float, height: float
                ) -> tuple[int, tuple[float, float] | None]:
    """The end of the longest run of lines from `start` that keeps a gutter,
    and that gutter (None when the lines from `start` have none).

    A run goes on across a vertical gap (`BLOCK_GAP`) only into a block of
    lines that has text on both sides of the gutter too. So a header's split
    ends with the header block even when its left column (a long "V/v"
    summary) runs below the right one: "Kính gửi:" after the gap, alone on
    the left, starts the next block with its list instead of joining the
    header's left column. (A signer's name alone below the signature's space
    ends the run the same way and follows it, which reads the same.)"""
    intervals: list[tuple[float, float]] = []
    gutter = None
    end = start
    bottom = 0.0
    j = start
    while j < len(split):
        if gutter is not None and _top(split[j]) - bottom > BLOCK_GAP * height:
            block_end = _block_end(split, j, height)
            block = [(s[0].x0, s[-1].x1) for line in split[j:block_end] for s in line]
            found = _gutter(intervals + block, gap)
            if found is None or not _both_sides(block, found):
                break
        candidate = intervals + [(s[0].x0, s[-1].x1) for s in split[j]]
        found = _gutter(candidate, gap)
        if found is None:
            if j > start:  # text across the page: later lines cannot open a gutter
                break
            intervals = candidate  # one line of one column: the next may add the other
        else:
            intervals, gutter, end = candidate, found, j + 1
        bottom = max(bottom, _bottom(split[j]))
        j += 1
    return end, gutter


def _top(line: list[list[Word]]) -> float:
    return min(w.top for segment in line for w in segment)


def _bottom(line: list[list[Word]]) -> float:
    return max(w.bottom for segment in line for w in segment)


def _block_end(split: list[list[list[Word]]], start: int, height: float) -> int:
    """The end of the block of lines from `start`: the next vertical gap."""
    bottom = _bottom(split[start])
    end = start + 1
    while end < len(split) and _top(split[end]) - bottom <= BLOCK_GAP * height:
        bottom = max(bottom, _bottom(split[end]))
        end += 1
    return end


def _both_sides(intervals: list[tuple[float, float]], gutter: tuple[float, float]) -> bool:
    middle = (gutter[0] + gutter[1]) / 2
    return (any(x1 <= middle for _, x1 in intervals)
            and any(x0 >= middle for x0, _ in intervals))


def _columns(run: list[list[list[Word]]], gutter: tuple[float, float], height: float
             ) -> list[Line]:
    """The lines of a two-column run, left column first, each column's lines
    top to bottom; a blank line where a column leaves a vertical gap."""
    middle = (gutter[0] + gutter[1]) / 2
    left: list[Line] = []
    right: list[Line] = []
    for segments in run:
        for segment in segments:
            (left if segment[-1].x1 <= middle else right).append(_line(segment, "fixed"))
    left, right = _unwrap_cell(left, middle), _unwrap_cell(right, middle)
    top = min(line.top for line in left + right)
    for column in (left, right):
        for previous, line in zip(column, column[1:], strict=False):
            line.gap_before = "\n\n" if line.top - previous.bottom > height else "\n"
        if column:
            column[0].gap_before = "\n\n"
    ordered = left + right
    for line in ordered:
        line.rank = top
    return ordered


def _unwrap_cell(column: list[Line], middle: float) -> list[Line]:
    """A column's centred lines with those wrapped by their cell joined back:
    "SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG" is one name, "V/v chủ động ứng phó với
    mưa lũ" / "cuối năm 2026" one summary.

    Centred text wrapped when the next line's first word would not have fitted
    beside the line within the cell, whose edge lies about the gutter's middle
    (the text is centred in it): so "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI" stay
    two lines. A line in capitals followed by one that is not ("CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc") is two styles, not a
    wrap. Left-aligned lines (a list of recipients) are kept as they are."""
    out: list[Line] = []
    for line in column:
        previous = out[-1] if out else None
        if previous is not None and _cell_wrap(previous, line, middle):
            out[-1] = Line(f"{previous.text} {line.text}", min(previous.x0, line.x0),
                           max(previous.x1, line.x1), previous.top, line.bottom, "fixed",
                           previous.first_word_width, previous.hang)
        else:
            out.append(line)
    return out


def _cell_wrap(a: Line, b: Line, middle: float) -> bool:
    centre = (a.x0 + a.x1) / 2
    if abs((b.x0 + b.x1) / 2 - centre) > a.height or b.top - a.bottom > 0.6 * a.height:
        return False
    if not any(c.isalnum() for c in b.text):
        return False  # a rule drawn with underscores under the name
    if a.text.isupper() != b.text.isupper() and b.text[:1].isupper():
        return False
    half_cell = abs(middle - centre)
    first_word = (b.x1 - b.x0) if " " not in b.text else b.first_word_width
    return (a.x1 - a.x0) + 0.3 * a.height + first_word > 2 * half_cell


def table_line(rows: Sequence[Sequence[str | None]], bbox: tuple[float, float, float, float]
               ) -> Line:
    """A ruled table as text the parser reads: rows of three or more cells as
    "| a | b | c |" (a task table), a two-column table column by column (the
    signature table), one column as its lines. Cell text wrapped inside the
    cell is joined."""
    x0, top, x1, bottom = bbox
    clean = [[" ".join((cell or "").split()) for cell in row] for row in rows]
    width = max((len(row) for row in clean), default=0)
    if width >= 3:
        text = "\n".join("| " + " | ".join(row) + " |" for row in clean if any(row))
    else:
        columns = [[row[c] for row in rows if c < len(row) and row[c]] for c in range(width)]
        # Inside a cell each line of the cell stays a line (a list of recipients).
        text = "\n\n".join("\n".join((cell or "").strip() for cell in column)
                           for column in columns if column)
    return Line(text, x0, x1, top, bottom, "table")


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _text(line: list[Word]) -> str:
    return " ".join(w.text for w in line)


def running_lines(pages: Sequence[Sequence[str]], zone: int = 2) -> list[set[int]]:
    """Which lines of each page (given as its lines' texts, top to bottom) are
    page numbers or running headers/footers: lines among the first or last
    `zone` of a page that are page numbers ("2", "- 2 -", "Trang 2/5"), or that
    (digits aside) recur there on at least half of the pages (two at least)."""
    def in_zone(page: Sequence[str]) -> set[int]:
        indices = list(range(len(page)))
        return set(indices[:zone] + indices[-zone:])

    counts: dict[str, int] = {}
    for page in pages:
        for key in {_running_key(page[i]) for i in in_zone(page)}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, (len(pages) + 1) // 2)
    return [{i for i in in_zone(page) if _PAGE_NUMBER.match(page[i].strip())
             or counts.get(_running_key(page[i]), 0) >= needed} for page in pages]


def drop_running_lines(pages: list[list[list[Word]]], zone: int = 2) -> list[list[list[Word]]]:
    """`pages` of lines (from `group_lines`) without their `running_lines`."""
    drops = running_lines([[_text(line) for line in page] for page in pages], zone)
    return [[line for i, line in enumerate(page) if i not in drop]
            for page, drop in zip(pages, drops, strict=True)]


class PackedLines:
    """A page's lines of words, packed while the other pages are read: one
    string a line (words never hold a space), the words' boxes in an array of
    4-byte floats. As Word objects, the 100,000 words of a 200-page PDF held
    some 30 MB until the last page was read (running lines are known only then)."""

    __slots__ = ("_lines", "_boxes")

    def __init__(self, lines: Sequence[Sequence[Word]]) -> None:
        self._lines = [" ".join(word.text for word in line) for line in lines]
        self._boxes = array("f", (value for line in lines for word in line
                                  for value in (word.x0, word.x1, word.top, word.bottom)))

    def texts(self) -> list[str]:
        """The text of each line."""
        return list(self._lines)

    def replace_first_word(self, index: int, word: str) -> None:
        """Read the first word of line `index` as `word` (its box unchanged)."""
        assert word and " " not in word
        _, _, rest = self._lines[index].partition(" ")
        self._lines[index] = f"{word} {rest}" if rest else word

    def lines(self) -> list[list[Word]]:
        out: list[list[Word]] = []
        index = 0
        for text in self._lines:
            words = []
            for word in text.split(" "):
                words.append(Word(word, *self._boxes[index:index + 4]))
                index += 4
            out.append(words)
        return out


def _wraps(a: Line, b: Line, left: float, right: float, *, paragraph_gap: float | None) -> bool:
    """Whether `b` carries on `a`'s paragraph: `a` is flow text that ends
    where `b`'s first word would not have fitted (for a centred title: would
    not have fitted in the width of the text), `b` starts no further right
    than `a` (no new indented paragraph) or where `a`'s text starts after its
    list marker (a hanging indent), `b` is not a marker, and no paragraph
    spacing lies between them (`paragraph_gap`, None across pages)."""
    if a.kind != "flow" or b.kind != "flow" or _BLOCK_START.match(b.text):
        return False
    space = 0.3 * a.height
    needed = space + b.first_word_width - 0.5 * space
    middle = (left + right) / 2
    if all(abs((line.x0 + line.x1) / 2 - middle) < line.height and line.x0 > left + line.height
           for line in (a, b)[1 if a.x0 <= left + a.height else 0:]):
        # A centred title (its first line may fill the width): would the next
        # word have fitted in the width of the text?
        if (a.x1 - a.x0) + needed <= right - left:
            return False
    elif a.x1 + needed <= right or (b.x0 > a.x0 + a.height and not (
            a.hang is not None and abs(b.x0 - a.hang) <= a.height)):
        return False
    return paragraph_gap is None or b.top - a.bottom <= paragraph_gap


def _paragraph_gap(page: list[Line]) -> float:
    """The vertical gap above which two lines of a page are two paragraphs:
    clearly more than the usual gap between the lines of a paragraph."""
    flow = [line for line in page if line.kind == "flow"]
    gaps = [b.top - a.bottom for a, b in zip(flow, flow[1:], strict=False) if b.top > a.bottom]
    height = statistics.median(line.height for line in flow) if flow else 10.0
    usual = min(statistics.median(gaps), 0.6 * height) if gaps else 0.3 * height
    return usual + 0.3 * height


def pages_text(pages: Sequence[Sequence[Line]]) -> str:
    """The text of the document: paragraphs joined, pages run on. A page break
    that does not fall inside a paragraph leaves a blank line."""
    page_lines = [list(page) for page in pages]
    flow = [line for page in page_lines for line in page if line.kind == "flow"]
    left = min((line.x0 for line in flow), default=0.0)
    right = max((line.x1 for line in flow), default=0.0)
    parts: list[str] = []
    previous: Line | None = None
    for page in page_lines:
        paragraph_gap = _paragraph_gap(page)
        # A page with enough text has its own margins (a scan is seldom placed
        # exactly where the text pages are); a short page takes the document's.
        own = [line for line in page if line.kind == "flow"]
        page_left, page_right = ((min(line.x0 for line in own), max(line.x1 for line in own))
                                 if len(own) >= MARGIN_LINES else (left, right))
        for index, line in enumerate(page):
            if previous is not None:
                gap = paragraph_gap if index > 0 else None
                if _wraps(previous, line, page_left, page_right, paragraph_gap=gap):
                    parts.append(" ")
                elif index == 0:
                    parts.append("\n\n")
                elif line.kind == "fixed" and previous.kind == "fixed" and line.gap_before:
                    parts.append(line.gap_before)
                else:
                    parts.append("\n\n" if line.top - previous.bottom > paragraph_gap else "\n")
            parts.append(line.text)
            previous = line
    return "".join(parts).strip() + "\n" if parts else ""
