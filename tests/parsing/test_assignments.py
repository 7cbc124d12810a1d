"""Lead and coordinating agencies of a clause, and units of work in an item."""

import pytest

from tui_tracker.model import Role
from tui_tracker.parsing.assignments import (
    clause_spans,
    find_roles,
    has_assignment,
    preamble_roles,
    split_units,
)


def roles_of(text: str) -> tuple[list[str], list[str], bool]:
    roles = find_roles(text)
    return ([a.agency for a in roles.leads], [a.agency for a in roles.coordinates],
            roles.with_related)


def test_giao_chu_tri_phoi_hop_with_related_marker() -> None:
    leads, coords, related = roles_of(
        "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính và các cơ quan liên "
        "quan tiếp tục nghiên cứu, đánh giá kỹ các điều kiện cần thiết")
    assert leads == ["Sở Khoa học và Công nghệ"]
    assert coords == ["Sở Tài chính"]
    assert related


def test_list_with_a_local_unit_and_a_unit_marker() -> None:
    leads, coords, related = roles_of(
        "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng, UBND xã "
        "Tư Nghĩa và các cơ quan, đơn vị liên quan rà soát phương án bố trí")
    assert leads == ["Sở Khoa học và Công nghệ"]
    assert coords == ["Sở Tài chính", "Sở Xây dựng", "UBND xã Tư Nghĩa"]
    assert related


def test_group_addressee_leads_as_a_group() -> None:
    roles = find_roles("Yêu cầu các sở, ngành, địa phương khẩn trương rà soát, đề xuất nhiệm vụ")
    assert [(a.agency, a.role, a.group) for a in roles.assignments()] == [
        ("các sở, ngành, địa phương", Role.LEAD, True)]


@pytest.mark.parametrize("text", [
    # Names that appear without being given work.
    "Khẩn trương rà soát các văn bản quy phạm pháp luật do HĐND tỉnh, UBND tỉnh Quảng Ngãi cũ "
    "và Kon Tum cũ ban hành.",
    "Chuẩn bị các nội dung phục vụ lãnh đạo tỉnh làm việc với Bộ Khoa học và Công nghệ và các "
    "cơ quan, đơn vị liên quan",
    "Chủ động rà soát các quy định của Trung ương để tham mưu UBND tỉnh bảo đảm đúng, trúng.",
    "Báo cáo Chủ tịch UBND tỉnh kết quả thực hiện.",
    "Chủ động đôn đốc, hướng dẫn các sở, ngành, địa phương trong việc tổ chức thực hiện",
    "UBND tỉnh ghi nhận, đánh giá cao tinh thần chủ động của Sở Y tế.",
    "Cơ bản thống nhất với đề xuất của Sở Khoa học và Công nghệ.",
    "Theo đề nghị của Sở Tài chính, nhiệm vụ được giao cho các đơn vị đã hoàn thành.",
    "Ban hành kế hoạch triển khai trong quý III.",
    "Tập thể lãnh đạo và cán bộ chủ chốt của Sở phát huy tinh thần gương mẫu",
    "Phó Chủ tịch UBND tỉnh Trần Phước Hiền đã chủ trì buổi làm việc với Sở Khoa học và Công nghệ",
])
def test_mentions_without_a_role_assign_nothing(text: str) -> None:
    assert find_roles(text).is_empty()


def test_coordination_without_lead_keeps_only_coordinates() -> None:
    leads, coords, _ = roles_of(
        "Chủ động phối hợp với các sở, ngành, địa phương xây dựng kế hoạch giai đoạn")
    assert leads == []
    assert coords == ["các sở, ngành, địa phương"]


