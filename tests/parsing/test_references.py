"""Documents cited by a notice: number, type code, date (domain.md, "referenced documents")."""

from datetime import date
from pathlib import Path

import pytest

from tui_tracker.parsing.references import doc_code, find_references, number_key
from tui_tracker.text import normalize

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def refs(text: str):
    return find_references(normalize(text))


def fixture_refs(name: str):
    return refs((FIXTURES / name).read_text(encoding="utf-8"))


def test_seed_references():
    found = fixture_refs("01_seed_tb_kl_khcn.txt")
    assert [(r.number, r.doc_type, r.issued_on) for r in found] == [
        ("57-NQ/TW", "NQ", None),
        ("95/BC-SKHHCN", "BC", date(2026, 4, 13)),
        ("184/TB-VPCP", "TB", date(2026, 4, 10)),
        ("262/QĐ-UBND", "QĐ", date(2025, 12, 12)),
    ]
    assert [r.text for r in found] == [
        "Nghị quyết số 57-NQ/TW",
        "Báo cáo số 95/BC-SKHHCN ngày 13/4/2026",
        "Thông báo số 184/TB-VPCP ngày 10/4/2026",
        "Quyết định số 262/QĐ-UBND ngày 12/12/2025",
    ]


@pytest.mark.parametrize(("sentence", "text", "number", "doc_type", "issued"), [
    ("triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị", "Nghị quyết số 57-NQ/TW",
     "57-NQ/TW", "NQ", None),
    ("theo Báo cáo số 95/BC-SKHHCN ngày 13/4/2026 của Sở",
     "Báo cáo số 95/BC-SKHHCN ngày 13/4/2026", "95/BC-SKHHCN", "BC", date(2026, 4, 13)),
    ("quy định tại Quyết định số 08/2023/QĐ-UBND của UBND tỉnh",
     "Quyết định số 08/2023/QĐ-UBND", "08/2023/QĐ-UBND", "QĐ", None),
    ("theo Đề án số 3177/ĐA-BNG-BC ngày 01 tháng 10 năm 2008 của Bộ Ngoại giao",
     "Đề án số 3177/ĐA-BNG-BC ngày 01 tháng 10 năm 2008", "3177/ĐA-BNG-BC", "ĐA",
     date(2008, 10, 1)),
    ("ý kiến tại Công văn số 3653/UBND-TNMT của UBND tỉnh", "Công văn số 3653/UBND-TNMT",
     "3653/UBND-TNMT", "CV", None),
    ("thực hiện Kết luận số 123-KL/TW của Ban Bí thư", "Kết luận số 123-KL/TW", "123-KL/TW",
     "KL", None),
    ("quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị", "Chỉ thị 05-CT/TW", "05-CT/TW", "CT", None),
    ("theo văn bản số 2148/STC-ĐT ngày 12.11.2026 của Sở Tài chính",
     "văn bản số 2148/STC-ĐT ngày 12.11.2026", "2148/STC-ĐT", "CV", date(2026, 11, 12)),
    ("Thực hiện Công điện số 112/CĐ-TTg ngày 05/11/2026 của Thủ tướng",
     "Công điện số 112/CĐ-TTg ngày 05/11/2026", "112/CĐ-TTg", "CĐ", date(2026, 11, 5)),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP, ngày 05-3-2020 của Chính phủ",
     "Nghị định số 30/2020/NĐ-CP, ngày 05-3-2020", "30/2020/NĐ-CP", "NĐ", date(2020, 3, 5)),
    ("Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15",
     "Luật Ngân sách nhà nước số 89/2025/QH15", "89/2025/QH15", "Luật", None),
    ("Kế hoạch số 45-KH/TU ngày 10/3/2025 của Tỉnh ủy", "Kế hoạch số 45-KH/TU ngày 10/3/2025",
     "45-KH/TU", "KH", date(2025, 3, 10)),
])
def test_one_reference(sentence, text, number, doc_type, issued):
    (ref,) = refs(sentence)
    assert (ref.text, ref.number, ref.doc_type, ref.issued_on) == (text, number, doc_type, issued)


