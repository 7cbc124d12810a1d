"""Numbered sections and lettered items of a notice's body."""

from pathlib import Path

import pytest

from tui_tracker.parsing.sections import find_blocks, is_assessment, split_title
from tui_tracker.text import normalize

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "01_seed_tb_kl_khcn.txt"
SEED_TEXT = normalize(SEED.read_text(encoding="utf-8"))  # in the repository: never skipped

ROMAN = """ỦY BAN NHÂN DÂN TỈNH GIA LAI

THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số

Ngày 02/6/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:

I. ĐÁNH GIÁ CHUNG

1. Kết quả đạt được

Các sở, ngành đã tích cực triển khai. Giao ban định kỳ được duy trì.

II. NHIỆM VỤ THỜI GIAN TỚI

1. Về hạ tầng số

Yêu cầu Sở KH&CN chủ trì thực hiện các nhiệm vụ sau:

a) Hoàn thiện Trung tâm dữ liệu tỉnh.

b) Rà soát hệ thống thông tin dùng chung, gồm:

a) hệ thống văn bản điều hành;

b) hệ thống một cửa điện tử.

c) Đào tạo nhân lực số.

2. Về dịch vụ công trực tuyến: Giao Văn phòng UBND tỉnh chủ trì nâng tỷ lệ hồ sơ trực tuyến.

2.1. Rà soát thủ tục hành chính.

2.2. Công bố danh mục dịch vụ công.

III. TỔ CHỨC THỰC HIỆN

Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Như trên;
a) Lưu: VT.

KT. CHỦ TỊCH
"""


def refs(text: str) -> list[str]:
    return [b.ref for b in find_blocks(text).blocks]


def test_seed_items() -> None:
    structure = find_blocks(SEED_TEXT)
    assert structure.numbered
    assert [b.ref for b in structure.blocks] == [
        "2.a", "2.b", "2.c", "2.d", "2.đ", "2.e", "2.f", "2.g",
        "3.a", "3.b", "3.c", "3.d", "3.đ", "3.e"]
    by_ref = {b.ref: b for b in structure.blocks}
    assert all(by_ref[f"2.{x}"].heading is None for x in "abcdđefg")
    assert by_ref["3.a"].heading == "Về thành lập Quỹ phát triển khoa học và công nghệ cấp tỉnh"
    assert by_ref["3.d"].heading == "Về xử lý tồn tại trước hợp nhất tỉnh"
    assert by_ref["3.a"].paragraphs[1].startswith("Trước mắt, tập trung")
    assert len(by_ref["3.c"].paragraphs) == 2
    assert by_ref["2.a"].paragraphs[0].startswith("Tiếp tục rà soát toàn diện")
    assert by_ref["3.a"].section == "Đối với nội dung đề xuất, kiến nghị"
    # Section 2's preamble names the addressee of its items.
    assert any("yêu cầu Sở Khoa học và Công nghệ" in p for p in by_ref["2.a"].preambles[-1])
    # The closing stays out of the last item.
    assert not any("Nay thông báo" in p for p in by_ref["3.e"].paragraphs)


def test_roman_arabic_and_lettered_nesting() -> None:
    structure = find_blocks(ROMAN)
    by_ref = {b.ref: b for b in structure.blocks}
    # I is an assessment; II.2 has sub-sections; III has no items.
    assert list(by_ref) == ["II.1.a", "II.1.b", "II.1.c", "2.1", "2.2", "III"]
    assert by_ref["II.1.a"].section == "Về hạ tầng số"
    assert by_ref["II.1.a"].preambles[-1] == [
        "Yêu cầu Sở KH&CN chủ trì thực hiện các nhiệm vụ sau:"]
    # The nested a) b) inside b) are text of b), not items.
    assert by_ref["II.1.b"].paragraphs == [
        "Rà soát hệ thống thông tin dùng chung, gồm:", "a) hệ thống văn bản điều hành;",
        "b) hệ thống một cửa điện tử."]
    # "2. Về X: body" splits its title from its body, which leads its sub-sections.
    assert by_ref["2.1"].section == "Về dịch vụ công trực tuyến"
    assert by_ref["2.1"].preambles[-1] == [
        "Giao Văn phòng UBND tỉnh chủ trì nâng tỷ lệ hồ sơ trực tuyến."]
    assert by_ref["III"].kind == "section"
    assert by_ref["III"].heading == "TỔ CHỨC THỰC HIỆN"
    assert by_ref["III"].paragraphs == ["Giao Văn phòng UBND tỉnh theo dõi, đôn đốc."]


def test_numbered_paragraphs_of_a_cong_van() -> None:
    text = """Kính gửi: Sở Tài chính.

Chủ tịch UBND tỉnh có ý kiến như sau:

1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát; hoàn thành trước ngày 30/6/2026.

2. Yêu cầu các xã báo cáo.
Nội dung báo cáo gồm số liệu giải ngân.

4. Một dòng ngoài thứ tự.

3. Tổ chức tuyên truyền rộng rãi./.

Nơi nhận:
"""
    blocks = find_blocks(text).blocks
    assert [b.ref for b in blocks] == ["1", "2", "3"]
    assert all(b.kind == "section" and b.heading is None for b in blocks)
    # The out-of-order "4." is text of 2; "3." continues the sequence; "./." ends the text.
    assert blocks[1].paragraphs == [
        "Yêu cầu các xã báo cáo.", "Nội dung báo cáo gồm số liệu giải ngân.",
        "4. Một dòng ngoài thứ tự."]
    assert blocks[2].paragraphs == ["Tổ chức tuyên truyền rộng rãi./."]


