"""PDF notices with a text layer: the same directives as the .txt copy, read in
reading order, without running headers or page numbers."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from helpers_intake import directives, notice_header
from notice_files import (
    LETTER_SAMPLE,
    RUNNING_HEADER,
    SEED,
    TABLE_SAMPLE,
    font_paths,
    letter_notice,
    text_pdf,
)

from tui_tracker import i18n
from tui_tracker.errors import BadInputError
from tui_tracker.parsing.source import read_source


def test_seed_pdf_reads_to_the_directives_of_the_txt(seed_pdf: Path) -> None:
    got = directives(str(seed_pdf))
    assert len(got) == 15
    assert got == directives(str(SEED))
    assert notice_header(str(seed_pdf)) == notice_header(str(SEED))


def test_seed_pdf_source_facts(seed_pdf: Path) -> None:
    source = read_source(str(seed_pdf))
    assert source.format == "pdf" and source.pages == 4 and source.ocr_pages == ()
    assert source.sha256 == hashlib.sha256(seed_pdf.read_bytes()).hexdigest()


def test_running_header_and_page_numbers_are_dropped(seed_pdf: Path) -> None:
    text = read_source(str(seed_pdf)).text
    assert RUNNING_HEADER not in text
    assert "Trang " not in text
    # Page numbers printed alone at the top of pages 2-4.
    assert not {"2", "3", "4"} & {line.strip() for line in text.splitlines()}


def test_paragraphs_come_out_one_line_each(seed_pdf: Path) -> None:
    """Every paragraph of the .txt copy is one line of the PDF's text, those cut by
    a page break in mid-sentence included (which ones depends on the layout, so
    all are checked)."""
    lines = set(read_source(str(seed_pdf)).text.splitlines())
    paragraphs = [p.replace("**", "") for p in SEED.read_text(encoding="utf-8").split("\n\n")]
    body = [p.strip() for p in paragraphs if p.strip() and "\n" not in p.strip()]
    missing = [p[:60] for p in body if p not in lines]
    assert missing == []


def test_a_page_break_in_mid_sentence_is_joined(built: Path) -> None:
    from fpdf import FPDF

    regular, _ = font_paths()
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(regular))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    sentence = ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các cơ quan liên quan "
                "rà soát phương án bố trí trụ sở, nguồn kinh phí, bảo đảm hiệu quả, tránh lãng "
                "phí; tổng hợp, tham mưu UBND tỉnh xem xét trước ngày 30/6/2026.")
    pdf.multi_cell(0, 6, "THÔNG BÁO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.h - pdf.b_margin - 8)  # room for one line: the sentence runs onto page 2
    pdf.multi_cell(0, 6, sentence, align="J", new_x="LMARGIN", new_y="NEXT")
    path = built / "ngat-trang.pdf"
    path.write_bytes(bytes(pdf.output()))
    source = read_source(str(path))
    assert source.pages == 2
    assert sentence in source.text.splitlines()


def test_two_column_signature_reads_column_by_column(seed_pdf: Path) -> None:
    lines = read_source(str(seed_pdf)).text.splitlines()
    start = lines.index("Nơi nhận:")
    tail = [line for line in lines[start:] if line]
    assert tail == ["Nơi nhận:", "- Chủ tịch, PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                    "- UBND các xã, phường, đặc khu;", "- VPUB: CVP, PCVP,",
                    "Các phòng, ban, đơn vị;", "- Cổng TTĐT tỉnh;", "- Lưu: VT, KGVX.PTT261",
                    "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
                    "Phùng Tô Long"]
    header = notice_header(str(seed_pdf))
    assert header["signer"] == "Phùng Tô Long"
    assert header["signer_title"] == "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"


def test_header_columns_and_a_ruled_task_table(table_pdf: Path) -> None:
    """tb_bang_pdf.txt laid out as Word does: "ỦY BAN NHÂN DÂN … Số" left, the
    place and date right, the tasks in a ruled table."""
    assert directives(str(table_pdf)) == directives(str(TABLE_SAMPLE))
    header = notice_header(str(table_pdf))
    assert header == notice_header(str(TABLE_SAMPLE))
    assert header["number"] == "96/TB-UBND" and header["issued_on"] == "2026-11-10"
    text = read_source(str(table_pdf)).text
    assert ("| 1 | Hoàn thành kết nối, chia sẻ dữ liệu dân cư với cơ sở dữ liệu đất đai | "
            "Sở Nông nghiệp và Môi trường | Công an tỉnh, Sở Khoa học và Công nghệ | "
            "Trước ngày 31/12/2026 |") in text.splitlines()


# --- refusals ---------------------------------------------------------------------------

def _refused(path: Path) -> str:
    with pytest.raises(BadInputError) as error:
        read_source(str(path))
    assert error.value.exit_code == 4
    return error.value.message


def test_password_protected_pdf_is_refused(built: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="THONG BAO")
    pdf.set_encryption(owner_password="chu", user_password="mat-khau",
                       encryption_method=EncryptionMethod.RC4)
    path = built / "mat-khau.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert _refused(path) == i18n.t("intake.pdf.encrypted", path=str(path))
    i18n.set_language("en")
    assert _refused(path).startswith(f"{path} is a password-protected PDF")


def test_pdf_protected_only_against_editing_is_read(built: Path) -> None:
    """An owner password alone (no opening password) restricts editing, not reading."""
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="THONG BAO so 12/TB-UBND")
    pdf.set_encryption(owner_password="chu", encryption_method=EncryptionMethod.RC4)
    path = built / "chi-khoa-sua.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert read_source(str(path)).text == "THONG BAO so 12/TB-UBND\n"


def test_truncated_pdf_is_refused_as_damaged(built: Path, seed_pdf: Path) -> None:
    data = seed_pdf.read_bytes()
    path = built / "hong.pdf"
    path.write_bytes(data[: len(data) // 2])
    message = _refused(path)
    assert message.startswith(f"Tệp {path} là PDF bị hỏng, không đọc được (")
    assert message.endswith("hãy tải hoặc xuất lại tệp PDF từ nguồn rồi thử lại.")


def test_pdf_without_any_text_or_image_is_empty(built: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    path = built / "trang-trang.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert _refused(path) == i18n.t("parse.file.empty", path=str(path))


def test_header_taller_on_the_left_keeps_the_date_and_kinh_gui_with_its_list(
        built: Path) -> None:
    """A Công văn whose "V/v" summary runs the header's left column below the
    date: the date stays in the header, "Kính gửi:" is followed by its list."""
    path = built / "cong-van.pdf"
    path.write_bytes(text_pdf(letter_notice(), running_header=False))
    lines = [line for line in read_source(str(path)).text.splitlines() if line]
    date = lines.index("Kon Tum, ngày 21 tháng 5 năm 2024")
    start = lines.index("Kính gửi:")
    assert date < start
    assert lines[start + 1:start + 4] == ["- Các sở, ban, ngành tỉnh;",
                                          "- UBND các huyện, thành phố;",
                                          "- Các Ban Quản lý dự án chuyên ngành tỉnh."]
    assert notice_header(str(path))["issued_on"] == "2024-05-21"
    assert notice_header(str(path)) == notice_header(str(LETTER_SAMPLE))
    assert directives(str(path)) == directives(str(LETTER_SAMPLE))
