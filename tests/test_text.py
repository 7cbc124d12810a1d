"""Normalisation of dirty notice text (NFD, look-alikes, page breaks, bold)."""

import unicodedata
from pathlib import Path

import pytest

from tui_tracker.text import continues, fold, normalize, strip_terminal_escapes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def lines(text: str) -> list[str]:
    return normalize(text).split("\n")


# --- characters ------------------------------------------------------------------

def test_nfd_input_becomes_nfc():
    nfc = "Sở Khoa học và Công nghệ chủ trì"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert normalize(nfd) == nfc + "\n"


@pytest.mark.parametrize("lookalike", ["\u00d0", "\u0189"])  # Ð eth, Ɖ African D
def test_lookalike_capital_d_becomes_vietnamese_d(lookalike):
    assert normalize(f"{lookalike}ộc lập - Tự do") == "Độc lập - Tự do\n"
    assert normalize(f"Sở Giáo dục và {lookalike}ào tạo") == "Sở Giáo dục và Đào tạo\n"


def test_lookalike_small_d_becomes_vietnamese_d():
    assert normalize("\u00f0ồng chí") == "đồng chí\n"


def test_non_breaking_and_odd_spaces_become_one_space():
    text = "Số:\u00a0412/TB-VP\u2003ngày\u202f30/11/2026\tchậm  nhất"
    assert normalize(text) == "Số: 412/TB-VP ngày 30/11/2026 chậm nhất\n"


def test_tab_separated_table_rows_become_pipe_rows():
    text = normalize("TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\n"
                     "1\tRà soát hồ sơ tồn đọng\tSở Tài chính\t\tQuý I/2027\n"
                     "\tvà báo cáo kết quả\t\t\t\n")
    assert text.splitlines() == [
        "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
        "| 1 | Rà soát hồ sơ tồn đọng | Sở Tài chính | | Quý I/2027 |",  # empty cell kept
        "| | và báo cáo kết quả | | | |",  # a row of the same width continues the table
    ]


@pytest.mark.parametrize(("line", "expected"), [
    # Two-column layouts aligned with tabs fill two cells: they stay one line.
    ("UBND TỈNH GIA LAI\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "UBND TỈNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("- Như trên;\t\t\tKT. CHỦ TỊCH", "- Như trên; KT. CHỦ TỊCH"),
    ("\tGiao Sở Y tế chủ trì.", "Giao Sở Y tế chủ trì."),  # an indent
])
def test_tabs_outside_a_table_are_spaces(line, expected):
    assert normalize(line) == expected + "\n"


def test_zero_width_soft_hyphen_and_control_characters_are_removed():
    text = "Sở Y\u00a0tế\u200b chỉ đạo\x07 trong\u00ad tháng\x1b 12/2026"
    assert normalize(text) == "Sở Y tế chỉ đạo trong tháng 12/2026\n"


def test_word_processor_hyphens_in_numbers_become_ascii():
    assert normalize("Nghị quyết số 57\u2011NQ/TW") == "Nghị quyết số 57-NQ/TW\n"


def test_terminal_escape_sequences_do_not_survive():
    assert normalize("\x1b[31mThông báo\x1b[0m khẩn") == "Thông báo khẩn\n"


def test_windows_and_old_mac_line_ends():
    assert lines("THÔNG BÁO\r\n\r\nKết luận\rcủa Chủ tịch") == [
        "THÔNG BÁO", "", "Kết luận của Chủ tịch", ""]


def test_bold_marks_are_noise():
    text = "thời gian hoàn thành **chậm nhất trong tháng 4/2026**."
    assert normalize(text) == "thời gian hoàn thành chậm nhất trong tháng 4/2026.\n"


def test_bold_signature_block_keeps_its_lines():
    text = "**TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG**\n\nPhùng Tô Long"
    assert lines(text) == ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "",
                           "Phùng Tô Long", ""]


def test_markdown_heading_marks_and_escapes_from_md_files():
    text = "# THÔNG BÁO\n\n1\\. Đánh giá chung\n\na\\) Giao Sở Tài chính"
    assert lines(text) == ["THÔNG BÁO", "", "1. Đánh giá chung", "", "a) Giao Sở Tài chính", ""]


# --- page breaks that split a sentence ---------------------------------------------

def test_the_seeds_two_page_breaks_are_repaired():
    text = normalize((FIXTURES / "01_seed_tb_kl_khcn.txt").read_text(encoding="utf-8"))
    assert "chưa thực sự theo cơ chế thị trường" in text
    assert "Sở Xây dựng, UBND xã Tư Nghĩa và các cơ quan" in text
    assert "chưa thực\n" not in text and "UBND\n" not in text


def test_break_inside_an_agency_name_after_a_comma():
    text = "Giao Sở Văn hóa,\n\nThể thao và Du lịch chủ trì, phối hợp"
    assert normalize(text) == "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp\n"