def test_a_mangled_number_keeps_its_spelling_and_type():
    (ref,) = refs("theo Quyết định số 1961/QĐUBND của UBND tỉnh")
    assert (ref.number, ref.doc_type) == ("1961/QĐUBND", "QĐ")
    (ref,) = refs("theo Thông báo số 2927 -TB/TU của Tỉnh ủy")
    assert (ref.number, ref.doc_type) == ("2927-TB/TU", "TB")


def test_numbers_listed_after_one_type_word():
    found = refs("các Nghị quyết số 57-NQ/TW, số 66-NQ/TW và 68-NQ/TW của Bộ Chính trị")
    assert [(r.number, r.doc_type) for r in found] == [
        ("57-NQ/TW", "NQ"), ("66-NQ/TW", "NQ"), ("68-NQ/TW", "NQ")]


def test_deduplicated_by_number_keeping_the_first_and_filling_its_date():
    found = refs("triển khai Nghị quyết số 57-NQ/TW. Theo Nghị quyết 57-NQ/TW ngày 22/12/2024 "
                 "của Bộ Chính trị, tiếp tục thực hiện Nghị quyết số 57-NQ/TW.")
    assert len(found) == 1
    assert found[0].text == "Nghị quyết số 57-NQ/TW"
    assert found[0].issued_on == date(2024, 12, 22)


def test_the_notices_own_number_is_not_a_reference():
    text = ("UBND TỈNH QUẢNG NGÃI\nSố: 215/TB-UBND\nQuảng Ngãi, ngày 02 tháng 10 năm 2026\n\n"
            "THÔNG BÁO\nKết luận\n\nThực hiện Quyết định số 08/2023/QĐ-UBND. Giao Văn phòng theo "
            "dõi việc thực hiện Thông báo số 215/TB-UBND.\n")
    assert [r.number for r in refs(text)] == ["08/2023/QĐ-UBND"]


def test_the_notices_own_spaced_number_is_not_a_reference_however_written():
    text = ("UBND TỈNH QUẢNG NGÃI\nSố: 215 /TB - UBND\nQuảng Ngãi, ngày 02 tháng 10 năm 2026\n\n"
            "THÔNG BÁO\nKết luận\n\nGiao Văn phòng theo dõi việc thực hiện Thông báo số "
            "215/TB-UBND và Thông báo số 26/TB-VP.UBND.\n")
    assert [r.number for r in refs(text)] == ["26/TB-VP.UBND"]


@pytest.mark.parametrize("sentence", [
    "thực hiện nhiệm vụ Quý I/2026 và quý IV/2026",
    "đến ngày 25/9/2026 giải ngân đạt 52,3%",
    "bản đồ tỷ lệ 1/500, Đề án 06 của Chính phủ",
    "Lưu: VT, KGVX.PTT261",
    "Nay thông báo để các cơ quan, đơn vị triển khai thực hiện./.",
    "Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030",
    "Kế hoạch 2026 - 2030 của tỉnh",
    "báo cáo ngày 13 / 4 / 2026 và tỷ lệ 1 / 500",
])
def test_not_references(sentence):
    assert refs(sentence) == []


def test_an_impossible_date_of_a_citation_is_left_empty():
    (ref,) = refs("theo Báo cáo số 95/BC-SKHHCN ngày 31/02/2026")
    assert ref.number == "95/BC-SKHHCN" and ref.issued_on is None


def test_fixture_references():
    assert [r.number for r in fixture_refs("02_tb_ubnd_dau_tu_cong.txt")] == [
        "512/BC-STC", "01/NQ-CP", "08/2023/QĐ-UBND"]
    assert [r.number for r in fixture_refs("04_tb_tinh_uy_chuyen_doi_so.txt")] == [
        "57-NQ/TW", "45-KH/TU"]
    assert [r.doc_type for r in fixture_refs("05_tb_vp_nfd_nbsp.txt")] == ["NĐ"]
    assert [r.number for r in fixture_refs("08_tb_vpcp_nha_o_xa_hoi.txt")] == ["338/QĐ-TTg"]


