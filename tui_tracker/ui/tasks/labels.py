"""How a task reads in one cell: its countdown, status, notice and urgency style.

Shared by the task list, its dialogs, the history and the search results; depends on
nothing else of the UI but the catalog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.wording import days_left_words, notice_code
from tui_tracker.wording import status_label as _status_words

if TYPE_CHECKING:
    from tui_tracker.store import TaskRow


def countdown_label(row: TaskRow) -> str:
    """`quá hạn 5 ngày`, `hôm nay`, `còn 3 ngày`, `không thời hạn`; closed tasks say so."""
    if row.status == Status.DONE:
        return t("status.done")
    if row.status == Status.CANCELLED:
        return t("status.cancelled")
    return days_left_words(row.days_left)


_URGENCY_STYLE = {"overdue": "overdue", "today": "today", "soon": "soon",
                  "no_deadline": "muted", "closed": "muted"}


def urgency_style(row: TaskRow) -> str | None:
    return _URGENCY_STYLE.get(str(row.urgency))


def _notice_part(row: Any) -> str:
    return notice_code(getattr(row, "notice_number", None),
                       getattr(row, "notice_doc_type", None), row.notice_id)


def notice_label(row: Any) -> str:
    """`TB 123 · 3.d`: the notice's type and number (or its id) and the item."""
    return f"{_notice_part(row)} · {row.directive_ref}"


def notice_label_fit(row: Any, width: int) -> str:
    """`notice_label` in `width` cells: the item is kept whole, the notice gives way."""
    notice, item = _notice_part(row), row.directive_ref
    for label in (f"{notice} · {item}", f"{notice}·{item}"):
        if len(label) <= width:
            return label
    room = width - len(item) - 2
    return f"{notice[:room]}…·{item}" if room > 0 else item


def status_label(value: str) -> str:
    return _status_words(value)


# One cell each, drawn the same by the usual terminal fonts; the help screen has the legend.
STATUS_GLYPHS = {
    Status.TODO: "○",
    Status.IN_PROGRESS: "▶",
    Status.REPORTED: "↑",
    Status.DONE: "✓",
    Status.PAUSED: "‖",
    Status.CANCELLED: "✗",
}


def status_glyph(value: str) -> str:
    return STATUS_GLYPHS.get(Status(value), "?")


# An extension asked for by the agency (a report letter) and not decided yet.
EXTENSION_MARK = "»"


def extension_mark(row: Any) -> str:
    return EXTENSION_MARK if getattr(row, "extension_requested", False) else ""


def status_legend() -> str:
    """"○ chưa thực hiện · ▶ đang thực hiện · … · » đề nghị gia hạn" for the help screen."""
    glyphs = [f"{glyph} {status_label(status)}" for status, glyph in STATUS_GLYPHS.items()]
    return " · ".join([*glyphs, f"{EXTENSION_MARK} {t('replies.filter.extension')}"])
