"""Issue 7 item 4: the parsing functions on random text raise nothing but the
project's own errors (`tui_tracker.errors`): no IndexError, no ValueError, no
RecursionError on any input."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui_tracker.agencies import agency_key, canonical_agency
from tui_tracker.errors import TrackerError
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.assignments import clause_spans, find_roles, split_agencies, split_units
from tui_tracker.parsing.deadlines import find_deadlines
from tui_tracker.parsing.header import parse_header
from tui_tracker.parsing.references import find_references
from tui_tracker.parsing.sections import find_blocks
from tui_tracker.text import fold, normalize

# Pieces of real notices, so that random text reaches the deep branches.
PIECES = [
    "THÔNG BÁO", "Số: 12/TB-UBND", "V/v ", "Kính gửi:", "Nơi nhận:", "TL. CHỦ TỊCH", "KT. ",
    "1. ", "2. ", "a) ", "b) ", "đ) ", "I. ", "II. ", "1.1. ", "Một là, ", "- ", "+ ", "| ", " | ",
    "Giao ", "Yêu cầu ", "Đề nghị ", " chủ trì", ", phối hợp với ", " và ", "; ", ". ", ": ", ",",
    "Sở Tài chính", "Sở KH&CN", "Bộ Ngoại giao", "Công an tỉnh", "UBND các xã: ", "các sở, ngành",
    "các cơ quan, đơn vị có liên quan", "Các Bộ: Tài chính, Y tế", "Văn phòng UBND tỉnh",
    "trước ngày ", "30/6/2026", "31/2/2026", "ngày 05 tháng 12 năm 2026", "trong quý II/2026",
    "hằng năm", "định kỳ 6 tháng", "trong 05 ngày làm việc", " kể từ năm 2027", "trước Tết",
    "gửi Sở Tài chính trước ngày 15/12 để tổng hợp", "đến năm 2030", "Quyết định số 12/QĐ-UBND",
    "thông báo để các cơ quan biết, thực hiện./.", "Ngày 14/4/2026, tại Trụ sở UBND tỉnh",
    "(", ")", "“", "\n", "\n\n", "\t", "\f", "  ", "**", "\u00a0", "\u200b", "Ð", "…",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
SETTINGS = settings(deadline=None, max_examples=150,
                    suppress_health_check=[HealthCheck.too_slow])


def _only_own_errors(call, *args, **kwargs) -> None:
    try:
        call(*args, **kwargs)
    except TrackerError:
        pass  # BadInputError, InvalidDateError: what a user is told


@SETTINGS
@given(TEXT)
def test_parse_notice(text: str) -> None:
    _only_own_errors(parse_notice, text)


@SETTINGS
@given(TEXT, st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2100, 12, 31))))
def test_find_deadlines(text: str, issued_on: date | None) -> None:
    _only_own_errors(find_deadlines, text, issued_on=issued_on)


@SETTINGS
@given(TEXT)
def test_text_level_functions(text: str) -> None:
    normal = normalize(text)
    assert normal.endswith("\n")
    assert normalize(normal) == normal  # normalising twice changes nothing more
    fold(text)
    agency_key(text)
    canonical_agency(text)
    for a, b in clause_spans(text):
        assert 0 <= a <= b <= len(text)
    find_roles(text)
    find_roles(text, subjects=False)
    split_agencies(text)
    split_units(text.split("\n"))
    _only_own_errors(parse_header, normal)
    find_references(normal)
    find_blocks(normal)
