"""Strings of the core: status labels, classes, parser warnings, store errors."""

STRINGS: dict[str, tuple[str, str]] = {
    "status.todo": ("chưa thực hiện", "to do"),
    "status.in_progress": ("đang thực hiện", "in progress"),
    "status.reported": ("chờ xác nhận", "reported"),
    "status.done": ("hoàn thành", "done"),
    "status.paused": ("tạm dừng", "paused"),
    "status.cancelled": ("hủy", "cancelled"),
    "role.lead": ("chủ trì", "lead"),
    "role.coordinate": ("phối hợp", "coordinate"),
    "class.done_on_time": ("hoàn thành đúng hạn", "done on time"),
    "class.done_late": ("hoàn thành quá hạn", "done late"),
    "class.on_track": ("đang thực hiện trong hạn", "in progress, on time"),
    "class.overdue": ("đang thực hiện quá hạn", "in progress, overdue"),
    "class.cancelled": ("đã hủy", "cancelled"),
    # Counts go through i18n.tn, which picks the `.one` entry for 1 (English singular).
    "countdown.overdue": ("quá hạn {days} ngày", "{days} days overdue"),
    "countdown.overdue.one": ("quá hạn {days} ngày", "{days} day overdue"),
    "countdown.today": ("hôm nay", "today"),
    "countdown.left": ("còn {days} ngày", "{days} days left"),
    "countdown.left.one": ("còn {days} ngày", "{days} day left"),
    "countdown.none": ("không thời hạn", "no deadline"),
}
