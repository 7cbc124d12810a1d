"""An agency's report letter applied to its tasks, in one transaction, and undone whole.

`apply_letter` takes what the caller (tui_tracker/replies) decided: per task, the
version it read, the new status (or none), the note that names the letter, and an
extension request. It runs the store's own changes (`changes.set_status`,
`changes.add_note`) inside one BEGIN IMMEDIATE: their version checks, triage rules and
history rows all hold, and the first refusal rolls everything back. It writes:

- one `report_letters` row; its `identity` is unique, so the same letter applied again
  changes nothing (the result says "unchanged");
- the tasks' history rows (a status change carries the note, else a note entry);
- one `extension_requests` row per extension asked for (pending until the task is
  next extended: the trigger in schema.sql);
- one `change_log` row (action "apply_report") with each task's columns before and
  after, which `undo-change N` (corrections.undo) reverts through `undo_letter`.

Undo restores each task as it was (status, deadline, completion day, note) and writes
an "undo" history row for it; it is refused when a task changed after the letter was
applied (its version moved on), so nobody's later work is lost.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tui_tracker.errors import ConflictError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.store import changes
from tui_tracker.store.connection import now_text, write_transaction
from tui_tracker.store.rows import iso

APPLY_ACTION = "apply_report"
_COLUMNS = ("status", "due_on", "completed_on", "note", "extension_reason", "version")


@dataclass(frozen=True)
class LetterRecord:
    """The letter as it is kept: who wrote it, which it is, its text."""

    identity: str
    sha256: str
    evidence: str  # "Báo cáo số 45/BC-SNNMT ngày 12/5/2026"
    text: str
    doc_type: str | None = None
    number: str | None = None
    issued_on: date | None = None
    sender: str | None = None
    agency_id: int | None = None
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class TaskChange:
    """What the letter changes on one task."""

    task_id: int
    version: int  # as read when the change was proposed: checked before writing
    note: str  # the history note: the letter, then the sentence quoted
    status: Status | None = None  # None: no status change (a note, a request)
    extension_text: str | None = None  # an extension asked for: its sentence
    extension_due: date | None = None  # the day asked for, when written


@dataclass(frozen=True)
class AppliedLetter:
    status: str  # "applied" | "unchanged" (applied before)
    letter_id: int
    change_id: int | None
    applied_at: str
    applied_by: str
    task_ids: tuple[int, ...] = ()
    requests: int = 0
    evidence: str = ""  # the letter, as the history names it


def applied(conn: sqlite3.Connection, identity: str) -> AppliedLetter | None:
    """The letter with this identity, when it is applied (and not undone)."""
    row = conn.execute("SELECT id, change_id, applied_at, applied_by, evidence FROM "
                       "report_letters WHERE identity = ?", (identity,)).fetchone()
    if row is None:
        return None
    tasks = _change_tasks(conn, row[1])
    return AppliedLetter("unchanged", row[0], row[1], row[2], row[3], tasks, evidence=row[4])


def _change_tasks(conn: sqlite3.Connection, change_id: int | None) -> tuple[int, ...]:
    if change_id is None:
        return ()
    row = conn.execute("SELECT after FROM change_log WHERE id = ?", (change_id,)).fetchone()
    after = json.loads(row[0]) if row and row[0] else {}
    return tuple(int(key) for key in after.get("tasks", {}))


def _state(conn: sqlite3.Connection, task_id: int) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM tasks WHERE id = ?",  # our names
                       (task_id,)).fetchone()
    return dict(zip(_COLUMNS, row, strict=True)) if row else {}


def apply_letter(conn: sqlite3.Connection, letter: LetterRecord, task_changes: Sequence[TaskChange],
                 *, user: str, today: date, session: str | None = None) -> AppliedLetter:
    """Apply the letter's changes in one transaction (see the module doc)."""
    with write_transaction(conn):
        found = applied(conn, letter.identity)
        if found is not None:
            return found
        now = now_text()
        letter_id = int(conn.execute(
            "INSERT INTO report_letters (identity, sha256, doc_type, number, issued_on, sender, "
            "agency_id, title, evidence, source, text, applied_at, applied_by, session) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (letter.identity, letter.sha256, letter.doc_type, letter.number,
             iso(letter.issued_on), letter.sender, letter.agency_id, letter.title,
             letter.evidence, letter.source, letter.text, now, user, session)).lastrowid or 0)
        before: dict[str, dict[str, Any]] = {}
        history: dict[str, list[int]] = {}
        requests: list[int] = []
        for change in task_changes:
            key = str(change.task_id)
            first = key not in before
            if first:
                before[key] = _state(conn, change.task_id)
            mark = _last_history(conn, change.task_id)
            version = change.version if first else None
            if change.status is not None and before[key].get("status") != change.status.value:
                changes.set_status(conn, change.task_id, change.status, user=user, today=today,
                                   note=change.note, if_version=version, session=session)
            else:
                changes.add_note(conn, change.task_id, change.note, user=user, today=today,
                                 if_version=version, session=session)
            if change.extension_text is not None:
                requests.append(int(conn.execute(
                    "INSERT INTO extension_requests (task_id, letter_id, requested_due, "
                    "due_before, text, evidence, requested_on, created_at, created_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (change.task_id, letter_id, iso(change.extension_due),
                     _state(conn, change.task_id).get("due_on"), change.extension_text,
                     letter.evidence, iso(letter.issued_on), now, user)).lastrowid or 0))
            history.setdefault(key, []).extend(
                row[0] for row in conn.execute(
                    "SELECT id FROM task_history WHERE task_id = ? AND id > ? ORDER BY id",
                    (change.task_id, mark)))
        after = {key: _state(conn, int(key)) for key in before}
        shown = ", ".join(f"#{key}" for key in before)
        log_before = {"tasks": before, "show": {"report": None, "tasks": None}}
        log_after = {"tasks": after, "history": history, "requests": requests,
                     "letter": letter_id, "show": {"report": letter.evidence, "tasks": shown}}
        change_id = int(conn.execute(
            "INSERT INTO change_log (at, user, session, action, before, after, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (now, user, session, APPLY_ACTION, json.dumps(log_before, ensure_ascii=False),
             json.dumps(log_after, ensure_ascii=False), letter.evidence)).lastrowid or 0)
        conn.execute("UPDATE report_letters SET change_id = ? WHERE id = ?",
                     (change_id, letter_id))
        return AppliedLetter("applied", letter_id, change_id, now, user,
                             tuple(int(key) for key in before), len(requests),
                             evidence=letter.evidence)


