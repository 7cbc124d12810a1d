"""Strings of corrections after import (edit, assign, delete, restore, undo) and of
the triage rules (completion day, earlier extension). Vietnamese first."""

STRINGS: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ store: refusals
    "corrections.task_deleted": (
        "Công việc số {id} đã bị xóa lúc {at}. Khôi phục chỉ đạo hoặc thông báo của nó trước khi "
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
        "Ngày {new} ở trước hạn hiện tại của công việc số {id} ({due}): gia hạn chỉ lùi hạn. "
        "Nếu thật sự muốn rút ngắn hạn, dùng --earlier kèm lý do.",
        "{new} is before task {id}'s current deadline ({due}): an extension moves a deadline "
        "later. To bring it forward on purpose, use --earlier with a reason.",
    ),
    "corrections.agency_empty": (
        "Chưa nhập tên cơ quan. Nhập tên hoặc tên viết tắt, ví dụ “Sở KH&CN”.",
        "No agency name given. Type a name or an abbreviation, e.g. “Sở KH&CN”.",
    ),
    "corrections.agency_unknown": (
        "Không có cơ quan “{name}” trong danh mục. Kiểm tra lại chính tả, hoặc thêm cơ quan mới "
        "(dòng lệnh: --new-agency).",
        "There is no agency “{name}” in the catalogue. Check the spelling, or add it as a new "
        "agency (command line: --new-agency).",
    ),
    "corrections.agency_unknown_close": (
        "Không có cơ quan “{name}” trong danh mục; gần giống: {close}. Gõ đúng tên, hoặc thêm cơ "
        "quan mới (dòng lệnh: --new-agency).",
        "There is no agency “{name}” in the catalogue; close matches: {close}. Type the exact "
        "name, or add it as a new agency (command line: --new-agency).",
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
        "Chỉ đạo số {id} cần ít nhất một cơ quan chủ trì. Nhập cơ quan chủ trì.",
        "Directive {id} needs at least one lead agency. Name the lead.",
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
        "Công việc số {id} đã thay đổi (nay là phiên bản {version}). Xem lại rồi thực hiện lại.",
        "Task {id} has changed (now version {version}). Review it, then try again.",
    ),
    "corrections.last_lead": (
        "Công việc số {id} là cơ quan chủ trì duy nhất của chỉ đạo. Giao cơ quan chủ trì khác "
        "trước, hoặc xóa cả chỉ đạo.",
        "Task {id} is the directive's only lead. Name another lead first, or delete the whole "
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
    "corrections.table.tasks": ("công việc", "task"),
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
}