def test_items_without_sections_and_numbered_items() -> None:
    text = """Kết luận như sau:

a) Giao Sở Y tế thực hiện.

b) Giao Sở Nội vụ thực hiện.

c) Việc khác:
1) rà soát;
2) báo cáo.
"""
    assert refs(text) == ["a", "b", "c"]
    numbered = "Kết luận như sau:\n\n1) Giao Sở Y tế thực hiện.\n\n2) Giao Sở Nội vụ thực hiện.\n"
    assert refs(numbered) == ["1", "2"]


def test_text_without_numbering_is_one_loose_block() -> None:
    text = """V/v giải ngân

Kính gửi:
- Sở Tài chính;
- Sở Xây dựng.

Theo báo cáo của Sở Tài chính, tiến độ còn chậm.

Giao Sở Tài chính chủ trì rà soát.
"""
    structure = find_blocks(text)
    assert not structure.numbered
    assert [b.kind for b in structure.blocks] == ["loose"]
    assert structure.blocks[0].paragraphs == [
        "Theo báo cáo của Sở Tài chính, tiến độ còn chậm.", "Giao Sở Tài chính chủ trì rà soát."]
    after = "Mở đầu.\nChủ tịch có ý kiến như sau:\nGiao Sở Y tế thực hiện.\n"
    assert find_blocks(after).blocks[0].paragraphs == ["Giao Sở Y tế thực hiện."]


def test_soft_wrapped_lines_are_joined() -> None:
    text = "Như sau:\n\na) Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà\nsoát.\n"
    blocks = find_blocks(text).blocks
    assert blocks[0].paragraphs == ["Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát."]


@pytest.mark.parametrize(("first", "more", "section", "expected"), [
    ("Về xử lý tồn tại trước hợp nhất tỉnh", True, False,
     ("Về xử lý tồn tại trước hợp nhất tỉnh", None)),
    ("Về xử lý tồn tại trước hợp nhất tỉnh", False, False,
     (None, "Về xử lý tồn tại trước hợp nhất tỉnh")),
    ("Tiếp tục rà soát toàn diện nhiệm vụ đã được giao.", True, False,
     (None, "Tiếp tục rà soát toàn diện nhiệm vụ đã được giao.")),
    ("Về công tác quy hoạch:", True, False, ("Về công tác quy hoạch", None)),
    ("Rà soát các nội dung sau:", True, False, (None, "Rà soát các nội dung sau:")),
    ("Về quy hoạch: Giao Sở Xây dựng rà soát.", False, False,
     ("Về quy hoạch", "Giao Sở Xây dựng rà soát.")),
    ("NHIỆM VỤ THỜI GIAN TỚI", False, True, ("NHIỆM VỤ THỜI GIAN TỚI", None)),
    ("Giao Sở Tài chính chủ trì thực hiện", True, True,
     (None, "Giao Sở Tài chính chủ trì thực hiện")),
])
def test_split_title(first: str, more: bool, section: bool,
                     expected: tuple[str | None, str | None]) -> None:
    assert split_title(first, more, section=section) == expected


@pytest.mark.parametrize(("title", "assessment"), [
    ("Đánh giá chung", True),
    ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN", True),
    ("Kết quả đạt được", True),
    ("Về tình hình thực hiện nhiệm vụ Quý I/2026", True),
    ("Một số tồn tại, hạn chế", True),
    ("Nhiệm vụ trọng tâm trong thời gian tới", False),
    ("Đối với nội dung đề xuất, kiến nghị", False),
    ("Kết quả thực hiện và nhiệm vụ thời gian tới", False),
    ("Về đánh giá trình độ và năng lực công nghệ: giải pháp", False),
    (None, False),
])
def test_assessment_sections(title: str | None, assessment: bool) -> None:
    assert is_assessment(title) is assessment


def test_slash_markers_and_a_bare_signature_title() -> None:
    text = """Kết luận như sau:

1/ Giao Sở Y tế thực hiện.

2/ Đối với dự án A:
a/ Giao Sở Xây dựng kiểm tra.
b/ Giao Sở Tài chính bố trí vốn.

CHỦ TỊCH

Nguyễn Văn A
"""
    blocks = find_blocks(text).blocks
    assert [(b.ref, b.section) for b in blocks] == [
        ("1", None), ("2.a", "Đối với dự án A"), ("2.b", "Đối với dự án A")]
    assert blocks[-1].paragraphs == ["Giao Sở Tài chính bố trí vốn."]


def test_a_scanned_table_header_read_as_tr_still_numbers_its_rows() -> None:
    # OCR reads a small "TT" as "Tr": the rows keep their numbers, not one row of four.
    text = ("Kết luận như sau:\n\n2. Nhiệm vụ cụ thể\n\n"
            "| Tr | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
            "| 1 | Rà soát quy hoạch | Sở Xây dựng | Quý I/2027 |\n"
            "| 2 | Bố trí vốn | Sở Tài chính | Tháng 3/2027 |\n")
    assert refs(text) == ["2.1", "2.2"]
