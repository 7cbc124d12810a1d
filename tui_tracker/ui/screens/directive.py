"""One directive: its full text, its deadline, every assignment, and the history of a task.

The top pane holds the directive as written (literally: imported text is data), the deadline
phrase, the date it resolves to and its kind, and every extension (original → new date).
The assignments are a TaskList, so the triage keys (1–6, n, e, u) work here as on the home
screen; the pane under (beside, on a wide terminal) it shows the history of the highlighted
task: when, who, what changed from → to, and the note. Every store call runs in a thread
worker; DataChanged refreshes the texts and the history while the cursor stays put.
"""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from tui_tracker.i18n import t
from tui_tracker.model import Role
from tui_tracker.ui.bindings import bindings
from tui_tracker.ui.dialogs.corrections import (
    AssignDialog,
    ConfirmDialog,
    EditDirectiveDialog,
    typed_deadline,
)
from tui_tracker.ui.dialogs.literal_text import LiteralTextScreen
from tui_tracker.ui.formatting import (
    clean,
    field_lines,
    fit_agency_name,
    fmt_date,
    fmt_timestamp,
    literal,
)
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.screens.correcting import Correcting
from tui_tracker.ui.tasks.history import history_change
from tui_tracker.ui.tasks.labels import countdown_label, status_label, urgency_style
from tui_tracker.ui.tasks.task_list import TaskList
from tui_tracker.ui.widgets.virtual_table import Column, VirtualTable


def assignment_columns() -> list[Column]:
    """Agency, role, status, due date and countdown: all visible at 80 columns."""
    return [
        Column("agency", t("ui.col.agency"), lambda r: r.agency, ratio=1, min_width=12,
               fit=lambda r, w: fit_agency_name(r.agency, w)),
        Column("role", t("ui.col.role"), lambda r: t(f"role.{r.role}"), width=10,
               style=lambda r: None if r.role == Role.LEAD else "muted"),
        Column("status", t("ui.col.status"), lambda r: status_label(r.status), width=14),
        Column("due", t("ui.col.due"), lambda r: fmt_date(r.due_on), width=10),
        # 17: "1234 days overdue", "quá hạn 1234 ngày" whole.
        Column("days", t("ui.col.days"), countdown_label, width=17, style=urgency_style),
    ]


def history_lines(entries: list[Any]) -> Table | Content:
    """One row per change: when, who, what (from → to, note), oldest first like the store."""
    if not entries:
        return literal(t("ui.directive.history_empty"))
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(style="italic", no_wrap=True)
    table.add_column(overflow="fold")
    for entry in entries:
        change = Text(history_change(entry))
        if entry.note:
            change.append(f"  “{clean(entry.note)}”", style="italic")
        table.add_row(Text(fmt_timestamp(entry.at)), Text(clean(entry.user)), change)
    return table