@pytest.mark.parametrize(("text", "lead"), [
    ("Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định", "Sở Tài chính"),
    ("- Sở Tài chính: bố trí kinh phí thực hiện.", "Sở Tài chính"),
    ("Trên cơ sở đó, Sở Nội vụ tổng hợp báo cáo UBND tỉnh.", "Sở Nội vụ"),
    ("Sở KH&CN theo dõi, tổng hợp tình hình thực hiện", "Sở Khoa học và Công nghệ"),
    ("Công an tỉnh có trách nhiệm bảo đảm an ninh trật tự", "Công an tỉnh"),
    ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh tuyên truyền", "Ủy ban MTTQ Việt Nam tỉnh"),
    ("Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.", "Văn phòng UBND tỉnh"),
    ("Giao cho Thanh tra tỉnh kiểm tra, xử lý", "Thanh tra tỉnh"),
    ("Yêu cầu Giám đốc Sở Y tế chỉ đạo các bệnh viện", "Sở Y tế"),
    ("Giao Sở Kế hoạch và Đầu tư tham mưu", "Sở Kế hoạch và Đầu tư"),
    ("Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo", "Ban cán sự đảng UBND tỉnh"),
    ("Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh giám sát", "Đảng đoàn HĐND tỉnh"),
    ("Giao các chủ đầu tư khẩn trương giải ngân", "các chủ đầu tư"),
    ("Chủ tịch UBND các xã, phường chịu trách nhiệm về tiến độ",
     "UBND các xã, phường, đặc khu"),
    ("Yêu cầu Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp "
     "tỉnh tập trung chỉ đạo nhà thầu",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"),
    ("Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương lập",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
    ("Ủy ban nhân dân tỉnh Quảng Ngãi chịu trách nhiệm toàn diện",
     "Ủy ban nhân dân tỉnh Quảng Ngãi"),
])
def test_lead_patterns(text: str, lead: str) -> None:
    roles = find_roles(text)
    assert roles.lead is not None and roles.lead.agency == lead


def test_two_addressees_first_leads_second_coordinates() -> None:
    leads, coords, _ = roles_of("Giao Sở Tài chính và Sở Xây dựng rà soát")
    assert (leads, coords) == (["Sở Tài chính"], ["Sở Xây dựng"])
    leads, coords, _ = roles_of("Giao Sở Tài chính, Xây dựng, Công Thương rà soát")
    assert (leads, coords) == (["Sở Tài chính"], ["Sở Xây dựng", "Sở Công Thương"])


def test_plural_lists_make_every_member_lead() -> None:
    leads, coords, _ = roles_of(
        "Các Bộ: Tài chính, Xây dựng theo chức năng, nhiệm vụ được giao khẩn trương hoàn thiện")
    assert leads == ["Bộ Tài chính", "Bộ Xây dựng"] and coords == []
    leads, _, _ = roles_of("UBND các xã Bình Sơn, Vạn Tường, Đông Sơn tập trung đẩy nhanh")
    assert leads == ["UBND xã Bình Sơn", "UBND xã Vạn Tường", "UBND xã Đông Sơn"]
    leads, _, _ = roles_of("Yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các xã, phường "
                           "khẩn trương triển khai")
    assert leads == ["các sở, ngành", "UBND các xã, phường, đặc khu"]


@pytest.mark.parametrize(("text", "leads", "coords"), [
    # A catalogue name holding a verb ("tìm kiếm") is read whole before any verb ends it.
    ("Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chỉ đạo các xã ven biển "
     "sơ tán dân trước ngày 10/12/2026.",
     ["Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"], []),
    ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ban Chỉ đạo phòng, chống thiên tai "
     "và tìm kiếm cứu nạn tỉnh Quảng Ngãi kiểm tra an toàn các hồ chứa.",
     ["Sở Nông nghiệp và Môi trường"],
     ["Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"]),
    ("Giao Ban Chỉ đạo PCTT&TKCN tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh "
     "kêu gọi tàu thuyền vào nơi tránh trú an toàn.",
     ["Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"],
     ["Bộ Chỉ huy Quân sự tỉnh"]),
    # The same rule for any catalogue name: "Ban Quản lý dự án đầu tư xây dựng tỉnh".
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương hoàn thiện hồ sơ quyết toán.",
     ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], []),
])
def test_catalogue_names_are_matched_before_verbs_end_them(
        text: str, leads: list[str], coords: list[str]) -> None:
    assert roles_of(text)[:2] == (leads, coords)


def test_plural_list_in_coordination() -> None:
    leads, coords, related = roles_of(
        "Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài chính, Nông nghiệp và Môi trường, Ngân "
        "hàng Nhà nước Việt Nam và các cơ quan liên quan hoàn thiện dự thảo")
    assert leads == ["Bộ Xây dựng"]
    assert coords == ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường",
                      "Ngân hàng Nhà nước Việt Nam"]
    assert related
    _, coords, _ = roles_of("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các "
                            "xã Bình Sơn, Vạn Tường tham mưu")
    assert coords == ["UBND xã Bình Sơn", "UBND xã Vạn Tường"]


def test_subject_that_coordinates() -> None:
    leads, coords, _ = roles_of(
        "Giao UBND tỉnh Quảng Ngãi chủ động bố trí quỹ đất; UBND tỉnh Gia Lai phối hợp thực hiện.")
    assert leads == ["UBND tỉnh Quảng Ngãi"]
    assert coords == ["UBND tỉnh Gia Lai"]
    leads, coords, _ = roles_of("Sở Y tế có trách nhiệm phối hợp với Sở Tài chính")
    assert leads == [] and set(coords) == {"Sở Y tế", "Sở Tài chính"}


def test_related_agencies_alone_lead_as_a_group() -> None:
    roles = find_roles("Yêu cầu các cơ quan, đơn vị liên quan khẩn trương thực hiện")
    assert [(a.agency, a.group) for a in roles.leads] == [("các cơ quan, đơn vị liên quan", True)]
    assert not roles.with_related


