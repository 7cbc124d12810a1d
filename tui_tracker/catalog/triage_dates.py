"""Strings of business dates on the command line and in the UI: an extension's decision
day (`extend --on`, the extension dialog) and the history's "decided on" (vi, en). The
store's own sentences about days are in catalog/store.py."""

STRINGS: dict[str, tuple[str, str]] = {
    "cli.opt.extend_on": (
        "Ngày quyết định gia hạn (mặc định: hôm nay). Báo cáo tính đến một ngày trước đó "
        "vẫn xét theo hạn cũ.",
        "The day the extension was decided (default: today). A report as of an earlier day "
        "still judges the task by the old deadline.",
    ),
    "ui.triage.field.decided_on": ("Ngày quyết định gia hạn", "Decided on"),
    "ui.triage.decided_in_future": (
        "Ngày quyết định không được sau hôm nay ({today}).",
        "The decision day cannot be after today ({today}).",
    ),
    "cli.extend.decided": ("Quyết định ngày {day}.", "Decided on {day}."),
    "cli.history.decided": ("quyết định ngày {day}", "decided on {day}"),
}
