"""Import a notice file from the UI: pick the file, review what the parser found, correct it,
then store it, or cancel and store nothing.

ImportScreen        a path Input with Tab completion (and a folder tree on ctrl+t); Enter reads
                    and parses the file in a thread worker. A bad file shows the one sentence
                    of the BadInputError / InvalidDateError, never a traceback.
ImportReviewScreen  the header, the warnings, one row per directive (ref, lead, coordinating
                    agencies, deadline phrase and date). Enter edits the highlighted directive
                    (EditDirectiveScreen); ctrl+s calls store.import_notice on the edited copy;
                    Esc leaves without writing anything. A dry run tells beforehand whether the
                    notice is already stored.

The parsed notice is deep-copied before any edit, and nothing touches the database except the
dry run (which writes nothing) until ctrl+s.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, DirectoryTree, Footer, Input, Label, Static
from textual.worker import get_current_worker

from tui_tracker.dates import parse_optional_date
from tui_tracker.i18n import t, tn
from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.text import fold
from tui_tracker.ui.bindings import CatalogBindings, bindings, key_for
from tui_tracker.ui.dialogs.literal_text import LiteralTextScreen
from tui_tracker.ui.formatting import (
    clean,
    doc_type_name,
    error_text,
    field_lines,
    fmt_date,
    literal,
)
from tui_tracker.ui.messages import DataWritten, OpenNotice
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable

# ---------------------------------------------------------------------------------------
# Paths: completion for the path Input
# ---------------------------------------------------------------------------------------


def path_candidates(value: str, limit: int = 200) -> list[str]:
    """Entries of the folder named by `value` whose name starts with its last part.

    Returned as the text the Input should hold (folders end with "/"); hidden entries only
    when the user started typing a dot."""
    if value == "~":
        return ["~" + os.sep]
    expanded = os.path.expanduser(value) if value else ""
    folder, _, stem = expanded.rpartition(os.sep)
    folder_text = value[: len(value) - len(stem)]  # keep "~/" as typed
    base = folder or (os.sep if expanded.startswith(os.sep) else ".")
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError:
        return []
    out: list[str] = []
    for entry in entries:
        if not entry.name.startswith(stem) or (entry.name.startswith(".") and
                                               not stem.startswith(".")):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        out.append(folder_text + entry.name + (os.sep if is_dir else ""))
        if len(out) >= limit:
            break
    return out


def complete_path(value: str) -> tuple[str, list[str]]:
    """The longest unambiguous completion of `value` and the candidates it chose from."""
    candidates = path_candidates(value)
    if not candidates:
        return value, []
    common = os.path.commonprefix(candidates)
    return (common if len(common) > len(value) else value), candidates


class PathSuggester(Suggester):
    """Grey completion after the cursor (accepted with → or Tab)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        completed, _ = complete_path(value)
        return completed if completed != value else None


class PathInput(CatalogBindings, Input):
    """An Input for a file path where Tab completes as in a shell."""

    BINDINGS = [b for b in bindings("import") if b.id == "import.complete"]  # Tab completes

    class Candidates(Message):
        """Tab found several possible completions."""

        def __init__(self, candidates: list[str]) -> None:
            super().__init__()
            self.candidates = candidates

    def action_complete(self) -> None:
        completed, candidates = complete_path(self.value)
        if completed != self.value:
            self.value = completed
            self.cursor_position = len(completed)
        elif len(candidates) != 1:
            # Nothing more to add: show the choices (or that there are none).
            self.post_message(self.Candidates(candidates))
        else:
            self.screen.focus_next()


class FileTree(DirectoryTree):
    """A DirectoryTree without emoji icons (their width varies over SSH) or hidden files."""

    ICON_NODE_EXPANDED = "▾ "
    ICON_NODE = "▸ "
    ICON_FILE = "  "

    def filter_paths(self, paths: Any) -> list[Path]:
        return [p for p in paths if not p.name.startswith(".")]


def plain_input(**kwargs: Any) -> Input:
    """An Input that does not blink (a blinking cursor keeps an SSH link busy)."""
    widget = Input(**kwargs)
    widget.cursor_blink = False
    return widget


# ---------------------------------------------------------------------------------------
# Editing a directive
# ---------------------------------------------------------------------------------------

# "các cơ quan liên quan", "các cơ quan, đơn vị liên quan", "các đơn vị liên quan" are a marker
# (ParsedDirective.with_related), not an agency.
_RELATED = re.compile(r"^cac (co quan|don vi|ban, nganh|so, nganh)\b.*\blien quan$")
RELATED_MARKER = "các cơ quan liên quan"


