"""What the store hands out: frozen rows, built from SQL results.

Field names and order are a contract of their own; the CLI, the reports and
the UI read these objects and never see a cursor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tui_tracker.model import Reference, Status, classify, urgency


@dataclass(frozen=True)
class TaskRow:
    id: int
    version: int
    notice_id: int
    notice_number: str | None
    notice_title: str | None
    directive_id: int
    directive_ref: str
    summary: str
    agency_id: int
    agency: str
    role: str
    status: str
    due_on: date | None
    original_due_on: date | None
    completed_on: date | None
    deadline_text: str | None
    deadline_kind: str | None
    days_left: int | None
    task_class: str
    urgency: str
    updated_at: str
    updated_by: str | None
    note: str | None
    # The notice's Decree 30 code ("TB", "CV"): how the UI names the notice ("CV 45").
    notice_doc_type: str | None = field(default=None, kw_only=True)

    def to_json(self) -> dict[str, Any]:
        """The `list --json` shape scripts rely on, plus the allowed extras."""
        return {
            "id": self.id,
            "version": self.version,
            "notice_id": self.notice_id,
            "notice_number": self.notice_number,
            "directive_ref": self.directive_ref,
            "summary": self.summary,
            "agency": self.agency,
            "role": self.role,
            "status": self.status,
            "due_on": iso(self.due_on),
            "original_due_on": iso(self.original_due_on),
            "days_left": self.days_left,
            "class": self.task_class,
            "updated_at": self.updated_at,
            "directive_id": self.directive_id,
            "agency_id": self.agency_id,
            "completed_on": iso(self.completed_on),
            "urgency": self.urgency,
            "deadline_text": self.deadline_text,
            "deadline_kind": self.deadline_kind,
            "updated_by": self.updated_by,
        }


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
    notice_doc_type: str | None = field(default=None, kw_only=True)


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


def to_date(value: str | None) -> date | None:
    """An ISO date column; a value the sqlite3 shell left malformed reads as no date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def iso(value: date | None) -> str | None:
    """A date as stored in the database and written in JSON."""
    return value.isoformat() if value else None


# The columns every task query selects, in the order task_row() reads them.
TASK_SELECT = """
    t.id, t.version, d.notice_id, n.number, n.title, t.directive_id, d.ref, d.summary,
    t.agency_id, a.name, t.role, t.status, t.due_on, t.original_due_on, t.completed_on,
    d.deadline_text, d.deadline_kind, t.updated_at, t.updated_by, t.note, n.doc_type
"""
TASK_FROM = """
    tasks t
    JOIN directives d ON d.id = t.directive_id
    JOIN notices n ON n.id = d.notice_id
    JOIN agencies a ON a.id = t.agency_id
"""


def task_row(row: tuple[Any, ...], *, today: date, soon_days: int = 7) -> TaskRow:
    """A TaskRow from TASK_SELECT columns, with the countdown as of `today`."""
    (task_id, version, notice_id, number, title, directive_id, ref, summary, agency_id,
     agency, role, status, due_text, original_text, completed_text, deadline_text,
     deadline_kind, updated_at, updated_by, note, doc_type) = row
    due_on = to_date(due_text)
    completed_on = to_date(completed_text)
    days_left = (due_on - today).days if due_on else None
    status_value = Status(status)
    return TaskRow(
        id=task_id, version=version, notice_id=notice_id, notice_number=number,
        notice_title=title, directive_id=directive_id, directive_ref=ref, summary=summary,
        agency_id=agency_id, agency=agency, role=role, status=status_value.value,
        due_on=due_on, original_due_on=to_date(original_text), completed_on=completed_on,
        deadline_text=deadline_text, deadline_kind=deadline_kind, days_left=days_left,
        task_class=classify(status_value, due_on, completed_on, today).value,
        urgency=urgency(status_value, days_left, soon_days).value,
        updated_at=updated_at, updated_by=updated_by, note=note, notice_doc_type=doc_type,
    )
