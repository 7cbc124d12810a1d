"""Issue 14, point 4: which words belong to which task, each pattern in several phrasings.

Each case is a body under a small header; the expectation is what an official
reading it would record: one row per task, its lead(s), its coordinators and its
deadline. A deadline is never copied onto a sibling that does not state it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tui_tracker.agencies import agency_key
from tui_tracker.model import ParsedNotice, Role
from tui_tracker.parsing import parse_notice

HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 301/TB-UBND
Quảng Ngãi, ngày 20 tháng 11 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp

Ngày 18/11/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp và kết luận như sau:

"""
FOOTER = """
Nơi nhận:
- Như trên;
- Lưu: VT.
"""

Row = tuple[list[str], list[str], date | None]


def rows(body: str) -> list[Row]:
    return facts(parse_notice(HEADER + body + FOOTER))


def facts(notice: ParsedNotice) -> list[Row]:
    out = []
    for d in notice.directives:
        leads = sorted(agency_key(a.agency) for a in d.assignments if a.role == Role.LEAD)
        coords = sorted(agency_key(a.agency) for a in d.assignments if a.role != Role.LEAD)
        out.append((leads, coords, d.deadline.due_on if d.deadline else None))
    return out


def keys(*names: str) -> list[str]:
    return sorted(agency_key(n) for n in names)


# --- (i)/(ii) inside a paragraph: each point its own task, its own subject ----------------

@pytest.mark.parametrize("body", [
    "1. Về dự án đường dây 500 kV\n\nb) Đề nghị: (i) Tổng công ty Điện lực miền Nam báo cáo "
    "tiến độ thi công hằng tuần; (ii) Chủ đầu tư hoàn thiện hồ sơ thanh toán; (iii) UBND "
    "tỉnh Bình Thuận bàn giao mặt bằng trước ngày 30/01/2027; (iv) Giao Bộ Xây dựng đôn "
    "đốc các nhà thầu.\n",
    "1. Yêu cầu: (1) Tổng công ty Điện lực miền Nam báo cáo tiến độ thi công; (2) Chủ đầu "
    "tư hoàn thiện hồ sơ thanh toán; (3) UBND tỉnh Bình Thuận bàn giao mặt bằng trước ngày "
    "30/01/2027; (4) Giao Bộ Xây dựng đôn đốc các nhà thầu.\n",
    "1. Đề nghị các cơ quan thực hiện:\n(i) Tổng công ty Điện lực miền Nam báo cáo tiến độ "
    "thi công;\n(ii) Chủ đầu tư hoàn thiện hồ sơ thanh toán;\n(iii) UBND tỉnh Bình Thuận "
    "bàn giao mặt bằng trước ngày 30/01/2027;\n(iv) Giao Bộ Xây dựng đôn đốc các nhà thầu.\n",
])
def test_points_each_with_its_own_subject_and_only_their_own_deadline(body: str) -> None:
    got = rows(body)
    assert [r[0] for r in got] == [keys("Tổng công ty Điện lực miền Nam"), keys("Chủ đầu tư"),
                                   keys("UBND tỉnh Bình Thuận"), keys("Bộ Xây dựng")]
    assert [r[2] for r in got] == [None, None, date(2027, 1, 29), None]


# --- a bare lead-in over bullets: each bullet a task of whom the lead-in names ---------

@pytest.mark.parametrize("body", [
    "2. Giao Sở Tài chính:\n- Cập nhật số liệu giải ngân trước ngày 10/12/2026;\n- Quán triệt "
    "cán bộ, công chức thực hiện nghiêm kỷ luật tài chính;\n- Bảo mật hồ sơ dự toán.\n",
    "2. Giao Sở Tài chính: - Cập nhật số liệu giải ngân trước ngày 10/12/2026; - Quán triệt "
    "cán bộ, công chức thực hiện nghiêm kỷ luật tài chính; - Bảo mật hồ sơ dự toán.\n",
    "2. Sở Tài chính:\n+ Cập nhật số liệu giải ngân trước ngày 10/12/2026;\n+ Quán triệt "
    "cán bộ, công chức thực hiện nghiêm kỷ luật tài chính;\n+ Bảo mật hồ sơ dự toán.\n",
    "2. Yêu cầu Sở Tài chính tập trung thực hiện các nội dung sau:\n- Cập nhật số liệu giải "
    "ngân trước ngày 10/12/2026;\n- Quán triệt cán bộ, công chức thực hiện nghiêm kỷ luật tài "
    "chính;\n- Bảo mật hồ sơ dự toán.\n",
])
def test_a_bare_lead_in_gives_one_task_per_bullet(body: str) -> None:
    got = rows(body)
    assert [r[0] for r in got] == [keys("Sở Tài chính")] * 3
    assert [r[2] for r in got] == [date(2026, 12, 9), None, None]


