"""PDF and DOCX notices built at test time from the seed notice's text.

Offices receive notices as PDFs exported from Word (text layer, running
header, page numbers, a borderless two-column signature table), as scans, and
as .docx files. These builders make such files from a notice's text so the
tests can check that every format reads to the same directives as the .txt.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "01_seed_tb_kl_khcn.txt"
TABLE_SAMPLE = ROOT / "tests" / "parsing" / "samples" / "tb_bang_pdf.txt"
LETTER_SAMPLE = ROOT / "tests" / "parsing" / "samples" / "cv_ubnd_giao_cac_don_vi.txt"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/share/fonts/TTF")]
RUNNING_HEADER = "Văn bản điện tử - Văn phòng UBND tỉnh Quảng Ngãi"


def font_paths() -> tuple[Path, Path]:
    """DejaVu Sans (regular, bold): TTF fonts with every Vietnamese glyph.
    Skips the test when the machine has none."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    pytest.skip("no DejaVu Sans font (fonts-dejavu-core) to draw Vietnamese text in a PDF")


@dataclass
class Notice:
    """A notice's text cut into the parts a layout places differently."""

    top: list[str]  # lines above the body, centred in the PDF
    header_left: list[str]  # two-column header (empty for the seed)
    header_right: list[str]
    body: list[str]  # paragraphs; "| … |" lines form a table
    recipients: list[str]  # "Nơi nhận:" and its list (left column of the signature)
    signature: list[str]  # "TL. CHỦ TỊCH" … the signer's name ("" = signature space)
    header_widths: tuple[int, int] = (45, 55)  # of the two-column header, in % of the text
    header_size: int = 11


def seed_notice() -> Notice:
    text = SEED.read_text(encoding="utf-8").replace("**", "")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("Nơi nhận"))
    recipients = [paragraphs[start]] + paragraphs[start + 1].splitlines()
    signature = paragraphs[start + 2].splitlines() + ["", paragraphs[start + 3]]
    return Notice(paragraphs[:2], [], [], paragraphs[2:start], recipients, signature)


def table_notice() -> Notice:
    """tests/parsing/samples/tb_bang_pdf.txt: a two-column header and a task table."""
    lines = TABLE_SAMPLE.read_text(encoding="utf-8").splitlines()
    paragraphs = [line for line in lines if line.strip() and not re.fullmatch(r"\|[-|]+\|", line)]
    start = paragraphs.index("Nơi nhận:")
    sign = next(i for i, p in enumerate(paragraphs) if p.startswith("TL."))
    return Notice(paragraphs[4:6], paragraphs[0:3], [paragraphs[3]], paragraphs[6:start],
                  paragraphs[start:sign], paragraphs[sign:-1] + ["", paragraphs[-1]])


def letter_notice() -> Notice:
    """tests/parsing/samples/cv_ubnd_giao_cac_don_vi.txt, a Công văn: the "V/v"
    summary makes the header's left column taller than the right one (motto,
    place and date), then "Kính gửi:" and its list."""
    lines = LETTER_SAMPLE.read_text(encoding="utf-8").splitlines()
    left = ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "Số: 846/UBND-TH", "V/v báo cáo tình hình",
            "triển khai thực hiện và", "giải ngân kế hoạch đầu", "tư công năm 2024"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Kon Tum, ngày 21 tháng 5 năm 2024"]
    start = lines.index("Kính gửi:")
    end = lines.index("Nơi nhận:")
    blocks = [b.strip() for b in "\n".join(lines[start:end]).split("\n\n") if b.strip()]
    body = blocks[0].splitlines() + [" ".join(b.split()) for b in blocks[1:]]
    sign = lines.index("TM. ỦY BAN NHÂN DÂN")
    return Notice([], left, right, body, lines[end:sign - 1],
                  lines[sign:sign + 3] + ["", lines[-1]], (40, 60), 10)


# --- PDF ----------------------------------------------------------------------------------

