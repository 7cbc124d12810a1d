"""Changes to a task: status, extension, note, refusal of an extension request, undo.

Every change runs in BEGIN IMMEDIATE, bumps the task's `version` with
`UPDATE ... WHERE id = ? AND version = ?`, and writes one history row with who,
when and in which session (heads of agencies are evaluated on these records). A
caller that passes `if_version` gets a ConflictError when the task moved on since
it read it; a conflict, like every refused change, writes nothing, history included.

Triage rules (store/triage_rules.py): a completion day neither in the future nor
before the notice's date; an extension to a day before the current deadline only
when asked for explicitly (`earlier=True`); the same status again is a no-op.
Undo reverts only the calling session's own changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from tui_tracker.errors import ConflictError, UsageError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.store import triage_rules
from tui_tracker.store.connection import now_text, write_transaction
from tui_tracker.store.recurrence import roll_change
from tui_tracker.store.rows import TaskRow, iso
from tui_tracker.store.task_queries import get_task
from tui_tracker.store.typed import clean_typed
from tui_tracker.wording import day_text

UNDOABLE = ("status", "extend")
# A refusal of an extension request is a note with this field (schema.sql's trigger
# answers the request); undo takes it back like a status change or an extension.
REFUSAL_FIELD = "extension_request"


def _undoable(action: str, field: str | None) -> bool:
    return action in UNDOABLE or (action == "note" and field == REFUSAL_FIELD)


@dataclass(frozen=True)
class _State:
    """The columns a change may touch, as stored."""

    status: str
    due_on: str | None
    original_due_on: str | None
    completed_on: str | None
    extension_reason: str | None
    note: str | None
    version: int
    deleted_at: str | None = None


def _load(conn: sqlite3.Connection, task_id: int) -> _State:
    row = conn.execute(
        "SELECT status, due_on, original_due_on, completed_on, extension_reason, note, version, "
        "deleted_at FROM tasks WHERE id = ?", (task_id,)).fetchone()
    if row is None:
        raise UsageError(t("store.task_not_found", id=task_id))
    state = _State(*row)
    if state.deleted_at is not None:
        raise UsageError(t("corrections.task_deleted", id=task_id, at=state.deleted_at))
    return state


def _last_change(conn: sqlite3.Connection, task_id: int) -> tuple[str | None, str | None]:
    row = conn.execute("SELECT user, at FROM task_history WHERE task_id = ? ORDER BY id DESC "
                       "LIMIT 1", (task_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _conflict(conn: sqlite3.Connection, task_id: int, *, today: date) -> ConflictError:
    current = get_task(conn, task_id, today=today)
    user, at = _last_change(conn, task_id)
    return ConflictError(
        t("store.conflict", id=task_id, user=user or "?", at=at or "?", version=current.version),
        current=current, changed_by=user, changed_at=at)


def _check_version(conn: sqlite3.Connection, task_id: int, state: _State,
                   if_version: int | None, *, today: date) -> None:
    if if_version is not None and if_version != state.version:
        raise _conflict(conn, task_id, today=today)


def _apply(conn: sqlite3.Connection, task_id: int, before: _State, *, user: str, today: date,
           changes: dict[str, Any], action: str, field: str | None, from_value: str | None,
           to_value: str | None, note: str | None, undoes: int | None = None,
           session: str | None = None, completed_on: str | None = None,
           effective_on: date | None = None) -> TaskRow:
    """Write `changes` to the task and one history row, guarded by the version read.

    `effective_on` is the business day the change counts from in reports "as of" a
    day (store/classes.py): the completion day of a completion, the decision day of an
    extension; by default the day it is entered (the reference day `today`)."""
    now = now_text()
    columns = ", ".join(f"{name} = ?" for name in changes)  # names are ours, never user text
    cursor = conn.execute(
        f"UPDATE tasks SET {columns}, version = version + 1, updated_at = ?, updated_by = ? "
        "WHERE id = ? AND version = ?",
        [*changes.values(), now, user, task_id, before.version])
    if cursor.rowcount != 1:
        # Cannot happen under our write lock unless the row vanished; refuse anyway.
        raise _conflict(conn, task_id, today=today)
    conn.execute(
        """
        INSERT INTO task_history (task_id, at, user, action, field, from_value, to_value, note,
            prev_status, prev_due_on, prev_completed_on, prev_extension_reason, prev_version,
            version, undoes, session, completed_on, effective_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (task_id, now, user, action, field, from_value, to_value, note, before.status,
         before.due_on, before.completed_on, before.extension_reason, before.version,
         before.version + 1, undoes, session, completed_on, iso(effective_on or today)))
    return get_task(conn, task_id, today=today)


def _clean(text: str | None) -> str | None:
    return clean_typed(text)


