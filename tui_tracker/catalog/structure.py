"""Strings of the notice structure parser (sections, items, assignments) and agencies."""

STRINGS: dict[str, tuple[str, str]] = {
    "parse.structure.not_a_notice": (
        "Không nhận ra nội dung là một thông báo hay văn bản chỉ đạo: không có dòng tên loại "
        "văn bản (THÔNG BÁO, KẾT LUẬN…), số ký hiệu (Số: …/…), trích yếu V/v hay mục nhiệm vụ "
        "nào. Hãy mở tệp kiểm tra lại, rồi thử với văn bản thông báo dạng .txt hoặc .md.",
        "This does not look like a notice or directive document: no type line (THÔNG BÁO, "
        "KẾT LUẬN…), number (Số: …/…), V/v summary or numbered task was found. Check the "
        "file, then try again with the notice's text (.txt or .md).",
    ),
    "parse.structure.no_directives": (
        "Không tìm thấy chỉ đạo nào trong thông báo.",
        "No directives were found in the notice.",
    ),
    "parse.structure.no_lead": (
        "Mục {ref}: chưa xác định được cơ quan chủ trì.",
        "Item {ref}: no lead agency was found.",
    ),
    "parse.structure.deadline_before_notice": (
        "Mục {ref}: thời hạn {due} ({phrase}) sớm hơn ngày của thông báo ({notice_date}).",
        "Item {ref}: the deadline {due} ({phrase}) is earlier than the notice's date "
        "({notice_date}).",
    ),
    "parse.structure.deadline_chain": (
        "Mục {ref} có nhiều thời hạn ({phrases}); lấy thời hạn cuối: {phrase}.",
        "Item {ref} has several deadlines ({phrases}); the last one is used: {phrase}.",
    ),
    "parse.structure.relative_from_meeting": (
        "Không có ngày ban hành: thời hạn “{phrase}” của mục {ref} được tính từ ngày họp "
        "{date}.",
        "No issue date: the deadline “{phrase}” of item {ref} is counted from the meeting "
        "date {date}.",
    ),
}
