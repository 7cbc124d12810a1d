"""Header, opening paragraph and footer of real notices (domain.md, "Anatomy of a notice")."""

from datetime import date
from pathlib import Path

import pytest

from tui_tracker import i18n
from tui_tracker.errors import InvalidDateError
from tui_tracker.parsing.header import parse_header, recase, split_agencies
from tui_tracker.text import normalize

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(autouse=True)
def vietnamese():
    before = i18n.get_language()
    i18n.set_language("vi")
    yield
    i18n.set_language(before)


def header_of(text: str):
    return parse_header(normalize(text))


def fixture(name: str):
    return header_of((FIXTURES / name).read_text(encoding="utf-8"))


# --- the seed ----------------------------------------------------------------------

def test_seed_header():
    h, warnings = fixture("01_seed_tb_kl_khcn.txt")
    assert h.doc_type == "TB"
    assert h.number is None and h.issuer is None and h.issued_on is None and h.place is None
    assert h.title == (
        "Kết luận của Phó Chủ tịch UBND tỉnh Trần Phước Hiền tại buổi làm việc với Sở Khoa học "
        "và Công nghệ về tình hình thực hiện nhiệm vụ Quý I/2026, kế hoạch nhiệm vụ các tháng "
        "cuối năm 2026")
    assert h.meeting_on == date(2026, 4, 14)
    assert h.meeting_place == "Trụ sở UBND tỉnh"
    assert h.presiding == "Phó Chủ tịch UBND tỉnh Trần Phước Hiền"
    assert h.addressees == []
    assert warnings == [i18n.t("parse.header.no_number"),
                        i18n.t("parse.header.no_issue_date_meeting", date="14/04/2026"),
                        i18n.t("parse.header.no_issuer")]


def test_seed_attendees_keep_the_comma_inside_van_hoa_the_thao_va_du_lich():
    h, _ = fixture("01_seed_tb_kl_khcn.txt")
    assert h.attendees == [
        "Tài chính", "Nông nghiệp và Môi trường", "Xây dựng", "Công Thương",
        "Giáo dục và Đào tạo", "Văn hóa, Thể thao và Du lịch", "Y tế", "Nội vụ",
        "Thanh tra tỉnh", "Dân tộc và Tôn giáo", "Tỉnh Đoàn", "Văn phòng UBND tỉnh",
        # "; lãnh đạo Sở Khoa học và Công nghệ và các phòng, đơn vị trực thuộc Sở"
        "Sở Khoa học và Công nghệ",
    ]


def test_seed_footer():
    h, _ = fixture("01_seed_tb_kl_khcn.txt")
    assert h.signer == "Phùng Tô Long"
    assert h.signer_title == "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"
    assert h.recipients == [
        "Chủ tịch, PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các xã, phường, đặc khu",
        "VPUB: CVP, PCVP, Các phòng, ban, đơn vị", "Cổng TTĐT tỉnh", "Lưu: VT, KGVX.PTT261"]


# --- the fixtures --------------------------------------------------------------------

def test_tb_ubnd_with_a_header_written_column_by_column():
    h, warnings = fixture("02_tb_ubnd_dau_tu_cong.txt")
    assert (h.doc_type, h.number) == ("TB", "215/TB-UBND")
    assert h.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert (h.place, h.issued_on) == ("Quảng Ngãi", date(2026, 10, 2))
    assert h.meeting_on == date(2026, 9, 28)  # "Chiều ngày 28/9/2026"
    assert h.meeting_place == "Phòng họp số 1, Trụ sở UBND tỉnh"
    assert h.presiding == "Chủ tịch UBND tỉnh Nguyễn Hoàng Minh"
    assert h.attendees[:5] == ["Tài chính", "Xây dựng", "Nông nghiệp và Môi trường", "Tư pháp",
                               "Thanh tra tỉnh"]
    assert h.attendees[-3:] == ["UBND xã Bình Sơn", "UBND xã Vạn Tường", "UBND xã Đông Sơn"]
    assert h.signer == "Võ Thị Ngọc Hà"  # after "(Đã ký)"
    assert h.signer_title == "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"
    assert h.recipients[3] == "Các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Tư pháp"
    assert len(h.recipients) == 10
    assert warnings == []


