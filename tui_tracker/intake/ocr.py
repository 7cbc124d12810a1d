"""Optical character recognition of image-only pages with tesseract (optional).

Scanned notices are PDFs of page images without a text layer. tesseract with
its Vietnamese data (`apt-get install tesseract-ocr tesseract-ocr-vie`) reads
them, through pytesseract (`pip install 'tui-tracker[ocr]'`). Both are
optional: without them such a PDF is refused with a sentence saying how to
enable OCR, never read as an empty notice.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tui_tracker.intake import ruled
from tui_tracker.intake.layout import Line, Word

if TYPE_CHECKING:
    from PIL.Image import Image

LANGUAGE = "vie"
# Rasterising resolution: tesseract reads body text best at about 300 dpi.
DPI = 300
# Largest page image handed to tesseract (an A3 page at 300 dpi is 17 million
# pixels): a larger page is rendered at a lower resolution, so that memory stays
# bounded whatever the page size the PDF declares.
MAX_PIXELS = 20_000_000


def render_dpi(width: float, height: float) -> float:
    """The resolution to render a page of `width` × `height` points at: DPI,
    or less for a page that would pass MAX_PIXELS at DPI."""
    pixels = (width * DPI / 72) * (height * DPI / 72)
    if pixels <= MAX_PIXELS:
        return float(DPI)
    return float(DPI * (MAX_PIXELS / pixels) ** 0.5)  # a float to the 0.5 is typed Any


@dataclass(frozen=True)
class OcrEngine:
    """A usable tesseract: `words(image)` gives the positioned words of a page
    image, `block_words(image)` those of an image read as one block of lines
    (tesseract's page layout analysis off: it drops a lone "1" as a speck)."""

    words: Callable[[Any], list[Word]]
    version: str
    block_words: Callable[[Any], list[Word]]


@functools.lru_cache(maxsize=1)
def find_engine() -> OcrEngine | None:
    """tesseract with Vietnamese data through pytesseract, or None when any
    part is missing (the caller refuses the file and says how to install it)."""
    try:
        import pytesseract
    except ImportError:
        return None
    try:
        version = str(pytesseract.get_tesseract_version())
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        return None
    if LANGUAGE not in languages:
        return None
    # tesseract's OpenMP threads fight over the cores of a shared office server:
    # measured here, one thread read a page in 2 s where the default took 15 s.
    # pytesseract starts tesseract with our environment.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # Item letters read as no letter ("0)" for "f)") are read again alone, with
    # English data when installed (Debian's tesseract-ocr brings it): its model
    # knows "f", which Vietnamese does not use.
    marker_language = "eng" if "eng" in languages else LANGUAGE
    return OcrEngine(words=functools.partial(_words, marker_language=marker_language),
                     version=version,
                     block_words=functools.partial(_words, marker_language=marker_language,
                                                   psm=6))


class OcrFailed(Exception):
    """tesseract crashed or was killed on a page; its error is the cause."""


@dataclass(frozen=True)
class OcrPage:
    """A page read by OCR, in PDF points: the words outside its ruled tables,
    and those tables as rows (`layout.table_line`)."""

    words: list[Word]
    tables: list[Line]


def read_page(engine: OcrEngine, image: Image, dpi: float) -> OcrPage:
    """The page image `image`, rendered at `dpi`, read by `engine`.

    Its ruled tables (`ruled.find_grids`) are read apart: the page around
    them, then each table's cells laid out with white space between them
    (`ruled.spread`), words put in cells by their boxes. Read with the page,
    tesseract runs a row's cells together line by line and reads a rule
    touching the text as a letter. A cell with ink but no word (a lone row
    number, which page layout analysis drops as a speck) is read again as a
    block of lines. A page without a table is read as it is."""
    grids = ruled.find_grids(image, dpi)
    if not grids:
        words, tables = _read(engine.words, image), []
    else:
        page = ruled.blank(image, grids)
        try:
            words = _read(engine.words, page)
        finally:
            page.close()
        tables = [_table(engine, image, grid, dpi) for grid in grids]
    # Pixels → PDF points, so OCR'd and text pages share one page geometry
    # (margins, where a line is full).
    scale = 72 / dpi
    return OcrPage([Word(w.text, w.x0 * scale, w.x1 * scale, w.top * scale, w.bottom * scale)
                    for w in words],
                   [dataclasses.replace(table, x0=table.x0 * scale, x1=table.x1 * scale,
                                        top=table.top * scale, bottom=table.bottom * scale)
                    for table in tables])


def _table(engine: OcrEngine, image: Image, grid: ruled.Grid, dpi: float) -> Line:
    sheet = ruled.spread(image, grid, dpi)
    try:
        cells = sheet.words(_read(engine.words, sheet.image))
        unread = [cell for cell in ruled.inked(sheet, dpi) if cell not in cells]
        if unread:
            again = ruled.stack(sheet, unread, sheet.ys[0], MAX_PIXELS // 4)
            try:
                cells.update(again.words(_read(engine.block_words, again.image)))
            finally:
                again.image.close()
    finally:
        sheet.image.close()
    return ruled.table(grid, cells)


def _read(read: Callable[[Any], list[Word]], image: Image) -> list[Word]:
    try:
        return read(image)
    except Exception as exc:  # tesseract crashed or was killed: anything pytesseract raises
        raise OcrFailed(str(exc)) from exc


def _words(image: Any, marker_language: str = LANGUAGE, psm: int = 3) -> list[Word]:
    """tesseract's words with their boxes, read with page segmentation mode
    `psm` (3: a page, laid out by tesseract; 6: one block of lines). Each word
    takes its line's vertical extent, so a slightly skewed scan still groups
    into the lines tesseract saw. An item marker read as no letter ("0)",
    "ø)") is read again (`_reread`)."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang=LANGUAGE, config=f"--psm {psm}",
                                     output_type=pytesseract.Output.DICT)
    heights = [h for h, text in zip(data["height"], data["text"], strict=True)
               if text and text.strip()]
    usual = statistics.median(heights) if heights else 0
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if text and text.strip() and not _speck(text.strip(), float(data["conf"][i]),
                                                 data["height"][i], usual):
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    words: list[Word] = []
    for indices in lines.values():
        top = min(data["top"][i] for i in indices)
        bottom = max(data["top"][i] + data["height"][i] for i in indices)
        for n, i in enumerate(indices):
            left = float(data["left"][i])
            text = data["text"][i].strip()
            if n == 0 and len(indices) > 1 and _GARBLED_ITEM.match(text):
                box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
                text = _reread(image, box, marker_language) or text
            words.append(Word(text, left, left + data["width"][i], float(top), float(bottom)))
    return words


# An item marker whose letter came out as no letter nor digit: "ø)", "0)" for "f)".
_GARBLED_ITEM = re.compile(r"^[^\w\s]\)$|^[0ø]\)$")
_ITEM = re.compile(r"^[a-zđ]\)$")


def _reread(image: Any, box: tuple[int, int, int, int], language: str) -> str | None:
    """The marker in `box` read alone, as one word of the letters items use;
    None when that reading is no item marker either."""
    import pytesseract

    left, top, width, height = box
    pad = max(4, height // 3)
    crop = image.crop((max(left - pad, 0), max(top - pad, 0), left + width + pad,
                       top + height + pad))
    try:
        text = pytesseract.image_to_string(
            crop, lang=language,
            config="--psm 8 -c tessedit_char_whitelist=abcdefghiklmnopqrstuvxyđ)").strip()
    except (pytesseract.TesseractError, OSError):
        return None
    return text if _ITEM.match(text) else None


# Punctuation that stands alone as a word in a notice: list dashes, the
# motto's dashes, "&" of "KH&CN" split by the scan.
_LONE_MARKS = frozenset("-–—+•*·/&%")


def _speck(text: str, confidence: float, height: int, usual: float) -> bool:
    """Noise tesseract reads as a word: a mark that is no letter, digit or
    usual punctuation (a speck of the scan, a stroke of a signature: "£",
    "`"), a lone letter or digit far smaller than the text or read with
    very low confidence.

    A low confidence alone is no reason: tesseract is unsure of what its
    Vietnamese model has seldom seen, such as "II." at the head of a section,
    "NN&MT" or "IV/2027.", and dropping those loses sections and deadlines."""
    if not any(c.isalnum() for c in text):
        return text not in _LONE_MARKS
    return len(text) == 1 and (0 <= confidence < 30 or height < 0.4 * usual)
