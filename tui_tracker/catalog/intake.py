"""Strings of reading PDF and Word notices (tui_tracker/intake, parsing/source.py)."""

STRINGS = {
    "intake.pdf.encrypted": (
        "Tệp {path} là PDF có mật khẩu nên không đọc được: hãy mở tệp bằng mật khẩu, lưu "
        "(hoặc in) ra một bản PDF không mật khẩu rồi nhập bản đó.",
        "{path} is a password-protected PDF and cannot be read: open it with its password, "
        "save (or print) a copy without a password and import that."),
    "intake.pdf.corrupt": (
        "Tệp {path} là PDF bị hỏng, không đọc được ({detail}): hãy tải hoặc xuất lại tệp "
        "PDF từ nguồn rồi thử lại.",
        "{path} is a damaged PDF that cannot be read ({detail}): download or export the PDF "
        "again and retry."),
    "intake.pdf.scanned": (
        "Tệp {path} là bản scan (ảnh), không có lớp chữ, nên cần OCR để đọc: hãy cài OCR "
        "bằng lệnh `{install}` rồi thử lại.",
        "{path} is a scan (images) without a text layer and needs OCR to be read: install "
        "OCR with `{install}` and retry."),
    "intake.pdf.scanned_pages": (
        "Trang {pages} của tệp {path} là ảnh scan không có lớp chữ nên cần OCR, để không bỏ "
        "sót nội dung: hãy cài OCR bằng lệnh `{install}` rồi thử lại.",
        "Page(s) {pages} of {path} are scanned images without a text layer and need OCR, so "
        "that nothing is left out: install OCR with `{install}` and retry."),
    "intake.pdf.ocr_failed": (
        "OCR không đọc được trang {page} của tệp {path} ({detail}): hãy kiểm tra bản cài "
        "tesseract (tesseract --list-langs phải có vie) rồi thử lại.",
        "OCR failed on page {page} of {path} ({detail}): check the tesseract installation "
        "(tesseract --list-langs must list vie) and retry."),
    "intake.pdf.page_too_large": (
        "Trang {page} của tệp {path} khổ {width} × {height} mm, lớn hơn khổ A0, nên không "
        "đọc: thông báo in trên khổ A4; hãy xuất hoặc in lại văn bản ra khổ A4 rồi nhập bản đó.",
        "Page {page} of {path} is {width} × {height} mm, larger than A0, and is not read: "
        "notices are printed on A4; export or print the document to A4 again and import "
        "that."),
    "intake.pdf.page_too_dense": (
        "Trang {page} của tệp {path} có {count} ký tự, nhiều hơn một trang văn bản in có thể "
        "chứa (tối đa {limit}), nên không đọc: hãy kiểm tra đúng tệp thông báo; nếu đúng, hãy "
        "lưu phần cần nhập ra tệp .docx hoặc .txt rồi nhập tệp đó.",
        "Page {page} of {path} holds {count} characters, more than a printed page of text "
        "can (at most {limit}), and is not read: check that this is the notice; if it is, "
        "save the part to import as .docx or .txt and import that."),
    "intake.pdf.too_many_chars": (
        "Tệp {path} có hơn {limit} ký tự, nhiều hơn mọi thông báo, nên không đọc: hãy kiểm "
        "tra đúng tệp thông báo, hoặc tách phần cần nhập ra một tệp PDF riêng.",
        "{path} holds more than {limit} characters, more than any notice, and is not read: "
        "check that this is the notice, or split the part to import into a PDF of its own."),
    "intake.pdf.too_many_pages": (
        "Tệp {path} có {count} trang, nhiều hơn mọi thông báo (tối đa {limit}), nên không "
        "đọc: hãy kiểm tra đúng tệp thông báo, hoặc tách phần cần nhập ra một tệp PDF riêng.",
        "{path} has {count} pages, more than any notice (at most {limit}), and is not read: "
        "check that this is the notice, or split the part to import into a PDF of its own."),
    "intake.docx.unpacks_too_large": (
        "Tệp {path} giải nén ra quá lớn hoặc bất thường ({size} MB, trong đó {xml} MB XML; "
        "tỉ lệ nén {ratio}:1), nên không đọc để tránh làm treo máy: hãy mở tệp bằng Word, "
        "lưu lại dưới dạng .docx hoặc .pdf rồi nhập bản đó.",
        "{path} unpacks to too much or to something unusual ({size} MB, {xml} MB of it XML; "
        "packed {ratio}:1) and is not read, so as not to stall the server: open it in Word, "
        "save it again as .docx or .pdf and import that."),
    "intake.docx.too_many_paragraphs": (
        "Tệp {path} có {count} đoạn văn, nhiều hơn mọi thông báo (tối đa {limit}), nên không "
        "đọc: hãy kiểm tra đúng tệp thông báo, hoặc tách phần cần nhập ra một tệp riêng.",
        "{path} has {count} paragraphs, more than any notice (at most {limit}), and is not "
        "read: check that this is the notice, or split the part to import into a file of "
        "its own."),
    "intake.docx.corrupt": (
        "Tệp {path} là tệp Word (.docx) bị hỏng, không mở được ({detail}): hãy mở tệp bằng "
        "Word, lưu lại dưới dạng .docx hoặc .pdf rồi thử lại.",
        "{path} is a damaged Word (.docx) file that cannot be opened ({detail}): open it in "
        "Word, save it again as .docx or .pdf and retry."),
    "intake.text.too_long": (
        "Văn bản trong tệp {path} dài {size} MB, quá dài để là một thông báo (một tệp .txt "
        "được tối đa {limit} MB): hãy kiểm tra đúng tệp, hoặc tách phần cần nhập ra tệp riêng.",
        "The text in {path} is {size} MB long, too long to be a notice (a .txt may hold at "
        "most {limit} MB): check that this is the notice, or split the part to import into "
        "a file of its own."),
    "intake.format.doc": (
        "Tệp {path} là tệp Word cũ (.doc) hoặc tệp Office có mật khẩu, không đọc được: hãy "
        "mở bằng Word và lưu lại dưới dạng .docx (không mật khẩu) hoặc .pdf.",
        "{path} is an old Word (.doc) file or a password-protected Office file, which cannot "
        "be read: open it in Word and save it as .docx (without a password) or .pdf."),
    "intake.format.rtf": (
        "Tệp {path} là tệp RTF, không đọc được: hãy mở bằng Word và lưu lại dưới dạng .docx "
        "hoặc .pdf.",
        "{path} is an RTF file, which cannot be read: open it in Word and save it as .docx "
        "or .pdf."),
    "intake.format.zip": (
        "Tệp {path} là tệp nén hoặc tệp Office không phải Word (.xlsx, .pptx, .odt …), không "
        "đọc được: hãy lưu thông báo dưới dạng .docx, .pdf hoặc .txt.",
        "{path} is an archive or an Office file other than Word (.xlsx, .pptx, .odt …), which "
        "cannot be read: save the notice as .docx, .pdf or .txt."),
    "intake.format.image": (
        "Tệp {path} là một tệp ảnh, không đọc được: hãy ghép (scan) các trang thành một tệp "
        "PDF rồi nhập tệp PDF đó.",
        "{path} is an image file, which cannot be read: scan or combine the pages into a PDF "
        "and import that."),
    "intake.source.summary": (
        "Nguồn",
        "Source"),
    "intake.source.pdf": (
        "PDF, {pages} trang",
        "PDF, {pages} page(s)"),
    "intake.source.ocr": (
        "OCR trang {pages}",
        "OCR of page(s) {pages}"),
    "intake.source.docx": (
        "Word (.docx)",
        "Word (.docx)"),
}
