"""Word (.docx) notices: body order, Word's list numbering, tables, refusals."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from helpers_intake import directives, notice_header
from notice_files import RUNNING_HEADER, SEED, TABLE_SAMPLE, add_list, numbered

from tui_tracker import i18n
from tui_tracker.errors import BadInputError
from tui_tracker.parsing.source import read_source


def save(document, path: Path) -> Path:
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_seed_docx_reads_to_the_directives_of_the_txt(seed_docx: Path) -> None:
    """Sections "1." "2." "3." are Word's auto-numbering there, not typed."""
    typed = [p.text for p in docx.Document(str(seed_docx)).paragraphs]
    assert "Đánh giá chung" in typed and not any(t.startswith(("1. ", "2. ", "3. ")) for t in typed)
    got = directives(str(seed_docx))
    assert len(got) == 15 and got == directives(str(SEED))
    assert notice_header(str(seed_docx)) == notice_header(str(SEED))
    source = read_source(str(seed_docx))
    assert source.format == "docx" and source.pages is None
    assert "1. Đánh giá chung" in source.text.splitlines()


def test_page_header_and_footer_are_ignored(seed_docx: Path) -> None:
    text = read_source(str(seed_docx)).text
    assert RUNNING_HEADER not in text and "Trang 1" not in text


def test_header_and_task_tables(table_docx: Path) -> None:
    assert directives(str(table_docx)) == directives(str(TABLE_SAMPLE))
    assert notice_header(str(table_docx)) == notice_header(str(TABLE_SAMPLE))
    lines = read_source(str(table_docx)).text.splitlines()
    assert lines[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 96/TB-UBND", ""]
    assert ("| 4 | Bảo đảm an toàn thông tin cho các hệ thống thông tin dùng chung của tỉnh | "
            "Công an tỉnh | Sở Khoa học và Công nghệ | Thường xuyên |") in lines


def test_list_numbering_is_rebuilt_in_body_order(tmp_path: Path) -> None:
    document = docx.Document()
    list_id = add_list(document, [("decimal", "%1."), ("lowerLetter", "%2)"),
                                  ("bullet", "\uf0b7")])
    numbered(document.add_paragraph("Đánh giá chung"), list_id)
    numbered(document.add_paragraph("Nhiệm vụ trọng tâm"), list_id)
    numbered(document.add_paragraph("Giao Sở Y tế chủ trì."), list_id, 1)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["1", "Rà soát hồ sơ", "Sở Nội vụ"],
                          strict=True):
        cell.text = text
    numbered(document.add_paragraph("Giao Sở Tài chính phối hợp."), list_id, 1)
    numbered(document.add_paragraph("trong tháng 6/2026"), list_id, 2)
    numbered(document.add_paragraph("Kiến nghị"), list_id)
    numbered(document.add_paragraph("Về trụ sở"), list_id, 1)  # restarts at a)
    document.add_paragraph("Nay thông báo./.")
    text = read_source(str(save(document, tmp_path / "danh-so.docx"))).text
    assert text.splitlines() == [
        "1. Đánh giá chung", "2. Nhiệm vụ trọng tâm", "a) Giao Sở Y tế chủ trì.",
        "| 1 | Rà soát hồ sơ | Sở Nội vụ |",
        "b) Giao Sở Tài chính phối hợp.", "- trong tháng 6/2026", "3. Kiến nghị",
        "a) Về trụ sở", "Nay thông báo./."]


def test_a_second_list_with_a_start_override_restarts(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    list_id = add_list(document, [("upperRoman", "%1.")])
    numbered(document.add_paragraph("Kết quả"), list_id)
    numbered(document.add_paragraph("Nhiệm vụ"), list_id)
    root = document.part.numbering_part.element
    abstract = root.find(f"{{{root.nsmap['w']}}}num[@{{{root.nsmap['w']}}}numId='{list_id}']"
                         ).find(f"{{{root.nsmap['w']}}}abstractNumId").get(
        f"{{{root.nsmap['w']}}}val")
    root.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="999"><w:abstractNumId w:val="{abstract}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    numbered(document.add_paragraph("Phần sau"), "999")
    text = read_source(str(save(document, tmp_path / "la-ma.docx"))).text
    assert text.splitlines() == ["I. Kết quả", "II. Nhiệm vụ", "I. Phần sau"]


def test_damaged_docx_is_refused(tmp_path: Path, seed_docx: Path) -> None:
    data = seed_docx.read_bytes()
    path = tmp_path / "hong.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BadInputError) as error:
        read_source(str(path))
    assert error.value.exit_code == 4
    assert error.value.message.startswith(f"Tệp {path} là tệp Word (.docx) bị hỏng")
    i18n.set_language("en")
    with pytest.raises(BadInputError) as error:
        read_source(str(path))
    assert error.value.message.endswith("save it again as .docx or .pdf and retry.")


def test_numbering_given_by_a_style_and_by_the_style_it_is_based_on(tmp_path: Path) -> None:
    """"List Number" numbers its paragraphs through its own numPr; a style based
    on it inherits that; the default style numbers nothing."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    item = document.styles.add_style("Muc nhiem vu", WD_STYLE_TYPE.PARAGRAPH)
    item.base_style = document.styles["List Number"]
    document.add_paragraph("Kết luận như sau:")
    document.add_paragraph("Đánh giá chung", style="List Number")
    document.add_paragraph("Nhiệm vụ trọng tâm", style="Muc nhiem vu")
    document.add_paragraph("Giao Sở Y tế chủ trì.")
    document.add_paragraph("Tổ chức thực hiện", style="List Number")
    text = read_source(str(save(document, tmp_path / "kieu-danh-so.docx"))).text
    assert text.splitlines() == ["Kết luận như sau:", "1. Đánh giá chung",
                                 "2. Nhiệm vụ trọng tâm", "Giao Sở Y tế chủ trì.",
                                 "3. Tổ chức thực hiện"]


def test_a_style_based_on_itself_does_not_hang(tmp_path: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    style = document.styles.add_style("Vong", WD_STYLE_TYPE.PARAGRAPH)
    style.element.append(parse_xml(f'<w:basedOn {nsdecls("w")} w:val="Vong"/>'))
    document.add_paragraph("Giao Sở Tài chính chủ trì.", style="Vong")
    text = read_source(str(save(document, tmp_path / "vong.docx"))).text
    assert text == "Giao Sở Tài chính chủ trì.\n"
