"""Strings of the import screens (paste, review corrections) and of the 80×24 polish.

Keys `importui.*`. Vietnamese first, English second.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # --- review: corrections ---------------------------------------------------------------
    "importui.edit.leads": (
        "Cơ quan chủ trì (nhiều cơ quan: cách nhau bằng dấu chấm phẩy)",
        "Lead agencies (several: separate them with semicolons)",
    ),
    "importui.edit.coordinate": (
        "Cơ quan phối hợp (cách nhau bằng dấu chấm phẩy)",
        "Coordinating agencies (separate them with semicolons)",
    ),
    "importui.review.binding.remove": ("Bỏ", "Remove"),
    "importui.review.binding.restore": ("Lấy lại", "Restore"),
    "importui.review.removed": (
        "Đã bỏ chỉ đạo {ref} khỏi lần nhập này; {key} để lấy lại.",
        "Directive {ref} removed from this import; {key} brings it back.",
    ),
    "importui.review.restored": ("Đã lấy lại chỉ đạo {ref}.", "Directive {ref} restored."),
    "importui.review.nothing_removed": (
        "Không có chỉ đạo nào đã bỏ để lấy lại.", "No removed directive to bring back."),
    "importui.review.removed_count": ("{count} đã bỏ", "{count} removed"),
    # Flags: rows the parser was unsure of.
    "importui.review.binding.next_flag": ("Dòng cần xem", "Next to check"),
    "importui.review.to_check": (
        "{glyph} {count} dòng cần kiểm tra ({key}: dòng tiếp theo)",
        "{glyph} {count} rows to check ({key}: the next one)",
    ),
    "importui.review.to_check.one": (
        "{glyph} {count} dòng cần kiểm tra ({key}: tới dòng đó)",
        "{glyph} {count} row to check ({key}: go to it)",
    ),
    "importui.review.check": ("{glyph} Cần kiểm tra: {flags}", "{glyph} Check: {flags}"),
    "importui.review.no_flags": (
        "Không có dòng nào cần kiểm tra: trình đọc không nghi ngờ dòng nào.",
        "No row to check: the parser was sure of every row.",
    ),
    "importui.review.flag_at": (
        "Dòng cần kiểm tra {position}/{count}: mục {ref}.",
        "Row to check {position} of {count}: item {ref}.",
    ),
    "importui.review.flag_wrapped": (
        "Hết các dòng cần kiểm tra phía dưới; quay lại từ đầu: {position}/{count}, mục {ref}.",
        "No row to check below; back to the first: {position} of {count}, item {ref}.",
    ),
    "importui.discard.question": ("Bỏ các sửa đổi?", "Discard the corrections?"),
    "importui.discard.detail": (
        "Đã sửa: {edited}; đã bỏ: {removed}. Thông báo chưa được lưu.",
        "Corrected: {edited}; removed: {removed}. The notice is not stored yet.",
    ),
    "importui.discard.yes": ("Bỏ sửa đổi", "Discard"),
    "importui.discard.no": ("Tiếp tục xem lại", "Keep reviewing"),
    "importui.discard.binding.yes": ("Bỏ đi", "Discard"),
    "importui.discard.binding.no": ("Quay lại", "Go back"),
    "importui.discard.typed.question": ("Bỏ những gì đã nhập?", "Discard what you typed?"),
    "importui.discard.typed.detail": (
        "Các ô của hộp thoại đã được sửa; đóng lại sẽ không lưu gì.",
        "The dialog's fields were changed; closing it saves nothing.",
    ),
    "importui.discard.typed.yes": ("Bỏ đi", "Discard"),
    "importui.discard.typed.no": ("Tiếp tục nhập", "Keep editing"),
}
STRINGS.update({
    "importui.cli.version": ("In phiên bản đã cài rồi thoát.",
                             "Print the installed version and exit."),
})
STRINGS.update({
    "importui.key.quit_top": ("Thoát (ở màn hình đếm ngược và các danh sách)",
                              "Quit (from the countdown and the section lists)"),
})
STRINGS.update({
    "importui.help.legend": (
        "Trạng thái ở màn hình hẹp: {legend}. Chân màn hình chỉ có các phím chính; đủ cả ở đây.",
        "Status on narrow screens: {legend}. The footer shows the main keys; all are here.",
    ),
})
STRINGS.update({
    "importui.too_small": (
        "Cửa sổ quá nhỏ ({width}×{height}). Hãy phóng to tới ít nhất {min_width}×{min_height};"
        " Ctrl+Q để thoát.",
        "The terminal is too small ({width}×{height}). Make it at least"
        " {min_width}×{min_height}; Ctrl+Q quits.",
    ),
})
STRINGS.update({
    "importui.theme.not_saved": (
        "Không lưu được giao diện đã chọn vào {path} ({reason}); lần sau sẽ dùng giao diện"
        " trong tệp cài đặt.",
        "The chosen theme could not be saved to {path} ({reason}); next time the settings'"
        " theme is used.",
    ),
})
STRINGS.update({
    "importui.palette.no_matches": ("Không có lệnh nào khớp", "No matching command"),
    "importui.quit_hint": ("Bấm {key} để thoát chương trình.", "Press {key} to quit the app."),
    "importui.quit_hint.title": ("Bạn muốn thoát?", "Do you want to quit?"),
})
STRINGS.update({
    # --- import: pasted text -----------------------------------------------------------------
    "importui.path_label": ("Tệp thông báo (.txt, .md, .pdf, .docx)",
                            "Notice file (.txt, .md, .pdf, .docx)"),
    "importui.binding.paste": ("Dán/tệp", "Paste/file"),
    "importui.binding.parse_pasted": ("Đọc", "Read"),
    "importui.paste.label": (
        "Dán văn bản thông báo (sao chép từ thư điện tử hay trang web) vào ô dưới đây:",
        "Paste the notice's text (copied from an e-mail or a web page) below:",
    ),
    "importui.paste.hint": (
        "{parse} để đọc rồi xem lại (chưa lưu gì cho đến khi bạn xác nhận ở màn hình xem lại)."
        " {file} để chọn tệp.",
        "{parse} reads it for review (nothing is stored until you confirm on the review"
        " screen). {file} to choose a file instead.",
    ),
    "importui.file.hint": (
        "Chưa có gì được lưu cho đến khi bạn xác nhận ({save}) ở màn hình xem lại. "
        "{paste} để dán văn bản thay vì chọn tệp.",
        "Nothing is stored until you confirm ({save}) on the review screen. "
        "{paste} to paste text instead of choosing a file.",
    ),
    "importui.paste.reading": ("Đang đọc văn bản dán…", "Reading the pasted text…"),
    "importui.paste.source": ("văn bản dán", "pasted text"),
    "importui.paste.empty": (
        "Chưa có văn bản nào: hãy dán nội dung thông báo vào ô rồi đọc lại.",
        "There is no text yet: paste the notice's text into the box, then read it again.",
    ),
    "importui.paste.not_a_notice": (
        "Văn bản dán không giống một thông báo (không có tên loại, số ký hiệu hay mục đánh số"
        " nào); hãy sao chép cả thông báo, từ phần đầu đến nơi nhận.",
        "The pasted text does not look like a notice (no type line, number or numbered item);"
        " copy the whole notice, from its heading to its recipients.",
    ),
    "importui.paste.too_large": (
        "Văn bản dán quá lớn ({size} MB, tối đa {limit} MB): hãy lưu thành tệp rồi nhập tệp đó.",
        "The pasted text is too large ({size} MB, at most {limit} MB): save it to a file and"
        " import the file.",
    ),
})
