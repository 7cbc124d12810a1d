"""parse_notice: the whole pipeline on the seed, the fixtures and bad input."""

from datetime import date
from pathlib import Path

import pytest

from tui_tracker.errors import BadInputError, InvalidDateError
from tui_tracker.i18n import set_language
from tui_tracker.model import DeadlineKind, ParsedNotice, Role
from tui_tracker.parsing import parse_notice

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED = FIXTURES / "01_seed_tb_kl_khcn.txt"
SKHCN = "Sở Khoa học và Công nghệ"


@pytest.fixture(autouse=True)
def vietnamese() -> None:
    set_language("vi")


@pytest.fixture(scope="module")
def seed() -> ParsedNotice:
    assert SEED.is_file(), f"{SEED} is missing from the repository"
    return parse_notice(SEED.read_text(encoding="utf-8"))


def by_ref(notice: ParsedNotice) -> dict:
    return {d.ref: d for d in notice.directives}


def coordinators(directive) -> list[str]:
    return [a.agency for a in directive.assignments if a.role == Role.COORDINATE]


def test_seed_refs(seed: ParsedNotice) -> None:
    assert [d.ref for d in seed.directives] == [
        "2.a", "2.b", "2.c", "2.d", "2.đ", "2.e", "2.f", "2.g",
        "3.a", "3.b", "3.c", "3.c-2", "3.d", "3.đ", "3.e"]


def test_seed_leads(seed: ParsedNotice) -> None:
    directives = by_ref(seed)
    for ref, directive in directives.items():
        if ref == "3.c":
            continue
        assert directive.lead == SKHCN, ref
        assert [a.agency for a in directive.assignments if a.role == Role.LEAD] == [SKHCN], ref
    first = directives["3.c"]
    assert [(a.agency, a.role, a.group) for a in first.assignments] == [
        ("các sở, ngành, địa phương", Role.LEAD, True)]
    assert first.deadline is not None
    assert (first.deadline.due_on, first.deadline.kind) == (date(2026, 4, 30), DeadlineKind.MONTH)


def test_seed_coordination(seed: ParsedNotice) -> None:
    directives = by_ref(seed)
    assert coordinators(directives["3.a"]) == ["Sở Tài chính"]
    assert coordinators(directives["3.b"]) == ["Công an tỉnh"]
    assert directives["3.a"].with_related and directives["3.b"].with_related
    assert coordinators(directives["3.d"]) == ["Thanh tra tỉnh"]
    assert coordinators(directives["3.đ"]) == ["Sở Tài chính", "Sở Xây dựng", "UBND xã Tư Nghĩa"]
    assert directives["3.đ"].with_related
    # Names without a role: the old provinces' bodies, the Ministry, the People's Committee.
    agencies = {a.agency for d in seed.directives for a in d.assignments}
    assert not any("Quảng Ngãi" in a or "Kon Tum" in a or a.startswith("Bộ") for a in agencies)
    assert "UBND tỉnh" not in agencies and "HĐND tỉnh" not in agencies
    assert [a.agency for a in directives["2.e"].assignments] == [SKHCN]
    assert [a.agency for a in directives["2.f"].assignments] == [SKHCN]


def test_seed_deadlines(seed: ParsedNotice) -> None:
    directives = by_ref(seed)
    d = directives["3.d"].deadline
    assert d is not None
    assert (d.text, d.due_on, d.kind) == ("trước ngày 30/6/2026", date(2026, 6, 29),
                                          DeadlineKind.DATE)
    e = directives["3.e"].deadline
    assert e is not None and e.due_on == date(2026, 4, 30)
    assert all(directives[f"2.{x}"].deadline is None for x in "abcdđefg")


