"""Tasks as the store hands them out: the rows of every task list, built from SQL.

Kept apart from the notice and directive rows (rows.py) so that `list`, the
command scripts call most, loads only this: each frozen dataclass costs about a
millisecond to define at start-up.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from tui_tracker.model import Status, classify, urgency


class TaskRow(NamedTuple):
    """One agency task as lists show it. A NamedTuple rather than a frozen dataclass:
    just as immutable, and built several times faster, which `list` of a hundred
    thousand tasks feels (a frozen dataclass sets each of its 23 fields through
    object.__setattr__)."""

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
    # An agency asked for an extension (a report letter) and no extension came since.
    extension_requested: bool = False

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
            "extension_requested": self.extension_requested,
        }


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
    d.deadline_text, d.deadline_kind, t.updated_at, t.updated_by, t.note, n.doc_type,
    EXISTS (SELECT 1 FROM extension_requests r WHERE r.task_id = t.id AND r.state = 'pending')
"""
TASK_FROM = """
    tasks t
    JOIN directives d ON d.id = t.directive_id
    JOIN notices n ON n.id = d.notice_id
    JOIN agencies a ON a.id = t.agency_id
"""


class TaskLine(NamedTuple):
    """What one line pair of the `list` table shows: a lean TaskRow, read by a
    narrower query, so that a table of every task costs as little per row as can be."""

    id: int
    status: str
    role: str
    due_on: date | None
    days_left: int | None
    urgency: str
    task_class: str
    agency: str
    notice_number: str | None
    directive_id: int
    directive_ref: str
    summary: str


TASK_LINE_SELECT = """
    t.id, t.status, t.role, t.due_on, t.completed_on, a.name, n.number, t.directive_id,
    d.ref, d.summary
"""
_OPEN_STATUSES = frozenset(status.value for status in Status if status.is_open)
# The rules of model.py, remembered as the strings rows carry: a long list repeats a
# few hundred due days and statuses thousands of times, and each call converts its
# strings to enums (reading an enum's .value is a Python-level property call too).


@lru_cache(maxsize=8192)
def _class_value(status: str, due_on: date | None, completed_on: date | None,
                 today: date) -> str:
    return classify(status, due_on, completed_on, today).value


@lru_cache(maxsize=8192)
def _urgency_value(status: str, days_left: int | None, soon_days: int) -> str:
    return urgency(status, days_left, soon_days).value


def task_line(row: tuple[Any, ...], *, today: date, soon_days: int = 7) -> TaskLine:
    """A TaskLine from TASK_LINE_SELECT columns; the same rules as task_row."""
    task_id, status, role, due_text, completed_text, agency, number, directive_id, ref, \
        summary = row
    due_on = to_date(due_text)
    days_left = (due_on - today).days if due_on else None
    # Only a done task's class depends on its completion date: skip parsing it otherwise.
    completed_on = None if status in _OPEN_STATUSES else to_date(completed_text)
    return TaskLine(task_id, status, role, due_on, days_left,
                    _urgency_value(status, days_left, soon_days),
                    _class_value(status, due_on, completed_on, today), agency,
                    number, directive_id, ref, summary)


def task_row(row: tuple[Any, ...], *, today: date, soon_days: int = 7) -> TaskRow:
    """A TaskRow from TASK_SELECT columns, with the countdown as of `today`."""
    (task_id, version, notice_id, number, title, directive_id, ref, summary, agency_id,
     agency, role, status, due_text, original_text, completed_text, deadline_text,
     deadline_kind, updated_at, updated_by, note, doc_type, requested) = row
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
        extension_requested=bool(requested),
    )
