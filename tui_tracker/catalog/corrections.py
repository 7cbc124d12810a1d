"""Strings of corrections after import (edit, assign, delete, restore, undo) and of
the triage rules (completion day, earlier extension). Vietnamese first."""

STRINGS: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ store: refusals
    "corrections.task_deleted": (
        "Nhiệm vụ số {id} đã bị xóa lúc {at}. Khôi phục chỉ đạo hoặc thông báo của nó trước khi "
        "thay đổi.",
        "Task {id} was deleted at {at}. Restore its directive or notice before changing it.",
    ),
    "corrections.done_before_notice": (
        "Ngày hoàn thành {on} ở trước ngày của thông báo ({notice}). Nhập một ngày từ {notice} "
        "đến hôm nay.",
        "The completion date {on} is before the notice's date ({notice}). Enter a day from "
        "{notice} to today.",
    ),
    "corrections.extend_earlier": (
        "Ngày {new} ở trước hạn hiện tại ({due}): gia hạn chỉ lùi hạn. Nhập một ngày sau {due}.",
        "{new} is before the current deadline ({due}): an extension moves a deadline later. "
        "Enter a day after {due}.",
    ),
    "corrections.extend_earlier.cli": (
        "Nếu thật sự muốn rút ngắn hạn, dùng --earlier kèm lý do.",
        "To bring it forward on purpose, use --earlier with a reason.",
    ),
    "corrections.agency_new.cli": (
        "Cơ quan mới: thêm --new-agency.",
        "A new agency: add --new-agency.",
    ),
    "corrections.agency_empty": (
        "Chưa nhập tên cơ quan. Nhập tên hoặc tên viết tắt, ví dụ “Sở KH&CN”.",
        "No agency name given. Type a name or an abbreviation, e.g. “Sở KH&CN”.",
    ),
    "corrections.agency_unknown": (
        "Không có cơ quan “{name}” trong danh mục. Kiểm tra lại chính tả.",
        "There is no agency “{name}” in the catalogue. Check the spelling.",
    ),
    "corrections.agency_unknown_close": (
        "Không có cơ quan “{name}” trong danh mục; gần giống: {close}. Gõ đúng tên.",
        "There is no agency “{name}” in the catalogue; close matches: {close}. Type the exact "
        "name.",
    ),
    "corrections.deadline_unreadable": (
        "Không đọc được thời hạn “{phrase}”. Viết như trong văn bản, ví dụ “trước ngày 30/6/2026”"
        " hoặc “trong quý III/2026”.",
        "Cannot read the deadline “{phrase}”. Write it as a notice would, e.g. “trước ngày "
        "30/6/2026” or “trong quý III/2026”.",
    ),
    "corrections.nothing_changed": (
        "Không có gì thay đổi: các giá trị nhập vào giống giá trị đang lưu.",
        "Nothing to change: the values given are the ones already stored.",
    ),
    "corrections.lead_required": (
        "Chỉ đạo cần ít nhất một cơ quan chủ trì. Nhập cơ quan chủ trì.",
        "A directive needs at least one lead agency. Name the lead.",
    ),
    "corrections.lead_and_coordinate": (
        "{names} vừa chủ trì vừa phối hợp. Mỗi cơ quan chỉ giữ một vai trò; bỏ tên khỏi một danh "
        "sách.",
        "{names} both leads and coordinates. Each agency has one role; remove it from one list.",
    ),
    "corrections.already_assigned": (
        "{agency} đã {role} chỉ đạo số {id}. Không có gì thay đổi.",
        "{agency} already has the role “{role}” in directive {id}. Nothing to change.",
    ),
    "corrections.task_version": (
        "Nhiệm vụ số {id} đã thay đổi (nay là phiên bản {version}). Xem lại rồi thực hiện lại.",
        "Task {id} has changed (now version {version}). Review it, then try again.",
    ),
    "corrections.last_lead": (
        "{agency} là cơ quan chủ trì duy nhất của chỉ đạo. Giao cơ quan chủ trì khác "
        "trước, hoặc xóa cả chỉ đạo.",
        "{agency} is the directive's only lead. Name another lead first, or delete the whole "
        "directive.",
    ),
    "corrections.notice_field_unknown": (
        "Không sửa được trường {fields}. Các trường sửa được: {known}.",
        "Cannot edit {fields}. Fields that can be edited: {known}.",
    ),
    "corrections.number_taken": (
        "Số hiệu {number} đã là của thông báo số {other}. Kiểm tra lại số hiệu.",
        "Number {number} already belongs to notice {other}. Check the number.",
    ),
    "corrections.change_not_found": (
        "Không có thay đổi số {id}. Xem số thay đổi bằng lệnh `corrections`.",
        "There is no change {id}. See change numbers with `corrections`.",
    ),
    "corrections.undo_of_undo": (
        "Thay đổi số {id} là một lần hoàn tác; hãy sửa trực tiếp thay vì hoàn tác nó.",
        "Change {id} is itself an undo; make the change directly instead.",
    ),
    "corrections.already_undone": (
        "Thay đổi số {id} đã được hoàn tác (thay đổi số {by}).",
        "Change {id} was already undone (change {by}).",
    ),
    "corrections.undo_conflict": (
        "Không hoàn tác được thay đổi số {id}: {table} số {row} đã bị thay đổi sau đó. Xem lịch sử"
        " rồi sửa trực tiếp.",
        "Cannot undo change {id}: {table} {row} was changed after it. See the history and make "
        "the change directly.",
    ),
    "corrections.table.notices": ("thông báo", "notice"),
    "corrections.table.directives": ("chỉ đạo", "directive"),
    "corrections.table.tasks": ("nhiệm vụ", "task"),
    "corrections.restore_taken": (
        "Không khôi phục được thông báo số {id}: một thông báo cùng nội dung hoặc số hiệu đã được "
        "nhập lại sau khi xóa. Xóa bản đó trước nếu muốn khôi phục bản cũ.",
        "Cannot restore notice {id}: a notice with the same text or number was imported after "
        "the delete. Delete that one first to bring the old one back.",
    ),
    "corrections.nothing_to_undo": (
        "Phiên làm việc này chưa có sửa đổi nào để hoàn tác ở đây.",
        "This session has no correction to undo here.",
    ),
    "corrections.not_deleted.notice_id": (
        "Thông báo số {id} không ở trạng thái đã xóa. Xem các thông báo đã xóa bằng "
        "`corrections --deleted`.",
        "Notice {id} is not deleted. See deleted notices with `corrections --deleted`.",
    ),
    "corrections.not_deleted.directive_id": (
        "Chỉ đạo số {id} không ở trạng thái đã xóa.",
        "Directive {id} is not deleted.",
    ),
    # ------------------------------------------------------------ history labels
    "corrections.action.edit_directive": ("sửa chỉ đạo", "directive corrected"),
    "corrections.action.edit_notice": ("sửa thông báo", "notice corrected"),
    "corrections.action.assign": ("giao thêm", "assigned"),
    "corrections.action.unassign": ("bỏ giao", "unassigned"),
    "corrections.action.delete_directive": ("xóa chỉ đạo", "directive deleted"),
    "corrections.action.delete_notice": ("xóa thông báo", "notice deleted"),
    "corrections.action.undo": ("hoàn tác sửa đổi", "correction undone"),
    "corrections.cli.change_no": ("sửa đổi số {id}", "change {id}"),
    # An entry of `corrections`, naming what it changed by kind and id (never "#N").
    "corrections.of.edit_directive": ("sửa chỉ đạo {id}", "directive {id} corrected"),
    "corrections.of.edit_notice": ("sửa thông báo {id}", "notice {id} corrected"),
    "corrections.of.assign": ("giao thêm ở chỉ đạo {id}", "assigned in directive {id}"),
    "corrections.of.unassign": ("bỏ giao ở chỉ đạo {id}", "unassigned in directive {id}"),
    "corrections.of.delete_directive": ("xóa chỉ đạo {id}", "directive {id} deleted"),
    "corrections.of.delete_notice": ("xóa thông báo {id}", "notice {id} deleted"),
    "corrections.of.undo": ("hoàn tác sửa đổi số {id}", "change {id} undone"),
    "corrections.field.leads": ("chủ trì", "leads"),
    "corrections.field.coordinators": ("phối hợp", "coordinators"),
    "corrections.field.deadline": ("thời hạn", "deadline"),
    "corrections.field.notice": ("thông báo", "notice"),
    "corrections.field.number": ("số hiệu", "number"),
    "corrections.field.doc_type": ("loại văn bản", "document type"),
    "corrections.field.title": ("trích yếu", "title"),
    "corrections.field.issuer": ("cơ quan ban hành", "issuer"),
    "corrections.field.place": ("địa danh", "place"),
    "corrections.field.issued_on": ("ngày ban hành", "issued on"),
    "corrections.field.meeting_on": ("ngày họp", "meeting on"),
    "corrections.field.meeting_place": ("nơi họp", "meeting place"),
    "corrections.field.presiding": ("người chủ trì họp", "presiding"),
    "corrections.field.signer": ("người ký", "signer"),
    "corrections.field.signer_title": ("chức danh ký", "signer's title"),
    "corrections.deleted": ("đã xóa", "deleted"),
    "corrections.restored": ("khôi phục", "restored"),
    # ------------------------------------------------------------ command line
    "cli.cmd.edit-directive.short": ("Sửa chủ trì, phối hợp, thời hạn của một chỉ đạo.",
                                     "Correct a directive's leads, coordinators, deadline."),
    "cli.cmd.edit-directive": (
        "Sửa chỉ đạo ID (số chỉ đạo, hoặc số thông báo:mục như 1:3.d) sau khi nhập: --lead (lặp lại hoặc “A; B”) thay danh sách cơ quan chủ trì, "
        "--coordinate thay danh sách phối hợp (--no-coordinate: không còn), --deadline sửa thời "
        "hạn (cụm từ như “trước ngày 30/6/2026” hoặc một ngày). Các nhiệm vụ theo hạn mới, trừ "
        "nhiệm vụ đã được gia hạn. Ghi vào lịch sử (ai, lúc nào, giá trị cũ); hoàn tác bằng "
        "undo-change.",
        "Correct directive ID (its number, or notice:item such as 1:3.d) after import: --lead (repeat it, or “A; B”) replaces the leads, "
        "--coordinate the coordinators (--no-coordinate: none), --deadline the deadline (a "
        "phrase such as “trước ngày 30/6/2026”, or a date). Tasks follow the new deadline, "
        "except tasks with an extension. Recorded in the history (who, when, the old values); "
        "undo with undo-change.",
    ),
    "cli.cmd.assign.short": ("Giao thêm một cơ quan cho chỉ đạo.",
                             "Add an agency to a directive."),
    "cli.cmd.assign": (
        "Giao cho cơ quan AGENCY một phần của chỉ đạo ID (--role lead hoặc coordinate, mặc định "
        "coordinate); đổi vai trò nếu cơ quan đã có tên.",
        "Give agency AGENCY a part in directive ID (--role lead or coordinate, default "
        "coordinate); changes the role when the agency is there already.",
    ),
    "cli.cmd.unassign.short": ("Bỏ giao một nhiệm vụ.", "Remove an assignment (a task)."),
    "cli.cmd.unassign": (
        "Bỏ nhiệm vụ TASK khỏi chỉ đạo của nó (ẩn đi, giữ lịch sử; hoàn tác bằng undo-change).",
        "Remove task TASK from its directive (hidden, history kept; undo with undo-change).",
    ),
    "cli.cmd.delete-directive.short": ("Xóa một chỉ đạo nhập sai.", "Delete a wrong directive."),
    "cli.cmd.delete-directive": (
        "Xóa chỉ đạo ID và các nhiệm vụ của nó (sau khi hỏi lại, hoặc --yes). Dữ liệu được ẩn "
        "chứ không mất: khôi phục bằng restore-directive ID.",
        "Delete directive ID and its tasks (after a confirmation, or --yes). Hidden, not "
        "erased: bring it back with restore-directive ID.",
    ),
    "cli.cmd.delete-notice.short": ("Xóa cả một thông báo nhập sai.", "Delete a whole notice."),
    "cli.cmd.delete-notice": (
        "Xóa thông báo ID cùng mọi chỉ đạo và nhiệm vụ (sau khi hỏi lại, hoặc --yes). Dữ liệu "
        "được ẩn chứ không mất: khôi phục bằng restore-notice ID. Bản sửa của thông báo có thể "
        "được nhập lại.",
        "Delete notice ID with all its directives and tasks (after a confirmation, or --yes). "
        "Hidden, not erased: bring it back with restore-notice ID. A corrected copy of the "
        "notice can be imported again.",
    ),
    "cli.cmd.restore-directive.short": ("Khôi phục một chỉ đạo đã xóa.",
                                        "Restore a deleted directive."),
    "cli.cmd.restore-directive": ("Khôi phục chỉ đạo ID đã xóa cùng các nhiệm vụ của nó.",
                                  "Bring back deleted directive ID with its tasks."),
    "cli.cmd.restore-notice.short": ("Khôi phục một thông báo đã xóa.",
                                     "Restore a deleted notice."),
    "cli.cmd.restore-notice": (
        "Khôi phục thông báo ID đã xóa cùng chỉ đạo và nhiệm vụ. Xem số các thông báo đã xóa "
        "bằng `corrections --deleted`.",
        "Bring back deleted notice ID with its directives and tasks. See deleted notices with "
        "`corrections --deleted`.",
    ),
    "cli.cmd.undo-change.short": ("Hoàn tác một sửa đổi theo số.", "Undo a correction by number."),
    "cli.cmd.undo-change": (
        "Hoàn tác sửa đổi số N (số trong `corrections` và `history`). Bị từ chối nếu dữ liệu đã "
        "thay đổi sau đó.",
        "Undo correction N (the number in `corrections` and `history`). Refused when what it "
        "changed has changed again since.",
    ),
    "cli.cmd.edit-notice.short": ("Sửa phần đầu của một thông báo.", "Correct a notice's header."),
    "cli.cmd.edit-notice": (
        "Sửa số hiệu, trích yếu, cơ quan ban hành, ngày, người ký... của thông báo ID. Chuỗi rỗng "
        "(\"\") xóa một trường.",
        "Correct the number, title, issuer, dates, signer... of notice ID. An empty string "
        "(\"\") clears a field.",
    ),
    "cli.cmd.corrections.short": ("Nhật ký sửa đổi sau khi nhập.", "The log of corrections."),
    "cli.cmd.corrections": (
        "Các sửa đổi sau khi nhập (số, lúc, ai, gì), của một --notice hoặc --directive; "
        "--deleted liệt kê các thông báo đã xóa.",
        "Corrections made after import (number, when, who, what), of a --notice or --directive; "
        "--deleted lists deleted notices.",
    ),
    "corrections.opt.note": ("Lý do hoặc ghi chú, lưu vào lịch sử.",
                             "A reason or note, kept in the history."),
    "corrections.opt.yes": ("Không hỏi lại.", "Do not ask for confirmation."),
    "corrections.opt.lead": ("Cơ quan chủ trì (lặp lại cho nhiều cơ quan).",
                             "Lead agency (repeat for several)."),
    "corrections.opt.coordinate": ("Cơ quan phối hợp (lặp lại cho nhiều cơ quan).",
                                   "Coordinating agency (repeat for several)."),
    "corrections.opt.no_coordinate": ("Bỏ mọi cơ quan phối hợp.", "Remove every coordinator."),
    "corrections.opt.deadline": ("Thời hạn: cụm từ như trong văn bản, hoặc một ngày.",
                                 "Deadline: a phrase as in a notice, or a date."),
    "corrections.opt.due": ("Ngày hạn (d/m/yyyy), ưu tiên hơn ngày đọc từ --deadline.",
                            "Due date (d/m/yyyy), over the one read from --deadline."),
    "corrections.opt.new_agency": ("Thêm cơ quan chưa có trong danh mục.",
                                   "Add an agency that is not in the catalogue."),
    "corrections.opt.role": ("Vai trò: lead (chủ trì) hoặc coordinate (phối hợp).",
                             "Role: lead or coordinate."),
    "corrections.opt.earlier": (
        "Cho phép đưa hạn về sớm hơn hạn hiện tại (cần --reason).",
        "Allow a date before the current deadline (needs --reason).",
    ),
    "corrections.opt.number": ("Số, ký hiệu văn bản.", "Number and symbol."),
    "corrections.opt.doc_type": ("Mã loại văn bản (TB, CV...).", "Document type code (TB, CV...)."),
    "corrections.opt.title": ("Trích yếu.", "Title (summary)."),
    "corrections.opt.issuer": ("Cơ quan ban hành.", "Issuer."),
    "corrections.opt.place": ("Địa danh.", "Place."),
    "corrections.opt.date": ("Ngày (d/m/yyyy); \"\" để xóa.", "A date (d/m/yyyy); \"\" clears it."),
    "corrections.opt.meeting_place": ("Nơi họp.", "Meeting place."),
    "corrections.opt.presiding": ("Người chủ trì cuộc họp.", "Who presided."),
    "corrections.opt.signer": ("Người ký.", "Signer."),
    "corrections.opt.signer_title": ("Chức danh ký (TL. CHỦ TỊCH...).", "Signer's title."),
    "corrections.opt.directive": ("Chỉ của chỉ đạo này.", "Only of this directive."),
    "corrections.opt.deleted": ("Liệt kê các thông báo đã xóa.", "List deleted notices."),
    "corrections.col.change": ("Số", "No."),
    "corrections.cli.coordinate_or_none": (
        "Dùng --coordinate hoặc --no-coordinate, không dùng cả hai.",
        "Use --coordinate or --no-coordinate, not both.",
    ),
    "corrections.cli.nothing_given": (
        "Chưa có gì để sửa. Thêm ít nhất một tùy chọn (xem --help).",
        "Nothing to correct. Give at least one option (see --help).",
    ),
    "corrections.cli.bad_directive": (
        "“{value}” không phải một chỉ đạo. Nhập số chỉ đạo (directive_id trong `list --json`) "
        "hoặc số thông báo và mục, ví dụ 1:3.d.",
        "“{value}” names no directive. Give the directive number (directive_id in "
        "`list --json`) or the notice number and item, e.g. 1:3.d.",
    ),
    "corrections.cli.no_such_item": (
        "Thông báo số {notice} không có mục {ref}. Mở thông báo để xem các mục của nó.",
        "Notice {notice} has no item {ref}. Open the notice to see its items.",
    ),
    "corrections.cli.bad_role": (
        "Không hiểu vai trò “{role}”. Dùng lead (chủ trì) hoặc coordinate (phối hợp).",
        "Unknown role “{role}”. Use lead or coordinate.",
    ),
    "corrections.cli.needs_yes": (
        "Thao tác xóa cần xác nhận. Chạy lại với --yes.",
        "A delete needs a confirmation. Run it again with --yes.",
    ),
    "corrections.cli.confirm_directive": (
        "Xóa chỉ đạo số {id} (mục {ref}) cùng {tasks} nhiệm vụ?",
        "Delete directive {id} (item {ref}) and its {tasks} task(s)?",
    ),
    "corrections.cli.confirm_notice": (
        "Xóa thông báo số {id} ({number}) cùng {directives} chỉ đạo và {tasks} nhiệm vụ?",
        "Delete notice {id} ({number}) with {directives} directive(s) and {tasks} task(s)?",
    ),
    "corrections.cli.directive_saved": (
        "Đã lưu sửa đổi số {change}. Chỉ đạo số {id} (mục {ref}): chủ trì {leads}; phối hợp "
        "{coordinators}; thời hạn {deadline} ({due}).",
        "Saved as change {change}. Directive {id} (item {ref}): lead {leads}; coordinating "
        "{coordinators}; deadline {deadline} ({due}).",
    ),
    "corrections.cli.assigned": ("Nhiệm vụ số {task}.", "Task {task}."),
    "corrections.cli.unassigned": (
        "Đã bỏ nhiệm vụ số {task} (sửa đổi số {change}; hoàn tác: undo-change {change}).",
        "Task {task} removed (change {change}; undo: undo-change {change}).",
    ),
    "corrections.cli.deleted_directive": (
        "Đã xóa chỉ đạo số {id} (sửa đổi số {change}). Khôi phục: restore-directive {id}.",
        "Directive {id} deleted (change {change}). To restore: restore-directive {id}.",
    ),
    "corrections.cli.deleted_notice": (
        "Đã xóa thông báo số {id} (sửa đổi số {change}). Khôi phục: restore-notice {id}.",
        "Notice {id} deleted (change {change}). To restore: restore-notice {id}.",
    ),
    "corrections.cli.restored_directive": ("Đã khôi phục chỉ đạo số {id} (sửa đổi số {change}).",
                                           "Directive {id} restored (change {change})."),
    "corrections.cli.restored_notice": ("Đã khôi phục thông báo số {id} (sửa đổi số {change}).",
                                        "Notice {id} restored (change {change})."),
    "corrections.cli.undone": ("Đã hoàn tác sửa đổi số {id} (sửa đổi số {change}).",
                               "Change {id} undone (change {change})."),
    "corrections.cli.notice_saved": ("Đã sửa thông báo số {id} (sửa đổi số {change}).",
                                     "Notice {id} corrected (change {change})."),
    "corrections.cli.deleted_line": ("thông báo {id}  {number}  {title}  — xóa lúc {at} bởi {by}",
                                     "notice {id}  {number}  {title}  — deleted at {at} by {by}"),
    "corrections.cli.same_status": (
        "Nhiệm vụ số {task} đã ở trạng thái “{status}”; không có gì thay đổi.",
        "Task {task} is already “{status}”; nothing changed.",
    ),
    "corrections.cli.completed_on": ("hoàn thành ngày {day}", "completed on {day}"),
    # ------------------------------------------------------------ terminal UI
    "ui.corrections.key.edit": ("Sửa chỉ đạo", "Correct"),
    "ui.corrections.key.assign": ("Giao thêm cơ quan", "Add agency"),
    "ui.corrections.key.unassign": ("Bỏ giao cơ quan", "Remove agency"),
    "ui.corrections.key.delete": ("Xóa chỉ đạo", "Delete directive"),
    "ui.corrections.key.edit_notice": ("Sửa thông báo", "Correct"),
    "ui.corrections.key.delete_notice": ("Xóa thông báo", "Delete notice"),
    "corrections.ui.edit_title": ("Sửa chỉ đạo", "Correct the directive"),
    "corrections.ui.assign_title": ("Giao thêm cơ quan", "Add an agency"),
    "corrections.ui.notice_title": ("Sửa thông báo", "Correct the notice"),
    "corrections.ui.confirm_title": ("Xác nhận", "Confirm"),
    "corrections.ui.confirm_hint": ("Enter: đồng ý · Esc: thôi", "Enter: yes · Esc: no"),
    "corrections.ui.field.leads": ("Chủ trì ({count}; cách nhau bằng “;”)",
                                   "Leads ({count}; separated by “;”)"),
    "corrections.ui.field.coordinators": ("Phối hợp (cách nhau bằng “;”)",
                                          "Coordinating (separated by “;”)"),
    "corrections.ui.field.deadline": ("Thời hạn (như trong văn bản)", "Deadline (as written)"),
    "corrections.ui.field.due": ("Ngày hạn (d/m/yyyy)", "Due date (d/m/yyyy)"),
    "corrections.ui.field.note": ("Lý do sửa (không bắt buộc)", "Reason (optional)"),
    "corrections.ui.field.agency": ("Cơ quan (tên hoặc viết tắt, ví dụ Sở KH&CN)",
                                    "Agency (name or abbreviation, e.g. Sở KH&CN)"),
    "corrections.ui.field.role": ("Vai trò (chủ trì / phối hợp)", "Role (lead / coordinate)"),
    "corrections.ui.unassign_title": ("Bỏ giao cơ quan", "Remove the agency"),
    "corrections.ui.unassign_body": ("Bỏ {agency} ({role}) khỏi chỉ đạo này? Hoàn tác bằng u.",
                                     "Remove {agency} ({role}) from this directive? Undo "
                                     "with u."),
    "corrections.ui.delete_title": ("Xóa chỉ đạo", "Delete the directive"),
    "corrections.ui.delete_body": (
        "Xóa chỉ đạo mục {ref} cùng {tasks} nhiệm vụ? Có thể hoàn tác bằng u.",
        "Delete directive {ref} and its {tasks} task(s)? Undo with u.",
    ),
    "corrections.ui.delete_notice_title": ("Xóa thông báo", "Delete the notice"),
    "corrections.ui.delete_notice_body": (
        "Xóa thông báo {number} cùng {directives} chỉ đạo và {tasks} nhiệm vụ? Có thể hoàn "
        "tác bằng u.",
        "Delete notice {number} with {directives} directive(s) and {tasks} task(s)? Undo "
        "with u.",
    ),
    "corrections.ui.saved": ("{detail}. Bấm {undo} để hoàn tác.",
                             "{detail}. Press {undo} to undo."),
    "corrections.ui.undone": ("Đã hoàn tác sửa đổi.", "Correction undone."),
    "corrections.ui.nothing_to_undo": ("Phiên này chưa có sửa đổi nào để hoàn tác.",
                                       "This session has no correction to undo."),
    "corrections.ui.detail.edit": ("Đã sửa chỉ đạo {ref}", "Directive {ref} corrected"),
    "corrections.ui.detail.assign": ("Đã giao thêm cơ quan cho chỉ đạo {ref}",
                                     "Agency added to directive {ref}"),
    "corrections.ui.detail.unassign": ("Đã bỏ giao {agency}", "{agency} removed"),
    "corrections.ui.detail.delete": ("Đã xóa chỉ đạo {ref}", "Directive {ref} deleted"),
    "corrections.ui.detail.notice": ("Đã sửa thông báo {number}", "Notice {number} corrected"),
    "corrections.ui.detail.delete_notice": ("Đã xóa thông báo {number}",
                                            "Notice {number} deleted"),
}

# The history panes of the UI name actions and fields through their own keys
# (ui.history.*, ui.directive.action.*): the corrections' ones are the same words.
_ACTIONS = ("edit_directive", "edit_notice", "assign", "unassign", "delete_directive",
            "delete_notice")
_FIELDS = ("leads", "coordinators", "deadline", "notice", "number", "doc_type", "title",
           "issuer", "place", "issued_on", "meeting_on", "meeting_place", "presiding", "signer",
           "signer_title")
for _action in _ACTIONS:
    STRINGS[f"ui.history.action.{_action}"] = STRINGS[f"corrections.action.{_action}"]
    STRINGS[f"ui.directive.action.{_action}"] = STRINGS[f"corrections.action.{_action}"]
for _field in _FIELDS:
    STRINGS.setdefault(f"ui.history.field.{_field}", STRINGS[f"corrections.field.{_field}"])
