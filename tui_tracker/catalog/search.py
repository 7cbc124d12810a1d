"""Strings of searching from the command line."""

STRINGS: dict[str, tuple[str, str]] = {
    "cli.search.no_words": (
        "Chuỗi tìm kiếm “{text}” không có chữ hay số nào: hãy gõ ít nhất một từ "
        "(không cần dấu, ví dụ --search \"ton tai\").",
        "The search “{text}” has no letter or digit: type at least one word "
        "(diacritics optional, e.g. --search \"ton tai\").",
    ),
}
