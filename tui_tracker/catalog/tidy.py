"""Strings of the shared core helpers: typed dates (vi, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    "dates.bad_format": (
        "“{value}” không phải là ngày; hãy gõ ngày/tháng/năm (30/6/2026) hoặc "
        "YYYY-MM-DD (2026-06-30).",
        "“{value}” is not a date; type day/month/year (30/6/2026) or YYYY-MM-DD "
        "(2026-06-30).",
    ),
    "dates.no_such_day": (
        "Ngày {value} không tồn tại; hãy kiểm tra ngày và tháng.",
        "The day {value} does not exist; check the day and month.",
    ),
}
