"""Notices the parser was not written against (tests/parsing/samples/, see its README).

Each expectation says what a careful official reading the text would record:
the notice's number, type and date; each directive's ref, lead(s), coordinating
agencies and deadline. Agencies that only receive a report ("báo cáo UBND tỉnh",
"gửi về Sở Tài chính", "báo cáo Thủ tướng Chính phủ") or that only advise
("tham mưu UBND tỉnh") must not become assignments, and assessment sections
("Đánh giá chung", "Kết quả đạt được") yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from tui_tracker.agencies import agency_key
from tui_tracker.model import ParsedDirective, ParsedNotice, Role
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.assignments import (
    clause_spans,
    find_roles,
    preamble_roles,
    split_agencies,
)

SAMPLES = Path(__file__).parent / "samples"
ANY = object()  # the expectation does not look at this value


@dataclass
class D:
    """One expected directive. `deadline` is (due_on, kind), None for no deadline,
    or ANY; `coordinates` None means "not checked"."""

    ref: str
    leads: list[str]
    coordinates: list[str] | None = field(default_factory=list)
    deadline: object = None
    with_related: bool | None = None
    heading: str | None | object = ANY


@dataclass
class Sample:
    number: str
    doc_type: str
    issued_on: date
    directives: list[D]
    never_assigned: list[str] = field(default_factory=list)
    issuer: str | None = None


SAMPLES_EXPECTED: dict[str, Sample] = {
    "vpcp_cv_y_kien_pho_thu_tuong.txt": Sample(
        "9142/VPCP-KTTH", "CV", date(2026, 11, 12),
        [
            D("1", ["các Bộ, cơ quan ngang Bộ", "UBND các tỉnh, thành phố trực thuộc Trung ương",
                    "các Tập đoàn kinh tế, Tổng công ty nhà nước"],
              [], (date(2026, 11, 29), "date")),
            # "tiếp thu ý kiến của các Bộ: Tư pháp, …" is not coordination.
            D("2", ["Bộ Tài chính"], [], (date(2026, 12, 30), "date")),
        ],
        never_assigned=["Thủ tướng Chính phủ", "Bộ Tư pháp", "Bộ Xây dựng"],
        issuer="Văn phòng Chính phủ",
    ),
    "vpcp_cv_mot_doan.txt": Sample(
        "8417/VPCP-CN", "CV", date(2026, 10, 20),
        [D("1", ["Bộ Xây dựng"], [], (date(2027, 3, 31), "quarter"), with_related=True)],
        never_assigned=["Thủ tướng Chính phủ", "Bộ Tài chính"],
        issuer="Văn phòng Chính phủ",
    ),
    "vpcp_cv_ngay_lam_viec.txt": Sample(
        "7365/VPCP-KGVX", "CV", date(2026, 11, 13),
        [
            # "Các Bộ là chủ Chương trình": the addressed ministries, each one.
            # 7 working days from Fri 13/11/2026 skip 24/11 (Vietnam Cultural Day).
            D("1", [], None, (date(2026, 11, 25), "working_days")),
            D("2", ["Bộ Tài chính"], [], (date(2026, 12, 31), "month")),
        ],
        never_assigned=["Chính phủ", "Thủ tướng Chính phủ"],
        issuer="Văn phòng Chính phủ",
    ),
    "tb_ubnd_tinh_pre2025_huyen.txt": Sample(
        "412/TB-UBND", "TB", date(2024, 11, 28),
        [
            D("2.a", ["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính", "Kho bạc Nhà nước"],
              (date(2024, 12, 19), "date")),
            D("2.b", ["UBND các huyện, thị xã, thành phố"], [], (date(2025, 3, 31), "quarter")),
            # "trước 16 giờ 00 ngày 10/12/2024": the hour is on that day.
            D("2.c", ["Sở Tài nguyên và Môi trường"], [], (date(2024, 12, 10), "date")),
            # "Giao A và B theo chức năng, nhiệm vụ …": each leads its own part.
            D("2.d", ["Sở Giao thông vận tải", "Sở Xây dựng"], [], None),
            D("2.đ", ["Kho bạc Nhà nước"], [], (date(2024, 11, 30), "recurring")),
            D("3", ["Văn phòng UBND tỉnh"], [], None),
        ],
        never_assigned=["UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Bình Định",
    ),
    "tb_vp_ubnd_gach_dau_dong.txt": Sample(
        "215/TB-VP", "TB", date(2026, 12, 9),
        [
            # "yêu cầu các cơ quan, đơn vị … các nội dung sau:" only leads into the dashes.
            D("2", ["Sở Công Thương"], [], None, with_related=True),
            D("2-2", ["Sở Y tế"], [], (date(2027, 1, 24), "date")),
            D("2-3", ["Công an tỉnh"], [], None),
            # "- UBND các xã, phường:" over three "+" points: each point its own task;
            # only the third states a date, which is not copied onto its siblings.
            D("2-4", ["UBND các xã, phường, đặc khu"], [], None),
            D("2-5", ["UBND các xã, phường, đặc khu"], [], None),
            D("2-6", ["UBND các xã, phường, đặc khu"], [], (date(2027, 1, 19), "date")),
            D("3", ["Sở Văn hóa, Thể thao và Du lịch"], [], (date(2026, 12, 15), "date")),
        ],
        never_assigned=["Sở Nội vụ", "UBND tỉnh", "các cơ quan, đơn vị"],
        issuer="Văn phòng UBND tỉnh Thái Nguyên",
    ),
    "tb_vpcp_roman_sections.txt": Sample(
        "512/TB-VPCP", "TB", date(2026, 11, 24),
        [
            D("II.1", ["Bộ Xây dựng"], ["Bộ Tài chính", "Bộ Tư pháp", "Bộ Nông nghiệp và Môi trường"],
              (date(2026, 12, 14), "date"), with_related=True),
            D("II.2", ["Bộ Nông nghiệp và Môi trường"], [], (date(2026, 12, 14), "date")),
            D("II.3", ["Ngân hàng Nhà nước Việt Nam"], [], (date(2027, 3, 31), "quarter")),
            D("II.4", ["UBND các tỉnh, thành phố trực thuộc Trung ương"], [],
              (date(2026, 12, 30), "date")),
            D("III.1", ["Bộ Tư pháp"], ["Bộ Xây dựng"], (date(2027, 1, 31), "month"),
              heading="Về đề nghị sửa đổi quy định về điều kiện chuyển nhượng dự án"),
            D("III.2", ["Bộ Tài chính"], [], None,
              heading="Về đề nghị bổ sung nguồn vốn tín dụng ưu đãi"),
        ],
        never_assigned=["Thủ tướng Chính phủ", "các địa phương"],
        issuer="Văn phòng Chính phủ",
    ),
    "tb_ubnd_muc_2_1.txt": Sample(
        "187/TB-UBND", "TB", date(2026, 12, 3),
        [
            # Two dashes for the same agency: one directive, the chain's last deadline.
            # "2.1. Sở Y tế:" over two dashes, each with its own deadline: two tasks
            # (it was one task with the later date, which made the first look on time).
            D("2.1", ["Sở Y tế"], [], (date(2027, 1, 30), "date")),
            D("2.1-2", ["Sở Y tế"], [], (date(2027, 6, 30), "quarter")),
            D("2.2", ["Sở Tài chính"], ["Sở Y tế"], (date(2027, 1, 14), "date")),
            # "X phối hợp với Y rà soát …" with nobody else leading: X does the work.
            D("2.3", ["Sở Nội vụ"], ["Sở Y tế"], (date(2027, 3, 30), "date")),
            D("2.4", ["Bảo hiểm xã hội tỉnh"], ["Sở Y tế"], (date(2027, 2, 28), "month")),
            D("3", ["Sở Xây dựng"], [], None, heading="Về đề xuất của Sở Y tế"),
        ],
        never_assigned=["UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Đồng Nai",
    ),
    "tb_tinh_uy_thuong_truc.txt": Sample(
        "1586-TB/TU", "TB", date(2026, 10, 15),
        [
            D("2", ["Ban cán sự đảng UBND tỉnh"], None, (date(2027, 3, 31), "quarter")),
            D("3", ["Đảng đoàn HĐND tỉnh"], [], ANY),
            D("4", ["Ban Tổ chức Tỉnh ủy"], ["Ủy ban Kiểm tra Tỉnh ủy"],
              (date(2026, 11, 29), "date")),
            D("5", ["các đảng ủy trực thuộc Tỉnh ủy"], [], None),
            D("6", ["Văn phòng Tỉnh ủy"], [], (date(2026, 12, 31), "recurring")),
        ],
        never_assigned=["Thường trực Tỉnh ủy", "UBND tỉnh", "HĐND tỉnh"],
        issuer="Tỉnh ủy Nghệ An",
    ),
    "cv_ubnd_giao_cac_don_vi.txt": Sample(
        "846/UBND-TH", "CV", date(2024, 5, 21),
        [
            # "Giao A; B; C báo cáo …": one task for three addressees.
            D("1", ["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố",
                    "các Ban Quản lý dự án chuyên ngành tỉnh"], [], (date(2024, 5, 27), "date")),
            D("2", ["Sở Kế hoạch và Đầu tư"], [], (date(2024, 5, 30), "date"), with_related=True),
        ],
        never_assigned=["Bộ Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Kon Tum",
    ),
    "tb_bang_pdf.txt": Sample(
        "96/TB-UBND", "TB", date(2026, 11, 10),
        [
            D("2.1", ["Sở Nông nghiệp và Môi trường"], ["Công an tỉnh", "Sở Khoa học và Công nghệ"],
              (date(2026, 12, 30), "date")),
            D("2.2", ["Văn phòng UBND tỉnh"], ["các sở, ban, ngành"], (date(2027, 3, 31), "quarter")),
            D("2.3", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], ["Ngân hàng Nhà nước chi nhánh tỉnh"],
              (date(2027, 3, 31), "month")),
            D("2.4", ["Công an tỉnh"], ["Sở Khoa học và Công nghệ"], (None, "ongoing")),
            D("3", ["Sở Khoa học và Công nghệ"], [], (date(2026, 11, 19), "recurring")),
        ],
        never_assigned=["UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Quảng Trị",
    ),
    "cv_hoa_toc_gio.txt": Sample(
        "5120/UBND-KGVX", "CV", date(2026, 12, 7),
        [
            D("1", ["Sở Y tế"], [], (date(2026, 12, 10), "date")),
            D("2", ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"], (date(2026, 12, 31), "month")),
            D("3", ["UBND các xã, phường, đặc khu"], [], (date(2026, 12, 7), "recurring")),
            D("4", ["Ủy ban MTTQ Việt Nam tỉnh"], [], None),
        ],
        never_assigned=["UBND tỉnh", "Bộ Y tế"],
        issuer="Ủy ban nhân dân tỉnh Lâm Đồng",
    ),
    "tb_lam_viec_huyen_kien_nghi.txt": Sample(
        "305/TB-UBND", "TB", date(2024, 9, 18),
        [
            D("II.1", ["UBND huyện Kỳ Anh"], [], (date(2025, 1, 30), "date")),
            D("II.2", ["UBND huyện Kỳ Anh"], [], (date(2024, 12, 31), "year")),
            D("II.3", ["UBND huyện Kỳ Anh"], [], None),
            D("III.1", ["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư"], (date(2024, 10, 14), "date"),
              heading="Về hỗ trợ kinh phí xây dựng hạ tầng khu tái định cư xã Kỳ Lợi"),
            D("III.2", ["Sở Tài nguyên và Môi trường"], [], (date(2024, 10, 31), "month")),
            D("III.3", ["Sở Giao thông vận tải"], [], (date(2024, 12, 31), "quarter")),
        ],
        never_assigned=["UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Hà Tĩnh",
    ),
    "tb_ubnd_muc_a_cham.txt": Sample(
        "640/TB-UBND", "TB", date(2026, 12, 4),
        [
            D("1.a", ["UBND xã Bình Sơn", "UBND xã Đông Sơn", "UBND xã Vạn Tường"], [],
              (date(2026, 12, 25), "date")),
            D("1.b", ["Sở Nông nghiệp và Môi trường"], [], (date(2026, 12, 19), "date")),
            D("2.a", ["Sở Tài chính"], ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường"],
              (date(2026, 12, 19), "relative")),
            # Two steps, two agencies: "trình Sở Xây dựng thẩm định" does not assign Sở Xây dựng.
            D("2.b", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], [], (date(2027, 1, 14), "date")),
            D("2.b-2", ["Sở Xây dựng"], [], (date(2027, 1, 30), "date")),
            D("3", ["Văn phòng UBND tỉnh"], [], None),
        ],
        never_assigned=["UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
    ),
    "cv_so_de_nghi_cac_don_vi.txt": Sample(
        "4521/STC-QLNS", "CV", date(2026, 11, 26),
        [
            # "đề nghị các cơ quan, đơn vị, địa phương …" of a letter means the letter's
            # addressees, each of them (it was kept as the group's words).
            D("1", ["các sở, ban, ngành", "UBND các xã, phường, đặc khu"], [],
              (date(2026, 12, 14), "date")),
            D("2", ["các sở, ban, ngành", "UBND các xã, phường, đặc khu"], [],
              (date(2026, 12, 20), "date")),
            D("3", ["UBND các xã, phường, đặc khu"], [], ANY),
            # The closing "nếu có vướng mắc, đề nghị các đơn vị liên hệ …" is no task.
        ],
        never_assigned=["Sở Tài chính", "UBND tỉnh"],
        issuer="Sở Tài chính tỉnh Đắk Lắk",
    ),
    "cv_de_nghi_khong_neu_chu_the.txt": Sample(
        "3317/SNNMT-TL", "CV", date(2026, 12, 2),
        [
            # "Đề nghị …" / "Yêu cầu …" naming nobody asks the letter's addressees.
            D("1", ["Công ty TNHH MTV Quản lý khai thác công trình thủy lợi tỉnh",
                    "UBND các xã, phường, đặc khu"], [], (date(2026, 12, 4), "date")),
            D("2", ["Công ty TNHH MTV Quản lý khai thác công trình thủy lợi tỉnh",
                    "UBND các xã, phường, đặc khu"], [], ANY),
            # The weather background and the closing "nếu có khó khăn, … đề nghị liên
            # hệ …" are no tasks.
        ],
        never_assigned=["Sở Nông nghiệp và Môi trường", "Chi cục Thủy lợi", "UBND tỉnh"],
        issuer="Sở Nông nghiệp và Môi trường tỉnh Quảng Trị",
    ),
    "tb_ubnd_gach_dau_dong_khong_so.txt": Sample(
        "77/TB-UBND", "TB", date(2026, 12, 2),
        [
            D("1", ["Sở Nông nghiệp và Môi trường"], ["UBND các xã, phường, đặc khu"],
              (date(2026, 12, 30), "date")),
            D("2", ["Sở Tài chính"], [], (date(2026, 12, 14), "date")),
            D("3", ["Công an tỉnh"], [], None),
            D("4", ["UBND các xã, phường, đặc khu"], [], (date(2026, 12, 2), "recurring")),
        ],
        never_assigned=["UBND tỉnh"],
        issuer="UBND tỉnh An Giang",
    ),
    "tb_tinh_uy_mot_la_hai_la.txt": Sample(
        "215-TB/TU", "TB", date(2026, 11, 5),
        [
            # "Một là, Ban Thường vụ Tỉnh ủy đánh giá cao …" assigns nothing.
            D("2", ["Ban cán sự đảng UBND tỉnh"], [], (date(2027, 3, 31), "quarter")),
            D("3", ["Ban Tổ chức Tỉnh ủy"], ["Văn phòng Tỉnh ủy"], (date(2026, 12, 29), "date")),
        ],
        never_assigned=["Ban Thường vụ Tỉnh ủy"],
        issuer="Tỉnh ủy Bắc Ninh",
    ),
    # Issue 7 item 3: mistakes found on real provincial, ministry and VPCP documents.
    "tb_muc_theo_co_quan.txt": Sample(
        "158/TB-UBND", "TB", date(2027, 3, 12),
        [
            # "1. Tình hình …" (background) and "2. Đồng ý với nội dung Đề án …" yield nothing.
            # "3. Sở Công Thương" heads its items: it leads them.
            D("3.a", ["Sở Công Thương"], ["Sở Tài chính"], (date(2027, 6, 30), "quarter")),
            D("3.b", ["Sở Công Thương"], [], (date(2027, 3, 31), "recurring")),
            D("4", ["Thanh tra tỉnh"], [], (date(2027, 9, 29), "date")),
            # The opening sentence names lead, coordinators and deadline: it is the task.
            D("5", ["Công an tỉnh"], ["Sở Công Thương"], (date(2027, 10, 30), "date"),
              with_related=True),
            # Co-subjects of "chủ trì" both lead.
            D("6", ["Sở Công Thương", "Công an tỉnh"], [], (date(2027, 12, 31), "month")),
            # "đến năm 2030" in the programme's name is no deadline; the yearly report
            # starts in 2028.
            D("7", ["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"], [],
              (date(2028, 6, 29), "recurring")),
            # "8.a Đồng ý chủ trương …" approves: no task.
            D("8.b", ["Sở Tài chính"], [], (date(2027, 4, 14), "date")),
            # The lead-in's "hoàn thành trước ngày 30/6/2027" dates the item without a date.
            D("9.a", ["Sở Nội vụ"], [], (date(2027, 6, 29), "date")),
            D("9.b", ["Sở Nội vụ"], [], (date(2027, 9, 30), "quarter")),
        ],
        never_assigned=["UBND tỉnh", "Văn phòng UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Hà Nam",
    ),
    "cv_doan_van_chu_ky_bang.txt": Sample(
        "2718/UBND-KTTC", "CV", date(2026, 12, 18),
        [
            # "Sở A; Sở B; UBND các xã, phường tổ chức …": each co-subject leads; Sở Tài
            # chính does the chain's second step (checked in test_accuracy_patterns).
            D("1", ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường, đặc khu"],
              ["Sở Tài chính"], (date(2027, 1, 24), "date")),
            # A paragraph naming only coordinators belongs to the task before it.
            D("2", ["Sở Tài chính"], ["Trung tâm Phục vụ hành chính công tỉnh"],
              (date(2026, 12, 31), "month"), with_related=True),
            D("3", [], None, (date(2027, 3, 31), "quarter")),
        ],
        never_assigned=["UBND tỉnh", "Văn phòng UBND tỉnh"],
        issuer="Ủy ban nhân dân tỉnh Thanh Hóa",
    ),
    "tb_vpcp_khong_danh_so.txt": Sample(
        "88/TB-VPCP", "TB", date(2027, 2, 20),
        [
            # No numbering: one directive per paragraph, the letterhead in none.
            D("1", ["Bộ Ngoại giao"], ["Bộ Công an"], (date(2027, 3, 31), "quarter"),
              with_related=True),
            D("2", ["Bộ Tài chính"], [], (date(2027, 6, 30), "recurring")),
            D("3", ["Bộ Công an", "Bộ Ngoại giao"], [], (date(2027, 3, 31), "recurring")),
        ],
        never_assigned=["Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Bộ Ngoại"],
        issuer="Văn phòng Chính phủ",
    ),
    "tb_ubnd_ba_cap_roman_arabic.txt": Sample(
        "300/TB-UBND", "TB", date(2026, 12, 10),
        [
            D("I.1.a", ["Sở Tài chính"], [], (date(2026, 12, 19), "date")),
            D("I.1.b", ["các chủ đầu tư"], [], (date(2027, 1, 30), "date")),
            D("I.2", ["Thuế tỉnh"], ["các địa phương"], (date(2026, 12, 31), "month"),
              heading="Về thu ngân sách"),
            # "1. Sở Y tế:" over "1.1." and "1.2.": the label leads both (refs as written).
            D("1.1", ["Sở Y tế"], [], (date(2027, 1, 14), "date")),
            D("1.2", ["Sở Y tế"], [], None),
            D("II.2", ["Sở Giáo dục và Đào tạo"], [], None),
        ],
        never_assigned=["UBND tỉnh"],
        issuer="UBND tỉnh Khánh Hòa",
    ),
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, ParsedNotice]:
    return {name: parse_notice((SAMPLES / name).read_text(encoding="utf-8"))
            for name in SAMPLES_EXPECTED}


def _leads(d: ParsedDirective) -> list[str]:
    return [a.agency for a in d.assignments if Role(a.role) is Role.LEAD]


def _coordinates(d: ParsedDirective) -> list[str]:
    return [a.agency for a in d.assignments if Role(a.role) is Role.COORDINATE]


def test_every_sample_is_listed_and_described() -> None:
    files = {p.name for p in SAMPLES.glob("*.txt")}
    assert files == set(SAMPLES_EXPECTED)
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for name in files:
        assert name in readme


@pytest.mark.parametrize("name", sorted(SAMPLES_EXPECTED))
def test_header(name: str, parsed: dict[str, ParsedNotice]) -> None:
    expected = SAMPLES_EXPECTED[name]
    notice = parsed[name].notice
    assert notice.number == expected.number
    assert notice.doc_type == expected.doc_type
    assert notice.issued_on == expected.issued_on


@pytest.mark.parametrize("name", sorted(SAMPLES_EXPECTED))
def test_directive_refs(name: str, parsed: dict[str, ParsedNotice]) -> None:
    got = [d.ref for d in parsed[name].directives]
    assert got == [d.ref for d in SAMPLES_EXPECTED[name].directives]


@pytest.mark.parametrize("name", sorted(SAMPLES_EXPECTED))
def test_directive_roles_and_deadlines(name: str, parsed: dict[str, ParsedNotice]) -> None:
    by_ref = {d.ref: d for d in parsed[name].directives}
    for want in SAMPLES_EXPECTED[name].directives:
        got = by_ref.get(want.ref)
        assert got is not None, f"{name}: no directive {want.ref}"
        where = f"{name} {want.ref}"
        if want.leads:
            assert _leads(got) == want.leads, where
        else:
            assert _leads(got), where
        if want.coordinates is not None:
            assert sorted(_coordinates(got)) == sorted(want.coordinates), where
        if want.with_related is not None:
            assert got.with_related is want.with_related, where
        if want.heading is not ANY:
            assert got.heading == want.heading, where
        if want.deadline is ANY:
            continue
        if want.deadline is None:
            assert got.deadline is None, f"{where}: {got.deadline}"
        else:
            due, kind = want.deadline
            assert got.deadline is not None, where
            assert (got.deadline.due_on, str(got.deadline.kind)) == (due, kind), \
                f"{where}: {got.deadline.text!r}"


@pytest.mark.parametrize("name", sorted(SAMPLES_EXPECTED))
def test_report_recipients_are_not_assigned(name: str, parsed: dict[str, ParsedNotice]) -> None:
    keys = {agency_key(n) for n in SAMPLES_EXPECTED[name].never_assigned}
    for d in parsed[name].directives:
        for a in d.assignments:
            assert agency_key(a.agency) not in keys, f"{name} {d.ref}: {a.agency}"


def test_addressed_ministries_each_lead() -> None:
    """"Kính gửi: Các Bộ: Tài chính, Công Thương, …" names each ministry."""
    notice = parse_notice((SAMPLES / "vpcp_cv_ngay_lam_viec.txt").read_text(encoding="utf-8"))
    leads = _leads(notice.directives[0])
    assert {"Bộ Công Thương", "Bộ Y tế", "Bộ Văn hóa, Thể thao và Du lịch",
            "Ủy ban Dân tộc"} <= set(leads)
    assert not any(":" in lead for lead in leads)


@pytest.mark.parametrize("name", sorted(SAMPLES_EXPECTED))
def test_issuer(name: str, parsed: dict[str, ParsedNotice]) -> None:
    expected = SAMPLES_EXPECTED[name].issuer
    issuer = parsed[name].notice.issuer or ""
    assert agency_key(issuer) == agency_key(expected or "")
    assert re.fullmatch(r"[\w ,.\-–]+", issuer), issuer  # no stray table pipes


# ---------------------------------------------------------------------------
# Language rules met in these samples, one sentence each.

@pytest.mark.parametrize(("text", "leads", "coordinates"), [
    # The subject that works "phối hợp với" a partner leads; the partner coordinates.
    ("Sở Nội vụ phối hợp với Sở Y tế rà soát chính sách thu hút bác sĩ.",
     ["Sở Nội vụ"], ["Sở Y tế"]),
    ("Sở Nội vụ phối hợp Sở Tài chính tham mưu.", ["Sở Nội vụ"], ["Sở Tài chính"]),
    # … but not when the clause names its lead, nor with "có trách nhiệm phối hợp".
    ("Sở Tài chính chủ trì thẩm định, Sở Nội vụ phối hợp với Sở Xây dựng góp ý.",
     ["Sở Tài chính"], ["Sở Nội vụ", "Sở Xây dựng"]),
    ("Sở Y tế có trách nhiệm phối hợp với Sở Tài chính", [], ["Sở Y tế", "Sở Tài chính"]),
    # "theo chức năng, nhiệm vụ": each named agency leads its own part.
    ("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh theo chức năng, nhiệm vụ được giao tăng cường "
     "tuần tra.", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], []),
    # "Các đơn vị: A, B, C": the group word labels the list.
    ("Các đơn vị: Sở Y tế, Sở Giáo dục và Đào tạo, Công an tỉnh chủ động triển khai.",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Công an tỉnh"], []),
    # A person's title with "đồng chí" before the agency.
    ("Giao đồng chí Giám đốc Sở Tài chính trực tiếp chỉ đạo.", ["Sở Tài chính"], []),
    # A ministry named only by a head word after "các Bộ:".
    ("Các Bộ: Quốc phòng, Công an theo chức năng, nhiệm vụ phối hợp thực hiện.",
     ["Bộ Quốc phòng", "Bộ Công an"], []),
])
def test_role_rules(text: str, leads: list[str], coordinates: list[str]) -> None:
    roles = find_roles(text)
    assert [a.agency for a in roles.leads] == leads
    assert sorted(a.agency for a in roles.coordinates) == sorted(coordinates)


def test_semicolons_between_addressees_keep_one_clause() -> None:
    text = ("Giao các sở, ban, ngành tỉnh; UBND các huyện, thành phố; các Ban Quản lý dự án "
            "chuyên ngành tỉnh báo cáo tình hình giải ngân; gửi Sở Tài chính trước ngày 28/5.")
    spans = clause_spans(text)
    assert len(spans) == 2
    assert text[spans[0][0]:spans[0][1]].endswith("báo cáo tình hình giải ngân;")


def test_a_colon_label_leads_the_sub_sections() -> None:
    roles = preamble_roles(["Sở Y tế:"])
    assert roles is not None and [a.agency for a in roles.leads] == ["Sở Y tế"]
    assert preamble_roles(["Ủy ban nhân dân tỉnh:"]) is None  # the issuer labels nothing


def test_split_agencies_reads_shared_heads() -> None:
    assert split_agencies("Các Bộ: Tài chính, Y tế") == [("Bộ Tài chính", False),
                                                         ("Bộ Y tế", False)]
    assert split_agencies("Sở Y tế") == [("Sở Y tế", False)]


def test_table_rows_become_directives() -> None:
    text = """THÔNG BÁO
