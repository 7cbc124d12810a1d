"""Ruled tables found in page images (tui_tracker.intake.ruled), without OCR.

The pages are drawn here with Pillow at 300 dpi, as the OCR path renders a
scan: rules 3 px thick (a 0.5 pt rule scanned at 200 dpi and rendered at 300),
a little text in the cells, sometimes a cell spanning two columns, a skew, a
scanner's dark border. The reading of the cells by tesseract is tested in
test_ocr.py."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest
from notice_files import page_images, seed_notice, text_pdf
from PIL import Image, ImageDraw, ImageFont

from tui_tracker.intake import ocr, ruled
from tui_tracker.intake.layout import Word

DPI = 300
A4 = (2480, 3508)
XS = (300, 420, 1100, 1500, 1900, 2200)  # TT | task | lead | coordinate | deadline
YS = (1200, 1330, 1530, 1730, 1930)  # header and three rows


def page(xs: Sequence[int] = XS, ys: Sequence[int] = YS, *, spans: Sequence[tuple[int, int]] = (),
         skew: float = 0.0) -> Image.Image:
    """An A4 page with a ruled table (`spans`: (row, column) boxes whose right
    rule is left out, so the box and the next are one cell), a paragraph above
    and below it, and rotated by `skew` degrees."""
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    for y in (ys[0] - 300, ys[0] - 240, ys[-1] + 120):
        draw.text((xs[0], y), "Giao Sở Khoa học và Công nghệ chủ trì, báo cáo trước ngày 20.",
                  font=font, fill=0)
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=0, width=3)
    for c, x in enumerate(xs):
        for r in range(len(ys) - 1):
            if (r, c - 1) not in spans:
                draw.line((x, ys[r], x, ys[r + 1]), fill=0, width=3)
    for r in range(len(ys) - 1):
        for c in range(len(xs) - 1):
            draw.text((xs[c] + 15, ys[r] + 15), f"ô {r}.{c}", font=font, fill=0)
    if skew:
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return image


def _close(found: Sequence[float], drawn: Sequence[int], within: float) -> bool:
    return len(found) == len(drawn) and all(abs(a - b) <= within for a, b in zip(found, drawn,
                                                                                  strict=True))


def test_a_ruled_table_is_found_with_its_rules_and_cells() -> None:
    grids = ruled.find_grids(page(), DPI)
    assert len(grids) == 1
    grid = grids[0]
    assert _close(grid.xs, XS, 2) and _close(grid.ys, YS, 2)
    assert (grid.columns, grid.rows) == (5, 4)
    assert grid.cells == tuple(range(20))  # every box its own cell


def test_a_cell_spanning_two_columns_is_one_cell() -> None:
    """Row 1's task and lead boxes are one cell (no rule between them), as a
    merged cell of Word; the other rows keep all their cells."""
    grid = ruled.find_grids(page(spans=[(1, 1)]), DPI)[0]
    assert grid.cells[1 * 5 + 2] == 1 * 5 + 1
    assert grid.span(6) == (1, 1, 2, 3)
    assert [box for box, cell in enumerate(grid.cells) if box != cell] == [7]


@pytest.mark.parametrize("skew", [0.5, -1.0])
def test_a_skewed_scan_keeps_its_grid(skew: float) -> None:
    grids = ruled.find_grids(page(skew=skew), DPI)
    assert len(grids) == 1
    assert (grids[0].columns, grids[0].rows) == (5, 4)
    assert grids[0].cells == tuple(range(20))


def test_a_dark_scanner_border_is_no_rule() -> None:
    """A skewed scan's grey corners and a black band down the edge are areas,
    not rules: the table is found alone."""
    image = page(skew=1.0)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 40, A4[1]), fill=60)
    draw.polygon([(0, 0), (A4[0], 0), (0, 60)], fill=76)
    grids = ruled.find_grids(image, DPI)
    assert len(grids) == 1 and (grids[0].columns, grids[0].rows) == (5, 4)


def test_rules_that_make_no_table_are_left_alone() -> None:
    """Decree 30's underlines below the issuer and the motto, a framed
    paragraph (one column), a lone vertical rule: no grid, the page is read
    as text."""
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    draw.line((300, 400, 900, 400), fill=0, width=3)
    draw.line((1300, 400, 2100, 400), fill=0, width=3)
    draw.rectangle((300, 800, 2200, 1100), outline=0, width=3)
    draw.line((1200, 1400, 1200, 2000), fill=0, width=3)
    assert ruled.find_grids(image, DPI) == []


def test_a_page_of_text_has_no_grid() -> None:
    """The seed notice printed and scanned (header, motto, lists, signature):
    nothing in it is taken for a table."""
    for image in page_images(text_pdf(seed_notice()), dpi=200):
        scaled = image.resize((image.width * 3 // 2, image.height * 3 // 2))  # 300 dpi
        assert ruled.find_grids(scaled, DPI) == []


def test_graph_paper_is_no_table_and_costs_little() -> None:
    """Rules every tenth of an inch make a grid of thousands of cells: no
    notice's table (MAX_CELLS), refused after the linear pass."""
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    for x in range(100, A4[0] - 100, 30):
        draw.line((x, 100, x, A4[1] - 100), fill=0, width=2)
    for y in range(100, A4[1] - 100, 30):
        draw.line((100, y, A4[0] - 100, y), fill=0, width=2)
    start = time.perf_counter()
    assert ruled.find_grids(image, DPI) == []
    assert time.perf_counter() - start < 5  # 0.05 s here; a page of OCR takes seconds


