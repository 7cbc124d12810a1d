"""What matching a report letter needs from the database, read on one snapshot
(`Store.read`): the notices it cites, their directives and tasks, the sender's agency."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from tui_tracker.agencies import agency_key
from tui_tracker.model import Reference
from tui_tracker.store.agency_store import lookup, matching_ids, name_key
from tui_tracker.store.task_rows import to_date
from tui_tracker.text import fold


@dataclass
class StoredTask:
    id: int
    version: int
    directive_id: int
    ref: str
    position: int  # the directive's place in its notice
    agency_id: int
    agency: str
    role: str
    status: str
    due_on: date | None
    is_group: bool
    summary: str
    text: str  # the directive's text (what a quote is compared with)

    @property
    def agency_key(self) -> str:
        return agency_key(self.agency)


@dataclass
class StoredNotice:
    id: int
    number: str | None
    doc_type: str | None
    issued_on: date | None
    meeting_on: date | None
    title: str | None
    tasks: list[StoredTask] = field(default_factory=list)  # in directive order

    def label(self) -> str:
        return self.number or f"#{self.id}"


@dataclass
class Found:
    """The notices a letter cites (by its key), the missing ones, the sender's agency."""

    notices: dict[str, StoredNotice]  # number key of the citation -> notice
    missing: list[Reference]
    ambiguous: list[tuple[Reference, list[StoredNotice]]]
    sender_id: int | None


def loose_number(number: str) -> str:
    """A number compared loosely: `1961/TB-UBND` = `1961/TBUBND` = `1961 / TB - UBND`."""
    return re.sub(r"[^0-9a-z]", "", fold(number))


def load(conn: sqlite3.Connection, cited: list[Reference], sender: str | None) -> Found:
    """The stored notices of each citation (number, then date when several share a
    number), with their live tasks; the sender's agency id."""
    notices: dict[str, StoredNotice] = {}
    missing: list[Reference] = []
    ambiguous: list[tuple[Reference, list[StoredNotice]]] = []
    for ref in cited:
        if ref.number is None:
            continue
        candidates = _by_number(conn, ref.number)
        if len(candidates) > 1 and ref.issued_on is not None:
            dated = [n for n in candidates if ref.issued_on in (n.issued_on, n.meeting_on)]
            candidates = dated or candidates
        if not candidates:
            missing.append(ref)
        elif len(candidates) > 1:
            ambiguous.append((ref, candidates))
        else:
            notice = candidates[0]
            notice.tasks = _tasks(conn, notice.id)
            notices[loose_number(ref.number)] = notice
    return Found(notices, missing, ambiguous, _sender_id(conn, sender))


def _by_number(conn: sqlite3.Connection, number: str) -> list[StoredNotice]:
    wanted = loose_number(number)
    digits = re.match(r"\d+", number.strip())
    prefix = (digits.group(0) if digits else "") + "%"
    rows = conn.execute(
        "SELECT id, number, doc_type, issued_on, meeting_on, title FROM notices "
        "WHERE deleted_at IS NULL AND number LIKE ? ORDER BY id", (prefix,)).fetchall()
    return [StoredNotice(r[0], r[1], r[2], to_date(r[3]), to_date(r[4]), r[5]) for r in rows
            if loose_number(r[1] or "") == wanted]


def _tasks(conn: sqlite3.Connection, notice_id: int) -> list[StoredTask]:
    rows = conn.execute(
        """
        SELECT t.id, t.version, d.id, d.ref, d.position, a.id, a.name, t.role, t.status,
               t.due_on, a.is_group, d.summary, d.text
        FROM tasks t
        JOIN directives d ON d.id = t.directive_id
        JOIN agencies a ON a.id = t.agency_id
        WHERE d.notice_id = ? AND t.deleted_at IS NULL AND d.deleted_at IS NULL
        ORDER BY d.position, t.role <> 'lead', t.id
        """, (notice_id,)).fetchall()
    return [StoredTask(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], to_date(r[9]),
                       bool(r[10]), r[11], r[12]) for r in rows]


def _sender_id(conn: sqlite3.Connection, sender: str | None) -> int | None:
    if not sender:
        return None
    # "Sở Thử nghiệm tỉnh" is stored as "Sở Thử nghiệm" when the notice wrote it so.
    for name in dict.fromkeys((sender, re.sub(r"\s+tỉnh$", "", sender))):
        found = lookup(conn, name_key(name))
        if found is not None:
            return found
    ids = matching_ids(conn, sender)
    return ids[0] if len(ids) == 1 else None


def task_versions(conn: sqlite3.Connection, task_ids: list[int]) -> dict[int, tuple[int, str]]:
    """(version, status) of each task now."""
    if not task_ids:
        return {}
    marks = ", ".join("?" * len(task_ids))
    return {row[0]: (row[1], row[2]) for row in conn.execute(
        f"SELECT id, version, status FROM tasks WHERE id IN ({marks})", task_ids)}