def set_status(conn: sqlite3.Connection, task_id: int, status: Status | str, *, user: str,
               today: date, note: str | None = None, on: date | None = None,
               if_version: int | None = None, session: str | None = None) -> TaskRow:
    """Change the status; `on` is the completion day when done (default today),
    recorded in the history row too.

    Leaving done clears the completion day. Setting the same status again changes
    nothing and writes no history (the returned row has the same version), unless
    it carries a note (then it is recorded as a note) or, for done, a different
    completion day."""
    new = _status(status)
    note = _clean(note)
    if on is not None and new is not Status.DONE:
        raise UsageError(t("store.on_needs_done"))
    completed = (on or today) if new is Status.DONE else None
    if completed is not None and completed > today:
        raise UsageError(t("store.done_in_future", on=day_text(completed),
                           today=day_text(today)))
    triage_rules.check_plausible(completed, "status.completed_on")
    with write_transaction(conn):
        before = _load(conn, task_id)
        _check_version(conn, task_id, before, if_version, today=today)
        if completed is not None:
            triage_rules.check_completion_day(conn, task_id, completed)
        if before.status != new.value:
            changes: dict[str, Any] = {"status": new.value, "completed_on": iso(completed)}
            if note:
                changes["note"] = note
            row = _apply(conn, task_id, before, user=user, today=today, changes=changes,
                         action="status", field="status", from_value=before.status,
                         to_value=new.value, note=note, session=session,
                         completed_on=iso(completed), effective_on=completed)
            # A recurring duty moves on to its next occurrence (store/recurrence.py).
            roll = roll_change(conn, row, today=today)
            if roll is None:
                return row
            return _apply(conn, task_id, _load(conn, task_id), user=user, today=today,
                          action="status", session=session, **roll)
        if new is Status.DONE and on is not None and iso(on) != before.completed_on:
            changes = {"completed_on": iso(on)}
            if note:
                changes["note"] = note
            return _apply(conn, task_id, before, user=user, today=today, changes=changes,
                          action="status", field="completed_on",
                          from_value=before.completed_on, to_value=iso(on), note=note,
                          session=session, completed_on=iso(on), effective_on=on)
        if note:
            return _note(conn, task_id, before, note, user=user, today=today, session=session)
        # Already so: nothing to record (a script may safely repeat itself).
        return get_task(conn, task_id, today=today)


def _status(status: Status | str) -> Status:
    if isinstance(status, Status):
        return status
    try:
        return Status.parse(str(status))
    except ValueError:
        raise UsageError(t("store.bad_status", status=status)) from None


def extend(conn: sqlite3.Connection, task_id: int, new_due: date, *, reason: str, user: str,
           today: date, if_version: int | None = None, earlier: bool = False,
           session: str | None = None, on: date | None = None) -> TaskRow:
    """Move the deadline (gia hạn); the notice's deadline stays in original_due_on.

    `on` is the day the extension was decided (approved), by default `today`: a report
    as of an earlier day judges the task by the deadline it had then. It may not be in
    the future nor before the notice's date. A new deadline before the notice's date,
    or outside the plausible years, is refused; one before the current deadline is
    refused unless `earlier` (an explicit "bring forward", with its reason like every
    extension)."""
    reason_text = _clean(reason)
    if reason_text is None:
        raise UsageError(t("store.reason_required"))
    decided = on or today
    if decided > today:
        raise UsageError(t("store.decided_in_future", on=decided.isoformat(),
                           today=today.isoformat()))
    triage_rules.check_plausible(new_due, "extend.new_due")
    triage_rules.check_plausible(decided, "extend.decided_on")
    with write_transaction(conn):
        before = _load(conn, task_id)
        _check_version(conn, task_id, before, if_version, today=today)
        if before.due_on == iso(new_due):
            raise UsageError(t("store.same_due", due=day_text(new_due)))
        triage_rules.check_extension(task_id, before.due_on, new_due, earlier=earlier)
        triage_rules.check_after_notice(conn, task_id, new_due, "extend.new_due")
        triage_rules.check_after_notice(conn, task_id, decided, "extend.decided_on")
        changes = {
            "due_on": iso(new_due),
            "extension_reason": reason_text,
            # A row typed in the shell may lack it; the first extension fills it.
            "original_due_on": before.original_due_on or before.due_on,
        }
        return _apply(conn, task_id, before, user=user, today=today, changes=changes,
                      action="extend", field="due_on", from_value=before.due_on,
                      to_value=iso(new_due), note=reason_text, session=session,
                      effective_on=decided)


