"""Deadline phrases of real notices → due dates (domain.md, "Deadlines (thời hạn)")."""

from datetime import date

import pytest

from tui_tracker import i18n
from tui_tracker.errors import BadInputError, InvalidDateError
from tui_tracker.model import Deadline
from tui_tracker.parsing.deadlines import (
    find_deadlines,
    pick_deadline,
    read_deadline,
    working_days_after,
)
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
    # The year in words after a numeric day: that year, not the notice's.
    ("trước ngày 15/12 năm 2027", date(2027, 12, 14)),
    ("hạn 15/3 năm 2027", date(2027, 3, 15)),
    ("trong các ngày 26, 27/9 năm 2027", date(2027, 9, 27)),
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


# --- an event over several days names its last day (issue 14, point 4) ------------------

@pytest.mark.parametrize(("sentence", "phrase", "due"), [
    ("tổ chức Hội nghị trong 2 ngày 26/9 và 27/9/2026", "trong 2 ngày 26/9 và 27/9/2026",
     date(2026, 9, 27)),
    ("tổ chức Hội nghị từ ngày 26/9 đến ngày 27/9/2026", "từ ngày 26/9 đến ngày 27/9/2026",
     date(2026, 9, 27)),
    ("Hội chợ diễn ra trong các ngày 26, 27/9/2026", "trong các ngày 26, 27/9/2026",
     date(2026, 9, 27)),
    ("Thời gian: các ngày 26, 27 và 28/9/2026", "các ngày 26, 27 và 28/9/2026",
     date(2026, 9, 28)),
    ("tổ chức trong 02 ngày (26 và 27/9/2026)", "trong 02 ngày (26 và 27/9/2026)",
     date(2026, 9, 27)),
    ("tổ chức tập huấn trong hai ngày 26 và 27 tháng 9 năm 2026",
     "trong hai ngày 26 và 27 tháng 9 năm 2026", date(2026, 9, 27)),
    ("tổ chức trong các ngày 26 - 27/9/2026", "trong các ngày 26 - 27/9/2026", date(2026, 9, 27)),
    ("tổ chức từ ngày 26 đến ngày 27/9/2026", "từ ngày 26 đến ngày 27/9/2026", date(2026, 9, 27)),
    ("Thời gian tổ chức: 02 ngày, từ ngày 26 - 27/9/2026", "02 ngày, từ ngày 26 - 27/9/2026",
     date(2026, 9, 27)),
    # Not "3 days from 25/9": the days are named.
    ("diễn ra trong 03 ngày, từ ngày 25/9 đến ngày 27/9/2026",
     "trong 03 ngày, từ ngày 25/9 đến ngày 27/9/2026", date(2026, 9, 27)),
    ("Thời gian thực hiện: từ ngày 01/10/2026 đến ngày 31/12/2026",
     "từ ngày 01/10/2026 đến ngày 31/12/2026", date(2026, 12, 31)),
    # Across New Year: the first day is in the year before.
    ("trực Tết trong các ngày 31/12 và 01/01/2027", "trong các ngày 31/12 và 01/01/2027",
     date(2027, 1, 1)),
    ("Thời gian: ngày 26 và ngày 27/9", "ngày 26 và ngày 27/9", date(2026, 9, 27)),
    # Before the event: the day before it starts.
    ("chuẩn bị xong trước các ngày 26, 27/9/2026", "trước các ngày 26, 27/9/2026",
     date(2026, 9, 25)),
    ("tổ chức trong thời gian 02 ngày (từ ngày 26/9 đến hết ngày 27/9/2026)",
     "trong thời gian 02 ngày (từ ngày 26/9 đến hết ngày 27/9/2026)", date(2026, 9, 27)),
    ("tổ chức vào 2 ngày 26, 27/9/2026", "vào 2 ngày 26, 27/9/2026", date(2026, 9, 27)),
    # A count of days, then the one day it names: that day, not "1 day from now".
    ("Hội nghị tổ chức trong 01 ngày, ngày 26/9/2026", "trong 01 ngày, ngày 26/9/2026",
     date(2026, 9, 26)),
])
def test_an_event_over_several_days_is_due_on_its_last_day(sentence, phrase, due):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, "date")


