"""The same notice as .docx, as a PDF exported by LibreOffice and as a scan of
that PDF keeps its facts: at most 2 fewer than its .txt (directives by ref,
their leads, coordinators and deadline, the number, date and issuer).

The office files are built here from sample notices, as offices make them
(tests/intake/make_office_docs.py: a Decree 30 layout, Word numbering with
tabs, borderless header and signature tables). Both sides are parsed by this
build of the parser, so the test measures the intake whatever the parser
reads. The full table over every sample: benchmarks/bench_formats_fidelity.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from fidelity import Score, build, compare
from notice_files import ROOT, image_pdf, page_images

from tui_tracker.intake import ocr

SAMPLES = [ROOT / "fixtures" / "01_seed_tb_kl_khcn.txt",
           ROOT / "tests" / "parsing" / "samples" / "cv_ubnd_giao_cac_don_vi.txt",
           ROOT / "tests" / "parsing" / "samples" / "tb_vp_ubnd_gach_dau_dong.txt",
           ROOT / "tests" / "parsing" / "samples" / "tb_ubnd_ba_cap_roman_arabic.txt",
           ROOT / "tests" / "parsing" / "samples" / "cv_de_nghi_khong_neu_chu_the.txt",
           ROOT / "tests" / "parsing" / "samples" / "tb_bang_pdf.txt"]
# Scanned (OCR takes a few seconds a page): short notices, a header with a tall
# "V/v" column and "Kính gửi", dash bullets with tabs, Roman sections (which
# tesseract misreads: "I." as "L.", "II." for "III."), a ruled task table.
SCANNED = ["cv_ubnd_giao_cac_don_vi", "tb_vp_ubnd_gach_dau_dong", "tb_ubnd_ba_cap_roman_arabic",
           "tb_bang_pdf"]
MOST_LOST = 2


@pytest.fixture(scope="module")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui): "
                    "no PDF to build from the .docx")
    folder = tmp_path_factory.mktemp("office")
    files, skipped = build(SAMPLES, folder, ("docx", "pdf"))
    assert not skipped, skipped
    return files


def _check(sample: Path, files: dict[str, Path]) -> None:
    results = compare(sample, files)
    for fmt, result in results.items():
        assert isinstance(result, Score), f"{sample.stem} {fmt} refused: {result}"
        assert result.lost <= MOST_LOST, (
            f"{sample.stem} {fmt}: {result.matched}/{result.total} facts; lost: "
            + "; ".join(result.missed))
        assert result.total >= 7  # the three header facts and at least one directive


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_docx_and_pdf_keep_the_facts_of_the_txt(sample: Path, office_files) -> None:
    _check(sample, office_files[sample.stem])


@pytest.mark.parametrize("name", SCANNED)
def test_a_scan_keeps_the_facts_of_the_txt(name: str, office_files) -> None:
    if ocr.find_engine() is None:
        pytest.skip("OCR not installed: apt-get install tesseract-ocr tesseract-ocr-vie")
    sample = next(path for path in SAMPLES if path.stem == name)
    pdf = office_files[name]["pdf"]
    scan = pdf.with_name(f"{name}-scan.pdf")  # printed and scanned at 200 dpi, grey
    scan.write_bytes(image_pdf(page_images(pdf.read_bytes())))
    _check(sample, {"scan": scan})


def test_a_pipe_table_is_laid_out_as_a_ruled_word_table(tmp_path: Path) -> None:
    """The builder lays the "| a | b |" rows of a notice out as a Word table
    ruled round every cell, as offices do (the markdown separator row left
    out), not as paragraphs of "|" characters: its PDF and scan then carry
    the rules a real notice's have."""
    sample = ROOT / "tests" / "parsing" / "samples" / "tb_bang_pdf.txt"
    files, skipped = build([sample], tmp_path, ("docx",))
    assert not skipped
    document = Document(str(files["tb_bang_pdf"]["docx"]))
    assert not any(p.text.lstrip().startswith("|") for p in document.paragraphs)
    tables = [t for t in document.tables if len(t.columns) == 5]
    assert len(tables) == 1
    rows = [[cell.text for cell in row.cells] for row in tables[0].rows]
    assert rows[0] == ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                       "Thời gian hoàn thành"]
    assert [row[0] for row in rows[1:]] == ["1", "2", "3", "4"]
    assert rows[3][2] == "Sở Y tế; Sở Giáo dục và Đào tạo"
    borders = tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"single"}