def add_note(conn: sqlite3.Connection, task_id: int, note: str, *, user: str, today: date,
             if_version: int | None = None, session: str | None = None) -> TaskRow:
    """ADD a note entry to the history (earlier notes stay there); the task's `note`
    column keeps the latest one for the lists."""
    text = _clean(note)
    if text is None:
        raise UsageError(t("store.note_empty"))
    with write_transaction(conn):
        before = _load(conn, task_id)
        _check_version(conn, task_id, before, if_version, today=today)
        return _note(conn, task_id, before, text, user=user, today=today, session=session)


def refuse_extension(conn: sqlite3.Connection, task_id: int, *, reason: str, user: str,
                     today: date, if_version: int | None = None,
                     session: str | None = None) -> TaskRow:
    """Refuse the agency's pending extension request(s) of a task (không chấp thuận): the
    deadline stays; the history keeps who refused, when and why, and the request is
    answered ('refused'), so it leaves the "đề nghị gia hạn" filter. Undo reopens it.
    Refused (UsageError) when the task has no pending request or no reason is given."""
    reason_text = _clean(reason)
    if reason_text is None:
        raise UsageError(t("store.refusal_reason_required"))
    with write_transaction(conn):
        before = _load(conn, task_id)
        _check_version(conn, task_id, before, if_version, today=today)
        asked = conn.execute(
            "SELECT requested_due, evidence FROM extension_requests "
            "WHERE task_id = ? AND state = 'pending' ORDER BY id DESC", (task_id,)).fetchall()
        if not asked:
            raise UsageError(t("store.no_extension_request", id=task_id))
        requested_due, evidence = asked[0]
        note = t("store.extension_refused_note", evidence=evidence,
                 due=day_text(date.fromisoformat(requested_due)) if requested_due else "?",
                 reason=reason_text)
        return _apply(conn, task_id, before, user=user, today=today, changes={"note": note},
                      action="note", field=REFUSAL_FIELD, from_value="pending",
                      to_value="refused", note=note, session=session)


def _note(conn: sqlite3.Connection, task_id: int, before: _State, note: str, *, user: str,
          today: date, session: str | None = None) -> TaskRow:
    return _apply(conn, task_id, before, user=user, today=today, changes={"note": note},
                  action="note", field="note", from_value=before.note, to_value=note, note=note,
                  session=session)


def undo_last(conn: sqlite3.Connection, task_id: int, *, user: str, today: date,
              session: str | None = None) -> TaskRow:
    """Revert this session's last status change, extension or refusal of an extension
    request that is not undone yet (without a session: this user's, as before sessions
    were recorded).

    Repeated undos walk further back. Refused (ConflictError) when the task changed
    after that change other than by this session's own later entries (another
    session, or a correction of its directive): that work would be silently lost."""
    with write_transaction(conn):
        before = _load(conn, task_id)
        rows = conn.execute(
            "SELECT id, user, action, field, prev_status, prev_due_on, prev_completed_on, "
            "prev_extension_reason, undoes, at, session, version FROM task_history "
            "WHERE task_id = ? ORDER BY id DESC", (task_id,)).fetchall()
        undone = {row[8] for row in rows if row[2] == "undo"}

        def mine(row: tuple[Any, ...]) -> bool:
            return bool(row[10] == session if session is not None else row[1] == user)

        target = next((row for row in rows if _undoable(row[2], row[3]) and mine(row)
                       and row[0] not in undone and row[4] is not None), None)
        if target is None:
            raise UsageError(t("store.nothing_to_undo", id=task_id))
        later = [row for row in rows if row[0] > target[0]]
        other = next((row for row in later if not mine(row)), None)
        # Each history row is one version step; a gap is a change without a task
        # history row (a correction of the directive's deadline or assignments).
        if other is None and target[11] is not None \
                and before.version != target[11] + len(later):
            user_at = triage_rules.last_correction(conn, task_id)
            other = (None, user_at[0], None, None, None, None, None, None, None, user_at[1])
        if other is not None:
            raise ConflictError(
                t("store.undo_conflict", id=task_id, user=other[1], at=other[9]),
                current=get_task(conn, task_id, today=today), changed_by=other[1],
                changed_at=other[9])
        target_id, _, action, field, status, due_on, completed_on, reason = target[:8]
        changes = {"status": status, "due_on": due_on, "completed_on": completed_on,
                   "extension_reason": reason}
        field = field or ("due_on" if action == "extend" else "status")
        current = {"status": before.status, "due_on": before.due_on,
                   "completed_on": before.completed_on}
        restored = {"status": status, "due_on": due_on, "completed_on": completed_on}
        if field == REFUSAL_FIELD:  # the request waits for a decision again (trigger)
            current[field], restored[field] = "refused", "pending"
        return _apply(conn, task_id, before, user=user, today=today, changes=changes,
                      action="undo", field=field, from_value=current.get(field),
                      to_value=restored.get(field), note=None, undoes=target_id,
                      session=session)