def test_name_inside_a_name_is_not_an_agency() -> None:
    leads, coords, _ = roles_of("Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Trung tâm Phục "
                                "vụ hành chính công tỉnh nâng tỷ lệ hồ sơ trực tuyến")
    assert leads == ["Văn phòng UBND tỉnh"]
    assert coords == ["Trung tâm Phục vụ hành chính công tỉnh"]


def test_clause_spans_split_on_semicolons_and_sentences() -> None:
    text = ("Thống nhất chủ trương. Giao Sở A chủ trì (theo Quyết định số 1/QĐ-UBND. Ngày 2); "
            "Thời gian hoàn thành trước ngày 30/6/2026.")
    parts = [text[a:b] for a, b in clause_spans(text)]
    assert parts == ["Thống nhất chủ trương.",
                     "Giao Sở A chủ trì (theo Quyết định số 1/QĐ-UBND. Ngày 2);",
                     "Thời gian hoàn thành trước ngày 30/6/2026."]
    other = "Tại TP. Quảng Ngãi có họp. Sau đó (xem Mục I. Trên) nghỉ."
    assert [other[a:b] for a, b in clause_spans(other)] == [
        "Tại TP. Quảng Ngãi có họp.", "Sau đó (xem Mục I. Trên) nghỉ."]


def test_has_assignment_ignores_subjects() -> None:
    assert has_assignment("Giao Sở Tài chính thực hiện")
    assert not has_assignment("Về thành lập Quỹ phát triển khoa học và công nghệ cấp tỉnh")
    assert not has_assignment("Sở Tài chính tổng hợp")


def test_preamble_addressee() -> None:
    roles = preamble_roles([
        "Cơ bản thống nhất với nhiệm vụ theo Báo cáo số 95/BC-SKHHCN ngày 13/4/2026 của Sở Khoa "
        "học và Công nghệ. Để thực hiện hoàn thành nhiệm vụ năm 2026 được UBND tỉnh, Chủ tịch "
        "UBND tỉnh và cấp có thẩm quyền giao, yêu cầu Sở Khoa học và Công nghệ tập trung thực "
        "hiện một số nhiệm vụ trọng tâm sau:"])
    assert roles is not None and roles.lead is not None
    assert roles.lead.agency == "Sở Khoa học và Công nghệ"
    assert preamble_roles(["Chủ tịch UBND tỉnh yêu cầu:"]) is None


def test_paragraphs_with_different_leads_become_units() -> None:
    units = split_units([
        "Yêu cầu các sở, ngành, địa phương khẩn trương rà soát; thời gian hoàn thành chậm nhất "
        "trong tháng 4/2026.",
        "Giao Sở Khoa học và Công nghệ hướng dẫn, tổng hợp. Lưu ý: Việc đề xuất của các sở, "
        "ngành, địa phương là căn cứ để đánh giá."])
    assert [u.roles.lead.agency for u in units] == [
        "các sở, ngành, địa phương", "Sở Khoa học và Công nghệ"]
    assert units[0].text.endswith("tháng 4/2026.")
    assert units[1].text.startswith("Giao Sở Khoa học")


def test_paragraph_without_a_lead_continues_the_unit() -> None:
    units = split_units([
        "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính nghiên cứu.",
        "Trước mắt, tập trung tham mưu các giải pháp hỗ trợ doanh nghiệp."])
    assert len(units) == 1
    assert units[0].text.count("\n") == 1


def test_lead_after_a_decision_sentence_claims_the_unit() -> None:
    units = split_units(["Thống nhất chủ trương xử lý dứt điểm các tồn tại. Giao Sở Khoa học và "
                         "Công nghệ chủ trì, phối hợp với Thanh tra tỉnh rà soát."])
    assert len(units) == 1
    assert units[0].roles.lead.agency == "Sở Khoa học và Công nghệ"
    assert units[0].text.startswith("Thống nhất")


def test_default_lead_and_a_second_agency() -> None:
    default = find_roles("Yêu cầu Sở Khoa học và Công nghệ thực hiện")
    units = split_units(["Rà soát, nâng cấp hệ thống thông tin dùng chung.",
                         "- Sở Tài chính: bố trí kinh phí thực hiện."], default)
    assert [(u.roles.lead.agency, u.explicit) for u in units] == [
        ("Sở Khoa học và Công nghệ", False), ("Sở Tài chính", True)]
    only = split_units(["Chủ động phối hợp với Công an tỉnh cập nhật."], default)
    assert [(a.agency, a.role) for a in only[0].roles.assignments()] == [
        ("Sở Khoa học và Công nghệ", Role.LEAD), ("Công an tỉnh", Role.COORDINATE)]
