"""Agency names cut with their distinctive end kept."""

import pytest

from tui_tracker.ui.formatting import fit_name_end


@pytest.mark.parametrize(("name", "width", "shown"), [
    ("Sở Khoa học và Công nghệ", 30, "Sở Khoa học và Công nghệ"),  # fits: unchanged
    ("Sở Khoa học và Công nghệ", 22, "…Khoa học và Công nghệ"),
    ("Sở Khoa học và Công nghệ", 14, "…và Công nghệ"),
    ("Kho bạc Nhà nước khu vực XIII", 15, "…khu vực XIII"),
    ("Ngânhàngnhànước", 8, "…nhànước"),  # one long word: cut at its start
    ("UBND các xã, phường, đặc khu", 14, "UBND các xã, …"),  # a group reads from its start
    ("các sở, ban, ngành", 8, "các sở,…"),
])
def test_fit_name_end(name, width, shown):
    assert fit_name_end(name, width) == shown
    assert len(fit_name_end(name, width)) <= width
