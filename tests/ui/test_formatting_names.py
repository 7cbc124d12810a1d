"""Agency names in a narrow column: the short name officials write, never a name cut from
the left ("…và Công nghệ" says nothing: every Sở ends alike)."""

import pytest

from tui_tracker.agency_short import short_agency
from tui_tracker.ui.formatting import fit_agency_name


@pytest.mark.parametrize(("name", "width", "shown"), [
    ("Sở Khoa học và Công nghệ", 30, "Sở Khoa học và Công nghệ"),  # fits: unchanged
    ("Sở Khoa học và Công nghệ", 22, "Sở KH&CN"),
    ("Sở Nông nghiệp và Môi trường", 14, "Sở NN&MT"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông", 20, "BQLDA giao thông"),
    ("Kho bạc Nhà nước khu vực XIII", 17, "KBNN khu vực XIII"),
    ("Ủy ban nhân dân xã Phù Cát", 16, "UBND xã Phù Cát"),
    ("Sở Giáo dục và Đào tạo", 12, "Sở GD&ĐT"),
    ("UBND các xã, phường, đặc khu", 14, "UBND các xã,…"),  # a group reads from its start
    ("các sở, ban, ngành", 8, "các sở,…"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng", 12, "BQLDA dân d…"),
])
def test_fit_agency_name(name, width, shown):
    assert fit_agency_name(name, width) == shown
    assert len(fit_agency_name(name, width)) <= width
    assert not fit_agency_name(name, width).startswith("…")


def test_a_name_with_no_short_form_is_itself():
    assert short_agency("Thanh tra tỉnh") == "Thanh tra tỉnh"