@pytest.mark.parametrize(("number", "code"), [
    ("95/BC-SKHHCN", "BC"), ("08/2023/QĐ-UBND", "QĐ"), ("57-NQ/TW", "NQ"),
    ("2927 -TB/TU", "TB"), ("3653/UBND-TNMT", "CV"), ("1961/QĐUBND", "QĐ"),
    ("1961/TBUBND", "TB"), ("45/TB-VPCP", "TB"), ("12/CTr-UBND", "CTr"), ("7/TTr-SNV", "TTr"),
    ("1234-CV/TU", "CV"), ("13/4/2026", None),
])
def test_doc_code(number, code):
    assert doc_code(number) == code


def test_number_key_ignores_spacing_dashes_and_case():
    assert number_key("2927 -TB/TU") == number_key("2927–tb/tu") == "2927-TB/TU"


# --- numbers written with spaces and dots (issue 14, point 4) -------------------------

@pytest.mark.parametrize(("sentence", "number", "doc_type", "issued"), [
    ("theo Công văn số 111 /CV - UBND của UBND tỉnh", "111/CV-UBND", "CV", None),
    ("Quyết định số 123 / QĐ - UBND ngày 12/8/2026", "123/QĐ-UBND", "QĐ", date(2026, 8, 12)),
    ("Kế hoạch số 45 - KH/TU ngày 10/3/2025 của Tỉnh ủy", "45-KH/TU", "KH", date(2025, 3, 10)),
    ("Công văn số 1234/UBND - KT ngày 01/8/2026", "1234/UBND-KT", "CV", date(2026, 8, 1)),
    ("Công văn số 1234/UBND – KT ngày 01/8/2026", "1234/UBND-KT", "CV", date(2026, 8, 1)),
    ("thực hiện Thông báo số 26/TB-VP.UBND ngày 06 tháng 02 năm 2026 của Văn phòng UBND tỉnh",
     "26/TB-VP.UBND", "TB", date(2026, 2, 6)),
    ("Quyết định số 1234/QĐ-UBND.KT ngày 5/6/2026", "1234/QĐ-UBND.KT", "QĐ", date(2026, 6, 5)),
    ("theo Thông báo số 26 /TB-VP.UBND", "26/TB-VP.UBND", "TB", None),
    ("Quyết định số 15/QĐ-TTg ngày 5/6/2026", "15/QĐ-TTg", "QĐ", date(2026, 6, 5)),
    ("Chương trình số 12 / CTr - UBND ngày 5/6/2026", "12/CTr-UBND", "CTr", date(2026, 6, 5)),
])
def test_spaced_and_dotted_numbers_read_as_one_number_with_their_date(sentence, number, doc_type,
                                                                     issued):
    (ref,) = refs(sentence)
    assert (ref.number, ref.doc_type, ref.issued_on) == (number, doc_type, issued)


@pytest.mark.parametrize("sentence", [
    "triển khai Nghị quyết số 57-NQ/TW - Trung ương đã quyết định",
    "triển khai Nghị quyết số 57-NQ/TW. Theo đó, các sở thực hiện",
    "triển khai Nghị quyết số 57-NQ/TW.Tỉnh ủy chỉ đạo",
])
def test_a_dash_or_a_full_stop_after_a_number_does_not_extend_it(sentence):
    (ref,) = refs(sentence)
    assert ref.number == "57-NQ/TW"


def test_spaced_numbers_are_one_document_whatever_the_spacing():
    found = refs("theo Công văn số 111 /CV - UBND. Tiếp tục thực hiện Công văn số 111/CV-UBND "
                 "ngày 5/8/2026.")
    assert [(r.number, r.issued_on) for r in found] == [("111/CV-UBND", date(2026, 8, 5))]


@pytest.mark.parametrize(("sentence", "text", "number", "issued"), [
    ("theo Văn bản ngày 12/8/2026 số 345/UBND-KT của UBND tỉnh",
     "Văn bản ngày 12/8/2026 số 345/UBND-KT", "345/UBND-KT", date(2026, 8, 12)),
    ("Công văn ngày 12 tháng 8 năm 2026 số 345/UBND-KT", "Công văn ngày 12 tháng 8 năm 2026 số "
     "345/UBND-KT", "345/UBND-KT", date(2026, 8, 12)),
    ("Quyết định ngày 05.6.2026, số 1961/QĐ-UBND", "Quyết định ngày 05.6.2026, số 1961/QĐ-UBND",
     "1961/QĐ-UBND", date(2026, 6, 5)),
])
def test_a_date_written_before_the_number(sentence, text, number, issued):
    (ref,) = refs(sentence)
    assert (ref.text, ref.number, ref.issued_on) == (text, number, issued)