@pytest.mark.parametrize("body", [
    "3. Sở Giáo dục và Đào tạo đề nghị các trường trung học phổ thông thực hiện các nội dung "
    "sau. Cụ thể:\n- Theo dõi sát tình hình sức khỏe học sinh;\n- Hạn chế tổ chức các hoạt "
    "động tập trung đông người;\n- Báo cáo kết quả về Sở trước ngày 20/12/2026.\n",
    "3. Đề nghị các trường trung học phổ thông triển khai các nội dung sau đây:\n+ Theo dõi "
    "sát tình hình sức khỏe học sinh;\n+ Hạn chế tổ chức các hoạt động tập trung đông người;"
    "\n+ Báo cáo kết quả về Sở trước ngày 20/12/2026.\n",
])
def test_nothing_after_cu_the_is_lost(body: str) -> None:
    got = rows(body)
    assert len(got) == 3
    assert all(r[0] == keys("các trường trung học phổ thông") for r in got)
    assert [r[2] for r in got] == [None, None, date(2026, 12, 19)]


def test_a_lead_in_deadline_said_of_all_dates_the_bullets_without_their_own() -> None:
    notice = parse_notice(HEADER + "1. Giao Sở Nội vụ thực hiện các nội dung sau, hoàn thành "
                          "trước ngày 31/12/2026:\n- Rà soát biên chế;\n- Báo cáo kết quả trước "
                          "ngày 15/12/2026.\n" + FOOTER)
    assert [r[2] for r in facts(notice)] == [date(2026, 12, 30), date(2026, 12, 14)]
    assert "deadline_from_parent_all" in notice.directives[0].flags
    assert "deadline_from_parent_all" not in notice.directives[1].flags


# --- an opening sentence that is a task keeps its points as details ---------------------

@pytest.mark.parametrize("body", [
    "2. Sở Y tế chủ trì, phối hợp với Sở Tài chính hoàn thiện Đề án phát triển y tế cơ sở, "
    "trình UBND tỉnh trước ngày 15/3/2027. Khi thực hiện lưu ý các nội dung sau:\n- Bảo đảm "
    "đúng quy định về phân cấp;\n- Ưu tiên nguồn lực cho vùng khó khăn.\n",
    "2. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính hoàn thiện Đề án phát triển y tế cơ "
    "sở, trình UBND tỉnh trước ngày 15/3/2027, trong đó lưu ý:\n- Bảo đảm đúng quy định về "
    "phân cấp;\n- Ưu tiên nguồn lực cho vùng khó khăn.\n",
    "2. Sở Y tế hoàn thiện Đề án phát triển y tế cơ sở, gồm:\n- Phần đánh giá thực trạng;\n"
    "- Phần giải pháp và kinh phí;\nphối hợp với Sở Tài chính trình UBND tỉnh trước ngày "
    "15/3/2027.\n",
])
def test_an_opening_task_keeps_its_points_as_details(body: str) -> None:
    notice = parse_notice(HEADER + body + FOOTER)
    assert facts(notice) == [(keys("Sở Y tế"), keys("Sở Tài chính"), date(2027, 3, 14))]
    assert "vùng khó khăn" in notice.directives[0].text or "kinh phí" in notice.directives[0].text


# --- wrapped text: a line that opens with a capital is no new paragraph ----------------

