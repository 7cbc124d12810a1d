"""Scanned PDFs: OCR with tesseract when installed, a clear refusal when not.

Tests that run tesseract skip (with the reason) on machines without it; the
refusals are tested everywhere by making the OCR lookup report it absent."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_intake import directives, notice_header
from notice_files import SEED

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