@pytest.mark.parametrize(("sentence", "texts"), [
    # Past days are narrative (an inspection told in the opening), not a deadline.
    ("Trong 2 ngày 12 và 13/4/2026, Đoàn công tác đã kiểm tra thực tế", []),
    ("Từ ngày 01/3 đến ngày 10/4/2026, Sở đã tiếp nhận 50 hồ sơ", []),
    # Data periods and fractions are no events.
    ("số liệu tính từ ngày 01/01 đến ngày 31/3/2026", []),
    ("từ 1/3 đến 2/3 số xã hoàn thành", []),
    # Two report days months apart are not one event: the first cue reads as before.
    ("báo cáo trước ngày 15/6 và 15/12/2026", ["trước ngày 15/6"]),
    # A meeting's days, without a cue, date nothing.
    ("tổ chức vào ngày 26 và 27/9/2026", []),
    # Counted from a day: a relative deadline, as before.
    ("báo cáo trong 10 ngày từ ngày 20/4/2026", ["trong 10 ngày từ ngày 20/4/2026"]),
])
def test_several_days_that_are_no_event_deadline(sentence, texts):
    assert [d.text for d in find_deadlines(sentence, issued_on=ISSUED)] == texts


def test_a_day_that_does_not_exist_in_an_event_is_an_error():
    with pytest.raises(InvalidDateError) as caught:
        find_deadlines("tổ chức trong các ngày 30, 31/9/2026", issued_on=ISSUED)
    assert caught.value.phrase == "trong các ngày 30, 31/9/2026"


# --- labelled periodic reports and chains in a rhythm (issue 14, point 4) -----------------

QUARTER_ENDS = "yearly:03-{d},06-{d},09-{d},12-{d}"


def steps(text: str, issued_on: date = ISSUED):
    return [(d.text, d.due_on, d.kind, d.recurrence)
            for d in find_deadlines(normalize(text), issued_on=issued_on)]


@pytest.mark.parametrize("text", [
    "- Báo cáo quý: các đơn vị gửi Sở Nội vụ trước ngày 10 tháng cuối quý; Sở Nội vụ tổng hợp "
    "trước ngày 15.",
    "Báo cáo quý: các đơn vị gửi Sở Nội vụ trước ngày 10 của tháng cuối quý. Sở Nội vụ tổng "
    "hợp, báo cáo UBND tỉnh trước ngày 15.",
    "Định kỳ hằng quý, các đơn vị gửi Sở Nội vụ trước ngày 10 tháng cuối quý; Sở Nội vụ tổng "
    "hợp trước ngày 15.",
])
def test_quarterly_chain_two_recurring_steps_in_the_quarters_last_month(text):
    (first, second) = steps(text)
    assert first[1:] == (date(2026, 6, 9), "recurring", QUARTER_ENDS.format(d=10))
    assert first[0].startswith("trước ngày 10") and first[0].endswith("tháng cuối quý")
    assert second == ("trước ngày 15", date(2026, 6, 14), "recurring", QUARTER_ENDS.format(d=15))


@pytest.mark.parametrize(("text", "phrase", "due", "recurrence"), [
    ("chậm nhất ngày 25 tháng cuối quý", "chậm nhất ngày 25 tháng cuối quý", date(2026, 6, 25),
     QUARTER_ENDS.format(d=25)),
    ("trước ngày 10 tháng thứ ba của quý", "trước ngày 10 tháng thứ ba của quý",
     date(2026, 6, 9), QUARTER_ENDS.format(d=10)),
    # The first month of the next quarter: January, April, July, October.
    ("hằng quý, trước ngày 05 của tháng đầu quý sau",
     "hằng quý, trước ngày 05 của tháng đầu quý sau", date(2026, 7, 4),
     "yearly:01-05,04-05,07-05,10-05"),
    ("Báo cáo quý: trước ngày 20 tháng cuối kỳ báo cáo", "trước ngày 20 tháng cuối kỳ báo cáo",
     date(2026, 6, 19), QUARTER_ENDS.format(d=20)),
    ("Báo cáo 6 tháng: trước ngày 20 tháng cuối kỳ", "trước ngày 20 tháng cuối kỳ",
     date(2026, 6, 19), "yearly:06-20,12-20"),
    ("Báo cáo tháng: trước ngày 05 của tháng sau", "trước ngày 05 của tháng sau",
     date(2026, 5, 4), "monthly:5"),
    ("định kỳ 6 tháng, chậm nhất ngày 15 của tháng cuối kỳ",
     "định kỳ 6 tháng, chậm nhất ngày 15 của tháng cuối kỳ", date(2026, 6, 15),
     "yearly:06-15,12-15"),
    ("báo cáo năm trước ngày 20 tháng cuối năm", "trước ngày 20 tháng cuối năm",
     date(2026, 12, 19), "yearly:12-20"),
    ("trước ngày 25 của tháng cuối mỗi quý", "trước ngày 25 của tháng cuối mỗi quý",
     date(2026, 6, 24), QUARTER_ENDS.format(d=25)),
    # One day of several months, every year.
    ("trước ngày 15 tháng 6 và tháng 12 hằng năm", "trước ngày 15 tháng 6 và tháng 12 hằng năm",
     date(2026, 6, 14), "yearly:06-15,12-15"),
    ("chậm nhất ngày 15 tháng 3, 6, 9 và 12 hằng năm",
     "chậm nhất ngày 15 tháng 3, 6, 9 và 12 hằng năm", date(2026, 6, 15),
     QUARTER_ENDS.format(d=15)),
])
def test_a_day_of_a_periods_month_recurs_each_period(text, phrase, due, recurrence):
    assert steps(text) == [(phrase, due, "recurring", recurrence)]