def test_seed_texts_and_headings(seed: ParsedNotice) -> None:
    directives = by_ref(seed)
    assert all(directives[f"2.{x}"].heading is None for x in "abcdđefg")
    assert directives["2.a"].text.startswith("Tiếp tục rà soát toàn diện nhiệm vụ")
    assert not directives["2.a"].text.startswith("a)")
    assert directives["3.a"].heading == "Về thành lập Quỹ phát triển khoa học và công nghệ cấp tỉnh"
    assert directives["3.a"].text.startswith("Giao Sở Khoa học và Công nghệ chủ trì")
    assert "Trước mắt, tập trung tham mưu" in directives["3.a"].text
    assert directives["3.c"].heading == directives["3.c-2"].heading == (
        "Về đăng ký nhiệm vụ khoa học và công nghệ")
    assert directives["3.c"].text.startswith("Yêu cầu các sở, ngành, địa phương")
    assert directives["3.c-2"].text.startswith("Giao Sở Khoa học và Công nghệ hướng dẫn")
    assert directives["3.d"].heading == "Về xử lý tồn tại trước hợp nhất tỉnh"
    assert directives["3.d"].text.startswith("Thống nhất chủ trương")
    assert "UBND xã Tư Nghĩa" in directives["3.đ"].text
    assert all(d.section == "Đối với nội dung đề xuất, kiến nghị"
               for d in seed.directives if d.ref.startswith("3."))
    assert directives["2.a"].section == "Nhiệm vụ trọng tâm trong thời gian tới"
    assert "Nay thông báo" not in directives["3.e"].text


def test_seed_json_shape(seed: ParsedNotice) -> None:
    data = seed.to_json()
    d = next(x for x in data["directives"] if x["ref"] == "3.d")
    assert d["heading"] == "Về xử lý tồn tại trước hợp nhất tỉnh"
    assert d["assignments"][:2] == [
        {"agency": SKHCN, "role": "lead", "group": False},
        {"agency": "Thanh tra tỉnh", "role": "coordinate", "group": False}]
    assert d["with_related"] is True
    assert d["deadline"]["due_on"] == "2026-06-29" and d["deadline"]["kind"] == "date"
    assert seed.original == SEED.read_text(encoding="utf-8") and "**" not in seed.text


NOTICE = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 45/TB-UBND
Gia Lai, ngày 05 tháng 6 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác chuyển đổi số

Ngày 02/6/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:

1. Đánh giá chung

Các sở, ngành đã tích cực triển khai.

2. Nhiệm vụ

a) Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát; hoàn thành trước ngày 15/5/2026.

b) Giao Sở Y tế gửi báo cáo về Sở Tài chính trước ngày 20/7/2026 để tổng hợp, trình UBND tỉnh trước ngày 31/7/2026.

c) Nghiên cứu, đề xuất mô hình mới.

Nơi nhận:
- Lưu: VT.
"""


def test_warnings_for_early_deadline_chain_and_missing_lead() -> None:
    notice = parse_notice(NOTICE)
    directives = by_ref(notice)
    assert list(directives) == ["2.a", "2.b", "2.c"]
    assert directives["2.a"].deadline.due_on == date(2026, 5, 14)
    # A chain ends with its last step.
    assert directives["2.b"].deadline.due_on == date(2026, 7, 30)
    assert directives["2.c"].lead is None
    text = "\n".join(notice.warnings)
    assert "2.a" in text and "sớm hơn ngày của thông báo" in text
    assert "Mục 2.b có nhiều thời hạn" in text
    assert "Mục 2.c: chưa xác định được cơ quan chủ trì." in notice.warnings


def test_relative_deadline_counts_from_the_meeting_without_issue_date() -> None:
    text = ("THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n\nNgày 14/4/2026, tại Trụ sở UBND "
            "tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Kết luận như sau:\n\n"
            "1. Giao Sở Tư pháp rà soát, báo cáo trong vòng 10 ngày kể từ ngày ký.\n")
    notice = parse_notice(text)
    assert [d.ref for d in notice.directives] == ["1"]
    deadline = notice.directives[0].deadline
    assert deadline is not None and deadline.due_on == date(2026, 4, 24)
    assert any("tính từ ngày họp 14/04/2026" in w for w in notice.warnings)


def test_cong_van_addressees_lead_unassigned_paragraphs() -> None:
    text = """UBND TỈNH GIA LAI
