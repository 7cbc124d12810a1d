"""What the store hands out: frozen rows, built from SQL results.

Field names and order are a contract of their own; the CLI, the reports and
the UI read these objects and never see a cursor. The task rows live in
task_rows.py (re-exported here).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from tui_tracker.model import Reference
from tui_tracker.store.task_rows import (
    TASK_FROM,
    TASK_LINE_SELECT,
    TASK_SELECT,
    TaskLine,
    TaskRow,
    iso,
    task_line,
    task_row,
    to_date,
)

__all__ = [
    "TASK_FROM", "TASK_LINE_SELECT", "TASK_SELECT", "AgencyRow", "DirectiveDetail",
    "DirectiveRow", "HistoryEntry", "ImportResult", "NoticeDetail", "NoticeRow",
    "SearchResults", "TaskLine", "TaskRow", "iso", "task_line", "task_row", "to_date",
]


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    task_id: int
    at: str
    user: str
    action: str  # 'import' | 'status' | 'extend' | 'note' | 'undo'
    field: str | None
    from_value: str | None
    to_value: str | None
    note: str | None
    # Added with corrections: the session that made the change, the completion day a
    # change to done recorded, and where the entry comes from: 'task' (task_history)
    # or 'correction' (change_log: the directive's or notice's correction, `id` is
    # the change number that `undo-change` takes).
    session: str | None = None
    completed_on: str | None = None
    source: str = "task"
    # The business day the change counts from in reports as of a day: a completion's
    # day, an extension's decision day, else the day it was entered (None for a
    # correction, which fixes what the notice always said).
    effective_on: str | None = dataclasses.field(default=None, kw_only=True)


@dataclass(frozen=True)
class ImportResult:
    id: int | None
    number: str | None
    title: str | None
    directives: int
    tasks: int
    status: str  # "imported" | "unchanged"


@dataclass(frozen=True)
class NoticeRow:
    id: int
    number: str | None
    doc_type: str | None
    title: str | None
    issuer: str | None
    issued_on: date | None
    meeting_on: date | None
    directives: int
    total_tasks: int
    open_tasks: int
    overdue_tasks: int
    done_tasks: int


@dataclass(frozen=True)
class NoticeDetail(NoticeRow):
    place: str | None
    meeting_place: str | None
    presiding: str | None
    signer: str | None
    signer_title: str | None
    attendees: list[str]
    recipients: list[str]
    references: list[Reference]
    warnings: list[str]
    text: str
    original_text: str
    source: str | None
    imported_at: str


@dataclass(frozen=True)
class DirectiveRow:
    id: int
    notice_id: int
    notice_number: str | None
    ref: str
    heading: str | None
    summary: str
    text: str
    section: str | None
    lead: str | None
    with_related: bool
    deadline_text: str | None
    deadline_kind: str | None
    due_on: date | None
    tasks_total: int
    tasks_done: int
    tasks_overdue: int
    notice_doc_type: str | None = dataclasses.field(default=None, kw_only=True)


@dataclass(frozen=True)
class DirectiveDetail(DirectiveRow):
    tasks: list[TaskRow]


@dataclass(frozen=True)
class AgencyRow:
    id: int
    name: str
    aliases: list[str]
    total: int
    open: int
    overdue: int
    done: int


@dataclass(frozen=True)
class SearchResults:
    notices: list[NoticeRow]
    directives: list[DirectiveRow]
    tasks: list[TaskRow]