@cache
def _agency_tables() -> tuple[set[str], set[str]]:
    """Keys of every known agency name and alias, and of the group addressees (with theirs)."""
    from tui_tracker.agencies import GROUP_ADDRESSEES, SEED_AGENCIES, agency_key

    known = {agency_key(name) for name, _ in SEED_AGENCIES}
    known |= {agency_key(alias) for _, aliases in SEED_AGENCIES for alias in aliases}
    groups = {agency_key(name) for name in GROUP_ADDRESSEES}
    if isinstance(GROUP_ADDRESSEES, dict):
        groups |= {agency_key(alias) for aliases in GROUP_ADDRESSEES.values()
                   for alias in aliases}
    return known | groups, groups


def is_related_marker(text: str) -> bool:
    return bool(_RELATED.match(fold(text)))


def split_agencies(text: str) -> list[str]:
    """Agencies typed as a list: "Sở Y tế, Sở Văn hóa, Thể thao và Du lịch".

    Names themselves may hold commas, so consecutive pieces are joined again when together
    they name a known agency, group or the related-agencies marker. A semicolon, when
    present, is the only separator."""
    from tui_tracker.agencies import agency_key

    pieces = [p.strip() for p in re.split(";" if ";" in text else ",", text)]
    pieces = [p for p in pieces if p]
    known, _ = _agency_tables()
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            name = ", ".join(pieces[i:j])
            if j == i + 1 or agency_key(name) in known or is_related_marker(name):
                out.append(name)
                i = j
                break
    return out


@dataclass
class DirectiveEdit:
    """What the user typed in the edit dialog, checked."""

    lead: str
    coordinators: list[str]
    with_related: bool
    due_on: date | None


def apply_edit(directive: ParsedDirective, edit: DirectiveEdit) -> None:
    """Change the lead, the coordinating agencies and the due date of a parsed directive."""
    from tui_tracker.agencies import agency_key, canonical_agency

    _, groups = _agency_tables()
    assignments: list[Assignment] = []
    seen: set[str] = set()

    def add(name: str, role: Role) -> None:
        name = canonical_agency(name.strip())
        key = agency_key(name)
        if not name or key in seen:
            return
        seen.add(key)
        assignments.append(Assignment(agency=name, role=role, group=key in groups))

    if edit.lead.strip():
        add(edit.lead, Role.LEAD)
    for name in edit.coordinators:
        add(name, Role.COORDINATE)
    directive.assignments = assignments
    directive.with_related = edit.with_related
    if directive.deadline is not None:
        directive.deadline.due_on = edit.due_on
    elif edit.due_on is not None:
        # The notice gave no deadline; the official sets one: record it as a plain date.
        directive.deadline = Deadline(text=fmt_date(edit.due_on), due_on=edit.due_on,
                                      kind=DeadlineKind.DATE)


def coordinators_of(directive: ParsedDirective) -> list[str]:
    return [a.agency for a in directive.assignments if a.role == Role.COORDINATE]


def coordinators_text(directive: ParsedDirective) -> str:
    names = coordinators_of(directive)
    if directive.with_related:
        names.append(RELATED_MARKER)
    return ", ".join(names)


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
        head, sep, last = value.rpartition(",") if self.several else ("", "", value)
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


