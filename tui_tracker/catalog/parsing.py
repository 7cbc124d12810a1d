"""Strings of the notice header, references and file reading (parsing/header.py,
parsing/references.py, parsing/source.py): parser warnings and input errors."""

STRINGS: dict[str, tuple[str, str]] = {
    # Warnings: what a notice should have and this one lacks.
    "parse.header.no_number": (
        "Không tìm thấy số, ký hiệu văn bản.",
        "No document number found."),
    "parse.header.no_issue_date_meeting": (
        "Không tìm thấy ngày ban hành; dùng ngày họp {date} thay thế.",
        "No issue date found; the meeting date {date} is used instead."),
    "parse.header.no_issue_date": (
        "Không tìm thấy ngày ban hành và ngày họp; thời hạn tính từ ngày ban hành "
        "sẽ không xác định được.",
        "No issue date or meeting date found; deadlines counted from the issue date "
        "cannot be resolved."),
    "parse.header.no_issuer": (
        "Không tìm thấy cơ quan ban hành ở đầu văn bản.",
        "No issuing agency found at the top of the notice."),
    "parse.header.no_title": (
        "Không tìm thấy trích yếu (tên) của văn bản.",
        "No summary (title) of the notice found."),
    "parse.header.no_signer": (
        "Không tìm thấy người ký văn bản.",
        "No signer found."),
    "parse.header.invalid_date": (
        "Ngày “{phrase}” không tồn tại. Hãy sửa lại văn bản rồi nhập lại.",
        "The date “{phrase}” does not exist. Correct the notice and try again."),
    # Reading a notice file.
    "parse.file.missing": (
        "Không tìm thấy tệp {path}. Hãy kiểm tra lại đường dẫn.",
        "File {path} does not exist. Check the path."),
    "parse.file.directory": (
        "{path} là một thư mục, không phải tệp văn bản. Hãy chỉ ra tệp .txt hoặc .md.",
        "{path} is a directory, not a text file. Give a .txt or .md file."),
    "parse.file.unreadable": (
        "Không đọc được tệp {path} ({reason}). Hãy kiểm tra quyền truy cập tệp.",
        "Cannot read {path} ({reason}). Check the file's permissions."),
    "parse.file.empty": (
        "Tệp {path} không có nội dung. Hãy dán nội dung thông báo vào tệp rồi thử lại.",
        "{path} is empty. Paste the notice's text into it and try again."),
    "parse.file.binary": (
        "Tệp {path} không phải văn bản thuần (text). Hãy sao chép nội dung thông báo "
        "vào một tệp .txt.",
        "{path} is not a plain text file. Copy the notice's text into a .txt file."),
    "parse.file.pdf": (
        "Tệp {path} là tệp PDF. Hãy sao chép nội dung thông báo ra một tệp .txt rồi nhập tệp đó.",
        "{path} is a PDF. Copy the notice's text into a .txt file and import that."),
    "parse.file.office": (
        "Tệp {path} là tệp Word/Excel. Hãy lưu hoặc sao chép nội dung ra tệp .txt rồi nhập "
        "tệp đó.",
        "{path} is a Word/Excel file. Save or copy its text as a .txt file and import that."),
    "parse.file.too_large": (
        "Tệp {path} quá lớn ({size} MB) để là một thông báo. Hãy kiểm tra lại tệp.",
        "{path} is too large ({size} MB) to be a notice. Check the file."),
    "parse.file.stdin": (
        "đầu vào chuẩn",
        "standard input"),
}
