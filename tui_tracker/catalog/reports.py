"""Strings of the reports: the scoreboard, `report`, `due`, recurring duties (vi, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    # ---- recurring duties (store/recurrence.py): the history note of a roll
    "recurrence.rolled": (
        "Nhiệm vụ định kỳ: kỳ hạn {due} đã {status} ngày {on}; kỳ tiếp theo hạn {next}.",
        "Recurring duty: the occurrence due {due} was {status} on {on}; next one due {next}.",
    ),
}
