"""Deadline phrases of real notices → due dates (domain.md, "Deadlines (thời hạn)")."""

from datetime import date

import pytest

from tui_tracker import i18n
from tui_tracker.errors import BadInputError, InvalidDateError
from tui_tracker.parsing.deadlines import find_deadlines, working_days_after
from tui_tracker.text import normalize

ISSUED = date(2026, 4, 15)  # a Wednesday, the day after the seed's meeting


def only(text: str, issued_on: date | None = ISSUED):
    found = find_deadlines(text, issued_on=issued_on)
    assert len(found) == 1, found
    return found[0]


# --- the seed notice -----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "phrase", "due", "kind"), [
    ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Thanh tra tỉnh và các cơ quan liên "
     "quan tiếp tục rà soát, phân loại, xử lý theo đúng quy định; Thời gian hoàn thành "
     "trước ngày 30/6/2026.", "trước ngày 30/6/2026", date(2026, 6, 29), "date"),
    ("đảm bảo mỗi sở ngành, địa phương đăng ký ít nhất 01 đề tài/nhiệm vụ; thời gian hoàn "
     "thành chậm nhất trong tháng 4/2026.", "chậm nhất trong tháng 4/2026", date(2026, 4, 30),
     "month"),
    ("ban hành văn bản chỉ đạo các doanh nghiệp trên địa bàn tỉnh tự đánh giá trình độ, năng "
     "lực công nghệ của đơn vị mình; thời gian hoàn thành trong tháng 4/2026",
     "trong tháng 4/2026", date(2026, 4, 30), "month"),
])
def test_seed_sentences(sentence, phrase, due, kind):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, kind)
    assert deadline.recurrence is None


# Paragraphs of seeds/000_311ac5686ab8bcb9.txt, in order, as the parser sees them.
SEED_PARAGRAPHS = [
    "Kết luận của Phó Chủ tịch UBND tỉnh Trần Phước Hiền tại buổi làm việc với Sở Khoa học và "
    "Công nghệ về tình hình thực hiện nhiệm vụ Quý I/2026, kế hoạch nhiệm vụ các tháng cuối năm "
    "2026",
    "Ngày 14/4/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Phước Hiền đã chủ trì "
    "buổi làm việc với Sở Khoa học và Công nghệ về tình hình triển khai thực hiện nhiệm vụ trọng "
    "tâm Quý I/2026, kế hoạch nhiệm vụ các tháng cuối năm 2026.",
    "Sau khi nghe lãnh đạo Sở Khoa học và Công nghệ báo cáo kết quả thực hiện nhiệm vụ trọng tâm "
    "trong Quý I/2026 và kế hoạch triển khai thực hiện nhiệm vụ các tháng cuối năm 2026; ý kiến "
    "tham gia của các thành viên dự họp, Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:",
    "Cơ bản thống nhất với một số nhiệm vụ, giải pháp các tháng còn lại trong năm 2026 theo Báo "
    "cáo số 95/BC-SKHHCN ngày 13/4/2026 của Sở Khoa học và Công nghệ. Để thực hiện hoàn thành "
    "nhiệm vụ năm 2026 được UBND tỉnh, Chủ tịch UBND tỉnh và cấp có thẩm quyền giao, yêu cầu Sở "
    "Khoa học và Công nghệ tập trung thực hiện một số nhiệm vụ trọng tâm sau:",
    "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh và các cơ quan liên quan "
    "chủ động cập nhật, bám sát chỉ đạo mới của Trung ương (sau Thông báo số 184/TB-VPCP ngày "
    "10/4/2026 của Văn phòng Chính phủ và Thủ tướng Chính phủ có quyết định kiện toàn Ban Chỉ "
    "đạo của Chính phủ) để tham mưu UBND tỉnh xem xét, chỉ đạo theo thẩm quyền, quy định.",
    "Yêu cầu các sở, ngành, địa phương khẩn trương rà soát, đề xuất nhiệm vụ khoa học và công "
    "nghệ gắn với nhu cầu thực tiễn và định hướng phát triển của tỉnh; không đề xuất dàn trải, "
    "manh mún; đảm bảo mỗi sở ngành, địa phương đăng ký ít nhất 01 đề tài/nhiệm vụ; thời gian "
    "hoàn thành **chậm nhất trong tháng 4/2026**.",
    "Giao Sở Khoa học và Công nghệ hướng dẫn, tổng hợp, hình thành các cụm nhiệm vụ, nhiệm vụ "
    "lớn, có tính liên ngành để tham mưu UBND tỉnh xem xét, đặt hàng. Lưu ý: Việc đề xuất nhiệm "
    "vụ khoa học và công nghệ của các sở, ngành, địa phương là căn cứ để đánh giá mức độ hoàn "
    "thành nhiệm vụ của người đứng đầu cơ quan, đơn vị trong năm 2026.",
    "d) Về xử lý tồn tại trước hợp nhất tỉnh",
    "Thống nhất chủ trương xử lý dứt điểm các tồn tại theo các kết luận thanh tra, tố cáo. Giao "
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Thanh tra tỉnh và các cơ quan liên quan tiếp "
    "tục rà soát, phân loại, xử lý theo đúng quy định; Thời gian hoàn thành **trước ngày "
    "30/6/2026**.",
    "Giao Sở Khoa học và Công nghệ tiếp tục triển khai nhiệm vụ đã được phê duyệt tại Quyết định "
    "số 262/QĐ-UBND ngày 12/12/2025; đồng thời nghiên cứu, tham mưu UBND tỉnh xem xét, ban hành "
    "văn bản chỉ đạo các doanh nghiệp trên địa bàn tỉnh tự đánh giá trình độ, năng lực công nghệ "
    "của đơn vị mình; thời gian hoàn thành **trong tháng 4/2026**.",
]


