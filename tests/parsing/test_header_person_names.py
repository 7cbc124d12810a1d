"""A title written in capitals keeps people's names as names when it is re-cased (issue 15:
the draft report wrote "Phó Thủ tướng vũ đức đam"); words that only look like family names
("quản lý", "hà nội") are left alone."""

from __future__ import annotations

import pytest

from tui_tracker.parsing.header import parse_header, recase
from tui_tracker.parsing.header.top import keep_person_names


@pytest.mark.parametrize(("caps", "written"), [
    ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VŨ ĐỨC ĐAM TẠI BUỔI LÀM VIỆC VỚI UBND TỈNH QUẢNG NGÃI",
     "Kết luận của Phó Thủ tướng Vũ Đức Đam tại buổi làm việc với UBND tỉnh Quảng Ngãi"),
    ("KẾT LUẬN CỦA ĐỒNG CHÍ TRẦN HỒNG HÀ, PHÓ THỦ TƯỚNG CHÍNH PHỦ",
     "Kết luận của đồng chí Trần Hồng Hà, Phó Thủ tướng Chính phủ"),
    ("Ý KIẾN KẾT LUẬN CỦA PHÓ CHỦ TỊCH THƯỜNG TRỰC NGUYỄN HOÀNG GIANG TẠI CUỘC HỌP",
     "Ý kiến kết luận của Phó Chủ tịch Thường trực Nguyễn Hoàng Giang tại cuộc họp"),
    ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ MINH KHÁI VỀ CÔNG TÁC QUẢN LÝ ĐẤT ĐAI",
     "Kết luận của Phó Thủ tướng Chính phủ Lê Minh Khái về công tác quản lý đất đai"),
    ("KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH NGUYỄN VĂN AN VỀ DỰ ÁN",
     "Kết luận của Chủ tịch UBND tỉnh Nguyễn Văn An về dự án"),
    ("VỀ VIỆC QUẢN LÝ ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH", "Về việc quản lý đất đai trên địa bàn tỉnh"),
])
def test_names_in_a_title_keep_their_capitals(caps: str, written: str) -> None:
    assert keep_person_names(recase(caps)) == written


def test_the_parsed_title_keeps_the_name() -> None:
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 412/TB-VPCP\nHà Nội, ngày 10 tháng 10 năm 2026\n\n"
            "THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG VŨ ĐỨC ĐAM TẠI BUỔI LÀM VIỆC\n\n"
            "1. Giao Bộ Y tế chủ trì thực hiện.\n")
    header, _warnings = parse_header(text)
    assert header.title == "Kết luận của Phó Thủ tướng Vũ Đức Đam tại buổi làm việc"
