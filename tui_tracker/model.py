"""Plain data shared by parsing, the store, reports and the UI.

Nothing here touches a file, a database or Textual: the parser produces these
structures and every other layer consumes them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from tui_tracker.text import fold


class Status(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    REPORTED = "reported"
    DONE = "done"
    PAUSED = "paused"
    CANCELLED = "cancelled"

    @classmethod
    def parse(cls, word: str) -> Status:
        """Accept the English word or the Vietnamese label, with or without diacritics."""
        key = fold(word).strip().replace("-", " ").replace("_", " ")
        for status in cls:
            if key == status.value.replace("_", " "):
                return status
        for status, labels in _STATUS_WORDS.items():
            if key in labels:
                return status
        raise ValueError(word)

    @property
    def is_open(self) -> bool:
        """Not done and not cancelled: still counts as work to follow."""
        return self not in (Status.DONE, Status.CANCELLED)


# Folded Vietnamese labels (and common variants) users type for each status.
_STATUS_WORDS: dict[Status, set[str]] = {
    Status.TODO: {"chua thuc hien", "chua lam", "moi"},
    Status.IN_PROGRESS: {"dang thuc hien", "dang lam", "in progress"},
    Status.REPORTED: {"cho xac nhan", "da bao cao", "bao cao"},
    Status.DONE: {"hoan thanh", "xong", "da hoan thanh"},
    Status.PAUSED: {"tam dung", "tam hoan"},
    Status.CANCELLED: {"huy", "da huy", "canceled"},
}


class Role(StrEnum):
    LEAD = "lead"
    COORDINATE = "coordinate"


class TaskClass(StrEnum):
    """Report classes of government task-tracking systems."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    ON_TRACK = "on_track"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


class Urgency(StrEnum):
    """Countdown bands of the home screen, most urgent first."""

    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"
    LATER = "later"
    NO_DEADLINE = "no_deadline"
    CLOSED = "closed"  # done or cancelled: not on the countdown


class DeadlineKind(StrEnum):
    DATE = "date"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    RELATIVE = "relative"
    WORKING_DAYS = "working_days"
    RECURRING = "recurring"
    ONGOING = "ongoing"


def classify(status: Status | str, due_on: date | None, completed_on: date | None,
             as_of: date) -> TaskClass:
    """Report class of one task as of a day (domain.md, 'Status and classification').

    THE definition: `list`, the reports and the UI all use it; the reports run
    the same rule inside SQLite (store/classes.py, checked equal by a test).
    A task completed after `as_of` was not done yet on that day: it is judged
    as open (reports as of a past day). What the facts were on a past day (which
    status, which deadline) is facts_as_of's business."""
    status = Status(status)
    if status is Status.CANCELLED:
        return TaskClass.CANCELLED
    if status is Status.DONE and completed_on is not None and completed_on > as_of:
        status = Status.IN_PROGRESS
    if status is Status.DONE:
        if due_on is None or (completed_on or as_of) <= due_on:
            return TaskClass.DONE_ON_TIME
        return TaskClass.DONE_LATE
    if due_on is None or as_of <= due_on:
        return TaskClass.ON_TRACK
    return TaskClass.OVERDUE


@dataclass(frozen=True)
class TaskFacts:
    """What a task's class is judged on: its status, deadline and completion day."""

    status: Status | str
    due_on: date | None
    completed_on: date | None


@dataclass(frozen=True)
class TaskChange:
    """One recorded change of a task (a task_history row), as the as-of rule reads it.

    `effective_on` is its business day: a completion's completion day, an extension's
    decision day, else the day it was entered."""

    id: int
    action: str  # 'import', 'status', 'extend', 'note', 'undo'
    field: str | None  # 'status', 'completed_on', 'due_on' (an extension, a recurrence's roll)
    to_value: str | None
    effective_on: date | None
    undoes: int | None = None


# Changes that move a task's status or deadline; notes and the import do neither.
_MOVING = ("status", "extend")


def facts_as_of(changes: list[TaskChange], *, current: TaskFacts, base_due: date | None,
                as_of: date) -> TaskFacts:
    """The facts of a task at the end of `as_of`, by business dates (domain.md, "As of").

    THE rule; store/classes.py runs it inside SQLite, tests/store/test_store_as_of.py
    checks both agree. When no change counts only after `as_of`, the task is as it is
    now (`current`). Otherwise its changes are replayed in the order they were entered,
    leaving out those that count only later:
    - an undone change and its undo never happened (a mistake put right);
    - a change that a later correction of the completion day replaced is left out (the
      corrected day is the completion's day);
    - the status is that of the last status change counted (a completion with its day;
      the roll of a recurring duty to its next occurrence sets "to do"), else "to do";
    - the deadline is that of the last extension or roll counted, else `base_due` (the
      notice's deadline, as corrected)."""
    if not any(c.action in _MOVING and c.effective_on is not None and c.effective_on > as_of
               for c in changes):
        return current
    undone = {c.undoes for c in changes if c.action == "undo"}
    kept = sorted((c for c in changes if c.action in _MOVING and c.id not in undone),
                  key=lambda c: c.id)
    statuses = [c for c in kept if c.action == "status"]
    replaced = {c.id for c, after in zip(statuses, statuses[1:], strict=False)
                if after.field == "completed_on"}

    def counted(c: TaskChange) -> bool:
        return c.effective_on is not None and c.effective_on <= as_of

    status: Status | str = Status.TODO
    completed: date | None = None
    last = next((c for c in reversed(statuses) if c.id not in replaced and counted(c)), None)
    if last is not None:
        if last.field == "status" and last.to_value:
            status = Status(last.to_value)
        elif last.field == "completed_on":
            status = Status.DONE
        completed = last.effective_on if status is Status.DONE else None
    moved = next((c for c in reversed(kept) if c.field == "due_on" and counted(c)), None)
    due = base_due if moved is None else _day(moved.to_value)
    return TaskFacts(status, due, completed)