def test_seed_notice_has_exactly_its_three_deadlines():
    # Every other date of the notice (meeting day, Báo cáo số 95/BC-SKHHCN ngày 13/4/2026,
    # Quý I/2026 in the title, "trong năm 2026" as narrative) is not a deadline.
    paragraphs = [normalize(p).strip() for p in SEED_PARAGRAPHS]
    found = [d for p in paragraphs for d in find_deadlines(p, issued_on=ISSUED)]
    assert [(d.text, d.due_on, d.kind) for d in found] == [
        ("chậm nhất trong tháng 4/2026", date(2026, 4, 30), "month"),
        ("trước ngày 30/6/2026", date(2026, 6, 29), "date"),
        ("trong tháng 4/2026", date(2026, 4, 30), "month"),
    ]


@pytest.mark.parametrize(("sentence", "phrase", "due", "kind"), [
    # another province's notice (Quảng Ngãi, issued 02/10/2026)
    ("tham mưu UBND tỉnh điều chuyển vốn từ các dự án giải ngân chậm sang các dự án có khả năng "
     "giải ngân tốt; báo cáo UBND tỉnh chậm nhất ngày 20.10.2026.", "chậm nhất ngày 20.10.2026",
     date(2026, 10, 20), "date"),
    ("báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Xây dựng) trước 14 giờ, ngày 05/12/2026 để "
     "tổng hợp báo cáo tại phiên họp thường kỳ tháng 12 của UBND tỉnh.",
     "trước 14 giờ, ngày 05/12/2026", date(2026, 12, 5), "date"),
    ("đề xuất xử lý theo quy định của hợp đồng và Quyết định số 08/2023/QĐ-UBND ngày 15/3/2023 "
     "của UBND tỉnh; thời gian hoàn thành trong tháng 11/2026.", "trong tháng 11/2026",
     date(2026, 11, 30), "month"),
    ("hoàn thành việc bàn giao toàn bộ mặt bằng trong quý IV/2026.", "trong quý IV/2026",
     date(2026, 12, 31), "quarter"),
])
def test_other_province_sentences(sentence, phrase, due, kind):
    deadline = only(sentence, issued_on=date(2026, 10, 2))
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, kind)


# --- a named day -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "phrase", "due"), [
    # strictly before
    ("Thời gian hoàn thành trước ngày 30/6/2026.", "trước ngày 30/6/2026", date(2026, 6, 29)),
    ("báo cáo UBND tỉnh trước 30/6/2026.", "trước 30/6/2026", date(2026, 6, 29)),
    ("phải xong trước ngày 30/6/2026", "trước ngày 30/6/2026", date(2026, 6, 29)),
    ("kịp thời tổng hợp, báo cáo trước ngày 01/7/2026", "trước ngày 01/7/2026", date(2026, 6, 30)),
    ("Thời hạn hoàn thành: trước ngày 10/8/2026", "trước ngày 10/8/2026", date(2026, 8, 9)),
    ("trước thứ Sáu, ngày 05/6/2026", "trước thứ Sáu, ngày 05/6/2026", date(2026, 6, 4)),
    ("chậm nhất là trước ngày 01/01/2027", "chậm nhất là trước ngày 01/01/2027",
     date(2026, 12, 31)),
    # up to and including the day
    ("báo cáo chậm nhất ngày 30/6/2026", "chậm nhất ngày 30/6/2026", date(2026, 6, 30)),
    ("chậm nhất là ngày 30/6/2026.", "chậm nhất là ngày 30/6/2026", date(2026, 6, 30)),
    ("gửi chậm nhất vào ngày 30/6/2026;", "chậm nhất vào ngày 30/6/2026", date(2026, 6, 30)),
    ("Muộn nhất ngày 30/6/2026", "Muộn nhất ngày 30/6/2026", date(2026, 6, 30)),
    ("trình UBND tỉnh trong ngày 30/6/2026", "trong ngày 30/6/2026", date(2026, 6, 30)),
    ("hạn 30/6/2026", "hạn 30/6/2026", date(2026, 6, 30)),
    ("thời hạn: 30/6/2026", "thời hạn: 30/6/2026", date(2026, 6, 30)),
    ("Hạn chót nộp hồ sơ: 30/9/2026", "Hạn chót nộp hồ sơ: 30/9/2026", date(2026, 9, 30)),
    ("hoàn thành ngày 30/6/2026", "hoàn thành ngày 30/6/2026", date(2026, 6, 30)),
    ("hoàn thành trong ngày 30/6/2026", "trong ngày 30/6/2026", date(2026, 6, 30)),
    ("trước hoặc trong ngày 30/6/2026", "trước hoặc trong ngày 30/6/2026", date(2026, 6, 30)),
    ("đảm bảo tiến độ đến ngày 30/9/2026 giải ngân 100% kế hoạch vốn", "đến ngày 30/9/2026",
     date(2026, 9, 30)),
    ("Chậm nhất đến hết ngày 31/12/2026", "Chậm nhất đến hết ngày 31/12/2026",
     date(2026, 12, 31)),
    ("không quá ngày 30/6/2026", "không quá ngày 30/6/2026", date(2026, 6, 30)),
    ("được gia hạn đến ngày 30/6/2026", "đến ngày 30/6/2026", date(2026, 6, 30)),
    ("Thời gian thực hiện: ngày 20/5/2026", "ngày 20/5/2026", date(2026, 5, 20)),
    ("Thời gian hoàn thành: 30/6/2026", "30/6/2026", date(2026, 6, 30)),
])
def test_named_day_cues(sentence, phrase, due):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, "date")
    assert deadline.text in sentence


