"""Storing a parsed notice: all of it in one transaction, or nothing.

Idempotent: a notice whose normalised text (hash) or whose number + issuer is
already stored is reported "unchanged" and adds nothing, so re-running an
import over a folder of notices is safe.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from tui_tracker.errors import BadInputError, UsageError
from tui_tracker.i18n import t
from tui_tracker.model import ParsedDirective, ParsedNotice, Role
from tui_tracker.store import agency_store
from tui_tracker.store.connection import now_text, write_transaction
from tui_tracker.store.rows import ImportResult, iso
from tui_tracker.store.search_index import index_notices
from tui_tracker.store.source_file import SourceFile, as_source_file, record_source
from tui_tracker.store.triage_rules import check_plausible
from tui_tracker.text import fold, normalize

SUMMARY_MAX = 160
_SENTENCE = re.compile(r"^(.+?[.!?…])(?=\s|$)", re.DOTALL)


class _DryRun(Exception):
    """Carries the result of a dry run out of the transaction it rolls back."""

    def __init__(self, results: list[ImportResult]) -> None:
        super().__init__("dry run")
        self.results = results


def text_hash(parsed: ParsedNotice) -> str:
    """sha256 of the normalised text, whitespace collapsed; of the parsed structure
    when there is no text (a notice built by hand)."""
    text = parsed.text or (normalize(parsed.original) if parsed.original.strip() else "")
    if text.strip():
        basis = " ".join(text.split())  # blank lines and spacing do not make a new notice
    else:
        basis = json.dumps(parsed.to_json(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def number_key(number: str | None, issuer: str | None) -> str | None:
    """Number + issuer compared loosely ('1961/QĐUBND' = '1961/QĐ-UBND', issuer by
    agency key); None without a number, so such notices match by text only."""
    if not number or not number.strip():
        return None
    folded = re.sub(r"[^0-9a-z/]", "", fold(number))
    if not folded:
        return None
    issuer_key = agency_store.name_key(issuer) if issuer and issuer.strip() else ""
    return f"{folded}|{issuer_key}"


def summary_of(directive: ParsedDirective) -> str:
    """The heading, else the first sentence of the text, at most 160 characters."""
    if directive.heading and directive.heading.strip():
        source = directive.heading
    else:
        first = (directive.text or "").strip().split("\n", 1)[0]
        match = _SENTENCE.match(first)
        source = match.group(1) if match else first
    source = " ".join(source.split())
    if len(source) <= SUMMARY_MAX:
        return source
    cut = source[:SUMMARY_MAX - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def check_dates(parsed: ParsedNotice) -> None:
    """BadInputError (exit 4) for a notice with a day outside the plausible years (an
    issue date in 9999 is a typo of the document or of the reading, never a date to
    keep): its dates, its deadlines, its chain steps, the documents it cites."""
    header = parsed.notice
    days: list[tuple[date | None, str]] = [(header.issued_on, "notice.issued_on"),
                                           (header.meeting_on, "notice.meeting_on")]
    for d in parsed.directives:
        days.append((d.deadline.due_on if d.deadline else None, "directive.due_on"))
        days.extend((a.due_on, "directive.due_on") for a in d.assignments)
    days.extend((r.issued_on, "reference.issued_on") for r in parsed.references)
    for day, what in days:
        try:
            check_plausible(day, what)
        except UsageError as exc:
            name = header.number or header.title or "—"
            raise BadInputError(t("store.implausible_in_notice", notice=name,
                                  detail=exc.message)) from None


def import_notice(conn: sqlite3.Connection, parsed: ParsedNotice, *, user: str,
                  source: str | SourceFile | None = None, dry_run: bool = False) -> ImportResult:
    return import_notices(conn, [parsed], user=user, sources=[source], dry_run=dry_run)[0]


def import_notices(conn: sqlite3.Connection, parsed_list: Iterable[ParsedNotice], *, user: str,
                   sources: Iterable[str | SourceFile | None] | None = None,
                   dry_run: bool = False) -> list[ImportResult]:
    """Store several notices in ONE transaction: all of them or, when anything
    fails halfway (disk full, a broken row, a file that does not parse), none.
    Each is still idempotent, also within the batch: the same notice twice is
    "imported" then "unchanged".

    `parsed_list` may be an iterator that parses file after file: each notice
    is stored and dropped before the next is read, so memory stays flat for
    thousands of files; an error it raises rolls the whole batch back.

    The write lock is held for the whole batch, so other sessions wait for it
    (up to their busy timeout)."""
    if sources is None:
        pairs: Iterable[tuple[ParsedNotice, str | SourceFile | None]] = ((p, None) for p in parsed_list)
    else:
        pairs = zip(parsed_list, sources, strict=True)
    try:
        with write_transaction(conn):
            results: list[ImportResult] = []
            new_ids: set[int] = set()
            for parsed, source in pairs:
                digest = text_hash(parsed)
                key = number_key(parsed.notice.number, parsed.notice.issuer)
                existing = _existing(conn, digest, key)
                if existing is not None:
                    if dry_run and existing.id in new_ids:
                        # Its twin earlier in this batch will not be kept either.
                        existing = replace(existing, id=None)
                    results.append(existing)
                    continue
                check_dates(parsed)
                result = _insert(conn, parsed, user=user, source=source, digest=digest, key=key)
                if dry_run:
                    new_ids.add(result.id or 0)
                    result = replace(result, id=None)
                results.append(result)
            if dry_run:
                raise _DryRun(results)
            return results
    except _DryRun as dry:
        return dry.results


def _existing(conn: sqlite3.Connection, digest: str, key: str | None) -> ImportResult | None:
    row = conn.execute(
        "SELECT id, number, title FROM notices WHERE text_hash = ? "
        "OR (? IS NOT NULL AND number_key = ?) ORDER BY id LIMIT 1", (digest, key, key)).fetchone()
    if row is None:
        return None
    directives, tasks = conn.execute(
        "SELECT count(DISTINCT d.id), count(t.id) FROM directives d "
        "LEFT JOIN tasks t ON t.directive_id = d.id WHERE d.notice_id = ?", (row[0],)).fetchone()
    return ImportResult(id=row[0], number=row[1], title=row[2], directives=directives,
                        tasks=tasks, status="unchanged")


def _insert(conn: sqlite3.Connection, parsed: ParsedNotice, *, user: str,
            source: str | SourceFile | None, digest: str, key: str | None) -> ImportResult:
    header = parsed.notice
    source_file = as_source_file(source)
    source = source_file.path
    now = now_text()
    text = parsed.text or (normalize(parsed.original) if parsed.original.strip() else "")
    cursor = conn.execute(
        """
        INSERT INTO notices (number, number_key, doc_type, title, issuer, place, issued_on,
            meeting_on, meeting_place, presiding, signer, signer_title, attendees, addressees,
            recipients, warnings, text, original_text, text_hash, source, imported_at, imported_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (header.number, key, header.doc_type, header.title, header.issuer, header.place,
         iso(header.issued_on), iso(header.meeting_on), header.meeting_place, header.presiding,
         header.signer, header.signer_title, _json(header.attendees), _json(header.addressees),
         _json(header.recipients), _json(parsed.warnings), text, parsed.original or text, digest,
         source, now, user))
    notice_id = int(cursor.lastrowid or 0)
    record_source(conn, notice_id, source_file)
    conn.executemany(
        "INSERT INTO notice_references (notice_id, position, text, number, doc_type, issued_on) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(notice_id, i, r.text, r.number, r.doc_type, iso(r.issued_on))
         for i, r in enumerate(parsed.references)])

    unassigned = agency_store.ensure_agency(conn, agency_store.UNASSIGNED)
    task_count = 0
    for position, directive in enumerate(parsed.directives):
        deadline = directive.deadline
        cursor = conn.execute(
            """
            INSERT INTO directives (notice_id, position, ref, heading, summary, text, section,
                with_related, deadline_text, deadline_kind, due_on, recurrence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (notice_id, position, directive.ref, directive.heading, summary_of(directive),
             directive.text, directive.section, int(bool(directive.with_related)),
             deadline.text if deadline else None,
             str(deadline.kind) if deadline and deadline.kind else None,
             iso(deadline.due_on) if deadline else None,
             deadline.recurrence if deadline else None))
        directive_id = int(cursor.lastrowid or 0)
        due = iso(deadline.due_on) if deadline else None
        born = iso(header.issued_on or header.meeting_on) or now[:10]
        for agency_id, role, own_due in _assignments(conn, directive, unassigned):
            # A step of a chain has its own date; the others take the directive's.
            task_due = iso(own_due) if own_due is not None else due
            cursor = conn.execute(
                """
                INSERT INTO tasks (directive_id, agency_id, role, status, due_on, original_due_on,
                    version, created_at, updated_at, updated_by)
                VALUES (?, ?, ?, 'todo', ?, ?, 1, ?, ?, ?)
                """, (directive_id, agency_id, role, task_due, task_due, now, now, user))
            # The source file is on the notice; the history says who imported when.
            # The task exists from the notice's date (reports as of a day count it from
            # then), else from the day it is imported.
            conn.execute(
                "INSERT INTO task_history (task_id, at, user, action, field, to_value, version, "
                "effective_on) VALUES (?, ?, ?, 'import', 'status', 'todo', 1, ?)",
                (cursor.lastrowid, now, user, born))
            task_count += 1
    index_notices(conn, notice_id)
    return ImportResult(id=notice_id, number=header.number, title=header.title,
                        directives=len(parsed.directives), tasks=task_count, status="imported")


def _assignments(conn: sqlite3.Connection, directive: ParsedDirective,
                 unassigned: int) -> list[tuple[int, str, date | None]]:
    """(agency id, role, own due date) per task: one per agency (spellings of one
    agency merge, lead wins over coordinate); the placeholder lead when nobody is named."""
    roles: dict[int, tuple[str, date | None]] = {}
    for assignment in directive.assignments:
        agency_id = agency_store.resolve(conn, assignment.agency, group=assignment.group)
        role = Role(assignment.role).value
        if agency_id not in roles or roles[agency_id][0] != Role.LEAD.value:
            roles[agency_id] = (role, assignment.due_on)
    if not roles:
        roles[unassigned] = (Role.LEAD.value, None)
    return [(agency_id, role, due) for agency_id, (role, due) in roles.items()]


def _json(values: Any) -> str:
    return json.dumps(list(values or []), ensure_ascii=False)