@pytest.mark.parametrize("text", [
    # "kỳ" without a rhythm before it, "tháng sau" alone: which period? Nothing is guessed.
    "gửi báo cáo trước ngày 20 tháng cuối kỳ",
    "gửi báo cáo trước ngày 05 tháng sau",
    # A bare day with nothing before it to take its month from.
    "Sở Nội vụ tổng hợp trước ngày 15.",
    # A quarterly label does not say which month of the quarter.
    "Báo cáo quý: gửi Sở Nội vụ trước ngày 15.",
])
def test_a_day_without_its_month_or_period_is_no_deadline(text):
    assert steps(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Báo cáo tháng: trước ngày 20 hằng tháng",
     [("trước ngày 20 hằng tháng", date(2026, 4, 19), "recurring", "monthly:20")]),
    ("Báo cáo tháng: các xã gửi UBND huyện trước ngày 20; UBND huyện tổng hợp trước ngày 25.",
     [("trước ngày 20", date(2026, 4, 19), "recurring", "monthly:20"),
      ("trước ngày 25", date(2026, 4, 24), "recurring", "monthly:25")]),
    ("Định kỳ hằng tháng, các xã báo cáo UBND huyện chậm nhất ngày 20",
     [("chậm nhất ngày 20", date(2026, 4, 20), "recurring", "monthly:20")]),
    ("Báo cáo 6 tháng: trước ngày 15/6; báo cáo năm: trước ngày 15/12.",
     [("trước ngày 15/6", date(2026, 6, 14), "recurring", "yearly:06-15"),
      ("trước ngày 15/12", date(2026, 12, 14), "recurring", "yearly:12-15")]),
    ("- Báo cáo năm: các sở gửi Sở Tài chính trước ngày 05/12; Sở Tài chính tổng hợp trước "
     "ngày 15.",
     [("trước ngày 05/12", date(2026, 12, 4), "recurring", "yearly:12-05"),
      ("trước ngày 15", date(2026, 12, 14), "recurring", "yearly:12-15")]),
    ("Báo cáo quý: trước ngày 15/3, 15/6, 15/9 và 15/12",
     [("trước ngày 15/3, 15/6, 15/9 và 15/12", date(2026, 6, 14), "recurring",
       QUARTER_ENDS.format(d=15))]),
    ("trước ngày 15/5 và 15/11 hằng năm, Sở Tài chính tổng hợp trước ngày 20",
     [("trước ngày 15/5 và 15/11 hằng năm", date(2026, 5, 14), "recurring",
       "yearly:05-15,11-15"),
      ("trước ngày 20", date(2026, 5, 19), "recurring", "yearly:05-20,11-20")]),
    # Terms, school years, nine months and named halves are reports once a year.
    ("- Báo cáo học kỳ I: gửi trước ngày 15/01; - Báo cáo năm học: gửi trước ngày 15/6.",
     [("trước ngày 15/01", date(2027, 1, 14), "recurring", "yearly:01-15"),
      ("trước ngày 15/6", date(2026, 6, 14), "recurring", "yearly:06-15")]),
    ("Báo cáo sơ kết 6 tháng đầu năm: trước ngày 10/6; báo cáo tổng kết năm: trước ngày 10/12",
     [("trước ngày 10/6", date(2026, 6, 9), "recurring", "yearly:06-10"),
      ("trước ngày 10/12", date(2026, 12, 9), "recurring", "yearly:12-10")]),
    ("Báo cáo 9 tháng: trước ngày 15/9",
     [("trước ngày 15/9", date(2026, 9, 14), "recurring", "yearly:09-15")]),
    ("Báo cáo quý (theo mẫu tại Phụ lục): gửi trước ngày 10 tháng cuối quý; Sở tổng hợp trước "
     "ngày 15.",
     [("trước ngày 10 tháng cuối quý", date(2026, 6, 9), "recurring", QUARTER_ENDS.format(d=10)),
      ("trước ngày 15", date(2026, 6, 14), "recurring", QUARTER_ENDS.format(d=15))]),
    # Another phrase between the label and the bare day does not hide the label's rhythm.
    ("Báo cáo tháng: thường xuyên cập nhật, gửi trước ngày 20",
     [("thường xuyên", None, "ongoing", None),
      ("trước ngày 20", date(2026, 4, 19), "recurring", "monthly:20")]),
    # A report of one named period is no label.
    ("báo cáo 6 tháng đầu năm 2026: trước ngày 15/6",
     [("trước ngày 15/6", date(2026, 6, 14), "date", None)]),
    # A day with its year names one occurrence, label or not.
    ("Báo cáo năm: gửi Sở Tài chính trước ngày 15/12/2026",
     [("trước ngày 15/12/2026", date(2026, 12, 14), "date", None)]),
    # A label with no day keeps its rhythm as before.
    ("Báo cáo 6 tháng: gửi Sở Nội vụ để tổng hợp",
     [("6 tháng", date(2026, 6, 30), "recurring", "semiannual")]),
])
def test_labelled_reports_and_bare_days_in_their_rhythm(text, expected):
    assert steps(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare day after a dated step of the same sentence: that month (or the next).
    ("các sở gửi Sở Tài chính trước ngày 10/12/2026; Sở Tài chính tổng hợp trước ngày 15.",
     [date(2026, 12, 9), date(2026, 12, 14)]),
    ("các xã gửi UBND huyện chậm nhất ngày 25/12/2026, UBND huyện tổng hợp, báo cáo trước ngày 05",
     [date(2026, 12, 25), date(2027, 1, 4)]),
    # Another sentence: the bare day is not read.
    ("các sở gửi Sở Tài chính trước ngày 10/12/2026. Sở Tài chính tổng hợp trước ngày 15.",
     [date(2026, 12, 9)]),
])
def test_a_bare_day_after_a_dated_step(text, expected):
    assert [d.due_on for d in find_deadlines(text, issued_on=ISSUED)] == expected