@pytest.mark.parametrize(("sentence", "due"), [
    ("gửi Văn phòng UBND tỉnh trước ngày 20.7.2020", date(2020, 7, 19)),
    ("trước ngày 30-6-2026", date(2026, 6, 29)),
    ("trước ngày 30 / 6 / 2026", date(2026, 6, 29)),
    ("hoàn thành trước ngày 05 tháng 12 năm 2017", date(2017, 12, 4)),
    ("chậm nhất ngày 5 tháng 12 năm 2026", date(2026, 12, 5)),
    # An hour before the date: that hour is on that very day.
    ("báo cáo trước 14 giờ, ngày 05/12/2026", date(2026, 12, 5)),
    ("báo cáo trước 14h00 ngày 05/12/2026", date(2026, 12, 5)),
    ("báo cáo UBND tỉnh trước 14 giờ 00 ngày 20/7/2020 (thứ Hai).", date(2020, 7, 20)),
    ("trước 16 giờ 30 phút, thứ Sáu, ngày 05/6/2026", date(2026, 6, 5)),
    ("trước 8 giờ sáng ngày 20/5/2026", date(2026, 5, 20)),
    ("hoàn thành trước 31 tháng 12 năm 2026", date(2026, 12, 30)),
    ("báo cáo Ban Chỉ đạo trước 15/7.", date(2026, 7, 14)),
    ("chậm nhất 20/5", date(2026, 5, 20)),
    ("Thời gian hoàn thành: 15/7", date(2026, 7, 15)),
])
def test_date_forms(sentence, due):
    assert only(sentence).due_on == due


@pytest.mark.parametrize(("sentence", "issued_on", "due"), [
    ("trước ngày 15/5", ISSUED, date(2026, 5, 14)),  # later this year
    ("trước ngày 15/4", ISSUED, date(2026, 4, 14)),  # the issue day itself has not passed
    ("trước ngày 10/3", ISSUED, date(2027, 3, 9)),  # already past: next year's
    ("chậm nhất ngày 15/4", ISSUED, date(2026, 4, 15)),
    ("chậm nhất ngày 10/01", date(2026, 12, 20), date(2027, 1, 10)),
    ("trước 17 giờ ngày 20/12", date(2026, 12, 20), date(2026, 12, 20)),
])
def test_dates_without_a_year_take_the_notice_year_or_the_next(sentence, issued_on, due):
    assert only(sentence, issued_on).due_on == due


def test_date_without_a_year_and_without_issue_date_is_left_open():
    deadline = only("báo cáo trước ngày 15/5", issued_on=None)
    assert (deadline.text, deadline.due_on, deadline.kind) == ("trước ngày 15/5", None, "date")


def test_deadline_before_the_notice_date_is_kept():
    # An upstream typo: the caller warns, the parser keeps what was written.
    assert only("báo cáo trước ngày 10/4/2026").due_on == date(2026, 4, 9)


