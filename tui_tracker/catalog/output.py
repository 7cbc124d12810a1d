"""Strings of the output files (tui_tracker/output_files.py): the same sentence for the
same mistake, whichever command writes the file (vi, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    "output.is_dir": (
        "Không ghi được {path}: đó là một thư mục; hãy ghi rõ tên tệp.",
        "Cannot write {path}: it is a folder; give a file name.",
    ),
    "output.no_folder": (
        "Không ghi được {path}: thư mục {folder} không tồn tại; hãy tạo thư mục hoặc chọn "
        "đường dẫn khác.",
        "Cannot write {path}: the folder {folder} does not exist; create it or choose "
        "another path.",
    ),
    "output.no_write": (
        "Không ghi được {path}: không có quyền ghi vào thư mục {folder}; hãy chọn thư mục "
        "khác.",
        "Cannot write {path}: no permission to write in {folder}; choose another folder.",
    ),
    "output.read_only": (
        "Không ghi đè được {path}: tệp chỉ đọc; hãy chọn tên khác.",
        "Cannot overwrite {path}: the file is read-only; choose another name.",
    ),
    "output.cannot_write": (
        "Không ghi được {path} ({detail}); không có tệp nào được tạo. Hãy giải phóng chỗ "
        "trống hoặc chọn nơi khác.",
        "Cannot write {path} ({detail}); no file was created. Free some space or choose "
        "another place.",
    ),
}