def _pdf(running_header: bool):
    from fpdf import FPDF

    regular, bold = font_paths()

    class NoticePdf(FPDF):
        def header(self) -> None:
            if not running_header:
                return
            self.set_font("DejaVu", size=8)
            self.cell(0, 4, RUNNING_HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
            if self.page_no() > 1:  # Decree 30: page numbers at the top from page 2
                self.cell(0, 4, str(self.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_font("DejaVu", size=12)

        def footer(self) -> None:
            if not running_header:
                return
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="R")

    pdf = NoticePdf(format="A4")
    pdf.set_margins(25, 15, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.set_font("DejaVu", size=12)
    return pdf


def _body(pdf, paragraphs: list[str]) -> None:
    table: list[list[str]] = []
    for paragraph in paragraphs + [""]:
        if paragraph.startswith("|"):
            table.append([c.strip() for c in paragraph.strip().strip("|").split("|")])
            continue
        if table:
            pdf.set_font("DejaVu", size=9)
            with pdf.table(col_widths=(8, 50, 30, 30, 25), first_row_as_headings=False,
                           line_height=4.5) as grid:
                for cells in table:
                    row = grid.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.set_font("DejaVu", size=12)
            pdf.ln(2)
            table = []
        if paragraph:
            pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _signature_table(pdf, notice: Notice) -> None:
    """Borderless, as Word users lay it out: recipients left, signer right."""
    pdf.ln(4)
    with pdf.table(borders_layout="NONE", col_widths=(55, 45), first_row_as_headings=False,
                   text_align=("LEFT", "CENTER"), line_height=5.5) as table:
        row = table.row()
        pdf.set_font("DejaVu", size=9)
        row.cell("\n".join(notice.recipients))
        pdf.set_font("DejaVu", "B", size=11)
        row.cell("\n".join(line or " " for line in notice.signature))
    pdf.set_font("DejaVu", size=12)


def text_pdf(notice: Notice, *, running_header: bool = True) -> bytes:
    """A PDF as Word exports it: a text layer, a running header, page numbers."""
    pdf = _pdf(running_header)
    pdf.add_page()
    if notice.header_left:
        pdf.set_font("DejaVu", "B", size=notice.header_size)
        with pdf.table(borders_layout="NONE", col_widths=notice.header_widths,
                       first_row_as_headings=False,
                       text_align=("CENTER", "CENTER"), line_height=5.5) as table:
            row = table.row()
            row.cell("\n".join(notice.header_left))
            row.cell("\n".join(notice.header_right))
        pdf.ln(4)
    pdf.set_font("DejaVu", "B", size=12)
    for line in notice.top:
        pdf.multi_cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", size=12)
    _body(pdf, notice.body)
    _signature_table(pdf, notice)
    return bytes(pdf.output())


_MARKER = re.compile(r"^(\d{1,2}\.|[a-zđ]\)|[-+])\s+")


def tabbed_pdf(paragraphs: list[str]) -> bytes:
    """One page as Word lays out numbered lists: the marker ("1.", "a)", "-")
    at an indent, a tab, then the text with a hanging indent."""
    pdf = _pdf(False)
    pdf.add_page()
    for paragraph in paragraphs:
        marker = _MARKER.match(paragraph)
        if marker:
            depth = 0 if marker.group(1)[0].isdigit() else 8 if marker.group(1)[0] in "-+" else 4
            pdf.set_x(pdf.l_margin + 10 + depth)
            pdf.cell(10, 6, marker.group(1))
            pdf.set_x(pdf.l_margin + 25 + depth)
            pdf.multi_cell(0, 6, paragraph[marker.end():], align="L", new_x="LMARGIN",
                           new_y="NEXT")
        else:
            pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def page_images(pdf_bytes: bytes, dpi: int = 200) -> list:
    """The pages of a PDF as images, as a scanner would give them."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def image_pdf(images: list, pages_with_text: dict[int, list[str]] | None = None) -> bytes:
    """A PDF of page images (a scan); `pages_with_text` replaces some pages
    (0-based) by text pages, for a PDF mixing both."""
    from fpdf import FPDF

    regular, _ = font_paths()
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(regular))
    pdf.set_font("DejaVu", size=12)
    pdf.set_margins(25, 15, 20)
    for number, image in enumerate(images):
        pdf.add_page()
        if pages_with_text and number in pages_with_text:
            for paragraph in pages_with_text[number]:
                pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            continue
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        pdf.image(buffer, x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def text_image(paragraphs: list[str], *, width: int = 1654, height: int = 2339):
    """An A4 page at 200 dpi with `paragraphs` drawn in black on white (Pillow)."""
    from PIL import Image, ImageDraw, ImageFont

    regular, _ = font_paths()
    font = ImageFont.truetype(str(regular), 36)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    margin, y = 190, 150
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) > width - 2 * margin and line:
                draw.text((margin, y), line, font=font, fill=0)
                y += 52
                line = word
            else:
                line = candidate
        draw.text((margin, y), line, font=font, fill=0)
        y += 80
    return image


# --- DOCX ---------------------------------------------------------------------------------

def add_list(document, formats: list[tuple[str, str]]) -> str:
    """Add a list definition (one (numFmt, lvlText) per level) and return its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    root = document.part.numbering_part.element
    ids = [int(n.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                     "abstractNumId")) for n in root.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNum")]
    abstract_id = max(ids, default=0) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text) in enumerate(formats))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'{levels}</w:abstractNum>')
    # abstractNum elements must precede the num elements.
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    num_id = abstract_id + 100
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                          f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return str(num_id)


def numbered(paragraph, num_id: str, level: int = 0) -> None:
    """Make `paragraph` an item of list `num_id` (Word's auto-numbering)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                         f'<w:numId w:val="{num_id}"/></w:numPr>'))


def docx_file(notice: Notice, *, auto_number_sections: bool = True) -> bytes:
    """A Word file of the notice: header and signature as borderless tables,
    sections "1." "2." numbered by Word (not typed) when asked, a running
    header in the page header (to be ignored)."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = RUNNING_HEADER
    document.sections[0].footer.paragraphs[0].text = "Trang 1"
    if notice.header_left:
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "\n".join(notice.header_left)
        table.cell(0, 1).text = "\n".join(notice.header_right)
    for line in notice.top:
        document.add_paragraph(line)
    num_id = add_list(document, [("decimal", "%1.")]) if auto_number_sections else None
    rows: list[list[str]] = []
    for paragraph in notice.body + [""]:
        if paragraph.startswith("|"):
            rows.append([c.strip() for c in paragraph.strip().strip("|").split("|")])
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            rows = []
        if not paragraph:
            continue
        section = re.match(r"^(\d)\.\s+(.*)$", paragraph)
        if section and num_id:
            numbered(document.add_paragraph(section.group(2)), num_id)
        else:
            document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.paragraphs[0].text = notice.recipients[0]
    for line in notice.recipients[1:]:
        left.add_paragraph(line)
    right.paragraphs[0].text = notice.signature[0]
    for line in notice.signature[1:]:
        right.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