def test_break_inside_a_deadline_phrase():
    text = "báo cáo UBND tỉnh trước ngày\n\n15/12/2026."
    assert normalize(text) == "báo cáo UBND tỉnh trước ngày 15/12/2026.\n"


def test_break_after_a_function_word_before_a_capital():
    text = "Giao Sở Công Thương chủ trì, phối hợp với\n\nSở Tài chính theo dõi sát diễn biến"
    assert normalize(text) == ("Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính theo dõi "
                               "sát diễn biến\n")


def test_page_numbers_between_page_breaks_are_dropped():
    text = "xảy ra ở một số\n\n2\n\nđịa phương.\n\n- 3 -\n\nd) Về bảo đảm an ninh trật tự"
    assert lines(text) == ["xảy ra ở một số địa phương.", "", "d) Về bảo đảm an ninh trật tự", ""]


def test_hard_wrapped_lines_of_a_pdf_copy_join():
    text = ("Ngày 04/11/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Thị Lan\n"
            "chủ trì cuộc họp triển khai công tác chuẩn bị đón Tết Nguyên đán Đinh Mùi năm\n"
            "2027. Tham dự cuộc họp có lãnh đạo các cơ quan, đơn vị.")
    assert lines(text) == [
        "Ngày 04/11/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Thị Lan chủ trì "
        "cuộc họp triển khai công tác chuẩn bị đón Tết Nguyên đán Đinh Mùi năm 2027. Tham dự "
        "cuộc họp có lãnh đạo các cơ quan, đơn vị.", ""]


def test_the_page_break_fixture_reads_as_clean_paragraphs():
    text = normalize((FIXTURES / "06_tb_pdf_page_breaks_tet.txt").read_text(encoding="utf-8"))
    assert "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì" in text
    assert "báo cáo UBND tỉnh trước ngày 15/12/2026." in text
    assert "ở một số địa phương.\n\n2. Nhiệm vụ trọng tâm\n" in text
    assert "**" not in text and "\n- 3 -\n" not in text


WRAPPED = """Ngày 20/11/2026, Phó Chủ tịch UBND tỉnh Lê Văn Minh đã đi kiểm tra tình hình
xả thải tại Khu công nghiệp Tịnh Phong và làm việc với các cơ quan, đơn vị liên
quan. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:
1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm
tra, xử lý nghiêm các vi phạm về bảo vệ môi trường; làm rõ trách nhiệm của việc
Công ty TNHH Minh Phát xả thải chưa qua xử lý ra sông Trà Khúc, báo cáo UBND
tỉnh trước ngày 30/01/2027.
2. Giao Sở Tài chính chủ trì hoàn thiện dự thảo Quyết định của UBND tỉnh phê duyệt
Kế hoạch vốn năm 2027 cho các dự án xử lý nước thải, trình trước ngày 15/01/2027.
"""


def test_a_hard_wrapped_text_joins_lines_that_open_with_a_capital():
    # The text is wrapped at 80 columns: a line that filled its width goes on, even
    # into a name ("… việc" / "Công ty TNHH …") or a plan ("… phê duyệt" / "Kế hoạch …").
    out = lines(WRAPPED)
    assert out[1].startswith("1. Giao Sở Nông nghiệp") and out[1].endswith(
        "làm rõ trách nhiệm của việc Công ty TNHH Minh Phát xả thải chưa qua xử lý ra "
        "sông Trà Khúc, báo cáo UBND tỉnh trước ngày 30/01/2027.")
    assert out[2] == ("2. Giao Sở Tài chính chủ trì hoàn thiện dự thảo Quyết định của UBND "
                      "tỉnh phê duyệt Kế hoạch vốn năm 2027 cho các dự án xử lý nước thải, "
                      "trình trước ngày 15/01/2027.")
    assert out[0].endswith("kết luận và chỉ đạo như sau:")  # a lead-in keeps its list apart


def test_a_page_break_inside_a_wrapped_sentence_before_a_capital_is_repaired():
    text = WRAPPED.replace("làm rõ trách nhiệm của việc\n",
                           "làm rõ trách nhiệm của việc\n\n   Trang 2/3\n\f")
    assert lines(text) == lines(WRAPPED)


def test_running_headers_of_form_fed_pages_are_removed():
    page = "Số 215/TB-UBND ngày 02/10/2026\n{body}\n- {n} -\n"
    bodies = ["1. Giao Sở Y tế rà soát.", "2. Giao Sở Tài chính bố trí vốn.",
              "3. Giao Sở Xây dựng kiểm tra.", "4. Giao Công an tỉnh xử lý."]
    text = "\f".join(page.format(body=b, n=i + 1) for i, b in enumerate(bodies))
    assert [x for x in lines(text) if x] == bodies


def test_a_year_range_cut_at_its_dash_by_a_wrap_is_one_line():
    assert lines("các chương trình giai đoạn 2026\n- 2030, báo cáo Chính phủ.")[0] == (
        "các chương trình giai đoạn 2026 - 2030, báo cáo Chính phủ.")