# --- periods -----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "phrase", "due", "kind"), [
    ("thời gian hoàn thành trong tháng 4/2026", "trong tháng 4/2026", date(2026, 4, 30),
     "month"),
    ("chậm nhất trong tháng 4/2026", "chậm nhất trong tháng 4/2026", date(2026, 4, 30), "month"),
    ("hoàn thành trong tháng 4 năm 2026", "trong tháng 4 năm 2026", date(2026, 4, 30), "month"),
    ("Thời gian hoàn thành: tháng 02/2027", "tháng 02/2027", date(2027, 2, 28), "month"),
    ("hoàn thành trong tháng 4", "trong tháng 4", date(2026, 4, 30), "month"),
    ("hoàn thành trong tháng 3", "trong tháng 3", date(2027, 3, 31), "month"),
    ("trước tháng 5/2026", "trước tháng 5/2026", date(2026, 4, 30), "month"),
    ("hoàn thành trước tháng 01/2027", "trước tháng 01/2027", date(2026, 12, 31), "month"),
    ("tổ chức trong tháng 11, tháng 12 năm 2026", "trong tháng 11, tháng 12 năm 2026",
     date(2026, 12, 31), "month"),
    ("hoàn thành trong tháng 11 và 12/2026", "trong tháng 11 và 12/2026", date(2026, 12, 31),
     "month"),
    ("Thời gian thực hiện: Từ tháng 6/2026 đến tháng 9/2026", "đến tháng 9/2026",
     date(2026, 9, 30), "month"),
    ("hoàn thành vào cuối tháng 6/2026", "vào cuối tháng 6/2026", date(2026, 6, 30), "month"),
    ("trong quý II/2026", "trong quý II/2026", date(2026, 6, 30), "quarter"),
    ("hoàn thành trong quý 2/2026", "trong quý 2/2026", date(2026, 6, 30), "quarter"),
    ("trình UBND tỉnh trong Quý III năm 2026", "trong Quý III năm 2026", date(2026, 9, 30),
     "quarter"),
    ("Thời gian: Hoàn thành trong Quý IV/2026.", "trong Quý IV/2026", date(2026, 12, 31),
     "quarter"),
    ("trước quý III/2026", "trước quý III/2026", date(2026, 6, 30), "quarter"),
    ("tiến độ: quý I/2027", "quý I/2027", date(2027, 3, 31), "quarter"),
    ("hoàn thành trong quý I", "trong quý I", date(2027, 3, 31), "quarter"),
    ("hoàn thành trong 6 tháng đầu năm 2026", "trong 6 tháng đầu năm 2026", date(2026, 6, 30),
     "half"),
    ("trong 6 tháng cuối năm 2026", "trong 6 tháng cuối năm 2026", date(2026, 12, 31), "half"),
    ("Thời gian thực hiện: 6 tháng đầu năm 2027", "6 tháng đầu năm 2027", date(2027, 6, 30),
     "half"),
    ("hoàn thành trong năm 2026", "trong năm 2026", date(2026, 12, 31), "year"),
    ("Thời gian hoàn thành: năm 2026", "năm 2026", date(2026, 12, 31), "year"),
    ("Trong năm 2026, triển khai thí điểm tại 03 xã", "Trong năm 2026", date(2026, 12, 31),
     "year"),
    ("trước năm 2027", "trước năm 2027", date(2026, 12, 31), "year"),
    ("duy trì đến hết năm 2026", "đến hết năm 2026", date(2026, 12, 31), "year"),
    ("hoàn thành trong năm nay", "trong năm nay", date(2026, 12, 31), "year"),
])
def test_periods(sentence, phrase, due, kind):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, kind)


@pytest.mark.parametrize(("cell", "due", "kind"), [
    ("Tháng 4 năm 2026", date(2026, 4, 30), "month"),
    ("Quý II/2026", date(2026, 6, 30), "quarter"),
    ("30/6/2026", date(2026, 6, 30), "date"),
    ("Năm 2026", date(2026, 12, 31), "year"),
])
def test_a_table_cell_holding_only_a_period_is_a_deadline(cell, due, kind):
    deadline = only(cell)
    assert (deadline.text, deadline.due_on, deadline.kind) == (cell, due, kind)


def test_period_without_year_and_without_issue_date_is_left_open():
    deadline = only("hoàn thành trong quý III", issued_on=None)
    assert (deadline.due_on, deadline.kind) == (None, "quarter")


# --- not deadlines -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "theo Báo cáo số 95/BC-SKHHCN ngày 13/4/2026 của Sở",
    "đã được phê duyệt tại Quyết định số 262/QĐ-UBND ngày 12/12/2025;",
    "(sau Thông báo số 184/TB-VPCP ngày 10/4/2026 của Văn phòng Chính phủ)",
    "Ngày 14/4/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh đã chủ trì buổi làm việc",
    "Để thực hiện hoàn thành nhiệm vụ năm 2026 được UBND tỉnh giao",
    "kế hoạch nhiệm vụ các tháng cuối năm 2026",
    "Cơ bản thống nhất với một số nhiệm vụ, giải pháp các tháng còn lại trong năm 2026 theo "
    "Báo cáo số 95/BC-SKHHCN ngày 13/4/2026",
    "là căn cứ để đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, đơn vị "
    "trong năm 2026.",
    "báo cáo kết quả thực hiện nhiệm vụ trọng tâm trong Quý I/2026",
    "Báo cáo tháng 4/2026 của Sở Tài chính",
    "số liệu tính đến ngày 31/3/2026",
    "số liệu tính đến hết tháng 6/2026",
    "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050",
    "Quyết định này có hiệu lực kể từ ngày ký ban hành.",
    "bố trí từ nguồn chi thường xuyên năm 2026",
    "dự toán ngân sách hằng năm",
    "doanh thu tăng liên tục qua các năm",
    "trong 10 ngày qua, trên địa bàn xảy ra 3 vụ cháy",
    "kết quả 9 tháng đầu năm 2026",
    "thời gian 10 ngày",
    "cử 3/4 số cán bộ tham gia trước 14/15 xã",
    "sau 10 ngày kể từ ngày ký, nếu không có ý kiến thì coi như đồng ý",
    "Trước mắt, tập trung tham mưu các giải pháp hỗ trợ doanh nghiệp",
    "Văn bản số 12/UBND-KT ngày 31/2/2026",  # a typo in a reference is not our concern
    "không quá 1/3 tổng kinh phí",
    "đến 2/3 số xã hoàn thành",
    "trước 3/4 số hộ được hỗ trợ",
    "Tồn tại, hạn chế: quý I/2026 giải ngân chậm",
])
def test_not_deadlines(sentence):
    assert find_deadlines(sentence, issued_on=ISSUED) == []


