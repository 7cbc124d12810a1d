"""Strings of the deadline parser (parsing/deadlines.py)."""

STRINGS: dict[str, tuple[str, str]] = {
    "deadline.invalid_date": (
        "Thời hạn “{phrase}” ghi một ngày không có thật, hãy sửa lại ngày này trong tệp.",
        "The deadline “{phrase}” names a day that does not exist; correct the date in the file.",
    ),
}
