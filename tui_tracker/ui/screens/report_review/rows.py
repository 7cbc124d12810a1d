"""The rows of the report review: one per proposal, one per item matched to no task; how
each cell reads (the order-only flag is a glyph, so it shows with NO_COLOR too)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui_tracker.i18n import t
from tui_tracker.replies import MANUAL, ORDER, Proposal, Unmatched
from tui_tracker.ui.formatting import clean_cell, fit_agency_name, fmt_date
from tui_tracker.ui.tasks.labels import status_glyph, status_label
from tui_tracker.ui.widgets.virtual_table import Column

if TYPE_CHECKING:
    from tui_tracker.parsing.report_letter import ReportedItem

ACCEPTED, SKIPPED, NO_TASK = "✓", "·", "?"
FLAG_ORDER, FLAG_MANUAL = "⚑", "✎"  # matched by order only / task picked by hand


@dataclass
class ReviewRow:
    id: int
    proposal: Proposal | None = None
    unmatched: Unmatched | None = None

    @property
    def accepted(self) -> bool:
        return self.proposal is not None and self.proposal.accepted

    @property
    def item(self) -> ReportedItem:
        """The letter's item of the row: the proposal's, or the one matched to no task."""
        if self.proposal is not None:
            return self.proposal.item
        assert self.unmatched is not None, "a review row holds a proposal or an unmatched item"
        return self.unmatched.item

    @property
    def index(self) -> int:
        """The item's number in the letter."""
        return self.item.index


def mark(row: ReviewRow) -> str:
    if row.proposal is None:
        return NO_TASK
    return ACCEPTED if row.proposal.accepted else SKIPPED


def flag(row: ReviewRow) -> str:
    if row.proposal is None:
        return ""
    return {ORDER: FLAG_ORDER, MANUAL: FLAG_MANUAL}.get(row.proposal.match, "")


def task_label(row: ReviewRow) -> str:
    if row.proposal is None:
        refs = ", ".join(row.unmatched.item.refs) if row.unmatched else ""
        return t("replies.ui.no_task", item=refs or "—")
    p = row.proposal
    return f"#{p.task.id} {clean_cell(p.notice.label())} · {clean_cell(p.task.ref)}"


def agency(row: ReviewRow) -> str:
    return row.proposal.task.agency if row.proposal else ""


def change(row: ReviewRow, *, short: bool = False) -> str:
    """"chưa thực hiện → đang thực hiện", "○ → ▶" when short; a note only when it stays."""
    p = row.proposal
    if p is None:
        said = row.unmatched.item.reading.status if row.unmatched else None
        return status_label(said) if said else ""
    before = status_glyph(p.task.status) if short else status_label(p.task.status)
    new = p.new_status
    if new is None:
        return t("replies.ui.note_only", status=before)
    after = status_glyph(new) if short else status_label(new)
    return f"{before} → {after}"


def dates(row: ReviewRow) -> str:
    p = row.proposal
    if p is None:
        return ""
    extension = p.extension
    if extension is not None:
        return t("replies.ui.extension", date=fmt_date(extension[0])) if extension[0] \
            else t("replies.ui.extension_no_day")
    if p.said_status == "reported" and p.completed_on:
        return t("replies.ui.done", date=fmt_date(p.completed_on))
    return ""


def sentence(row: ReviewRow) -> str:
    if row.proposal is not None:
        return clean_cell(row.proposal.sentence)
    item = row.unmatched.item if row.unmatched else None
    return clean_cell(item.reading.sentence or item.text) if item else ""


def columns() -> list[Column]:
    return [
        Column("mark", "", mark, width=1, style=lambda r: "accent" if r.accepted else "muted"),
        Column("flag", "", flag, width=1, style=lambda r: "soon"),
        Column("task", t("replies.ui.col.task"), task_label, width=22,
               style=lambda r: None if r.proposal else "overdue"),
        Column("agency", t("replies.ui.col.agency"), agency, ratio=2, min_width=10,
               min_table_width=110, fit=lambda r, w: fit_agency_name(agency(r), w)),
        Column("change", t("replies.ui.col.change"), change, width=32, min_table_width=100),
        Column("change_short", t("replies.ui.col.change"), lambda r: change(r, short=True),
               width=9, max_table_width=100),
        Column("dates", t("replies.ui.col.dates"), dates, width=14),
        Column("sentence", t("replies.ui.col.sentence"), sentence, ratio=3, min_width=12),
    ]
