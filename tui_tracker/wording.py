"""How the tracker words a task's facts, the same in the UI, the CLI, the reports, the
exports and the drafts: one home, so that a day or a countdown never reads two ways.

- `day_text(day)`: a day as people write it: `30/06/2026` in Vietnamese (dd/mm/yyyy),
  `2026-06-30` in English (one format for the UI, the CLI and the reports alike);
  `timestamp_text(stamp)`: a stored "YYYY-MM-DD HH:MM:SS" as `30/06/2026 14:05`;
- `days_left_words(days_left)`: the countdown of an open task ("quá hạn 5 ngày", "hôm nay",
  "còn 3 ngày", "không thời hạn"), singular and plural from the catalog;
  `countdown_words(status, days_left, task_class)`: the same, or for a closed task its
  class ("hoàn thành đúng hạn");
- `status_label`, `role_label`, `class_label`: the catalog's words for the stored codes;
- `task_words(task)`: all of a stored task's facts in words at once (`TaskWords`);
- `history_value(field, value, show_day)`: a value of a task's history or of a correction
  as people read it (a status in words, a day as the caller shows days, "—" for none);
- `notice_code(number, doc_type, notice_id)`: a notice named short, "TB 123": the document
  code is the stored `doc_type` (what the parser read from the notice), so a Công văn
  numbered "45/UBND-KT" reads "CV 45", not like a notice. Only when no type was stored is
  it guessed from the number's letters.

Part of the core: no Textual, no click, no rich.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Callable
from datetime import date, datetime

from tui_tracker.i18n import LANGUAGES, catalog, get_language, t, tn

# "123/TB-UBND", "2927-TB/TU", "08/2023/QĐ-UBND" (a legal document carries its year).
_NUMBER = re.compile(r"^\s*(\d+)(?:/\d{4})?\s*[/-]\s*([^\W\d_]+)", re.UNICODE)
_LEADING_DIGITS = re.compile(r"^\s*(\d+)")
# Decree 30/2020 document codes, longest first so "QyĐ" wins over "QĐ"... and a mangled
# "1961/TBUBND" still reads "TB 1961".
_DOC_CODES = sorted(["NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA",
                     "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT",
                     "GNP", "PG", "PC", "PB", "KL"], key=len, reverse=True)


NONE = "—"  # an absent value, in every language
_DAY_FORMATS = {"vi": "{d:02d}/{m:02d}/{y:04d}", "en": "{y:04d}-{m:02d}-{d:02d}"}


def day_text(day: date | None, *, empty: str = NONE, lang: str | None = None) -> str:
    """`30/06/2026` (Vietnamese) or `2026-06-30` (English); `empty` without a day.

    `lang` fixes the language (the drafts are Vietnamese documents whatever the
    interface speaks); by default the interface language."""
    if day is None:
        return empty
    pattern = _DAY_FORMATS.get(lang or get_language(), _DAY_FORMATS["vi"])
    return pattern.format(d=day.day, m=day.month, y=day.year)


def timestamp_text(stamp: str | None, *, empty: str = NONE) -> str:
    """A store time stamp ("2026-06-30 14:05:09") as `30/06/2026 14:05`; anything
    unreadable as written (the caller makes it safe for its terminal)."""
    if not stamp:
        return empty
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    return f"{day_text(moment.date())} {moment:%H:%M}"


def _label(prefix: str, code: str | None, lang: str | None) -> str:
    """The catalog's word for a stored code; the code itself when the catalog has none."""
    if not code:
        return NONE
    entry = catalog().get(f"{prefix}.{code}")
    if entry is None:
        return str(code)
    return entry[LANGUAGES.index(lang or get_language())]


def status_label(status: str | None, *, lang: str | None = None) -> str:
    """`todo` → "chưa thực hiện"."""
    return _label("status", getattr(status, "value", status), lang)


def role_label(role: str | None, *, lang: str | None = None) -> str:
    """`lead` → "chủ trì"."""
    return _label("role", getattr(role, "value", role), lang)


def class_label(task_class: str | None, *, lang: str | None = None) -> str:
    """`done_late` → "hoàn thành quá hạn"."""
    return _label("class", getattr(task_class, "value", task_class), lang)


def days_left_words(days_left: int | None) -> str:
    """The countdown of an open task, as of the day `days_left` was computed for."""
    if days_left is None:
        return t("countdown.none")
    if days_left < 0:
        return tn("countdown.overdue", -days_left, days=-days_left)
    if days_left == 0:
        return t("countdown.today")
    return tn("countdown.left", days_left, days=days_left)


_CLOSED = ("done", "cancelled")


def countdown_words(status: str, days_left: int | None, task_class: str | None) -> str:
    """An open task's countdown; a closed one's class ("hoàn thành đúng hạn", "đã hủy")."""
    status = getattr(status, "value", status)
    if status in _CLOSED:
        return class_label(task_class or ("cancelled" if status == "cancelled" else None))
    return days_left_words(days_left)


class TaskWords(namedtuple("TaskWords",
                           "countdown due original_due status task_class role")):
    """A stored task's facts as people read them, in the interface language:

    countdown      "quá hạn 5 ngày", or the class of a closed task
    due            "30/06/2026", "—" without a deadline
    original_due   the deadline before an extension, None when never extended
    status         "đang thực hiện"
    task_class     "đang thực hiện quá hạn"
    role           "chủ trì"

    (A named tuple: the login banner loads this module, and `dataclasses` costs it.)"""

    __slots__ = ()


def task_words(task: object) -> TaskWords:
    """`task`: anything with a stored task's attributes (TaskRow, TaskLine, the
    reports' rows): status, days_left, task_class, due_on, original_due_on, role."""
    status = getattr(task, "status", None)
    task_class = getattr(task, "task_class", None)
    due_on = getattr(task, "due_on", None)
    original = getattr(task, "original_due_on", None)
    return TaskWords(
        countdown=countdown_words(status or "todo", getattr(task, "days_left", None),
                                  task_class),
        due=day_text(due_on),
        original_due=day_text(original) if original and original != due_on else None,
        status=status_label(status),
        task_class=class_label(task_class),
        role=role_label(getattr(task, "role", None)),
    )


def _guessed_code(letters: str) -> str:
    if letters in _DOC_CODES or len(letters) <= 4:
        return letters
    return next((code for code in _DOC_CODES if letters.startswith(code)), letters[:6])


def notice_code(number: str | None, doc_type: str | None, notice_id: int) -> str:
    """`TB 123`: the document code and the notice's number; `#id` without a number."""
    if not number:
        return f"#{notice_id}"
    if doc_type:
        digits = _LEADING_DIGITS.match(number)
        return f"{doc_type} {digits.group(1)}" if digits else number
    match = _NUMBER.match(number)
    return f"{_guessed_code(match.group(2))} {match.group(1)}" if match else number


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def history_value(field: str | None, value: str | None,
                  show_day: Callable[[date], str] = day_text) -> str:
    """A history entry's or a correction's `from`/`to` value: statuses and roles
    translated, days (`*_on` fields, or any ISO day) through `show_day`, anything else
    as stored (the caller makes it safe for its terminal)."""
    if value is None or value == "":
        return NONE
    if field == "status":
        return status_label(value)
    if field == "role":
        return role_label(value)
    if field == "extension_request":  # a refusal of an agency's request, or its undo
        return t(f"history.request.{value}")
    if (field and field.endswith("_on")) or _ISO_DAY.match(str(value)):
        try:
            return show_day(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value)