def test_reference_date_next_to_a_deadline_is_skipped():
    sentence = ("Theo Báo cáo số 95/BC-SKHHCN ngày 13/4/2026 của Sở, yêu cầu các đơn vị báo cáo "
                "trước ngày 30/6/2026.")
    assert [d.text for d in find_deadlines(sentence, issued_on=ISSUED)] == ["trước ngày 30/6/2026"]


def test_cut_off_words_only_in_their_own_sense():
    sentence = "bảo đảm tính khả thi, hoàn thành đến ngày 30/6/2026"
    assert only(sentence).due_on == date(2026, 6, 30)
    assert find_deadlines("Quyết định có hiệu lực đến ngày 31/12/2026", issued_on=ISSUED) == []


def test_up_to_a_past_day_is_a_status_not_a_deadline():
    issued = date(2026, 10, 2)
    status = ("Đến ngày 25/9/2026, tổng vốn đầu tư công năm 2026 của tỉnh đã giải ngân đạt "
              "52,3% kế hoạch vốn")
    assert find_deadlines(status, issued_on=issued) == []
    assert find_deadlines("Đến hết tháng 9/2026, đã giải ngân 52%", issued_on=issued) == []
    # the same words about a day still ahead are a deadline
    ahead = "Đến ngày 30/11/2026, các xã phải hoàn thành bàn giao mặt bằng"
    assert only(ahead, issued).due_on == date(2026, 11, 30)


def test_data_cut_off_then_deadline():
    sentence = ("số liệu báo cáo tính từ ngày 15/12/2025 đến ngày 14/6/2026; gửi về Sở Nội vụ "
                "trước ngày 20/6/2026.")
    assert [(d.text, d.due_on) for d in find_deadlines(sentence, issued_on=ISSUED)] == [
        ("trước ngày 20/6/2026", date(2026, 6, 19))]


def test_period_already_over_at_issue_is_narrative_unless_firmly_cued():
    assert find_deadlines("tổng kết vào năm 2010", issued_on=date(2026, 1, 5)) == []
    # "hoàn thành trong" is a firm cue: kept (a deadline earlier than the notice, to warn about)
    assert only("hoàn thành trong tháng 3/2026").due_on == date(2026, 3, 31)


# --- relative and working days --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "phrase", "due", "kind"), [
    ("trong vòng 10 ngày kể từ ngày ký", "trong vòng 10 ngày kể từ ngày ký", date(2026, 4, 25),
     "relative"),
    ("báo cáo trong 10 ngày.", "trong 10 ngày", date(2026, 4, 25), "relative"),
    ("10 ngày kể từ ngày nhận được văn bản này", "10 ngày kể từ ngày nhận được văn bản này",
     date(2026, 4, 25), "relative"),
    ("trong thời hạn 15 ngày kể từ ngày ban hành", "trong thời hạn 15 ngày kể từ ngày ban hành",
     date(2026, 4, 30), "relative"),
    ("trong 10 ngày kể từ ngày 01/7/2026", "trong 10 ngày kể từ ngày 01/7/2026",
     date(2026, 7, 11), "relative"),
    ("trong vòng 02 tuần", "trong vòng 02 tuần", date(2026, 4, 29), "relative"),
    ("trong vòng 01 tháng kể từ ngày ký", "trong vòng 01 tháng kể từ ngày ký", date(2026, 5, 15),
     "relative"),
    ("trong vòng mười ngày", "trong vòng mười ngày", date(2026, 4, 25), "relative"),
    ("báo cáo ngay trong ngày.", "ngay trong ngày", ISSUED, "relative"),
    ("trong 05 ngày làm việc", "trong 05 ngày làm việc", date(2026, 4, 22), "working_days"),
    ("Trong thời hạn 07 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ",
     "Trong thời hạn 07 ngày làm việc kể từ ngày nhận được", date(2026, 4, 24), "working_days"),
])
def test_relative_deadlines(sentence, phrase, due, kind):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, kind)


