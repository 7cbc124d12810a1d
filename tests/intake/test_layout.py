"""Positioned words → reading order, on hand-placed words (points; 6 pt a letter)."""

from __future__ import annotations

from tui_tracker.intake.layout import (
    Word,
    drop_running_lines,
    group_lines,
    pages_text,
    reading_order,
)

CHAR = 6.0
HEIGHT = 12.0


def line(text: str, x: float, top: float) -> list[Word]:
    """The words of `text` starting at `x`, one space (a letter wide) apart."""
    words = []
    for word in text.split():
        words.append(Word(word, x, x + CHAR * len(word), top, top + HEIGHT))
        x += CHAR * (len(word) + 1)
    return words


def text_of(*pages: list[list[Word]]) -> str:
    return pages_text([reading_order(group_lines([w for ln in page for w in ln]))
                       for page in pages])


def test_wrapped_lines_are_joined_and_a_short_last_line_ends_the_paragraph() -> None:
    # The text runs from 60 to 300 (the line of x's); the first line ends at the
    # margin, so "Xây" did not fit on it; "Nay" would have fitted after "soát.".
    page = [line("Giao Sở Tài chính chủ trì, phối hợp với Sở", 60, 100),
            line("Xây dựng rà soát.", 60, 116),
            line("Nay thông báo.", 60, 132),
            line("x" * 40, 60, 156)]
    page[0][-1] = Word("Sở", 282, 300, 100, 112)
    assert text_of(page).splitlines() == [
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát.",
        "Nay thông báo.", "", "x" * 40]


def test_a_marker_starts_a_new_paragraph_even_after_a_full_line() -> None:
    full = line("x" * 40, 60, 100)
    page = [full, line("a) Về thành lập Quỹ", 60, 116)]
    assert text_of(page).splitlines() == ["x" * 40, "a) Về thành lập Quỹ"]


def test_a_sentence_cut_by_a_page_break_is_joined() -> None:
    page1 = [line("x" * 40, 60, 60), line("phối hợp với các cơ quan liên quan rà soát và", 60, 116)]
    page1[1][-1] = Word("và", 288, 300, 116, 128)
    page2 = [line("báo cáo trước ngày 30/6/2026.", 60, 60)]
    assert text_of(page1, page2).splitlines()[-1] == (
        "phối hợp với các cơ quan liên quan rà soát và báo cáo trước ngày 30/6/2026.")


def test_a_page_ending_with_a_paragraph_leaves_a_blank_line() -> None:
    page1 = [line("x" * 40, 60, 60), line("Kết thúc.", 60, 116)]
    page2 = [line("Đoạn mới trên trang sau.", 60, 60)]
    assert text_of(page1, page2).splitlines()[-3:] == ["Kết thúc.", "",
                                                      "Đoạn mới trên trang sau."]


def test_a_centred_two_line_title_is_one_line() -> None:
    page = [line("x" * 40, 60, 60),  # the text's width: 60 … 300
            line("Kết luận của Phó Chủ tịch UBND tỉnh", 66, 100),
            line("tại cuộc họp", 144, 116)]
    # Centred at 180 from 66 to 294: "tại" would not have fitted in the width.
    page[1][-1] = Word("tỉnh", 270, 294, 100, 112)
    assert text_of(page).splitlines()[-1] == "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp"


def test_two_columns_with_lines_at_different_heights_read_left_then_right() -> None:
    left = [line("Nơi nhận:", 60, 400), line("- Như trên;", 60, 414),
            line("- Lưu: VT.", 60, 428)]
    right = [line("KT. CHỦ TỊCH", 360, 405), line("PHÓ CHỦ TỊCH", 360, 419),
             line("Nguyễn Văn A", 360, 470)]
    body = [line("Nay thông báo để các cơ quan, đơn vị biết, thực hiện. " + "x" * 10, 60, 370)]
    text = text_of(body + left + right)
    assert text.splitlines() == [
        "Nay thông báo để các cơ quan, đơn vị biết, thực hiện. xxxxxxxxxx", "",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn A"]


def test_header_columns_sharing_lines_are_split() -> None:
    page = [line("ỦY BAN NHÂN DÂN", 60, 40) + line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 260, 40),
            line("TỈNH QUẢNG NGÃI", 60, 54) + line("Độc lập - Tự do - Hạnh phúc", 280, 54),
            line("Số: 12/TB-UBND", 60, 80) + line("Quảng Ngãi, ngày 5 tháng 5 năm 2026", 250, 80),
            line("THÔNG BÁO", 230, 120)]
    assert text_of(page).splitlines() == [
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "", "Số: 12/TB-UBND", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        "Quảng Ngãi, ngày 5 tháng 5 năm 2026", "", "THÔNG BÁO"]


