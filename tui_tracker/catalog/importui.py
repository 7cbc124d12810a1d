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
        "Cơ quan phối hợp (cách nhau bằng dấu chấm phẩy; “các cơ quan liên quan” được hiểu"
        " như trong văn bản)",
        "Coordinating agencies (separated by semicolons; “các cơ quan liên quan” means related"
        " agencies, as in a notice)",
    ),
    "importui.review.binding.remove": ("Bỏ chỉ đạo", "Remove directive"),
    "importui.review.binding.restore": ("Lấy lại", "Restore"),
    "importui.review.removed": (
        "Đã bỏ chỉ đạo {ref} khỏi lần nhập này; {key} để lấy lại.",
        "Directive {ref} removed from this import; {key} brings it back.",
    ),
    "importui.review.restored": ("Đã lấy lại chỉ đạo {ref}.", "Directive {ref} restored."),
    "importui.review.nothing_removed": (
        "Không có chỉ đạo nào đã bỏ để lấy lại.", "No removed directive to bring back."),
    "importui.review.removed_count": ("{count} đã bỏ", "{count} removed"),
    "importui.discard.question": ("Bỏ các sửa đổi?", "Discard the corrections?"),
    "importui.discard.detail": (
        "Bạn đã sửa {edited} và bỏ {removed} chỉ đạo; thông báo chưa được lưu.",
        "You corrected {edited} and removed {removed} directives; the notice is not stored.",
    ),
    "importui.discard.yes": ("Bỏ sửa đổi", "Discard"),
    "importui.discard.no": ("Tiếp tục xem lại", "Keep reviewing"),
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
