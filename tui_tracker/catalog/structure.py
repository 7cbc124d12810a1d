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
    # Flags of a parsed directive (parsing/flags.py): short, for the review's detail line.
    "parse.flag.lead_inherited": (
        "chủ trì suy ra từ đề mục/đoạn dẫn", "lead taken from a heading or lead-in"),
    "parse.flag.lead_not_found": (
        "không tìm thấy cơ quan chủ trì", "no lead agency found"),
    "parse.flag.unknown_agency": (
        "có cơ quan chưa có trong danh mục", "an agency not in the catalogue"),
    "parse.flag.deadline_from_parent_all": (
        "thời hạn chung của cả mục", "deadline stated for all points of the item"),
    "parse.flag.deadline_chain": (
        "nhiều thời hạn, lấy thời hạn cuối", "several deadlines, the last one used"),
    "parse.flag.deadline_before_notice": (
        "thời hạn sớm hơn ngày thông báo", "deadline before the notice's date"),
    "parse.flag.long_text": (
        "nội dung dài, có thể gồm nhiều nhiệm vụ", "long text, may hold several tasks"),
    "parse.flag.unclassified_paragraph_nearby": (
        "có đoạn văn gần đó chưa được phân loại", "an unclassified paragraph nearby"),
    "parse.flag.ocr_text": (
        "văn bản đọc từ bản quét (OCR)", "text read from a scan (OCR)"),
    "parse.flag.name_not_vietnamese": (
        "tên cơ quan có chữ lạ (lỗi OCR?)", "agency name with non-Vietnamese letters (OCR?)"),
    "parse.structure.unclassified": (
        "Đoạn văn chưa được phân loại (không phải nhiệm vụ cũng không phải nội dung đã nhận "
        "ra), hãy kiểm tra: “{text}”",
        "A paragraph was neither read as a task nor recognised as background; check it: "
        "“{text}”",
    ),
}