def test_a_hard_wrapped_notice_reads_as_its_unwrapped_self() -> None:
    body = ("1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra,\n"
            "làm rõ trách nhiệm của các tổ chức, cá nhân liên quan đến việc Công ty TNHH\n"
            "Minh Phát xả thải chưa qua xử lý ra sông Trà Khúc, báo cáo UBND tỉnh trước\n"
            "ngày 30/01/2027.\n"
            "2. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan hoàn thiện dự\n"
            "thảo Quyết định của UBND tỉnh phê duyệt điều chỉnh danh mục dự án và phân bổ\n"
            "Kế hoạch vốn năm 2027 cho các dự án xử lý nước thải, trình trước ngày 15/01/2027.\n"
            "3. Giao Sở Xây dựng rà soát quy hoạch các khu dân cư dọc sông Trà Khúc, đề xuất\n"
            "Phương án di dời các hộ dân ở khu vực có nguy cơ sạt lở, báo cáo trong quý I/2027.\n")
    got = rows(body)
    assert got == [
        (keys("Sở Nông nghiệp và Môi trường"), keys("Công an tỉnh"), date(2027, 1, 29)),
        (keys("Sở Tài chính"), [], date(2027, 1, 14)),
        (keys("Sở Xây dựng"), [], date(2027, 3, 31)),
    ]


# --- the subject of "phối hợp" -----------------------------------------------------------

@pytest.mark.parametrize(("body", "lead", "coordinates"), [
    ("1. Bộ Công Thương phối hợp, hướng dẫn Bộ Xây dựng hoàn thiện quy chuẩn kỹ thuật.\n",
     "Bộ Công Thương", []),
    ("1. Bộ Tài chính phối hợp các bộ báo cáo Chính phủ về cơ chế giá điện.\n",
     "Bộ Tài chính", ["các bộ"]),
    ("1. Sở Nội vụ phối hợp với Sở Y tế rà soát vị trí việc làm.\n", "Sở Nội vụ", ["Sở Y tế"]),
])
def test_the_subject_of_phoi_hop_leads(body: str, lead: str, coordinates: list[str]) -> None:
    assert rows(body) == [(keys(lead), keys(*coordinates), None)]


def test_two_subjects_in_one_item_are_two_tasks() -> None:
    got = rows("1. Bộ Công Thương phối hợp, hướng dẫn Bộ Xây dựng hoàn thiện quy chuẩn kỹ "
               "thuật. Bộ Tài chính phối hợp các bộ báo cáo Chính phủ về cơ chế giá điện.\n")
    assert [r[0] for r in got] == [keys("Bộ Công Thương"), keys("Bộ Tài chính")]


# --- groups in any order and at full length; several subjects all lead -----------------

@pytest.mark.parametrize(("phrase", "group"), [
    ("UBND các phường, xã, đặc khu", "UBND các xã, phường, đặc khu"),
    ("Ủy ban nhân dân các phường, xã", "UBND các xã, phường, đặc khu"),
    ("UBND các xã, phường và đặc khu", "UBND các xã, phường, đặc khu"),
    ("UBND huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"),
    ("Ủy ban nhân dân các thành phố, thị xã, huyện", "UBND các huyện, thị xã, thành phố"),
])
def test_groups_in_any_order(phrase: str, group: str) -> None:
    assert rows(f"1. {phrase} tổ chức tuyên truyền, phổ biến Luật Đất đai.\n") == [
        (keys(group), [], None)]


def test_several_subject_groups_all_lead() -> None:
    got = rows("1. Sở Y tế, các sở, ban, ngành và UBND các xã, phường triển khai Kế hoạch "
               "tiêm chủng mở rộng.\n")
    assert got == [(keys("Sở Y tế", "các sở, ban, ngành", "UBND các xã, phường, đặc khu"),
                    [], None)]


@pytest.mark.parametrize("body", [
    "2. Giao các sở chuyên ngành gồm:\n- Sở Xây dựng (quản lý quy hoạch các khu du lịch);\n- "
    "Sở Nông nghiệp và Môi trường (giao đất, cho thuê đất)\nrà soát các thủ tục đầu tư, báo "
    "cáo UBND tỉnh trước ngày 20/12/2026.\n",
    "2. Giao các cơ quan chuyên môn bao gồm:\n+ Sở Xây dựng;\n+ Sở Nông nghiệp và Môi trường\n"
    "rà soát các thủ tục đầu tư, báo cáo UBND tỉnh trước ngày 20/12/2026.\n",
])
def test_a_list_after_gom_names_each_agency(body: str) -> None:
    assert rows(body) == [(keys("Sở Xây dựng", "Sở Nông nghiệp và Môi trường"), [],
                           date(2026, 12, 19))]