BODY = ["Giao Sở Tài chính chủ trì.", "Sở Xây dựng phối hợp.", "Báo cáo trước ngày 30/6.",
        "Công an tỉnh theo dõi.", "Văn phòng tổng hợp."]


def body(page: int) -> list[list[Word]]:
    # Letters, not digits: digits are what may differ between running lines.
    return [line(f"{text} ({chr(97 + page)}{chr(97 + i)})", 60, 100 + 16 * i)
            for i, text in enumerate(BODY)]


def texts(pages: list[list[list[Word]]]) -> list[list[str]]:
    return [[" ".join(w.text for w in ln) for ln in page] for page in pages]


def test_page_numbers_in_every_usual_form_are_dropped() -> None:
    pages = []
    for number, mark in enumerate(["", "- 2 -", "Trang 3/4", "4"], start=1):
        page = body(number)
        if mark:
            page.insert(0, line(mark, 290, 40))
        pages.append(page)
    assert texts(drop_running_lines(pages)) == texts([body(n) for n in range(1, 5)])


def test_a_running_header_is_dropped_but_a_line_on_one_page_is_kept() -> None:
    pages = [[line("Cổng thông tin điện tử tỉnh", 60, 20), *body(n),
              line("Ký bởi: Văn phòng UBND tỉnh 05.05.2026", 60, 800)] for n in range(3)]
    pages[0].insert(1, line("THÔNG BÁO", 250, 60))
    assert texts(drop_running_lines(pages)) == [["THÔNG BÁO", *texts([body(0)])[0]],
                                                *texts([body(1), body(2)])]


def test_a_single_page_keeps_its_lines() -> None:
    page = [line("Cổng thông tin điện tử tỉnh", 60, 20), *body(1)]
    assert drop_running_lines([page]) == [page]


# --- list markers and gutters --------------------------------------------------------------

def marked(marker: str, text: str, x: float, top: float, tab: float = 48) -> list[Word]:
    """A list item as Word lays it out: the marker, a tab, the text."""
    words = line(marker, x, top)
    return words + line(text, words[-1].x1 + tab, top)


def test_a_marker_followed_by_a_tab_stays_on_its_line() -> None:
    page = [line("Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau: " + "x" * 8, 60, 80),
            marked("1.", "Đánh giá chung", 90, 100),
            line("UBND tỉnh ghi nhận kết quả đạt được trong thời gian qua. " + "x" * 12, 60, 120),
            marked("2.", "Nhiệm vụ trọng tâm", 90, 140),
            marked("a)", "Sở Tài chính chủ trì rà soát.", 90, 160)]
    assert text_of(page).splitlines()[1:] == [
        "1. Đánh giá chung", "UBND tỉnh ghi nhận kết quả đạt được trong thời gian qua. "
        + "x" * 12, "2. Nhiệm vụ trọng tâm", "a) Sở Tài chính chủ trì rà soát."]


def test_dashes_with_tabs_down_several_lines_are_no_gutter() -> None:
    """The gap after "-" runs down the list with text on both sides, as a
    gutter would: but a marker's gap is its own indent."""
    page = [line("Giao các cơ quan sau thực hiện: " + "x" * 20, 60, 80),
            marked("-", "Sở Tài chính;", 90, 100),
            marked("-", "Sở Xây dựng;", 90, 116),
            marked("-", "Công an tỉnh.", 90, 132),
            marked("+", "Trạm Y tế xã.", 120, 148)]
    assert [ln for ln in text_of(page).splitlines() if ln][1:] == [
        "- Sở Tài chính;", "- Sở Xây dựng;", "- Công an tỉnh.", "+ Trạm Y tế xã."]