def test_a_clause_after_a_semicolon_goes_on_in_lower_case():
    assert lines("- Sở Y tế tổ chức tiêm phòng;\nhoàn thành trước ngày 31/12/2026.")[0] == (
        "- Sở Y tế tổ chức tiêm phòng; hoàn thành trước ngày 31/12/2026.")


def test_a_text_of_one_paragraph_per_line_keeps_its_lines():
    text = ("Kính gửi: Sở Tài chính.\nChủ tịch UBND tỉnh có ý kiến như sau:\n"
            "Về dự án đường ven biển\nGiao Sở Tài chính chủ trì rà soát, báo cáo trước "
            "ngày 15/12/2026.\nYêu cầu Sở Xây dựng phối hợp thực hiện.\n")
    assert lines(text)[:5] == [
        "Kính gửi: Sở Tài chính.", "Chủ tịch UBND tỉnh có ý kiến như sau:",
        "Về dự án đường ven biển",
        "Giao Sở Tài chính chủ trì rà soát, báo cáo trước ngày 15/12/2026.",
        "Yêu cầu Sở Xây dựng phối hợp thực hiện."]


# --- paragraph breaks that must stay -------------------------------------------------

def test_lettered_item_after_a_blank_line_is_not_joined():
    text = ("Cơ bản thống nhất với đề xuất của Sở, UBND\n\n"
            "đ) Về trụ sở Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng")
    assert lines(text) == ["Cơ bản thống nhất với đề xuất của Sở, UBND", "",
                           "đ) Về trụ sở Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", ""]


def test_heading_without_period_and_capitalised_paragraph_stay_apart():
    text = ("a) Về thành lập Quỹ phát triển khoa học và công nghệ cấp tỉnh\n\n"
            "Giao Sở Khoa học và Công nghệ chủ trì")
    assert lines(text)[:3] == ["a) Về thành lập Quỹ phát triển khoa học và công nghệ cấp tỉnh",
                               "", "Giao Sở Khoa học và Công nghệ chủ trì"]


@pytest.mark.parametrize("heading", [
    "2. Nhiệm vụ trọng tâm trong thời gian tới",  # ends with a noun, not "tới" = "to"
    "1. Về chuyển đổi số",
    "b) Về công tác báo cáo hằng tháng",
    "3. Đối với các đơn vị trực thuộc",
])
def test_headings_ending_in_nouns_are_not_joined_to_the_next_paragraph(heading):
    assert lines(f"{heading}\n\nCơ bản thống nhất với đề xuất của Sở.")[:3] == [
        heading, "", "Cơ bản thống nhất với đề xuất của Sở."]


def test_upper_case_lines_and_list_dashes_stay_apart():
    text = ("THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về chuyển đổi số\n\n"
            "Nơi nhận:\n- Đảng đoàn HĐND tỉnh,\n- Ban cán sự đảng UBND tỉnh,\n- Lưu Văn phòng.\n\n"
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC")
    assert lines(text) == [
        "THÔNG BÁO KẾT LUẬN", "của Ban Thường vụ Tỉnh ủy về chuyển đổi số", "", "Nơi nhận:",
        "- Đảng đoàn HĐND tỉnh,", "- Ban cán sự đảng UBND tỉnh,", "- Lưu Văn phòng.", "",
        "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", ""]


def test_sentence_end_keeps_the_break():
    assert lines("tránh lãng phí.\n\nsau đó tổng hợp") == ["tránh lãng phí.", "",
                                                           "sau đó tổng hợp", ""]


def test_runs_of_blank_lines_collapse_to_one():
    assert normalize("\n\nTHÔNG BÁO\n\n\n\nKết luận\n\n\n") == "THÔNG BÁO\n\nKết luận\n"


def test_continues_rule_directly():
    assert continues("chưa thực", "sự theo cơ chế thị trường")
    assert continues("phối hợp với", "Sở Tài chính")
    assert not continues("1. Đánh giá chung", "UBND tỉnh ghi nhận")
    assert not continues("tránh lãng phí;", "e) Về đánh giá")
    assert not continues("(Đã ký)", "Phùng Tô Long")


def test_normalize_is_idempotent_on_every_fixture():
    paths = sorted(FIXTURES.glob("*.txt"))
    assert len(paths) >= 8, "the fixtures are part of the repository"
    for path in paths:
        once = normalize(path.read_text(encoding="utf-8"))
        assert normalize(once) == once, path.name


# --- folding and escapes ----------------------------------------------------------------

def test_fold_drops_diacritics_and_d_bar():
    assert fold("Đăng ký  Nhiệm vụ") == "dang ky nhiem vu"
    assert fold("\u00d0à Nẵng") == "da nang"
    assert fold(unicodedata.normalize("NFD", "khoa học")) == "khoa hoc"


def test_strip_terminal_escapes_keeps_plain_text():
    assert strip_terminal_escapes("\x1b]0;title\x07Sở \x1b[1mTài chính\x1b[0m") == "Sở Tài chính"