def test_cells_and_their_words_make_the_rows_the_text_reader_writes() -> None:
    """Words by the cell their middle lies in, a cell's lines joined, a box
    covered by a merged cell empty: the same rows pdfplumber's cells give."""
    image = page(spans=[(2, 2)])
    grid = ruled.find_grids(image, DPI)[0]
    sheet = ruled.spread(image, grid, DPI)
    rects = sheet.rects()
    assert set(rects) == set(grid.roots())

    def word(text: str, cell: int, line: int = 0) -> Word:
        x0, top, _, _ = rects[cell]
        return Word(text, x0 + 20, x0 + 80, top + 20 + 50 * line, top + 60 + 50 * line)

    cells = sheet.words([word("TT", 0), word("Nội", 1), word("dung", 1),
                         word("Rà", 11), word("soát", 11, line=1), word("Sở", 12),
                         word("Tài", 12), word("chính", 12, line=1), word("Quý", 14)])
    line = ruled.table(grid, cells)
    assert line.kind == "table"
    # Row 1 has no word: left out, as the text-layer reader leaves out empty rows.
    # Row 2's lead cell covers the coordinate box: that one is empty.
    assert line.text.splitlines() == [
        "| TT | Nội dung |  |  |  |",
        "|  | Rà soát | Sở Tài chính |  | Quý |",
    ]
    assert (line.x0, line.top, line.x1, line.bottom) == grid.bbox


def test_a_table_is_read_from_cells_laid_apart_without_their_rules() -> None:
    """The sheet tesseract reads: each cell's ink, the rules gone, white space
    between the cells."""
    image = page()
    grid = ruled.find_grids(image, DPI)[0]
    sheet = ruled.spread(image, grid, DPI)
    assert sheet.image.width > XS[-1] - XS[0] and sheet.image.height > YS[-1] - YS[0]
    assert sorted(ruled.inked(sheet, DPI)) == list(range(20))  # the text of each cell
    gap = sheet.xs[0]
    ink = sheet.image.point(lambda level: 255 if level < 128 else 0)
    # The white space around and between the cells holds no ink: no rule is left.
    assert ink.crop((0, 0, sheet.image.width, gap)).getbbox() is None
    for x in sheet.xs[1:-1]:
        assert ink.crop((x - gap // 2, 0, x - 2, sheet.image.height)).getbbox() is None


class _Engine:
    """An OcrEngine stand-in that gives fixed words and keeps what it read."""

    def __init__(self, words: list[Word]) -> None:
        self.seen: list[Image.Image] = []
        self._words = words

    def read(self, image: Image.Image) -> list[Word]:
        self.seen.append(image)
        return list(self._words)


def test_a_page_without_a_table_is_read_as_it_is() -> None:
    image = Image.new("L", A4, 255)
    ImageDraw.Draw(image).text((300, 300), "Kính gửi: Sở Tài chính", fill=0,
                               font=ImageFont.load_default(size=40))
    words = [Word("Kính", 300, 380, 300, 340), Word("gửi:", 390, 470, 300, 340)]
    fake = _Engine(words)
    engine = ocr.OcrEngine(words=fake.read, version="fake", block_words=fake.read)
    read = ocr.read_page(engine, image, DPI)
    assert fake.seen == [image]  # the page itself, once
    assert read.tables == []
    scale = 72 / DPI
    assert read.words == [Word(w.text, w.x0 * scale, w.x1 * scale, w.top * scale,
                               w.bottom * scale) for w in words]
