"""Scanned PDFs: OCR with tesseract when installed, a clear refusal when not.

Tests that run tesseract skip (with the reason) on machines without it; the
refusals are tested everywhere by making the OCR lookup report it absent."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest
from helpers_intake import directives, notice_header
from notice_files import SEED, TABLE_SAMPLE, image_pdf, page_images, tabbed_pdf

from tui_tracker import i18n
from tui_tracker.errors import BadInputError
from tui_tracker.intake import ocr
from tui_tracker.intake.pdf import OCR_INSTALL
from tui_tracker.parsing.source import read_source


@pytest.fixture
def no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_engine", lambda: None)


@pytest.fixture(scope="session")
def engine() -> ocr.OcrEngine:
    found = ocr.find_engine()
    if found is None:
        pytest.skip("OCR not installed: apt-get install tesseract-ocr tesseract-ocr-vie "
                    "and pip install pytesseract")
    return found


def _refused(path: Path) -> str:
    with pytest.raises(BadInputError) as error:
        read_source(str(path))
    assert error.value.exit_code == 4
    return error.value.message


def test_scan_without_ocr_is_refused_with_the_install_line(scanned_pdf: Path, no_ocr) -> None:
    message = _refused(scanned_pdf)
    assert message == i18n.t("intake.pdf.scanned", path=str(scanned_pdf), install=OCR_INSTALL)
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in message
    assert "pip install 'tui-tracker[ocr]'" in message
    i18n.set_language("en")
    assert _refused(scanned_pdf).startswith(f"{scanned_pdf} is a scan (images) without a text")


def test_one_image_page_without_ocr_refuses_the_whole_file(mixed_pdf: Path, no_ocr) -> None:
    """Silently leaving out page 2 would lose its directives: refuse, naming the page."""
    message = _refused(mixed_pdf)
    assert message == i18n.t("intake.pdf.scanned_pages", path=str(mixed_pdf), pages="2",
                             install=OCR_INSTALL)


def test_missing_pytesseract_means_no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def without_pytesseract(name, *args, **kwargs):
        if name == "pytesseract":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_pytesseract)
    ocr.find_engine.cache_clear()
    try:
        assert ocr.find_engine() is None
    finally:
        monkeypatch.undo()
        ocr.find_engine.cache_clear()


@pytest.fixture(scope="session")
def scanned_text(scanned_pdf: Path, engine: ocr.OcrEngine):
    return read_source(str(scanned_pdf))


def test_scanned_seed_reads_to_the_directives_of_the_txt(scanned_pdf: Path, scanned_text
                                                         ) -> None:
    assert scanned_text.ocr_pages == (1, 2, 3, 4) and scanned_text.pages == 4
    # refs, leads, coordinating agencies, due dates: all as in the .txt. (OCR misreads
    # a few characters elsewhere: "tinh thần" → "tỉnh thần", "Quý I" → "Quý 1".)
    assert directives(str(scanned_pdf)) == directives(str(SEED))
    header = notice_header(str(scanned_pdf))
    assert header["signer"] == "Phùng Tô Long"
    assert header["meeting_on"] == notice_header(str(SEED))["meeting_on"]


def test_scan_keeps_the_signature_columns_apart(scanned_text) -> None:
    lines = [line for line in scanned_text.text.splitlines() if line]
    start = lines.index("Nơi nhận:")
    assert lines[start + 1:start + 3] == ["- Chủ tịch, PCT UBND tỉnh;",
                                          "- Các sở, ban, ngành tỉnh;"]
    assert lines[-1] == "Phùng Tô Long"
    assert lines.index("TL. CHỦ TỊCH") > lines.index("- Lưu: VT, KGVX.PTT261")


def test_the_image_page_of_a_mixed_pdf_is_read_by_ocr(mixed_pdf: Path, engine) -> None:
    source = read_source(str(mixed_pdf))
    assert source.ocr_pages == (2,) and source.pages == 3
    lines = source.text.splitlines()
    # Page 1 (text), page 2 (OCR), page 3 (text) in order; the OCR'd paragraph joined.
    first = lines.index("THÔNG BÁO")
    ocr_heading = lines.index("1. Đánh giá chung")
    assert first < ocr_heading < lines.index("2. Nhiệm vụ trọng tâm trong thời gian tới")
    assert any(line.startswith("UBND tỉnh ghi nhận, đánh giá cao") and
               line.endswith("với nhu cầu thực tiễn...") for line in lines)


TABBED = [
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số",
    "Ngày 14/4/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp về chuyển đổi số. Sau khi nghe "
    "báo cáo, Chủ tịch UBND tỉnh kết luận như sau:",
    "1. Đánh giá chung",
    "UBND tỉnh ghi nhận kết quả của các sở, ngành trong thời gian qua.",
    "2. Nhiệm vụ trọng tâm",
    "a) Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát vốn đầu tư; báo cáo "
    "UBND tỉnh trước ngày 30/6/2026.",
    "b) Giao Sở Y tế triển khai bệnh án điện tử; hoàn thành trong tháng 9/2026.",
    "c) Giao Công an tỉnh:",
    "- Rà soát dữ liệu dân cư;",
    "- Hướng dẫn Trạm Y tế xã cập nhật hồ sơ;",
    "- Báo cáo kết quả trước ngày 15/7/2026.",
    "3. Tổ chức thực hiện",
    "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện./.",
]


def test_scan_of_numbered_lists_with_tabs_keeps_each_marker_on_its_line(
        built: Path, engine: ocr.OcrEngine) -> None:
    """Word puts a tab after "1.", "a)" and "-": on a scan the gap runs down
    the list with text on both sides, like a column gutter. Each item still
    reads as its marker followed by its text, and parses as the .txt does."""
    txt = built / "danh-so-tab.txt"
    txt.write_text("\n\n".join(TABBED) + "\n", encoding="utf-8")
    scan = built / "danh-so-tab-scan.pdf"
    scan.write_bytes(image_pdf(page_images(tabbed_pdf(TABBED))))
    source = read_source(str(scan))
    assert source.ocr_pages == (1,)
    lines = [line for line in source.text.splitlines() if line]
    for item in ("1. Đánh giá chung", "2. Nhiệm vụ trọng tâm", "c) Giao Công an tỉnh:",
                 "- Rà soát dữ liệu dân cư;", "3. Tổ chức thực hiện", TABBED[6]):
        assert item in lines  # TABBED[6] wraps under its text (a hanging indent)
    assert directives(str(scan)) == directives(str(txt))
    assert len(directives(str(txt))) >= 3


def test_low_confidence_alone_does_not_drop_a_word() -> None:
    """tesseract is unsure of section numerals and abbreviations: keep them;
    drop marks that are no text and lone letters that are specks."""
    assert not ocr._speck("II.", 22, 40, 40)
    assert not ocr._speck("NN&MT", 25, 39, 40)
    assert not ocr._speck("IV/2027.", 28, 41, 40)
    assert not ocr._speck("-", 20, 5, 40)  # a list dash is short and thin
    assert ocr._speck("£", 60, 40, 40)
    assert ocr._speck("`", 38, 7, 40)
    assert ocr._speck("a", 20, 40, 40)
    assert ocr._speck("o", 90, 10, 40)
    assert not ocr._speck("a", 90, 30, 40)


def _table_lines(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in text.splitlines() if line.startswith("|") and not re.fullmatch(
                r"\|[-|\s]+\|", line)]


def test_scan_of_a_ruled_task_table_keeps_its_rows(scanned_table_pdf: Path, engine) -> None:
    """The task table of tb_bang_pdf drawn with rules round every cell (9 pt,
    the text touching the rules), printed and scanned: read as its rows, one
    "| … |" line each, cell by cell, as the text-layer reader and the .txt
    have them. Without reading the rules, OCR ran each row's cells together
    line by line and the parser found none of the four tasks."""
    source = read_source(str(scanned_table_pdf))
    assert source.ocr_pages == (1,)
    read = _table_lines(source.text)
    expected = _table_lines(TABLE_SAMPLE.read_text(encoding="utf-8"))
    assert len(read) == len(expected) == 5
    assert all(len(row) == 5 for row in read)
    assert [row[0] for row in read[1:]] == ["1", "2", "3", "4"]
    # Cell by cell, the same text but for a letter OCR may misread ("TT" as
    # "Tr" in this sans-serif type).
    for got, want in zip(read, expected, strict=True):
        for cell, reference in zip(got[1:], want[1:], strict=True):
            assert difflib.SequenceMatcher(None, cell, reference).ratio() >= 0.9, (cell, reference)
    # The text around the table is read as before: the item above, the one below.
    lines = source.text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    assert lines[first - 1] == "2. Nhiệm vụ cụ thể được giao tại bảng sau:"
    assert lines[first + 5].startswith("3. Giao Sở Khoa học và Công nghệ theo dõi")