@pytest.mark.parametrize(("issued_on", "n", "due"), [
    # Tết 2026: Mon 16 .. Fri 20 February are holidays, then the weekend.
    (date(2026, 2, 13), 1, date(2026, 2, 23)),
    (date(2026, 2, 13), 5, date(2026, 2, 27)),
    (date(2026, 2, 12), 2, date(2026, 2, 23)),
    # 30/4 and 1/5 (Thu, Fri) then the weekend; 27/4 is the observed Hùng Kings day.
    (date(2026, 4, 29), 1, date(2026, 5, 4)),
    (date(2026, 4, 24), 1, date(2026, 4, 28)),
    (date(2026, 4, 24), 5, date(2026, 5, 6)),
    # an ordinary week: Friday + 1 is Monday
    (date(2026, 6, 5), 1, date(2026, 6, 8)),
    (date(2026, 6, 5), 0, date(2026, 6, 5)),
])
def test_working_days_after_skips_weekends_and_holidays(issued_on, n, due):
    assert working_days_after(issued_on, n) == due


def test_working_days_phrase_across_tet():
    deadline = only("trong 05 ngày làm việc kể từ ngày ký", issued_on=date(2026, 2, 13))
    assert (deadline.due_on, deadline.kind) == (date(2026, 2, 27), "working_days")


def test_working_days_after_refuses_negative_counts():
    with pytest.raises(ValueError):
        working_days_after(ISSUED, -1)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("trong vòng 10 ngày kể từ ngày ký", "relative"),
    ("trong 05 ngày làm việc", "working_days"),
])
def test_relative_without_issue_date_is_left_open(sentence, kind):
    deadline = only(sentence, issued_on=None)
    assert (deadline.due_on, deadline.kind) == (None, kind)


# --- ongoing and recurring ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Thời gian thực hiện: thường xuyên", "thường xuyên"),
    ("Thường xuyên kiểm tra, đôn đốc việc thực hiện", "Thường xuyên"),
    ("thực hiện thường xuyên, liên tục", "thường xuyên, liên tục"),
    ("tổ chức thực hiện hằng năm", "hằng năm"),
    ("thực hiện hàng năm", "hàng năm"),
    ("cập nhật liên tục trên Cổng thông tin", "liên tục"),
    ("Thời gian thực hiện: lâu dài", "lâu dài"),
])
def test_ongoing(sentence, phrase):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on, deadline.kind, deadline.recurrence) == (
        phrase, None, "ongoing", None)


@pytest.mark.parametrize(("sentence", "phrase", "due", "recurrence"), [
    ("báo cáo UBND tỉnh trước ngày 20 hằng tháng", "trước ngày 20 hằng tháng", date(2026, 4, 19),
     "monthly:20"),
    ("trước ngày 10 hằng tháng", "trước ngày 10 hằng tháng", date(2026, 5, 9), "monthly:10"),
    ("chậm nhất vào ngày 25 hằng tháng", "chậm nhất vào ngày 25 hằng tháng", date(2026, 4, 25),
     "monthly:25"),
    ("trước ngày 31 hàng tháng", "trước ngày 31 hàng tháng", date(2026, 4, 29), "monthly:31"),
    ("định kỳ hằng tháng, trước ngày 20", "định kỳ hằng tháng, trước ngày 20",
     date(2026, 4, 19), "monthly:20"),
    ("từ ngày 1 đến ngày 5 hằng tháng", "đến ngày 5 hằng tháng", date(2026, 5, 5), "monthly:5"),
    ("báo cáo định kỳ 6 tháng, hằng năm", "định kỳ 6 tháng, hằng năm", date(2026, 6, 30),
     "semiannual"),
    ("báo cáo định kỳ hằng quý", "định kỳ hằng quý", date(2026, 6, 30), "quarterly"),
    ("báo cáo hằng tháng", "hằng tháng", date(2026, 4, 30), "monthly"),
    ("định kỳ hằng năm", "định kỳ hằng năm", date(2026, 12, 31), "yearly"),
    ("hằng quý, 6 tháng và năm", "hằng quý, 6 tháng và năm", date(2026, 6, 30), "quarterly"),
    ("trước ngày 15/12 hằng năm", "trước ngày 15/12 hằng năm", date(2026, 12, 14),
     "yearly:12-15"),
    ("trước ngày 15/3 hằng năm", "trước ngày 15/3 hằng năm", date(2027, 3, 14), "yearly:03-15"),
    ("ngày 05 tháng 12 hằng năm", "ngày 05 tháng 12 hằng năm", date(2026, 12, 5),
     "yearly:12-05"),
    ("báo cáo trước ngày 15/5 và 15/11 hằng năm", "trước ngày 15/5 và 15/11 hằng năm",
     date(2026, 5, 14), "yearly:05-15,11-15"),
    ("trước 16 giờ thứ Sáu hằng tuần", "trước 16 giờ thứ Sáu hằng tuần", date(2026, 4, 17),
     "weekly:5"),
    ("báo cáo hằng tuần (trước 16 giờ thứ Năm)", "hằng tuần (trước 16 giờ thứ Năm)",
     date(2026, 4, 16), "weekly:4"),
    ("trước thứ Hai hằng tuần", "trước thứ Hai hằng tuần", date(2026, 4, 19), "weekly:1"),
    ("báo cáo trước ngày 15/6 và trước ngày 15/12 hằng năm",
     "trước ngày 15/6 và trước ngày 15/12 hằng năm", date(2026, 6, 14), "yearly:06-15,12-15"),
])
def test_recurring(sentence, phrase, due, recurrence):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on, deadline.kind, deadline.recurrence) == (
        phrase, due, "recurring", recurrence)


