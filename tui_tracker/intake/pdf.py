"""Reading a PDF notice with pdfplumber, pages without a text layer with OCR.

pdfplumber (over pdfminer.six) gives every word with its box, which
`layout` needs to read two-column blocks column by column, to find ruled
tables (`find_tables`) and to drop running headers; pypdf's `extract_text`
gives the content stream's order, which runs the signature table's columns
together line by line.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t
from tui_tracker.intake import layout, limits, markers, ocr
from tui_tracker.intake.layout import Line, Word

if TYPE_CHECKING:
    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF

# A page with fewer visible characters than this in its text layer is an image
# (a scan, perhaps with a stamp or a page number typed over it).
MIN_TEXT_CHARS = 20
OCR_INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie && pip install 'tui-tracker[ocr]'"


@dataclass
class PdfText:
    text: str
    pages: int
    ocr_pages: list[int] = field(default_factory=list)  # 1-based


def read_pdf(data: bytes, name: str) -> PdfText:
    """The text of the PDF `data`; `name` names the file in error messages.

    Pages with a text layer are read from it; image-only pages with OCR when
    tesseract is installed. Without OCR a PDF with any image-only page is
    refused (BadInputError): a notice silently missing a page would lose its
    directives without anyone noticing."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    limits.check_pdf(data, name)
    try:
        document = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise BadInputError(t("intake.pdf.encrypted", path=name)) from None
        raise BadInputError(t("intake.pdf.corrupt", path=name, detail=_detail(cause))) from None
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise BadInputError(t("intake.pdf.corrupt", path=name, detail=_detail(exc))) from None
    with document:
        try:
            return _read_pages(document, data, name)
        except BadInputError:
            raise
        except PdfminerException as exc:
            cause = exc.args[0] if exc.args else exc
            raise BadInputError(t("intake.pdf.corrupt", path=name,
                                  detail=_detail(cause))) from None
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
            # A damaged object deep in the file surfaces only when its page is read.
            raise BadInputError(t("intake.pdf.corrupt", path=name, detail=_detail(exc))) from None


def _detail(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return (text or exc.__class__.__name__)[:120]


def _read_pages(document: PDF, data: bytes, name: str) -> PdfText:
    lines: list[layout.PackedLines] = []  # per page, lines of words
    tables: list[list[Line]] = []
    scanned: list[int] = []
    for number, page in enumerate(document.pages, start=1):
        try:
            words = _words(page)
            if sum(len(w.text) for w in words) < MIN_TEXT_CHARS and page.images:
                scanned.append(number)
                words = []  # read by OCR below
            page_tables = _tables(page) if words else []
        finally:
            # pdfplumber keeps a page's characters, lines and layout objects until
            # the page is closed: unclosed, a 200-page notice held 1 GB.
            page.close()
        lines.append(layout.PackedLines(layout.group_lines(_outside_tables(words,
                                                                           page_tables))))
        tables.append(page_tables)
    if scanned:
        engine = ocr.find_engine()
        if engine is None:
            if len(scanned) == len(lines):
                raise BadInputError(t("intake.pdf.scanned", path=name, install=OCR_INSTALL))
            raise BadInputError(t("intake.pdf.scanned_pages", path=name, install=OCR_INSTALL,
                                  pages=", ".join(map(str, scanned))))
        for number, words, page_tables in _ocr_pages(engine, data, scanned, name):
            lines[number - 1] = layout.PackedLines(layout.group_lines(words))
            tables[number - 1] = page_tables
        _repair_markers(lines, set(scanned))
    drops = layout.running_lines([packed.texts() for packed in lines])
    pages = []
    for packed, drop, page_tables in zip(lines, drops, tables, strict=True):
        kept = [line for i, line in enumerate(packed.lines()) if i not in drop]
        pages.append(layout.reading_order(kept, page_tables))
    return PdfText(layout.pages_text(pages), len(pages), scanned)


def _repair_markers(pages: list[layout.PackedLines], scanned: set[int]) -> None:
    """Put right the section and item markers OCR misread (`markers.repair`),
    in the order of the document's lines."""
    where: list[tuple[int, int]] = []
    first_words: list[tuple[str, bool, bool]] = []
    for number, page in enumerate(pages, start=1):
        for index, text in enumerate(page.texts()):
            first, _, rest = text.partition(" ")
            where.append((number, index))
            first_words.append((first, number in scanned, bool(rest)))
    for position, marker in markers.repair(first_words).items():
        number, index = where[position]
        pages[number - 1].replace_first_word(index, marker)


def _ocr_pages(engine: ocr.OcrEngine, data: bytes, numbers: list[int], name: str
               ) -> Iterator[tuple[int, list[Word], list[Line]]]:
    """The words of the image-only pages `numbers` (1-based) and their ruled
    tables as rows (`ocr.read_page`), in PDF points.

    Each page is rendered in grey (tesseract reads grey; RGB is three times
    the memory) at ocr.DPI, or less when that would pass ocr.MAX_PIXELS, and
    released before the next one."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        for number in numbers:
            try:
                page = document[number - 1]
                try:
                    width, height = page.get_size()
                    dpi = ocr.render_dpi(width, height)
                    # Without smoothing, as pdfplumber renders: an image page's
                    # pixels are scaled as they are, not blurred.
                    image = page.render(scale=dpi / 72, grayscale=True, no_smoothtext=True,
                                        no_smoothpath=True, no_smoothimage=True).to_pil()
                finally:
                    page.close()
            except pypdfium2.PdfiumError as exc:
                raise BadInputError(t("intake.pdf.corrupt", path=name,
                                      detail=_detail(exc))) from None
            try:
                read = ocr.read_page(engine, image, dpi)
            except ocr.OcrFailed as exc:
                raise BadInputError(t("intake.pdf.ocr_failed", path=name, page=number,
                                      detail=_detail(exc.__cause__ or exc))) from None
            finally:
                image.close()
            yield number, read.words, read.tables
    finally:
        document.close()


def _words(page: Page) -> list[Word]:
    words = page.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False)
    out = []
    for w in words:
        text = w["text"]
        if "(cid:" in text:  # a font without a Unicode map: no usable text layer
            continue
        out.append(Word(text, float(w["x0"]), float(w["x1"]), float(w["top"]),
                        float(w["bottom"])))
    return out


def _tables(page: Page) -> list[Line]:
    """Ruled tables (cell borders drawn), rendered by `layout.table_line`.
    Borderless tables are left to the column detection of `layout`."""
    out = []
    for table in page.find_tables():
        rows = table.extract()
        if len(rows) < 1 or max((len(r) for r in rows), default=0) < 2:
            continue  # a framed paragraph, not a table: read as text
        out.append(layout.table_line(rows, table.bbox))
    return out


def _outside_tables(words: list[Word], tables: list[Line]) -> list[Word]:
    def inside(word: Word, table: Line) -> bool:
        x = (word.x0 + word.x1) / 2
        y = (word.top + word.bottom) / 2
        return table.x0 <= x <= table.x1 and table.top <= y <= table.bottom
    return [w for w in words if not any(inside(w, table) for table in tables)]
