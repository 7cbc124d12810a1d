"""`list`, `set-status`, `extend` and `history`: reading and changing agency tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import click

from tui_tracker.cli.output import console, countdown, format_day, plain, print_json
from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.cli.task_table import print_csv, print_task_table, write_json
from tui_tracker.errors import ConflictError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.wording import history_value, timestamp_text

if TYPE_CHECKING:
    from tui_tracker.store import Store, TaskRow

# How often a change without --if-version re-reads the task when someone changed it
# between our read and our write; past that the conflict is reported (exit 3).
CHANGE_ATTEMPTS = 10


def list_tasks(*, overdue: bool, due_within: int | None, agency: str | None,
               statuses: tuple[Status, ...] | None, notice_id: int | None, search: str | None,
               open_only: bool, limit: int | None, as_json: bool, as_csv: bool,
               csv_keys: bool = False, extension_requested: bool = False) -> None:
    from tui_tracker.store import TaskFilter

    runtime = current_runtime()
    today = runtime.reference_day()
    task_filter = TaskFilter(statuses=statuses, open_only=open_only, agency=agency,
                             notice_id=notice_id, search=search, overdue=overdue,
                             due_within=due_within, extension_requested=extension_requested)
    store = open_store()
    try:
        # Rows are written as the cursor yields them: nothing holds the whole result.
        if as_json or as_csv:
            rows = store.iter_tasks(task_filter, today=today, soon_days=runtime.soon_days,
                                    limit=limit)
            if as_json:
                write_json(rows)
            else:
                print_csv(rows, keys=csv_keys)
        else:
            lines = store.iter_task_lines(task_filter, today=today,
                                          soon_days=runtime.soon_days, limit=limit)
            print_task_table(lines, today, largest_id=store.max_task_id())
    finally:
        store.close()


def _conflict_message(task: int, exc: ConflictError) -> str:
    from tui_tracker.store import TaskRow

    current = exc.current
    if not isinstance(current, TaskRow):  # the store's conflicts carry the task as it is
        return exc.message
    return t("cli.conflict", task=task, version=current.version,
             by=exc.changed_by or current.updated_by or "?",
             at=exc.changed_at or current.updated_at or "?")


def _versioned_change(store: Store, task: int, if_version: int | None,
                      change: Callable[[int], TaskRow]) -> tuple[TaskRow, TaskRow]:
    """(the task as it was, the task after `change(version)`), read and written
    under a version check even without --if-version: so the "before" we print is
    really what our change replaced when another session writes at the same time
    (without --if-version a conflict just means: read again, write again)."""
    today = current_runtime().reference_day()
    for attempt in range(1, CHANGE_ATTEMPTS + 1):
        before = store.get_task(task, today=today)
        try:
            return before, change(before.version if if_version is None else if_version)
        except ConflictError as exc:
            if if_version is None and attempt < CHANGE_ATTEMPTS:
                continue
            raise ConflictError(_conflict_message(task, exc), current=exc.current,
                                changed_by=exc.changed_by, changed_at=exc.changed_at) from exc
    raise AssertionError("unreachable")


def _change_task(task: int, if_version: int | None,
                 change: Callable[[Store, int | None], TaskRow]) -> tuple[TaskRow, TaskRow]:
    """Open the store, make one versioned change to a task, close: (before, after)."""
    store = open_store()
    try:
        return _versioned_change(store, task, if_version, lambda version: change(store, version))
    finally:
        store.close()


def set_status(task: int, status: Status, *, note: str | None, on: date | None,
               if_version: int | None, as_json: bool) -> None:
    today = current_runtime().reference_day()
    before, row = _change_task(task, if_version, lambda store, version: store.set_status(
        task, status, today=today, note=note, on=on, if_version=version))
    if as_json:
        print_json(row.to_json())
        return
    if row.version == before.version:  # already so: nothing written (exit 0)
        click.echo(t("corrections.cli.same_status", task=row.id,
                     status=t(f"status.{row.status}")))
        return
    if row.status != status and row.due_on != before.due_on:
        # A recurring duty: this period is recorded, the task is "to do" for the next.
        click.echo(t("cli.set_status.next_period", task=row.id, status=t(f"status.{status}"),
                     due=format_day(before.due_on), next=format_day(row.due_on),
                     version=row.version))
        return
    click.echo(t("cli.set_status.done", task=row.id, before=t(f"status.{before.status}"),
                 after=t(f"status.{row.status}"), version=row.version,
                 countdown=countdown(row.status, row.days_left, row.task_class)))


def extend(task: int, new_due: date, *, reason: str, if_version: int | None,
           as_json: bool, earlier: bool = False, on: date | None = None) -> None:
    """`on`: the day the extension was decided (default: the reference day); reports
    as of an earlier day judge the task by the deadline it had then."""
    today = current_runtime().reference_day()
    before, row = _change_task(task, if_version, lambda store, version: store.extend(
        task, new_due, reason=reason, today=today, if_version=version, earlier=earlier,
        on=on))
    if as_json:
        print_json(row.to_json())
        return
    click.echo(t("cli.extend.done", task=row.id, before=format_day(before.due_on),
                 after=format_day(row.due_on),
                 original=format_day(row.original_due_on or before.due_on),
                 version=row.version,
                 countdown=countdown(row.status, row.days_left, row.task_class)))
    if on is not None and on != today:
        click.echo(t("cli.extend.decided", day=format_day(on)))


def refuse_extension(task: int, *, reason: str, if_version: int | None,
                     as_json: bool) -> None:
    """The agency's extension request is not granted: the deadline stays."""
    today = current_runtime().reference_day()
    _, row = _change_task(task, if_version, lambda store, version: store.refuse_extension(
        task, reason=reason, today=today, if_version=version))
    if as_json:
        print_json(row.to_json())
        return
    click.echo(t("cli.refuse.done", task=row.id, due=format_day(row.due_on),
                 version=row.version,
                 countdown=countdown(row.status, row.days_left, row.task_class)))


