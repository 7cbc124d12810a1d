"""How much work a notice file may ask for, checked before the costly reading.

The intake runs on a server that several offices share. A file that asks for
unbounded work (a zip bomb, a poster-sized page, a hundred thousand
paragraphs, a page packed with dots) is refused with one sentence (exit 4)
before python-docx or pdfplumber take it apart, instead of eating the
server's memory and cores. Every limit is far beyond what a notice needs:
a 300-page notice passes them all.

The checks read only what is cheap to read: a .docx's zip directory and the
paragraph marks of its body; a PDF's page sizes and, through pdfium (native
code, about a millisecond a page), how many characters each page holds.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t

# --- .docx ---------------------------------------------------------------------------------
# python-docx reads every part of the package into memory: all of them together
# may unpack to at most this.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# The XML parts it parses into trees (lxml takes about 12 bytes of memory for each
# byte of XML): 20 MB is the body of a notice of several hundred pages.
MAX_XML_BYTES = 20 * 1024 * 1024
# Word's XML packs 5-20 times; only a made-up part packs more than 100 times.
MAX_RATIO = 100
RATIO_FROM_BYTES = 1024 * 1024  # smaller parts may pack as they like
# Paragraphs of the body, table cells included: a 300-page notice has a few thousand.
MAX_PARAGRAPHS = 10_000

# --- PDF -----------------------------------------------------------------------------------
# A0 (841 × 1189 mm) in points, the largest paper a notice could be printed on.
A0_POINTS = (2384.0, 3370.0)
# Characters on one page (an A4 page of 10-point text holds about 6,000) and in
# the whole file (a 300-page notice has under a million). pdfplumber spends some
# 30 µs on each character, so these also bound the time: 30 s at most.
MAX_PAGE_CHARS = 12_000
MAX_CHARS = 1_000_000
MAX_PAGES = 1_000

_MB = 1024 * 1024
# An XML paragraph element whatever its namespace prefix: <w:p>, <w:p w:rsidR=…>, not <w:pPr>.
_PARAGRAPH = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")


def check_docx(data: bytes, name: str) -> None:
    """Refuse (BadInputError) a .docx that would unpack past the limits or
    has more paragraphs than any notice. A package that is no readable zip
    passes: python-docx then says it is damaged."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        members = archive.infolist()
        total = sum(info.file_size for info in members)
        xml = sum(info.file_size for info in members if _is_xml(info.filename))
        packed = max((info for info in members if info.file_size >= RATIO_FROM_BYTES),
                     key=lambda info: info.file_size / max(info.compress_size, 1), default=None)
        ratio = packed.file_size / max(packed.compress_size, 1) if packed else 0
        if total > MAX_UNPACKED_BYTES or xml > MAX_XML_BYTES or ratio > MAX_RATIO:
            raise BadInputError(t("intake.docx.unpacks_too_large", path=name,
                                  size=f"{total / _MB:.0f}", xml=f"{xml / _MB:.0f}",
                                  ratio=f"{ratio:.0f}"))
        try:
            body = archive.read("word/document.xml")
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
            return  # python-docx will say what is wrong
    count = sum(1 for _ in _PARAGRAPH.finditer(body))
    if count > MAX_PARAGRAPHS:
        raise BadInputError(t("intake.docx.too_many_paragraphs", path=name, count=count,
                              limit=MAX_PARAGRAPHS))


def _is_xml(filename: str) -> bool:
    return filename.endswith((".xml", ".rels"))


def check_pdf(data: bytes, name: str) -> None:
    """Refuse (BadInputError) a PDF with more pages than any notice, a page
    larger than A0, a page holding more characters than printed text can, or
    more characters in all than any notice. A file pdfium cannot open passes:
    pdfplumber then says what is wrong."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return
    try:
        if len(document) > MAX_PAGES:
            raise BadInputError(t("intake.pdf.too_many_pages", path=name,
                                  count=len(document), limit=MAX_PAGES))
        total = 0
        for index in range(len(document)):
            short, long = sorted(document.get_page_size(index))
            if short > A0_POINTS[0] * 1.01 or long > A0_POINTS[1] * 1.01:
                raise BadInputError(t("intake.pdf.page_too_large", path=name, page=index + 1,
                                      width=round(short / 72 * 25.4),
                                      height=round(long / 72 * 25.4)))
            count = _characters(document, index)
            if count > MAX_PAGE_CHARS:
                raise BadInputError(t("intake.pdf.page_too_dense", path=name, page=index + 1,
                                      count=count, limit=MAX_PAGE_CHARS))
            total += count
            if total > MAX_CHARS:
                raise BadInputError(t("intake.pdf.too_many_chars", path=name, limit=MAX_CHARS))
    finally:
        document.close()


def _characters(document: Any, index: int) -> int:
    """How many characters page `index` of a pypdfium2 PdfDocument holds (pypdfium2
    ships no type information)."""
    import pypdfium2

    try:
        page = document[index]
    except pypdfium2.PdfiumError:
        return 0  # a damaged page: pdfplumber says so when it reads it
    try:
        text = page.get_textpage()
        try:
            return int(text.count_chars())
        finally:
            text.close()
    finally:
        page.close()