def test_a_bare_day_that_the_month_before_lacks_is_an_error():
    with pytest.raises(InvalidDateError):
        find_deadlines("gửi trước ngày 10/11/2026; tổng hợp trước ngày 31", issued_on=ISSUED)


def test_recurring_without_issue_date_keeps_the_rhythm_of_labelled_steps():
    assert steps("Báo cáo quý: gửi trước ngày 10 tháng cuối quý; tổng hợp trước ngày 15.",
                 issued_on=None) == [
        ("trước ngày 10 tháng cuối quý", None, "recurring", QUARTER_ENDS.format(d=10)),
        ("trước ngày 15", None, "recurring", QUARTER_ENDS.format(d=15))]


# --- a year inside a programme's name is not a deadline (issue 14, point 4) ----------------

@pytest.mark.parametrize("sentence", [
    "triển khai Chiến lược phát triển khoa học và công nghệ đến năm 2030, tầm nhìn đến năm 2050",
    "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026 - 2030",
    "quán triệt Nghị quyết số 29-NQ/TW về công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, "
    "tầm nhìn đến năm 2045",
    "Nghị quyết về phát triển vùng đến năm 2045",
    "Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    "thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
    "Đề án phát triển du lịch tỉnh đến năm 2030",
    "Quy hoạch chung đô thị đến năm 2040",
    "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030",
    "Chương trình phát triển nhà ở đến năm 2030 và định hướng đến năm 2045",
    "Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
    "xây dựng Kế hoạch thực hiện Chiến lược, tầm nhìn 2050",
    "triển khai Nghị quyết trong giai đoạn 2026-2030",
    # A programme's phase is named with its years, not dated by them.
    "Chương trình mục tiêu quốc gia giai đoạn 2026 – 2035: giai đoạn I từ năm 2026 đến năm 2030",
    "phấn đấu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới",
])
def test_a_year_inside_a_programmes_name_is_not_a_deadline(sentence):
    assert find_deadlines(sentence, issued_on=ISSUED) == []