# --- sections headed by an agency: each bullet its own task, deadline, recurrence -------

def test_an_agency_heading_over_bullets_with_their_own_deadlines_and_rhythms() -> None:
    notice = parse_notice(HEADER + "4. Sở Công Thương:\n- Định kỳ hằng quý báo cáo UBND tỉnh "
                          "tình hình thu hút đầu tư;\n- Tổ chức Hội chợ thương mại trong tháng "
                          "3/2027;\n- Kiểm tra thị trường dịp Tết.\n5. Sở Y tế:\n- Báo cáo "
                          "tình hình dịch bệnh trước ngày 25 hằng tháng.\n" + FOOTER)
    got = facts(notice)
    assert [r[0] for r in got] == [keys("Sở Công Thương")] * 3 + [keys("Sở Y tế")]
    assert [r[2] for r in got] == [date(2026, 12, 31), date(2027, 3, 31), None,
                                   date(2026, 11, 24)]
    assert notice.directives[0].deadline.kind == "recurring"
    assert notice.directives[3].deadline.recurrence == "monthly:25"


# --- not tasks ---------------------------------------------------------------------------

def test_praise_attachments_closings_and_programme_years_are_no_tasks() -> None:
    notice = parse_notice(HEADER + (
        "1. Biểu dương Sở Văn hóa, Thể thao và Du lịch đã chủ động tham mưu tổ chức thành "
        "công Tuần lễ văn hóa du lịch.\n\n"
        "2. Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng Chiến lược phát triển du lịch "
        "đến năm 2030, tầm nhìn đến năm 2050.\n(Đính kèm Báo cáo số 88/BC-SVHTTDL ngày "
        "10/11/2026)\n\n"
        "3. Giao Sở Công Thương tổ chức Hội chợ trong tháng 3/2027.\n\n"
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n") + FOOTER)
    directives = notice.directives
    assert [d.ref for d in directives] == ["2", "3"]
    assert directives[0].deadline is None  # "đến năm 2030, tầm nhìn đến năm 2050"
    assert "Đính kèm" not in directives[0].text
    assert "thông báo để" not in directives[1].text
    assert not any("chưa được phân loại" in w for w in notice.warnings)


def test_an_item_after_the_closing_line_of_a_notice_without_signature_counts() -> None:
    notice = parse_notice(HEADER + "1. Giao Sở Y tế rà soát danh mục thuốc.\n\n"
                          "Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.\n\n"
                          "2. Giao Công an tỉnh bảo đảm an ninh dịp Tết Nguyên đán.\n")
    assert [(d.ref, d.lead) for d in notice.directives] == [
        ("1", "Sở Y tế"), ("2", "Công an tỉnh")]
    assert "thông báo" not in notice.directives[0].text


# --- district and commune assignees ------------------------------------------------------

@pytest.mark.parametrize(("body", "lead"), [
    ("1. Giao công chức Văn hóa - Xã hội xã hướng dẫn các thôn tổ chức lễ hội.\n",
     "công chức Văn hóa - Xã hội xã"),
    ("1. Trạm Y tế xã tổ chức tiêm chủng cho trẻ em trước ngày 30/12/2026.\n", "Trạm Y tế xã"),
    ("1. Giao Chỉ huy trưởng Ban Chỉ huy Quân sự xã xây dựng kế hoạch huấn luyện.\n",
     "Ban Chỉ huy Quân sự xã"),
    ("1. Trưởng thôn tổ chức họp dân phổ biến kế hoạch.\n", "các thôn, tổ dân phố"),
    ("1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Văn phòng HĐND và UBND huyện "
     "tham mưu bố trí kinh phí.\n", "Phòng Tài chính - Kế hoạch"),
])
def test_local_assignees_are_kept(body: str, lead: str) -> None:
    got = rows(body)
    assert len(got) == 1 and got[0][0] == keys(lead)


def test_an_unknown_subject_is_kept_with_a_flag() -> None:
    notice = parse_notice(HEADER + "1. Giao công chức Địa chính - Xây dựng xã kiểm tra các "
                          "công trình xây dựng trái phép.\n" + FOOTER)
    assert notice.directives[0].lead == "công chức Địa chính - Xây dựng xã"
    assert "unknown_agency" in notice.directives[0].flags


# --- a heading line without a colon over a list; village heads; border posts -----------

def test_an_agency_on_its_own_line_heads_the_list_below_it() -> None:
    got = rows("2. Phân công thực hiện\n\nSở Y tế\n- Kiểm tra các cơ sở khám bệnh trước ngày "
               "15/12/2026;\n- Báo cáo kết quả định kỳ hằng tháng.\nCông an tỉnh\n- Bảo đảm "
               "an ninh trật tự tại các bệnh viện.\n")
    assert [r[0] for r in got] == [keys("Sở Y tế"), keys("Sở Y tế"), keys("Công an tỉnh")]
    assert got[0][2] == date(2026, 12, 14) and got[2][2] is None


@pytest.mark.parametrize("heads", [
    "Trưởng các khu phố", "Trưởng các ấp", "Trưởng các buôn", "các Tổ trưởng tổ dân phố"])
def test_village_and_neighbourhood_heads_are_one_group(heads: str) -> None:
    assert rows(f"1. {heads} tổ chức họp dân, phổ biến kế hoạch phòng chống bão.\n") == [
        (keys("các thôn, tổ dân phố"), [], None)]


def test_a_board_is_no_village() -> None:
    got = rows("1. Giao các Ban Quản lý dự án chuyên ngành tỉnh đẩy nhanh giải ngân.\n")
    assert got == [(keys("các Ban Quản lý dự án chuyên ngành tỉnh"), [], None)]


def test_a_border_post_and_a_party_cell_act() -> None:
    got = rows("1. Đồn Biên phòng Đất Mũi kiểm tra các tàu cá ra khơi.\n\n2. Chi bộ ấp Mũi "
               "lãnh đạo đảng viên gương mẫu chấp hành.\n")
    assert [r[0] for r in got] == [keys("Đồn Biên phòng Đất Mũi"), keys("Chi bộ ấp Mũi")]


def test_phoi_hop_then_a_verb_makes_the_subject_act() -> None:
    assert rows("1. Văn phòng Tỉnh ủy phối hợp, giúp Ban Thường vụ Tỉnh ủy theo dõi việc "
                "thực hiện.\n") == [(keys("Văn phòng Tỉnh ủy"), [], None)]


def test_agencies_that_phoi_hop_with_nobody_leading_are_the_subjects() -> None:
    got = rows("2. Về phòng, chống dịch sốt xuất huyết\n\n- Trạm Y tế xã, Hội Liên hiệp Phụ nữ "
               "xã phối hợp tuyên truyền, hướng dẫn người dân diệt lăng quăng;\n- Công an xã "
               "chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức ra quân vệ sinh môi "
               "trường.\n")
    assert got == [
        (keys("Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã"), [], None),
        (keys("Công an xã"), keys("Đoàn Thanh niên xã"), None)]


def test_one_village_head_is_no_group() -> None:
    assert rows("1. Giao Trưởng thôn An Hội tổ chức họp dân.\n") == [
        (keys("Trưởng thôn An Hội"), [], None)]


def test_a_bare_second_step_takes_the_month_of_the_first() -> None:
    notice = parse_notice(HEADER + "1. Giao các sở, ngành gửi báo cáo về Sở Tài chính trước "
                          "ngày 10/12/2026 để tổng hợp, báo cáo UBND tỉnh trước ngày 15.\n"
                          + FOOTER)
    directive = notice.directives[0]
    assert directive.deadline.due_on == date(2026, 12, 14)
    steps = {a.agency: a.due_on for a in directive.assignments}
    assert steps == {"các sở, ngành": date(2026, 12, 9), "Sở Tài chính": date(2026, 12, 14)}


# --- an unnumbered body: a later lead-in leads its own list, not the whole body --------

@pytest.mark.parametrize("later", [
    "Về thị trường, Chủ tịch UBND tỉnh yêu cầu:",
    "Đối với công tác giải phóng mặt bằng, Chủ tịch UBND tỉnh chỉ đạo như sau:",
    "Về nguồn vốn, Chủ tịch UBND tỉnh có ý kiến:",
])
def test_tasks_before_a_later_lead_in_are_kept(later: str) -> None:
    # The first "… như sau:" (the meeting's) opens the body; one further down opens only
    # its own points. Before, the body started after the last one: the first task was
    # dropped without a word.
    got = rows("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Y tế khẩn trương "
               "hoàn thiện quy trình kiểm soát chất lượng, ban hành trong tháng 12 năm "
               f"2026.\n\n{later} (i) Sở Công Thương làm việc với các doanh nghiệp xuất "
               "khẩu; (ii) Sở Tài chính cân đối nguồn vốn hỗ trợ.\n")
    assert got == [
        (keys("Sở Nông nghiệp và Môi trường"), keys("Sở Y tế"), date(2026, 12, 31)),
        (keys("Sở Công Thương"), [], None),
        (keys("Sở Tài chính"), [], None)]


@pytest.mark.parametrize("second", [
    "Hội Cựu chiến binh xã, Đoàn Thanh niên xã phối hợp giúp các hộ neo đơn gia cố nhà "
    "ở trước ngày 31/12/2026.",
    "Đoàn Thanh niên xã phối hợp sửa chữa nhà cho các hộ neo đơn, hoàn thành trước ngày "
    "31/12/2026.",
])
def test_agencies_that_phoi_hop_with_their_own_deadline_are_a_task_of_their_own(
        second: str) -> None:
    # Unnumbered: a paragraph naming only agencies that "phối hợp" joins the task before
    # it as its coordinators, unless it states its own deadline: that deadline is its own,
    # never the task before's.
    got = rows("Trường Tiểu học Tủa Chùa bảo đảm chăn ấm cho học sinh bán trú, hoàn "
               f"thành trước ngày 25/12/2026.\n\n{second}\n")
    assert [(r[1], r[2]) for r in got] == [([], date(2026, 12, 24)),
                                           ([], date(2026, 12, 30))]
    assert got[0][0] == keys("Trường Tiểu học Tủa Chùa")
    assert "doan thanh nien xa" in got[1][0]


def test_agencies_that_phoi_hop_without_a_deadline_coordinate_the_task_before() -> None:
    got = rows("Sở Tư pháp thẩm định hồ sơ, hoàn thành trước ngày 25/12/2026.\n\n"
               "Trung tâm Phục vụ hành chính công tỉnh và các cơ quan liên quan phối hợp "
               "cung cấp hồ sơ khi được yêu cầu.\n")
    assert got == [(keys("Sở Tư pháp"), keys("Trung tâm Phục vụ hành chính công tỉnh"),
                    date(2026, 12, 24))]


@pytest.mark.parametrize("after", [
    "Đồng thời, Chủ tịch UBND tỉnh giao Sở Tài chính bố trí đủ kinh phí bồi thường, hoàn "
    "thành trước ngày 05/12/2026.",
    "Ngoài ra, giao Sở Tài chính bố trí đủ kinh phí bồi thường trước ngày 05/12/2026.",
])
def test_a_task_after_the_closing_line_outside_the_last_item_is_its_own(after: str) -> None:
    notice = parse_notice(
        HEADER + "1. Sở Xây dựng hoàn thiện hồ sơ dự án.\n\n2. Sở Y tế kiểm tra an toàn "
        "thực phẩm.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.\n\n"
        + after + "\n" + FOOTER)
    assert [d.ref for d in notice.directives] == ["1", "2", "2+1"]
    assert facts(notice) == [(keys("Sở Xây dựng"), [], None), (keys("Sở Y tế"), [], None),
                             (keys("Sở Tài chính"), [], date(2026, 12, 4))]


def test_a_paragraph_after_the_closing_line_that_gives_no_work_is_no_task() -> None:
    notice = parse_notice(
        HEADER + "1. Sở Xây dựng hoàn thiện hồ sơ dự án.\n\nVăn phòng UBND tỉnh thông báo "
        "để các cơ quan biết, thực hiện./.\n\nChủ tịch UBND tỉnh biểu dương Sở Xây dựng.\n"
        + FOOTER)
    assert [d.ref for d in notice.directives] == ["1"]


@pytest.mark.parametrize(("subject", "name"), [
    ("Trạm Y tế các xã, phường nơi đóng trụ sở", "Trạm Y tế các xã, phường"),
    ("Công an các xã, phường, thị trấn", "Công an các xã, phường, thị trấn"),
    ("Đảng ủy các xã, thị trấn", "Đảng ủy các xã, thị trấn"),
])
def test_kinds_of_local_unit_after_cac_are_one_name(subject: str, name: str) -> None:
    # "các xã, phường": the units of both kinds, one group; the name ends after the list.
    got = rows(f"1. Sở Y tế chủ trì, phối hợp với {subject} tổ chức tổng vệ sinh môi "
               "trường.\n")
    assert got == [(keys("Sở Y tế"), keys(name), None)]


def test_a_capitalised_agency_after_cac_xa_is_another() -> None:
    got = rows("1. Sở Y tế chủ trì, phối hợp với Trạm Y tế các xã, Sở Giáo dục và Đào "
               "tạo tổ chức tổng vệ sinh môi trường.\n")
    assert got == [(keys("Sở Y tế"), keys("Trạm Y tế các xã", "Sở Giáo dục và Đào tạo"),
                    None)]


@pytest.mark.parametrize("subjects", [
    "UBND xã Đồng Đăng, UBND xã Tân Thanh",
    "Sở Y tế, Sở Tài chính",
])
def test_co_subjects_that_phoi_hop_with_a_partner_all_lead(subjects: str) -> None:
    # "A, B phối hợp với C làm X": A and B both do X, C coordinates (unlike "Giao A,
    # B …", where the first leads).
    got = rows(f"1. {subjects} phối hợp với Sở Xây dựng điều tiết phương tiện chở hàng.\n")
    assert got == [(keys(*subjects.split(", ")), keys("Sở Xây dựng"), None)]


@pytest.mark.parametrize(("subjects", "names"), [
    ("Đảng ủy các xã, thị trấn và các chi, đảng bộ cơ sở trực thuộc",
     ["Đảng ủy các xã, thị trấn", "các chi, đảng bộ cơ sở trực thuộc"]),
    ("Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện",
     ["Ủy ban MTTQ Việt Nam huyện", "các đoàn thể chính trị - xã hội"]),
])
def test_party_and_front_groups_are_subjects(subjects: str, names: list[str]) -> None:
    # "các chi, đảng bộ" is the Party's "các chi bộ, đảng bộ"; "các đoàn thể chính trị -
    # xã hội" the Front's member organisations: with their partner, both lead.
    got = rows(f"1. {subjects} xây dựng kế hoạch tổ chức đại hội.\n")
    assert got == [(keys(*names), [], None)]


def test_the_subject_that_phoi_hop_related_agencies_leads() -> None:
    # "phối hợp các bộ liên quan" (no "với"): the related agencies are its partners, so
    # the subject leads, not the letter's addressees.
    notice = parse_notice(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 10/VPCP-CN\nHà Nội, ngày 08 tháng 12 năm 2026\n"
        "V/v vốn cho các dự án hạ tầng\n\nKính gửi:\n- Các Bộ: Xây dựng, Tài chính;\n"
        "- Ủy ban nhân dân các tỉnh: Quảng Ninh, Đồng Nai.\n\nPhó Thủ tướng Chính phủ có "
        "ý kiến như sau:\n\n1. Bộ Tài chính phối hợp các bộ liên quan báo cáo Thủ tướng "
        "Chính phủ về nhu cầu vốn.\n" + FOOTER)
    assert facts(notice) == [(keys("Bộ Tài chính"), [], None)]


@pytest.mark.parametrize(("body", "lead"), [
    ("Hiệp hội Rau quả Việt Nam phối hợp, hướng dẫn doanh nghiệp hội viên xây dựng hệ thống "
     "truy xuất nguồn gốc.", "Hiệp hội Rau quả Việt Nam"),
    ("Giao Hiệp hội Doanh nghiệp tỉnh tuyên truyền đến các hội viên.",
     "Hiệp hội Doanh nghiệp tỉnh"),
])
def test_an_association_is_an_agency(body: str, lead: str) -> None:
    # "Hiệp hội …" (trade associations) take tasks in Government and provincial notices.
    assert rows(f"1. {body}\n") == [(keys(lead), [], None)]
