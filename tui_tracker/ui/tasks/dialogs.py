"""Triage dialogs opened by TaskList: done, note, extension, conflict.

Each is a ModalScreen that dismisses with its result (None when cancelled):

    DoneDialog(task, today)     -> (completed_on: date, note: str | None)   default today
    NoteDialog(task)            -> str
    ExtendDialog(task, today)   -> (new_due: date, reason: str, decided_on: date)  default today
    ConflictDialog(error)       -> None   (who changed the task, when, and its state now)

Enter in any field (or Ctrl+S) saves, Esc cancels. Dates are read by the core's
`tui_tracker.dates` (d/m/yyyy with slashes, dashes or dots, or yyyy-mm-dd), as on the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui_tracker.dates import parse_user_date
from tui_tracker.errors import ConflictError, UsageError
from tui_tracker.i18n import t
from tui_tracker.ui.access import TrackerAccess
from tui_tracker.ui.bindings import CatalogBindings, bindings, dialog_hint, key_for
from tui_tracker.ui.dialogs.discard import KeepsTypedWork
from tui_tracker.ui.formatting import clean_cell, fmt_date, fmt_timestamp
from tui_tracker.ui.tasks.labels import countdown_label, notice_label, status_label
from tui_tracker.ui.widgets.quiet_input import labelled_field

if TYPE_CHECKING:
    from tui_tracker.store import TaskRow


def required_date(text: str) -> date:
    """The date a dialog cannot do without, read by the core's `parse_user_date`; a missing
    one raises UsageError with the dialog's own sentence, an invalid one the parser's."""
    if not text.strip():
        raise UsageError(t("ui.triage.date_required"))
    return parse_user_date(text)


def task_heading(task: TaskRow) -> Content:
    """Two lines naming the task: `TB 123 · 3.d — Sở KH&CN` and its summary, literally."""
    first = Content.assemble((notice_label(task), "bold"), " — ", clean_cell(task.agency))
    return Content("\n").join([first, Content(clean_cell(task.summary))])


class Dialog(KeepsTypedWork, TrackerAccess, CatalogBindings, ModalScreen[Any]):
    """A small form: title, the task, fields, an error line, a hint. Esc asks before it
    throws away what was typed in its fields (KeepsTypedWork)."""

    BINDINGS = bindings("dialog")
    DEFAULT_CLASSES = "dialog"  # its look: app.tcss

    title_key = ""

    def __init__(self, task: TaskRow | None = None) -> None:
        super().__init__()
        self.task_row = task

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(t(self.title_key)), classes="title")
            if self.task_row is not None:
                yield Static(task_heading(self.task_row), classes="task")
            yield from self.fields()
            yield Static("", classes="error", id="error")
            yield Static(Content(dialog_hint(self.app)), classes="hint")

    def fields(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        inputs = self.query(Input)
        if inputs:
            inputs.first().focus()
        self.remember_fields()

    def show_error(self, text: str) -> None:
        self.query_one("#error", Static).update(Content(text))

    def value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        # Each dialog overrides this to read its fields and dismiss with its result;
        # a dialog that has nothing to submit simply closes.
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.cancel_asking(lambda: self.dismiss(None))


class DatedDialog(Dialog):
    """A dialog about a task that judges dates against the reference day it opened on."""

    def __init__(self, task: TaskRow, today: date) -> None:
        super().__init__(task)
        self.day = today

    def date_in(self, field_id: str) -> date | None:
        """The required date typed in a field; None (the reason shown) when there is none."""
        try:
            return required_date(self.value(field_id))
        except UsageError as error:
            self.show_error(error.message)
            return None


class DoneDialog(DatedDialog):
    title_key = "ui.triage.done_title"

    def fields(self) -> ComposeResult:
        yield from labelled_field(t("ui.triage.field.completed_on"), fmt_date(self.day),
                                  id="completed_on")
        yield from labelled_field(t("ui.triage.field.note"), id="note")

    def action_submit(self) -> None:
        on_day = self.date_in("completed_on")
        if on_day is None:
            return
        if on_day > self.day:
            self.show_error(t("ui.triage.future_date", today=fmt_date(self.day)))
            return
        self.dismiss((on_day, self.value("note").strip() or None))


class NoteDialog(Dialog):
    title_key = "ui.triage.note_title"

    def fields(self) -> ComposeResult:
        yield from labelled_field(t("ui.triage.field.note_required"), id="note")

    def action_submit(self) -> None:
        note = self.value("note").strip()
        if not note:
            self.show_error(t("ui.triage.note_required"))
            return
        self.dismiss(note)


@dataclass(frozen=True)
class Refusal:
    """What ExtendDialog returns when the agency's request is refused (Ctrl+R)."""

    reason: str