def test_recurring_without_issue_date_keeps_the_rhythm():
    deadline = only("trước ngày 20 hằng tháng", issued_on=None)
    assert (deadline.due_on, deadline.kind, deadline.recurrence) == (None, "recurring",
                                                                     "monthly:20")


# --- several deadlines in one paragraph -----------------------------------------------------

def test_chain_gives_every_step_in_order():
    sentence = ("Giao các sở, ngành xây dựng kế hoạch, gửi Sở Kế hoạch và Đầu tư trước ngày "
                "01/11/2021 để tổng hợp, tham mưu trình UBND tỉnh trước ngày 15/11/2021.")
    assert [(d.text, d.due_on) for d in find_deadlines(sentence, issued_on=None)] == [
        ("trước ngày 01/11/2021", date(2021, 10, 31)),
        ("trước ngày 15/11/2021", date(2021, 11, 14)),
    ]


def test_mixed_paragraph_in_order():
    sentence = ("Thường xuyên kiểm tra, đôn đốc; báo cáo sơ kết trong quý III/2026 và báo cáo "
                "UBND tỉnh trước ngày 20 hằng tháng.")
    found = find_deadlines(sentence, issued_on=ISSUED)
    assert [(d.text, d.kind) for d in found] == [
        ("Thường xuyên", "ongoing"),
        ("trong quý III/2026", "quarter"),
        ("trước ngày 20 hằng tháng", "recurring"),
    ]
    for d in found:
        assert d.text in sentence


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("thời gian hoàn thành **chậm nhất trong tháng 4/2026**.", "chậm nhất trong tháng 4/2026"),
    ("Thời gian hoàn thành **trước ngày 30/6/2026**.", "trước ngày 30/6/2026"),
    ("trước ngày **30/6/2026**", "trước ngày **30/6/2026"),
])
def test_stray_bold_marks_are_tolerated(sentence, phrase):
    deadline = only(sentence)
    assert deadline.text == phrase
    assert deadline.due_on in (date(2026, 4, 30), date(2026, 6, 29))


def test_case_and_capitals():
    assert only("TRƯỚC NGÀY 30/6/2026").due_on == date(2026, 6, 29)
    assert only("Hoàn thành trong QUÝ II/2026").due_on == date(2026, 6, 30)


# --- days that do not exist -------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Thời gian hoàn thành trước ngày 31/2/2026.", "trước ngày 31/2/2026"),
    ("chậm nhất ngày 30/02", "chậm nhất ngày 30/02"),
    ("báo cáo trước ngày 32/1/2026", "trước ngày 32/1/2026"),
    ("hạn 15/13/2026", "hạn 15/13/2026"),
    ("hoàn thành trong tháng 13/2026", "trong tháng 13/2026"),
    ("trước ngày 29/2/2027", "trước ngày 29/2/2027"),
    ("trước ngày 31 tháng 4 năm 2026", "trước ngày 31 tháng 4 năm 2026"),
    ("trước ngày 32 hằng tháng", "trước ngày 32 hằng tháng"),
    ("trong 10 ngày kể từ ngày 31/6/2026", "trong 10 ngày kể từ ngày 31/6/2026"),
])
def test_invalid_dates_raise_naming_the_phrase(sentence, phrase):
    with pytest.raises(InvalidDateError) as caught:
        find_deadlines(sentence, issued_on=ISSUED)
    assert caught.value.phrase == phrase
    assert isinstance(caught.value, BadInputError)
    assert caught.value.exit_code == 4
    assert phrase in caught.value.message


def test_leap_day_exists_in_leap_years():
    assert only("trước ngày 29/2/2028").due_on == date(2028, 2, 28)


def test_invalid_date_message_in_both_languages():
    try:
        for lang, word in (("vi", "sửa"), ("en", "correct")):
            i18n.set_language(lang)
            with pytest.raises(InvalidDateError) as caught:
                find_deadlines("trước ngày 31/2/2026", issued_on=None)
            message = caught.value.message
            assert "“trước ngày 31/2/2026”" in message and word in message
            assert message.count(".") + message.count(";") <= 2
    finally:
        i18n.set_language("vi")


# --- periods named through a meeting, part of a month, Tết ------------------------

NOV = date(2026, 11, 20)  # a notice of late November 2026


