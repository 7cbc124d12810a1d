"""`read-report` and `apply-report`: an agency's report letter read, matched, applied.

`read-report FILE [--json]` prints what the letter says (sender, number, date, the
notices it answers, each item with its status, dates and requests) and touches no
database. `apply-report FILE [--yes] [--json]` matches the items to the stored tasks,
shows the proposals and the items it cannot match, asks once (unless --yes), and
applies them in one transaction (`tui_tracker.replies`).

cli/commands/replies.py defines both commands; this module, with the parser and the
store, loads only when one of them runs.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from tui_tracker.cli.output import console, format_day, plain, print_json
from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.errors import UsageError
from tui_tracker.i18n import t, tn

if TYPE_CHECKING:
    from tui_tracker.parsing.report_letter import ReportedItem, ReportLetter
    from tui_tracker.replies import AppliedLetter, Proposal, Review, Unmatched

# ---------------------------------------------------------------- read-report


def read_report(file: str, *, as_json: bool) -> None:
    from tui_tracker.replies import read_letter

    source, letter = read_letter(file)
    if as_json:
        data = letter.to_json()
        data["source"] = source.to_json()
        print_json(data)
        return
    _print_letter(letter)
    _print_items(letter)
    for warning in letter.warnings:
        console().print(plain(f"{t('cli.parse.warning')}: {warning}"), style="yellow")


def _print_letter(letter: ReportLetter) -> None:
    out = console()
    kind = letter.doc_type or "?"
    title = " — ".join(x for x in (letter.title, letter.sender or letter.issuer) if x)
    out.print(plain(f"{kind} {letter.number or t('cli.notice.no_number')}"
                    f" {format_day(letter.issued_on)} — {title}"))
    answers = "; ".join(" ".join(r.text.split()) for r in letter.answers) or "—"
    out.print(plain(f"  {t('replies.cli.answers')}: {answers}"))


def _said(item: ReportedItem) -> str:
    status = item.reading.status
    return t(f"status.{status}") if status else "—"


def _print_items(letter: ReportLetter) -> None:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False, show_edge=False,
                  title=t("replies.cli.items", count=len(letter.items)), title_justify="left")
    table.add_column(t("replies.col.index"), no_wrap=True)
    table.add_column(t("replies.col.item"), no_wrap=True)
    table.add_column(t("replies.col.said"), max_width=18)
    table.add_column(t("replies.col.sentence"), ratio=1)
    for item in letter.items:
        said = "\n".join(filter(None, (_said(item), _dates(item),
                                       f"({t(f'replies.match.{item.basis}')})")))
        table.add_row(str(item.index), plain(_item_label(item)), plain(said),
                      plain(_sentence(item)))
    console().print(table)


def _item_label(item: ReportedItem) -> str:
    label = ", ".join(item.refs) or "—"
    if item.notice is not None and item.notice.number:
        label += f"\n{item.notice.number}"
    return label


def _dates(item: ReportedItem) -> str:
    r = item.reading
    lines = []
    if r.status == "reported" and r.completed_on:
        lines.append(t("replies.cli.done_on", date=format_day(r.completed_on)))
    if r.extension is not None:
        due = r.extension.due_on
        lines.append(t("replies.cli.extension", date=format_day(due)) if due
                     else t("replies.cli.extension_no_day"))
    return "\n".join(lines)


def _sentence(item: ReportedItem) -> str:
    r = item.reading
    texts = [r.sentence, r.extension.text if r.extension else None,
             *(q.text for q in r.requests)]
    text = " … ".join(dict.fromkeys(x for x in texts if x))
    if r.reason:
        text += f"\n{t('replies.cli.reason', reason=r.reason)}"
    return text


# ---------------------------------------------------------------- apply-report


def apply_report(file: str, *, yes: bool, as_json: bool) -> None:
    from tui_tracker.replies import apply_review, read_letter, review_letter

    source, letter = read_letter(file)  # a bad file fails before the database opens
    today = current_runtime().reference_day()
    store = open_store()
    try:
        review = review_letter(store, letter)
        if review.applied is not None:
            _done(review, review.applied, as_json=as_json)
            return
        if not as_json or not yes:
            _print_review(review)
        _confirm(review, yes)
        result = apply_review(store, review, today=today, source=source.path)
    finally:
        store.close()
    _done(review, result, as_json=as_json)


def _confirm(review: Review, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(t("replies.cli.needs_yes"))
    accepted = [p for p in review.proposals if p.accepted]
    if not accepted:
        return  # apply_review says there is nothing to write
    answer = click.prompt(t("replies.cli.confirm", count=len(accepted),
                            letter=review.letter.evidence_text()) + " [y/N]",
                          default="", show_default=False)
    if answer.strip().lower() not in ("y", "yes", "c", "co", "có"):
        click.echo(t("replies.cli.not_applied"))
        raise click.exceptions.Exit(0)


def _print_review(review: Review) -> None:
    from rich import box
    from rich.table import Table

    out = console()
    _print_letter(review.letter)
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False, show_edge=False,
                  title=t("replies.cli.proposals", count=len(review.proposals)),
                  title_justify="left")
    table.add_column(t("replies.col.task"), no_wrap=True)
    table.add_column(t("replies.col.change"), max_width=20)
    table.add_column(t("replies.col.sentence"), ratio=1)
    for p in review.proposals:
        flag = " ⚑" if p.match == "order" else ""
        task = f"#{p.task.id}\n{p.notice.label()}\n{t('replies.cli.item', ref=p.task.ref)}"
        change = f"{_change(p)}\n({t(f'replies.match.{p.match}')}{flag})"
        table.add_row(plain(task), plain(change), plain(_proposal_text(p)))
    out.print(table)
    for u in review.unmatched:
        out.print(plain(t("replies.cli.unmatched", index=u.item.index,
                          item=", ".join(u.item.refs) or u.item.path, reason=u.reason)),
                  style="yellow")
    for warning in review.warnings + review.letter.warnings:
        out.print(plain(f"{t('cli.parse.warning')}: {warning}"), style="yellow")


def _change(p: Proposal) -> str:
    before = t(f"status.{p.task.status}")
    new = p.new_status
    text = f"{before} → {t(f'status.{new}')}" if new else \
        t("replies.cli.note_only", status=before)
    if p.said_status == "reported" and p.completed_on:
        text += "\n" + t("replies.cli.done_on", date=format_day(p.completed_on))
    extension = p.extension
    if extension is not None:
        text += "\n" + (t("replies.cli.extension", date=format_day(extension[0]))
                        if extension[0] else t("replies.cli.extension_no_day"))
    return text


def _proposal_text(p: Proposal) -> str:
    lines = [f"{p.task.agency}: {p.sentence}"]
    if p.reason:
        lines.append(t("replies.cli.reason", reason=p.reason))
    lines.extend(f"⚠ {w}" for w in p.warnings)
    return "\n".join(lines)


def proposal_json(p: Proposal) -> dict[str, Any]:
    """One proposal of `apply-report --json` (see docs/cli.md)."""
    extension = p.extension
    return {
        "task_id": p.task.id, "version": p.task.version, "notice_id": p.notice.id,
        "notice_number": p.notice.number, "directive_ref": p.task.ref,
        "agency": p.task.agency, "role": p.task.role, "match": p.match, "score": p.score,
        "status_before": p.task.status, "status": p.new_status,
        "reported_status": p.said_status,
        "completed_on": p.completed_on.isoformat() if p.completed_on else None,
        "completed_by": p.completed_by, "reason": p.reason,
        "extension_request": None if extension is None else {
            "due_on": extension[0].isoformat() if extension[0] else None,
            "text": extension[1]},
        "requests": [{"kind": kind, "text": text} for kind, text in p.requests],
        "sentence": p.sentence, "items": [i.index for i in p.items],
        "accepted": p.accepted, "warnings": list(p.warnings),
    }


def unmatched_json(u: Unmatched) -> dict[str, Any]:
    return {"item": u.item.index, "items": u.item.refs, "path": u.item.path,
            "reason": u.reason, "notice_id": u.notice.id if u.notice else None,
            "status": u.item.reading.status, "text": u.item.text}


def _done(review: Review, result: AppliedLetter, *, as_json: bool) -> None:
    letter = review.letter
    if as_json:
        data = {"letter": letter.to_json()["letter"], "status": result.status,
                "letter_id": result.letter_id, "change_id": result.change_id,
                "applied_at": result.applied_at, "applied_by": result.applied_by,
                "tasks": list(result.task_ids), "extension_requests": result.requests,
                "proposals": [proposal_json(p) for p in review.proposals],
                "unmatched": [unmatched_json(u) for u in review.unmatched],
                "warnings": review.warnings + letter.warnings}
        print_json(data)
        return
    if result.status == "unchanged":
        click.echo(t("replies.cli.unchanged", letter=letter.evidence_text(),
                     at=result.applied_at, user=result.applied_by, change=result.change_id))
        return
    click.echo(tn("replies.cli.applied", len(result.task_ids), count=len(result.task_ids),
                 letter=letter.evidence_text(), change=result.change_id,
                 requests=result.requests))
