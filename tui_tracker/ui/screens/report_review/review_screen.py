"""The review of an agency's report letter, before anything is written: one row per
proposal (the task it matched, its status before → after, the date, the sentence quoted)
and one per item that matched no task.

Space accepts or leaves out a row (all are accepted at first; `a` accepts all), Enter
picks the task among its notice's tasks (a row that matched none gets one this way),
Ctrl+S applies the accepted rows in one transaction (`replies.apply_review`), `u` then
undoes the whole letter, `o` shows the letter as written, Esc goes back. Rows matched
only by the order of the paragraphs carry ⚑ (and ✎ once picked by hand): glyphs, so they
read with NO_COLOR too.

The matching reads the database in a thread worker when the screen opens; a letter that
answers a notice the database lacks is refused there with its sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Static

from tui_tracker.i18n import t, tn
from tui_tracker.parsing.report_letter import ReportLetter
from tui_tracker.replies import (
    MANUAL,
    AppliedLetter,
    Proposal,
    Review,
    apply_review,
    history_note,
    review_letter,
)
from tui_tracker.replies.matching import refresh_warnings
from tui_tracker.replies.queries import StoredNotice, StoredTask
from tui_tracker.ui import undo_stack
from tui_tracker.ui.bindings import bindings, key_for
from tui_tracker.ui.dialogs.literal_text import LiteralTextScreen
from tui_tracker.ui.formatting import clean, error_text, field_lines, fmt_date, literal
from tui_tracker.ui.messages import DataWritten
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.screens.report_review.rows import ReviewRow, columns
from tui_tracker.ui.screens.report_review.task_picker import TaskPickerDialog
from tui_tracker.ui.widgets.virtual_table import ListSource, VirtualTable


class ReportReviewScreen(TrackerScreen):
    """An agency's report letter matched to its tasks, applied only on Ctrl+S."""

    BINDINGS = bindings("replies.review")

    CSS_PATH = "review_screen.tcss"  # its rules, beside it

    class Reviewed(Message):
        def __init__(self, review: Review | None, error: str | None) -> None:
            super().__init__()
            self.review = review
            self.error = error

    class Applied(Message):
        def __init__(self, result: AppliedLetter | None, error: BaseException | None) -> None:
            super().__init__()
            self.result = result
            self.error = error

    class Undone(Message):
        def __init__(self, error: BaseException | None) -> None:
            super().__init__()
            self.error = error

    def __init__(self, letter: ReportLetter, source: str | None = None, *,
                 label: str | None = None) -> None:
        super().__init__()
        self.letter = letter
        self.source = source  # the file's path, kept with the applied letter
        self.display_name = label or (Path(source).name if source else "-")
        self.review: Review | None = None
        self.rows: list[ReviewRow] = []
        self.result: AppliedLetter | None = None  # what Ctrl+S wrote (u undoes it)
        self.busy = False
        self.undone = False

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(literal(t("replies.ui.title", name=self.display_name)),
                     classes="screen-title")
        yield VerticalScroll(Static(self._header(), id="report-header-body"),
                             id="report-header")
        yield VerticalScroll(Static("", id="report-warnings-body"), id="report-warnings")
        yield Static(literal(t("replies.ui.matching")), id="report-count")
        table = VirtualTable(ListSource([]), columns(), id="report-table",
                             empty_text=t("replies.ui.nothing"))
        table.auto_refresh = False  # rows in memory: they change only by the user's keys
        yield table
        yield VerticalScroll(Static("", id="report-detail-body"), id="report-detail")
        yield Static("", id="report-status")
        yield Footer()

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#report-table", VirtualTable)

    def on_mount(self) -> None:
        self.title = t("ui.import.title")  # the help screen names the keys' scope by it
        self.table.focus()
        self.busy = True
        self._review(self.letter)

    def _header(self) -> Any:
        letter = self.letter
        kind = t("replies.doc.bc") if letter.doc_type == "BC" else t("replies.doc.cv")
        return field_lines([
            (t("ui.notices.detail.number"),
             " — ".join(x for x in (clean(letter.number), kind) if x) or None),
            (t("replies.ui.sender"), letter.sender or letter.issuer),
            (t("ui.notices.detail.issued"), fmt_date(letter.issued_on)
             if letter.issued_on else None),
            (t("replies.ui.answers"), "; ".join(" ".join(r.text.split())
                                               for r in letter.answers) or None),
            (t("ui.notices.detail.summary"), letter.title),
        ])

    # -- matching (thread worker) ----------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="report-review")
    def _review(self, letter: ReportLetter) -> None:
        try:
            review = review_letter(self.store, letter)
        except Exception as exc:  # BadInputError: the notice it answers is not stored
            self.post_message(self.Reviewed(None, error_text(exc)))
            return
        self.post_message(self.Reviewed(review, None))

    @on(Reviewed)
    def _reviewed(self, message: Reviewed) -> None:
        self.busy = False
        if message.review is None:
            self.query_one("#report-count", Static).update(literal(t("replies.ui.refused")))
            self._status(message.error or "", "error")
            return
        self.review = message.review
        rows: list[ReviewRow] = [ReviewRow(n, proposal=p)
                                 for n, p in enumerate(message.review.proposals)]
        rows += [ReviewRow(len(rows) + n, unmatched=u)
                 for n, u in enumerate(message.review.unmatched)]
        rows.sort(key=lambda row: (row.index, row.id))
        self.rows = rows
        self.table.set_source(ListSource(self.rows), keep_cursor=True)
        self._show_warnings()
        self._update_count()
        if message.review.applied is not None:
            applied = message.review.applied
            self._status(t("replies.ui.already", at=applied.applied_at, user=applied.applied_by,
                           change=applied.change_id), "success")

    def _show_warnings(self) -> None:
        review = self.review
        lines = [*(review.warnings if review else []), *self.letter.warnings]
        if review is not None:
            lines += [t("replies.ui.unmatched", index=u.item.index,
                        item=", ".join(u.item.refs) or u.item.path, reason=u.reason)
                      for u in review.unmatched]
        body = "\n".join(f"⚠ {clean(line)}" for line in lines) or t("replies.ui.no_warnings")
        self.query_one("#report-warnings-body", Static).update(literal(body))

    def _update_count(self) -> None:
        proposals = [row for row in self.rows if row.proposal is not None]
        accepted = sum(1 for row in proposals if row.accepted)
        text = t("replies.ui.count", accepted=accepted,
                 proposals=tn("replies.ui.n.proposals", len(proposals)),
                 unmatched=sum(1 for row in self.rows if row.proposal is None))
        self.query_one("#report-count", Static).update(literal(text))

    def _status(self, text: str, kind: str = "") -> None:
        status = self.query_one("#report-status", Static)
        status.set_classes(kind)
        status.update(literal(text))

    def _show_detail(self, row: ReviewRow | None) -> None:
        body = self.query_one("#report-detail-body", Static)
        if row is None:
            body.update("")
            return
        lines: list[str] = []
        if row.proposal is not None:
            p = row.proposal
            lines.append(f"{p.notice.label()} · {p.task.ref} · {p.task.agency} · "
                         f"{t(f'replies.match.{p.match}')}")
            lines += [f"⚠ {w}" for w in p.warnings]
            # What the history will keep: the letter, what it says, the sentence.
            lines.append(t("replies.ui.note", note=history_note(p, self.letter.evidence_text())))
        elif row.unmatched is not None:
            u = row.unmatched
            lines.append(t("replies.ui.unmatched", index=u.item.index,
                           item=", ".join(u.item.refs) or u.item.path, reason=u.reason))
            lines.append(u.item.text)
            lines.append(t("replies.ui.pick_to_match", key=key_for("replies.review.pick",
                                                                  self.keymap)))
        body.update(literal("\n".join(clean(line) for line in lines)))

    @on(VirtualTable.RowHighlighted, "#report-table")
    def _highlighted(self, event: VirtualTable.RowHighlighted) -> None:
        self._show_detail(event.row)

    @on(VirtualTable.RowSelected, "#report-table")
    def _selected(self) -> None:
        self.action_pick()

    def _changed(self, row: ReviewRow) -> None:
        self.table.refresh_data()
        self._update_count()
        self._show_detail(row)

    # -- actions ---------------------------------------------------------------------------

    def _editable(self) -> bool:
        return not self.busy and self.review is not None and self.result is None \
            and self.review.applied is None

    def action_toggle_accepted(self) -> None:
        row = self.table.cursor_row
        if not self._editable() or row is None:
            return
        if row.proposal is None:
            self._status(t("replies.ui.pick_to_match", key=key_for("replies.review.pick",
                                                                   self.keymap)))
            return
        row.proposal.accepted = not row.proposal.accepted
        self._changed(row)

    def action_accept_all(self) -> None:
        if not self._editable():
            return
        for row in self.rows:
            if row.proposal is not None:
                row.proposal.accepted = True
        self.table.refresh_data()
        self._update_count()

    def action_pick(self) -> None:
        row = self.table.cursor_row
        if not self._editable() or row is None or self.review is None:
            return
        notices = self._notices_for(row)
        tasks = [task for notice in notices for task in notice.tasks]
        label = ", ".join(n.label() for n in notices)
        current = row.proposal.task.id if row.proposal else None
        index = row.index

        def picked(task: StoredTask | None) -> None:
            if task is not None:
                self._repick(row, task, notices)

        self.app.push_screen(TaskPickerDialog(t("replies.ui.pick_title", index=index,
                                                notices=label), tasks, current), picked)

    def _notices_for(self, row: ReviewRow) -> list[StoredNotice]:
        assert self.review is not None
        if row.proposal is not None:
            return [row.proposal.notice]
        if row.unmatched is not None and row.unmatched.notice is not None:
            return [row.unmatched.notice]
        return self.review.notices

    def _repick(self, row: ReviewRow, task: StoredTask, notices: list[StoredNotice]) -> None:
        notice = next(n for n in notices if any(x.id == task.id for x in n.tasks))
        items = row.proposal.items if row.proposal else [row.item]
        row.proposal = Proposal(list(items), notice, task, MANUAL)
        row.unmatched = None
        refresh_warnings(row.proposal)
        self._status(t("replies.ui.picked", index=row.index, ref=task.ref, agency=task.agency))
        self._changed(row)

    def action_save(self) -> None:
        if not self._editable():
            return
        assert self.review is not None
        self.review.proposals = [row.proposal for row in self.rows if row.proposal is not None]
        self.busy = True
        self._status(t("replies.ui.saving"))
        self._apply(self.review)

    @work(thread=True, exclusive=True, exit_on_error=False, group="report-save")
    def _apply(self, review: Review) -> None:
        try:
            result = apply_review(self.store, review, today=self.today, source=self.source)
        except Exception as exc:  # one sentence; the store rolled back
            self.post_message(self.Applied(None, exc))
            return
        self.post_message(self.Applied(result, None))

    @on(Applied)
    def _applied(self, message: Applied) -> None:
        self.busy = False
        if message.result is None:
            assert message.error is not None
            self._status(error_text(message.error), "error")
            return
        self.result = message.result
        if message.result.status == "applied" and message.result.change_id is not None:
            undo_stack.push(self.app, "correction", message.result.change_id)
            self.app.post_message(DataWritten())
        self._status(tn("replies.ui.applied", len(message.result.task_ids),
                        count=len(message.result.task_ids),
                        letter=self.letter.evidence_text(), change=message.result.change_id,
                        undo=key_for("replies.review.undo", self.keymap),
                        back=key_for("replies.review.cancel", self.keymap)), "success")

    def action_undo(self) -> None:
        result = self.result
        if self.busy or result is None or result.change_id is None or self.undone:
            self._status(t("replies.ui.nothing_to_undo"))
            return
        self.busy = True
        self._undo(result.change_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="report-save")
    def _undo(self, change_id: int) -> None:
        try:
            self.store.undo_change(change_id)
        except Exception as exc:  # a task changed since: the store says who and when
            self.post_message(self.Undone(exc))
            return
        self.post_message(self.Undone(None))

    @on(Undone)
    def _undone(self, message: Undone) -> None:
        self.busy = False
        if message.error is not None:
            self._status(error_text(message.error), "error")
            return
        self.undone = True
        if self.result is not None and self.result.change_id is not None:
            undo_stack.drop(self.app, "correction", self.result.change_id)
        self.app.post_message(DataWritten())
        self._status(t("replies.ui.undone", letter=self.letter.evidence_text()), "success")

    def action_original(self) -> None:
        number = self.letter.number or t("ui.notices.no_number")
        self.app.push_screen(LiteralTextScreen(t("ui.notices.original.title", number=number),
                                               self.letter.original or self.letter.text))

    def action_cancel(self) -> None:
        if self.busy:
            return
        self.dismiss(self.result if not self.undone else None)
