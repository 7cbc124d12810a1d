"""What the correction commands do (cli/commands/corrections.py defines them):
`edit-directive`, `assign`, `unassign`, `delete-directive`, `delete-notice`,
`restore-directive`, `restore-notice`, `edit-notice`, `undo-change` and `corrections`
(the log). The store is imported lazily, as elsewhere in the CLI.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tui_tracker.cli.output import console, format_day, plain, print_json
from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.dates import NoSuchDayError, parse_user_date
from tui_tracker.errors import BadInputError, UsageError
from tui_tracker.i18n import t
from tui_tracker.wording import history_value, timestamp_text

if TYPE_CHECKING:
    import sqlite3

    from tui_tracker.model import Deadline
    from tui_tracker.store import Store
    from tui_tracker.store.corrections import Correction

T = TypeVar("T")

_ROLES = {"lead": "lead", "coordinate": "coordinate", "chu tri": "lead", "chủ trì": "lead",
          "phoi hop": "coordinate", "phối hợp": "coordinate", "coordinator": "coordinate"}


# ---------------------------------------------------------------- helpers


def agency_names(values: tuple[str, ...]) -> list[str] | None:
    """--lead A --lead B, or --lead "A; B": the names, None when the option is absent."""
    names = [name.strip() for value in values for name in value.split(";") if name.strip()]
    return names or None


def _directive_refs(conn: sqlite3.Connection, notice_id: int,
                    deleted: bool) -> list[tuple[int, str]]:
    """(id, ref) of a notice's directives, the deleted ones or the live ones."""
    return list(conn.execute("SELECT id, ref FROM directives WHERE notice_id = ? AND "
                        "(deleted_at IS NOT NULL) = ? ORDER BY position",
                             (notice_id, int(deleted))).fetchall())


def directive_id(text: str, *, deleted: bool = False) -> int:
    """A directive as the user names it: its id (`13`, in `list --json` as directive_id),
    or its notice and item (`1:3.d`, `1/3.đ`), the way the notice and the screens show it.
    `deleted`: the item names a deleted directive (restore-directive)."""
    import re

    from tui_tracker.text import fold

    value = text.strip().lstrip("#")
    if value.isdigit() and int(value) > 0:
        return int(value)
    match = re.fullmatch(r"(\d+)\s*[:/]\s*(\S+)", value)
    if match is None:
        raise UsageError(t("corrections.cli.bad_directive", value=text))
    notice, typed = int(match.group(1)), match.group(2).rstrip(".")
    rows = _with_store(lambda store: store.read(_directive_refs, notice, deleted))
    # As typed first: "3.d" and "3.đ" are two items of one notice, and folding alone
    # would make "3.d" name both. Typed without diacritics, an item is found only when
    # that is unambiguous.
    found = [row_id for row_id, row_ref in rows if row_ref.casefold() == typed.casefold()] \
        or [row_id for row_id, row_ref in rows if fold(row_ref) == fold(typed)]
    if len(found) != 1:
        raise UsageError(t("corrections.cli.no_such_item", notice=notice, ref=match.group(2)))
    return found[0]


def role_of(word: str) -> str:
    """`lead` or `coordinate`, from the word the user typed (Vietnamese words too)."""
    from tui_tracker.text import fold

    role = _ROLES.get(word.strip().lower()) or _ROLES.get(fold(word.strip()))
    if role is None:
        raise UsageError(t("corrections.cli.bad_role", role=word))
    return role


def _with_store(action: Callable[[Store], T]) -> T:
    store = open_store()
    try:
        return action(store)
    finally:
        store.close()


def _run(action: Callable[[Store], int], as_json: bool, message: str, **params: Any) -> None:
    change = _with_store(action)
    if as_json:
        print_json({"change": change})
    else:
        click.echo(t(message, change=change, **params))


