"""The drafts look in LibreOffice, WPS and Google Docs as they do in Word (issue 15, point 5):
every table's grid (`w:gridCol`, what those read) has its cells' widths; rendered through
LibreOffice, the national motto is one line and the urging letter's rows stay short; the
report carries each directive's whole text and the notice title's names as written; a
letter with nothing to urge is refused."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from builders import run
from docx import Document
from docx.oxml.ns import qn

from tui_tracker.drafts.layout import HEADER_WIDTHS_MM, MOTTO
from tui_tracker.drafts.reminder import WIDTHS_MM

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
AGENCY = "Sở Tài chính"
NOTICE = 2  # 215/TB-UBND of UBND tỉnh Quảng Ngãi in the demo fixtures


@pytest.fixture
def drafts(demo: tuple[Path, date], tmp_path: Path) -> dict[str, Path]:
    db, today = demo
    paths = {"report": tmp_path / "report.docx", "reminder": tmp_path / "reminder.docx"}
    base = ("--db", str(db), "--today", today.isoformat(), "draft")
    assert run(*base, "report", str(NOTICE), "-o", str(paths["report"])).exit_code == 0
    result = run(*base, "reminder", "--agency", AGENCY, "-o", str(paths["reminder"]))
    assert result.exit_code == 0, result.stderr
    return paths


def twips_to_mm(value: str) -> float:
    return int(value) * 25.4 / 1440


def test_every_table_grid_has_its_cells_widths(drafts: dict[str, Path]) -> None:
    for name, path in drafts.items():
        for table in Document(str(path)).tables:
            grid = [twips_to_mm(column.get(qn("w:w")))
                    for column in table._tbl.tblGrid.findall(qn("w:gridCol"))]
            for row in table.rows:
                cells = [cell.width.mm for cell in row.cells]
                assert cells == pytest.approx(grid, abs=0.1), name
            layout = table._tbl.tblPr.find(qn("w:tblLayout"))
            assert layout is not None and layout.get(qn("w:type")) == "fixed", name
            assert sum(grid) == pytest.approx(165, abs=0.5), name  # the text width
    header = Document(str(drafts["report"])).tables[0]
    assert [round(cell.width.mm) for cell in header.rows[0].cells] == list(HEADER_WIDTHS_MM)
    letter = Document(str(drafts["reminder"])).tables[1]
    assert [round(cell.width.mm) for cell in letter.rows[0].cells] == list(WIDTHS_MM)


def _rendered_lines(path: Path, tmp_path: Path) -> list[str]:
    """The text lines of the draft as LibreOffice lays it out (converted to PDF)."""
    import pdfplumber

    out = tmp_path / "pdf"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    with pdfplumber.open(out / path.with_suffix(".pdf").name) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_draws_the_motto_on_one_line_and_short_rows(drafts: dict[str, Path],
                                                                tmp_path: Path) -> None:
    for name in ("report", "reminder"):
        lines = _rendered_lines(drafts[name], tmp_path / name)
        assert any(MOTTO in line for line in lines), (name, lines[:4])
    lines = _rendered_lines(drafts["reminder"], tmp_path / "again")
    table = lines[next(i for i, line in enumerate(lines) if line.startswith("STT")):
                  next(i for i, line in enumerate(lines) if line.startswith("Văn phòng UBND"))]
    # Deadlines and notice numbers whole on their line (not "20/10/202" + "6").
    assert all(re.search(r"\b\d{2}/\d{2}/\d{4}\b", line) for line in table[1:]
               if re.search(r"\d{2}/\d{2}/\d{3}", line))
    assert sum("215/TB-UBND" in line for line in table) >= 1
    rows = [i for i, line in enumerate(table) if re.match(r"^\d+ ", line)]
    heights = [b - a for a, b in zip(rows, rows[1:], strict=False)]
    assert heights and max(heights) <= 6, table  # five equal columns gave ten lines


def _document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return re.sub(r"<[^>]+>", "", archive.read("word/document.xml").decode("utf-8"))


def test_the_title_keeps_proper_names_as_written(tmp_path: Path) -> None:
    notice = tmp_path / "tb.txt"
    notice.write_text(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 412/TB-VPCP\nHà Nội, ngày 10 tháng 10 năm 2026\n\n"
        "THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG VŨ ĐỨC ĐAM TẠI BUỔI LÀM VIỆC VỚI\n"
        "UBND TỈNH QUẢNG NGÃI\n\n"
        "1. Giao Bộ Y tế chủ trì, hoàn thành trước ngày 30/11/2026.\n", encoding="utf-8")
    db = ("--db", str(tmp_path / "t.db"), "--today", "2026-10-20")
    assert run(*db, "import", str(notice)).exit_code == 0
    out = tmp_path / "r.docx"
    assert run(*db, "draft", "report", "1", "-o", str(out)).exit_code == 0
    text = _document_text(out)
    assert "Phó Thủ tướng Vũ Đức Đam tại buổi làm việc với UBND tỉnh Quảng Ngãi" in text


def test_a_letter_with_nothing_to_urge_is_refused(demo: tuple[Path, date],
                                                  tmp_path: Path) -> None:
    db, today = demo
    out = tmp_path / "letter.docx"
    result = run("--db", str(db), "--today", "2020-01-01", "--lang", "en", "draft",
                 "reminder", "--agency", AGENCY, "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(f"{AGENCY} has no task overdue or due within")
    assert not out.exists()