class EditDirectiveScreen(CatalogBindings, ModalScreen[DirectiveEdit | None]):
    """Correct the lead, the coordinating agencies and the due date of one directive."""

    BINDINGS = bindings("dialog")  # ctrl+s submit, Esc cancel (ids dialog.submit/cancel)

    DEFAULT_CSS = """
    EditDirectiveScreen { align: center middle; }
    EditDirectiveScreen > Vertical {
        width: 90%; max-width: 100; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    EditDirectiveScreen Label { margin-top: 1; }
    EditDirectiveScreen Input { background: $panel; }
    EditDirectiveScreen Input:focus { background: $primary 25%; }
    EditDirectiveScreen #edit-title { text-style: bold; }
    EditDirectiveScreen #edit-text { max-height: 3; color: $text-muted; }
    EditDirectiveScreen #edit-phrase { color: $text-muted; }
    EditDirectiveScreen #edit-error { color: $error; height: auto; }
    EditDirectiveScreen Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    EditDirectiveScreen Button { margin-left: 2; min-width: 10; }
    """

    def __init__(self, directive: ParsedDirective) -> None:
        super().__init__()
        self.directive = directive

    def compose(self) -> ComposeResult:
        d = self.directive
        deadline = d.deadline
        with Vertical():
            yield Static(literal(t("ui.import.edit.title", ref=d.ref)), id="edit-title")
            yield Static(literal(d.heading or d.text), id="edit-text", shrink=True)
            yield Label(t("ui.import.edit.lead"))
            yield plain_input(value=d.lead or "", id="edit-lead", compact=True,
                              suggester=AgencySuggester(several=False))
            yield Label(t("ui.import.edit.coordinate"))
            yield plain_input(value=coordinators_text(d), id="edit-coordinate", compact=True,
                              suggester=AgencySuggester(several=True))
            yield Label(t("ui.import.edit.due"))
            if deadline is not None:
                yield Static(literal(t("ui.import.edit.phrase", phrase=clean(deadline.text))),
                             id="edit-phrase")
            due = deadline.due_on if deadline else None
            yield plain_input(value=fmt_date(due) if due else "", id="edit-due", compact=True)
            yield Static("", id="edit-error")
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

    @on(Input.Submitted)
    @on(Button.Pressed, "#edit-ok")
    def action_submit(self) -> None:
        error = self.query_one("#edit-error", Static)
        due_input = self.query_one("#edit-due", Input)
        try:
            due = parse_optional_date(due_input.value)
        except Exception as exc:  # BadInputError: one sentence for the user
            error.update(literal(error_text(exc)))
            due_input.focus()
            return
        names = split_agencies(self.query_one("#edit-coordinate", Input).value)
        related = any(is_related_marker(n) for n in names)
        self.dismiss(DirectiveEdit(
            lead=self.query_one("#edit-lead", Input).value.strip(),
            coordinators=[n for n in names if not is_related_marker(n)],
            with_related=related,
            due_on=due,
        ))

    @on(Button.Pressed, "#edit-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


# ---------------------------------------------------------------------------------------
# Review
# ---------------------------------------------------------------------------------------


@dataclass
class ReviewRow:
    """One directive of the parsed notice, as the review table lists it."""

    id: int  # its index in parsed.directives
    directive: ParsedDirective
    edited: bool = False


def review_columns() -> list[Column]:
    def due(row: ReviewRow) -> str:
        deadline = row.directive.deadline
        return fmt_date(deadline.due_on) if deadline and deadline.due_on else ""

    return [
        Column("ref", t("ui.import.review.col.ref"),
               lambda r: clean(r.directive.ref) + ("*" if r.edited else ""), width=6,
               style=lambda r: "accent" if r.edited else None),
        Column("lead", t("ui.import.review.col.lead"),
               lambda r: clean(r.directive.lead) or t("ui.notices.detail.unassigned"),
               ratio=3, style=lambda r: None if r.directive.lead else "soon"),
        # Under 100 columns the lead needs the room; the detail pane names the coordinators.
        Column("coordinate", t("ui.import.review.col.coordinate"),
               lambda r: clean(coordinators_text(r.directive)), ratio=3, min_table_width=100),
        Column("deadline", t("ui.import.review.col.deadline"),
               lambda r: clean(r.directive.deadline.text) if r.directive.deadline else "",
               ratio=3),
        Column("due", t("ui.import.review.col.due"), due, width=10),
    ]


class ImportReviewScreen(TrackerScreen):
    """What the parser found in one file, editable, stored only on ctrl+s."""

    # Enter/e edit (priority, so the footer shows it over the table's hidden Enter),
    # ctrl+s save, o original, Esc cancel.
    BINDINGS = bindings("import.review")

    DEFAULT_CSS = """
    ImportReviewScreen { layout: vertical; }
    ImportReviewScreen .screen-title { background: $primary; color: $text; text-style: bold;
        padding: 0 1; height: 1; }
    ImportReviewScreen #review-header { height: auto; max-height: 5; padding: 0 1; }
    ImportReviewScreen #review-warnings { height: auto; max-height: 3; padding: 0 1;
        color: $text-warning; }
    ImportReviewScreen #review-count { padding: 0 1; text-style: bold; height: auto;
        background: $panel; }
    ImportReviewScreen #review-table { height: 1fr; min-height: 4; }
    ImportReviewScreen #review-detail { height: 3; padding: 0 1; border-top: solid $primary; }
    ImportReviewScreen #review-status { height: auto; padding: 0 1; display: none; }
    ImportReviewScreen #review-status.shown { display: block; }
    ImportReviewScreen #review-status.error { color: $text-error; }
    ImportReviewScreen.-wide #review-header { max-height: 12; }
    ImportReviewScreen.-wide #review-warnings { max-height: 6; }
    ImportReviewScreen.-wide #review-detail { height: 7; }
    """

    class DryRun(Message):
        def __init__(self, result: Any) -> None:
            super().__init__()
            self.result = result

    class Saved(Message):
        def __init__(self, result: Any) -> None:
            super().__init__()
            self.result = result

    class SaveFailed(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, parsed: ParsedNotice, source: str | None = None) -> None:
        super().__init__()
        # Edits go to a copy: cancelling must leave nothing behind, not even in memory.
        self.parsed = copy.deepcopy(parsed)
        self.source = source
        self.rows = [ReviewRow(i, d) for i, d in enumerate(self.parsed.directives)]
        self.dry_run: Any = None
        self.saving = False

    @property
    def edited(self) -> set[int]:
        return {row.id for row in self.rows if row.edited}

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        name = Path(self.source).name if self.source else "-"
        yield Static(literal(t("ui.import.review.title", name=name)), classes="screen-title")
        yield VerticalScroll(Static(self._header(), id="review-header-body"),
                             id="review-header")
        yield VerticalScroll(Static(self._warnings(), id="review-warnings-body"),
                             id="review-warnings")
        yield Static("", id="review-count")
        table = VirtualTable(ListSource(self.rows), review_columns(), id="review-table",
                             empty_text=t("ui.notices.detail.no_directives"))
        table.auto_refresh = False  # rows in memory: the database changing is not news here
        yield table
        yield VerticalScroll(Static("", id="review-detail-body"), id="review-detail")
        yield Static("", id="review-status")
        yield Footer()

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#review-table", VirtualTable)

    def on_mount(self) -> None:
        self.title = t("ui.import.title")  # the help screen names the keys' scope by it
        self._update_count()
        self.table.focus()

    def _header(self) -> Any:
        h = self.parsed.notice
        kind = doc_type_name(h.doc_type) if h.doc_type else None
        signer = " — ".join(x for x in (h.signer_title, h.signer) if x) or None
        return field_lines([
            (t("ui.notices.detail.number"),
             " — ".join(x for x in (clean(h.number), kind) if x) or None),
            (t("ui.notices.detail.summary"), h.title),
            (t("ui.notices.detail.issuer"), h.issuer),
            (t("ui.notices.detail.issued"), fmt_date(h.issued_on) if h.issued_on else None),
            (t("ui.notices.detail.meeting"), fmt_date(h.meeting_on) if h.meeting_on else None),
            (t("ui.notices.detail.presiding"), h.presiding),
            (t("ui.notices.detail.signer"), signer),
            (t("ui.notices.detail.references"),
             "\n".join(r.text for r in self.parsed.references) or None),
        ])

    def _warnings(self) -> Any:
        if not self.parsed.warnings:
            return literal(t("ui.import.review.no_warnings"))
        return literal("\n".join(f"⚠ {clean(w)}" for w in self.parsed.warnings))

    def _update_count(self) -> None:
        tasks = sum(max(1, len(d.assignments)) for d in self.parsed.directives)
        if self.dry_run is not None and not self.edited:
            tasks = self.dry_run.tasks
        text = t("ui.import.review.directives", count=len(self.parsed.directives),
                 tasks=tn("ui.n.tasks", tasks))
        if self.dry_run is not None and self.dry_run.status == "unchanged":
            text += "\n" + t("ui.import.review.exists")
        self.query_one("#review-count", Static).update(literal(text))

    def _show_detail(self, row: ReviewRow | None) -> None:
        body = self.query_one("#review-detail-body", Static)
        if row is None:
            body.update("")
            return
        d = row.directive
        title = f"{d.ref}. {d.heading}" if d.heading else d.ref
        if row.edited:
            title += " " + t("ui.import.review.edited")
        agencies = t("ui.import.review.agencies",
                     lead=clean(d.lead) or t("ui.notices.detail.unassigned"),
                     coordinate=clean(coordinators_text(d)) or t("ui.common.none"))
        lines = [f"{title} · {agencies}", d.text]
        body.update(literal("\n".join(clean(x) for x in lines if x)))

    @on(VirtualTable.RowHighlighted, "#review-table")
    def _highlighted(self, event: VirtualTable.RowHighlighted) -> None:
        self._show_detail(event.row)

    @on(VirtualTable.RowSelected, "#review-table")
    def _selected(self) -> None:
        self.action_edit()

    def _status(self, text: str, kind: str = "") -> None:
        status = self.query_one("#review-status", Static)
        status.set_classes(f"shown {kind}" if text else "")
        status.update(literal(text))

    def refresh_view(self, *, tables: bool) -> None:
        if self.dry_run is None:
            self._check_existing()

    # -- store calls (thread workers) -------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-dry-run")
    def _check_existing(self) -> None:
        # A dry run writes nothing; it tells whether this notice is already stored.
        result = self.store.import_notice(self.parsed, source=self.source, dry_run=True)
        if not get_current_worker().is_cancelled:
            self.post_message(self.DryRun(result))

    @on(DryRun)
    def _dry_run_done(self, message: DryRun) -> None:
        self.dry_run = message.result
        self._update_count()

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-save")
    def _save(self, parsed: ParsedNotice) -> None:
        try:
            result = self.store.import_notice(parsed, source=self.source)
        except Exception as exc:  # shown as one sentence; the store rolled back
            self.post_message(self.SaveFailed(error_text(exc)))
            return
        self.post_message(self.Saved(result))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        self.saving = False
        if message.result.status != "unchanged":
            self.app.post_message(DataWritten())  # the screens under this one refresh
        self.dismiss(message.result)

    @on(SaveFailed)
    def _save_failed(self, message: SaveFailed) -> None:
        self.saving = False
        self._status(message.text, "error")

    # -- actions ---------------------------------------------------------------------------

    def action_edit(self) -> None:
        row = self.table.cursor_row
        if self.saving or row is None:
            return

        def done(edit: DirectiveEdit | None) -> None:
            if edit is None:
                return
            apply_edit(row.directive, edit)
            row.edited = True
            self.table.refresh_data()
            self._update_count()
            self._show_detail(row)

        self.app.push_screen(EditDirectiveScreen(row.directive), done)

    def action_save(self) -> None:
        if self.saving:
            return
        self.saving = True
        self._status(t("ui.import.review.saving"))
        self._save(self.parsed)

    def action_original(self) -> None:
        number = self.parsed.notice.number or t("ui.notices.no_number")
        self.app.push_screen(LiteralTextScreen(
            t("ui.notices.original.title", number=number),
            self.parsed.original or self.parsed.text))

    def action_cancel(self) -> None:
        if not self.saving:
            self.dismiss(None)


# ---------------------------------------------------------------------------------------
# Choosing the file
# ---------------------------------------------------------------------------------------


class ImportScreen(TrackerScreen):
    """Choose a notice file, read and parse it, then review it before anything is stored."""

    BINDINGS = [b for b in bindings("import") if b.id != "import.complete"]

    DEFAULT_CSS = """
    ImportScreen { layout: vertical; }
    ImportScreen .screen-title { background: $primary; color: $text; text-style: bold;
        padding: 0 1; height: 1; }
    ImportScreen #import-form { height: auto; padding: 0 1; }
    ImportScreen #import-label { margin-top: 1; }
    ImportScreen #import-message { height: auto; max-height: 8; padding: 0 1; }
    ImportScreen #import-message.error { color: $text-error; }
    ImportScreen #import-message.success { color: $text-success; }
    ImportScreen #import-tree { height: 1fr; display: none; border: round $primary; }
    ImportScreen.-tree #import-tree { display: block; }
    ImportScreen #import-open { display: none; margin: 0 1; }
    ImportScreen.-imported #import-open { display: block; }
    ImportScreen #import-hint { padding: 0 1; color: $text-muted; height: auto; margin-top: 1; }
    """

    class Parsed(Message):
        def __init__(self, parsed: ParsedNotice, path: str) -> None:
            super().__init__()
            self.parsed = parsed
            self.path = path

    class Failed(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.start_path = path or ""
        self.reading = False
        self.imported_id: int | None = None  # the notice just saved (or found stored)

    def compose(self) -> ComposeResult:
        yield Static(literal(t("ui.import.title")), classes="screen-title")
        with Vertical(id="import-form"):
            yield Label(t("ui.import.path_label"), id="import-label")
            # Start in the current folder: Tab then lists what is there.
            start = self.start_path or os.path.join(os.getcwd(), "")
            path_input = PathInput(value=start, id="import-path",
                                   placeholder=t("ui.import.path_placeholder",
                                                 complete=key_for("import.complete", self.keymap)),
                                   suggester=PathSuggester(), select_on_focus=False)
            path_input.cursor_blink = False
            yield path_input
        yield Static("", id="import-message")
        # After a save: Enter on this button (focused then) or ctrl+o opens the notice.
        yield Button("", id="import-open", compact=True, variant="primary")
        yield Static(literal(t("ui.import.hint", save=key_for("import.review.save", self.keymap))), id="import-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.title = t("ui.import.title")
        self.query_one("#import-path", Input).focus()

    def _message(self, text: str, kind: str = "") -> None:
        message = self.query_one("#import-message", Static)
        message.set_classes(kind)
        message.update(literal(text))

    @on(PathInput.Candidates)
    def _candidates(self, event: PathInput.Candidates) -> None:
        if not event.candidates:
            self._message(t("ui.import.no_match"))
            return
        names = [Path(c.rstrip(os.sep)).name + (os.sep if c.endswith(os.sep) else "")
                 for c in event.candidates]
        self._message("  ".join(names))

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        self.read(event.value)

    @on(DirectoryTree.FileSelected)
    def _file_selected(self, event: DirectoryTree.FileSelected) -> None:
        path_input = self.query_one("#import-path", Input)
        path_input.value = str(event.path)
        self.read(str(event.path))

    def read(self, value: str) -> None:
        """Read and parse the file named `value` in a worker, then open the review."""
        value = value.strip()
        if not value:
            self._message(t("ui.import.no_path"), "error")
            return
        path = os.path.expanduser(value)
        if os.path.isdir(path):
            self._message(t("ui.import.is_dir", path=value), "error")
            return
        if self.reading:
            return
        self.reading = True
        self._message(t("ui.import.reading", path=value))
        self._parse(path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-parse")
    def _parse(self, path: str) -> None:
        # Imported lazily: the parser is only needed once a file is chosen.
        from tui_tracker.parsing import parse_notice
        from tui_tracker.parsing.source import read_notice_file

        try:
            parsed = parse_notice(read_notice_file(path))
        except Exception as exc:  # BadInputError, InvalidDateError: their own sentence
            self.post_message(self.Failed(error_text(exc)))
            return
        self.post_message(self.Parsed(parsed, path))

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.reading = False
        self._message(message.text, "error")

    @on(Parsed)
    def _parsed(self, message: Parsed) -> None:
        self.reading = False
        self._message("")
        self.app.push_screen(ImportReviewScreen(message.parsed, message.path), self._reviewed)

    def _reviewed(self, result: Any) -> None:
        self._offer_open(None, None)
        if result is None:
            self._message(t("ui.import.cancelled"))
            return
        number = result.number or t("ui.notices.no_number")
        if result.status == "unchanged":
            text = t("ui.import.done.unchanged", number=number)
        else:
            text = t("ui.import.done.imported", number=number,
                     directives=tn("ui.n.directives", result.directives),
                     tasks=tn("ui.n.tasks", result.tasks))
        # The message says it where the user looks; no toast over the screen as well.
        self._message(text, "success")
        self._offer_open(result.id, number)

    def _offer_open(self, notice_id: int | None, number: str | None) -> None:
        self.imported_id = notice_id
        self.set_class(notice_id is not None, "-imported")
        if notice_id is not None:
            button = self.query_one("#import-open", Button)
            button.label = t("ui.import.open_button", number=number)
            button.focus()
        self.refresh_bindings()

    @on(Button.Pressed, "#import-open")
    def action_open_imported(self) -> None:
        if self.imported_id is not None:
            self.post_message(OpenNotice(self.imported_id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_imported":
            return self.imported_id is not None
        return True

    def action_toggle_tree(self) -> None:
        if not self.query("#import-tree"):
            value = os.path.expanduser(self.query_one("#import-path", Input).value.strip())
            folder = value if os.path.isdir(value) else os.path.dirname(value)
            tree = FileTree(folder if folder and os.path.isdir(folder) else ".", id="import-tree")
            self.mount(tree, after=self.query_one("#import-message"))
        self.toggle_class("-tree")
        if self.has_class("-tree"):
            self.query_one("#import-tree").focus()
        else:
            self.query_one("#import-path").focus()

    def action_back(self) -> None:
        self.app.action_back()  # type: ignore[attr-defined]
