"""Issue 7 item 3: mistakes met on real notices, each a rule of the language.

The roles and deadlines of the three samples are in test_unseen_notices.py; this
file checks what that table does not: the header, references, the text a
directive keeps, and per-assignment dates of a two-step chain.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui_tracker.model import ParsedNotice, Role
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.assignments import find_roles, split_agencies
from tui_tracker.parsing.deadlines import find_deadlines

SAMPLES = Path(__file__).parent / "samples"


def _parse(name: str) -> ParsedNotice:
    return parse_notice((SAMPLES / name).read_text(encoding="utf-8"))


def _by_ref(notice: ParsedNotice) -> dict:
    return {d.ref: d for d in notice.directives}


def test_agency_heading_leads_and_opening_sentence_is_the_task() -> None:
    notice = _parse("tb_muc_theo_co_quan.txt")
    directives = _by_ref(notice)
    assert "1" not in directives and "2" not in directives  # background, approval
    assert "8.a" not in directives  # "Đồng ý chủ trương …"
    five = directives["5"]
    assert five.text.startswith("Công an tỉnh chủ trì, phối hợp với Sở Công Thương")
    assert "a) Điều tra, xử lý nghiêm" in five.text and "b) Tuyên truyền" in five.text
    assert not any(ref.startswith("5.") for ref in directives)
    assert all("thông báo để" not in d.text for d in notice.directives)


def test_cong_van_header_chain_and_no_self_reference() -> None:
    notice = _parse("cv_doan_van_chu_ky_bang.txt")
    header = notice.notice
    assert header.meeting_on is None  # "Ngày 05/12/2026, UBND tỉnh ban hành Quyết định …"
    assert header.signer == "Đầu Thanh Tùng"
    assert header.signer_title == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert header.recipients[-1] == "Lưu: VT, KTTC"
    assert [r.number for r in notice.references] == ["3105/QĐ-UBND"]
    first = _by_ref(notice)["1"]
    due = {a.agency: (Role(a.role), a.due_on) for a in first.assignments}
    assert due["Sở Xây dựng"] == (Role.LEAD, date(2027, 1, 14))
    assert due["UBND các xã, phường, đặc khu"] == (Role.LEAD, date(2027, 1, 14))
    assert due["Sở Tài chính"] == (Role.COORDINATE, date(2027, 1, 24))
    assert first.deadline is not None and first.deadline.due_on == date(2027, 1, 24)
    data = notice.to_json()["directives"][0]["assignments"]
    assert data[0]["due_on"] == "2027-01-14"
    # Directives without a chain keep cli-contract's shape exactly.
    assert "due_on" not in notice.to_json()["directives"][1]["assignments"][0]


def test_unnumbered_notice_keeps_letterhead_out_and_reads_table_signature() -> None:
    notice = _parse("tb_vpcp_khong_danh_so.txt")
    header = notice.notice
    assert header.signer == "Nguyễn Văn Bình"
    assert header.signer_title == "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM"
    assert notice.references == []  # "Thông báo số 88/TB-VPCP" is the notice itself
    texts = [d.text for d in notice.directives]
    assert texts[0].startswith("Bộ Ngoại giao chủ trì")
    assert not any("VĂN PHÒNG CHÍNH PHỦ" in t or "Ngày 14 tháng 02" in t for t in texts)
    assert texts[-1].endswith("Thông báo số 88/TB-VPCP.")


@pytest.mark.parametrize(("clause", "leads", "coordinates"), [
    ("Giao Bộ Ngoại giao chủ trì, phối hợp với Bộ Công Thương nghiên cứu.",
     ["Bộ Ngoại giao"], ["Bộ Công Thương"]),
    ("Giao Sở Tài chính; Sở Xây dựng; Sở Y tế báo cáo UBND tỉnh.",
     ["Sở Tài chính", "Sở Xây dựng", "Sở Y tế"], []),
    ("Sở Tư pháp và Công an tỉnh chủ trì rà soát.", ["Sở Tư pháp", "Công an tỉnh"], []),
    ("Giao Sở Y tế và Sở Tài chính rà soát.", ["Sở Y tế"], ["Sở Tài chính"]),
    ("Giao UBND các huyện, thị xã, thành phố triển khai.",
     ["UBND các huyện, thị xã, thành phố"], []),
])
def test_role_rules(clause: str, leads: list[str], coordinates: list[str]) -> None:
    roles = find_roles(clause)
    assert [a.agency for a in roles.leads] == leads
    assert [a.agency for a in roles.coordinates] == coordinates


def test_related_marker_and_whole_names() -> None:
    roles = find_roles("Giao Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị có liên quan.")
    assert roles.with_related and [a.agency for a in roles.leads] == ["Sở Y tế"]
    assert split_agencies("Bộ Ngoại giao") == [("Bộ Ngoại giao", False)]


@pytest.mark.parametrize(("text", "due", "kind"), [
    ("hoàn thành trong quý I năm 2024.", date(2024, 3, 31), "quarter"),
    ("báo cáo trước ngày 30 tháng 6 hằng năm kể từ năm 2027.", date(2027, 6, 29), "recurring"),
    ("Định kỳ hằng quý báo cáo UBND tỉnh.", date(2023, 12, 31), "recurring"),
    ("Báo cáo 6 tháng gửi Sở Tài chính.", date(2023, 12, 31), "recurring"),
])
def test_deadline_phrases(text: str, due: date, kind: str) -> None:
    found = find_deadlines(text, issued_on=date(2023, 11, 20))
    assert [(d.due_on, str(d.kind)) for d in found] == [(due, kind)]


@pytest.mark.parametrize("text", [
    "triển khai Chương trình phòng, chống buôn lậu đến năm 2030 trên địa bàn.",
    "Sở Tài chính báo cáo 6 tháng đầu năm 2024 đã trình.",
])
def test_not_deadlines(text: str) -> None:
    assert find_deadlines(text, issued_on=date(2023, 11, 20)) == []
