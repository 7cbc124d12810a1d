"""The Decree 30/2020/NĐ-CP layout shared by the drafts (Appendix I of the decree).

A4 paper; margins top and bottom 20 mm, left 30 mm, right 15 mm (the decree
allows 20-25 / 20-25 / 30-35 / 15-20 mm); Times New Roman; body 14 pt. The
header is a borderless two-column table: the issuing body on the left (its
superior in capitals, the body itself in bold capitals, the number "Số: …"
below), the national motto on the right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
in bold capitals, "Độc lập - Tự do - Hạnh phúc" bold and underlined, then the
place and date in italics).

Every table sets its grid (`w:tblGrid`'s `w:gridCol`) to its cells' widths, with a
fixed layout: Word lays a table out from the cells, but LibreOffice, WPS and Google
Docs from the grid, which python-docx leaves at equal columns. So the motto's
105 mm column holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold: 96 mm) on
one line everywhere, and the urging letter's wide "directive" column keeps a row
to a few lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tui_tracker import wording
from tui_tracker.text import strip_terminal_escapes

FONT = "Times New Roman"
BODY_PT = 14
HEADER_PT = 13
BLANK = "…"  # what a person fills in
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc"

_PROVINCE = re.compile(r"\btỉnh\s+(.+)$", re.IGNORECASE)
# What XML 1.0 (and so Word) cannot hold: control characters other than tab and line
# breaks, lone surrogates, U+FFFE/U+FFFF. Notice text is not trusted to be free of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def docx_text(text: str) -> str:
    """Text a .docx can hold: terminal escapes and XML-illegal characters removed."""
    return _NOT_XML.sub("", strip_terminal_escapes(text))


@dataclass(frozen=True)
class Issuer:
    """Who the draft is from: the provincial People's Committee office."""

    superior: str  # "UBND TỈNH QUẢNG NGÃI"
    body: str  # "VĂN PHÒNG"
    code: str  # the issuer part of the number: "VP"
    place: str  # "Quảng Ngãi" (địa danh of the date line)
    province: str = BLANK  # "Quảng Ngãi", as written

    @property
    def committee(self) -> str:
        return f"UBND tỉnh {self.province}"

    @property
    def office(self) -> str:
        """ "Văn phòng UBND tỉnh Quảng Ngãi": how the body text names the office."""
        return f"Văn phòng {self.committee}"


def office_of(issuer: str | None, place: str | None) -> Issuer:
    """The office of the province that issued a stored notice ("UBND tỉnh Quảng
    Ngãi", "Văn phòng UBND tỉnh Gia Lai"); blanks where the notice does not say."""
    match = _PROVINCE.search(" ".join((issuer or "").split()))
    if match is None:
        return Issuer(superior=f"UBND TỈNH {BLANK}", body="VĂN PHÒNG", code="VP", place=BLANK)
    province = match.group(1).strip()
    return Issuer(superior=f"UBND TỈNH {province.upper()}", body="VĂN PHÒNG", code="VP",
                  place=(place or province).strip() or BLANK, province=province)


def new_document() -> Any:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_PT)
    # Word reads East Asian and complex-script fonts from rFonts: set them all.
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    style.paragraph_format.space_after = Pt(6)
    return document


def run(paragraph: Any, text: str, *, bold: bool = False, italic: bool = False,
        underline: bool = False, size: int | None = None) -> Any:
    piece = paragraph.add_run(docx_text(text))
    piece.bold, piece.italic, piece.underline = bold, italic, underline
    if size:
        piece.font.size = Pt(size)
    return piece


def centered(cell_or_doc: Any, text: str = "", **style: Any) -> Any:
    paragraph = cell_or_doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    if text:
        run(paragraph, text, **style)
    return paragraph


def date_line(place: str, day: date | None = None) -> str:
    """ "Quảng Ngãi, ngày … tháng … năm 2026": the day is left for the signer."""
    year = str(day.year) if day else BLANK
    return f"{place}, ngày {BLANK} tháng {BLANK} năm {year}"


# The header's columns: the issuing body, and the motto (its 96 mm at 13 pt bold, plus
# the cell's margins of 1.9 mm a side, on one line).
HEADER_WIDTHS_MM = (60, 105)
SIGNATURE_WIDTHS_MM = (80, 85)


def fix_widths(table: Any, widths_mm: tuple[float, ...]) -> None:
    """Give `table` these column widths in every reader: the cells' widths, the grid's
    (`w:gridCol`, what LibreOffice, WPS and Google Docs read) and the table's own, with
    a fixed layout so that no reader widens a column to its longest word."""
    table.autofit = False
    grid = table._tbl.tblGrid
    columns = grid.findall(qn("w:gridCol"))
    assert len(columns) == len(widths_mm), (len(columns), widths_mm)
    for column, width in zip(columns, widths_mm, strict=True):
        column.set(qn("w:w"), str(Mm(width).twips))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    properties = table._tbl.tblPr
    table_width = properties.find(qn("w:tblW"))
    if table_width is None:
        table_width = OxmlElement("w:tblW")
        properties.append(table_width)
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(Mm(width).twips for width in widths_mm)))
    layout = properties.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        properties.append(layout)
    layout.set(qn("w:type"), "fixed")


def header(document: Any, issuer: Issuer, number: str, *, subject: str | None = None,
           day: date | None = None) -> None:
    """The two-column header table; `subject` is a Công văn's "V/v …" under the number."""
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(table, HEADER_WIDTHS_MM)
    left, right = table.rows[0].cells
    for cell in (left, right):
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    first = left.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(first, issuer.superior, size=HEADER_PT)
    centered(left, issuer.body, bold=True, size=HEADER_PT)
    centered(left, "")
    centered(left, number, size=HEADER_PT)
    if subject:
        centered(left, subject, size=12)

    top = right.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(top, MOTTO, bold=True, size=HEADER_PT)
    centered(right, MOTTO_LINE, bold=True, underline=True, size=BODY_PT)
    centered(right, "")
    centered(right, date_line(issuer.place, day), italic=True, size=BODY_PT)
    document.add_paragraph()


def body(document: Any, text: str, *, bold_prefix: str | None = None) -> Any:
    """A justified body paragraph with a first-line indent (the decree's 1-1.27 cm)."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Mm(10)
    if bold_prefix:
        run(paragraph, bold_prefix, bold=True)
    run(paragraph, text)
    return paragraph


def recipients_and_signature(document: Any, recipients: list[str]) -> None:
    """ "Nơi nhận:" on the left, the signature block on the right, left blank to sign."""
    table = document.add_table(rows=1, cols=2)
    fix_widths(table, SIGNATURE_WIDTHS_MM)
    left, right = table.rows[0].cells
    heading = left.paragraphs[0]
    run(heading, "Nơi nhận:", bold=True, italic=True, size=12)
    heading.paragraph_format.space_after = Pt(0)
    for line in recipients:
        paragraph = left.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        run(paragraph, f"- {line}", size=11)

    authority = right.paragraphs[0]
    authority.alignment = WD_ALIGN_PARAGRAPH.CENTER
    authority.paragraph_format.space_after = Pt(0)
    run(authority, f"QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ {BLANK}", bold=True, size=BODY_PT)
    centered(right, "(Chữ ký, dấu)", italic=True, size=12)
    for _ in range(3):
        centered(right, "")
    centered(right, BLANK, bold=True, size=BODY_PT)


def day_text(day: date | None) -> str:
    # A draft is a Vietnamese document whatever the interface speaks.
    return wording.day_text(day, empty=BLANK, lang="vi")
