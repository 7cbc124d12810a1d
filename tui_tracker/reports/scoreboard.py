"""The scoreboard: tasks per agency (or per notice) in the four report classes.

Lead tasks (chủ trì) are what an agency is evaluated on; its coordinating tasks
(phối hợp) are counted apart. Totals are over lead tasks: every directive has
one lead, so they count each piece of work once. Cancelled tasks are left out.

Every count is one SQL aggregate over indexed columns (GROUP BY agency and
role, the class rule of store/classes.py as sums); the only rows that reach
Python are one per agency and role. "As of" a day follows store/classes.py:
notices dated later are left out, and before the reference day the history
tells what each task's status and deadline were then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from tui_tracker.model import Role
from tui_tracker.store.classes import TasksAsOf, class_counts, tasks_as_of
from tui_tracker.store.filters import LIVE_TASK
from tui_tracker.store.rows import to_date

if TYPE_CHECKING:
    from tui_tracker.store import Store


@dataclass(frozen=True)
class Counts:
    """One agency's (or the totals') tasks in one role, cancelled ones left out."""

    total: int = 0
    done_on_time: int = 0
    done_late: int = 0
    on_track: int = 0
    overdue: int = 0

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def open(self) -> int:
        return self.on_track + self.overdue

    @property
    def completion_rate(self) -> float | None:
        """Done / total; None without tasks (0 % would accuse an agency of nothing)."""
        return self.done / self.total if self.total else None

    @property
    def on_time_rate(self) -> float | None:
        """Done on time / done; None when nothing is done yet."""
        return self.done_on_time / self.done if self.done else None

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.total + other.total, self.done_on_time + other.done_on_time,
                      self.done_late + other.done_late, self.on_track + other.on_track,
                      self.overdue + other.overdue)

    def to_json(self) -> dict[str, Any]:
        """The counts of `report --json` (cli-contract.md), rates rounded to 4 places."""
        return {
            "total": self.total, "done_on_time": self.done_on_time,
            "done_late": self.done_late, "on_track": self.on_track, "overdue": self.overdue,
            "completion_rate": _round(self.completion_rate),
            "on_time_rate": _round(self.on_time_rate),
        }

    @classmethod
    def from_classes(cls, done_on_time: float, done_late: float, on_track: float,
                     overdue: float) -> Counts:
        values = [int(v or 0) for v in (done_on_time, done_late, on_track, overdue)]
        return cls(sum(values), *values)


def _round(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 4)


@dataclass(frozen=True)
class AgencyScore:
    agency_id: int
    agency: str
    lead: Counts
    coordinate: Counts


@dataclass(frozen=True)
class Scoreboard:
    as_of: date
    date_from: date | None
    date_to: date | None
    notice_id: int | None
    agencies: list[AgencyScore]
    totals: Counts  # over lead tasks
    coordinate_totals: Counts = field(default_factory=Counts)


@dataclass(frozen=True)
class NoticeScore:
    notice_id: int
    number: str | None
    title: str | None
    issued_on: date | None  # issue date, else meeting date
    lead: Counts
    coordinate: Counts


@dataclass(frozen=True)
class NoticeScoreboard:
    as_of: date
    date_from: date | None
    date_to: date | None
    notices: list[NoticeScore]
    totals: Counts  # over lead tasks
    coordinate_totals: Counts = field(default_factory=Counts)


@dataclass(frozen=True)
class ReportTask:
    """One task behind a scoreboard, as it was on the as-of day."""

    id: int
    notice_id: int
    notice_number: str | None
    directive_ref: str
    summary: str
    agency_id: int
    agency: str
    role: str
    status: str
    due_on: date | None
    original_due_on: date | None
    completed_on: date | None
    task_class: str


# ---------------------------------------------------------------- SQL pieces


def _where(state: TasksAsOf, date_from: date | None, date_to: date | None,
           notice_id: int | None, agency_id: int | None = None,
           due: str | None = None) -> tuple[str, dict[str, Any]]:
    """The WHERE of every report query, and its parameters. `due` is the deadline
    expression (default the state's; "{due}" leaves it to class_counts)."""
    due = state.due_on if due is None else due
    # Deleted tasks (a wrong directive or notice, hidden by a correction) never count.
    conditions = [state.where, LIVE_TASK]
    params: dict[str, Any] = dict(state.params)
    if date_from is not None:
        conditions.append(f"{due} >= :date_from")
        params["date_from"] = date_from.isoformat()
    if date_to is not None:
        conditions.append(f"{due} <= :date_to")
        params["date_to"] = date_to.isoformat()
    if notice_id is not None:
        conditions.append("t.directive_id IN (SELECT id FROM directives WHERE notice_id = :notice)")
        params["notice"] = notice_id
    if agency_id is not None:
        conditions.append("t.agency_id = :agency")
        params["agency"] = agency_id
    return " AND ".join(conditions), params


def _counts(conn: sqlite3.Connection, state: TasksAsOf, *, key: str, joins: str = "",
            date_from: date | None, date_to: date | None,
            notice_id: int | None = None) -> dict[int, dict[str, Counts]]:
    where, params = _where(state, date_from, date_to, notice_id, due="{due}")
    grouped: dict[int, dict[str, Counts]] = {}
    for (k, role), classes in class_counts(conn, state, key=key, joins=joins, where=where,
                                           params=params).items():
        grouped.setdefault(int(k), {})[role] = Counts.from_classes(*classes)  # type: ignore[call-overload]
    return grouped


def _today(today: date | None, as_of: date) -> date:
    return as_of if today is None else today


# ---------------------------------------------------------------- by agency


def scoreboard_query(conn: sqlite3.Connection, as_of: date, *, date_from: date | None = None,
                     date_to: date | None = None, notice_id: int | None = None,
                     today: date | None = None) -> Scoreboard:
    """build_scoreboard() on a connection (inside the store's snapshot)."""
    state = tasks_as_of(conn, as_of, today=_today(today, as_of))
    by_agency = _counts(conn, state, key="t.agency_id", date_from=date_from, date_to=date_to,
                        notice_id=notice_id)
    names = _agency_names(conn, list(by_agency))
    agencies = [
        AgencyScore(agency_id=agency_id, agency=names.get(agency_id, "?"),
                    lead=roles.get(Role.LEAD.value, Counts()),
                    coordinate=roles.get(Role.COORDINATE.value, Counts()))
        for agency_id, roles in by_agency.items()
        if any(c.total for c in roles.values())
    ]
    agencies.sort(key=lambda a: (-a.lead.total, a.agency.casefold(), a.agency_id))
    return Scoreboard(
        as_of=as_of, date_from=date_from, date_to=date_to, notice_id=notice_id,
        agencies=agencies, totals=sum((a.lead for a in agencies), Counts()),
        coordinate_totals=sum((a.coordinate for a in agencies), Counts()))


def _agency_names(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(conn.execute(
        "SELECT id, name FROM agencies WHERE id IN (SELECT value FROM json_each(?))",
        (_json_ids(ids),)).fetchall())


def _json_ids(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def build_scoreboard(store: Store, as_of: date, *, date_from: date | None = None,
                     date_to: date | None = None, notice_id: int | None = None,
                     today: date | None = None) -> Scoreboard:
    """The scoreboard by agency as of `as_of`, optionally only for the tasks due
    within [date_from, date_to] and/or of one notice. `today` is the reference
    day (default: `as_of`); before it, the history says what tasks were then.
    Agencies with the most lead tasks first, then by name."""
    return store.read(scoreboard_query, as_of, date_from=date_from, date_to=date_to,
                      notice_id=notice_id, today=today)


# ---------------------------------------------------------------- by notice


def notice_scoreboard_query(conn: sqlite3.Connection, as_of: date, *,
                            date_from: date | None = None, date_to: date | None = None,
                            today: date | None = None) -> NoticeScoreboard:
    state = tasks_as_of(conn, as_of, today=_today(today, as_of))
    by_notice = _counts(conn, state, key="d.notice_id",
                        joins="JOIN directives d ON d.id = t.directive_id",
                        date_from=date_from, date_to=date_to)
    heads = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, number, title, coalesce(issued_on, meeting_on) FROM notices "
        "WHERE id IN (SELECT value FROM json_each(?))", (_json_ids(list(by_notice)),))}
    notices = [
        NoticeScore(notice_id=notice_id, number=heads.get(notice_id, (None,) * 3)[0],
                    title=heads.get(notice_id, (None,) * 3)[1],
                    issued_on=to_date(heads.get(notice_id, (None,) * 3)[2]),
                    lead=roles.get(Role.LEAD.value, Counts()),
                    coordinate=roles.get(Role.COORDINATE.value, Counts()))
        for notice_id, roles in by_notice.items()
        if any(c.total for c in roles.values())
    ]
    # Newest notice first, as on the notices screen.
    notices.sort(key=lambda n: (n.issued_on or date.min, n.notice_id), reverse=True)
    return NoticeScoreboard(
        as_of=as_of, date_from=date_from, date_to=date_to, notices=notices,
        totals=sum((n.lead for n in notices), Counts()),
        coordinate_totals=sum((n.coordinate for n in notices), Counts()))


def build_notice_scoreboard(store: Store, as_of: date, *, date_from: date | None = None,
                            date_to: date | None = None,
                            today: date | None = None) -> NoticeScoreboard:
    """The scoreboard by notice: how far each notice's directives have got."""
    return store.read(notice_scoreboard_query, as_of, date_from=date_from, date_to=date_to,
                      today=today)


# ---------------------------------------------------------------- the tasks behind it


def report_task_rows(conn: sqlite3.Connection, as_of: date, *, date_from: date | None = None,
                     date_to: date | None = None, notice_id: int | None = None,
                     agency_id: int | None = None, today: date | None = None,
                     include_cancelled: bool = False, batch: int = 1000) -> Iterator[ReportTask]:
    """The tasks behind a scoreboard, read from one cursor `batch` rows at a time: a
    workbook of every task streams them without holding them all."""
    state = tasks_as_of(conn, as_of, today=_today(today, as_of))
    where, params = _where(state, date_from, date_to, notice_id, agency_id)
    if not include_cancelled:
        where += f" AND {state.status} <> 'cancelled'"
    cursor = conn.execute(
        f"""
        SELECT t.id, d.notice_id, n.number, d.ref, d.summary, t.agency_id, a.name, t.role,
               {state.status}, {state.due_on}, t.original_due_on, {state.completed_on},
               {state.class_case()}
        FROM {state.from_sql}
        JOIN directives d ON d.id = t.directive_id
        JOIN notices n ON n.id = d.notice_id
        JOIN agencies a ON a.id = t.agency_id
        WHERE {where}
        ORDER BY t.role <> 'lead', a.name, coalesce({state.due_on}, '9999-12-31'), t.id
        """, params)
    while rows := cursor.fetchmany(batch):
        for r in rows:
            yield ReportTask(id=r[0], notice_id=r[1], notice_number=r[2], directive_ref=r[3],
                             summary=r[4], agency_id=r[5], agency=r[6], role=r[7], status=r[8],
                             due_on=to_date(r[9]), original_due_on=to_date(r[10]),
                             completed_on=to_date(r[11]), task_class=r[12])


def report_tasks_query(conn: sqlite3.Connection, as_of: date, **options: Any) -> list[ReportTask]:
    """report_task_rows as a list (inside the store's snapshot)."""
    return list(report_task_rows(conn, as_of, **options))


def report_tasks(store: Store, as_of: date, *, date_from: date | None = None,
                 date_to: date | None = None, notice_id: int | None = None,
                 agency_id: int | None = None, today: date | None = None,
                 include_cancelled: bool = False) -> list[ReportTask]:
    """The tasks a scoreboard counts, one row each with their class as of `as_of`:
    lead tasks first, then by agency and deadline. Meant for a report's task
    sheet (it does load every row it returns)."""
    return store.read(report_tasks_query, as_of, date_from=date_from, date_to=date_to,
                      notice_id=notice_id, agency_id=agency_id, today=today,
                      include_cancelled=include_cancelled)


def iter_report_tasks(store: Store, as_of: date, *, date_from: date | None = None,
                      date_to: date | None = None, notice_id: int | None = None,
                      today: date | None = None) -> Generator[ReportTask, None, None]:
    """report_tasks as a stream on one snapshot, for a task sheet of any length: the
    store is held until the iteration ends or the iterator is closed."""
    return store.stream(report_task_rows, as_of, date_from=date_from, date_to=date_to,
                        notice_id=notice_id, today=today)