def classify_as_of(changes: list[TaskChange], *, current: TaskFacts, base_due: date | None,
                   as_of: date) -> TaskClass:
    """The report class of a task as of a day, by business dates: facts_as_of, then
    classify."""
    facts = facts_as_of(changes, current=current, base_due=base_due, as_of=as_of)
    return classify(facts.status, facts.due_on, facts.completed_on, as_of)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def urgency(status: Status | str, days_left: int | None, soon_days: int = 7) -> Urgency:
    """Countdown band for a task; `days_left` is negative when overdue."""
    if not Status(status).is_open:
        return Urgency.CLOSED
    if days_left is None:
        return Urgency.NO_DEADLINE
    if days_left < 0:
        return Urgency.OVERDUE
    if days_left == 0:
        return Urgency.TODAY
    if days_left <= soon_days:
        return Urgency.SOON
    return Urgency.LATER


@dataclass
class Deadline:
    text: str  # the phrase exactly as written in the notice
    due_on: date | None  # last day on which completion is still on time
    kind: DeadlineKind | str
    recurrence: str | None = None  # e.g. "monthly:20" for "trước ngày 20 hằng tháng"


@dataclass
class Assignment:
    agency: str  # canonical display name ("Sở Khoa học và Công nghệ", "các sở, ngành, địa phương")
    role: Role | str
    group: bool = False  # a group addressee: every agency of that kind
    # This agency's own step of a chain ("gửi Sở Tài chính trước ngày 15/12 để tổng
    # hợp, báo cáo UBND tỉnh trước ngày 20/12"); None: the directive's deadline.
    due_on: date | None = None


@dataclass
class Reference:
    text: str  # as written: "Báo cáo số 95/BC-SKHHCN ngày 13/4/2026"
    number: str | None  # "95/BC-SKHHCN"
    doc_type: str | None  # Decree 30 code: "BC"; "CV" for a Công văn
    issued_on: date | None


@dataclass
class ParsedDirective:
    ref: str  # section path: "2.a", "3.đ", "3.c-2"
    heading: str | None  # the item's title line, when it has one
    text: str  # the body, normalised
    assignments: list[Assignment] = field(default_factory=list)
    with_related: bool = False  # "và các cơ quan (đơn vị) liên quan"
    deadline: Deadline | None = None
    section: str | None = None  # the enclosing numbered section's title
    # Where the directive sits in the document tree, outermost first, each as the
    # notice writes its marker: ["II", "2", "b", "(iii)"]; [] for unnumbered text.
    path: list[str] = field(default_factory=list)
    # Codes of what the parser was unsure of (parsing/flags.py: FLAGS), so that the
    # review can point a person at the rows to check.
    flags: list[str] = field(default_factory=list)

    @property
    def lead(self) -> str | None:
        return next((a.agency for a in self.assignments if a.role == Role.LEAD), None)


@dataclass
class NoticeHeader:
    doc_type: str | None = None  # "TB", "CV", "KL", ...
    number: str | None = None  # "123/TB-UBND", kept as written when mangled
    title: str | None = None  # trích yếu
    issuer: str | None = None  # "UBND tỉnh Gia Lai"
    place: str | None = None  # "Gia Lai" from "Gia Lai, ngày 05 tháng 6 năm 2026"
    issued_on: date | None = None
    meeting_on: date | None = None
    meeting_place: str | None = None
    presiding: str | None = None
    attendees: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)  # "Kính gửi" of a Công văn
    signer: str | None = None
    signer_title: str | None = None  # "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / ..."
    recipients: list[str] = field(default_factory=list)  # Nơi nhận


@dataclass
class ParsedNotice:
    notice: NoticeHeader
    references: list[Reference] = field(default_factory=list)
    directives: list[ParsedDirective] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    text: str = ""  # normalised text the parser read
    original: str = ""  # the file's text before normalisation
    # The body as the parser's document tree (parsing/tree.py, Node.to_json), to show
    # why each directive was read as it was; None when not parsed from text.
    tree: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """The `parse --json` shape scripts rely on (extra keys allowed)."""
        data = {
            "notice": _jsonable(asdict(self.notice)),
            "references": [_jsonable(asdict(r)) for r in self.references],
            "directives": [_directive_json(d) for d in self.directives],
            "warnings": list(self.warnings),
        }
        if self.tree is not None:
            data["tree"] = self.tree
        return data


def _directive_json(d: ParsedDirective) -> dict[str, Any]:
    data: dict[str, Any] = _jsonable(asdict(d))
    data["lead"] = d.lead
    for assignment in data["assignments"]:
        # An extra key of cli-contract's shape, only where a step has its own date.
        if assignment.get("due_on") is None:
            assignment.pop("due_on", None)
    return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value