class ExtendDialog(DatedDialog):
    """Move the deadline; when the task's agency asked for an extension, the day it asked
    for is offered, and Ctrl+R refuses the request instead (dismissed with a Refusal:
    the deadline stays)."""

    title_key = "ui.triage.extend_title"
    BINDINGS = [*DatedDialog.BINDINGS, *bindings("extend")]

    def __init__(self, task: TaskRow, today: date) -> None:
        super().__init__(task, today)
        self._suggested_reason = ""
        self._request: dict[str, Any] | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "refuse":
            return self._request is not None  # only when there is a request to refuse
        return super().check_action(action, parameters)

    def fields(self) -> ComposeResult:
        task = self.task_row
        assert task is not None
        current = fmt_date(task.due_on, empty=t("ui.triage.no_due"))
        yield Static(Content(t("ui.triage.current_due", due=current)), classes="hint")
        if task.original_due_on and task.original_due_on != task.due_on:
            yield Static(Content(t("ui.triage.original_due", due=fmt_date(task.original_due_on))),
                         classes="hint")
        new_due, reason = fmt_date(task.due_on, empty=""), ""
        request = self._request = self._extension_request(task)
        if request is not None:
            # The agency asked for it in a report letter: the day asked for is offered.
            asked = date.fromisoformat(request["requested_due"]) \
                if request["requested_due"] else None
            yield Static(Content(t("replies.ui.extension_asked", due=fmt_date(asked),
                                   evidence=request["evidence"])), classes="hint")
            yield Static(Content(t("ui.triage.refuse_hint", key=key_for(
                "extend.refuse", getattr(self.app, "keymap_ids", None)))), classes="hint")
            if asked is not None:
                new_due = fmt_date(asked)
                reason = t("replies.ui.extension_reason", evidence=request["evidence"])
        self._suggested_reason = reason
        yield from labelled_field(t("ui.triage.field.new_due"), new_due, id="new_due")
        yield from labelled_field(t("ui.triage.field.reason"), reason, id="reason")
        # The day it was decided (reports as of an earlier day keep the old deadline):
        # today unless the decision came earlier and is typed in late.
        yield from labelled_field(t("ui.triage.field.decided_on"), fmt_date(self.day),
                                  id="decided_on")

    def _extension_request(self, task: TaskRow) -> dict[str, Any] | None:
        """The agency's pending extension request (the newest), if it made one."""
        if not getattr(task, "extension_requested", False):
            return None
        requests = self.store.pending_extension_requests([task.id]).get(task.id)
        return requests[-1] if requests else None

    @on(Input.Submitted, "#new_due")
    def _date_entered(self, event: Input.Submitted) -> None:
        # Enter after the date goes on to the reason (it is required).
        event.stop()
        if not self.value("reason").strip():
            self.query_one("#reason", Input).focus()
        else:
            self.action_submit()

    def action_submit(self) -> None:
        new_due = self.date_in("new_due")
        if new_due is None:
            return
        refusal = self._refusal(new_due)
        if refusal is not None:
            # Refused by the store's own rule: the dialog stays, with the typed reason.
            self.show_error(refusal)
            self.query_one("#new_due", Input).focus()
            return
        reason = self.value("reason").strip()
        if not reason:
            self.show_error(t("ui.triage.reason_required"))
            self.query_one("#reason", Input).focus()
            return
        decided = self.date_in("decided_on")
        if decided is None:
            self.query_one("#decided_on", Input).focus()
            return
        if decided > self.day:
            self.show_error(t("ui.triage.decided_in_future", today=fmt_date(self.day)))
            self.query_one("#decided_on", Input).focus()
            return
        self.dismiss((new_due, reason, decided))


    def action_refuse(self) -> None:
        """Not granted: the reason typed is the refusal's; the suggested extension reason
        is not one."""
        reason = self.value("reason").strip()
        if not reason or reason == self._suggested_reason:
            self.show_error(t("ui.triage.refusal_reason_required"))
            field = self.query_one("#reason", Input)
            field.value = ""
            field.focus()
            return
        self.dismiss(Refusal(reason))

    def _refusal(self, new_due: date) -> str | None:
        """Why the store would refuse `new_due` (the same day, or one before the current
        deadline: the UI never brings a deadline forward), in its words; None if not."""
        from tui_tracker.store.triage_rules import check_extension

        task = self.task_row
        assert task is not None
        if task.due_on == new_due:
            return t("store.same_due", due=fmt_date(new_due))
        try:
            check_extension(task.id, task.due_on.isoformat() if task.due_on else None,
                            new_due, earlier=False)
        except UsageError as error:
            return error.message
        return None


class ConflictDialog(Dialog):
    """Someone else changed the task first: who, when, and what it looks like now."""

    title_key = "ui.conflict.title"

    def __init__(self, error: ConflictError) -> None:
        super().__init__(_current_task(error))
        self.error = error

    def fields(self) -> ComposeResult:
        error = self.error
        user = clean_cell(error.changed_by or "") or t("ui.conflict.someone")
        yield Static(Content(t("ui.conflict.body", user=user,
                                at=fmt_timestamp(error.changed_at, empty="?"))))
        current = _current_task(error)
        if current is not None:
            due = fmt_date(current.due_on, empty=t("ui.triage.no_due"))
            yield Static(Content(t("ui.conflict.now", status=status_label(current.status),
                                   due=due) + f" ({countdown_label(current)})"),
                         classes="title", id="now")

    def on_mount(self) -> None:
        self.query_one("#error", Static).display = False
        self.query_one(".hint", Static).update(Content(t("ui.key.close") + ": Enter / " + key_for(
            "dialog.cancel", self.keymap)))

    def on_key(self, event: Any) -> None:
        if event.key == "enter":
            event.stop()
            self.dismiss(None)

    def action_submit(self) -> None:
        self.dismiss(None)


def _current_task(error: ConflictError) -> TaskRow | None:
    """The task as the other session left it (the store's conflicts carry it; errors.py,
    below the store, types it `object`)."""
    from tui_tracker.store import TaskRow

    return error.current if isinstance(error.current, TaskRow) else None
