"""Dialogs that correct what an import stored.

    EditDirectiveDialog(directive, save)  leads, coordinators, deadline phrase and date
    AssignDialog(directive, save)         one more agency, lead or coordinating
    EditNoticeDialog(notice, save)        the header: number, title, issuer, dates, signer
    ConfirmDialog(title, body)            -> True (a delete: Enter or Ctrl+S confirms)

The editing dialogs call `save(values) -> change number` themselves in a thread worker,
so that a refusal from the store (an agency not in the catalogue, a deadline it cannot
read) is shown in the dialog with what was typed still there; they dismiss with the
change number once saved. Lists of agencies are written "A; B; C": EVERY lead and
coordinator is in the field, none is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, Static

from tui_tracker.dates import parse_optional_date
from tui_tracker.errors import BadInputError, TrackerError
from tui_tracker.i18n import t
from tui_tracker.model import Deadline
from tui_tracker.ui.formatting import clean_cell, error_text, fmt_date
from tui_tracker.ui.tasks.dialogs import Dialog
from tui_tracker.ui.widgets.quiet_input import QuietInput

Save = Callable[[dict[str, Any]], int]


def typed_deadline(phrase: str, notice_day: date | None) -> Deadline:
    """A deadline phrase typed in the correction dialog, read exactly as the parser reads
    the notice's own (parsing.deadlines.read_deadline: the command line's edit-directive
    does the same); BadInputError when it names no deadline."""
    from tui_tracker.parsing.deadlines import read_deadline

    found = read_deadline(phrase, issued_on=notice_day)
    if found is None:
        raise BadInputError(t("corrections.deadline_unreadable", phrase=" ".join(phrase.split())))
    return found


def agency_list(text: str) -> list[str]:
    """'A; B' (or one per comma-free line) as names."""
    return [name.strip() for name in text.split(";") if name.strip()]


class _SavingDialog(Dialog):
    """A dialog whose submit saves through `save` and stays open on a refusal."""

    class _Saved(Message):
        def __init__(self, change: int) -> None:
            super().__init__()
            self.change = change

    class _Failed(Message):
        def __init__(self, error: BaseException) -> None:
            super().__init__()
            self.error = error

    # Each dialog below defines `values()`: what to save, or None after it has shown
    # an error (declared here so `action_submit` is typed; no default exists).
    values: Callable[[], dict[str, Any] | None]

    def __init__(self, save: Save) -> None:
        super().__init__(None)
        self.save = save

    def action_submit(self) -> None:
        try:
            values = self.values()
        except TrackerError as error:
            self.show_error(error.message)
            return
        if values is None:
            return
        self._save(values)

    @work(thread=True, exclusive=True, exit_on_error=False, group="correction")
    def _save(self, values: dict[str, Any]) -> None:
        try:
            change = self.save(values)
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never fatal
            self.post_message(self._Failed(error))
        else:
            self.post_message(self._Saved(change))

    @on(_Saved)
    def _saved(self, message: _Saved) -> None:
        self.dismiss(message.change)

    @on(_Failed)
    def _failed(self, message: _Failed) -> None:
        self.show_error(error_text(message.error))


class EditDirectiveDialog(_SavingDialog):
    title_key = "corrections.ui.edit_title"

    def __init__(self, directive: Any, save: Save) -> None:
        super().__init__(save)
        self.directive = directive
        self.leads = [task.agency for task in directive.tasks if task.role == "lead"]
        self.coordinators = [task.agency for task in directive.tasks
                             if task.role == "coordinate"]

    def fields(self) -> ComposeResult:
        d = self.directive
        yield Static(Content(clean_cell(f"{d.ref} · {d.summary}")), classes="task")
        yield Label(Content(t("corrections.ui.field.leads", count=len(self.leads))))
        yield QuietInput("; ".join(self.leads), id="leads", compact=True)
        yield Label(Content(t("corrections.ui.field.coordinators")))
        yield QuietInput("; ".join(self.coordinators), id="coordinators", compact=True)
        yield Label(Content(t("corrections.ui.field.deadline")))
        yield QuietInput(d.deadline_text or "", id="deadline", compact=True)
        yield Label(Content(t("corrections.ui.field.due")))
        yield QuietInput(fmt_date(d.due_on, empty=""), id="due", compact=True)
        yield Label(Content(t("corrections.ui.field.note")))
        yield QuietInput("", id="note", compact=True)

    def values(self) -> dict[str, Any] | None:
        d = self.directive
        leads = agency_list(self.value("leads"))
        coordinators = agency_list(self.value("coordinators"))
        phrase = " ".join(self.value("deadline").split())
        due = parse_optional_date(self.value("due"))
        values: dict[str, Any] = {"note": self.value("note").strip() or None}
        if leads != self.leads:
            if not leads:
                self.show_error(t("corrections.lead_required"))
                return None
            values["leads"] = leads
        if coordinators != self.coordinators:
            values["coordinators"] = coordinators
        if phrase != (d.deadline_text or "") and phrase:
            values["deadline_text"] = phrase
        if due != d.due_on and due is not None:
            values["due_on"] = due
        if len(values) == 1:
            self.show_error(t("corrections.nothing_changed"))
            return None
        return values


class AssignDialog(_SavingDialog):
    title_key = "corrections.ui.assign_title"

    def __init__(self, directive: Any, save: Save) -> None:
        super().__init__(save)
        self.directive = directive

    def fields(self) -> ComposeResult:
        d = self.directive
        yield Static(Content(clean_cell(f"{d.ref} · {d.summary}")), classes="task")
        yield Label(Content(t("corrections.ui.field.agency")))
        yield QuietInput("", id="agency", compact=True)
        yield Label(Content(t("corrections.ui.field.role")))
        yield QuietInput(t("role.coordinate"), id="role", compact=True)

    def values(self) -> dict[str, Any] | None:
        from tui_tracker.text import fold

        agency = self.value("agency").strip()
        if not agency:
            self.show_error(t("corrections.agency_empty"))
            return None
        word = fold(self.value("role").strip())
        roles = {fold(t("role.lead")): "lead", "lead": "lead", "chu tri": "lead",
                 fold(t("role.coordinate")): "coordinate", "coordinate": "coordinate",
                 "phoi hop": "coordinate"}
        if word not in roles:
            self.show_error(t("corrections.cli.bad_role", role=self.value("role")))
            return None
        return {"agency": agency, "role": roles[word]}


class EditNoticeDialog(_SavingDialog):
    title_key = "corrections.ui.notice_title"
    FIELDS = ("number", "title", "issuer", "issued_on", "meeting_on", "presiding", "signer",
              "signer_title")

    CSS_PATH = "corrections.tcss"  # its rules, beside it

    def __init__(self, notice: Any, save: Save) -> None:
        super().__init__(save)
        self.notice = notice

    def _current(self, field: str) -> str:
        value = getattr(self.notice, field)
        if isinstance(value, date):
            return fmt_date(value)
        return value or ""

    def fields(self) -> ComposeResult:
        for field in self.FIELDS:
            yield Label(Content(t(f"corrections.field.{field}")))
            yield QuietInput(self._current(field), id=field, compact=True)

    def values(self) -> dict[str, Any] | None:
        changed: dict[str, Any] = {}
        for field in self.FIELDS:
            text = self.value(field)
            if text.strip() == self._current(field).strip():
                continue
            changed[field] = parse_optional_date(text) if field.endswith("_on") else text
        if not changed:
            self.show_error(t("corrections.nothing_changed"))
            return None
        return changed


class ConfirmDialog(Dialog):
    """A yes/no question before a delete: Enter or Ctrl+S confirms, Esc cancels."""

    title_key = "corrections.ui.confirm_title"

    def __init__(self, title: str, body: str) -> None:
        super().__init__(None)
        self.title_text = title
        self.body = body

    def fields(self) -> ComposeResult:
        yield Static(Content(self.body), id="confirm-body")

    def on_mount(self) -> None:
        self.query_one(".title", Static).update(Content(self.title_text))
        self.query_one(".hint", Static).update(Content(t("corrections.ui.confirm_hint")))

    def on_key(self, event: Any) -> None:
        if event.key == "enter":
            event.stop()
            self.dismiss(True)

    def action_submit(self) -> None:
        self.dismiss(True)