def test_cong_van_with_flattened_columns_vv_and_kinh_gui():
    h, warnings = fixture("03_cv_ubnd_giai_ngan.txt")
    assert (h.doc_type, h.number) == ("CV", "3653/UBND-KTTH")
    assert (h.issuer, h.place, h.issued_on) == ("UBND tỉnh Gia Lai", "Gia Lai", date(2026, 11, 16))
    assert h.title == ("V/v triển khai các giải pháp cấp bách thúc đẩy giải ngân vốn đầu tư công "
                       "những tháng cuối năm 2026")
    assert h.addressees == [
        "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường",
        "Kho bạc Nhà nước khu vực XIV",
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
        "UBND các xã, phường"]
    assert h.meeting_on is None and h.presiding is None and h.attendees == []
    assert (h.signer, h.signer_title) == ("Nguyễn Tuấn Anh", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    assert h.recipients[0] == "Như trên"
    assert warnings == []


def test_party_notice():
    h, warnings = fixture("04_tb_tinh_uy_chuyen_doi_so.txt")
    assert h.doc_type == "TB"
    assert h.number == "2927-TB/TU"  # written "2927 -TB/TU": spaces tidied
    assert h.issuer == "Tỉnh ủy Quảng Ngãi"
    assert (h.place, h.issued_on) == ("Quảng Ngãi", date(2026, 10, 20))
    assert h.title.startswith("Kết luận của Ban Thường vụ Tỉnh ủy về tình hình thực hiện")
    assert (h.meeting_on, h.meeting_place) == (date(2026, 10, 15), "Trụ sở Tỉnh ủy")
    assert h.presiding == "Lê Minh Tâm, Phó Bí thư Thường trực Tỉnh ủy"
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy" in h.attendees
    assert h.recipients == [  # Party style: items end with commas
        "Các đồng chí Tỉnh ủy viên", "Đảng đoàn HĐND tỉnh", "Ban cán sự đảng UBND tỉnh",
        "Các ban, cơ quan, đơn vị của Tỉnh ủy", "Các đảng ủy trực thuộc Tỉnh ủy",
        "Lưu Văn phòng Tỉnh ủy"]
    assert h.signer_title == "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC"
    assert h.signer == "Lê Minh Tâm"
    assert warnings == []


def test_nfd_notice_with_nbsp_and_lookalike_letters():
    h, warnings = fixture("05_tb_vp_nfd_nbsp.txt")
    assert h.number == "412/TB-VP"
    assert h.issuer == "Văn phòng UBND tỉnh Gia Lai"  # "UBND TỈNH GIA LAI / VĂN PHÒNG"
    assert h.meeting_on == date(2026, 10, 27)  # "Sáng ngày 27/10/2026"
    assert h.presiding == "Phó Chủ tịch UBND tỉnh Đỗ Văn Khoa"  # written with Ð
    assert h.attendees[0] == "Bộ Chỉ huy Quân sự tỉnh"  # "Cùng dự có đại diện lãnh đạo: …"
    assert h.signer == "Đặng Thị Thu Hương"  # written with Ɖ
    assert warnings == []


def test_pdf_copy_with_page_breaks_and_bold():
    h, warnings = fixture("06_tb_pdf_page_breaks_tet.txt")
    assert (h.number, h.issued_on) == ("238/TB-UBND", date(2026, 11, 9))
    assert h.title == ("Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Thị Lan tại cuộc họp triển khai "
                       "công tác chuẩn bị đón Tết Nguyên đán Đinh Mùi năm 2027")
    assert h.presiding == "Phó Chủ tịch UBND tỉnh Nguyễn Thị Lan"
    assert "Báo và Phát thanh, Truyền hình Quảng Ngãi" in h.attendees
    assert "Văn hóa, Thể thao và Du lịch" in h.attendees
    # "- Công an tỉnh; Bộ CHQS tỉnh;" and a continuation line "N/cứu, CBTH;"
    assert h.recipients[2:4] == ["Công an tỉnh", "Bộ CHQS tỉnh"]
    assert "VPUB: CVP, PCVP, các phòng N/cứu, CBTH" in h.recipients
    assert h.signer == "Trần Quốc Bảo"
    assert warnings == []


def test_mangled_number_and_roman_sections():
    h, _ = fixture("07_tb_roman_sections_cds.txt")
    assert (h.doc_type, h.number) == ("TB", "1961/TBUBND")
    assert h.issuer == "UBND tỉnh Đắk Lắk"
    assert (h.meeting_on, h.meeting_place) == (date(2026, 11, 6), "Hội trường UBND tỉnh")
    assert h.attendees[:4] == ["Phó Chủ tịch UBND tỉnh", "Sở KH&CN", "Sở NN&MT", "Sở GD&ĐT"]
    assert h.attendees[-1] == "Chủ tịch UBND các xã, phường"


def test_government_office_notice():
    h, warnings = fixture("08_tb_vpcp_nha_o_xa_hoi.txt")
    assert (h.doc_type, h.number, h.issuer) == ("TB", "45/TB-VPCP", "Văn phòng Chính phủ")
    assert (h.place, h.issued_on) == ("Hà Nội", date(2026, 11, 6))
    assert h.meeting_on == date(2026, 10, 30)  # "Ngày 30 tháng 10 năm 2026"
    assert h.meeting_place == "Trụ sở Chính phủ"
    assert h.presiding == "Phó Thủ tướng Chính phủ Lê Quang Đạt"
    assert h.attendees[:4] == ["Xây dựng", "Tài chính", "Nông nghiệp và Môi trường",
                               "Văn hóa, Thể thao và Du lịch"]
    assert h.attendees[-1] == "UBND tỉnh Đắk Lắk"  # "UBND các tỉnh: Quảng Ngãi, Gia Lai, Đắk Lắk"
    assert h.signer_title == "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM"
    assert h.signer == "Trịnh Văn Hải"
    assert warnings == []


def test_every_fixture_has_a_title_a_signer_and_recipients():
    paths = sorted(FIXTURES.glob("*.txt"))
    assert len(paths) >= 8, "the fixtures are part of the repository"
    for path in paths:
        h, _ = header_of(path.read_text(encoding="utf-8"))
        assert h.title and h.signer and h.recipients, path.name


# --- numbers and types -------------------------------------------------------------------

@pytest.mark.parametrize(("line", "number", "doc_type"), [
    ("Số: 123/TB-UBND", "123/TB-UBND", "TB"),
    ("Số:1961/QĐUBND", "1961/QĐUBND", "QĐ"),
    ("Số 2927 -TB/TU", "2927-TB/TU", "TB"),
    ("Số: 45/TB-VPCP", "45/TB-VPCP", "TB"),
    ("Số: 08/2023/QĐ-UBND", "08/2023/QĐ-UBND", "QĐ"),
    ("SỐ: 12-KL/TU", "12-KL/TU", "KL"),
    ("Số: 3653/UBND-TNMT", "3653/UBND-TNMT", "CV"),
    # Spaces and dots as PDFs and Word leave them: read like the references (one rule).
    ("Số: 111 /TB - UBND", "111/TB-UBND", "TB"),
    ("Số: 111 / CV – UBND", "111/CV-UBND", "CV"),
    ("Số: 26/TB-VP.UBND", "26/TB-VP.UBND", "TB"),
    ("Số: 26 /TB-VP.UBND", "26/TB-VP.UBND", "TB"),
    ("Số 45 - TB/TU", "45-TB/TU", "TB"),
    ("Số: 315/UBND.KT", "315/UBND.KT", "CV"),
])
def test_number_line_without_a_type_line(line, number, doc_type):
    h, _ = header_of(f"UBND TỈNH QUẢNG NGÃI\n{line}\nQuảng Ngãi, ngày 05 tháng 6 năm 2026\n")
    assert (h.number, h.doc_type) == (number, doc_type)


@pytest.mark.parametrize(("type_line", "doc_type"), [
    ("THÔNG BÁO", "TB"), ("KẾT LUẬN", "KL"), ("QUYẾT ĐỊNH", "QĐ"), ("CHỈ THỊ", "CT"),
    ("KẾ HOẠCH", "KH"), ("BÁO CÁO", "BC"), ("CÔNG ĐIỆN", "CĐ"), ("THÔNG BÁO KẾT LUẬN", "TB"),
])
def test_type_line_gives_the_decree_30_code(type_line, doc_type):
    h, _ = header_of(f"UBND TỈNH GIA LAI\nSố: 12/UBND\n\n{type_line}\nVề việc thử nghiệm\n")
    assert h.doc_type == doc_type
    # The words after the type name open the summary: "Kết luận về việc …".
    expected = "Kết luận về việc thử nghiệm" if type_line == "THÔNG BÁO KẾT LUẬN" else \
        "Về việc thử nghiệm"
    assert h.title == expected


def test_spaced_number_on_a_flattened_line_keeps_place_and_date():
    h, _ = header_of("UBND TỈNH QUẢNG NGÃI\nSố:  123 / TB – UBND   Quảng Ngãi, ngày 5 tháng 6 năm "
                     "2026\n\nTHÔNG BÁO\nKết luận\n")
    assert (h.number, h.place, h.issued_on) == ("123/TB-UBND", "Quảng Ngãi", date(2026, 6, 5))


def test_type_words_inside_a_sentence_are_not_a_type_line():
    h, _ = header_of("Thông báo kết quả họp của Sở.\n")
    assert h.doc_type is None


def test_draft_with_a_blank_number():
    h, warnings = header_of("UBND TỈNH QUẢNG TRỊ\nSố:       /TB-UBND\n"
                            "Quảng Trị, ngày 31 tháng 12 năm 2026\nTHÔNG BÁO\nKết luận của Chủ tịch\n")
    assert h.number is None and h.doc_type == "TB"
    assert i18n.t("parse.header.no_number") in warnings


def test_cong_van_without_number_is_still_a_cong_van():
    h, _ = header_of("SỞ TÀI CHÍNH\nV/v góp ý dự thảo\n\nKính gửi: Sở Xây dựng\n\nSở Tài chính đề nghị.")
    assert (h.doc_type, h.title, h.addressees) == ("CV", "V/v góp ý dự thảo", ["Sở Xây dựng"])


# --- issuer, place and date --------------------------------------------------------------

@pytest.mark.parametrize(("lines", "issuer"), [
    (["UBND TỈNH GIA LAI", "VĂN PHÒNG"], "Văn phòng UBND tỉnh Gia Lai"),
    (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    (["TỈNH ỦY GIA LAI", "*"], "Tỉnh ủy Gia Lai"),
    (["VĂN PHÒNG CHÍNH PHỦ"], "Văn phòng Chính phủ"),
    (["BỘ TÀI CHÍNH"], "Bộ Tài chính"),
    # A department of the province is named after the province, not its committee.
    (["UBND TỈNH ĐẮK LẮK", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], "Sở Khoa học và Công nghệ tỉnh Đắk Lắk"),
    (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
     "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi"),
    (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "THANH TRA TỈNH"], "Thanh tra tỉnh Lâm Đồng"),
    # A Party committee under its Party organisation takes the place's name.
    (["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY", "*"], "Tỉnh ủy Nghệ An"),
    (["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "THÀNH ỦY", "*"], "Thành ủy Hà Nội"),
    (["ĐẢNG BỘ XÃ AN BÌNH", "ĐẢNG ỦY", "*"], "Đảng ủy xã An Bình"),
    (["ĐẢNG BỘ TỈNH NGHỆ AN", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "*"],
     "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An"),
    # A district's office, the standing committee of a council, a ministry's own spelling.
    (["UBND HUYỆN BÌNH SƠN", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
     "Phòng Tài chính - Kế hoạch huyện Bình Sơn"),
    (["UBND HUYỆN BÌNH SƠN", "PHÒNG KINH TẾ VÀ HẠ TẦNG"], "Phòng Kinh tế và Hạ tầng huyện Bình Sơn"),
    (["HĐND TỈNH QUẢNG NGÃI", "THƯỜNG TRỰC"], "Thường trực HĐND tỉnh Quảng Ngãi"),
    (["BỘ CÔNG THƯƠNG"], "Bộ Công Thương"),
    # An office that names its committee takes only the place from the line above.
    (["UBND HUYỆN NGHI LỘC", "VĂN PHÒNG HĐND VÀ UBND"], "Văn phòng HĐND và UBND huyện Nghi Lộc"),
    (["ỦY BAN NHÂN DÂN TỈNH GIA LAI", "VĂN PHÒNG ĐOÀN ĐBQH, HĐND VÀ UBND"],
     "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Gia Lai"),
    # A lower committee named with its own place: the organisation above is no part of it.
    (["ĐẢNG BỘ TỈNH GIA LAI", "HUYỆN ỦY CHƯ SÊ", "*"], "Huyện ủy Chư Sê"),
    (["ĐẢNG BỘ TỈNH GIA LAI", "THÀNH ỦY PLEIKU", "*"], "Thành ủy Pleiku"),
    (["ĐẢNG BỘ HUYỆN CHƯ SÊ", "ĐẢNG ỦY XÃ IA BLANG", "*"], "Đảng ủy xã Ia Blang"),
    # Urgency and secrecy stamps are no part of the name.
    (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "HỎA TỐC"], "Ủy ban nhân dân tỉnh Lâm Đồng"),
    (["UBND TỈNH GIA LAI", "VĂN PHÒNG", "THƯỢNG KHẨN"], "Văn phòng UBND tỉnh Gia Lai"),
    (["BỘ TÀI CHÍNH", "KHẨN"], "Bộ Tài chính"),
])
def test_issuer_from_the_agency_lines(lines, issuer):
    text = "\n".join([*lines, "Số: 7/TB-UBND", "Gia Lai, ngày 5/6/2026", "", "THÔNG BÁO", "Kết luận"])
    h, _ = header_of(text)
    assert h.issuer == issuer


def test_header_flattened_as_a_table_is_read_cell_by_cell():
    h, _ = header_of("VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                     "| Độc lập - Tự do - Hạnh phúc |\n"
                     "Số: 9142/VPCP-KTTH | Hà Nội, ngày 12 tháng 11 năm 2026 |\n"
                     "V/v báo cáo các dự án chậm tiến độ\n\nKính gửi: Bộ Tài chính\n")
    assert (h.issuer, h.number, h.place, h.issued_on) == (
        "Văn phòng Chính phủ", "9142/VPCP-KTTH", "Hà Nội", date(2026, 11, 12))


def test_urgency_stamp_below_the_date_is_not_the_issuer():
    h, _ = header_of("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 5120/UBND-KGVX\n"
                     "V/v ứng phó với dịch bệnh\nLâm Đồng, ngày 07 tháng 12 năm 2026\n\n"
                     "HỎA TỐC\n\nKính gửi: Sở Y tế\n")
    assert h.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"


def test_motto_lines_are_not_the_issuer_even_when_flattened():
    h, _ = header_of("UBND TỈNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "VĂN PHÒNG Độc lập - Tự do - Hạnh phúc\n"
                     "Số: 88/TB-VP Gia Lai, ngày 05 tháng 6 năm 2026\n\nTHÔNG BÁO\nKết luận\n")
    assert h.issuer == "Văn phòng UBND tỉnh Gia Lai"
    assert (h.number, h.place, h.issued_on) == ("88/TB-VP", "Gia Lai", date(2026, 6, 5))


@pytest.mark.parametrize(("line", "place", "issued"), [
    ("Gia Lai, ngày 05 tháng 6 năm 2026", "Gia Lai", date(2026, 6, 5)),
    ("Hà Nội, ngày 5/6/2026", "Hà Nội", date(2026, 6, 5)),
    ("TP. Hồ Chí Minh, ngày 01 tháng 12 năm 2026", "TP. Hồ Chí Minh", date(2026, 12, 1)),
    ("Thành phố Hồ Chí Minh, ngày 1-12-2026", "Thành phố Hồ Chí Minh", date(2026, 12, 1)),
    ("Đà Nẵng ngày 20 tháng 01 năm 2027", "Đà Nẵng", date(2027, 1, 20)),
])
def test_place_and_date_line(line, place, issued):
    h, _ = header_of(f"UBND TỈNH X\nSố: 1/TB-UBND\n{line}\n\nTHÔNG BÁO\nKết luận\n")
    assert (h.place, h.issued_on) == (place, issued)


@pytest.mark.parametrize("text", [
    # A body without its header: the dates of its sentences never date the notice.
    "a) Giao Sở Y tế rà soát danh mục thuốc trước ngày 30/6/2026.\n"
    "b) Giao Sở Tài chính bố trí kinh phí.\n",
    "- Sở Y tế báo cáo trước ngày 30/6/2026;\n- Sở Tài chính bố trí kinh phí.\n",
    "Giao Sở Y tế rà soát danh mục thuốc, báo cáo trước ngày 30/6/2026.\n",
    "Yêu cầu Sở Y tế báo cáo UBND tỉnh chậm nhất ngày 30/6/2026.\n",
])
def test_a_date_inside_a_sentence_is_not_the_issue_date(text):
    h, warnings = header_of(text)
    assert (h.issued_on, h.place, h.number, h.issuer) == (None, None, None, None)
    for key in ("parse.header.no_number", "parse.header.no_issue_date", "parse.header.no_issuer"):
        assert i18n.t(key) in warnings


def test_the_date_alone_on_its_line_still_dates_the_notice():
    h, _ = header_of("UBND TỈNH QUẢNG NGÃI\nSố: 12/TB-UBND\nngày 05 tháng 6 năm 2026\n\n"
                     "THÔNG BÁO\nKết luận\n")
    assert h.issued_on == date(2026, 6, 5)


def test_date_left_blank_keeps_the_place_and_warns():
    h, warnings = header_of("UBND TỈNH KHÁNH HÒA\nSố: 9/TB-UBND\nKhánh Hòa, ngày tháng 11 năm 2026\n"
                            "\nTHÔNG BÁO\nKết luận\n")
    assert (h.place, h.issued_on) == ("Khánh Hòa", None)
    assert i18n.t("parse.header.no_issue_date") in warnings


def test_a_day_that_does_not_exist_is_an_error_naming_the_phrase():
    with pytest.raises(InvalidDateError) as error:
        header_of("UBND TỈNH X\nSố: 1/TB-UBND\nX, ngày 31 tháng 2 năm 2026\n\nTHÔNG BÁO\nabc\n")
    assert error.value.phrase == "ngày 31 tháng 2 năm 2026"
    assert "31 tháng 2 năm 2026" in error.value.message


def test_date_cited_in_a_vv_line_is_not_the_issue_date():
    h, _ = header_of("UBND TỈNH X\nSố: 1/UBND-KT\nV/v thực hiện Thông báo ngày 05/11/2026\n\n"
                     "Kính gửi: Sở Tài chính\n")
    assert h.issued_on is None
    assert h.title == "V/v thực hiện Thông báo ngày 05/11/2026"


# --- title ----------------------------------------------------------------------------------

def test_title_in_capitals_is_written_as_in_a_sentence():
    h, _ = header_of("THÔNG BÁO\nKẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI BUỔI LÀM VIỆC VỚI SỞ XÂY DỰNG "
                     "VỀ TIẾN ĐỘ CÁC DỰ ÁN NHÀ Ở XÃ HỘI QUÝ IV/2026\n\nNgày 02/6/2026, tại …")
    assert h.title == ("Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng về tiến "
                       "độ các dự án nhà ở xã hội quý IV/2026")


def test_title_on_the_type_line():
    h, _ = header_of("THÔNG BÁO Kết luận của Giám đốc Sở Tài chính\n\nNgày 02/6/2026, tại Sở.")
    assert (h.doc_type, h.title) == ("TB", "Kết luận của Giám đốc Sở Tài chính")


def test_title_stops_where_the_body_runs_on_without_a_blank_line():
    h, _ = header_of("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n"
                     "Dưới sự chủ trì của Phó Chủ tịch UBND tỉnh Trần Hòa Nam, Tổ công tác đã họp.\n")
    assert h.title == "Về việc thành lập Tổ công tác"
    assert h.presiding == "Phó Chủ tịch UBND tỉnh Trần Hòa Nam"


def test_summary_without_its_type_line():
    h, _ = header_of("UBND TỈNH NINH THUẬN\nSố: 77/TB-UBND\nNinh Thuận, ngày 3 tháng 12 năm 2026\n\n"
                     "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống hạn\n\n"
                     "Ngày 01/12/2026, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Trần Quốc Nam chủ trì.\n")
    assert (h.doc_type, h.title) == ("TB", "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phòng, "
                                           "chống hạn")
    assert (h.meeting_on, h.presiding) == (date(2026, 12, 1), "Chủ tịch UBND tỉnh Trần Quốc Nam")


def test_no_title_warns():
    _, warnings = header_of("THÔNG BÁO\n\nNgày 14/4/2026, tại Trụ sở UBND tỉnh, họp.\n")
    assert i18n.t("parse.header.no_title") in warnings


# --- meeting, presiding, attendees -----------------------------------------------------------

NOTICE = "UBND TỈNH X\nSố: 1/TB-UBND\nX, ngày 16 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết luận\n\n{}\n"


@pytest.mark.parametrize(("sentence", "meeting"), [
    ("Ngày 14/4/2026, tại Trụ sở UBND tỉnh, đã họp.", date(2026, 4, 14)),
    ("Sáng ngày 14/4/2026, Phó Chủ tịch chủ trì.", date(2026, 4, 14)),
    ("Chiều ngày 14 tháng 4 năm 2026, đã họp.", date(2026, 4, 14)),
    ("Vào ngày 14/4/2026, Ban Thường vụ đã họp.", date(2026, 4, 14)),
    ("Chiều ngày 14/4, tại Trụ sở UBND tỉnh, đã họp.", date(2026, 4, 14)),  # the notice's year
    ("Ngày 14 và 15/4/2026, Đoàn công tác đã kiểm tra.", date(2026, 4, 14)),
    ("Thực hiện Chương trình công tác, ngày 14/4/2026, tại Trụ sở, đã họp.", date(2026, 4, 14)),
    ("Tại hội nghị ngày 14/4/2026, Ban Thường vụ Tỉnh ủy kết luận.", date(2026, 4, 14)),
])
def test_meeting_date(sentence, meeting):
    h, _ = header_of(NOTICE.format(sentence))
    assert h.meeting_on == meeting


def test_meeting_without_year_in_december_belongs_to_the_year_before_a_january_notice():
    h, _ = header_of("UBND TỈNH X\nSố: 1/TB-UBND\nX, ngày 05 tháng 01 năm 2027\n\nTHÔNG BÁO\n"
                     "Kết luận\n\nChiều ngày 28/12, tại Trụ sở UBND tỉnh, đã họp.\n")
    assert h.meeting_on == date(2026, 12, 28)


@pytest.mark.parametrize(("sentence", "place"), [
    ("Ngày 14/4/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì.", "Trụ sở UBND tỉnh"),
    ("Chiều ngày 14/4/2026, tại Phòng họp số 1, Trụ sở UBND tỉnh, Chủ tịch chủ trì.",
     "Phòng họp số 1, Trụ sở UBND tỉnh"),
    ("Ngày 14/4/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp tại Hội trường Tỉnh ủy.",
     "Hội trường Tỉnh ủy"),
    ("Tại Trụ sở Chính phủ, ngày 14/4/2026, Phó Thủ tướng chủ trì.", "Trụ sở Chính phủ"),
    ("Ngày 14/4/2026, Đoàn công tác kiểm tra tại các xã Phù Cát, Tuy Phước.", None),
])
def test_meeting_place(sentence, place):
    h, _ = header_of(NOTICE.format(sentence))
    assert h.meeting_place == place


def test_a_cited_documents_date_is_not_the_meeting_date():
    h, _ = header_of(NOTICE.format(
        "Căn cứ Thông báo số 184/TB-VPCP, ngày 10/4/2026 của Văn phòng Chính phủ; Quyết định "
        "số 262/QĐ-UBND ngày 12/12/2025, UBND tỉnh thông báo."))
    assert h.meeting_on is None


@pytest.mark.parametrize(("sentence", "presiding"), [
    ("Ngày 14/4/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Phước Hiền đã chủ trì "
     "buổi làm việc với Sở Khoa học và Công nghệ.", "Phó Chủ tịch UBND tỉnh Trần Phước Hiền"),
    ("Ngày 14/4/2026, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của đồng chí Hồ Văn Niên, "
     "Bí thư Tỉnh ủy để nghe báo cáo.", "Hồ Văn Niên, Bí thư Tỉnh ủy"),
    ("Ngày 14/4/2026, dưới sự chủ trì của Phó Chủ tịch UBND tỉnh Trần Phước Hiền, các sở đã "
     "họp.", "Phó Chủ tịch UBND tỉnh Trần Phước Hiền"),
    ("Hội nghị do đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh chủ trì vào ngày 14/4/2026.",
     "Hoàng Nam, Phó Chủ tịch UBND tỉnh"),
    ("Ngày 14/4/2026, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà đã làm việc "
     "với lãnh đạo tỉnh.", "Phó Thủ tướng Chính phủ Trần Hồng Hà"),
    ("Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch UBND tỉnh Nguyễn Văn A kết luận "
     "như sau:", "Chủ tịch UBND tỉnh Nguyễn Văn A"),
    ("Ngày 01/12/2026, đồng chí Nguyễn Văn A, PCT UBND tỉnh chủ trì cuộc họp.",
     "Nguyễn Văn A, PCT UBND tỉnh"),
])
def test_presiding(sentence, presiding):
    h, _ = header_of(NOTICE.format(sentence))
    assert h.presiding == presiding


# --- an inspection visit dates and names its leader like a meeting (issue 14, point 4) ----

VISIT = "UBND TỈNH X\nSố: 1/TB-UBND\nX, ngày 25 tháng 11 năm 2026\n\nTHÔNG BÁO\nKết luận\n\n{}\n\n" \
        "1. Giao Sở Xây dựng đôn đốc nhà thầu.\n"


@pytest.mark.parametrize(("sentence", "meeting", "presiding"), [
    ("Ngày 20/11/2026, Phó Chủ tịch UBND tỉnh Lê Văn Minh đã đi kiểm tra thực tế tình hình "
     "triển khai dự án đường ven biển.", date(2026, 11, 20), "Phó Chủ tịch UBND tỉnh Lê Văn Minh"),
    ("Ngày 20/11/2026, đồng chí Lê Văn Minh – Phó Chủ tịch UBND tỉnh dẫn đầu đoàn công tác kiểm "
     "tra tiến độ thi công các công trình.", date(2026, 11, 20),
     "Lê Văn Minh, Phó Chủ tịch UBND tỉnh"),
    ("Sáng ngày 20/11/2026, Chủ tịch UBND xã Nguyễn Văn Bình đã kiểm tra công tác phòng chống "
     "thiên tai tại thôn 3.", date(2026, 11, 20), "Chủ tịch UBND xã Nguyễn Văn Bình"),
    ("Sáng ngày 20/11/2026, Chủ tịch UBND xã đã kiểm tra công tác phòng chống thiên tai.",
     date(2026, 11, 20), "Chủ tịch UBND xã"),
    ("Ngày 20/11/2026, đồng chí Lê Văn Minh - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND "
     "tỉnh đã đi kiểm tra thực địa tại xã Bình Sơn.", date(2026, 11, 20),
     "Lê Văn Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh"),
    ("Chiều ngày 20/11/2026, Phó Chủ tịch UBND thành phố Nguyễn Thị Lan dẫn đầu Đoàn công tác "
     "của thành phố đi kiểm tra thực tế tại dự án.", date(2026, 11, 20),
     "Phó Chủ tịch UBND thành phố Nguyễn Thị Lan"),
    ("Ngày 20/11/2026, Đoàn công tác của UBND tỉnh do đồng chí Lê Văn Minh, Phó Chủ tịch UBND "
     "tỉnh làm Trưởng đoàn đã kiểm tra thực tế.", date(2026, 11, 20),
     "Lê Văn Minh, Phó Chủ tịch UBND tỉnh"),
    ("Ngày 20/11/2026, Bộ trưởng Bộ Xây dựng Trần Hồng Minh đã đi khảo sát, kiểm tra hiện trường "
     "dự án.", date(2026, 11, 20), "Bộ trưởng Bộ Xây dựng Trần Hồng Minh"),
    ("Ngày 20/11/2026, Phó Chủ tịch UBND huyện Trần Văn Cường đi thị sát vùng sạt lở.",
     date(2026, 11, 20), "Phó Chủ tịch UBND huyện Trần Văn Cường"),
    ("Ngày 20/11/2026, Bí thư Đảng ủy xã Phạm Văn Dũng cùng lãnh đạo các ban, ngành đã đi kiểm "
     "tra thực tế.", date(2026, 11, 20), "Bí thư Đảng ủy xã Phạm Văn Dũng"),
    ("Ngày 20/11/2026, Thứ trưởng Bộ Nông nghiệp và Môi trường Nguyễn Hoàng Hiệp và đại diện "
     "các cục đã làm việc với tỉnh.", date(2026, 11, 20),
     "Thứ trưởng Bộ Nông nghiệp và Môi trường Nguyễn Hoàng Hiệp"),
    # Several days: the first one.
    ("Trong 2 ngày 19 và 20/11/2026, Phó Chủ tịch UBND tỉnh Lê Văn Minh đã đi kiểm tra thực tế "
     "tại các huyện.", date(2026, 11, 19), "Phó Chủ tịch UBND tỉnh Lê Văn Minh"),
    ("Từ ngày 19 đến ngày 20/11/2026, Đoàn công tác do Phó Chủ tịch UBND tỉnh Lê Văn Minh dẫn "
     "đầu đã kiểm tra thực tế tại các xã.", date(2026, 11, 19),
     "Phó Chủ tịch UBND tỉnh Lê Văn Minh"),
    # A part of the day for "ngày", an hour first, a label for the chair.
    ("Chiều 20/11/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn Minh chủ trì cuộc "
     "họp về dự án.", date(2026, 11, 20), "Phó Chủ tịch UBND tỉnh Lê Văn Minh"),
    ("Sáng nay (20/11/2026), Chủ tịch UBND tỉnh Lê Văn Minh chủ trì họp.", date(2026, 11, 20),
     "Chủ tịch UBND tỉnh Lê Văn Minh"),
    ("Vào lúc 14 giờ 00 ngày 20/11/2026, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh chủ trì cuộc "
     "họp.", date(2026, 11, 20), "Chủ tịch UBND tỉnh"),
    ("Thực hiện Chương trình công tác năm 2026, ngày 20/11/2026, UBND tỉnh tổ chức hội nghị sơ "
     "kết. Chủ trì hội nghị: đồng chí Lê Văn Minh - Phó Chủ tịch UBND tỉnh.", date(2026, 11, 20),
     "Lê Văn Minh, Phó Chủ tịch UBND tỉnh"),
    ("Ngày 20/11/2026, UBND tỉnh tổ chức họp trực tuyến. Chủ trì: đồng chí Lê Văn Minh, Phó Chủ "
     "tịch UBND tỉnh.", date(2026, 11, 20), "Lê Văn Minh, Phó Chủ tịch UBND tỉnh"),
    ("Ngày 20/11/2026, đồng chí Lê Văn Minh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ "
     "đạo đã chủ trì hội nghị.", date(2026, 11, 20),
     "Lê Văn Minh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo"),
])
def test_an_inspection_visit_gives_the_meeting_date_and_the_presiding_official(
        sentence, meeting, presiding):
    h, _ = header_of(VISIT.format(sentence))
    assert (h.meeting_on, h.presiding) == (meeting, presiding)


def test_giao_chu_tri_in_the_opening_is_not_the_presiding_official():
    h, _ = header_of(NOTICE.format("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng."))
    assert h.presiding is None


@pytest.mark.parametrize(("sentence", "attendees"), [
    ("Tham dự cuộc họp có lãnh đạo các cơ quan, đơn vị: Tài chính, Văn hóa, Thể thao và Du lịch, "
     "Y tế.", ["Tài chính", "Văn hóa, Thể thao và Du lịch", "Y tế"]),
    ("Cùng dự có lãnh đạo Sở Tài chính, Sở Tư pháp và UBND thành phố Quy Nhơn.",
     ["Sở Tài chính", "Sở Tư pháp", "UBND thành phố Quy Nhơn"]),
    ("Tham dự có: lãnh đạo Sở Dân tộc và Tôn giáo; đại diện UBND xã Ba Tơ và các cơ quan liên "
     "quan.", ["Sở Dân tộc và Tôn giáo", "UBND xã Ba Tơ"]),
    ("Dự họp có lãnh đạo các Bộ: Xây dựng, Tài chính; UBND các tỉnh: Quảng Ngãi, Gia Lai.",
     ["Xây dựng", "Tài chính", "UBND tỉnh Quảng Ngãi", "UBND tỉnh Gia Lai"]),
    ("Ngày 14/4/2026, họp. Thành phần tham dự: Sở Tài chính, Sở Xây dựng.",
     ["Sở Tài chính", "Sở Xây dựng"]),
    ("Tham dự cuộc họp có đại diện Sở Tài chính (Phòng Ngân sách, Phòng Đầu tư), Kho bạc Nhà "
     "nước khu vực XIII.", ["Sở Tài chính (Phòng Ngân sách, Phòng Đầu tư)",
                            "Kho bạc Nhà nước khu vực XIII"]),
    # An inspection visit's party.
    ("Ngày 20/11/2026, Chủ tịch UBND thành phố kiểm tra thực tế. Cùng đi có lãnh đạo các sở: "
     "Xây dựng, Tài chính.", ["Xây dựng", "Tài chính"]),
    ("Ngày 20/11/2026, Phó Chủ tịch UBND tỉnh đi kiểm tra thực tế. Thành viên Đoàn công tác gồm: "
     "lãnh đạo Sở Xây dựng, Sở Tài chính và UBND huyện Bình Sơn.",
     ["Sở Xây dựng", "Sở Tài chính", "UBND huyện Bình Sơn"]),
    ("Ngày 20/11/2026, Phó Chủ tịch UBND tỉnh đi kiểm tra thực tế; tham gia đoàn có đại diện Sở "
     "Xây dựng, Sở Y tế.", ["Sở Xây dựng", "Sở Y tế"]),
])
def test_attendees(sentence, attendees):
    h, _ = header_of(NOTICE.format(sentence))
    assert h.attendees == attendees


def test_split_agencies_keeps_known_multi_part_names():
    assert split_agencies("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế, Báo và Phát thanh, "
                          "Truyền hình Quảng Ngãi, UBND các xã, phường, đặc khu") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Báo và Phát thanh, Truyền hình Quảng Ngãi",
        "UBND các xã, phường, đặc khu"]
    # "Tài chính" followed by "Nông nghiệp và Môi trường" is two agencies.
    assert split_agencies("Tài chính, Nông nghiệp và Môi trường") == [
        "Tài chính", "Nông nghiệp và Môi trường"]


# --- Kính gửi, Nơi nhận, signature -------------------------------------------------------------

@pytest.mark.parametrize(("block", "addressees"), [
    ("Kính gửi:\n- Sở Tài chính;\n- UBND các xã, phường.",
     ["Sở Tài chính", "UBND các xã, phường"]),
    ("Kính gửi: - Sở Tài chính; - UBND thành phố Quy Nhơn.",
     ["Sở Tài chính", "UBND thành phố Quy Nhơn"]),
    ("Kính gửi: Sở Tài chính; Sở Xây dựng; UBND các xã, phường.",
     ["Sở Tài chính", "Sở Xây dựng", "UBND các xã, phường"]),
    ("Kính gửi: Giám đốc Sở Tài chính", ["Giám đốc Sở Tài chính"]),
    ("Kính gửi:\n- Các Bộ: Tài chính, Xây dựng;\n- Ủy ban nhân dân các tỉnh, thành phố\n"
     "trực thuộc Trung ương.",
     ["Các Bộ: Tài chính, Xây dựng", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
])
def test_addressees(block, addressees):
    h, _ = header_of(f"UBND TỈNH AN GIANG\nSố: 55/UBND-KT\nV/v báo cáo\n\n{block}\n"
                     "UBND tỉnh đề nghị các cơ quan báo cáo trong tháng 12/2026.\n")
    assert h.addressees == addressees


@pytest.mark.parametrize("greeting", [
    "Kính gửi anh chị,", "Kính gửi: Anh/Chị", "Kính gửi Quý cơ quan,", "Kính gửi các đồng chí,",
])
def test_a_greeting_names_no_addressee(greeting):
    h, _ = header_of(f"{greeting}\n\nVăn phòng chuyển ý kiến chỉ đạo như sau:\n\n"
                     "Giao Sở Y tế rà soát danh mục thuốc.\n")
    assert h.addressees == []


def test_flattened_two_column_footer():
    h, warnings = header_of(
        "THÔNG BÁO\nKết luận\n\nNgày 02/6/2026, tại Sở, Chủ tịch UBND tỉnh chủ trì.\n\n"
        "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT, KT.\n\n(Đã ký)\n\n"
        "Nguyễn Văn An\n")
    assert h.recipients == ["Như trên", "Lưu: VT, KT"]
    assert h.signer_title == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert h.signer == "Nguyễn Văn An"


def test_signature_block_before_the_recipients_and_a_name_in_capitals():
    h, _ = header_of("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập.\n./.\n\n"
                     "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNGUYỄN VĂN TRÍ\n\n"
                     "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n")
    assert h.signer_title == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert h.signer == "Nguyễn Văn Trí"
    assert h.recipients == ["Như Điều 3", "Lưu: VT"]


def test_no_signer_warns():
    h, warnings = header_of("THÔNG BÁO\nKết luận\n\nNgày 02/6/2026, tại Sở, họp.\n")
    assert h.signer is None
    assert i18n.t("parse.header.no_signer") in warnings


def test_warnings_follow_the_interface_language():
    i18n.set_language("en")
    _, warnings = fixture("01_seed_tb_kl_khcn.txt")
    assert warnings[0] == "No document number found."
    assert "14/04/2026" in warnings[1] and "meeting date" in warnings[1]


# --- re-casing capitals ------------------------------------------------------------------------

@pytest.mark.parametrize(("caps", "written"), [
    ("UBND TỈNH GIA LAI", "UBND tỉnh Gia Lai"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "Ủy ban nhân dân thành phố Đà Nẵng"),
    ("TỈNH UỶ QUẢNG NGÃI", "Tỉnh ủy Quảng Ngãi"),  # old tone placement
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"),
    ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BỘ TÀI CHÍNH", "Bộ Tài chính"),  # "tài" is not the stop word "tại"
    ("BAN HÀNH QUY CHẾ", "Ban hành quy chế"),  # a verb, not the agency "Ban"
    ("HĐND TỈNH KON TUM", "HĐND tỉnh Kon Tum"),
    ("VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ IV/2026", "Về tình hình kinh tế - xã hội quý IV/2026"),
    ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ XV",
     "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ XV"),
    # "phòng" inside a title prevents; it heads no agency there.
    ("VỀ CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY", "Về công tác phòng cháy, chữa cháy"),
    ("VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH", "Về công tác phòng, chống dịch bệnh"),
    ("KHU VỰC PHÒNG THỦ TỈNH", "Khu vực phòng thủ tỉnh"),
    # Minority-language place names are names, not acronyms; acronyms stay.
    ("UBND HUYỆN KBANG", "UBND huyện Kbang"),
    ("UBND XÃ IA BLANG", "UBND xã Ia Blang"),
    ("THÀNH ỦY PLEIKU", "Thành ủy Pleiku"),
    ("UBND TỈNH BR-VT", "UBND tỉnh BR-VT"),
    ("UBND TP. HCM", "UBND TP. HCM"),
    ("UBND TỈNH GIA LAI UBMTTQ", "UBND tỉnh Gia Lai UBMTTQ"),
])
def test_recase(caps, written):
    assert recase(caps) == written


def test_a_title_in_capitals_writes_bo_truong_as_a_title() -> None:
    from tui_tracker.parsing.header.names import recase

    assert recase("KẾT LUẬN CỦA BỘ TRƯỞNG TẠI CUỘC HỌP") == "Kết luận của Bộ trưởng tại cuộc họp"
    assert recase("BỘ XÂY DỰNG") == "Bộ Xây dựng"  # the ministry keeps its name's capital
