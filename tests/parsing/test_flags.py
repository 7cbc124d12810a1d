"""Issue 14, point 3: a flag wherever the parser is unsure (parsing/flags.py)."""

from __future__ import annotations

import pytest

from tui_tracker.i18n import set_language
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.flags import FLAGS, flag_label, is_vietnamese_name

HEADER = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 77/TB-UBND
Gia Lai, ngày 20 tháng 11 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh

Ngày 18/11/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp và kết luận như sau:

"""


def flags_of(body: str, **kwargs: bool) -> dict[str, list[str]]:
    notice = parse_notice(HEADER + body + "\nNơi nhận:\n- Lưu: VT.\n", **kwargs)
    return {d.ref: d.flags for d in notice.directives}


def test_the_set_is_fixed_and_every_code_has_words_in_both_languages() -> None:
    assert set(FLAGS) == {
        "lead_inherited", "lead_not_found", "unknown_agency", "deadline_from_parent_all",
        "deadline_chain", "deadline_before_notice", "long_text",
        "unclassified_paragraph_nearby", "ocr_text", "name_not_vietnamese"}
    for code in FLAGS:
        set_language("vi")
        vi = flag_label(code)
        set_language("en")
        en = flag_label(code)
        assert vi != code and en != code and vi != en
    set_language("vi")


def test_a_text_that_names_its_lead_and_date_is_not_flagged() -> None:
    assert flags_of("1. Giao Sở Tài chính chủ trì rà soát, hoàn thành trước ngày "
                    "30/12/2026.\n") == {"1": []}


def test_a_lead_from_a_lead_in_or_a_preamble_is_flagged_inherited() -> None:
    got = flags_of("1. Giao Sở Y tế thực hiện các nội dung sau, hoàn thành trước ngày "
                   "31/12/2026:\n- Rà soát danh mục thuốc;\n- Báo cáo trước ngày 15/12/2026.\n")
    assert got == {"1": ["lead_inherited", "deadline_from_parent_all"],
                   "1-2": ["lead_inherited"]}


def test_subjects_that_phoi_hop_and_act_are_named_not_inherited() -> None:
    # "Hội Cựu chiến binh tỉnh phối hợp giúp …": the lead is the text's own subject.
    got = flags_of("1. Hội Cựu chiến binh tỉnh phối hợp giúp các hộ nghèo gia cố nhà ở, "
                   "hoàn thành trước ngày 25/12/2026.\n")
    assert got == {"1": []}


def test_no_lead_and_an_unknown_subject_are_flagged() -> None:
    got = flags_of("1. Về an toàn giao thông\n\na) Tổ chức kiểm tra tải trọng xe.\n\n"
                   "b) Giao công chức Địa chính - Xây dựng xã kiểm tra công trình.\n")
    assert got["1.a"] == ["lead_not_found"]
    assert got["1.b"] == ["unknown_agency"]


def test_deadline_chain_before_notice_and_long_text() -> None:
    got = flags_of("1. Giao Sở Nội vụ gửi báo cáo về Sở Tài chính trước ngày 10/12/2026 để "
                   "tổng hợp, trình UBND tỉnh trước ngày 20/12/2026.\n\n"
                   "2. Giao Sở Xây dựng báo cáo trước ngày 15/10/2026.\n\n"
                   "3. Giao Sở Công Thương " + "rà soát các cơ sở kinh doanh, " * 40 + "báo cáo.\n")
    assert got["1"] == ["deadline_chain"]
    assert got["2"] == ["deadline_before_notice"]
    assert got["3"] == ["long_text"]


def test_ocr_text_flags_every_directive() -> None:
    got = flags_of("1. Giao Sở Tài chính rà soát.\n\n2. Giao Sở Y tế báo cáo.\n", ocr=True)
    assert got == {"1": ["ocr_text"], "2": ["ocr_text"]}


@pytest.mark.parametrize(("name", "vietnamese"), [
    ("Sở Khoa học và Công nghệ", True),
    ("Ủy ban nhân dân xã Ea Ktur", True),
    ("Công ty TNHH Wonderful Việt Nam", True),  # f, w, z are Latin letters Vietnamese borrows
    ("Sở Tài chínḥ", False),  # a dot below on an h: OCR
    ("Sở Xây dựñg", False),  # a tilde on an n
    ("Sở Ү tế", False),  # a Cyrillic letter
    ("Sở Giáo dục và Ðào tạo", False),  # an Icelandic eth (normalised away before parsing)
])
def test_names_with_letters_vietnamese_does_not_use(name: str, vietnamese: bool) -> None:
    assert is_vietnamese_name(name) is vietnamese


def test_an_ocr_slip_in_an_unknown_name_is_flagged() -> None:
    got = flags_of("1. Giao Trung tâm Dịch vụ nông nghiệp Çam Lộ chủ trì kiểm tra.\n")
    assert "name_not_vietnamese" in got["1"]


def test_an_ocr_slip_in_a_known_name_reads_as_the_catalogue_name() -> None:
    notice = parse_notice(HEADER + "1. Giao Sở Xây dựñg chủ trì kiểm tra.\n")
    assert notice.directives[0].lead == "Sở Xây dựng"
    assert notice.directives[0].flags == []