def test_a_word_that_is_no_marker_keeps_a_wide_gap() -> None:
    page = [line("Nơi nhận:", 60, 400) + line("KT. CHỦ TỊCH", 360, 400),
            line("- Như trên;", 60, 414) + line("PHÓ CHỦ TỊCH", 360, 414)]
    assert text_of(page).splitlines() == [
        "Nơi nhận:", "- Như trên;", "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def header(left_rows: list[str], kinh_gui: list[list[Word]]) -> list[list[Word]]:
    """A Decree 30 header: issuer, number and a "V/v" summary left (taller than
    the right column), motto and date right; then "Kính gửi:" and its list."""
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Kon Tum, ngày 21 tháng 5 năm 2024"]
    page = []
    for row, text in enumerate(left_rows):
        words = line(text, 60, 40 + 14 * row)
        if row < len(right) and right[row]:
            words += line(right[row], 290, 40 + 14 * row)
        page.append(words)
    return page + kinh_gui + [
        line("UBND tỉnh nhận được Công văn số 3145/BKHĐT-KTĐPLT của Bộ Kế hoạch và Đầu tư.",
             60, 200)]


LEFT = ["ỦY BAN NHÂN DÂN TỈNH", "KON TUM", "", "Số: 846/UBND-TH",
        "V/v báo cáo tình hình triển khai", "thực hiện và giải ngân kế hoạch",
        "đầu tư công năm 2024"]


def test_the_header_split_ends_with_the_header_block() -> None:
    """The left column runs below the date; "Kính gửi:" (within the left
    column's width) comes after a gap and stays with its list, which runs
    across the gutter; the date stays in the header, before "Kính gửi:"."""
    kinh_gui = [line("Kính gửi:", 150, 150),
                line("- Các sở, ban, ngành tỉnh;", 200, 164),
                line("- UBND các huyện, thành phố.", 200, 178)]
    lines = [ln for ln in text_of(header(LEFT, kinh_gui)).splitlines() if ln]
    assert lines.index("Kon Tum, ngày 21 tháng 5 năm 2024") < lines.index("Kính gửi:")
    start = lines.index("Kính gửi:")
    assert lines[start:start + 3] == ["Kính gửi:", "- Các sở, ban, ngành tỉnh;",
                                      "- UBND các huyện, thành phố."]
    assert lines[:4] == ["ỦY BAN NHÂN DÂN TỈNH", "KON TUM", "Số: 846/UBND-TH",
                         "V/v báo cáo tình hình triển khai"]


def test_a_short_list_of_addressees_inside_the_left_column_stays_out_of_the_header() -> None:
    kinh_gui = [line("Kính gửi:", 100, 150), line("- Sở Y tế;", 150, 164),
                line("- Sở Tài chính.", 150, 178)]
    lines = [ln for ln in text_of(header(LEFT, kinh_gui)).splitlines() if ln]
    start = lines.index("Kính gửi:")
    assert lines[start - 1] == "Kon Tum, ngày 21 tháng 5 năm 2024"
    assert lines[start:start + 3] == ["Kính gửi:", "- Sở Y tế;", "- Sở Tài chính."]


def test_an_item_wrapped_under_its_text_is_one_paragraph() -> None:
    """Word's lists hang: the item's next lines start under the text, right of
    the marker, not back at the marker."""
    first = marked("a)", "Giao Sở Tài chính chủ trì", 90, 100)  # ends at 300: full
    page = [line("x" * 40, 60, 80), first,
            line("phối hợp rà soát.", 150, 116),
            marked("b)", "Giao Sở Y tế triển khai.", 90, 132)]
    assert [ln for ln in text_of(page).splitlines() if ln][1:] == [
        "a) Giao Sở Tài chính chủ trì phối hợp rà soát.",
        "b) Giao Sở Y tế triển khai."]


def centred(text: str, centre: float, top: float) -> list[Word]:
    return line(text, centre - CHAR * len(text) / 2, top)


def test_a_name_wrapped_in_its_header_cell_is_joined_and_separate_lines_are_not() -> None:
    """The left cell's edge is about the gutter's middle (263 here; the text is
    centred at 183, so the cell is about 160 wide): "TRƯỜNG" would not have
    fitted after "SỞ NÔNG NGHIỆP VÀ MÔI", "SỞ" would have after "UBND TỈNH
    QUẢNG TRỊ"; the motto's two lines are two styles; a rule is no text."""
    left = ["UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI", "TRƯỜNG", "_______"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    page = []
    for row, text in enumerate(left):
        words = centred(text, 183, 40 + 14 * row)
        if row < len(right):
            words += line(right[row], 280, 40 + 14 * row)
        page.append(words)
    assert text_of(page).splitlines() == [
        "UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "_______", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
