"""Strings of the command line: help texts, messages, table headings (vi, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    # ---- help page furniture (click's own headings come from gettext, in English)
    "cli.help.usage": ("Cách dùng:", "Usage:"),
    "cli.help.options": ("Tùy chọn", "Options"),
    "cli.help.commands": ("Lệnh", "Commands"),
    "cli.help.options_metavar": ("[TÙY CHỌN]", "[OPTIONS]"),
    "cli.help.subcommand_metavar": ("[LỆNH [THAM SỐ]...]", "[COMMAND [ARGS]...]"),
    "cli.help.help_option": ("Hiện trợ giúp này rồi thoát.", "Show this message and exit."),

    # ---- commands
    "cli.cmd.root": (
        "Theo dõi các nhiệm vụ được giao trong thông báo kết luận của UBND tỉnh.\n\n"
        "Chạy không kèm lệnh để mở giao diện trên cơ sở dữ liệu (--db). Các tùy chọn "
        "--db, --today, --lang, --debug dùng được trước hoặc sau tên lệnh. Mọi lệnh, tùy "
        "chọn, khóa JSON và mã thoát: docs/cli.md.",
        "Track the tasks assigned by provincial notices of conclusions (thông báo kết luận).\n\n"
        "Run without a command to open the terminal UI on the database (--db). The options "
        "--db, --today, --lang, --debug work before or after the command name. Every "
        "command, option, JSON key and exit code: docs/cli.md.",
    ),
    "cli.cmd.demo.short": ("Mở giao diện với dữ liệu mẫu.", "Open the UI on sample data."),
    "cli.cmd.demo": (
        "Mở giao diện trên một cơ sở dữ liệu tạm, nạp từ các thông báo mẫu kèm theo. "
        "Dữ liệu tạm bị xóa khi thoát; cơ sở dữ liệu thật không bị động đến.",
        "Open the terminal UI on a throwaway database loaded from the bundled sample "
        "notices. It is deleted on exit; your real database is not touched.",
    ),
    "cli.cmd.parse.short": ("Đọc một thông báo và in kết quả.", "Parse a notice and print it."),
    "cli.cmd.parse": (
        "Đọc thông báo FILE (.txt, .md, .pdf, .docx; '-' là đầu vào chuẩn) và in những gì nhận ra: "
        "số, trích yếu, các chỉ đạo, cơ quan chủ trì, phối hợp, thời hạn. "
        "Không ghi gì vào cơ sở dữ liệu.",
        "Parse the notice FILE (.txt, .md, .pdf, .docx; '-' for standard input) and print what was found: "
        "number, summary, directives, lead and coordinating agencies, deadlines. "
        "Touches no database.",
    ),
    "cli.cmd.import.short": ("Nhập thông báo vào cơ sở dữ liệu.",
                             "Store notices in the database."),
    "cli.cmd.import": (
        "Đọc và lưu các thông báo FILE.... Mỗi thông báo được lưu trọn vẹn hoặc không lưu gì; "
        "tệp nào lỗi thì không thông báo nào được lưu. Nhập lại cùng một thông báo không "
        "thay đổi gì.",
        "Parse and store the notices FILE.... Each notice is stored whole or not at all, and "
        "if any file is bad nothing is stored. Importing the same notice again changes "
        "nothing.",
    ),
    "cli.cmd.list.short": ("Liệt kê nhiệm vụ, gấp nhất trước.",
                           "List tasks, most urgent first."),
    "cli.cmd.list": (
        "Liệt kê nhiệm vụ của các cơ quan, gấp nhất trước: việc quá hạn, đến hạn, còn hạn, "
        "không thời hạn, sau cùng là việc đã xong hoặc đã hủy (--open để ẩn chúng). "
        "Các bộ lọc kết hợp với nhau; tìm kiếm không phân biệt dấu ('ton tai' khớp 'tồn tại').",
        "List agency tasks, most urgent first: overdue, due, later, without deadline, then the "
        "done and cancelled ones (--open hides those). Filters combine; search ignores "
        "diacritics ('ton tai' finds 'tồn tại').",
    ),
    "cli.cmd.set-status.short": ("Đổi trạng thái một nhiệm vụ.", "Change a task's status."),
    "cli.cmd.set-status": (
        "Đổi trạng thái nhiệm vụ TASK thành STATUS; thay đổi được ghi vào lịch sử. "
        "STATUS: todo, in_progress, reported, done, paused, cancelled, hoặc nhãn tiếng Việt "
        "(có dấu hay không dấu: 'hoàn thành', 'hoan thanh').",
        "Change the status of task TASK to STATUS, recorded in its history. "
        "STATUS: todo, in_progress, reported, done, paused, cancelled, or the Vietnamese "
        "label (with or without diacritics: 'hoàn thành', 'hoan thanh').",
    ),
    "cli.cmd.refuse-extension.short": ("Không chấp thuận đề nghị gia hạn của cơ quan.",
                                       "Refuse an agency's extension request."),
    "cli.cmd.refuse-extension": (
        "Không chấp thuận đề nghị gia hạn đang chờ của nhiệm vụ TASK (cơ quan đề nghị trong "
        "báo cáo kết quả), với lý do --reason: hạn giữ nguyên, lịch sử ghi người quyết "
        "định và lý do, nhiệm vụ ra khỏi bộ lọc \"đề nghị gia hạn\". Trong giao diện, "
        "phím u hoàn tác.",
        "Refuse the pending extension request of task TASK (asked for in an agency's "
        "report), giving a --reason: the deadline stays, the history keeps who decided "
        "and why, and the task leaves the \"extension requested\" filter. In the "
        "interface, u undoes it."),
    "cli.opt.refusal_reason": ("Lý do không chấp thuận (bắt buộc).",
                               "Why it is refused (required)."),
    "cli.refuse.reason_required": (
        "Không chấp thuận gia hạn cần lý do: thêm --reason \"...\".",
        "Refusing an extension needs a reason: add --reason \"...\"."),
    "cli.refuse.done": (
        "Nhiệm vụ {task}: không chấp thuận đề nghị gia hạn; hạn vẫn là {due} ({countdown}); "
        "phiên bản {version}.",
        "Task {task}: extension request refused; the deadline stays {due} ({countdown}); "
        "version {version}."),
    "cli.cmd.extend.short": ("Gia hạn một nhiệm vụ.", "Extend a task's deadline."),
    "cli.cmd.extend": (
        "Gia hạn nhiệm vụ TASK đến ngày DATE (YYYY-MM-DD) với lý do --reason; "
        "hạn gốc được giữ lại.",
        "Move the deadline of task TASK to DATE (YYYY-MM-DD), giving a --reason; "
        "the original deadline is kept.",
    ),
    "cli.cmd.history.short": ("Lịch sử thay đổi của nhiệm vụ.", "A task's change history."),
    "cli.cmd.history": (
        "Mọi thay đổi của nhiệm vụ TASK: lúc nào, ai (người dùng hệ điều hành), từ gì, "
        "thành gì, ghi chú.",
        "Every change of task TASK: when, who (the OS user), from, to, note.",
    ),

    # ---- options
    "cli.opt.db": (
        "Tệp SQLite (biến môi trường TUI_TRACKER_DB; mặc định tracker.db trong thư mục dữ "
        "liệu người dùng, tạo ở lần dùng đầu tiên). Tệp nêu ở đây phải có sẵn: chỉ import "
        "và init tạo tệp mới.",
        "The SQLite file (env TUI_TRACKER_DB; default tracker.db in the user data dir, "
        "created on first use). A file named here must exist: only import and init create "
        "one.",
    ),
    "cli.opt.today": (
        "Ngày tham chiếu để đếm ngày và phân loại (biến TUI_TRACKER_TODAY; mặc định hôm nay).",
        "The reference day for countdowns and classes (env TUI_TRACKER_TODAY; default: "
        "today).",
    ),
    "cli.opt.lang": ("Ngôn ngữ giao diện (biến TUI_TRACKER_LANG; mặc định vi).",
                     "Interface language (env TUI_TRACKER_LANG; default vi)."),
    "cli.opt.debug": ("In traceback khi có lỗi.", "Print tracebacks on errors."),
    "cli.opt.json": ("In JSON (dạng cố định, cho script).", "Print JSON (a stable shape, for scripts)."),
    "cli.opt.csv": ("In CSV, cùng các cột như --json.", "Print CSV, same columns as --json."),
    "cli.opt.dry_run": ("Chỉ cho biết sẽ nhập gì; không ghi gì.",
                        "Only say what would be imported; write nothing."),
    "cli.opt.overdue": ("Chỉ việc đã quá hạn.", "Only overdue tasks."),
    "cli.opt.due_within": ("Chỉ việc chưa xong đến hạn trong DAYS ngày tới.",
                           "Only open tasks due within DAYS days."),
    "cli.opt.agency": ("Cơ quan (tên, tên viết tắt, không cần dấu).",
                       "Agency (name, abbreviation, diacritics optional)."),
    "cli.opt.status": ("Trạng thái; lặp lại hoặc ngăn bằng dấu phẩy để chọn nhiều.",
                       "Status; repeat or separate with commas for several."),
    "cli.opt.notice": ("Chỉ nhiệm vụ của thông báo có mã ID.", "Only tasks of notice ID."),
    "cli.opt.search": ("Tìm trong nội dung, cơ quan, số văn bản (không phân biệt dấu).",
                       "Search text, agency, document number (diacritics-insensitive)."),
    "cli.opt.open": ("Ẩn việc đã hoàn thành hoặc đã hủy.", "Hide done and cancelled tasks."),
    "cli.opt.limit": ("In nhiều nhất N nhiệm vụ.", "Print at most N tasks."),
    "cli.opt.note": ("Ghi chú kèm thay đổi.", "A note recorded with the change."),
    "cli.opt.on": ("Ngày hoàn thành (chỉ với trạng thái done; mặc định hôm nay).",
                   "Completion day (only with status done; default today)."),
    "cli.opt.if_version": (
        "Chỉ ghi nếu nhiệm vụ vẫn ở phiên bản N (tránh ghi đè thay đổi của người khác).",
        "Write only if the task is still at version N (avoids overwriting someone's change).",
    ),
    "cli.opt.reason": ("Lý do gia hạn (bắt buộc).", "Why the deadline moves (required)."),

    # ---- usage errors (exit 2)
    "cli.usage.hint": ("Xem '{command} --help' để biết cách dùng.",
                       "See '{command} --help' for usage."),
    "cli.usage.no_such_option": ("Không có tùy chọn {name}.", "There is no option {name}."),
    "cli.usage.no_such_command": ("Không có lệnh '{name}'.", "There is no command '{name}'."),
    "cli.usage.did_you_mean": ("Có phải ý bạn là: {names}?", "Did you mean: {names}?"),
    "cli.usage.needs_value": ("Tùy chọn {name} cần một giá trị.",
                              "The option {name} needs a value."),
    "cli.usage.takes_no_value": ("Tùy chọn {name} không nhận giá trị.",
                                 "The option {name} takes no value."),
    "cli.usage.missing_argument": ("Thiếu tham số {name}.", "The argument {name} is missing."),
    "cli.usage.missing_option": ("Thiếu tùy chọn {name}.", "The option {name} is missing."),
    "cli.usage.extra_args": ("Thừa tham số: {args}.", "Unexpected extra arguments: {args}."),
    "cli.usage.bad_value": ("{name}: {message}", "{name}: {message}"),
    "cli.usage.not_a_number": ("'{value}' không phải là số nguyên.",
                               "'{value}' is not a whole number."),
    "cli.usage.too_small": ("{value} quá nhỏ: cần ít nhất {minimum}.",
                            "{value} is too small: it must be at least {minimum}."),
    "cli.usage.bad_lang": ("ngôn ngữ '{value}' không có; hãy dùng {choices}.",
                           "there is no language '{value}'; use {choices}."),
    "cli.usage.json_or_csv": ("Chọn --json hoặc --csv, không dùng cả hai.",
                              "Choose --json or --csv, not both."),
    "cli.status.unknown": ("Không hiểu trạng thái '{word}'. Dùng một trong: {valid}.",
                           "Unknown status '{word}'. Use one of: {valid}."),
    "cli.status.valid_words": ("{english} (hoặc: {labels})", "{english} (or: {labels})"),
    "cli.set_status.on_needs_done": (
        "--on là ngày hoàn thành nên chỉ dùng với trạng thái done (hoàn thành).",
        "--on is the completion day, so it goes only with the status done.",
    ),
    "cli.extend.reason_required": (
        "Gia hạn cần lý do: thêm --reason \"...\".",
        "An extension needs a reason: add --reason \"...\".",
    ),

    # ---- settings file
    "cli.settings.bad_toml": (
        "Tệp cài đặt {path} không đúng cú pháp TOML ({error}). Hãy sửa hoặc xóa tệp.",
        "The settings file {path} is not valid TOML ({error}). Fix or delete it.",
    ),
    "cli.settings.unreadable": ("Không đọc được tệp cài đặt {path}: {error}.",
                                "Cannot read the settings file {path}: {error}."),
    "cli.settings.bad_value": (
        "Tệp cài đặt {path}: {key} = {value!r} không hợp lệ; cần {expected}.",
        "Settings file {path}: {key} = {value!r} is not valid; expected {expected}.",
    ),
    "cli.settings.bad_env_lang": ("{var}={value!r} không hợp lệ; hãy dùng vi hoặc en.",
                                  "{var}={value!r} is not valid; use vi or en."),

    # ---- other errors
    "cli.error.bug": (
        "Lỗi ngoài dự kiến ({error}); không có gì bị thay đổi. "
        "Chạy lại với --debug để xem chi tiết và báo cho người phát triển.",
        "Unexpected failure ({error}); nothing was changed. "
        "Run again with --debug for details and report it to the developers.",
    ),
    "cli.error.bug_debug": ("Lỗi ngoài dự kiến: {error}.", "Unexpected failure: {error}."),
    "cli.error.interrupted": ("Đã dừng theo yêu cầu.", "Interrupted."),
    "cli.conflict": (
        "Nhiệm vụ {task} đã được {by} sửa lúc {at} (nay là phiên bản {version}); không có gì "
        "bị ghi. Xem 'tui-tracker history {task}' rồi chạy lại với --if-version {version}.",
        "Task {task} was changed by {by} at {at} (now version {version}); nothing was "
        "written. Check 'tui-tracker history {task}', then run again with --if-version "
        "{version}.",
    ),

    # ---- output
    "cli.stdin": ("(đầu vào chuẩn)", "(standard input)"),
    "cli.notice.no_number": ("(không số)", "(no number)"),
    "cli.parse.no_title": ("(không có trích yếu)", "(no summary)"),
    "cli.parse.issuer": ("Cơ quan ban hành", "Issuer"),
    "cli.parse.issued_on": ("Ngày ban hành", "Issued on"),
    "cli.parse.meeting_on": ("Ngày họp", "Meeting on"),
    "cli.parse.presiding": ("Chủ trì cuộc họp", "Presiding"),
    "cli.parse.signer": ("Người ký", "Signed by"),
    "cli.parse.references": ("Văn bản được dẫn", "Referenced documents"),
    "cli.parse.directives": ("{count} chỉ đạo", "{count} directives"),
    "cli.parse.directives.one": ("{count} chỉ đạo", "{count} directive"),
    "cli.parse.related": ("các cơ quan liên quan", "related agencies"),
    "cli.parse.coordinating": ("phối hợp: {agencies}", "with: {agencies}"),
    "cli.parse.warning": ("Lưu ý", "Warning"),
    "cli.import.imported": (
        "Đã nhập {file}: thông báo {number} (mã {id}), {directives} chỉ đạo, {tasks} nhiệm vụ.",
        "Imported {file}: notice {number} (id {id}); directives: {directives}, tasks: {tasks}.",
    ),
    "cli.import.would_import": (
        "Sẽ nhập {file}: thông báo {number}, {directives} chỉ đạo, {tasks} nhiệm vụ.",
        "Would import {file}: notice {number}; directives: {directives}, tasks: {tasks}.",
    ),
    "cli.import.unchanged": (
        "Bỏ qua {file}: thông báo {number} đã có (mã {id}), không thay đổi gì.",
        "Skipped {file}: notice {number} is already stored (id {id}); nothing changed.",
    ),
    "cli.list.empty": ("Không có nhiệm vụ nào khớp.", "No task matches."),
    "cli.list.footer": (
        "{count} nhiệm vụ · {overdue} quá hạn · {soon} sắp đến hạn · tính đến {today}",
        "{count} tasks · {overdue} overdue · {soon} due soon · as of {today}",
    ),
    "cli.list.footer.one": (
        "{count} nhiệm vụ · {overdue} quá hạn · {soon} sắp đến hạn · tính đến {today}",
        "{count} task · {overdue} overdue · {soon} due soon · as of {today}",
    ),
    "cli.list.closed.done_on_time": ("xong đúng hạn", "done on time"),
    "cli.list.closed.done_late": ("xong trễ hạn", "done late"),
    "cli.list.closed.cancelled": ("đã hủy", "cancelled"),
    "cli.list.closed.on_track": ("—", "—"),
    "cli.list.closed.overdue": ("—", "—"),
    "cli.list.coordinating": ("{agency} (phối hợp)", "{agency} (coordinating)"),
    "cli.set_status.next_period": (
        "Nhiệm vụ {task}: kỳ hạn {due} {status}; kỳ tiếp theo hạn {next}; phiên bản {version}.",
        "Task {task}: the period due {due} is {status}; the next one is due {next}; version "
        "{version}.",
    ),
    "cli.set_status.done": (
        "Nhiệm vụ {task}: {before} → {after} ({countdown}); phiên bản {version}.",
        "Task {task}: {before} → {after} ({countdown}); version {version}.",
    ),
    "cli.extend.done": (
        "Nhiệm vụ {task}: gia hạn {before} → {after} (hạn gốc {original}; {countdown}); "
        "phiên bản {version}.",
        "Task {task}: deadline {before} → {after} (original {original}; {countdown}); "
        "version {version}.",
    ),
    "cli.history.title": ("Lịch sử nhiệm vụ {task}", "History of task {task}"),
    "cli.action.import": ("nhập", "import"),
    "cli.action.status": ("đổi trạng thái", "status"),
    "cli.action.extend": ("gia hạn", "extension"),
    "cli.action.note": ("ghi chú", "note"),
    "cli.action.undo": ("hoàn tác", "undo"),
    "cli.col.countdown": ("Thời hạn", "Deadline"),
    "cli.col.status": ("Trạng thái", "Status"),
    "cli.col.agency": ("Cơ quan", "Agency"),
    "cli.col.task": ("Cơ quan / mục · nội dung", "Agency / item · summary"),
    "cli.col.summary": ("Nội dung", "Summary"),
    "cli.col.ref": ("Mục", "Item"),
    "cli.col.deadline": ("Thời hạn", "Deadline"),
    "cli.col.at": ("Lúc", "When"),
    "cli.col.user": ("Người", "Who"),
    "cli.col.action": ("Thao tác", "Action"),
    "cli.col.change": ("Thay đổi / ghi chú", "Change / note"),
    "cli.col.agencies": ("Chủ trì / phối hợp", "Lead / coordinating"),
    "cli.parse.to_check": (
        "{count} chỉ đạo cần kiểm tra (!): trình phân tích chưa chắc chắn; xem lại trước khi "
        "nhập (tui-tracker parse --json cho biết vị trí từng chỉ đạo trong văn bản).",
        "{count} directives to check (!): the parser was unsure of them; look at them before "
        "importing (tui-tracker parse --json shows where each sits in the notice)."),
    "cli.parse.to_check.one": (
        "1 chỉ đạo cần kiểm tra (!): trình phân tích chưa chắc chắn; xem lại trước khi nhập "
        "(tui-tracker parse --json cho biết vị trí của nó trong văn bản).",
        "1 directive to check (!): the parser was unsure of it; look at it before importing "
        "(tui-tracker parse --json shows where it sits in the notice)."),

    # ---- demo
    "cli.demo.note": ("Dữ liệu mẫu", "Sample data"),
    "cli.demo.no_fixtures": (
        "Không tìm thấy các thông báo mẫu; hãy cài lại tui-tracker.",
        "The sample notices are missing; reinstall tui-tracker.",
    ),
}
