"""Reading agencies' progress reports (báo cáo kết quả) and applying them: parsing,
matching, the CLI's read-report / apply-report and the UI's report review."""

STRINGS: dict[str, tuple[str, str]] = {
    # How a letter is named in the history (always the Vietnamese: a document's name).
    "replies.doc.bc": ("Báo cáo", "Report"),
    "replies.doc.cv": ("Công văn", "Letter"),
    "replies.evidence.number": ("{kind} số {number}", "{kind} No. {number}"),
    "replies.evidence.date": ("ngày {date}", "of {date}"),
    # Reading.
    "replies.read.empty": (
        "Văn bản không có nội dung báo cáo (chỉ có phần đầu hoặc chữ ký): hãy kiểm tra lại tệp.",
        "The letter has no body (only a header or a signature): check the file."),
    "replies.read.no_sender": (
        "Không xác định được cơ quan gửi báo cáo (phần đầu văn bản không ghi tên cơ quan).",
        "The sending agency was not found (the letter's header names no agency)."),
    "replies.read.no_number": ("Không tìm thấy số, ký hiệu của văn bản.",
                               "No document number found."),
    "replies.read.no_date": ("Không tìm thấy ngày ban hành của văn bản.",
                             "No issue date found."),
    "replies.read.no_items": (
        "Không tìm thấy nhiệm vụ nào được báo cáo (không có điểm, mục được trích dẫn hay "
        "từ ngữ về tình trạng thực hiện).",
        "No reported task found (no cited item and no words about progress)."),
}
