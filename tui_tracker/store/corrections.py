"""Correcting what an import stored: a directive's leads, coordinators and
deadline, its assignments, the notice's header; deleting a wrong directive or a
whole notice, and undoing any of these.

Every correction runs in one BEGIN IMMEDIATE transaction and writes one row of
`change_log` with who, when and the session. The row's `before` and `after` are
JSON snapshots of exactly the columns it changed, per table and row id:

    {"notices": {"7": {...}}, "directives": {"12": {...}}, "tasks": {"40": {...} | null},
     "show": {"leads": "Sở A", "deadline": "trước ngày 30/6/2026 (2026-06-29)"}}

`null` for a task means "did not exist" (a task the correction added). So the
parser's original values are the `before` of the first correction, and undo is
generic: check that every snapshotted column still holds its `after` value (else
someone changed it since: a conflict), then write the `before` values back.

Deletes are soft (deleted_at / deleted_by): every list, count and search leaves
such rows out, and undo brings them back whole, history included.

Deadline corrections: the directive's phrase and/or date change, and its tasks
follow: `original_due_on` (the notice's deadline) becomes the corrected one for
every task; `due_on` follows too, except for a task with an extension (gia hạn),
whose extended deadline was decided on its own and stays.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tui_tracker.errors import ConflictError, UsageError
from tui_tracker.i18n import t
from tui_tracker.model import Deadline, Role
from tui_tracker.store import agency_store
from tui_tracker.store.connection import now_text, write_transaction
from tui_tracker.store.rows import HistoryEntry, iso, to_date
from tui_tracker.store.search_index import index_notices
from tui_tracker.store.triage_rules import check_plausible
from tui_tracker.store.typed import clean_typed

# Header fields of a notice a user may correct (number and issuer also make its number_key).
NOTICE_FIELDS = ("number", "doc_type", "title", "issuer", "place", "issued_on", "meeting_on",
                 "meeting_place", "presiding", "signer", "signer_title")
_DATE_FIELDS = ("issued_on", "meeting_on")
_TASK_COLUMNS = ("role", "due_on", "original_due_on", "deleted_at", "deleted_by")


@dataclass(frozen=True)
class Correction:
    """One change_log row, as the history shows it."""

    id: int
    at: str
    user: str
    session: str | None
    action: str
    notice_id: int | None
    directive_id: int | None
    task_id: int | None
    before: dict[str, Any]
    after: dict[str, Any]
    note: str | None
    undoes: int | None
    undone_by: int | None = None


class _Change:
    """The before/after snapshots of one correction, filled while it writes."""

    def __init__(self) -> None:
        self.before: dict[str, Any] = {"show": {}}
        self.after: dict[str, Any] = {"show": {}}

    def record(self, table: str, row_id: int, before: dict[str, Any] | None,
               after: dict[str, Any] | None) -> None:
        key = str(row_id)
        old = self.before.setdefault(table, {})
        if key not in old:  # the first snapshot of a row is its value before the correction
            old[key] = before
        self.after.setdefault(table, {})[key] = after

    def show(self, field: str, before: str | None, after: str | None) -> None:
        self.before["show"][field] = before
        self.after["show"][field] = after

    @property
    def empty(self) -> bool:
        return all(table == "show" or not rows for table, rows in self.after.items()) \
            and not self.after["show"]


# ---------------------------------------------------------------- agencies


def resolve_agency(conn: sqlite3.Connection, name: str, *, allow_new: bool = False) -> int:
    """The agency a user typed ('Sở KH&CN', 'Thanh tra tỉnh'), through the catalogue
    and the aliases. An unknown name is refused unless `allow_new` (then it is added)."""
    name = clean_typed(name) or ""
    if not name:
        raise UsageError(t("corrections.agency_empty"))
    found = agency_store.lookup(conn, agency_store.name_key(name))
    if found is not None:
        return found
    if allow_new:
        return agency_store.resolve(conn, name)
    close = [row[0] for row in conn.execute(
        "SELECT name FROM agencies WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name "
        "LIMIT 3", (json.dumps(agency_store.matching_ids(conn, name)),))]
    if close:
        raise UsageError(t("corrections.agency_unknown_close", name=name,
                           close="; ".join(close)), cli_hint=t("corrections.agency_new.cli"))
    raise UsageError(t("corrections.agency_unknown", name=name),
                     cli_hint=t("corrections.agency_new.cli"))


def _agency_names(conn: sqlite3.Connection, ids: Sequence[int]) -> str:
    names = dict(conn.execute("SELECT id, name FROM agencies WHERE id IN "
                              "(SELECT value FROM json_each(?))", (json.dumps(list(ids)),)))
    return ", ".join(names[i] for i in ids if i in names) or "—"


# ---------------------------------------------------------------- reading state


def _live_directive(conn: sqlite3.Connection, directive_id: int) -> tuple[Any, ...]:
    row = conn.execute(
        "SELECT d.id, d.notice_id, d.deadline_text, d.deadline_kind, d.due_on, d.recurrence, "
        "n.issued_on, n.meeting_on FROM directives d JOIN notices n ON n.id = d.notice_id "
        "WHERE d.id = ? AND d.deleted_at IS NULL AND n.deleted_at IS NULL",
        (directive_id,)).fetchone()
    if row is None:
        raise UsageError(t("store.directive_not_found", id=directive_id))
    return tuple(row)


def _task_rows(conn: sqlite3.Connection, directive_id: int) -> list[dict[str, Any]]:
    """Every task of the directive, deleted ones too (one per agency)."""
    cursor = conn.execute(
        "SELECT id, agency_id, role, due_on, original_due_on, extension_reason, deleted_at, "
        "deleted_by, version FROM tasks WHERE directive_id = ? ORDER BY id", (directive_id,))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _snapshot(task: dict[str, Any]) -> dict[str, Any]:
    return {column: task[column] for column in _TASK_COLUMNS}


def _roles_text(conn: sqlite3.Connection, tasks: list[dict[str, Any]], role: str) -> str:
    return _agency_names(conn, [task["agency_id"] for task in tasks
                                if task["deleted_at"] is None and task["role"] == role])


def _update_task(conn: sqlite3.Connection, change: _Change, task: dict[str, Any],
                 values: dict[str, Any], *, user: str, now: str) -> None:
    """Write `values` to a task (version + 1) and record its snapshot."""
    before = _snapshot(task)
    after = {**before, **values}
    if after == before:
        return
    columns = ", ".join(f"{name} = ?" for name in values)  # names are ours, never user text
    conn.execute(f"UPDATE tasks SET {columns}, version = version + 1, updated_at = ?, "
                 "updated_by = ? WHERE id = ?", [*values.values(), now, user, task["id"]])
    change.record("tasks", task["id"], before, after)
    task.update(values)


def _log(conn: sqlite3.Connection, change: _Change, *, action: str, user: str,
         session: str | None, now: str, notice_id: int | None, directive_id: int | None = None,
         task_id: int | None = None, note: str | None = None,
         undoes: int | None = None) -> int:
    cursor = conn.execute(
        "INSERT INTO change_log (at, user, session, action, notice_id, directive_id, task_id, "
        "before, after, note, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (now, user, session, action, notice_id, directive_id, task_id,
         json.dumps(change.before, ensure_ascii=False),
         json.dumps(change.after, ensure_ascii=False), note, undoes))
    return int(cursor.lastrowid or 0)


def _clean(text: str | None) -> str | None:
    return clean_typed(text)


# ---------------------------------------------------------------- directives


def deadline_day(conn: sqlite3.Connection, directive_id: int) -> date | None:
    """The day a deadline phrase typed for this directive is read from: its notice's
    issue date, else its meeting date (as the parser reads the notice's own phrases)."""
    row = _live_directive(conn, directive_id)
    return to_date(row[6]) or to_date(row[7])


def _deadline_text(text: str | None, due: str | None) -> str:
    if text and due:
        return f"{text} ({due})"
    return text or due or "—"


def edit_directive(conn: sqlite3.Connection, directive_id: int, *, user: str,
                   session: str | None, leads: Sequence[str] | None = None,
                   coordinators: Sequence[str] | None = None, deadline: Deadline | None = None,
                   due_on: date | None = None, note: str | None = None,
                   allow_new_agencies: bool = False) -> int:
    """Correct a directive: its leads and/or coordinators (each list replaces the
    current one; None keeps it) and/or its deadline (a phrase already read, a date, or
    both: a date given overrides the phrase's). Returns the change_log id; refuses a
    correction that changes nothing.

    The store does not read phrases: the caller resolves what the user typed with the
    parser's own rule (parsing.deadlines.read_deadline, the notice's date from
    `deadline_day`) and hands over the Deadline it found."""
    deadline_phrase = _clean(deadline.text) if deadline is not None else None
    with write_transaction(conn):
        (_, notice_id, old_text, old_kind, old_due, old_recurrence, _issued_on,
         _meeting_on) = _live_directive(conn, directive_id)
        tasks = _task_rows(conn, directive_id)
        change = _Change()
        now = now_text()
        if leads is not None or coordinators is not None:
            _change_assignments(conn, change, directive_id, tasks, leads, coordinators,
                                user=user, now=now, allow_new=allow_new_agencies)
        if deadline is not None or due_on is not None:
            text, due, kind, recurrence = old_text, old_due, old_kind, old_recurrence
            check_plausible(deadline.due_on if deadline is not None else None,
                            "directive.due_on")
            check_plausible(due_on, "directive.due_on")
            if deadline is not None:
                text, due = deadline_phrase, iso(deadline.due_on)
                kind = str(deadline.kind) if deadline.kind else None
                recurrence = deadline.recurrence
            if due_on is not None:
                due, kind, recurrence = due_on.isoformat(), "date", None
            new = {"deadline_text": text, "deadline_kind": kind, "due_on": due,
                   "recurrence": recurrence}
            old = {"deadline_text": old_text, "deadline_kind": old_kind, "due_on": old_due,
                   "recurrence": old_recurrence}
            if new != old:
                conn.execute("UPDATE directives SET deadline_text = ?, deadline_kind = ?, "
                             "due_on = ?, recurrence = ? WHERE id = ?",
                             (text, kind, due, recurrence, directive_id))
                change.record("directives", directive_id, old, new)
                change.show("deadline", _deadline_text(old_text, old_due),
                            _deadline_text(text, due))
                for task in tasks:
                    if task["deleted_at"] is not None:
                        continue
                    values = {"original_due_on": due}
                    if task["extension_reason"] is None:  # an extension keeps its own day
                        values["due_on"] = due
                    _update_task(conn, change, task, values, user=user, now=now)
        if change.empty:
            raise UsageError(t("corrections.nothing_changed"))
        change_id = _log(conn, change, action="edit_directive", user=user, session=session,
                         now=now, notice_id=notice_id, directive_id=directive_id,
                         note=_clean(note))
        index_notices(conn, notice_id)  # the agencies of a directive are searchable
        return change_id


def _change_assignments(conn: sqlite3.Connection, change: _Change, directive_id: int,
                        tasks: list[dict[str, Any]], leads: Sequence[str] | None,
                        coordinators: Sequence[str] | None, *, user: str, now: str,
                        allow_new: bool) -> None:
    live = [task for task in tasks if task["deleted_at"] is None]
    old_leads = _roles_text(conn, tasks, "lead")
    old_coordinators = _roles_text(conn, tasks, "coordinate")
    wanted: dict[int, str] = {}
    lead_ids = ([resolve_agency(conn, name, allow_new=allow_new) for name in leads]
                if leads is not None else
                [task["agency_id"] for task in live if task["role"] == "lead"])
    coordinator_ids = ([resolve_agency(conn, name, allow_new=allow_new) for name in coordinators]
                       if coordinators is not None else
                       [task["agency_id"] for task in live if task["role"] == "coordinate"])
    if not lead_ids:
        raise UsageError(t("corrections.lead_required"))
    both = set(lead_ids) & set(coordinator_ids)
    if both and coordinators is not None and leads is not None:
        raise UsageError(t("corrections.lead_and_coordinate",
                           names=_agency_names(conn, sorted(both))))
    for agency_id in coordinator_ids:
        wanted[agency_id] = Role.COORDINATE.value
    for agency_id in lead_ids:  # a new lead that was coordinating moves up
        wanted[agency_id] = Role.LEAD.value
    due = conn.execute("SELECT due_on FROM directives WHERE id = ?", (directive_id,)).fetchone()[0]
    by_agency = {task["agency_id"]: task for task in tasks}
    for agency_id, role in wanted.items():
        task = by_agency.get(agency_id)
        if task is None:
            _add_task(conn, change, directive_id, agency_id, role, due, user=user, now=now,
                      tasks=tasks)
        elif task["deleted_at"] is not None:
            values: dict[str, Any] = {"role": role, "deleted_at": None, "deleted_by": None}
            if task["extension_reason"] is None:
                values.update(due_on=due, original_due_on=due)
            _update_task(conn, change, task, values, user=user, now=now)
        else:
            _update_task(conn, change, task, {"role": role}, user=user, now=now)
    for task in live:
        if task["agency_id"] not in wanted:
            _update_task(conn, change, task, {"deleted_at": now, "deleted_by": user},
                         user=user, now=now)
    new_leads = _roles_text(conn, tasks, "lead")
    new_coordinators = _roles_text(conn, tasks, "coordinate")
    if new_leads != old_leads:
        change.show("leads", old_leads, new_leads)
    if new_coordinators != old_coordinators:
        change.show("coordinators", old_coordinators, new_coordinators)


def _add_task(conn: sqlite3.Connection, change: _Change, directive_id: int, agency_id: int,
              role: str, due: str | None, *, user: str, now: str,
              tasks: list[dict[str, Any]]) -> int:
    cursor = conn.execute(
        "INSERT INTO tasks (directive_id, agency_id, role, status, due_on, original_due_on, "
        "version, created_at, updated_at, updated_by) VALUES (?, ?, ?, 'todo', ?, ?, 1, ?, ?, ?)",
        (directive_id, agency_id, role, due, due, now, now, user))
    task_id = int(cursor.lastrowid or 0)
    task = {"id": task_id, "agency_id": agency_id, "role": role, "due_on": due,
            "original_due_on": due, "extension_reason": None, "deleted_at": None,
            "deleted_by": None, "version": 1}
    tasks.append(task)
    change.record("tasks", task_id, None, _snapshot(task))
    return task_id


def assign(conn: sqlite3.Connection, directive_id: int, agency: str, role: Role | str, *,
           user: str, session: str | None, allow_new_agency: bool = False,
           note: str | None = None) -> tuple[int, int]:
    """Give the directive one more agency (or change the role of one it has).
    Returns (change_log id, task id)."""
    role_value = Role(role).value
    with write_transaction(conn):
        notice_id = _live_directive(conn, directive_id)[1]
        tasks = _task_rows(conn, directive_id)
        agency_id = resolve_agency(conn, agency, allow_new=allow_new_agency)
        due = conn.execute("SELECT due_on FROM directives WHERE id = ?",
                           (directive_id,)).fetchone()[0]
        change = _Change()
        now = now_text()
        old = {r: _roles_text(conn, tasks, r) for r in ("lead", "coordinate")}
        task = next((task for task in tasks if task["agency_id"] == agency_id), None)
        if task is None:
            task_id = _add_task(conn, change, directive_id, agency_id, role_value, due,
                                user=user, now=now, tasks=tasks)
        else:
            task_id = task["id"]
            if task["deleted_at"] is None and task["role"] == role_value:
                raise UsageError(t("corrections.already_assigned", id=directive_id,
                                   agency=_agency_names(conn, [agency_id]),
                                   role=t(f"role.{role_value}")))
            values: dict[str, Any] = {"role": role_value, "deleted_at": None, "deleted_by": None}
            if task["deleted_at"] is not None and task["extension_reason"] is None:
                values.update(due_on=due, original_due_on=due)
            _update_task(conn, change, task, values, user=user, now=now)
        for r, field in (("lead", "leads"), ("coordinate", "coordinators")):
            new = _roles_text(conn, tasks, r)
            if new != old[r]:
                change.show(field, old[r], new)
        change_id = _log(conn, change, action="assign", user=user, session=session, now=now,
                         notice_id=notice_id, directive_id=directive_id, task_id=task_id,
                         note=_clean(note))
        index_notices(conn, notice_id)
        return change_id, task_id


def unassign(conn: sqlite3.Connection, task_id: int, *, user: str, session: str | None,
             if_version: int | None = None, note: str | None = None) -> int:
    """Remove a task (an agency's part in a directive): a soft delete, undoable.
    The last lead of a directive cannot go: name another lead first."""
    with write_transaction(conn):
        row = conn.execute("SELECT directive_id, role, version, deleted_at FROM tasks "
                           "WHERE id = ?", (task_id,)).fetchone()
        if row is None or row[3] is not None:
            raise UsageError(t("store.task_not_found", id=task_id))
        directive_id, role, version, _ = row
        if if_version is not None and if_version != version:
            raise ConflictError(t("corrections.task_version", id=task_id, version=version))
        notice_id = _live_directive(conn, directive_id)[1]
        tasks = _task_rows(conn, directive_id)
        leads = [task for task in tasks if task["deleted_at"] is None and task["role"] == "lead"]
        if role == "lead" and len(leads) == 1:
            agency = conn.execute("SELECT name FROM agencies WHERE id = ?",
                                  (leads[0]["agency_id"],)).fetchone()
            raise UsageError(t("corrections.last_lead", agency=agency[0] if agency else "?"))
        change = _Change()
        now = now_text()
        field = "leads" if role == "lead" else "coordinators"
        old = _roles_text(conn, tasks, role)
        task = next(task for task in tasks if task["id"] == task_id)
        _update_task(conn, change, task, {"deleted_at": now, "deleted_by": user}, user=user,
                     now=now)
        change.show(field, old, _roles_text(conn, tasks, role))
        change_id = _log(conn, change, action="unassign", user=user, session=session, now=now,
                         notice_id=notice_id, directive_id=directive_id, task_id=task_id,
                         note=_clean(note))
        index_notices(conn, notice_id)
        return change_id


def delete_directive(conn: sqlite3.Connection, directive_id: int, *, user: str,
                     session: str | None, note: str | None = None) -> int:
    """Hide a wrong directive and its tasks (soft delete, undoable)."""
    with write_transaction(conn):
        notice_id = _live_directive(conn, directive_id)[1]
        change = _Change()
        now = now_text()
        _hide_directive(conn, change, directive_id, user=user, now=now)
        change_id = _log(conn, change, action="delete_directive", user=user, session=session,
                         now=now, notice_id=notice_id, directive_id=directive_id,
                         note=_clean(note))
        index_notices(conn, notice_id)
        return change_id


def _hide_directive(conn: sqlite3.Connection, change: _Change, directive_id: int, *, user: str,
                    now: str) -> None:
    conn.execute("UPDATE directives SET deleted_at = ?, deleted_by = ? WHERE id = ?",
                 (now, user, directive_id))
    change.record("directives", directive_id, {"deleted_at": None, "deleted_by": None},
                  {"deleted_at": now, "deleted_by": user})
    for task in _task_rows(conn, directive_id):
        if task["deleted_at"] is None:
            _update_task(conn, change, task, {"deleted_at": now, "deleted_by": user},
                         user=user, now=now)


# ---------------------------------------------------------------- notices


def _without_warning(stored: str | None, key: str) -> str | None:
    """The notice's warnings (a JSON list) without those of catalog `key`; None when it
    had none of them (nothing to change)."""
    from tui_tracker.warning_text import warning_key

    warnings = json.loads(stored or "[]")
    kept = [text for text in warnings if warning_key(text) != key]
    return json.dumps(kept, ensure_ascii=False) if len(kept) != len(warnings) else None


def _live_notice(conn: sqlite3.Connection, notice_id: int) -> dict[str, Any]:
    cursor = conn.execute(
        f"SELECT {', '.join(NOTICE_FIELDS)}, text_hash, number_key, warnings FROM notices "
        "WHERE id = ? AND deleted_at IS NULL", (notice_id,))
    row = cursor.fetchone()
    if row is None:
        raise UsageError(t("store.notice_not_found", id=notice_id))
    return dict(zip([column[0] for column in cursor.description], row, strict=True))


def delete_notice(conn: sqlite3.Connection, notice_id: int, *, user: str, session: str | None,
                  note: str | None = None) -> int:
    """Hide a whole notice, its directives and tasks (soft delete, undoable).
    Its text hash and number key move aside, so a corrected copy can be imported."""
    with write_transaction(conn):
        notice = _live_notice(conn, notice_id)
        change = _Change()
        now = now_text()
        hidden = {"deleted_at": now, "deleted_by": user,
                  "text_hash": f"deleted:{notice_id}:{notice['text_hash']}", "number_key": None}
        conn.execute("UPDATE notices SET deleted_at = ?, deleted_by = ?, text_hash = ?, "
                     "number_key = ? WHERE id = ?", (*hidden.values(), notice_id))
        change.record("notices", notice_id,
                      {"deleted_at": None, "deleted_by": None, "text_hash": notice["text_hash"],
                       "number_key": notice["number_key"]}, hidden)
        for (directive_id,) in conn.execute(
                "SELECT id FROM directives WHERE notice_id = ? AND deleted_at IS NULL",
                (notice_id,)).fetchall():
            _hide_directive(conn, change, directive_id, user=user, now=now)
        change.show("notice", notice["number"] or notice["title"], None)
        change_id = _log(conn, change, action="delete_notice", user=user, session=session,
                         now=now, notice_id=notice_id, note=_clean(note))
        index_notices(conn, notice_id)  # removes its search rows
        return change_id


def edit_notice(conn: sqlite3.Connection, notice_id: int, fields: dict[str, Any], *, user: str,
                session: str | None, note: str | None = None) -> int:
    """Correct header fields (number, title, issuer, dates, signer, ...). A value
    of '' clears a field. Refuses an unknown field and a change that changes nothing."""
    from tui_tracker.store.importer import number_key

    unknown = sorted(set(fields) - set(NOTICE_FIELDS))
    if unknown:
        raise UsageError(t("corrections.notice_field_unknown", fields=", ".join(unknown),
                           known=", ".join(NOTICE_FIELDS)))
    with write_transaction(conn):
        notice = _live_notice(conn, notice_id)
        new: dict[str, Any] = {}
        for field, value in fields.items():
            if field in _DATE_FIELDS:
                if isinstance(value, date):
                    check_plausible(value, f"notice.{field}")
                value = value.isoformat() if isinstance(value, date) else _clean(value)
            else:
                value = _clean(value)
            if value != notice[field]:
                new[field] = value
        if not new:
            raise UsageError(t("corrections.nothing_changed"))
        if "number" in new or "issuer" in new:
            key = number_key(new.get("number", notice["number"]),
                             new.get("issuer", notice["issuer"]))
            if key != notice["number_key"]:
                taken = conn.execute("SELECT id FROM notices WHERE number_key = ? AND id <> ?",
                                     (key, notice_id)).fetchone()
                if taken is not None:
                    raise UsageError(t("corrections.number_taken",
                                       number=new.get("number", notice["number"]),
                                       other=taken[0]))
                new["number_key"] = key
        if new.get("number"):
            # The number is known now: the parser's "no number found" no longer holds.
            warnings = _without_warning(notice["warnings"], "parse.header.no_number")
            if warnings is not None:
                new["warnings"] = warnings
        change = _Change()
        now = now_text()
        columns = ", ".join(f"{name} = ?" for name in new)  # names checked above
        conn.execute(f"UPDATE notices SET {columns} WHERE id = ?", [*new.values(), notice_id])
        change.record("notices", notice_id, {name: notice[name] for name in new}, dict(new))
        for name in new:
            if name not in ("number_key", "warnings"):
                change.show(name, notice[name], new[name])
        change_id = _log(conn, change, action="edit_notice", user=user, session=session,
                         now=now, notice_id=notice_id, note=_clean(note))
        index_notices(conn, notice_id)
        return change_id


# ---------------------------------------------------------------- undo


_TABLES = ("notices", "directives", "tasks")


def undo(conn: sqlite3.Connection, change_id: int, *, user: str, session: str | None,
         note: str | None = None) -> int:
    """Revert one correction. Refused (ConflictError) when anything it changed was
    changed again since; refused (UsageError) when already undone."""
    with write_transaction(conn):
        return _undo(conn, change_id, user=user, session=session, note=note)


def _undo(conn: sqlite3.Connection, change_id: int, *, user: str, session: str | None,
          note: str | None) -> int:
    entry = _entry(conn, change_id)
    if entry is None:
        raise UsageError(t("corrections.change_not_found", id=change_id))
    if entry.action == "undo":
        raise UsageError(t("corrections.undo_of_undo", id=change_id))
    if entry.undone_by is not None:
        raise UsageError(t("corrections.already_undone", id=change_id, by=entry.undone_by))
    now = now_text()
    if entry.action == "apply_report":  # an agency's report letter (store/report_letters.py)
        from tui_tracker.store.report_letters import undo_letter

        undo_letter(conn, entry.after, entry.before, user=user, session=session)
        reverse = _Change()
        for field, value in entry.before.get("show", {}).items():
            reverse.show(field, entry.after["show"].get(field), value)
        return _log(conn, reverse, action="undo", user=user, session=session, now=now,
                    notice_id=None, note=_clean(note), undoes=change_id)
    for table in _TABLES:
        for key, after in entry.after.get(table, {}).items():
            current = _current(conn, table, int(key), after or entry.before[table][key] or {})
            expected = after if after is not None else None
            if current is None or (expected is not None and any(
                    current.get(column) != value for column, value in expected.items())):
                raise ConflictError(t("corrections.undo_conflict", id=change_id,
                                      table=t(f"corrections.table.{table}"), row=key))
    reverse = _Change()
    try:
        for table in _TABLES:
            for key, before in entry.before.get(table, {}).items():
                after = entry.after[table][key]
                row_id = int(key)
                if before is None:  # a task this correction added: hide it again
                    before = {**after, "deleted_at": now, "deleted_by": user}
                columns = ", ".join(f"{name} = ?" for name in before)  # names are ours
                extra = ", version = version + 1, updated_at = ?, updated_by = ?" \
                    if table == "tasks" else ""
                conn.execute(f"UPDATE {table} SET {columns}{extra} WHERE id = ?",
                             [*before.values(), *([now, user] if extra else []), row_id])
                reverse.record(table, row_id, after, before)
    except sqlite3.IntegrityError as exc:
        # The notice's text or number was imported again after the delete.
        raise UsageError(t("corrections.restore_taken", id=entry.notice_id or 0)) from exc
    for field, value in entry.before.get("show", {}).items():
        reverse.show(field, entry.after["show"].get(field), value)
    undo_id = _log(conn, reverse, action="undo", user=user, session=session, now=now,
                   notice_id=entry.notice_id, directive_id=entry.directive_id,
                   task_id=entry.task_id, note=_clean(note), undoes=change_id)
    if entry.notice_id is not None:
        index_notices(conn, entry.notice_id)
    return undo_id


def _current(conn: sqlite3.Connection, table: str, row_id: int,
             columns: dict[str, Any]) -> dict[str, Any] | None:
    if not columns:
        return {}
    names = list(columns)
    row = conn.execute(f"SELECT {', '.join(names)} FROM {table} WHERE id = ?",  # our names
                       (row_id,)).fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def undo_last(conn: sqlite3.Connection, *, user: str, session: str | None,
              notice_id: int | None = None, directive_id: int | None = None) -> int:
    """Undo this session's latest correction (within a notice or a directive) that
    is not undone yet. Another session's corrections are never touched."""
    with write_transaction(conn):
        scope, params = "", []
        if directive_id is not None:
            scope, params = " AND directive_id = ?", [directive_id]
        elif notice_id is not None:
            scope, params = " AND notice_id = ?", [notice_id]
        row = conn.execute(
            "SELECT id FROM change_log c WHERE session IS ? AND action <> 'undo'"
            " AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = c.id)"
            f"{scope} ORDER BY id DESC LIMIT 1", [session, *params]).fetchone()
        if row is None or session is None:
            raise UsageError(t("corrections.nothing_to_undo"))
        return _undo(conn, row[0], user=user, session=session, note=None)


def restore(conn: sqlite3.Connection, *, user: str, session: str | None,
            notice_id: int | None = None, directive_id: int | None = None) -> int:
    """Bring back a deleted notice or directive: undo its latest delete, whoever made it
    (the user names it explicitly)."""
    with write_transaction(conn):
        target: int | None
        if notice_id is not None:
            action, column, target = "delete_notice", "notice_id", notice_id
        else:
            action, column, target = "delete_directive", "directive_id", directive_id
        row = conn.execute(
            f"SELECT id FROM change_log c WHERE action = ? AND {column} = ?"  # our names
            " AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = c.id)"
            " ORDER BY id DESC LIMIT 1", (action, target)).fetchone()
        if row is None:
            raise UsageError(t(f"corrections.not_deleted.{column}", id=target))
        return _undo(conn, row[0], user=user, session=session, note=None)


# ---------------------------------------------------------------- reading the log


_ENTRY_SELECT = """
    SELECT c.id, c.at, c.user, c.session, c.action, c.notice_id, c.directive_id, c.task_id,
           c.before, c.after, c.note, c.undoes,
           (SELECT u.id FROM change_log u WHERE u.undoes = c.id ORDER BY u.id DESC LIMIT 1)
    FROM change_log c
"""


def _to_entry(row: tuple[Any, ...]) -> Correction:
    return Correction(id=row[0], at=row[1], user=row[2], session=row[3], action=row[4],
                      notice_id=row[5], directive_id=row[6], task_id=row[7],
                      before=json.loads(row[8] or "{}"), after=json.loads(row[9] or "{}"),
                      note=row[10], undoes=row[11], undone_by=row[12])


def _entry(conn: sqlite3.Connection, change_id: int) -> Correction | None:
    row = conn.execute(_ENTRY_SELECT + " WHERE c.id = ?", (change_id,)).fetchone()
    return _to_entry(row) if row else None


def entries(conn: sqlite3.Connection, *, notice_id: int | None = None,
            directive_id: int | None = None, task_id: int | None = None) -> list[Correction]:
    """Corrections, oldest first: of a notice (and its directives), of a directive, or
    those that concern a task (its directive's and its notice's header and deletes)."""
    if task_id is not None:
        row = conn.execute("SELECT t.directive_id, d.notice_id FROM tasks t JOIN directives d "
                           "ON d.id = t.directive_id WHERE t.id = ?", (task_id,)).fetchone()
        if row is None:
            return []
        where = ("WHERE c.directive_id = ? OR (c.notice_id = ? AND c.directive_id IS NULL)",
                 [row[0], row[1]])
    elif directive_id is not None:
        where = ("WHERE c.directive_id = ?", [directive_id])
    elif notice_id is not None:
        where = ("WHERE c.notice_id = ?", [notice_id])
    else:
        where = ("", [])
    return [_to_entry(row) for row in conn.execute(
        f"{_ENTRY_SELECT} {where[0]} ORDER BY c.id", where[1])]


def deleted_notices(conn: sqlite3.Connection) -> list[tuple[int, str | None, str | None, str,
                                                            str | None]]:
    """(id, number, title, deleted_at, deleted_by) of hidden notices, newest first."""
    return conn.execute("SELECT id, number, title, deleted_at, deleted_by FROM notices "
                        "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC"
                        ).fetchall()


def timeline(conn: sqlite3.Connection, task_id: int,
             task_entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """The task's own history with the corrections that concern it, in time order:
    one entry per field a correction changed (leads, coordinators, deadline, ...)."""
    merged = list(task_entries)
    for entry in entries(conn, task_id=task_id):
        shown = entry.after.get("show", {})
        fields = list(shown) or [None]
        for position, field in enumerate(fields):
            merged.append(HistoryEntry(
                id=entry.id, task_id=task_id, at=entry.at, user=entry.user,
                action=entry.action, field=field,
                from_value=entry.before.get("show", {}).get(field) if field else None,
                to_value=shown.get(field) if field else None,
                note=entry.note if position == len(fields) - 1 else None,
                session=entry.session, source="correction"))
    # Stable: within one second, task rows (import first) before corrections.
    merged.sort(key=lambda e: (e.at, e.source != "task"))
    return merged
