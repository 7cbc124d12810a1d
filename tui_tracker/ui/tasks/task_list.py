"""TaskList: the list of agency tasks, with the triage keys on the widget itself.

Every screen that shows tasks uses this widget, so the same keys work everywhere:

    1 todo · 2 in progress · 3 reported · 4 done (asks the completion date, default today)
    5 paused · 6 cancelled · n note · e extend (new date + reason) · u undo my last change
    h history · Enter open the directive (posts messages.OpenDirective)

(keys remappable by id, see ui/bindings.py, scope "tasks").

API (stable)
------------
    from tui_tracker.ui.tasks.task_list import TaskList, task_columns

    TaskList(filter=TaskFilter(agency_id=5))          # any TaskFilter of the store
    TaskList(filter=TaskFilter(directive_id=3), columns=task_columns(show_agency=True))
    task_list.filter = TaskFilter(...)                # new query, cursor to the top
    task_list.refresh_data()                          # same query, cursor kept
    task_list.cursor_row -> TaskRow | None
    TaskList(..., open_on_enter=False)                # Enter posts RowSelected instead

It reads `app.store`, `app.today` and `app.soon_days`. Every change goes through the
store with `if_version`; a ConflictError opens a dialog naming who changed the task and
when, and the list shows the fresh state. After a write it posts `messages.DataWritten`
(the app then refreshes every screen). Besides the VirtualTable messages it posts
`TaskList.TaskChanged(task_list, row, action)` after each successful change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message

from tui_tracker.errors import ConflictError, TrackerError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.task_text import what_to_do
from tui_tracker.ui import undo_stack
from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import bindings, key_for
from tui_tracker.ui.formatting import clean_cell, fit_agency_name, fmt_date
from tui_tracker.ui.messages import DataWritten, OpenDirective
from tui_tracker.ui.tasks.labels import (
    countdown_label,
    extension_mark,
    notice_label,
    notice_label_fit,
    status_glyph,
    status_label,
    urgency_style,
)
from tui_tracker.ui.widgets.virtual_table import Column, VirtualTable

if TYPE_CHECKING:
    from tui_tracker.store import Store, TaskFilter, TaskRow


def task_columns(*, show_agency: bool = True, show_notice: bool = True) -> list[Column]:
    """Columns for tasks; wider terminals get the status and role columns too."""
    columns = [
        # 17: "quá hạn 1234 ngày", "1234 days overdue": a four-digit count whole.
        Column("days", t("ui.col.days"), countdown_label, width=17, style=urgency_style),
        Column("due", t("ui.col.due"), lambda r: fmt_date(r.due_on, empty=""), width=10),
        Column("status", t("ui.col.status"), lambda r: status_label(r.status), width=14,
               min_table_width=100),
        # Narrower: the status as one glyph (legend in the help screen), so every row
        # still says where the task stands at 80 columns.
        Column("status_glyph", "", lambda r: status_glyph(r.status), width=1,
               max_table_width=100, style=lambda r: "accent"),
        # » : the agency asked for an extension (a report letter) not decided yet.
        Column("extension", "", extension_mark, width=1, style=lambda r: "soon"),
    ]
    if show_agency:
        columns.append(Column("agency", t("ui.col.agency"), lambda r: r.agency, ratio=2,
                              min_width=10, fit=lambda r, w: fit_agency_name(r.agency, w)))
        columns.append(Column("role", t("ui.col.role"), lambda r: t(f"role.{r.role}"),
                              width=8, min_table_width=130, style=lambda r: "muted"))
    # The work, not the assignment before it (the agency column names who): what_to_do.
    columns.append(Column("summary", t("ui.col.summary"), lambda r: what_to_do(r.summary),
                          ratio=3, min_width=12))
    if show_notice:
        columns.append(Column("ref", t("ui.col.ref"), notice_label, width=14,
                              style=lambda r: "accent", fit=notice_label_fit))
    return columns


class TaskSource:
    """count/fetch over `store.list_tasks` for one filter and one reference day."""

    def __init__(self, store: Store, filter: TaskFilter | None, today: date,
                 soon_days: int) -> None:
        self.store = store
        self.filter = filter
        self.today = today
        self.soon_days = soon_days

    def count(self) -> int:
        # soon_days matters when the filter names the "soon"/"later" classes.
        return self.store.count_tasks(self.filter, today=self.today, soon_days=self.soon_days)

    def fetch(self, offset: int, limit: int) -> list[TaskRow]:
        return self.store.list_tasks(self.filter, today=self.today, soon_days=self.soon_days,
                                     limit=limit, offset=offset)


class TaskList(TrackerAccess, VirtualTable):
    """Tasks of the store matching a TaskFilter, with triage keys."""

    BINDINGS = bindings("tasks")

    class TaskChanged(Message):
        """A change of this session was written: `row` is the task as it is now."""

        def __init__(self, task_list: TaskList, row: TaskRow, action: str) -> None:
            super().__init__()
            self.task_list = task_list
            self.row = row
            self.action = action

        @property
        def control(self) -> TaskList:
            return self.task_list

    class _Written(Message, bubble=False):
        def __init__(self, row: TaskRow, action: str, detail: str) -> None:
            super().__init__()
            self.row = row
            self.action = action
            self.detail = detail

    class _Refused(Message, bubble=False):
        def __init__(self, error: BaseException) -> None:
            super().__init__()
            self.error = error

    def __init__(
        self,
        filter: TaskFilter | None = None,
        *,
        columns: Sequence[Column] | None = None,
        empty_text: str | None = None,
        open_on_enter: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(
            None,
            columns if columns is not None else task_columns(),
            row_key=lambda row: row.id,
            empty_text=empty_text if empty_text is not None else t("ui.tasks.empty"),
            name=name,
            id=id,
            classes=classes,
        )
        self._filter = filter
        self.open_on_enter = open_on_enter

    # ----------------------------------------------------------------- query

    @property
    def filter(self) -> TaskFilter | None:
        return self._filter

    @filter.setter
    def filter(self, value: TaskFilter | None) -> None:
        self._filter = value
        if self.is_mounted:
            self.set_source(self.make_source())

    def make_source(self) -> TaskSource:
        return TaskSource(self.store, self._filter, self.today, self.soon_days)

    def refresh_data(self) -> None:
        # A new source (the day may have rolled over) but the same window and cursor.
        if self.is_mounted:
            self.source = self.make_source()
        super().refresh_data()

    # ----------------------------------------------------------------- triage

    def _undo_key(self) -> str:
        return key_for("tasks.undo", self.keymap)

    def _current(self) -> TaskRow | None:
        row = self.cursor_row
        if row is None:
            self.app.bell()
        return row

    def action_select(self) -> None:
        if not self.open_on_enter:
            super().action_select()
            return
        row = self._current()
        if row is not None:
            self.post_message(OpenDirective(row.directive_id, row.id))

    def action_set_status(self, value: str) -> None:
        row = self._row_to_change()
        if row is None:
            return
        status = Status(value)
        today = self.today
        if status is Status.DONE:
            def done(result: tuple[date, str | None] | None) -> None:
                if result is not None:
                    on, note = result
                    self._write(
                        lambda store: store.set_status(row.id, Status.DONE, today=today,
                                                       note=note, on=on,
                                                       if_version=row.version),
                        "status", self._status_words(
                            row, Status.DONE,
                            t("ui.triage.done_on", date=fmt_date(on), undo=self._undo_key())))

            from tui_tracker.ui.tasks.dialogs import DoneDialog  # with the first use

            self.app.push_screen(DoneDialog(row, today), done)
            return
        if row.status == status:
            self.notify(t("ui.triage.already", status=status_label(status)), markup=False)
            return
        self._write(
            lambda store: store.set_status(row.id, status, today=today, if_version=row.version),
            "status", self._status_words(row, status, t("ui.triage.status_set",
                                                        status=status_label(status),
                                                        undo=self._undo_key())))

    def _status_words(self, before: TaskRow, status: Status,
                      said: str) -> Callable[[TaskRow], str]:
        """What a status change says once written: `said`, or for a recurring duty that
        went on to its next period (it is "to do" again), that period's deadline."""
        def words(after: TaskRow) -> str:
            if after.status != status and after.due_on != before.due_on:
                return t("ui.triage.next_period", status=status_label(status),
                         due=fmt_date(before.due_on), next=fmt_date(after.due_on),
                         undo=self._undo_key())
            return said

        return words

    def action_note(self) -> None:
        row = self._row_to_change()
        if row is None:
            return
        today = self.today

        def noted(note: str | None) -> None:
            if note:
                self._write(
                    lambda store: store.add_note(row.id, note, today=today,
                                                 if_version=row.version),
                    "note", t("ui.triage.noted"))

        from tui_tracker.ui.tasks.dialogs import NoteDialog

        self.app.push_screen(NoteDialog(row), noted)

    def action_extend(self) -> None:
        row = self._row_to_change()
        if row is None:
            return
        today = self.today

        from tui_tracker.ui.tasks.dialogs import ExtendDialog, Refusal

        def extended(result: tuple[date, str, date] | Refusal | None) -> None:
            if result is None:
                return
            if isinstance(result, Refusal):  # the agency's request is not granted
                refusal = result.reason
                self._write(
                    lambda store: store.refuse_extension(row.id, reason=refusal, today=today,
                                                         if_version=row.version),
                    "refuse", t("ui.triage.refused", undo=self._undo_key()))
                return
            new_due, reason, decided = result
            self._write(
                lambda store: store.extend(row.id, new_due, reason=reason, today=today,
                                           if_version=row.version, on=decided),
                "extend", t("ui.triage.extended", date=fmt_date(new_due),
                                            undo=self._undo_key()))

        self.app.push_screen(ExtendDialog(row, today), extended)

    def action_undo(self) -> None:
        """`u`: this session's newest change, wherever it was made (the app undoes it)."""
        self.post_message(undo_stack.UndoNewest())

    def action_history(self) -> None:
        row = self._current()
        if row is None:
            return
        from tui_tracker.ui.tasks.history import HistoryScreen

        self.app.push_screen(HistoryScreen(row))

    def _row_to_change(self) -> TaskRow | None:
        """The highlighted task, when there is one and the database may be written."""
        if self._refused_read_only():
            return None
        return self._current()

    def _refused_read_only(self) -> bool:
        """On a database this user may only read, a triage key says so instead of
        opening a dialog whose change could only fail."""
        if not self.store.read_only:
            return False
        self.notify(t("storeops.ui.read_only_key"), severity="warning", markup=False)
        return True

    def _write(self, change: Callable[[Store], TaskRow], action: str,
               detail: str | Callable[[TaskRow], str]) -> None:
        """Make `change` in a worker; `detail`: what to say after it (or how to say it from
        the task as written)."""
        self._run_write(self.store, change, action, detail)

    @work(thread=True, exit_on_error=False, group="triage")
    def _run_write(self, store: Store, change: Callable[[Store], TaskRow], action: str,
                   detail: str | Callable[[TaskRow], str]) -> None:
        try:
            row = change(store)
        except Exception as error:  # shown to the user, never fatal
            self.post_message(self._Refused(error))
        else:
            said = detail(row) if callable(detail) else detail
            self.post_message(self._Written(row, action, said))

    def on_task_list__written(self, message: TaskList._Written) -> None:
        message.stop()
        row = message.row
        app: Any = self.app
        if message.action in ("status", "extend", "refuse"):  # what `u` takes back
            undo_stack.push(app, "task", row.id)
        summary = clean_cell(row.summary)
        summary = summary if len(summary) <= 50 else summary[:49] + "…"
        self.notify(message.detail, title=summary, markup=False)
        self.post_message(self.TaskChanged(self, row, message.action))
        self.post_message(DataWritten(row.id))

    def on_task_list__refused(self, message: TaskList._Refused) -> None:
        message.stop()
        error = message.error
        if isinstance(error, ConflictError):
            from tui_tracker.ui.tasks.dialogs import ConflictDialog

            self.app.push_screen(ConflictDialog(error))
            self.refresh_data()
            return
        if isinstance(error, TrackerError):
            self.notify(error.message, severity="warning", markup=False)
        else:
            self.notify(t("ui.error.unexpected", error=type(error).__name__),
                        severity="error", markup=False)