class DirectiveScreen(Correcting, TrackerScreen):
    """A directive with its assignments (triage keys work) and a task's history.

    Corrections (E edit leads/coordinators/deadline, A add an agency, X remove the
    highlighted one, D delete the directive) are undone with u like any change."""

    BINDINGS = bindings("directive")  # o: the full text

    CSS_PATH = "directive.tcss"  # its rules, beside it

    class Loaded(Message):
        def __init__(self, directive: Any) -> None:
            super().__init__()
            self.directive = directive

    class HistoryLoaded(Message):
        def __init__(self, task: Any, entries: list[Any]) -> None:
            super().__init__()
            self.task = task
            self.entries = entries

    def __init__(self, directive_id: int, task_id: int | None = None) -> None:
        super().__init__()
        self.directive_id = directive_id
        self.task_id = task_id  # the task to put the cursor on, when opened from a task
        self.directive: Any = None
        self.history_task: Any = None

    def compose(self) -> ComposeResult:
        from tui_tracker.store import TaskFilter

        yield Static(literal(t("ui.common.loading")), classes="screen-title",
                     id="directive-title")
        with VerticalScroll(id="directive-info"):
            yield Static("", id="directive-info-body")
        with Horizontal(id="directive-body"):
            with Vertical(id="directive-tasks-pane"):
                yield Static("", classes="section-title", id="directive-tasks-title")
                # Enter would open this very directive again: it stays a plain selection.
                yield TaskList(TaskFilter(directive_id=self.directive_id),
                               columns=assignment_columns(), open_on_enter=False,
                               id="directive-tasks")
            with Vertical(id="directive-history-pane"):
                yield Static(literal(t("ui.directive.history", agency="")),
                             classes="section-title", id="directive-history-title")
                with VerticalScroll(id="directive-history"):
                    yield Static(literal(t("ui.directive.history_none")),
                                 id="directive-history-body")
        yield Footer()

    @property
    def tasks(self) -> TaskList:
        return self.query_one("#directive-tasks", TaskList)

    def on_mount(self) -> None:
        self.title = t("ui.directive.heading_title")
        self.tasks.focus()

    # -- loading ---------------------------------------------------------------------------

    def refresh_view(self, *, tables: bool) -> None:
        self._load_directive()
        if tables:
            self.tasks.refresh_data()
        if self.history_task is not None:
            self._load_history(self.history_task)

    @work(thread=True, exclusive=True, exit_on_error=False, group="directive")
    def _load_directive(self) -> None:
        directive = self.store.get_directive(self.directive_id, today=self.today)
        if not get_current_worker().is_cancelled:
            self.post_message(self.Loaded(directive))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        d = self.directive = message.directive
        notice = clean(d.notice_number) or t("ui.notices.no_number")
        self.query_one("#directive-title", Static).update(
            literal(t("ui.directive.title", ref=clean(d.ref), notice=notice)))
        kind = None
        if d.deadline_kind:
            kind_key = f"ui.directive.kind.{d.deadline_kind}"
            kind = t(kind_key) if t(kind_key) != kind_key else d.deadline_kind
        extensions = [
            t("ui.directive.extended_value", agency=clean(task.agency),
              original=fmt_date(task.original_due_on), due=fmt_date(task.due_on))
            for task in d.tasks
            if task.original_due_on is not None and task.due_on != task.original_due_on
        ]
        info = field_lines([
            (t("ui.directive.heading"), d.heading),
            (t("ui.directive.section"), d.section),
            (t("ui.directive.deadline"), d.deadline_text or t("ui.directive.no_deadline")),
            (t("ui.directive.due"), fmt_date(d.due_on) if d.due_on else None),
            (t("ui.directive.kind"), kind),
            (t("ui.directive.extended"), "\n".join(extensions) or None),
            (t("ui.directive.related"),
             t("ui.directive.related_value") if d.with_related else None),
        ])
        body = Group(info, Text(""), Text(clean(d.text))) if info.row_count else literal(d.text)
        self.query_one("#directive-info-body", Static).update(body)
        self.query_one("#directive-tasks-title", Static).update(
            literal(t("ui.directive.tasks", count=len(d.tasks))))

    @on(VirtualTable.DataLoaded, "#directive-tasks")
    def _tasks_loaded(self, event: VirtualTable.DataLoaded) -> None:
        # Opened from a task (the countdown, an agency): put the cursor on it, once.
        if self.task_id is None:
            return
        wanted, self.task_id = self.task_id, None
        for index in range(event.count):
            row = self.tasks.get_cached_row(index)
            if row is not None and row.id == wanted:
                self.tasks.move_cursor(index)
                return

    @on(VirtualTable.RowHighlighted, "#directive-tasks")
    def _task_highlighted(self, event: VirtualTable.RowHighlighted) -> None:
        self.history_task = event.row
        self.query_one("#directive-history-title", Static).update(
            literal(t("ui.directive.history", agency=clean(event.row.agency))))
        self._load_history(event.row)

    @on(TaskList.TaskChanged, "#directive-tasks")
    def _task_changed(self, event: TaskList.TaskChanged) -> None:
        self._load_history(event.row)

    @work(thread=True, exclusive=True, exit_on_error=False, group="directive-history")
    def _load_history(self, task: Any) -> None:
        entries = self.store.history(task.id)
        if not get_current_worker().is_cancelled:
            self.post_message(self.HistoryLoaded(task, entries))

    @on(HistoryLoaded)
    def _history_loaded(self, message: HistoryLoaded) -> None:
        if self.history_task is None or message.task.id != self.history_task.id:
            return  # the cursor moved on meanwhile
        scroll = self.query_one("#directive-history", VerticalScroll)
        at_end = scroll.scroll_y >= scroll.max_scroll_y
        self.query_one("#directive-history-body", Static).update(
            history_lines(message.entries))
        if at_end:
            # The newest change is the one people look for: keep it in view.
            scroll.call_after_refresh(scroll.scroll_end, animate=False)

    # -- actions ---------------------------------------------------------------------------

    def action_full_text(self) -> None:
        if self.directive is None:
            return
        d = self.directive
        text = f"{d.ref}. {d.heading}\n\n{d.text}" if d.heading else d.text
        self.app.push_screen(LiteralTextScreen(t("ui.directive.text_title", ref=d.ref), text))

    # -- corrections -----------------------------------------------------------------------

    def action_edit_directive(self) -> None:
        if self.directive is None:
            return
        directive_id = self.directive_id

        def save(values: dict[str, Any]) -> int:
            phrase = values.pop("deadline_text", None)
            if phrase:
                # Read by the parser's own rule before the store sees it (as the CLI does).
                values["deadline"] = typed_deadline(phrase, self.store.deadline_day(directive_id))
            return int(self.store.edit_directive(directive_id, **values))

        def saved(change: int | None) -> None:
            if change is not None:
                self.corrected(change, t("corrections.ui.detail.edit", ref=self.directive.ref))

        self.app.push_screen(EditDirectiveDialog(self.directive, save), saved)

    def action_assign(self) -> None:
        if self.directive is None:
            return
        directive_id = self.directive_id

        def save(values: dict[str, Any]) -> int:
            return int(self.store.assign(directive_id, values["agency"], values["role"])[0])

        def saved(change: int | None) -> None:
            if change is not None:
                self.corrected(change, t("corrections.ui.detail.assign", ref=self.directive.ref))

        self.app.push_screen(AssignDialog(self.directive, save), saved)

    def action_unassign(self) -> None:
        row = self.tasks.cursor_row
        if row is None:
            self.app.bell()
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.run_correction(
                    lambda store: store.unassign(row.id, if_version=row.version),
                    t("corrections.ui.detail.unassign", agency=clean(row.agency)))

        self.app.push_screen(ConfirmDialog(
            t("corrections.ui.unassign_title"),
            t("corrections.ui.unassign_body", agency=clean(row.agency),
              role=t(f"role.{row.role}"))), confirmed)

    def action_delete_directive(self) -> None:
        if self.directive is None:
            return
        d = self.directive
        directive_id = self.directive_id

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.run_correction(lambda store: store.delete_directive(directive_id),
                                    t("corrections.ui.detail.delete", ref=d.ref), closes=True)

        self.app.push_screen(ConfirmDialog(
            t("corrections.ui.delete_title"),
            t("corrections.ui.delete_body", ref=clean(d.ref), tasks=len(d.tasks))), confirmed)
