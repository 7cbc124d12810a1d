"""Strings of the exports (JSON, CSV, XLSX, ICS), the restore and the drafts (vi, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    # (writing a file: catalog/output.py, shared by every output file)
    # ---- restore (import of a JSON export)
    "exports.restore.not_export": (
        "Tệp không phải bản xuất JSON của tui-tracker (thiếu \"format\": "
        "\"tui-tracker-export\"); hãy dùng tệp tạo bởi `tui-tracker export --format json`.",
        "The file is not a tui-tracker JSON export (no \"format\": \"tui-tracker-export\"); "
        "use a file made by `tui-tracker export --format json`.",
    ),
    "exports.restore.not_json": (
        "Tệp xuất bị hỏng, không phải JSON hợp lệ ({detail}); không có gì được lưu.",
        "The export file is damaged, not valid JSON ({detail}); nothing was stored.",
    ),
    "exports.restore.damaged": (
        "Tệp xuất bị hỏng hoặc không đầy đủ ({detail}); không có gì được lưu.",
        "The export file is damaged or incomplete ({detail}); nothing was stored.",
    ),
    "exports.restore.newer": (
        "Tệp xuất được tạo bởi phiên bản mới hơn (lược đồ {found}, phiên bản này đọc đến "
        "{known}); hãy cập nhật tui-tracker.",
        "The export was made by a newer version (schema {found}, this one reads up to "
        "{known}); update tui-tracker.",
    ),
    "exports.restore.not_empty": (
        "Cơ sở dữ liệu {path} đã có dữ liệu: chỉ khôi phục bản xuất vào cơ sở dữ liệu trống "
        "(ví dụ --db moi.db).",
        "The database {path} already holds data: restore an export only into an empty "
        "database (for example --db new.db).",
    ),
    "exports.restore.alone": (
        "Một bản xuất JSON phải được nhập riêng, không kèm tệp thông báo khác.",
        "Import a JSON export on its own, without other notice files.",
    ),
    "exports.restore.no_dry_run": (
        "--dry-run không dùng được với bản xuất JSON.",
        "--dry-run does not apply to a JSON export.",
    ),
    "exports.restore.done": (
        "Đã khôi phục {file}: {notices} thông báo, {directives} nội dung chỉ đạo, "
        "{tasks} nhiệm vụ, {history} dòng lịch sử, {changes} sửa đổi sau nhập, "
        "{agencies} cơ quan.",
        "Restored {file}: {notices} notices, {directives} directives, {tasks} tasks, "
        "{history} history entries, {changes} corrections, {agencies} agencies.",
    ),

    # ---- column names of the CSV / XLSX files (key: the English machine name)
    "exports.col.id": ("Mã nhiệm vụ", "Task id"),
    "exports.col.task_id": ("Mã nhiệm vụ", "Task id"),
    "exports.col.version": ("Phiên bản", "Version"),
    "exports.col.notice_id": ("Mã thông báo", "Notice id"),
    "exports.col.notice_number": ("Số thông báo", "Notice number"),
    "exports.col.notice_title": ("Trích yếu", "Notice title"),
    "exports.col.doc_type": ("Loại văn bản", "Document type"),
    "exports.col.issuer": ("Cơ quan ban hành", "Issuer"),
    "exports.col.place": ("Địa danh", "Place"),
    "exports.col.issued_on": ("Ngày ban hành", "Issued on"),
    "exports.col.meeting_on": ("Ngày họp", "Meeting on"),
    "exports.col.presiding": ("Chủ trì cuộc họp", "Presiding"),
    "exports.col.signer": ("Người ký", "Signer"),
    "exports.col.directives": ("Số nội dung chỉ đạo", "Directives"),
    "exports.col.tasks": ("Số nhiệm vụ", "Tasks"),
    "exports.col.open_tasks": ("Nhiệm vụ chưa xong", "Open tasks"),
    "exports.col.source": ("Tệp nguồn", "Source file"),
    "exports.col.imported_at": ("Ngày nhập", "Imported at"),
    "exports.col.directive_id": ("Mã nội dung chỉ đạo", "Directive id"),
    "exports.col.directive_ref": ("Mục", "Item"),
    "exports.col.section": ("Phần", "Section"),
    "exports.col.summary": ("Nội dung chỉ đạo", "Directive"),
    "exports.col.text": ("Toàn văn", "Full text"),
    "exports.col.lead": ("Cơ quan chủ trì", "Lead agency"),
    "exports.col.coordinating": ("Cơ quan phối hợp", "Coordinating agencies"),
    "exports.col.agency": ("Cơ quan", "Agency"),
    "exports.col.role": ("Vai trò", "Role"),
    "exports.col.status": ("Trạng thái", "Status"),
    "exports.col.deadline_text": ("Thời hạn (nguyên văn)", "Deadline as written"),
    "exports.col.deadline_kind": ("Loại thời hạn", "Deadline kind"),
    "exports.col.due_on": ("Hạn xử lý", "Due on"),
    "exports.col.original_due_on": ("Hạn ban đầu", "Original due date"),
    "exports.col.completed_on": ("Ngày hoàn thành", "Completed on"),
    "exports.col.days_left": ("Số ngày còn lại", "Days left"),
    "exports.col.class": ("Phân loại", "Class"),
    "exports.col.extension_reason": ("Lý do gia hạn", "Extension reason"),
    "exports.col.note": ("Ghi chú", "Note"),
    "exports.col.updated_at": ("Cập nhật lúc", "Updated at"),
    "exports.col.updated_by": ("Người cập nhật", "Updated by"),
    "exports.kind.date": ("ngày cụ thể", "a date"),
    "exports.kind.month": ("trong tháng", "within a month"),
    "exports.kind.quarter": ("trong quý", "within a quarter"),
    "exports.kind.half": ("nửa năm", "half-year"),
    "exports.kind.year": ("trong năm", "within the year"),
    "exports.kind.relative": ("số ngày kể từ ngày ký", "days after signing"),
    "exports.kind.working_days": ("số ngày làm việc", "working days"),
    "exports.kind.recurring": ("định kỳ", "recurring"),
    "exports.kind.ongoing": ("thường xuyên", "ongoing"),
    "exports.sheet.tasks": ("Nhiệm vụ", "Tasks"),
    "exports.sheet.notices": ("Thông báo", "Notices"),
    "exports.sheet.directives": ("Nội dung chỉ đạo", "Directives"),

    # ---- calendar (ICS) event texts
    "exports.ics.calendar_name": ("Hạn nhiệm vụ (tui-tracker)", "Task deadlines (tui-tracker)"),
    "exports.ics.notice": ("Thông báo số {number}, mục {ref}", "Notice {number}, item {ref}"),
    "exports.ics.no_number": ("(chưa có số)", "(no number)"),
    "exports.ics.role": ("Vai trò: {role}; trạng thái: {status}", "Role: {role}; status: {status}"),
    "exports.ics.deadline": ("Thời hạn: {deadline}", "Deadline: {deadline}"),
    "exports.ics.extended": ("Đã gia hạn (hạn ban đầu {original}): {reason}",
                             "Extended (originally due {original}): {reason}"),
    "exports.ics.task": ("Nhiệm vụ #{id} trong tui-tracker", "Task #{id} in tui-tracker"),

    # ---- the export command
    "exports.done.json": ("Đã xuất {path}: {notices} thông báo, {agencies} cơ quan.",
                          "Exported {path}: {notices} notices, {agencies} agencies."),
    "exports.done.csv": ("Đã xuất {path}: {count} nhiệm vụ.", "Exported {path}: {count} tasks."),
    "exports.done.xlsx": ("Đã xuất {path}: {tasks} nhiệm vụ, {notices} thông báo, "
                          "{directives} nội dung chỉ đạo.",
                          "Exported {path}: {tasks} tasks, {notices} notices, "
                          "{directives} directives."),
    "exports.done.ics": ("Đã xuất {path}: {count} sự kiện (nhiệm vụ chưa xong có thời hạn; "
                         "nhiệm vụ vừa xong hoặc hủy ghi là đã hủy, để lịch tự xóa).",
                         "Exported {path}: {count} events (open tasks with a deadline; those "
                         "done or cancelled lately marked cancelled, so calendars clear them)."),

    "exports.restore.unreadable": ("Không đọc được {file} ({detail}).",
                                   "Cannot read {file} ({detail})."),
    "exports.usage.format": (
        "Định dạng xuất không hợp lệ: {value}; hãy dùng --format {choices}.",
        "Unknown export format: {value}; use --format {choices}.",
    ),
    "exports.usage.output": (
        "Thiếu tệp đích: hãy cho -o TỆP.",
        "No output file: give -o FILE.",
    ),
    "exports.usage.keys_csv": (
        "--csv-keys chỉ dùng với --format csv.",
        "--csv-keys applies only to --format csv.",
    ),
    "cli.cmd.export.short": ("Xuất toàn bộ dữ liệu ra tệp (json, csv, ics, xlsx).",
                             "Export everything to a file (json, csv, ics, xlsx)."),
    "cli.cmd.export": (
        "Xuất toàn bộ dữ liệu ra tệp -o cho công cụ khác.\n\n"
        "json: mọi thứ (thông báo, nguyên văn, nội dung chỉ đạo, cơ quan, nhiệm vụ, lịch sử); "
        "`tui-tracker import tep.json` khôi phục nó vào một cơ sở dữ liệu trống. "
        "csv: mỗi nhiệm vụ một dòng, mở đúng bằng Excel (UTF-8 có BOM, tên cột tiếng Việt). "
        "xlsx: các trang Nhiệm vụ, Thông báo, Nội dung chỉ đạo. "
        "ics: lịch, mỗi nhiệm vụ chưa xong có thời hạn là một sự kiện cả ngày, nhắc trước 3 ngày.",
        "Export everything to the file -o, for other tools.\n\n"
        "json: everything (notices, original text, directives, agencies, tasks, history); "
        "`tui-tracker import file.json` restores it into an empty database. "
        "csv: one row per task, opens right in Excel (UTF-8 with a BOM, column names in the "
        "interface language). xlsx: sheets of tasks, notices and directives. "
        "ics: a calendar, one all-day event per open task with a deadline, reminder 3 days "
        "before.",
    ),
    "exports.opt.format": ("Định dạng: json, csv, ics hoặc xlsx.",
                           "Format: json, csv, ics or xlsx."),
    "exports.opt.output": ("Tệp cần ghi (ghi trọn vẹn hoặc không ghi gì).",
                           "The file to write (written whole or not at all)."),
    "exports.opt.csv_keys": (
        "CSV cho chương trình: tên cột là khóa tiếng Anh như --json, giá trị thô, không BOM.",
        "CSV for scripts: the English keys of --json as column names, raw values, no BOM.",
    ),
    "exports.opt.list_csv": (
        "In CSV mở đúng bằng Excel (UTF-8 có BOM, tên cột theo ngôn ngữ giao diện).",
        "Print CSV that opens right in Excel (UTF-8 with a BOM, column names in the "
        "interface language).",
    ),

    # ---- drafts (.docx)
    "cli.cmd.draft.short": ("Soạn dự thảo văn bản (.docx): báo cáo, công văn đôn đốc.",
                            "Draft documents (.docx): report, urging letter."),
    "cli.cmd.draft": (
        "Soạn dự thảo văn bản Word theo thể thức Nghị định 30/2020/NĐ-CP. Chỗ \"…\" là chỗ "
        "người soạn điền tiếp (số văn bản, ngày, người ký).",
        "Draft Word documents in the layout of Decree 30/2020/NĐ-CP. \"…\" marks what a "
        "person fills in (number, day, signer). The documents are in Vietnamese.",
    ),
    "cli.cmd.draft.report.short": ("Báo cáo kết quả thực hiện một thông báo.",
                                   "Report on how a notice was carried out."),
    "cli.cmd.draft.report": (
        "Dự thảo \"Báo cáo kết quả thực hiện Thông báo số …\" của thông báo NOTICE (mã trong "
        "`list --json`, cột notice_id): mỗi nội dung chỉ đạo một đoạn, với trạng thái, ngày "
        "hoàn thành và ghi chú của cơ quan chủ trì. Mặc định ghi bao-cao-thong-bao-<mã>.docx "
        "vào thư mục hiện tại.",
        "Draft the report \"Báo cáo kết quả thực hiện Thông báo số …\" on notice NOTICE (the "
        "notice_id of `list --json`): one paragraph per directive with its lead agency's "
        "status, completion date and note. Writes bao-cao-thong-bao-<id>.docx in the current "
        "folder unless -o is given.",
    ),
    "cli.cmd.draft.reminder.short": ("Công văn đôn đốc một cơ quan.",
                                     "Urging letter to an agency."),
    "cli.cmd.draft.reminder": (
        "Dự thảo công văn đôn đốc gửi cơ quan --agency, kèm bảng các nhiệm vụ quá hạn và sắp "
        "đến hạn của cơ quan đó. Mặc định ghi don-doc-<cơ quan>.docx vào thư mục hiện tại.",
        "Draft the urging letter (công văn đôn đốc) to the agency --agency, with a table of "
        "its overdue and due-soon tasks. Writes don-doc-<agency>.docx in the current folder "
        "unless -o is given.",
    ),
    "drafts.opt.output": ("Tệp .docx cần ghi.", "The .docx file to write."),
    "drafts.opt.agency": ("Tên cơ quan (viết tắt, không dấu đều được).",
                          "The agency's name (abbreviations, no diacritics are fine)."),
    "drafts.usage.agency": ("Thiếu cơ quan: hãy cho --agency \"Sở Tài chính\".",
                            "No agency: give --agency \"Sở Tài chính\"."),
    "drafts.usage.no_agency": (
        "Không tìm thấy đúng một cơ quan tên \"{agency}\"; xem danh sách trong giao diện "
        "(phím a) hoặc ghi đầy đủ hơn.",
        "No single agency is called \"{agency}\"; see the list in the UI (key a) or write "
        "more of the name.",
    ),
    "drafts.nothing_to_urge": (
        "{agency} không có nhiệm vụ quá hạn hay đến hạn trong {days} ngày tới: không có gì "
        "để đôn đốc, không tạo công văn.",
        "{agency} has no task overdue or due within {days} days: there is nothing to urge, "
        "no letter was written.",
    ),
    "drafts.written": ("Đã ghi dự thảo {path}.", "Wrote the draft {path}."),
    "drafts.written.reminder": ("Đã ghi dự thảo {path} ({count} nhiệm vụ cần đôn đốc).",
                                "Wrote the draft {path} ({count} tasks to urge)."),

    # ---- drafts from the terminal UI
    "ui.drafts.binding.report": ("Dự thảo báo cáo", "Draft report"),
    "ui.drafts.binding.reminder": ("Dự thảo công văn đôn đốc", "Draft urging letter"),
    "ui.drafts.written": ("Đã ghi dự thảo {path}", "Wrote the draft {path}"),
    "ui.drafts.written.reminder": ("Đã ghi dự thảo {path} ({count} nhiệm vụ cần đôn đốc)",
                                   "Wrote the draft {path} ({count} tasks to urge)"),
}