@pytest.mark.parametrize(("sentence", "phrase", "due"), [
    # The programme's years stay out; the task's own deadline is read.
    ("Xây dựng Kế hoạch thực hiện Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2050, "
     "hoàn thành trong quý III/2026", "trong quý III/2026", date(2026, 9, 30)),
    ("Kế hoạch 5 năm giai đoạn 2026-2030 của tỉnh, trình UBND tỉnh trước ngày 30/6/2026",
     "trước ngày 30/6/2026", date(2026, 6, 29)),
    ("triển khai Chương trình chuyển đổi số đến năm 2025, định hướng đến năm 2030, hoàn thành "
     "đến năm 2026", "đến năm 2026", date(2026, 12, 31)),
    ("triển khai Kế hoạch số 12/KH-UBND thực hiện Chiến lược đến năm 2030 trong năm 2026",
     "trong năm 2026", date(2026, 12, 31)),
    # "từ … đến năm …" with no phase named dates the work (kept as before).
    ("thực hiện từ năm 2026 đến năm 2028", "đến năm 2028", date(2028, 12, 31)),
])
def test_a_programmes_years_beside_the_tasks_own_deadline(sentence, phrase, due):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on) == (phrase, due)


# --- THE rule that picks a directive's deadline (parser and corrections) -----------------

def _d(text: str, due: date | None, kind: str, recurrence: str | None = None) -> Deadline:
    return Deadline(text=text, due_on=due, kind=kind, recurrence=recurrence)


def test_pick_nothing_from_nothing():
    assert pick_deadline([]) is None


@pytest.mark.parametrize(("found", "picked"), [
    # A chain ends with its last step.
    ([_d("trước ngày 01/11/2026", date(2026, 10, 31), "date"),
      _d("trước ngày 15/11/2026", date(2026, 11, 14), "date")], 1),
    # A fixed day beats a rhythm and an ongoing duty, wherever it stands.
    ([_d("thường xuyên", None, "ongoing"), _d("trước ngày 20 hằng tháng", date(2026, 4, 19),
                                            "recurring", "monthly:20"),
      _d("trong quý III/2026", date(2026, 9, 30), "quarter")], 2),
    # A fixed phrase without a resolved day (no notice date) does not count as fixed.
    ([_d("trong 10 ngày", None, "relative"), _d("trước ngày 20 hằng tháng", None, "recurring",
                                               "monthly:20")], 1),
    # Without a fixed day: the first rhythm (a recurring chain's first step) …
    ([_d("trước ngày 10 tháng cuối quý", date(2026, 6, 9), "recurring",
         "yearly:03-10,06-10,09-10,12-10"),
      _d("trước ngày 15", date(2026, 6, 14), "recurring", "yearly:03-15,06-15,09-15,12-15")], 0),
    # … else the first phrase at all.
    ([_d("thường xuyên", None, "ongoing"), _d("lâu dài", None, "ongoing")], 0),
])
def test_pick_deadline(found, picked):
    assert pick_deadline(found) is found[picked]


@pytest.mark.parametrize(("text", "phrase", "due", "kind"), [
    ("gửi Sở Tài chính trước ngày 01/11/2026 để tổng hợp, trình UBND tỉnh trước ngày\n"
     "15/11/2026", "trước ngày 15/11/2026", date(2026, 11, 14), "date"),
    ("Thường xuyên theo dõi; báo cáo trước ngày 20 hằng tháng", "trước ngày 20 hằng tháng",
     date(2026, 4, 19), "recurring"),
    ("tổ chức trong 2 ngày 26/9 và 27/9/2026", "trong 2 ngày 26/9 và 27/9/2026",
     date(2026, 9, 27), "date"),
    ("Báo cáo quý: gửi trước ngày 10 tháng cuối quý; tổng hợp trước ngày 15",
     "trước ngày 10 tháng cuối quý", date(2026, 6, 9), "recurring"),
    ("  chậm   nhất\tngày 30/6/2026 ", "chậm nhất ngày 30/6/2026", date(2026, 6, 30), "date"),
])
def test_read_deadline_reads_a_text_as_the_parser_does(text, phrase, due, kind):
    deadline = read_deadline(text, issued_on=ISSUED)
    assert deadline is not None
    assert (deadline.text, deadline.due_on, deadline.kind) == (phrase, due, kind)