Số: 120/UBND-KT
V/v rà soát hồ sơ
Gia Lai, ngày 10 tháng 3 năm 2026

Kính gửi: Sở Tài chính.

Chủ tịch UBND tỉnh có ý kiến như sau:

1. Rà soát toàn bộ hồ sơ tồn đọng; hoàn thành trong tháng 4/2026.

2. Đồng ý chủ trương.

3. Giao Sở Xây dựng phối hợp thực hiện.
"""
    directives = by_ref(parse_notice(text))
    # "2. Đồng ý chủ trương." approves; it asks nothing of anyone (issue 7: approvals
    # are not tasks), so the addressee does not lead it.
    assert list(directives) == ["1", "3"]
    assert directives["1"].lead == "Sở Tài chính"
    assert directives["3"].lead == "Sở Xây dựng"


def test_unnumbered_notice_gives_numbered_directives() -> None:
    text = """THÔNG BÁO
Số: 12/TB-VP

Chủ tịch UBND tỉnh có ý kiến như sau:
- Giao Sở Tài chính chủ trì thẩm định.
- Giao Sở Xây dựng kiểm tra hiện trường.
"""
    notice = parse_notice(text)
    assert [(d.ref, d.lead) for d in notice.directives] == [
        ("1", "Sở Tài chính"), ("2", "Sở Xây dựng")]


def test_header_without_directives_warns() -> None:
    notice = parse_notice("THÔNG BÁO\nSố: 12/TB-UBND\n\nVề lịch họp tháng 6.\n")
    assert notice.directives == []
    assert "Không tìm thấy chỉ đạo nào trong thông báo." in notice.warnings


@pytest.mark.parametrize("raw", [
    "Hôm nay trời đẹp. Chúng tôi đi dạo quanh hồ và ăn kem.\nBuổi chiều có mưa nhẹ.\n",
    "",
    "\x00\x01\x02ÿþ\x89PNG\r\n\x1a\n" + "".join(chr(0x80 + i % 120) for i in range(400)),
])
def test_nothing_recognisable_is_bad_input(raw: str) -> None:
    with pytest.raises(BadInputError) as err:
        parse_notice(raw)
    assert "thông báo" in err.value.message
    assert err.value.exit_code == 4


@pytest.mark.parametrize("path", [
    FIXTURES / "README.md",  # quotes a notice's header line and its dates
    Path(__file__).parent / "samples" / "README.md",  # quotes "Bộ X chủ trì, phối hợp …"
])
def test_readme_in_markdown_is_not_a_notice(path: Path) -> None:
    with pytest.raises(BadInputError) as err:
        parse_notice(path.read_text(encoding="utf-8"))
    assert err.value.exit_code == 4


@pytest.mark.parametrize("raw", [
    "Hôm nay, ngày 05/6/2026, chúng tôi họp lớp tại nhà văn hóa xã.\nBuổi chiều có mưa nhẹ.\n",
    "Hà Nội, ngày 12 tháng 11 năm 2026\n\nThư gửi bạn: mùa thu năm nay đến sớm.\n",
    # Prose naming an agency that "chủ trì" an event, without a notice around it.
    "Sáng ngày 5/6/2026, Sở Tài chính chủ trì hội thảo về ngân sách tại Hà Nội. "
    "Nhiều đại biểu đã phát biểu.\n",
])
def test_prose_with_a_date_is_not_a_notice(raw: str) -> None:
    with pytest.raises(BadInputError):
        parse_notice(raw)


@pytest.mark.parametrize("raw", [
    "CÔNG VĂN\n\nVề việc chuẩn bị hội nghị tổng kết.\n",
    "UBND TỈNH GIA LAI\nSố: 88/UBND-KTTH\nGia Lai, ngày 05 tháng 6 năm 2026\n\n"
    "Kính gửi: Sở Tài chính\n\nUBND tỉnh chuyển văn bản của Bộ Tài chính để Quý cơ quan "
    "biết.\n",
    "V/v góp ý dự thảo quy chế\n\nKính gửi: Sở Xây dựng\n\nNội dung kèm theo.\n",
    "KẾT LUẬN\ncủa Thường trực Tỉnh ủy tại buổi làm việc\n\nThường trực Tỉnh ủy ghi nhận "
    "kết quả đạt được.\n",
])
def test_notice_header_without_directives_is_kept_with_a_warning(raw: str) -> None:
    notice = parse_notice(raw)
    assert notice.directives == []
    assert "Không tìm thấy chỉ đạo nào trong thông báo." in notice.warnings


def test_body_without_header_counts_by_its_structure() -> None:
    """A notice's body copied without its header still imports: numbered items
    after "… như sau:" are the structure of a directive document."""
    notice = parse_notice("Chủ tịch UBND tỉnh kết luận như sau:\n\n"
                          "1. Giao Sở Y tế rà soát danh mục thuốc trước ngày 30/6/2026.\n\n"
                          "2. Giao Sở Tài chính bố trí kinh phí trong tháng 7/2026.\n")
    assert [(d.ref, d.lead) for d in notice.directives] == [
        ("1", "Sở Y tế"), ("2", "Sở Tài chính")]


HEADER_MISSING = ("Không tìm thấy số, ký hiệu văn bản.",
                  "Không tìm thấy cơ quan ban hành ở đầu văn bản.")


@pytest.mark.parametrize(("raw", "leads", "dues"), [
    # Unnumbered "Giao Sở X …" paragraphs, as pasted from a portal page.
    ("Giao Sở Y tế rà soát danh mục thuốc, báo cáo UBND tỉnh trước ngày 30/6/2026.\n\n"
     "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng bố trí kinh phí trong tháng 7/2026.\n",
     ["Sở Y tế", "Sở Tài chính"], [date(2026, 6, 29), date(2026, 7, 31)]),
    # One paragraph only.
    ("Giao Sở Y tế rà soát danh mục thuốc, báo cáo UBND tỉnh trước ngày 30/6/2026.\n",
     ["Sở Y tế"], [date(2026, 6, 29)]),
    ("Yêu cầu Sở Y tế rà soát danh mục thuốc trước ngày 30/6/2026.\n\n"
     "Yêu cầu UBND các xã, phường tuyên truyền cho người dân.\n",
     ["Sở Y tế", "UBND các xã, phường, đặc khu"], [date(2026, 6, 29), None]),
    # Dash and plus bullets whose entries open with the agency.
    ("- Sở Y tế rà soát danh mục thuốc, báo cáo trước ngày 30/6/2026;\n"
     "- Sở Tài chính bố trí kinh phí trong tháng 7/2026.\n",
     ["Sở Y tế", "Sở Tài chính"], [date(2026, 6, 29), date(2026, 7, 31)]),
    ("+ Sở Y tế rà soát danh mục thuốc, báo cáo trước ngày 30/6/2026;\n"
     "+ Sở Tài chính bố trí kinh phí trong tháng 7/2026.\n",
     ["Sở Y tế", "Sở Tài chính"], [date(2026, 6, 29), date(2026, 7, 31)]),
    # Lettered items: their dates stay deadlines, none becomes the notice's date.
    ("a) Giao Sở Y tế rà soát danh mục thuốc trước ngày 30/6/2026.\n"
     "b) Giao Sở Tài chính bố trí kinh phí trong tháng 7/2026.\n",
     ["Sở Y tế", "Sở Tài chính"], [date(2026, 6, 29), date(2026, 7, 31)]),
    # An e-mail: a greeting, a lead-in, numbered items, a closing.
    ("Kính gửi anh chị,\n\nVăn phòng chuyển ý kiến kết luận của lãnh đạo UBND tỉnh như sau:\n\n"
     "1. Giao Sở Y tế rà soát danh mục thuốc trước ngày 30/6/2026.\n"
     "2. Giao Sở Tài chính bố trí kinh phí trong tháng 7/2026.\n\nTrân trọng.\n",
     ["Sở Y tế", "Sở Tài chính"], [date(2026, 6, 29), date(2026, 7, 31)]),
])
def test_a_body_without_header_is_parsed_with_warnings(raw: str, leads: list[str],
                                                      dues: list[date | None]) -> None:
    notice = parse_notice(raw)
    assert [d.lead for d in notice.directives] == leads
    assert [d.deadline.due_on if d.deadline else None for d in notice.directives] == dues
    assert notice.notice.number is None and notice.notice.issuer is None
    assert notice.notice.issued_on is None
    for warning in HEADER_MISSING:
        assert warning in notice.warnings
    assert any(w.startswith("Không tìm thấy ngày ban hành") for w in notice.warnings)


def test_a_body_without_header_after_an_inspection_dates_from_the_visit() -> None:
    notice = parse_notice(
        "Ngày 20/11/2026, Phó Chủ tịch UBND tỉnh Lê Văn Minh đã đi kiểm tra thực tế dự án. "
        "Sau khi kiểm tra, Phó Chủ tịch UBND tỉnh chỉ đạo như sau:\n\n"
        "1. Giao Sở Xây dựng đôn đốc nhà thầu, hoàn thành trong 10 ngày.\n"
        "2. Giao UBND huyện Bình Sơn bàn giao mặt bằng trong tháng 12/2026.\n")
    assert notice.notice.meeting_on == date(2026, 11, 20)
    assert notice.notice.presiding == "Phó Chủ tịch UBND tỉnh Lê Văn Minh"
    assert notice.directives[0].deadline.due_on == date(2026, 11, 30)
    assert "Không tìm thấy ngày ban hành; dùng ngày họp 20/11/2026 thay thế." in notice.warnings


@pytest.mark.parametrize("raw", [
    # Prose beginning with a place named like a verb of assignment.
    "Giao Thủy là huyện ven biển của tỉnh Nam Định. Năm nay mùa màng bội thu.\n",
    # A shopping list is a list, not a list of tasks.
    "- Mua sữa\n- Đi chợ\n",
    # A markdown table that quotes a task is still a page.
    "| mẫu | nội dung |\n|---|---|\n| 1 | Giao Sở Y tế rà soát |\n",
])
def test_texts_that_only_look_like_a_body_are_still_refused(raw: str) -> None:
    with pytest.raises(BadInputError):
        parse_notice(raw)


def test_bad_input_message_follows_the_language() -> None:
    set_language("en")
    with pytest.raises(BadInputError) as err:
        parse_notice("Just some prose without anything else.")
    assert "does not look like a notice" in err.value.message


def test_impossible_date_is_reported() -> None:
    with pytest.raises(InvalidDateError) as err:
        parse_notice("THÔNG BÁO\n\nKết luận như sau:\n\n1. Giao Sở Y tế báo cáo trước ngày "
                     "31/2/2026.\n")
    assert "31/2/2026" in err.value.phrase


FIXTURE_FILES = sorted(FIXTURES.glob("*.txt"))


def test_the_fixtures_are_there() -> None:
    # An empty folder would make the test below pass with no case at all.
    assert len(FIXTURE_FILES) >= 8


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_every_fixture_parses_with_leads(path: Path) -> None:
    notice = parse_notice(path.read_text(encoding="utf-8"))
    refs = [d.ref for d in notice.directives]
    assert refs and len(refs) == len(set(refs))
    for directive in notice.directives:
        assert directive.lead, directive.ref
        assert directive.text.strip()
        keys = [a.agency for a in directive.assignments]
        assert len(keys) == len(set(keys)), directive.ref


def fixture(name: str) -> ParsedNotice:
    path = FIXTURES / name
    assert path.is_file(), f"{path} is missing from the repository"
    return parse_notice(path.read_text(encoding="utf-8"))


def test_fixture_local_units_and_own_province() -> None:
    directives = by_ref(fixture("02_tb_ubnd_dau_tu_cong.txt"))
    assert coordinators(directives["2.b"]) == ["UBND xã Bình Sơn", "UBND xã Vạn Tường"]
    assert [a.agency for a in directives["2.đ"].assignments if a.role == Role.LEAD] == [
        "UBND xã Bình Sơn", "UBND xã Vạn Tường", "UBND xã Đông Sơn"]
    assert directives["2.c"].lead == (
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh")
    assert directives["3"].heading == "Đối với kiến nghị của các chủ đầu tư"
    assert directives["3"].lead == "Sở Tài chính"


def test_fixture_cong_van_closing_formula_is_not_a_task() -> None:
    notice = fixture("03_cv_ubnd_giai_ngan.txt")
    assert [d.ref for d in notice.directives] == ["1", "2", "3", "4", "5"]


def test_fixture_central_government_lists() -> None:
    directives = fixture("08_tb_vpcp_nha_o_xa_hoi.txt").directives
    leads = {a.agency for d in directives for a in d.assignments if a.role == Role.LEAD}
    assert {"Bộ Xây dựng", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"} <= leads
    assert "UBND tỉnh Quảng Ngãi" in leads and "Sở Tài chính" not in leads


def test_unnumbered_cong_van_keeps_background_out() -> None:
    text = """UBND TỈNH GIA LAI
