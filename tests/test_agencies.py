"""The agency catalogue: keys, canonical names, groups."""

import pytest

from tui_tracker.agencies import (
    GROUP_ADDRESSEES,
    SEED_AGENCIES,
    agency_key,
    canonical_agency,
    is_group,
    is_known_agency,
)


@pytest.mark.parametrize("spelling", [
    "Sở Khoa học và Công nghệ", "Sở KH&CN", "Sở KHCN", "SKHCN", "sở khoa hoc va cong nghe",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở KH & CN", "Sở Khoa học Công nghệ",
])
def test_spellings_of_one_agency_share_a_key(spelling: str) -> None:
    assert agency_key(spelling) == agency_key("Sở Khoa học và Công nghệ")


def test_abbreviations_and_tone_placement_are_expanded() -> None:
    assert agency_key("UBND xã Tư Nghĩa") == agency_key("Ủy ban nhân dân xã Tư Nghĩa")
    assert agency_key("Uỷ ban nhân dân tỉnh") == agency_key("Ủy ban nhân dân tỉnh")
    assert agency_key("HĐND tỉnh") == agency_key("Hội đồng nhân dân tỉnh")
    assert agency_key("Sở NN&MT") == agency_key("Sở Nông nghiệp và Môi trường")
    assert agency_key("Sở GD&ĐT") == agency_key("Sở Giáo dục và Đào tạo")
    assert agency_key("Sở VHTTDL") == agency_key("Sở Văn hóa, Thể thao và Du lịch")


@pytest.mark.parametrize("spelling", [
    "Ban Chỉ đạo PCTT và TKCN tỉnh", "Ban Chỉ đạo PCTT&TKCN tỉnh", "BCĐ PCTT và TKCN tỉnh",
    "Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Ngãi",
])
def test_steering_board_for_disasters_is_one_agency(spelling: str) -> None:
    assert canonical_agency(spelling) == (
        "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh")


def test_party_notice_addressee_is_a_group() -> None:
    assert is_group("Các cấp ủy, tổ chức đảng, cơ quan, đơn vị")
    assert canonical_agency("các cấp ủy, tổ chức đảng, các cơ quan, đơn vị") == (
        "các cấp ủy, tổ chức đảng, cơ quan, đơn vị")


def test_different_agencies_have_different_keys() -> None:
    keys = [agency_key(name) for name, _ in SEED_AGENCIES]
    assert len(keys) == len(set(keys))
    assert agency_key("Sở Tài chính") != agency_key("Bộ Tài chính")
    assert agency_key("UBND tỉnh") != agency_key("Văn phòng UBND tỉnh")


@pytest.mark.parametrize(("alias", "canonical"), [
    ("Tài chính", "Sở Tài chính"),
    ("Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
    ("VPUB", "Văn phòng UBND tỉnh"),
    ("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh"),
    ("Tỉnh đoàn Thanh niên", "Tỉnh Đoàn"),
    ("thanh tra tỉnh", "Thanh tra tỉnh"),
    ("Công an tỉnh Quảng Ngãi", "Công an tỉnh"),
    ("Sở Tài chính tỉnh Gia Lai", "Sở Tài chính"),
    ("Ủy ban nhân dân tỉnh", "UBND tỉnh"),
    ("  Sở Y tế; ", "Sở Y tế"),
])
def test_known_aliases_give_the_canonical_name(alias: str, canonical: str) -> None:
    assert canonical_agency(alias) == canonical


@pytest.mark.parametrize(("name", "expected"), [
    ("UBND xã Tư Nghĩa", "UBND xã Tư Nghĩa"),
    ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"),
    (" Sở  Kế hoạch và Đầu tư; ", "Sở Kế hoạch và Đầu tư"),
    ("Bộ Tài chính", "Bộ Tài chính"),
    # A central notice addresses provinces one by one: they stay apart.
    ("UBND tỉnh Gia Lai", "UBND tỉnh Gia Lai"),
])
def test_unknown_agencies_are_returned_as_written(name: str, expected: str) -> None:
    assert canonical_agency(name) == expected
    assert not is_group(name)


def test_every_alias_of_the_seed_maps_to_its_agency() -> None:
    for canonical, aliases in SEED_AGENCIES:
        assert is_known_agency(canonical)
        for alias in aliases:
            assert canonical_agency(alias) == canonical, alias


def test_groups_are_canonical_and_flagged() -> None:
    for canonical, variants in GROUP_ADDRESSEES.items():
        assert is_group(canonical)
        for variant in variants:
            assert canonical_agency(variant) == canonical, variant
    assert canonical_agency("Các sở, ban, ngành tỉnh") == "các sở, ban, ngành"
    assert canonical_agency("UBND cấp xã") == "UBND các xã, phường, đặc khu"
    assert "các sở, ngành, địa phương" in GROUP_ADDRESSEES


def test_plural_phrases_are_groups_even_when_unknown() -> None:
    assert is_group("các chủ đầu tư dự án nhóm B")
    assert canonical_agency("Các hợp tác xã nông nghiệp") == "các hợp tác xã nông nghiệp"
    assert not is_group("Sở Tài chính")