@pytest.mark.parametrize(("sentence", "issued"), [
    ("theo Công văn số 77/SXD-QLXD của Sở Xây dựng ngày 3/9/2026", date(2026, 9, 3)),
    ("Công văn số 77/SXD-QLXD của Sở Xây dựng, ngày 3/9/2026", date(2026, 9, 3)),
    ("Công văn số 77/SXD-QLXD của Giám đốc Sở Xây dựng ngày 03 tháng 9 năm 2026",
     date(2026, 9, 3)),
    ("Quyết định số 77/QĐ-UBND của UBND tỉnh Quảng Ngãi ban hành ngày 3/9/2026",
     date(2026, 9, 3)),
    ("Quyết định số 77/QĐ-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch ngày 3/9/2026",
     date(2026, 9, 3)),
    ("Báo cáo số 77/BC-UBND do UBND huyện Bình Sơn ngày 3/9/2026", date(2026, 9, 3)),
    ("Công văn số 77/SYT-NVY (ngày 3/9/2026) của Sở Y tế", date(2026, 9, 3)),
])
def test_the_issuer_between_the_number_and_the_date(sentence, issued):
    (ref,) = refs(sentence)
    assert (ref.number.split("/")[0], ref.issued_on) == ("77", issued)


@pytest.mark.parametrize("sentence", [
    # The date of something else: a clause sits between the number and the date.
    "Công văn số 77/SXD-QLXD của Sở Xây dựng về việc triển khai hội nghị ngày 3/9/2026",
    "Công văn số 77/SXD-QLXD gửi UBND tỉnh ngày 3/9/2026",
    "Quyết định số 77/QĐ-UBND của UBND tỉnh. Ngày 3/9/2026, Sở Xây dựng đã họp",
    "Công văn số 77/SXD-QLXD của Sở Xây dựng đã được gửi ngày 3/9/2026",
])
def test_a_later_date_of_something_else_is_not_the_documents(sentence):
    (ref,) = refs(sentence)
    assert ref.issued_on is None


def test_one_type_word_over_several_numbers_each_with_its_date():
    found = refs("theo Công văn số 111/UBND-VX ngày 05/8/2026 và số 112/UBND-VX ngày 06/8/2026 "
                 "của UBND tỉnh; các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 7/8/2026")
    assert [(r.number, r.doc_type, r.issued_on) for r in found] == [
        ("111/UBND-VX", "CV", date(2026, 8, 5)), ("112/UBND-VX", "CV", date(2026, 8, 6)),
        ("12/QĐ-UBND", "QĐ", None), ("13/QĐ-UBND", "QĐ", date(2026, 8, 7))]


@pytest.mark.parametrize(("sentence", "text", "number", "doc_type"), [
    ("theo CV số 123/UBND-KT ngày 12/8/2026 của UBND tỉnh", "CV số 123/UBND-KT ngày 12/8/2026",
     "123/UBND-KT", "CV"),
    ("theo VB số 123/UBND-KT ngày 12/8/2026", "VB số 123/UBND-KT ngày 12/8/2026", "123/UBND-KT",
     "CV"),
    ("tại QĐ số 1234/QĐ-UBND ngày 12/8/2026", "QĐ số 1234/QĐ-UBND ngày 12/8/2026",
     "1234/QĐ-UBND", "QĐ"),
])
def test_an_abbreviated_type_word_before_so(sentence, text, number, doc_type):
    (ref,) = refs(sentence)
    assert (ref.text, ref.number, ref.doc_type, ref.issued_on) == (text, number, doc_type,
                                                                   date(2026, 8, 12))


def test_a_reference_inside_brackets_does_not_take_the_closing_bracket():
    (ref,) = refs("Xét đề nghị của Bộ Tài chính (văn bản số 12160/BTC-TH ngày 27 tháng 10 năm "
                  "2026), Phó Thủ tướng có ý kiến")
    assert ref.text == "văn bản số 12160/BTC-TH ngày 27 tháng 10 năm 2026"
    assert ref.issued_on == date(2026, 10, 27)
