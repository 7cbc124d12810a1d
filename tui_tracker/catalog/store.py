"""Strings of the store: what went wrong with a task or the database, and what to do."""

STRINGS: dict[str, tuple[str, str]] = {
    "store.task_not_found": (
        "Không tìm thấy nhiệm vụ số {id}. Dùng lệnh `list` để xem số nhiệm vụ.",
        "Task {id} does not exist. Run `list` to see task numbers.",
    ),
    "store.notice_not_found": (
        "Không tìm thấy thông báo số {id}. Xem danh sách thông báo đã nhập rồi thử lại.",
        "Notice {id} does not exist. Look at the list of imported notices and try again.",
    ),
    "store.directive_not_found": (
        "Không tìm thấy chỉ đạo số {id}. Mở thông báo để xem các chỉ đạo của nó.",
        "Directive {id} does not exist. Open its notice to see its directives.",
    ),
    "store.conflict": (
        "Nhiệm vụ số {id} vừa được {user} thay đổi lúc {at} (nay là phiên bản {version}). "
        "Xem lại nhiệm vụ rồi thực hiện lại thay đổi của bạn.",
        "Task {id} was changed by {user} at {at} (now version {version}). "
        "Review the task, then make your change again.",
    ),
    "store.undo_conflict": (
        "Không hoàn tác được: {user} đã thay đổi nhiệm vụ số {id} lúc {at}, sau thay đổi của bạn. "
        "Xem lịch sử bằng lệnh `history {id}` rồi sửa trực tiếp.",
        "Cannot undo: {user} changed task {id} at {at}, after your change. "
        "See `history {id}` and make the change directly.",
    ),
    "store.nothing_to_undo": (
        "Bạn chưa có thay đổi trạng thái hay thời hạn nào của nhiệm vụ số {id} để hoàn tác.",
        "You have no status change or extension of task {id} to undo.",
    ),
    "store.same_status": (
        "Nhiệm vụ số {id} đã ở trạng thái “{status}”. "
        "Chọn trạng thái khác, hoặc kèm ghi chú nếu chỉ muốn ghi nhận thêm.",
        "Task {id} is already “{status}”. Choose another status, or add a note to record "
        "something about it.",
    ),
    "store.bad_status": (
        "Không hiểu trạng thái “{status}”. Dùng một trong: todo, in_progress, reported, done, "
        "paused, cancelled (hoặc tên tiếng Việt như “hoàn thành”).",
        "Unknown status “{status}”. Use one of: todo, in_progress, reported, done, paused, "
        "cancelled (or the Vietnamese label, e.g. “hoàn thành”).",
    ),
    "store.on_needs_done": (
        "Ngày hoàn thành chỉ dùng khi chuyển sang trạng thái hoàn thành. "
        "Bỏ ngày đó hoặc chọn trạng thái “hoàn thành”.",
        "A completion date only goes with the status done. "
        "Leave the date out or set the status to done.",
    ),
    "store.done_in_future": (
        "Ngày hoàn thành {on} ở sau hôm nay ({today}). Nhập một ngày không muộn hơn hôm nay.",
        "The completion date {on} is after today ({today}). Enter a day no later than today.",
    ),
    "store.no_extension_request": (
        "Nhiệm vụ {id} không có đề nghị gia hạn nào đang chờ quyết định: không có gì để "
        "từ chối.",
        "Task {id} has no extension request waiting for a decision: there is nothing to "
        "refuse."),
    "store.refusal_reason_required": (
        "Không chấp thuận gia hạn cần có lý do. Nhập lý do (ví dụ: theo ý kiến của Chủ "
        "tịch UBND tỉnh).",
        "Refusing an extension needs a reason. Enter why (e.g. the leader's decision)."),
    # Kept in the history (and the task's latest note) when a request is refused.
    "store.extension_refused_note": (
        "Không chấp thuận đề nghị gia hạn đến {due} ({evidence}): {reason}",
        "Extension to {due} not granted ({evidence}): {reason}"),
    "store.reason_required": (
        "Gia hạn cần có lý do. Nhập lý do gia hạn (ví dụ: theo văn bản đồng ý của UBND tỉnh).",
        "An extension needs a reason. Enter why the deadline moves "
        "(e.g. the approving document).",
    ),
    "store.same_due": (
        "Nhiệm vụ đã có hạn {due}. Chọn một ngày khác để gia hạn.",
        "The task is already due on {due}. Choose another day to extend it to.",
    ),
    "store.note_empty": (
        "Ghi chú đang trống. Nhập nội dung ghi chú.",
        "The note is empty. Type the text of the note.",
    ),
    "store.newer_version": (
        "Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của tui-tracker "
        "(lược đồ {found}, phiên bản này chỉ hiểu tới {known}). Hãy cập nhật tui-tracker.",
        "The database {path} was written by a newer version of tui-tracker "
        "(schema {found}; this version knows up to {known}). Update tui-tracker.",
    ),
    "store.not_ours": (
        "Tệp {path} là cơ sở dữ liệu của chương trình khác, không phải của tui-tracker. "
        "Chọn tệp khác bằng --db.",
        "The file {path} is another program's database, not a tui-tracker one. "
        "Choose another file with --db.",
    ),
    "store.corrupt": (
        "Tệp {path} không phải cơ sở dữ liệu SQLite hoặc đã bị hỏng. "
        "Khôi phục từ bản sao lưu hoặc chọn tệp khác bằng --db.",
        "The file {path} is not an SQLite database or is damaged. "
        "Restore it from a backup or choose another file with --db.",
    ),
    "store.read_only": (
        "Cơ sở dữ liệu {path} chỉ đọc đối với bạn nên thay đổi không được ghi: "
        "hãy nhờ người quản lý tệp cấp quyền ghi (cho tệp và thư mục chứa nó).",
        "The database {path} is read-only for you, so the change was not made: "
        "ask the owner for write access (to the file and its folder).",
    ),
    "store.busy": (
        "Cơ sở dữ liệu {path} đang bận vì một phiên làm việc khác đang ghi. "
        "Thử lại sau giây lát.",
        "The database {path} is busy: another session is writing to it. "
        "Try again in a moment.",
    ),
    "store.disk": (
        "Không ghi được cơ sở dữ liệu {path}: đĩa đầy hoặc lỗi đọc ghi. "
        "Giải phóng dung lượng hoặc báo quản trị hệ thống.",
        "Cannot write the database {path}: the disk is full or failing. "
        "Free some space or tell the system administrator.",
    ),
    "store.cannot_open": (
        "Không mở được cơ sở dữ liệu {path} ({detail}). Kiểm tra đường dẫn và quyền truy cập.",
        "Cannot open the database {path} ({detail}). Check the path and its permissions.",
    ),
    "store.failed": (
        "Lỗi cơ sở dữ liệu {path}: {detail}. Thử lại; nếu vẫn lỗi, báo quản trị hệ thống.",
        "Database error in {path}: {detail}. Try again; if it persists, tell the "
        "system administrator.",
    ),
    # ---- days the store checks (triage_rules.py) and business dates
    "store.implausible_date": (
        "Ngày {day} ({what}) nằm ngoài khoảng {first}–{last}: hãy kiểm tra lại năm.",
        "The day {day} ({what}) is outside {first}–{last}: check the year.",
    ),
    "store.implausible_in_notice": (
        "Không nhập thông báo {notice}: {detail} Sửa văn bản rồi nhập lại.",
        "The notice {notice} was not imported: {detail} Correct the document and import it "
        "again.",
    ),
    "store.before_notice": (
        "Ngày {day} ({what}) ở trước ngày của thông báo ({notice}): hãy kiểm tra lại ngày.",
        "The day {day} ({what}) is before the notice's date ({notice}): check the day.",
    ),
    "store.decided_in_future": (
        "Ngày quyết định gia hạn {on} ở sau hôm nay ({today}). Nhập ngày đã quyết định, "
        "không muộn hơn hôm nay.",
        "The extension's decision day {on} is after today ({today}). Enter the day it was "
        "decided, no later than today.",
    ),
    "store.date_of.extend.new_due": ("hạn mới", "the new deadline"),
    "store.date_of.extend.decided_on": ("ngày quyết định gia hạn",
                                        "the day the extension was decided"),
    "store.date_of.status.completed_on": ("ngày hoàn thành", "the completion day"),
    "store.date_of.notice.issued_on": ("ngày ban hành", "the issue date"),
    "store.date_of.notice.meeting_on": ("ngày họp", "the meeting date"),
    "store.date_of.directive.due_on": ("thời hạn", "the deadline"),
    "store.date_of.reference.issued_on": ("ngày của văn bản được dẫn",
                                          "a cited document's date"),
}