def _last_history(conn: sqlite3.Connection, task_id: int) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM task_history WHERE task_id = ?",
                            (task_id,)).fetchone()[0])


def undo_letter(conn: sqlite3.Connection, after: dict[str, Any], before: dict[str, Any], *,
                user: str, session: str | None) -> None:
    """Revert an applied letter (inside the caller's transaction: corrections.undo).
    `after` / `before` are its change_log snapshots."""
    now = now_text()
    tasks_after: dict[str, dict[str, Any]] = after.get("tasks", {})
    for key, state in tasks_after.items():
        current = _state(conn, int(key))
        if current.get("version") != state.get("version"):
            who = conn.execute("SELECT user, at FROM task_history WHERE task_id = ? "
                               "ORDER BY id DESC LIMIT 1", (int(key),)).fetchone()
            raise ConflictError(t("replies.undo.conflict", task=key, user=who[0] if who else "?",
                                  at=who[1] if who else "?"))
    for key, state in tasks_after.items():
        task_id = int(key)
        old = before["tasks"][key]
        restored = {column: old.get(column) for column in _COLUMNS if column != "version"}
        conn.execute(
            "UPDATE tasks SET status = ?, due_on = ?, completed_on = ?, note = ?, "
            "extension_reason = ?, version = version + 1, updated_at = ?, updated_by = ? "
            "WHERE id = ?",
            (restored["status"], restored["due_on"], restored["completed_on"], restored["note"],
             restored["extension_reason"], now, user, task_id))
        undoes = next(iter(after.get("history", {}).get(key, [])), None)
        conn.execute(
            "INSERT INTO task_history (task_id, at, user, action, field, from_value, to_value, "
            "note, prev_status, prev_due_on, prev_completed_on, prev_extension_reason, "
            "prev_version, version, undoes, session, completed_on, effective_on) "
            "VALUES (?, ?, ?, 'undo', 'status', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (task_id, now, user, state.get("status"), restored["status"],
             after.get("show", {}).get("report"), state.get("status"), state.get("due_on"),
             state.get("completed_on"), state.get("extension_reason"), state.get("version"),
             (state.get("version") or 0) + 1, undoes, session, None, now[:10]))
    requests = after.get("requests", [])
    if requests:
        conn.execute("UPDATE extension_requests SET state = 'undone' WHERE id IN "
                     "(SELECT value FROM json_each(?))", (json.dumps(requests),))
    letter_id = after.get("letter")
    if letter_id is not None:
        conn.execute("UPDATE report_letters SET undone_at = ?, identity = 'undone:' || id || ':' "
                     "|| identity WHERE id = ? AND undone_at IS NULL", (now, letter_id))


def pending_requests(conn: sqlite3.Connection, task_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Pending extension requests of these tasks, oldest first."""
    out: dict[int, list[dict[str, Any]]] = {}
    rows = conn.execute(
        "SELECT id, task_id, requested_due, due_before, text, evidence, requested_on "
        "FROM extension_requests WHERE state = 'pending' AND task_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY id", (json.dumps(list(task_ids)),))
    for row in rows:
        out.setdefault(row[1], []).append({
            "id": row[0], "requested_due": row[2], "due_before": row[3], "text": row[4],
            "evidence": row[5], "requested_on": row[6]})
    return out