def _confirm(question: str, yes: bool) -> None:
    """--yes, or a y/N prompt when a person is at the terminal; refused otherwise."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(t("corrections.cli.needs_yes"))
    answer = click.prompt(question + " [y/N]", default="", show_default=False)
    if answer.strip().lower() not in ("y", "yes", "c", "co", "có"):
        raise click.exceptions.Exit(0)


def _directive_json(store: Store, directive_id: int) -> dict[str, Any]:
    today = current_runtime().reference_day()
    detail = store.get_directive(directive_id, today=today)
    return {
        "id": detail.id, "notice_id": detail.notice_id, "ref": detail.ref,
        "summary": detail.summary,
        "leads": [task.agency for task in detail.tasks if task.role == "lead"],
        "coordinators": [task.agency for task in detail.tasks if task.role == "coordinate"],
        "deadline": {"text": detail.deadline_text, "kind": detail.deadline_kind,
                     "due_on": detail.due_on.isoformat() if detail.due_on else None},
        "tasks": [task.to_json() for task in detail.tasks],
    }


def _print_directive(data: dict[str, Any], change: int) -> None:
    deadline = data["deadline"]
    due = date.fromisoformat(deadline["due_on"]) if deadline["due_on"] else None
    click.echo(t("corrections.cli.directive_saved", change=change, id=data["id"],
                 ref=data["ref"], leads=", ".join(data["leads"]) or "—",
                 coordinators=", ".join(data["coordinators"]) or "—",
                 deadline=deadline["text"] or "—", due=format_day(due)))


# ---------------------------------------------------------------- commands


def edit_directive(directive: int, *, leads: list[str] | None, coordinators: list[str] | None,
                   deadline: str | None, due: date | None, new_agency: bool, note: str | None,
                   as_json: bool) -> None:
    if leads is None and coordinators is None and deadline is None and due is None:
        raise UsageError(t("corrections.cli.nothing_given"))
    phrase = deadline
    if deadline is not None and due is None:
        try:  # `--deadline 30/6/2026`: a bare date is the due date itself
            due, phrase = parse_user_date(deadline.strip()), None
        except NoSuchDayError:
            raise  # a date written right that does not exist: exit 4, as for --due
        except UsageError:
            pass  # a phrase ("trước ngày 30/6/2026"): the store reads it

    def run(store: Store) -> tuple[int, dict[str, Any]]:
        # The phrase is read here, by the parser's own rule, before the store sees it.
        read = typed_deadline(phrase, store.deadline_day(directive)) if phrase else None
        change = store.edit_directive(directive, leads=leads, coordinators=coordinators,
                                      deadline=read, due_on=due, note=note,
                                      allow_new_agencies=new_agency)
        return change, _directive_json(store, directive)

    change, data = _with_store(run)
    if as_json:
        print_json({"change": change, "directive": data})
    else:
        _print_directive(data, change)


def typed_deadline(phrase: str, notice_day: date | None) -> Deadline:
    """A deadline phrase typed in a correction, read exactly as the parser reads the
    notice's own (parsing.deadlines.read_deadline); BadInputError (exit 4) when it names
    no deadline, InvalidDateError for a day that does not exist."""
    from tui_tracker.parsing.deadlines import read_deadline

    found = read_deadline(phrase, issued_on=notice_day)
    if found is None:
        raise BadInputError(t("corrections.deadline_unreadable", phrase=" ".join(phrase.split())))
    return found


def assign(directive: int, agency: str, role: str, *, new_agency: bool, note: str | None,
           as_json: bool) -> None:
    def run(store: Store) -> tuple[int, int, dict[str, Any]]:
        change, task = store.assign(directive, agency, role, note=note,
                                    allow_new_agency=new_agency)
        return change, task, _directive_json(store, directive)

    change, task, data = _with_store(run)
    if as_json:
        print_json({"change": change, "task": task, "directive": data})
    else:
        click.echo(t("corrections.cli.assigned", task=task))
        _print_directive(data, change)


def unassign(task: int, *, if_version: int | None, note: str | None, as_json: bool) -> None:
    _run(lambda store: store.unassign(task, if_version=if_version, note=note), as_json,
         "corrections.cli.unassigned", task=task)


def restore_directive(directive: int, *, as_json: bool) -> None:
    _run(lambda store: store.restore_directive(directive), as_json,
         "corrections.cli.restored_directive", id=directive)


def restore_notice(notice: int, *, as_json: bool) -> None:
    _run(lambda store: store.restore_notice(notice), as_json,
         "corrections.cli.restored_notice", id=notice)


def undo_change(change: int, *, note: str | None, as_json: bool) -> None:
    _run(lambda store: store.undo_change(change, note=note), as_json,
         "corrections.cli.undone", id=change)


def delete_directive(directive: int, *, yes: bool, note: str | None, as_json: bool) -> None:
    today = current_runtime().reference_day()
    detail = _with_store(lambda store: store.get_directive(directive, today=today))
    _confirm(t("corrections.cli.confirm_directive", id=directive, ref=detail.ref,
               tasks=len(detail.tasks)), yes)
    _run(lambda store: store.delete_directive(directive, note=note), as_json,
         "corrections.cli.deleted_directive", id=directive)


def delete_notice(notice: int, *, yes: bool, note: str | None, as_json: bool) -> None:
    today = current_runtime().reference_day()
    detail = _with_store(lambda store: store.get_notice(notice, today=today))
    _confirm(t("corrections.cli.confirm_notice", id=notice, number=detail.number or "—",
               directives=detail.directives, tasks=detail.total_tasks), yes)
    _run(lambda store: store.delete_notice(notice, note=note), as_json,
         "corrections.cli.deleted_notice", id=notice)


def edit_notice(notice: int, fields: dict[str, str | None], *, note: str | None,
                as_json: bool) -> None:
    given: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None:
            continue
        if name in ("issued_on", "meeting_on") and value.strip():
            given[name] = parse_user_date(value.strip())  # '' clears the date
        else:
            given[name] = value
    if not given:
        raise UsageError(t("corrections.cli.nothing_given"))
    _run(lambda store: store.edit_notice(notice, given, note=note), as_json,
         "corrections.cli.notice_saved", id=notice)


def show_corrections(*, notice_id: int | None, directive_id: int | None, deleted: bool,
                     as_json: bool) -> None:
    if deleted:
        rows = _with_store(lambda store: store.deleted_notices())
        if as_json:
            print_json([{"id": r[0], "number": r[1], "title": r[2], "deleted_at": r[3],
                         "deleted_by": r[4]} for r in rows])
            return
        for notice, number, title, at, by in rows:
            click.echo(t("corrections.cli.deleted_line", id=notice, number=number or "—",
                         title=title or "", at=timestamp_text(at), by=by or "?"))
        return
    entries = _with_store(lambda store: store.corrections(notice_id=notice_id,
                                                          directive_id=directive_id))
    if as_json:
        print_json([_entry_json(entry) for entry in entries])
        return
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for column in ("corrections.col.change", "cli.col.at", "cli.col.user", "cli.col.action",
                   "cli.col.change"):
        table.add_column(t(column))
    for entry in entries:
        table.add_row(str(entry.id), timestamp_text(entry.at), plain(entry.user),
                      action_label(entry), plain(describe(entry)))
    console().print(table)


def action_label(entry: Correction) -> str:
    """"sửa chỉ đạo · chỉ đạo 13", "hoàn tác sửa đổi · sửa đổi số 4": what it changed is
    named with its kind, so a directive id never reads like a correction number."""
    target = entry.undoes if entry.undoes is not None else (
        entry.directive_id if entry.directive_id is not None else entry.notice_id)
    key = f"corrections.of.{entry.action}"
    label = t(key, id=target)
    if label == key or target is None:  # an action of a newer version, or no target
        label = t(f"corrections.action.{entry.action}")
    if entry.undone_by is not None:
        label += " ↺"
    return label


def describe(entry: Correction) -> str:
    lines = [f"{t(f'corrections.field.{field}')}: {history_value(field, old)} → "
             f"{history_value(field, new)}"
             for field, new in entry.after.get("show", {}).items()
             for old in [entry.before.get("show", {}).get(field)]]
    if entry.note:
        lines.append(entry.note)
    return "\n".join(lines)


def _entry_json(entry: Correction) -> dict[str, Any]:
    return {"id": entry.id, "at": entry.at, "user": entry.user, "session": entry.session,
            "action": entry.action, "notice_id": entry.notice_id,
            "directive_id": entry.directive_id, "task_id": entry.task_id,
            "before": entry.before, "after": entry.after, "note": entry.note,
            "undoes": entry.undoes, "undone_by": entry.undone_by}
