"""Strings of running the tracker for an office: opening, sharing, read-only access,
`init`, `backup`, `check` (vi, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    # ---- opening the file
    "storeops.db_missing": (
        "Không có cơ sở dữ liệu {path}. Kiểm tra lại đường dẫn, hoặc tạo mới bằng "
        "`tui-tracker init` hay `tui-tracker import TỆP`.",
        "There is no database at {path}. Check the path, or create one with "
        "`tui-tracker init` or `tui-tracker import FILE`.",
    ),
    "storeops.created_default": (
        "Đã tạo cơ sở dữ liệu mới {path} (lần dùng đầu tiên).",
        "Created a new database at {path} (first use).",
    ),
    "storeops.folder_not_setgid": (
        "Lưu ý: thư mục {folder} chưa có bit setgid của nhóm {group}, nên tệp -wal/-shm do "
        "người khác tạo có thể không dùng chung được. Chạy: chgrp {group} {folder} && "
        "chmod 2770 {folder}",
        "Note: the folder {folder} is not setgid for the group {group}, so the -wal/-shm "
        "files another person creates may not be shared. Run: chgrp {group} {folder} && "
        "chmod 2770 {folder}",
    ),
    "storeops.cannot_read": (
        "Không đọc được cơ sở dữ liệu {path} ({detail}). "
        "Hãy nhờ người quản lý tệp cấp quyền đọc, hoặc chọn tệp khác bằng --db.",
        "Cannot read the database {path} ({detail}). "
        "Ask the owner for read access, or choose another file with --db.",
    ),
    "storeops.not_sqlite": (
        "Tệp {path} không phải cơ sở dữ liệu SQLite; tệp được giữ nguyên. "
        "Chọn đúng tệp bằng --db.",
        "The file {path} is not an SQLite database; it was left as it is. "
        "Choose the right file with --db.",
    ),
    "storeops.read_only_needs_upgrade": (
        "Cơ sở dữ liệu {path} dùng lược đồ cũ ({found}, cần {known}) và chỉ đọc đối với bạn "
        "nên không nâng cấp được: hãy nhờ người có quyền ghi mở nó một lần.",
        "The database {path} has an old schema ({found}, needs {known}) and is read-only "
        "for you, so it cannot be upgraded: ask someone with write access to open it once.",
    ),
    "storeops.no_such_group": (
        "Không có nhóm hệ thống “{group}”. Tạo nhóm (groupadd {group}) hoặc sửa tên nhóm "
        "trong cài đặt ([store] group) hay biến TUI_TRACKER_GROUP.",
        "There is no OS group “{group}”. Create it (groupadd {group}) or fix the group "
        "name in the settings ([store] group) or TUI_TRACKER_GROUP.",
    ),
    "storeops.cannot_share": (
        "Không giao được {path} cho nhóm ({detail}). Bạn phải là thành viên của nhóm "
        "(usermod -aG NHÓM TÊN, rồi đăng nhập lại).",
        "Cannot give {path} to the group ({detail}). You must be a member of the group "
        "(usermod -aG GROUP NAME, then log in again).",
    ),
    "storeops.upgrade_backup_failed": (
        "Chưa nâng cấp cơ sở dữ liệu {path}: không tạo được bản sao lưu trước khi nâng cấp "
        "({detail}). Cơ sở dữ liệu được giữ nguyên.",
        "The database {path} was not upgraded: the backup before the upgrade failed "
        "({detail}). The database was left as it is.",
    ),

    "storeops.settings_unreadable": (
        "Không đọc được tệp cài đặt {path} ({error}). Sửa quyền của tệp và thư mục chứa nó, "
        "hoặc chỉ tới tệp khác bằng biến {var}.",
        "Cannot read the settings file {path} ({error}). Fix the permissions of the file and "
        "its folder, or point {var} at another file.",
    ),

    # ---- backup
    "storeops.backup_exists": (
        "Tệp {path} đã có. Chọn tên khác, hoặc thêm --force để ghi đè.",
        "The file {path} already exists. Choose another name, or add --force to replace it.",
    ),
    "storeops.backup_is_folder": (
        "{path} là một thư mục. Ghi rõ tên tệp sao lưu, ví dụ {path}/tracker-sao-luu.db.",
        "{path} is a folder. Give the backup file's name, e.g. {path}/tracker-backup.db.",
    ),
    "storeops.backup_onto_itself": (
        "{path} chính là cơ sở dữ liệu đang dùng. Chọn một tệp khác để sao lưu.",
        "{path} is the database itself. Choose another file for the backup.",
    ),
    "storeops.backup.done": (
        "Đã sao lưu {source} vào {path} ({size} byte).",
        "Backed up {source} to {path} ({size} bytes).",
    ),

    # ---- init
    "storeops.init_exists": (
        "Cơ sở dữ liệu {path} đã có; không thay đổi gì. Dùng `tui-tracker check` để kiểm tra nó.",
        "The database {path} already exists; nothing was changed. "
        "Run `tui-tracker check` to examine it.",
    ),
    "storeops.init_not_folder": (
        "{path} đã có và không phải thư mục. Chọn một thư mục cho cơ sở dữ liệu dùng chung.",
        "{path} exists and is not a folder. Choose a folder for the shared database.",
    ),
    "storeops.init_needs_dir": (
        "--shared cần thư mục DIR để đặt cơ sở dữ liệu dùng chung, ví dụ: "
        "tui-tracker init --shared phong-th /srv/tui-tracker/phong-th",
        "--shared needs the folder DIR for the shared database, e.g. "
        "tui-tracker init --shared phong-th /srv/tui-tracker/phong-th",
    ),
    "storeops.init.done": (
        "Đã tạo cơ sở dữ liệu {path} (quyền {mode}).",
        "Created the database {path} (mode {mode}).",
    ),
    "storeops.init.shared": (
        "Thư mục {folder} thuộc nhóm {group} (2770, setgid); cơ sở dữ liệu 0660 của nhóm.\n"
        "Để mọi người trong nhóm dùng nó, ghi vào /etc/profile.d/tui-tracker.sh:\n"
        "  export TUI_TRACKER_DB={path}\n"
        "  export TUI_TRACKER_GROUP={group}\n"
        "hoặc vào tệp cài đặt của từng người (settings.toml):\n"
        "  [store]\n"
        "  group = \"{group}\"\n"
        "và dùng --db {path}.",
        "The folder {folder} belongs to the group {group} (2770, setgid); the database is "
        "0660, the group's.\n"
        "For everyone in the group to use it, put in /etc/profile.d/tui-tracker.sh:\n"
        "  export TUI_TRACKER_DB={path}\n"
        "  export TUI_TRACKER_GROUP={group}\n"
        "or in each person's settings file (settings.toml):\n"
        "  [store]\n"
        "  group = \"{group}\"\n"
        "and use --db {path}.",
    ),
    "storeops.init.private": (
        "Chỉ bạn đọc và ghi được tệp này. Để dùng chung trong một phòng, xem "
        "`tui-tracker init --help` (--shared).",
        "Only you can read and write this file. To share it in an office, see "
        "`tui-tracker init --help` (--shared).",
    ),

    # ---- check
    "storeops.check.ok": (
        "Cơ sở dữ liệu {path} không có lỗi (lược đồ {version}; {notices} thông báo, "
        "{tasks} nhiệm vụ).",
        "The database {path} is sound (schema {version}; {notices} notices, {tasks} tasks).",
    ),
    "storeops.check.failed": (
        "Cơ sở dữ liệu {path} có {count} vấn đề:",
        "The database {path} has {count} problem(s):",
    ),
    "storeops.check.advice": (
        "Khôi phục từ bản sao lưu gần nhất (tui-tracker backup), hoặc báo quản trị hệ thống.",
        "Restore the latest backup (tui-tracker backup), or tell the system administrator.",
    ),
    "storeops.check.advice_search": (
        "Dữ liệu không mất: chỉ mục tìm kiếm lệch với dữ liệu (thường do sửa bằng sqlite3). "
        "Chạy `tui-tracker check --rebuild-search` để dựng lại chỉ mục.",
        "No data is lost: the search index drifted from the data (usually after edits made "
        "with sqlite3). Run `tui-tracker check --rebuild-search` to rebuild it.",
    ),
    "storeops.opt.rebuild_search": (
        "Dựng lại chỉ mục tìm kiếm từ dữ liệu trước khi kiểm tra.",
        "Rebuild the search index from the data before checking.",
    ),
    "storeops.empty_file": (
        "Tệp {path} rỗng (0 byte), không phải cơ sở dữ liệu của tui-tracker; tệp được giữ "
        "nguyên. Chọn đúng tệp bằng --db, hoặc xóa tệp rỗng rồi tạo mới bằng `tui-tracker init`.",
        "The file {path} is empty (0 bytes), not a tui-tracker database; it was left as it "
        "is. Choose the right file with --db, or delete the empty file and create a new one "
        "with `tui-tracker init`.",
    ),
    "storeops.problem.integrity": (
        "tệp hỏng: {detail}",
        "damaged file: {detail}",
    ),
    "storeops.problem.foreign_key": (
        "bảng {table}, dòng {rowid}: trỏ tới {parent} không tồn tại",
        "table {table}, row {rowid}: refers to a missing row of {parent}",
    ),
    "storeops.problem.search_missing": (
        "chỉ mục tìm kiếm {table} thiếu {count} dòng (tìm kiếm sẽ bỏ sót chúng)",
        "the search index {table} misses {count} row(s) (search will not find them)",
    ),
    "storeops.problem.search_orphan": (
        "chỉ mục tìm kiếm {table} có {count} dòng không còn dữ liệu",
        "the search index {table} has {count} row(s) whose data is gone",
    ),
    "storeops.problem.search_index": (
        "chỉ mục tìm kiếm {table} hỏng: {detail}",
        "the search index {table} is damaged: {detail}",
    ),
    "storeops.problem.old_schema": (
        "lược đồ {found} cũ hơn {known}: mở bằng người có quyền ghi để nâng cấp",
        "schema {found} is older than {known}: open it with write access to upgrade it",
    ),

    # ---- command help
    "cli.cmd.init.short": (
        "Tạo cơ sở dữ liệu mới (dùng riêng hoặc chung một nhóm).",
        "Create a new database (private, or shared by a group).",
    ),
    "cli.cmd.init": (
        "Tạo cơ sở dữ liệu mới với lược đồ. Không có DIR: tạo tệp của --db (hoặc "
        "TUI_TRACKER_DB, hoặc mặc định), quyền 0600. Với --shared NHÓM DIR: tạo thư mục DIR "
        "(setgid, thuộc NHÓM, 2770) và DIR/tracker.db (0660) cho cả nhóm dùng, rồi in dòng "
        "cần đặt vào cài đặt hay môi trường. Cơ sở dữ liệu đã có thì không bị động đến.",
        "Create a new database with its schema. Without DIR: the file of --db (or "
        "TUI_TRACKER_DB, or the default), mode 0600. With --shared GROUP DIR: create the "
        "folder DIR (setgid, owned by GROUP, 2770) and DIR/tracker.db (0660) for the whole "
        "group, and print what to put in the settings or the environment. An existing "
        "database is never touched.",
    ),
    "cli.cmd.backup.short": (
        "Sao lưu cơ sở dữ liệu đang dùng vào FILE.",
        "Copy the live database to FILE.",
    ),
    "cli.cmd.backup": (
        "Chép cơ sở dữ liệu vào FILE, nhất quán kể cả khi người khác đang ghi. Tệp đã có "
        "không bị ghi đè nếu không có --force. Bản sao giữ quyền của cơ sở dữ liệu "
        "(0600 hay 0660). Dùng được trong cron.",
        "Copy the database to FILE, consistent even while others write. An existing file "
        "is not replaced without --force. The copy keeps the database's mode (0600 or "
        "0660). Fit for cron.",
    ),
    "cli.cmd.check.short": (
        "Kiểm tra cơ sở dữ liệu có bị hỏng không.",
        "Check the database for damage.",
    ),
    "cli.cmd.check": (
        "Kiểm tra tệp (PRAGMA integrity_check), các liên kết giữa bảng (foreign_key_check) "
        "và chỉ mục tìm kiếm. Mã thoát 0 khi không có lỗi, 5 kèm danh sách vấn đề.",
        "Check the file (PRAGMA integrity_check), the links between tables "
        "(foreign_key_check) and the search index. Exit code 0 when sound, 5 with the list "
        "of problems otherwise.",
    ),
    "storeops.opt.shared": (
        "Tạo cho cả NHÓM hệ thống dùng chung, trong thư mục DIR.",
        "Make it shared by the OS GROUP, in the folder DIR.",
    ),
    "storeops.opt.force": (
        "Ghi đè FILE nếu đã có.",
        "Replace FILE if it exists.",
    ),

    # ---- the terminal UI on a read-only database
    "storeops.ui.read_only_mark": ("chỉ đọc", "read-only"),
    "storeops.ui.read_only_key": (
        "Cơ sở dữ liệu chỉ đọc đối với bạn: không thay đổi được. "
        "Hãy nhờ người quản lý tệp cấp quyền ghi.",
        "The database is read-only for you: nothing can be changed. "
        "Ask the owner for write access.",
    ),
}