Số: 1/TB-UBND
Ngày 02/12/2026, UBND tỉnh họp. Chủ tịch UBND tỉnh kết luận như sau:

| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |
|---|---|---|---|---|
| 1 | Rà soát quy hoạch | Sở Xây dựng | Các cơ quan liên quan | 15/12/2026 |
| | và công bố công khai | | | |
| 2 | Kiểm tra an toàn thực phẩm | Sở Y tế | | Hằng tháng |
"""
    notice = parse_notice(text)
    assert [d.ref for d in notice.directives] == ["1", "2"]
    first, second = notice.directives
    assert first.text == "Rà soát quy hoạch và công bố công khai"
    assert _leads(first) == ["Sở Xây dựng"] and first.with_related
    assert first.deadline is not None and first.deadline.due_on == date(2026, 12, 15)
    assert _leads(second) == ["Sở Y tế"]
    assert second.deadline is not None and str(second.deadline.kind) == "recurring"


@pytest.mark.parametrize("closing", [
    "Căn cứ nội dung trên, Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các đơn vị, địa phương "
    "triển khai thực hiện./.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo UBND "
    "tỉnh (qua Sở Tài chính) để xem xét, giải quyết./.",
])
def test_closing_formulas_are_no_directives(closing: str) -> None:
    text = f"""THÔNG BÁO
Số: 2/TB-UBND
Chủ tịch UBND tỉnh có ý kiến như sau:

1. Giao Sở Tài chính rà soát, báo cáo trước ngày 15/12/2026.

2. Giao Sở Xây dựng kiểm tra hiện trường.

{closing}
"""
    notice = parse_notice(text)
    assert [d.ref for d in notice.directives] == ["1", "2"]
    assert "vướng mắc" not in notice.directives[-1].text
    assert "Thủ trưởng" not in notice.directives[-1].text


def test_ordinal_conclusions_are_numbered() -> None:
    text = """THÔNG BÁO KẾT LUẬN
Số 3-TB/TU
Ban Thường vụ Tỉnh ủy kết luận:

Thứ nhất, Ban Thường vụ Tỉnh ủy đánh giá cao kết quả đạt được.

Thứ hai, giao Ban Tổ chức Tỉnh ủy tham mưu sửa đổi quy chế trong tháng 12/2026.
"""
    notice = parse_notice(text)
    assert [(d.ref, _leads(d)) for d in notice.directives] == [("2", ["Ban Tổ chức Tỉnh ủy"])]
