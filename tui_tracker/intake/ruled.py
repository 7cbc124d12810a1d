"""Ruled tables on a scanned page: the rules found in the page image, the cells
from where the rules cross, OCR words put in their cells.

A text-layer PDF draws its table rules as lines, which pdfplumber turns into
cells; a scan has only pixels, and tesseract reads a table's cells as loose
words: the rows of a task table ("TT | Nội dung | Cơ quan chủ trì | …") come
out as scattered lines in which the parser finds no task. Here the rules are
found in the page image itself:

- a pixel is ink when clearly darker than the paper;
- the image is cut into short strips along each direction (Pillow's `reduce`
  averages each strip in C); a strip nearly all ink lies on a rule, and a rule
  is a long run of such strips, in one row of pixels or in neighbouring rows
  (its thickness, the steps of a slightly skewed scan). Text never makes one:
  its strokes are shorter than an inch across and than a line of text high.
  A run many rows thick is a dark area (a scanner's border), not a rule;
- horizontal and vertical rules that cross make a grid; its boxes lie between
  neighbouring rules, and two boxes are one cell where no rule runs between
  them (a cell that spans two columns or rows).

Finding them reads each pixel a constant number of times (the ink threshold,
two reductions); what follows works on the reduced images and on a few dozen
rules.

The cells are then read apart from the page (`Sheet`): cut out inside their
rules and laid out with white space between them, so that tesseract reads
each cell's lines alone instead of running a row's cells together, and a rule
touching the text (a tight table) is not read as a letter. The words are put
in the cell their box's middle lies in, and the table is written as the
text-layer reader writes it (`layout.table_line`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui_tracker.intake import layout
from tui_tracker.intake.layout import Line, Word

if TYPE_CHECKING:
    from PIL.Image import Image

# Lengths in inches, so that they hold at whatever resolution the page is rendered.
# Strips along a rule: 24 an inch (12 px at 300 dpi).
STRIP = 1 / 24
# A strip lies on a rule when at least this share of its pixels is ink (a
# scanned rule has gaps and grey edges).
FULL = 0.75
# Shortest rules: a table is wider than an inch; a row of one line of text is
# about 0.2 inch high, a letter's stem shorter ("l", "|": under 0.2 inch at
# 14 pt, the largest body type).
MIN_HORIZONTAL = 1.0
MIN_VERTICAL = 0.2
# Thickest rule: a 2 pt border. Thicker is a dark area.
MAX_THICKNESS = 2 / 72
# Steepest rule: a scan skewed by 3°. A steeper run of ink is an edge of a dark
# area (a skewed scan's grey corner), not a rule.
MAX_SLOPE = 0.05
# How far apart the pieces of one rule may lie across it, and how close a
# rule's end must come to another rule to meet it.
TOLERANCE = 1 / 30
# A boundary between two boxes is ruled when this share of its strips is.
RULED = 0.8
# More rules than this in one direction, or more cells than this in one grid,
# is no notice's table (graph paper, a hatched drawing): the page is read as
# it is, and the work stays small.
MAX_RULES = 400
MAX_CELLS = 2_000
# Runs of ink near a rule at least this long are the rule, painted white before
# the cells are read; a letter's stroke is shorter ("TT" in 12 pt bold: 0.2 inch).
ERASE = 0.25
# White space between the cells laid out for OCR: wider than any gap between
# words, so each cell reads as a block of its own.
GAP = 0.2

_RUN = re.compile(rb"\x01{2,}")  # two strips at least: a lone strip is a stroke of text
_FULL = bytes(1 if value >= FULL * 255 else 0 for value in range(256))


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight rule, in pixels: `at` is its mean y (horizontal) or x
    (vertical), `start`-`end` its extent along its length, `drift` how far it
    strays from `at` (half the rows it spans: a skewed scan's)."""

    at: float
    start: float
    end: float
    drift: float

    @property
    def length(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Grid:
    """A ruled table: rule positions left to right (`xs`) and top to bottom
    (`ys`), in pixels, with how far each strays (`x_drift`, `y_drift`);
    `cells[r * columns + c]` is the box that box (r, c) is one cell with: the
    top-left box of a merged cell, its own index otherwise."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    x_drift: tuple[float, ...]
    y_drift: tuple[float, ...]
    cells: tuple[int, ...]

    @property
    def columns(self) -> int:
        return len(self.xs) - 1

    @property
    def rows(self) -> int:
        return len(self.ys) - 1

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    def span(self, cell: int) -> tuple[int, int, int, int]:
        """The boxes cell `cell` covers: first row, first column, end row, end column."""
        row, column = divmod(cell, self.columns)
        end_row, end_column = row + 1, column + 1
        while end_column < self.columns and self.cells[row * self.columns + end_column] == cell:
            end_column += 1
        while end_row < self.rows and self.cells[end_row * self.columns + column] == cell:
            end_row += 1
        return row, column, end_row, end_column

    def roots(self) -> list[int]:
        """The cells, in reading order (each by its top-left box)."""
        return [box for box, cell in enumerate(self.cells) if box == cell]


class _Strips:
    """An image of ink reduced along one direction: row r holds, for each strip
    of `step` pixels along the row, 1 when the strip is nearly all ink, else 0."""

    def __init__(self, reduced: Image, step: int) -> None:
        self.width, self.height = reduced.size
        self.step = step
        self.data = reduced.tobytes().translate(_FULL)

    def row(self, r: int) -> bytes:
        return self.data[r * self.width:(r + 1) * self.width]

    def runs(self, r: int, start: int = 0, end: int | None = None) -> Iterable[tuple[int, int]]:
        """The runs of full strips of row `r` (in strips), from strip `start` to `end`."""
        row = self.row(r)
        return ((m.start(), m.end()) for m in _RUN.finditer(row, start, len(row) if end is None
                                                            else end))

    def rules(self, tolerance: int, thickest: float) -> list[Rule]:
        """The rules along the rows: runs of full strips joined when they
        overlap or meet (across one missing strip) a run of the last
        `tolerance` rows; kept when at most `thickest` rows thick on average
        and no steeper than MAX_SLOPE.

        Each strip remembers the rule that last covered it, and when: a run
        looks only at its own strips and their two neighbours, so the work is
        linear in the strips, however many runs a page holds."""
        pieces: list[_Piece] = []
        owner: list[_Piece | None] = [None] * self.width
        when = [-tolerance - 1] * self.width
        for r in range(self.height):
            recent = r - tolerance
            for start, end in self.runs(r):
                piece = next((owner[x] for x in range(max(start - 1, 0), min(end + 1, self.width))
                              if when[x] >= recent), None)
                if piece is None:
                    piece = _Piece(r, start, end)
                    pieces.append(piece)
                else:
                    piece.add(r, start, end)
                owner[start:end] = [piece] * (end - start)
                when[start:end] = [r] * (end - start)
        return [Rule(p.weighted / p.weight + 0.5, p.start * self.step,
                     min(p.end * self.step, self.width * self.step), (p.last - p.first) / 2)
                for p in pieces if p.weight <= thickest * (p.end - p.start)
                and p.last - p.first <= thickest + MAX_SLOPE * (p.end - p.start) * self.step]

    def ruled(self, at: float, start: float, end: float, reach: float) -> bool:
        """Whether a rule runs at `at` (within `reach` pixels) from `start` to
        `end`: most strips strictly between them are full in some row there."""
        first, last = int(start / self.step) + 1, int(end / self.step) - 1
        if last <= first:
            return True  # too short to tell: a box that small is no cell of its own
        band = [self.row(r)[first:last]
                for r in range(max(int(at - reach), 0), min(int(at + reach) + 1, self.height))]
        if not band:
            return False
        hits = sum(1 for strip in zip(*band, strict=True) if any(strip))
        return hits >= RULED * (last - first)


class _Piece:
    """A rule being gathered from the runs of successive rows."""

    __slots__ = ("first", "last", "start", "end", "weight", "weighted")

    def __init__(self, row: int, start: int, end: int) -> None:
        self.first = self.last = row
        self.start, self.end = start, end
        self.weight = end - start
        self.weighted = float(row * (end - start))

    def add(self, row: int, start: int, end: int) -> None:
        self.last = row
        self.start, self.end = min(self.start, start), max(self.end, end)
        self.weight += end - start
        self.weighted += row * (end - start)


@dataclass(frozen=True)
class _Rules:
    """A page image's ink as strips along rows (`across`) and along columns
    (`down`), at the scale of its resolution."""

    across: _Strips
    down: _Strips
    tolerance: int


def find_grids(image: Image, dpi: float) -> list[Grid]:
    """The ruled tables of a grey page image rendered at `dpi`: grids of two
    columns at least (a framed box is a framed paragraph, read as text)."""
    from PIL import Image as PILImage

    ink = _ink(image)
    step = max(2, round(dpi * STRIP))
    tolerance = max(2, round(dpi * TOLERANCE))
    thickest = max(2.0, dpi * MAX_THICKNESS)
    across = _Strips(ink.reduce((step, 1)), step)  # its rows are the image's rows
    down = _Strips(ink.reduce((1, step)).transpose(PILImage.Transpose.TRANSPOSE), step)
    ink.close()
    horizontal = [r for r in across.rules(tolerance, thickest)
                  if r.length >= MIN_HORIZONTAL * dpi]
    vertical = [r for r in down.rules(tolerance, thickest) if r.length >= MIN_VERTICAL * dpi]
    if len(horizontal) > MAX_RULES or len(vertical) > MAX_RULES:
        return []
    grids = []
    for lines, columns in _crossing_sets(horizontal, vertical, tolerance):
        ys, y_drift = _positions(lines, tolerance)
        xs, x_drift = _positions(columns, tolerance)
        if len(xs) < 3 or len(ys) < 2 or (len(xs) - 1) * (len(ys) - 1) > MAX_CELLS:
            continue
        cells = _cells(xs, ys, x_drift, y_drift, _Rules(across, down, tolerance))
        grids.append(Grid(xs, ys, x_drift, y_drift, cells))
    return grids


def _ink(image: Image) -> Image:
    """1-byte image, 255 where `image` has ink: pixels darker than 3/4 of the
    paper's level (the commonest one: most of a page is paper)."""
    grey = image if image.mode == "L" else image.convert("L")
    # The histogram of an 8 × 8 reduction: the paper's level is the same, and it
    # costs a tenth of the full image's.
    histogram = grey.reduce(8).histogram()
    paper = max(range(256), key=lambda level: histogram[level])
    cut = paper * 3 // 4
    return grey.point(bytes(255 if level < cut else 0 for level in range(256)))


def _crossing_sets(horizontal: list[Rule], vertical: list[Rule], tolerance: int
                   ) -> list[tuple[list[Rule], list[Rule]]]:
    """The rules in sets that cross or meet one another, each set as its
    horizontal and its vertical rules."""
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for h, line in enumerate(horizontal):
        for v, column in enumerate(vertical):
            reach_x = tolerance + column.drift
            reach_y = tolerance + line.drift
            if (line.start - reach_x <= column.at <= line.end + reach_x
                    and column.start - reach_y <= line.at <= column.end + reach_y):
                parent[root(len(horizontal) + v)] = root(h)
    sets: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, rule in enumerate(horizontal + vertical):
        sets.setdefault(root(i), ([], []))[0 if i < len(horizontal) else 1].append(rule)
    return list(sets.values())


def _positions(rules: list[Rule], tolerance: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The distinct positions of `rules` (those within `tolerance` are one) and
    how far the rules at each stray."""
    groups: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda rule: rule.at):
        if groups and rule.at - groups[-1][-1].at <= tolerance:
            groups[-1].append(rule)
        else:
            groups.append([rule])
    return (tuple(sum(rule.at for rule in group) / len(group) for group in groups),
            tuple(max(rule.drift for rule in group) for group in groups))


def _cells(xs: Sequence[float], ys: Sequence[float], x_drift: Sequence[float],
           y_drift: Sequence[float], rules: _Rules) -> tuple[int, ...]:
    """For each box of the grid, the top-left box of the cell it is part of:
    neighbouring boxes are one cell where no rule runs between them."""
    columns = len(xs) - 1
    parent = list(range(columns * (len(ys) - 1)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)  # the smaller index is the top-left box

    for r in range(len(ys) - 1):
        for c in range(columns):
            box = r * columns + c
            if c + 1 < columns and not rules.down.ruled(
                    xs[c + 1], ys[r], ys[r + 1], rules.tolerance + x_drift[c + 1]):
                join(box, box + 1)
            if r + 2 < len(ys) and not rules.across.ruled(
                    ys[r + 1], xs[c], xs[c + 1], rules.tolerance + y_drift[r + 1]):
                join(box, box + columns)
    return tuple(root(i) for i in range(len(parent)))


# --- reading the cells ---------------------------------------------------------------------

@dataclass(frozen=True)
class Sheet:
    """Cells of a table laid out apart on a white image for OCR: the image's
    boxes between `xs` and `ys` (row-major) hold the cells `cells` (-1: none)."""

    image: Image
    xs: tuple[int, ...]
    ys: tuple[int, ...]
    cells: tuple[int, ...]

    def rects(self) -> dict[int, tuple[int, int, int, int]]:
        """Each cell's part of the image (x0, top, x1, bottom): all its boxes."""
        columns = len(self.xs) - 1
        spans: dict[int, list[int]] = {}
        for box, cell in enumerate(self.cells):
            if cell < 0:
                continue
            row, column = divmod(box, columns)
            span = spans.setdefault(cell, [column, row, column, row])
            span[2], span[3] = max(span[2], column), max(span[3], row)
        return {cell: (self.xs[c0], self.ys[r0], self.xs[c1 + 1], self.ys[r1 + 1])
                for cell, (c0, r0, c1, r1) in spans.items()}

    def words(self, words: Iterable[Word]) -> dict[int, list[Word]]:
        """`words` (read on this sheet) by the cell their box's middle lies in."""
        out: dict[int, list[Word]] = {}
        columns = len(self.xs) - 1
        for word in words:
            x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
            column = bisect.bisect_right(self.xs, x) - 1
            row = bisect.bisect_right(self.ys, y) - 1
            if 0 <= column < columns and 0 <= row < len(self.ys) - 1:
                cell = self.cells[row * columns + column]
                if cell >= 0:
                    out.setdefault(cell, []).append(word)
        return out


def blank(image: Image, grids: Sequence[Grid]) -> Image:
    """A copy of `image` with the tables of `grids` painted white: the page
    read around them."""
    from PIL import ImageDraw

    out = image.copy()
    draw = ImageDraw.Draw(out)
    for grid in grids:
        reach = max(max(grid.x_drift), max(grid.y_drift)) + 2
        x0, top, x1, bottom = grid.bbox
        draw.rectangle((x0 - reach, top - reach, x1 + reach, bottom + reach), fill=255)
    return out


def spread(image: Image, grid: Grid, dpi: float) -> Sheet:
    """The cells of `grid` cut out of `image` inside their rules and laid out
    as the table is, with white space (`GAP`) between rows and columns."""
    from PIL import Image as PILImage

    table = _without_rules(image, grid, dpi)
    x0, top = int(grid.xs[0]), int(grid.ys[0])
    widths = [int(b) - int(a) for a, b in zip(grid.xs, grid.xs[1:], strict=False)]
    heights = [int(b) - int(a) for a, b in zip(grid.ys, grid.ys[1:], strict=False)]
    # At most the table's size again in white space, however many cells.
    gap = int(max(1, min(GAP * dpi, sum(widths) / (2 * len(widths) + 2),
                         sum(heights) / (2 * len(heights) + 2))))
    xs, ys = _offsets(widths, gap), _offsets(heights, gap)
    sheet = PILImage.new("L", (xs[-1], ys[-1]), 255)
    # Cut a little inside the rules too: a rule's grey fringe and its crossings
    # leave marks that tesseract reads as letters.
    inset = max(1, round(dpi * TOLERANCE / 3))
    for cell in grid.roots():
        row, column, end_row, end_column = grid.span(cell)
        box = (int(grid.xs[column]) - x0 + inset, int(grid.ys[row]) - top + inset,
               int(grid.xs[end_column]) - x0 - inset, int(grid.ys[end_row]) - top - inset)
        sheet.paste(table.crop(box), (xs[column] + inset, ys[row] + inset))
    table.close()
    return Sheet(sheet, tuple(xs), tuple(ys), grid.cells)


def stack(sheet: Sheet, cells: Sequence[int], gap: int, limit: int) -> Sheet:
    """The cells `cells` of `sheet` one under the other, `gap` apart, in an
    image of at most `limit` pixels (cells past it are left out)."""
    from PIL import Image as PILImage

    rects = sheet.rects()
    boxes = [(cell, rects[cell]) for cell in cells]
    width = max(x1 - x0 for _, (x0, _, x1, _) in boxes) + 2 * gap
    kept: list[tuple[int, tuple[int, int, int, int]]] = []
    height = gap
    for cell, box in boxes:
        height += box[3] - box[1] + gap
        if height * width > limit:
            break
        kept.append((cell, box))
    ys = _offsets([box[3] - box[1] for _, box in kept], gap)
    image = PILImage.new("L", (width, ys[-1]), 255)
    for (_, box), y in zip(kept, ys, strict=False):
        image.paste(sheet.image.crop(box), (gap, y))
    return Sheet(image, (0, width), tuple(ys), tuple(cell for cell, _ in kept))


def _offsets(sizes: Sequence[int], gap: int) -> list[int]:
    """Where boxes of `sizes` start when laid out with `gap` before, between and
    after them, then where the last one's gap ends."""
    out = [gap]
    for size in sizes:
        out.append(out[-1] + size + gap)
    return out


def inked(sheet: Sheet, dpi: float) -> list[int]:
    """The cells of `sheet` that hold marks at least a small letter high (a
    lone "1" tesseract may take for a speck): those left without words are read
    again. A rule's remains are thinner."""
    ink = _ink(sheet.image)
    out = []
    for cell, rect in sheet.rects().items():
        bounds = ink.crop(rect).getbbox()
        if bounds is not None and bounds[3] - bounds[1] >= dpi / 20:
            out.append(cell)
    ink.close()
    return out


def _without_rules(image: Image, grid: Grid, dpi: float) -> Image:
    """The table's part of `image` with its rules painted white.

    What is painted are the long runs of full strips near each rule (and a
    strip past each end, which holds the rule's ragged edge): so a skewed rule
    goes too, and a letter's stroke beside a rule stays ("TT" over the rule
    is shorter than ERASE)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    x0, top, x1, bottom = (int(v) for v in grid.bbox)
    reach = max(2, round(dpi * TOLERANCE))
    pad = reach + int(max(max(grid.x_drift), max(grid.y_drift)))
    region = image.crop((x0 - pad, top - pad, x1 + pad, bottom + pad))
    step = max(2, round(dpi * STRIP))
    longest_stroke = max(2, round(dpi * ERASE / step))
    ink = _ink(region)
    across = _Strips(ink.reduce((step, 1)), step)
    down = _Strips(ink.reduce((1, step)).transpose(PILImage.Transpose.TRANSPOSE), step)
    ink.close()
    draw = ImageDraw.Draw(region)

    def erase(strips: _Strips, rules: Sequence[float], drifts: Sequence[float], offset: int,
              horizontal: bool) -> None:
        for at, drift in zip(rules, drifts, strict=True):
            for r in range(max(int(at - reach - drift) - offset, 0),
                           min(int(at + reach + drift) - offset + 1, strips.height)):
                for start, end in strips.runs(r):
                    if end - start >= longest_stroke:
                        a, b = max(start - 1, 0) * step, (end + 1) * step - 1
                        draw.rectangle((a, r, b, r) if horizontal else (r, a, r, b), fill=255)

    erase(across, grid.ys, grid.y_drift, top - pad, True)
    erase(down, grid.xs, grid.x_drift, x0 - pad, False)
    out = region.crop((pad, pad, pad + x1 - x0, pad + bottom - top))
    region.close()
    return out


def table(grid: Grid, words: Mapping[int, Sequence[Word]]) -> Line:
    """The table of `grid` with each cell's `words` (by cell), as the text-layer
    reader writes a ruled table (`layout.table_line`). A cell's lines are
    joined with spaces; a box covered by a merged cell is None, as pdfplumber
    gives it."""
    rows: list[list[str | None]] = []
    for r in range(grid.rows):
        row: list[str | None] = []
        for c in range(grid.columns):
            box = r * grid.columns + c
            if grid.cells[box] != box:
                row.append(None)
                continue
            lines = layout.group_lines(words.get(box, []))
            row.append(" ".join(word.text for line in lines for word in line))
        rows.append(row)
    return layout.table_line(rows, grid.bbox)