@pytest.mark.parametrize(("sentence", "phrase", "due", "kind"), [
    ("Sở Tài chính tổng hợp, báo cáo UBND tỉnh tại phiên họp thường kỳ tháng 12/2026.",
     "tại phiên họp thường kỳ tháng 12/2026", date(2026, 12, 31), "month"),
    ("Sở Nội vụ trình UBND tỉnh tại phiên họp thường kỳ của UBND tỉnh tháng 01 năm 2027.",
     "tại phiên họp thường kỳ của UBND tỉnh tháng 01 năm 2027", date(2027, 1, 31), "month"),
    ("Sở Xây dựng báo cáo tại phiên họp tháng 12.", "tại phiên họp tháng 12",
     date(2026, 12, 31), "month"),
    ("Hoàn thành trong tuần đầu tháng 01/2027.", "trong tuần đầu tháng 01/2027",
     date(2027, 1, 7), "date"),
    ("gửi báo cáo về Sở Tài chính trong tuần thứ hai của tháng 3/2027",
     "trong tuần thứ hai của tháng 3/2027", date(2027, 3, 14), "date"),
    ("tổ chức ra quân trong tuần cuối tháng 12", "trong tuần cuối tháng 12",
     date(2026, 12, 31), "date"),
    ("báo cáo kết quả trong 10 ngày đầu tháng 01/2027", "trong 10 ngày đầu tháng 01/2027",
     date(2027, 1, 10), "date"),
    # Strictly before the week starts, as "trước tháng 5" ends on 30/4.
    ("hoàn thành trước tuần cuối tháng 12/2026", "trước tuần cuối tháng 12/2026",
     date(2026, 12, 24), "date"),
    ("thời hạn: tuần đầu tháng 1/2027", "thời hạn: tuần đầu tháng 1/2027", date(2027, 1, 7),
     "date"),
    # Tết 2027 falls on 6/2; the first day off is "29 Tết", 4/2/2027.
    ("Sở Công Thương bảo đảm cung ứng đủ hàng hóa thiết yếu trước Tết Nguyên đán.",
     "trước Tết Nguyên đán", date(2027, 2, 3), "date"),
    ("hoàn thành việc chi trả trợ cấp trước Tết Nguyên đán Đinh Mùi năm 2027",
     "trước Tết Nguyên đán Đinh Mùi năm 2027", date(2027, 2, 3), "date"),
    ("tặng quà cho các hộ chính sách chậm nhất trước Tết Đinh Mùi",
     "chậm nhất trước Tết Đinh Mùi", date(2027, 2, 3), "date"),
    ("trả lương cho người lao động trước Tết", "trước Tết", date(2027, 2, 3), "date"),
    ("thanh toán dứt điểm nợ đọng trước Tết Dương lịch 2027", "trước Tết Dương lịch 2027",
     date(2026, 12, 31), "date"),
])
def test_meeting_week_and_tet_periods(sentence, phrase, due, kind):
    deadline = only(sentence, NOV)
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, kind)


def test_tet_of_the_notice_year_when_still_ahead():
    # Tết 2026 falls on 17/2; its first day off is New Year's Eve, 16/2/2026.
    assert only("giải ngân trước Tết Nguyên đán", date(2026, 1, 10)).due_on == date(2026, 2, 15)


@pytest.mark.parametrize("sentence", [
    # The meeting is what the report is for: the deadline is the date before it.
    "báo cáo về UBND tỉnh trước 14 giờ, ngày 05/12/2026 để tổng hợp báo cáo tại phiên họp "
    "thường kỳ tháng 12/2026.",
])
def test_meeting_as_a_purpose_is_not_the_deadline(sentence):
    assert [d.text for d in find_deadlines(sentence, issued_on=NOV)] == [
        "trước 14 giờ, ngày 05/12/2026"]


@pytest.mark.parametrize("sentence", [
    # No day nor period the work must fit in: nothing is guessed.
    "Sở Tài chính trình HĐND tỉnh trước kỳ họp HĐND tỉnh cuối năm 2026.",
    # A past meeting is narrative.
    "Tại phiên họp thường kỳ tháng 9/2026, UBND tỉnh đã thống nhất chủ trương.",
    "bảo đảm cung ứng hàng hóa dịp trước, trong và sau Tết",
    "chuẩn bị đón Tết Nguyên đán Đinh Mùi năm 2027",
    "tổ chức hội nghị vào đầu tháng 01/2027",
])
def test_meeting_and_tet_words_without_a_deadline(sentence):
    assert find_deadlines(sentence, issued_on=NOV) == []


@pytest.mark.parametrize(("sentence", "due", "recurrence"), [
    # recurrence names the cited day; due_on applies the cue's strictness.
    ("báo cáo trước ngày 20 hằng tháng", date(2026, 12, 19), "monthly:20"),
    ("báo cáo chậm nhất ngày 20 hằng tháng", date(2026, 11, 20), "monthly:20"),  # the notice day
    ("báo cáo trước ngày 15/12 hằng năm", date(2026, 12, 14), "yearly:12-15"),
])
def test_recurrence_names_the_cited_day_due_on_applies_strictness(sentence, due, recurrence):
    deadline = only(sentence, NOV)
    assert (deadline.due_on, deadline.recurrence, deadline.kind) == (due, recurrence, "recurring")