Số: 120/UBND-KT
V/v rà soát hồ sơ
Gia Lai, ngày 10 tháng 3 năm 2026

Kính gửi: Sở Tài chính.

Theo báo cáo, tiến độ giải ngân còn chậm.

Giao Sở Xây dựng kiểm tra hiện trường.
"""
    notice = parse_notice(text)
    assert [(d.ref, d.lead, d.text) for d in notice.directives] == [
        ("1", "Sở Xây dựng", "Giao Sở Xây dựng kiểm tra hiện trường.")]
    # After "… như sau:" the addressee leads what the text does not give to anyone else.
    with_lead_in = text.replace("Theo báo cáo, tiến độ giải ngân còn chậm.",
                                "Chủ tịch UBND tỉnh có ý kiến như sau:\n\nRà soát hồ sơ tồn đọng.")
    assert [(d.ref, d.lead) for d in parse_notice(with_lead_in).directives] == [
        ("1", "Sở Tài chính"), ("2", "Sở Xây dựng")]


def test_fixture_party_group_addressee_leads() -> None:
    """"Các cấp ủy, tổ chức đảng, cơ quan, đơn vị thường xuyên …": the usual
    addressee of a Party notice, one group that leads."""
    directive = by_ref(fixture("04_tb_tinh_uy_chuyen_doi_so.txt"))["2.d"]
    assert [(a.agency, a.role, a.group) for a in directive.assignments] == [
        ("các cấp ủy, tổ chức đảng, cơ quan, đơn vị", Role.LEAD, True)]


def test_word_table_with_tabs_reads_like_the_pipe_table() -> None:
    """The task table of a Word file pasted with tabs between cells gives the
    same directives as its pipe-separated copy."""
    piped = (Path(__file__).parent / "samples" / "tb_bang_pdf.txt").read_text(encoding="utf-8")
    lines = []
    for line in piped.splitlines():
        if line.startswith("|---"):
            continue  # Word has no separator row
        if line.startswith("|"):
            line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        lines.append(line)
    tabbed = "\n".join(lines) + "\n"
    assert "\t" in tabbed and "|" not in tabbed

    def summary(notice: ParsedNotice) -> list[tuple]:
        return [(d.ref, [(a.agency, a.role) for a in d.assignments],
                 d.deadline.due_on if d.deadline else None) for d in notice.directives]

    rows = summary(parse_notice(tabbed))
    assert rows == summary(parse_notice(piped))
    assert ("2.1", [("Sở Nông nghiệp và Môi trường", Role.LEAD), ("Công an tỉnh", Role.COORDINATE),
                    ("Sở Khoa học và Công nghệ", Role.COORDINATE)], date(2026, 12, 30)) in rows