def test_read_deadline_without_a_phrase_and_with_a_day_that_does_not_exist():
    assert read_deadline("Giao Sở Y tế rà soát.", issued_on=ISSUED) is None
    with pytest.raises(InvalidDateError):
        read_deadline("trước ngày 31/2/2026", issued_on=ISSUED)


@pytest.mark.parametrize(("text", "rolls"), [
    # Every code the rules above write is one the store rolls forward (its only consumer).
    ("Báo cáo quý: gửi trước ngày 10 tháng cuối quý",
     [date(2026, 6, 9), date(2026, 9, 9), date(2026, 12, 9), date(2027, 3, 9)]),
    ("hằng quý, chậm nhất ngày 31 của tháng cuối quý",
     [date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31), date(2027, 3, 31)]),
    ("Báo cáo 6 tháng: trước ngày 20 tháng cuối kỳ",
     [date(2026, 6, 19), date(2026, 12, 19), date(2027, 6, 19)]),
    ("Báo cáo tháng: các xã gửi trước ngày 20; huyện tổng hợp trước ngày 25",
     [date(2026, 4, 19), date(2026, 5, 19), date(2026, 6, 19)]),
    ("Báo cáo năm: trước ngày 15/12", [date(2026, 12, 14), date(2027, 12, 14)]),
])
def test_the_store_rolls_the_codes_of_periodic_reports(text, rolls):
    from tui_tracker.store.recurrence import next_occurrence, shift_of

    deadline = read_deadline(text, issued_on=ISSUED)
    assert deadline is not None and deadline.due_on == rolls[0]
    shift = shift_of(deadline.recurrence, deadline.due_on)
    due = deadline.due_on
    for expected in rolls[1:]:
        due = next_occurrence(deadline.recurrence, due, shift)
        assert due == expected


@pytest.mark.parametrize(("sentence", "phrase", "due"), [
    # A completion verb opening the part of the sentence makes a bare "trong" firm.
    ("Sở Nông nghiệp và Môi trường đẩy nhanh tiến độ cấp giấy chứng nhận cho hộ gia đình, cá "
     "nhân; hoàn thành chỉ tiêu được giao trong năm 2026.", "trong năm 2026", date(2026, 12, 31)),
    ("phấn đấu hoàn thành các chỉ tiêu kinh tế - xã hội trong năm 2026", "trong năm 2026",
     date(2026, 12, 31)),
    ("rà soát hồ sơ tồn đọng, hoàn tất các thủ tục còn lại trong tháng 6/2026",
     "trong tháng 6/2026", date(2026, 6, 30)),
])
def test_a_completion_verb_opening_the_clause_makes_trong_firm(sentence, phrase, due):
    deadline = only(sentence)
    assert (deadline.text, deadline.due_on) == (phrase, due)


@pytest.mark.parametrize(("text", "due", "code"), [
    ("Báo cáo tuần: trước 16 giờ thứ Sáu", date(2026, 11, 20), "weekly:5"),
    ("- Báo cáo hằng tuần: gửi Văn phòng vào thứ Hai", date(2026, 11, 23), "weekly:1"),
    ("Báo cáo tuần (qua hệ thống điện tử): chậm nhất thứ Năm", date(2026, 11, 26), "weekly:4"),
])
def test_a_weekday_under_a_weekly_label_repeats_each_week(text: str, due: date, code: str) -> None:
    found = find_deadlines(text, issued_on=date(2026, 11, 20))  # a Friday
    assert [(d.due_on, d.kind, d.recurrence) for d in found] == [(due, "recurring", code)]


def test_a_weekday_without_a_weekly_rhythm_is_no_duty() -> None:
    assert find_deadlines("Tổ chức họp vào thứ Sáu tuần này.", issued_on=date(2026, 11, 20)) == []
