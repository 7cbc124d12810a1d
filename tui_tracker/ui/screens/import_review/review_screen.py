"""The review of a parsed notice: the header, the warnings, one row per directive; Enter
edits a directive, ctrl+s stores the edited copy, Esc leaves without writing anything. A dry
run tells beforehand whether the notice is already stored.

The parsed notice is deep-copied before any edit, and nothing touches the database except the
dry run (which writes nothing) until ctrl+s.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from tui_tracker.i18n import t, tn
from tui_tracker.model import ParsedDirective, ParsedNotice
from tui_tracker.store.source_file import SourceFile
from tui_tracker.ui.bindings import bindings, key_for
from tui_tracker.ui.dialogs.discard import DiscardDialog
from tui_tracker.ui.dialogs.literal_text import LiteralTextScreen
from tui_tracker.ui.formatting import (
    clean,
    doc_type_name,
    error_text,
    field_lines,
    fit_agency_name,
    fmt_date,
    literal,
)
from tui_tracker.ui.messages import DataWritten
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.screens.import_review.agency_edits import (
    DirectiveEdit,
    apply_edit,
    coordinators_text,
    leads_of,
    leads_text,
)
from tui_tracker.ui.screens.import_review.directive_dialog import EditDirectiveScreen
from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable


@dataclass
class ReviewRow:
    """One directive of the parsed notice, as the review table lists it."""

    id: int  # its index in parsed.directives
    directive: ParsedDirective
    edited: bool = False
    removed: bool = False  # taken out of this import by the user (can be brought back)


def _lead_fit(row: ReviewRow, width: int) -> str:
    """One lead: its distinctive end kept ("…Khoa học và Công nghệ"); several: from the
    start, so the first is read whole."""
    leads = leads_of(row.directive)
    if len(leads) == 1:
        return fit_agency_name(leads[0], width)
    return clean(leads_text(row.directive)) or t("ui.notices.detail.unassigned")


# The mark of a row the parser was unsure of (ParsedDirective.flags). An ASCII "!" draws
# the same in every terminal font and carries the meaning alone under NO_COLOR; the
# warning colour (and bold) only adds to it.
FLAG_GLYPH = "!"


def flagged(row: ReviewRow) -> bool:
    return bool(row.directive.flags)


def flag_labels(directive: ParsedDirective) -> str:
    """"chủ trì suy ra từ đề mục/đoạn dẫn; thời hạn lấy từ mục trên": the catalog's words
    for each flag, in the order the parser gave them, each once."""
    from tui_tracker.parsing.flags import flag_label

    return "; ".join(flag_label(code) for code in dict.fromkeys(directive.flags))


def review_columns() -> list[Column]:
    def due(row: ReviewRow) -> str:
        deadline = row.directive.deadline
        return fmt_date(deadline.due_on) if deadline and deadline.due_on else ""

    return [
        Column("flag", "", lambda r: FLAG_GLYPH if flagged(r) else "", width=1,
               style=lambda r: "flagged" if flagged(r) else None),
        Column("ref", t("ui.import.review.col.ref"),
               lambda r: clean(r.directive.ref) + ("*" if r.edited else ""), width=6,
               style=lambda r: "accent" if r.edited else None),
        Column("lead", t("ui.import.review.col.lead"),
               lambda r: clean(leads_text(r.directive)) or t("ui.notices.detail.unassigned"),
               fit=_lead_fit,
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

    CSS_PATH = "review_screen.tcss"  # its rules, beside it

    class DryRun(Message):
        def __init__(self, result: Any, generation: int) -> None:
            super().__init__()
            self.result = result
            self.generation = generation

    class Saved(Message):
        def __init__(self, result: Any) -> None:
            super().__init__()
            self.result = result

    class SaveFailed(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, parsed: ParsedNotice, source: str | SourceFile | None = None, *,
                 label: str | None = None) -> None:
        super().__init__()
        # What the title calls it: the file's name, or `label` (pasted text has no file).
        path = source.path if isinstance(source, SourceFile) else source
        self.display_name = label or (Path(path).name if path else "-")
        # Edits go to a copy: cancelling must leave nothing behind, not even in memory.
        self.parsed = copy.deepcopy(parsed)
        self.source = source
        self.rows = [ReviewRow(i, d) for i, d in enumerate(self.parsed.directives)]
        self.removed: list[ReviewRow] = []  # most recently removed last: restore pops it
        self.dry_run: Any = None
        # The count shown is the store's own (a dry run of the notice as reviewed), so it
        # is what a save stores: an agency named twice is one task there, not two.
        self.review_generation = 0
        self.counted_generation = -1
        self.saving = False

    @property
    def edited(self) -> set[int]:
        return {row.id for row in self.rows if row.edited and not row.removed}

    @property
    def kept(self) -> list[ReviewRow]:
        return [row for row in self.rows if not row.removed]

    @property
    def corrected(self) -> bool:
        """Whether leaving now would throw away something the user did."""
        return bool(self.edited or self.removed)

    def to_store(self) -> ParsedNotice:
        """The notice as reviewed: the edited directives, without the removed ones."""
        if not self.removed:
            return self.parsed
        reviewed = copy.copy(self.parsed)
        reviewed.directives = [row.directive for row in self.kept]
        return reviewed

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(literal(t("ui.import.review.title", name=self.display_name)),
                     classes="screen-title")
        yield VerticalScroll(Static(self._header(), id="review-header-body"),
                             id="review-header")
        yield VerticalScroll(Static(self._warnings(), id="review-warnings-body"),
                             id="review-warnings")
        yield Static("", id="review-count")
        table = VirtualTable(ListSource(self.kept), review_columns(), id="review-table",
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
        kept = [row.directive for row in self.kept]
        tasks = sum(max(1, len(d.assignments)) for d in kept)
        if self.dry_run is not None and self.counted_generation == self.review_generation:
            tasks = self.dry_run.tasks
        text = t("ui.import.review.directives", count=len(kept),
                 tasks=tn("ui.n.tasks", tasks))
        to_check = sum(1 for row in self.kept if flagged(row))
        if to_check:
            text += " · " + tn("importui.review.to_check", to_check, count=to_check,
                               glyph=FLAG_GLYPH,
                               key=key_for("import.review.next_flag", self.keymap))
        if self.removed:
            text += " · " + t("importui.review.removed_count", count=len(self.removed))
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
                     lead=clean(leads_text(d)) or t("ui.notices.detail.unassigned"),
                     coordinate=clean(coordinators_text(d)) or t("ui.common.none"))
        lines = [f"{title} · {agencies}"]
        if d.flags:
            lines.append(t("importui.review.check", glyph=FLAG_GLYPH, flags=flag_labels(d)))
        lines.append(d.text)
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
            self._check_existing(self.to_store(), self.review_generation)

    # -- store calls (thread workers) -------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-dry-run")
    def _check_existing(self, parsed: ParsedNotice, generation: int) -> None:
        # A dry run writes nothing; it tells whether this notice is already stored, and
        # how many tasks storing it as reviewed makes.
        result = self.store.import_notice(parsed, source=self.source, dry_run=True)
        if not get_current_worker().is_cancelled:
            self.post_message(self.DryRun(result, generation))

    def _recount(self) -> None:
        """After a correction: the store counts the tasks of the notice as reviewed now."""
        self.review_generation += 1
        self._update_count()
        self._check_existing(self.to_store(), self.review_generation)

    @on(DryRun)
    def _dry_run_done(self, message: DryRun) -> None:
        if message.generation != self.review_generation:
            return  # a correction since: its own count is on its way
        self.dry_run = message.result
        self.counted_generation = message.generation
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
            self._recount()
            self._show_detail(row)

        header = self.parsed.notice
        self.app.push_screen(EditDirectiveScreen(row.directive,
                                                 header.issued_on or header.meeting_on), done)

    def action_save(self) -> None:
        if self.saving:
            return
        self.saving = True
        self._status(t("ui.import.review.saving"))
        self._save(self.to_store())

    def action_original(self) -> None:
        number = self.parsed.notice.number or t("ui.notices.no_number")
        self.app.push_screen(LiteralTextScreen(
            t("ui.notices.original.title", number=number),
            self.parsed.original or self.parsed.text))

    def action_next_flag(self) -> None:
        """`n`: the next row the parser was unsure of, after the cursor, from the top again
        past the last one; a sentence when no row is flagged."""
        rows = self.kept
        marked = [index for index, row in enumerate(rows) if flagged(row)]
        if not marked:
            self._status(t("importui.review.no_flags"))
            return
        here = self.table.cursor_index
        following = [index for index in marked if index > here]
        target = following[0] if following else marked[0]
        self.table.move_cursor(target)
        position = marked.index(target) + 1
        key = "importui.review.flag_at" if following else "importui.review.flag_wrapped"
        self._status(t(key, position=position, count=len(marked),
                       ref=clean(rows[target].directive.ref)))

    def action_remove(self) -> None:
        """Take the highlighted directive out of this import (a wrong split, a background
        paragraph read as a directive); `restore` brings it back."""
        row = self.table.cursor_row
        if self.saving or row is None:
            return
        row.removed = True
        self.removed.append(row)
        self._rows_changed()
        key = key_for("import.review.restore", getattr(self.app, "keymap_ids", None))
        self._status(t("importui.review.removed", ref=clean(row.directive.ref), key=key))

    def action_restore(self) -> None:
        if self.saving:
            return
        if not self.removed:
            self._status(t("importui.review.nothing_removed"))
            return
        row = self.removed.pop()
        row.removed = False
        self._rows_changed(cursor=self.kept.index(row))
        self._status(t("importui.review.restored", ref=clean(row.directive.ref)))

    def _rows_changed(self, cursor: int | None = None) -> None:
        # The cursor stays where it was (on the row that took the removed one's place), or
        # goes to `cursor` (a restored row) once the rows are counted.
        self.table.set_source(ListSource(self.kept), keep_cursor=True, cursor=cursor)
        self._recount()

    def action_cancel(self) -> None:
        if self.saving:
            return
        if not self.ask_before_leaving(lambda: self.dismiss(None)):
            self.dismiss(None)  # nothing to lose: leave at once

    def ask_before_leaving(self, leave: Any) -> bool:
        """Every way out of a corrected review asks first (Esc, and the app's c, t, a, r,
        i, Ctrl+Q: TrackerApp.leave_then): True when the question is asked, `leave` then
        runs only on "discard"."""
        if not self.corrected or self.saving:
            return False

        def answered(discard: bool | None) -> None:
            if discard:
                self.parsed.directives = []  # nothing is kept, not even in memory
                self.rows = []
                self.removed = []
                leave()

        self.app.push_screen(DiscardDialog(
            t("importui.discard.question"),
            t("importui.discard.detail", edited=tn("ui.n.directives", len(self.edited)),
              removed=tn("ui.n.directives", len(self.removed))),
            yes=t("importui.discard.yes"), no=t("importui.discard.no")), answered)
        return True