def history(task: int, *, as_json: bool) -> None:
    store = open_store()
    try:
        # UsageError (exit 2) when there is no such task; a deleted task keeps its history.
        entries = store.history(task)
    finally:
        store.close()

    if as_json:
        # `source`: 'task' (a change of the task) or 'correction' (of its directive or
        # notice; `id` is then the change number `undo-change` takes).
        print_json([{"id": e.id, "task_id": e.task_id, "at": e.at, "user": e.user,
                     "action": e.action, "field": e.field, "from": e.from_value,
                     "to": e.to_value, "note": e.note, "session": e.session,
                     "completed_on": e.completed_on, "source": e.source,
                     "effective_on": e.effective_on}
                    for e in entries])
        return

    from rich import box
    from rich.table import Table

    table = Table(title=t("cli.history.title", task=task), title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(t("cli.col.at"), no_wrap=True)
    table.add_column(t("cli.col.user"), no_wrap=True)
    table.add_column(t("cli.col.action"), no_wrap=True)
    table.add_column(t("cli.col.change"))
    for e in entries:
        if e.source == "correction":
            # The correction's number (what `undo-change` takes), never written "#N":
            # "#" is kept for nothing, so a number is never mistaken for another kind.
            action = f"{t(f'corrections.action.{e.action}')}\n" + t("corrections.cli.change_no",
                                                                    id=e.id)
            label = f"{t(f'corrections.field.{e.field}')}: " if e.field else ""
            change = plain(f"{label}{history_value(e.field, e.from_value, format_day)} → "
                           f"{history_value(e.field, e.to_value, format_day)}"
                           if e.field else "")
        elif e.action == "note":
            action = t("cli.action.note")
            change = plain("")  # the note itself follows, once
        else:
            action = t(f"cli.action.{e.action}")
            change = plain(f"{history_value(e.field, e.from_value, format_day)} → "
                           f"{history_value(e.field, e.to_value, format_day)}")
            if e.completed_on and e.field == "status":
                change.append_text(plain(" (" + t("corrections.cli.completed_on", day=
                    history_value("completed_on", e.completed_on, format_day)) + ")"))
            if e.action == "extend" and e.effective_on and e.effective_on != e.at[:10]:
                # Decided earlier than typed in (extend --on): reports count it from then.
                change.append_text(plain(" (" + t("cli.history.decided", day=
                    history_value("completed_on", e.effective_on, format_day)) + ")"))
        if e.note:
            change.append_text(plain(("\n" if change.plain else "") + e.note))
        table.add_row(timestamp_text(e.at), plain(e.user), action, change)
    console().print(table)


