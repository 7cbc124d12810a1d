"""A typed list of agencies, read with the parser's own scanner and related-agencies marker."""

from tui_tracker.parsing.agency_list import is_related_agencies, split_agency_list
from tui_tracker.parsing.assignments import find_roles


def test_commas_inside_known_names_stay():
    typed = "Sở Văn hóa, Thể thao và Du lịch, Sở Y tế, UBND các xã, phường, đặc khu"
    assert split_agency_list(typed).names == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "UBND các xã, phường, đặc khu"]


def test_semicolons_aliases_unknown_names_and_repeats():
    typed = "Sở KH&CN; Ban Quản lý dự án Xyz;  ; Sở Khoa học và Công nghệ"
    assert split_agency_list(typed).names == ["Sở Khoa học và Công nghệ",
                                              "Ban Quản lý dự án Xyz"]
    assert split_agency_list("Phòng A, , Phòng B ").names == ["Phòng A", "Phòng B"]
    assert split_agency_list("").names == []
    assert split_agency_list(",;, ").names == []


def test_groups_are_flagged():
    found = split_agency_list("các sở, ngành, địa phương; Sở Tài chính")
    assert [(a.name, a.group) for a in found.agencies] == [
        ("các sở, ngành, địa phương", True), ("Sở Tài chính", False)]


def test_the_related_marker_is_the_one_the_parser_uses():
    for marker in ("các địa phương liên quan", "các cơ quan, đơn vị có liên quan",
                   "Các cơ quan liên quan"):
        assert is_related_agencies(marker)
        typed = split_agency_list(f"Sở Tài chính, {marker}")
        assert typed.names == ["Sở Tài chính"] and typed.with_related
        # The parser reads the same words the same way in a notice's sentence.
        roles = find_roles(f"Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, {marker} "
                           "rà soát bộ máy.")
        assert roles.with_related
        assert [a.agency for a in roles.coordinates] == ["Sở Tài chính"]
    assert not is_related_agencies("Sở Y tế")
    assert not is_related_agencies("Sở Y tế và các cơ quan liên quan")
