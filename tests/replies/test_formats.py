"""Report letters come as Word and PDF files too: the notices' intake (`read_source`) reads
them, and the same items come out as from the text copy."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reply_samples import LETTERS, Letter

from tui_tracker.replies import read_letter

FONTS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
         Path("/usr/share/fonts/TTF")]


def sample(prefix: str) -> Letter:
    return next(x for x in LETTERS if x.file.startswith(prefix))


def items(path: Path) -> list[tuple]:
    _, letter = read_letter(str(path))
    return [(tuple(i.refs), i.reading.status, i.reading.completed_on,
             i.reading.extension.due_on if i.reading.extension else None) for i in letter.items]


def expected(letter: Letter) -> list[tuple]:
    return [(i.refs, i.status, i.completed_on, i.extension) for i in letter.items]


def docx_of(text: str) -> bytes:
    """A Word file of a letter's text: one paragraph a line, "| … |" lines as a real table."""
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                table.cell(r, c).text = value
        rows.clear()

    for line in text.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            continue
        flush()
        if line.strip():
            document.add_paragraph(line.strip())
    flush()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("prefix", ["01", "04", "10"])
def test_a_word_copy_reads_like_the_text(prefix: str, tmp_path: Path) -> None:
    letter = sample(prefix)
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(docx_of(letter.path.read_text(encoding="utf-8")))
    assert items(path) == expected(letter)


def test_a_pdf_copy_reads_like_the_text(tmp_path: Path) -> None:
    import fpdf  # fpdf2, in the test extra

    font = next((folder / "DejaVuSans.ttf" for folder in FONTS
                 if (folder / "DejaVuSans.ttf").is_file()), None)
    if font is None:
        pytest.skip("no DejaVu Sans font to draw Vietnamese text in a PDF")
    letter = sample("02")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(font))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for paragraph in letter.path.read_text(encoding="utf-8").split("\n\n"):
        for line in paragraph.splitlines():
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert items(path) == expected(letter)
