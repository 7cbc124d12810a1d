"""The dialog that corrects one parsed directive: its lead, coordinating agencies, due date."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Static

from tui_tracker.dates import parse_optional_date
from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.model import ParsedDirective
from tui_tracker.text import fold
from tui_tracker.ui.bindings import CatalogBindings, bindings, key_for
from tui_tracker.ui.dialogs.corrections import typed_deadline
from tui_tracker.ui.dialogs.discard import KeepsTypedWork
from tui_tracker.ui.formatting import clean, error_text, fmt_date, literal
from tui_tracker.ui.screens.import_review.agency_edits import (
    DirectiveEdit,
    coordinators_text,
    leads_text,
    read_edit,
)
from tui_tracker.ui.widgets.quiet_input import QuietInput


class AgencySuggester(Suggester):
    """Completes the agency being typed (the last one of a list) from the known names."""

    def __init__(self, *, several: bool) -> None:
        super().__init__(use_cache=True, case_sensitive=True)
        self.several = several
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            from tui_tracker.agencies import GROUP_ADDRESSEES, SEED_AGENCIES

            self._names = [name for name, _ in SEED_AGENCIES] + list(GROUP_ADDRESSEES)
        return self._names

    async def get_suggestion(self, value: str) -> str | None:
        cut = max(value.rfind(","), value.rfind(";")) if self.several else -1
        head, sep, last = (value[:cut], value[cut], value[cut + 1:]) if cut >= 0 \
            else ("", "", value)
        typed = last.lstrip()
        if len(typed) < 2:
            return None
        folded = fold(typed)
        try:
            names = self.names()
        except Exception:  # a suggestion is a convenience: never let it break typing
            return None
        for name in names:
            if fold(name).startswith(folded) and len(name) > len(typed):
                lead_space = last[: len(last) - len(typed)]
                return f"{head}{sep}{lead_space}{name}"
        return None


class EditDirectiveScreen(KeepsTypedWork, CatalogBindings, ModalScreen[DirectiveEdit | None]):
    """Correct the lead, the coordinating agencies and the due date of one directive."""

    BINDINGS = bindings("dialog")  # ctrl+s submit, Esc cancel (ids dialog.submit/cancel)

    DEFAULT_CLASSES = "dialog"  # the box, title, labels and error line: app.tcss
    CSS_PATH = "directive_dialog.tcss"  # its rules, beside it

    def __init__(self, directive: ParsedDirective, notice_day: date | None = None) -> None:
        super().__init__()
        self.directive = directive
        self.notice_day = notice_day  # a typed phrase's relative dates count from it

    def compose(self) -> ComposeResult:
        d = self.directive
        deadline = d.deadline
        with Vertical():
            yield Static(literal(t("ui.import.edit.title", ref=d.ref)), id="edit-title",
                         classes="title")
            yield Static(literal(d.heading or d.text), id="edit-text", shrink=True)
            yield Label(t("importui.edit.leads"))
            # Every lead: co-subjects ("Sở X và Công an tỉnh chủ trì") all lead.
            yield QuietInput(value=leads_text(d), id="edit-lead", compact=True,
                              suggester=AgencySuggester(several=True))
            yield Label(t("importui.edit.coordinate"))
            yield QuietInput(value=coordinators_text(d), id="edit-coordinate", compact=True,
                              suggester=AgencySuggester(several=True))
            yield Label(t("ui.import.edit.due"))
            if deadline is not None:
                yield Static(literal(t("ui.import.edit.phrase", phrase=clean(deadline.text))),
                             id="edit-phrase")
            due = deadline.due_on if deadline else None
            yield QuietInput(value=fmt_date(due) if due else "", id="edit-due", compact=True)
            yield Static("", id="edit-error", classes="error")
            with Horizontal():
                keymap = getattr(self.app, "keymap_ids", None)
                yield Button(f"{t('ui.import.edit.ok')} ({key_for('dialog.submit', keymap)})",
                             id="edit-ok",
                             variant="primary", compact=True)
                yield Button(f"{t('ui.import.edit.cancel')} ({key_for('dialog.cancel', keymap)})",
                             id="edit-cancel",
                             compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit-lead", Input).focus()
        self.remember_fields()

    @on(Input.Submitted)
    @on(Button.Pressed, "#edit-ok")
    def action_submit(self) -> None:
        error = self.query_one("#edit-error", Static)
        due_input = self.query_one("#edit-due", Input)
        deadline = None
        try:
            try:
                due = parse_optional_date(due_input.value)
            except UsageError:
                if not any(ch.isalpha() for ch in due_input.value):
                    raise  # a date mistyped ("31/02/2026"): the date's own sentence
                # Words: a phrase ("trước ngày 30/6/2026", "trong quý III/2026"), read by
                # the parser's one rule, as a correction after import is.
                deadline = typed_deadline(due_input.value, self.notice_day)
                due = deadline.due_on
        except Exception as exc:  # BadInputError: one sentence for the user
            error.update(literal(error_text(exc)))
            due_input.focus()
            return
        self.dismiss(read_edit(self.query_one("#edit-lead", Input).value,
                               self.query_one("#edit-coordinate", Input).value, due, deadline))

    @on(Button.Pressed, "#edit-cancel")
    def action_cancel(self) -> None:
        self.cancel_asking(lambda: self.dismiss(None))


