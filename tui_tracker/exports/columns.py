"""The columns of the flat exports (CSV, XLSX) and of `list --csv`: key, kind, label.

The key is the English machine name (`due_on`), the label comes from the
catalog in the interface language (`Hạn xử lý` / `Due on`). The kind says how a
value is shown: dates as dates, time stamps (`updated_at`, `imported_at`) as date
and time, numbers as numbers, statuses, roles and report classes as their words in
the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tui_tracker.i18n import catalog, t
from tui_tracker.wording import class_label, role_label, status_label

TEXT, LONG, DATE, DATETIME, NUMBER, STATUS, ROLE, CLASS, KIND = (
    "text", "long", "date", "datetime", "number", "status", "role", "class", "kind")


@dataclass(frozen=True)
class Column:
    key: str
    kind: str = TEXT

    @property
    def label(self) -> str:
        return t(f"exports.col.{self.key}")


def columns(*specs: str | tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(spec) if isinstance(spec, str) else Column(*spec) for spec in specs)


# One row per task: the task, its directive and its notice.
TASK_COLUMNS = columns(
    ("task_id", NUMBER), "notice_number", ("notice_title", LONG), "issuer",
    ("issued_on", DATE), "directive_ref", ("summary", LONG), "agency", ("role", ROLE),
    ("status", STATUS), "deadline_text", ("due_on", DATE), ("original_due_on", DATE),
    ("completed_on", DATE), ("days_left", NUMBER), ("class", CLASS), "extension_reason",
    ("note", LONG), ("updated_at", DATETIME), "updated_by", ("version", NUMBER),
    ("notice_id", NUMBER),
    ("directive_id", NUMBER),
)
NOTICE_COLUMNS = columns(
    ("notice_id", NUMBER), "notice_number", "doc_type", ("notice_title", LONG), "issuer",
    "place", ("issued_on", DATE), ("meeting_on", DATE), "presiding", "signer",
    ("directives", NUMBER), ("tasks", NUMBER), ("open_tasks", NUMBER), "source",
    ("imported_at", DATETIME),
)
DIRECTIVE_COLUMNS = columns(
    ("directive_id", NUMBER), "notice_number", "directive_ref", "section", ("summary", LONG),
    ("text", LONG), "lead", ("coordinating", LONG), "deadline_text", ("deadline_kind", KIND),
    ("due_on", DATE), ("notice_id", NUMBER),
)
# `list --csv`: the keys of `list --json` (cli-contract.md), in its order.
LIST_COLUMNS = columns(
    ("id", NUMBER), ("version", NUMBER), ("notice_id", NUMBER), "notice_number",
    "directive_ref", ("summary", LONG), "agency", ("role", ROLE), ("status", STATUS),
    ("due_on", DATE), ("original_due_on", DATE), ("days_left", NUMBER), ("class", CLASS),
    "updated_at",
)


def shown(column: Column, value: Any) -> Any:
    """A value as a person reads it in the interface language (statuses, roles and
    classes as words; dates and numbers untouched, for the spreadsheet to use)."""
    if value is None or value == "":
        return None
    if column.kind in (STATUS, ROLE, CLASS):
        # The one wording of these codes (tui_tracker/wording.py).
        return {STATUS: status_label, ROLE: role_label, CLASS: class_label}[column.kind](value)
    if column.kind == KIND:
        key = f"exports.kind.{value}"
        return t(key) if key in catalog() else value
    return value


def as_datetime(value: Any) -> datetime | None:
    """A stored time stamp ('YYYY-MM-DD HH:MM:SS', local time) as a datetime."""
    if isinstance(value, datetime):
        return value
    try:
        return datetime.strptime(str(value)[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
