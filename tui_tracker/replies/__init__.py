"""Closing the loop: an agency's report letter read, matched to its tasks, applied.

Above the store, beside reports/ and exports/ (it imports store and parsing, never the
CLI or the UI):

- `read_letter(path)`: the file (.txt, .md, .docx, .pdf: the notices' intake) read as a
  report letter (`parsing.report_letter`); touches no database;
- `review_letter(store, letter)`: its items matched to the stored tasks
  (`matching`): proposals, unmatched items, warnings; writes nothing;
- `apply_review(store, review, today=…)`: the accepted proposals written in one
  transaction (`store.report_letters`): status changes and notes naming the letter,
  extension requests; the same letter twice changes nothing; `undo-change` reverts it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tui_tracker.errors import BadInputError, InvalidDateError
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.parsing.report_letter import NOTICE, ReportLetter, letter_kind, read_report_letter
from tui_tracker.replies import queries
from tui_tracker.replies.matching import (
    ITEM,
    MANUAL,
    ORDER,
    QUOTE,
    Proposal,
    Review,
    Unmatched,
    history_note,
    match,
)
from tui_tracker.store.report_letters import AppliedLetter, LetterRecord, TaskChange

if TYPE_CHECKING:
    from tui_tracker.parsing.source import SourceText
    from tui_tracker.store import Store

__all__ = ["ITEM", "MANUAL", "ORDER", "QUOTE", "AppliedLetter", "Proposal", "Review",
           "Unmatched", "apply_review", "history_note", "read_letter", "review_letter",
           "read_text"]


def read_text(text: str, *, name: str) -> ReportLetter:
    """A letter's text read as a report; a notice (a Thông báo, …) is refused with a
    sentence saying to import it instead."""
    if letter_kind(text) == NOTICE:
        raise BadInputError(t("replies.read.is_notice", file=name))
    return read_report_letter(text)


def read_letter(path: str) -> tuple[SourceText, ReportLetter]:
    """The file at `path` read as a report letter (errors name the file)."""
    from tui_tracker.parsing.source import read_source

    label = t("cli.stdin") if path == "-" else path

    def named(message: str) -> str:
        return message if label in message else f"{label}: {message}"

    try:
        source = read_source(path)
        return source, read_text(source.text, name=label)
    except InvalidDateError as exc:
        raise InvalidDateError(named(exc.message), phrase=exc.phrase) from exc
    except BadInputError as exc:
        raise BadInputError(named(exc.message)) from exc


def review_letter(store: Store, letter: ReportLetter) -> Review:
    """The letter's items matched to the stored tasks (nothing is written). Refused
    (BadInputError) when it answers a notice the database lacks."""
    cited = list(letter.answers)
    for item in letter.items:
        if item.notice is not None and item.notice.number \
                and all(r.number != item.notice.number for r in cited):
            cited.append(item.notice)
    found = store.read(queries.load, cited, letter.sender)
    review = match(letter, found)
    review.applied = store.applied_report_letter(letter.identity())
    return review


def task_changes(review: Review) -> list[TaskChange]:
    """The store's changes for the accepted proposals."""
    evidence = review.letter.evidence_text()
    out: list[TaskChange] = []
    for proposal in review.proposals:
        if not proposal.accepted:
            continue
        new = proposal.new_status
        extension = proposal.extension
        out.append(TaskChange(
            task_id=proposal.task.id, version=proposal.task.version,
            note=history_note(proposal, evidence),
            status=Status(new) if new else None,
            extension_text=extension[1] if extension else None,
            extension_due=extension[0] if extension else None))
    return out


def apply_review(store: Store, review: Review, *, today: date,
                 source: str | None = None) -> AppliedLetter:
    """Write the accepted proposals in one transaction (see the package doc)."""
    letter = review.letter
    changes = task_changes(review)
    if not changes and review.applied is None:
        raise BadInputError(t("replies.apply.nothing", letter=letter.evidence_text()))
    record = LetterRecord(
        identity=letter.identity(), sha256=letter.sha256, evidence=letter.evidence_text(),
        text=letter.text, doc_type=letter.doc_type, number=letter.number,
        issued_on=letter.issued_on, sender=letter.sender, agency_id=review.sender_id,
        title=letter.title, source=source)
    return store.apply_report_letter(record, changes, today=today)
