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
STRINGS.update({
    "replies.undo.conflict": (
        "Không hoàn tác được: nhiệm vụ {task} đã được {user} thay đổi lúc {at}, sau khi báo "
        "cáo được cập nhật. Hãy sửa nhiệm vụ đó bằng tay.",
        "Cannot undo: task {task} was changed by {user} at {at}, after the report was "
        "applied. Change that task by hand."),
    "corrections.action.apply_report": ("cập nhật báo cáo", "report applied"),
    "corrections.field.report": ("văn bản", "letter"),
    "corrections.field.tasks": ("nhiệm vụ", "tasks"),
})
STRINGS.update({
    # `import` given a report letter: its items would become new tasks.
    "notices.import.is_report": (
        "{file} là báo cáo kết quả của một cơ quan, không phải thông báo giao nhiệm vụ: "
        "không nhập gì; xem nó bằng `tui-tracker read-report`, cập nhật nhiệm vụ theo nó "
        "bằng `apply-report`, hoặc nếu đúng là thông báo, nhập lại với `--as-notice`.",
        "{file} is an agency's progress report, not a notice that gives work: nothing "
        "imported; read it with `tui-tracker read-report`, update the tasks from it with "
        "`apply-report`, or, if it is a notice after all, import it again with "
        "`--as-notice`."),
    "notices.opt.as_notice": (
        "Nhập cả văn bản trông như báo cáo kết quả (Báo cáo, công văn trả lời) như "
        "một thông báo.",
        "Import a text that looks like a progress report (a Báo cáo, a công văn "
        "answering a notice) as a notice all the same."),
    "replies.read.is_notice": (
        "{file} là một thông báo giao nhiệm vụ, không phải báo cáo kết quả: hãy nhập nó bằng "
        "`tui-tracker import`.",
        "{file} is a notice that gives work, not a progress report: import it with "
        "`tui-tracker import`."),
    "replies.match.notice_missing": (
        "{letter} trả lời {notice}, văn bản này chưa có trong cơ sở dữ liệu: hãy nhập thông "
        "báo đó trước (`tui-tracker import`), rồi đọc lại báo cáo.",
        "{letter} answers {notice}, which is not in the database: import that notice first "
        "(`tui-tracker import`), then read the report again."),
    "replies.match.notice_ambiguous": (
        "Có {count} thông báo cùng số với {notice} trong cơ sở dữ liệu và báo cáo không ghi "
        "ngày để phân biệt: hãy sửa số hiệu một thông báo (`edit-notice`) rồi thử lại.",
        "{count} notices in the database share the number of {notice} and the report gives "
        "no date to tell them apart: correct one number (`edit-notice`) and try again."),
    "replies.match.no_notice": (
        "{letter} không trích dẫn thông báo nào (Thông báo số …): không có nhiệm vụ nào để "
        "đối chiếu.",
        "{letter} cites no notice (Thông báo số …): there is no task to match."),
    "replies.match.other_missing": (
        "{document} không có trong cơ sở dữ liệu; các mục của văn bản đó không được đối chiếu.",
        "{document} is not in the database; items of it are not matched."),
    "replies.match.sender_unknown": (
        "Không nhận ra cơ quan gửi \u201c{sender}\u201d: chỉ các mục có duy nhất một cơ quan được "
        "giao mới được đối chiếu.",
        "The sender \u201c{sender}\u201d is not a known agency: only items with a single assigned "
        "agency are matched."),
    "replies.unmatched.no_item": ("không có mục {ref} trong {notices}",
                                  "there is no item {ref} in {notices}"),
    "replies.unmatched.several_notices": (
        "mục {ref} có ở nhiều thông báo ({notices}) và báo cáo không ghi là thông báo nào",
        "item {ref} exists in several notices ({notices}) and the report does not say which"),
    "replies.unmatched.not_assigned": (
        "cơ quan gửi không được giao nhiệm vụ tại mục {ref} (giao cho: {agencies})",
        "the sender has no task in item {ref} (assigned to: {agencies})"),
    "replies.unmatched.sender_unknown": (
        "mục {ref} giao cho nhiều cơ quan ({agencies}) mà không rõ cơ quan gửi",
        "item {ref} is assigned to several agencies ({agencies}) and the sender is unknown"),
    "replies.unmatched.notice_not_stored": ("{notice} chưa có trong cơ sở dữ liệu",
                                            "{notice} is not in the database"),
    "replies.unmatched.which_notice": (
        "không ghi mục nào, của thông báo nào ({notices})",
        "names neither an item nor which notice ({notices})"),
    "replies.unmatched.order_no_sender": (
        "không ghi mục nào và không rõ cơ quan gửi: không thể đối chiếu theo thứ tự",
        "names no item and the sender is unknown: cannot match by order"),
    "replies.unmatched.order_count": (
        "không ghi mục nào: {items} nội dung báo cáo nhưng còn {tasks} nhiệm vụ của cơ quan "
        "gửi trong {notice}, không thể ghép theo thứ tự",
        "names no item: {items} reported items but {tasks} tasks of the sender left in "
        "{notice}, cannot pair them by order"),
    "replies.warn.closed": ("nhiệm vụ đã ở trạng thái \u201c{status}\u201d: chỉ ghi chú",
                            "the task is already \u201c{status}\u201d: a note only"),
    "replies.warn.extension_no_day": ("đề nghị gia hạn không ghi ngày",
                                      "the extension request names no day"),
    "replies.warn.extension_earlier": (
        "đề nghị gia hạn đến {due}, không sau thời hạn hiện tại {current}",
        "asks for {due}, not after the current deadline {current}"),
    "replies.warn.order": ("chỉ khớp theo thứ tự: hãy kiểm tra",
                           "matched by order only: check it"),
    "replies.apply.nothing": (
        "{letter} không có đề xuất nào được chọn để cập nhật: không có gì thay đổi.",
        "{letter} has no accepted proposal: nothing changed."),
    # The history note (always the Vietnamese: data kept with the task).
    "replies.note.head": ("Theo {evidence}", "Per {evidence}"),
    "replies.note.done": ("báo cáo hoàn thành ngày {date}", "reported done on {date}"),
    "replies.note.reason": ("lý do: {reason}", "reason: {reason}"),
    "replies.note.extension": ("đề nghị gia hạn đến ngày {date}",
                               "asks for an extension to {date}"),
    "replies.note.extension_no_day": ("đề nghị gia hạn", "asks for an extension"),
    "replies.note.request.drop": ("đề nghị thôi thực hiện nhiệm vụ", "asks to drop the task"),
    "replies.note.request.adjust": ("đề nghị điều chỉnh nhiệm vụ", "asks to adjust the task"),
})
STRINGS.update({
    "cli.cmd.read-report.short": ("Đọc báo cáo kết quả của một cơ quan và in kết quả.",
                                  "Read an agency's progress report and print it."),
    "cli.cmd.read-report": (
        "Đọc báo cáo (hoặc công văn) FILE của một cơ quan trả lời thông báo (.txt, .md, .docx, "
        ".pdf; '-' là đầu vào chuẩn) và in những gì nhận ra: cơ quan gửi, số, ngày, các thông "
        "báo được trả lời, từng nhiệm vụ được báo cáo với tình trạng, ngày hoàn thành, đề nghị "
        "gia hạn và câu trích. Không ghi gì vào cơ sở dữ liệu.",
        "Read an agency's report (or công văn) FILE answering a notice (.txt, .md, .docx, .pdf; "
        "'-' for standard input) and print what was found: sender, number, date, the notices "
        "it answers, each reported task with its status, completion day, extension request "
        "and the sentence quoted. Touches no database."),
    "cli.cmd.apply-report.short": ("Cập nhật tình trạng nhiệm vụ theo báo cáo của cơ quan.",
                                   "Apply an agency's progress report to its tasks."),
    "cli.cmd.apply-report": (
        "Đối chiếu báo cáo FILE với các nhiệm vụ đã lưu, in các đề xuất và những nội dung "
        "không đối chiếu được, hỏi một lần (trừ khi có --yes) rồi cập nhật trong một giao "
        "dịch: tình trạng (chờ xác nhận, đang thực hiện, chưa thực hiện), ghi chú và đề nghị "
        "gia hạn, lịch sử ghi rõ số và ngày của báo cáo. Cập nhật lại cùng một báo cáo không "
        "thay đổi gì; `undo-change` hoàn tác cả báo cáo.",
        "Match the report FILE to the stored tasks, print the proposals and the items that "
        "match nothing, ask once (unless --yes), then apply them in one transaction: statuses "
        "(reported, in progress, to do), notes and extension requests, the history naming "
        "the report's number and date. Applying the same report again changes nothing; "
        "`undo-change` reverts the whole report."),
    "replies.cli.answers": ("Trả lời", "Answers"),
    "replies.cli.items": ("{count} nội dung được báo cáo", "{count} reported items"),
    "replies.cli.proposals": ("{count} đề xuất", "{count} proposals"),
    "replies.col.index": ("STT", "No."),
    "replies.col.item": ("Mục", "Item"),
    "replies.col.said": ("Tình trạng báo cáo", "Reported status"),
    "replies.col.sentence": ("Nội dung trích", "Quoted"),
    "replies.col.task": ("Nhiệm vụ", "Task"),
    "replies.col.change": ("Thay đổi", "Change"),
    "replies.match.item": ("số mục", "item number"),
    "replies.match.quote": ("trích nội dung", "quoted text"),
    "replies.match.order": ("thứ tự", "order only"),
    "replies.match.manual": ("chọn tay", "picked by hand"),
    "replies.cli.done_on": ("hoàn thành {date}", "done {date}"),
    "replies.cli.extension": ("xin gia hạn đến {date}", "extension asked to {date}"),
    "replies.cli.extension_no_day": ("xin gia hạn", "extension asked"),
    "replies.cli.reason": ("Lý do: {reason}", "Reason: {reason}"),
    "replies.cli.note_only": ("{status} (ghi chú)", "{status} (a note)"),
    "replies.cli.unmatched": ("Không đối chiếu được nội dung {index} ({item}): {reason}.",
                              "Item {index} ({item}) matches no task: {reason}."),
    "replies.cli.needs_yes": (
        "Cập nhật báo cáo cần xác nhận. Chạy lại với --yes.",
        "Applying a report needs a confirmation. Run it again with --yes."),
    "replies.cli.confirm": ("Cập nhật {count} nhiệm vụ theo {letter}?",
                            "Apply {letter} to {count} tasks?"),
    "replies.cli.not_applied": ("Không cập nhật gì.", "Nothing applied."),
    "replies.cli.unchanged": (
        "{letter} đã được cập nhật lúc {at} ({user}, thay đổi #{change}): không có gì thay đổi.",
        "{letter} was applied at {at} ({user}, change #{change}): nothing changed."),
    "replies.cli.applied.one": (
        "Đã cập nhật {count} nhiệm vụ theo {letter} ({requests} đề nghị gia hạn), thay đổi "
        "#{change}; hoàn tác: tui-tracker undo-change {change}",
        "Applied {letter} to {count} task ({requests} extension requests), change "
        "#{change}; undo: tui-tracker undo-change {change}"),
    "replies.cli.applied": (
        "Đã cập nhật {count} nhiệm vụ theo {letter} ({requests} đề nghị gia hạn), thay đổi "
        "#{change}; hoàn tác: tui-tracker undo-change {change}",
        "Applied {letter} to {count} tasks ({requests} extension requests), change "
        "#{change}; undo: tui-tracker undo-change {change}"),
})
STRINGS.update({
    "replies.cli.item": ("mục {ref}", "item {ref}"),
})
STRINGS.update({
    "replies.opt.extension_requested": (
        "Chỉ các nhiệm vụ có đề nghị gia hạn chưa được quyết định.",
        "Only tasks with an extension request not decided yet."),
})
STRINGS.update({
    # The UI: keys, the review, the picker, the kind question.
    "ui.scope.replies.review": ("Nhập: báo cáo kết quả", "Import: progress report"),
    "replies.key.toggle": ("Chọn/bỏ", "Accept/skip"),
    "replies.key.pick": ("Chọn nhiệm vụ", "Pick the task"),
    "replies.key.save": ("Cập nhật", "Apply"),
    "replies.key.undo": ("Hoàn tác", "Undo"),
    "replies.key.accept_all": ("Chọn tất cả", "Accept all"),
    "replies.key.original": ("Văn bản gốc", "Original text"),
    "replies.key.cancel": ("Quay lại", "Back"),
    "replies.ui.title": ("Báo cáo kết quả: {name}", "Progress report: {name}"),
    "replies.ui.sender": ("Cơ quan gửi", "Sender"),
    "replies.ui.answers": ("Trả lời", "Answers"),
    "replies.ui.matching": ("Đang đối chiếu với các nhiệm vụ…", "Matching the tasks…"),
    "replies.ui.nothing": ("Không có nội dung nào để cập nhật.", "Nothing to apply."),
    "replies.ui.refused": ("Không đối chiếu được báo cáo này.", "This report cannot be matched."),
    "replies.ui.no_warnings": ("Không có cảnh báo.", "No warnings."),
    "replies.ui.n.proposals": ("{count} đề xuất", "{count} proposals"),
    "replies.ui.n.proposals.one": ("{count} đề xuất", "{count} proposal"),
    "replies.ui.count": ("Chọn {accepted}/{proposals} · {unmatched} nội dung chưa khớp nhiệm vụ",
                         "{accepted} of {proposals} accepted · {unmatched} items match no task"),
    "replies.ui.col.task": ("Nhiệm vụ", "Task"),
    "replies.ui.col.agency": ("Cơ quan", "Agency"),
    "replies.ui.col.change": ("Tình trạng", "Status"),
    "replies.ui.col.dates": ("Ngày", "Date"),
    "replies.ui.col.sentence": ("Nội dung trích", "Quoted"),
    "replies.ui.no_task": ("chưa khớp ({item})", "no task ({item})"),
    "replies.ui.note_only": ("{status} (ghi chú)", "{status} (a note)"),
    "replies.ui.extension": ("GH {date}", "ext. {date}"),
    "replies.ui.extension_no_day": ("xin gia hạn", "ext. asked"),
    "replies.ui.done": ("HT {date}", "done {date}"),
    "replies.ui.unmatched": ("Nội dung {index} ({item}) chưa khớp nhiệm vụ nào: {reason}.",
                             "Item {index} ({item}) matches no task: {reason}."),
    "replies.ui.pick_to_match": ("Nhấn {key} để chọn nhiệm vụ cho nội dung này.",
                                 "Press {key} to pick the task of this item."),
    "replies.ui.pick_title": ("Nội dung {index}: chọn nhiệm vụ ({notices})",
                              "Item {index}: pick the task ({notices})"),
    "replies.ui.pick_hint": ("{pick} chọn · {cancel} huỷ", "{pick} picks · {cancel} cancels"),
    "replies.ui.no_tasks": ("Thông báo không có nhiệm vụ nào.", "The notice has no task."),
    "replies.ui.picked": ("Nội dung {index}: đã chọn mục {ref} — {agency}.",
                          "Item {index}: task {ref} — {agency} picked."),
    "replies.ui.saving": ("Đang cập nhật…", "Applying…"),
    "replies.ui.applied": (
        "Đã cập nhật {count} nhiệm vụ theo {letter} (thay đổi #{change}). {undo}: hoàn tác · "
        "{back}: quay lại.",
        "Applied {letter} to {count} tasks (change #{change}). {undo}: undo · {back}: back."),
    "replies.ui.applied.one": (
        "Đã cập nhật {count} nhiệm vụ theo {letter} (thay đổi #{change}). {undo}: hoàn tác · "
        "{back}: quay lại.",
        "Applied {letter} to {count} task (change #{change}). {undo}: undo · {back}: back."),
    "replies.ui.already": (
        "Báo cáo này đã được cập nhật lúc {at} ({user}, thay đổi #{change}): không có gì để "
        "làm.",
        "This report was applied at {at} ({user}, change #{change}): nothing to do."),
    "replies.ui.nothing_to_undo": ("Chưa cập nhật gì để hoàn tác.", "Nothing applied to undo."),
    "replies.ui.undone": ("Đã hoàn tác {letter}.", "{letter} undone."),
    "replies.ui.kind.question": ("{name}: thông báo giao nhiệm vụ hay báo cáo kết quả?",
                                 "{name}: a notice that gives work, or a progress report?"),
    "replies.ui.kind.detail": (
        "Văn bản không có phần đầu cho biết loại. Báo cáo kết quả được đối chiếu với các "
        "nhiệm vụ đã lưu; thông báo được nhập thành nhiệm vụ mới.",
        "The text has no header that says. A progress report is matched to the stored tasks; "
        "a notice is imported as new tasks."),
    "replies.ui.kind.notice": ("Thông báo", "Notice"),
    "replies.ui.kind.report": ("Báo cáo kết quả", "Progress report"),
    "replies.ui.done.applied": ("Đã cập nhật {letter}: {count} nhiệm vụ.",
                                "{letter} applied: {count} tasks."),
    "replies.ui.done.cancelled": ("Không cập nhật gì từ báo cáo.",
                                  "Nothing applied from the report."),
})
STRINGS.update({
    "replies.ui.demo_hint": (
        "Dữ liệu mẫu có một báo cáo kết quả của Sở Nông nghiệp và Môi trường ({name}): nhấn "
        "{key} rồi Enter để đọc, đối chiếu và cập nhật.",
        "The sample data has a progress report of Sở Nông nghiệp và Môi trường ({name}): press "
        "{key}, then Enter, to read, match and apply it."),
})
STRINGS.update({
    "replies.filter.extension": ("đề nghị gia hạn", "extension requested"),
    "replies.filter.extension_field": ("Chỉ nhiệm vụ có đề nghị gia hạn",
                                       "Only tasks with an extension requested"),
})
STRINGS.update({
    "replies.ui.extension_asked": ("Cơ quan đề nghị gia hạn đến {due} ({evidence}).",
                                   "The agency asked for {due} ({evidence})."),
    "replies.ui.extension_reason": ("Đồng ý gia hạn theo đề nghị tại {evidence}",
                                    "Extension granted as asked in {evidence}"),
})
STRINGS.update({
    "replies.ui.note": ("Ghi vào lịch sử: {note}", "Kept in the history: {note}"),
})
