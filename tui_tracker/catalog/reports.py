"""Strings of the reports: the scoreboard, `report`, `due`, recurring duties (vi, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    # ---- recurring duties (store/recurrence.py): the history note of a roll
    "recurrence.rolled": (
        "Nhiệm vụ định kỳ: kỳ hạn {due} đã {status} ngày {on}; kỳ tiếp theo hạn {next}.",
        "Recurring duty: the occurrence due {due} was {status} on {on}; next one due {next}.",
    ),
}

STRINGS.update({
    # ---- scoreboard: titles and columns (every rendering: terminal, md, csv, xlsx, UI)
    "report.title": ("Kết quả thực hiện nhiệm vụ tính đến ngày {day}",
                     "Progress on assigned tasks as of {day}"),
    "report.title_by_notice": ("Kết quả thực hiện nhiệm vụ theo thông báo, tính đến ngày {day}",
                               "Progress on assigned tasks by notice as of {day}"),
    "report.scope.period": ("Nhiệm vụ có thời hạn từ {start} đến {end}",
                            "Tasks due from {start} to {end}"),
    "report.scope.notice": ("Thông báo {notice}", "Notice {notice}"),
    "report.notice_without_number": ("Thông báo #{id}", "Notice #{id}"),
    "report.col.agency": ("Cơ quan chủ trì", "Lead agency"),
    "report.col.agency_coordinate": ("Cơ quan phối hợp", "Coordinating agency"),
    "report.col.notice": ("Thông báo", "Notice"),
    "report.col.total": ("Tổng số", "Total"),
    "report.col.done_on_time": ("Hoàn thành đúng hạn", "Done on time"),
    "report.col.done_late": ("Hoàn thành quá hạn", "Done late"),
    "report.col.on_track": ("Đang thực hiện trong hạn", "In progress, on time"),
    "report.col.overdue": ("Đang thực hiện quá hạn", "In progress, overdue"),
    "report.col.completion_rate": ("Tỷ lệ hoàn thành", "Completion rate"),
    "report.col.on_time_rate": ("Tỷ lệ đúng hạn", "On-time rate"),
    "report.totals": ("Tổng cộng", "Total"),
    "report.coordinate_title": ("Nhiệm vụ phối hợp (không tính vào tổng cộng)",
                                "Coordinating tasks (not in the totals)"),
    "report.coordinate_prefix": ("Phối hợp:", "Coordinating:"),
    "report.empty": ("Không có nhiệm vụ nào trong phạm vi báo cáo.",
                     "No task falls within this report."),
    "report.footnote": (
        "Tổng cộng tính các nhiệm vụ chủ trì; nhiệm vụ đã hủy không được tính. "
        "Tỷ lệ hoàn thành = số đã hoàn thành / tổng số; tỷ lệ đúng hạn = số hoàn thành "
        "đúng hạn / số đã hoàn thành.",
        "Totals count lead tasks; cancelled tasks are left out. Completion rate = done / "
        "total; on-time rate = done on time / done.",
    ),
})

STRINGS.update({
    # ---- the workbook (reports/xlsx.py); sheet names: at most 31 characters
    "report.xlsx.summary_sheet": ("Tổng hợp", "Summary"),
    "report.xlsx.tasks_sheet": ("Danh sách nhiệm vụ", "Tasks"),
    "report.xlsx.scope_all": ("Tất cả nhiệm vụ (nhiệm vụ đã hủy không được tính)",
                              "All tasks (cancelled tasks left out)"),
    "report.xlsx.col.number": ("STT", "No."),
    "report.xlsx.task.number": ("STT", "No."),
    "report.xlsx.task.notice": ("Số thông báo", "Notice"),
    "report.xlsx.task.ref": ("Mục", "Item"),
    "report.xlsx.task.summary": ("Nội dung nhiệm vụ", "Task"),
    "report.xlsx.task.agency": ("Cơ quan", "Agency"),
    "report.xlsx.task.role": ("Vai trò", "Role"),
    "report.xlsx.task.status": ("Trạng thái", "Status"),
    "report.xlsx.task.due_on": ("Thời hạn", "Due"),
    "report.xlsx.task.original_due_on": ("Thời hạn ban đầu", "Original due"),
    "report.xlsx.task.completed_on": ("Ngày hoàn thành", "Completed"),
    "report.xlsx.task.class": ("Phân loại", "Class"),
    "report.xlsx.task.id": ("Mã nhiệm vụ", "Task id"),
})

STRINGS.update({
    # ---- `report` on the command line
    "cli.cmd.report.short": ("Bảng tổng hợp kết quả theo cơ quan.",
                             "The scoreboard by agency."),
    "cli.cmd.report": (
        "Bảng tổng hợp kết quả thực hiện nhiệm vụ theo cơ quan chủ trì, tính đến một ngày: "
        "hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, đang thực hiện "
        "quá hạn, tỷ lệ hoàn thành; nhiệm vụ phối hợp tính riêng. In bảng ra màn hình, "
        "hoặc --json, hoặc ghi tệp --format md|csv|xlsx -o TỆP.",
        "The scoreboard of assigned tasks by lead agency as of a day: done on time, done "
        "late, in progress on time, in progress overdue, completion rate; coordinating tasks "
        "apart. Prints a table, or --json, or writes --format md|csv|xlsx -o FILE.",
    ),
    "report.opt.as_of": ("Ngày tính (mặc định: hôm nay, hoặc --today).",
                         "The day to report as of (default: today, or --today)."),
    "report.opt.format": ("Định dạng tệp: md, csv hoặc xlsx.", "File format: md, csv or xlsx."),
    "report.opt.output": ("Tệp cần ghi (bắt buộc với xlsx; '-' là màn hình).",
                          "File to write (required for xlsx)."),
    "report.opt.from": ("Chỉ tính nhiệm vụ có thời hạn từ ngày này.",
                        "Only tasks due on or after this day."),
    "report.opt.to": ("Chỉ tính nhiệm vụ có thời hạn đến ngày này.",
                      "Only tasks due on or before this day."),
    "report.opt.notice": ("Chỉ tính nhiệm vụ của thông báo ID.", "Only the tasks of notice ID."),
    "report.opt.by": ("Tổng hợp theo cơ quan (agency, mặc định) hoặc theo thông báo (notice).",
                      "Group by agency (default) or by notice."),
    "report.usage.json_or_format": ("Chọn --json hoặc --format, không dùng cả hai.",
                                    "Choose --json or --format, not both."),
    "report.usage.unknown_suffix": (
        "Không đoán được định dạng của tệp {path}: thêm --format md, csv hoặc xlsx.",
        "Cannot tell the format of {path} from its name: add --format md, csv or xlsx."),
    "report.usage.xlsx_needs_output": (
        "Tệp Excel cần nơi ghi: thêm -o TỆP.xlsx.",
        "An Excel file needs somewhere to go: add -o FILE.xlsx."),
    "report.usage.table_to_file": (
        "Bảng màn hình không ghi ra tệp: thêm --format md, csv hoặc xlsx.",
        "The terminal table is not written to files: add --format md, csv or xlsx."),
    "report.usage.from_after_to": (
        "--from {start} sau --to {end}: đổi lại thứ tự hai ngày.",
        "--from {start} is after --to {end}: swap the two days."),
    "report.usage.by_notice_and_notice": (
        "--by notice đã tổng hợp mọi thông báo; bỏ --notice, hoặc dùng --notice với --by agency.",
        "--by notice already covers every notice; drop --notice, or use it with --by agency."),
    "report.written": ("Đã ghi {path}", "Wrote {path}"),
    # Short column heads for the terminal (80 columns); the legend under the table spells them out.
    "report.short.total": ("Tổng\nsố", "Total"),
    "report.short.done_on_time": ("HT\nđúng", "Done\non time"),
    "report.short.done_late": ("HT\ntrễ", "Done\nlate"),
    "report.short.on_track": ("Trong\nhạn", "On\ntrack"),
    "report.short.overdue": ("Quá\nhạn", "Over-\ndue"),
    "report.short.completion_rate": ("Tỷ lệ\nHT", "%\ndone"),
    "report.short.on_time_rate": ("Tỷ lệ\nđúng", "%\non time"),

    # ---- `due`: the login banner
    "cli.cmd.due.short": ("Vài dòng nhắc việc cho lúc đăng nhập.",
                          "A few lines for a login banner."),
    "cli.cmd.due": (
        "Số nhiệm vụ quá hạn và đến hạn trong N ngày tới (mặc định 7), kèm một hai việc gấp "
        "nhất. Không in gì khi không có việc nào: đặt được vào /etc/profile.d.",
        "How many tasks are overdue and due within N days (default 7), with the one or two "
        "most urgent. Prints nothing when nothing is due: fit for /etc/profile.d.",
    ),
    "due.opt.days": ("Số ngày tới được tính là sắp đến hạn.", "Days ahead that count as due soon."),
    "due.head": ("Nhắc việc: {overdue}, {soon}.", "Tasks: {overdue}, {soon}."),
    "due.overdue": ("{count} nhiệm vụ quá hạn", "{count} overdue"),
    "due.overdue.one": ("{count} nhiệm vụ quá hạn", "{count} overdue"),
    "due.soon": ("{count} nhiệm vụ đến hạn trong {days} ngày tới",
                 "{count} due within {days} days"),
    "due.soon.one": ("{count} nhiệm vụ đến hạn trong {days} ngày tới",
                     "{count} due within {days} days"),
})

STRINGS.update({
    # ---- the report screen (ui/screens/report.py)
    "ui.key.report": ("Báo cáo", "Report"),
    "ui.scope.report": ("Báo cáo", "Report"),
    "ui.report.screen": ("Báo cáo", "Report"),
    # Column heads of the screen's table (one line each, within the column widths).
    "ui.report.col.total": ("Tổng số", "Total"),
    "ui.report.col.done_on_time": ("HT đúng", "On time"),
    "ui.report.col.done_late": ("HT trễ", "Late"),
    "ui.report.col.on_track": ("Trong hạn", "On track"),
    "ui.report.col.overdue": ("Quá hạn", "Overdue"),
    "ui.report.col.completion_rate": ("Tỷ lệ HT", "% done"),
    "ui.report.col.on_time_rate": ("Tỷ lệ đúng", "% on time"),
    "ui.report.binding.open": ("Xem nhiệm vụ", "Open tasks"),
    "ui.report.binding.as_of": ("Đổi ngày", "As-of day"),
    "ui.report.binding.export": ("Xuất Excel", "Export xlsx"),
    "ui.report.empty": ("Không có nhiệm vụ chủ trì nào tính đến ngày này.",
                        "No lead task as of this day."),
    "ui.report.totals": (
        "Chủ trì: {total} nhiệm vụ — {on_time} HT đúng hạn, {late} HT trễ hạn, {on_track} "
        "trong hạn, {overdue} quá hạn; tỷ lệ HT {rate}. Phối hợp: {coordinate} (tính riêng).",
        "Lead: {total} tasks — {on_time} done on time, {late} done late, {on_track} on "
        "track, {overdue} overdue; {rate} done. Coordinating: {coordinate} (apart).",
    ),
    "ui.report.as_of_title": ("Báo cáo tính đến ngày", "Report as of"),
    "ui.report.field.as_of": ("Ngày (ngày/tháng/năm)", "Day (d/m/yyyy or yyyy-mm-dd)"),
    "ui.report.export_title": ("Xuất báo cáo Excel", "Export the report to Excel"),
    "ui.report.field.path": ("Ghi vào tệp", "Write to file"),
    "ui.report.path_required": ("Hãy nhập tên tệp.", "Type a file name."),
    "ui.report.default_file": ("bao-cao-{day}.xlsx", "report-{day}.xlsx"),
    "ui.report.exported": ("Đã xuất báo cáo: {path}", "Report written to {path}"),
})
