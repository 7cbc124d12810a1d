"""Read-only queries: task history, notices, directives, search (task lists and
counts are in task_queries.py)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.model import Reference
from tui_tracker.store import agency_store
from tui_tracker.store.filters import (
    URGENCY_ORDER,
)
from tui_tracker.store.rows import (
    TASK_FROM,
    TASK_SELECT,
    DirectiveDetail,
    DirectiveRow,
    HistoryEntry,
    NoticeDetail,
    NoticeRow,
    SearchResults,
    iso,
    task_row,
    to_date,
)
from tui_tracker.store.search_index import (
    NOTICE_MATCH,
    exact_form,
    match_expression,
)


def history(conn: sqlite3.Connection, task_id: int) -> list[HistoryEntry]:
    rows = conn.execute(
        "SELECT id, task_id, at, user, action, field, from_value, to_value, note, session, "
        "completed_on, effective_on FROM task_history WHERE task_id = ? ORDER BY id",
        (task_id,)).fetchall()
    if not rows and conn.execute("SELECT 1 FROM tasks WHERE id = ?", (task_id,)).fetchone() is None:
        raise UsageError(t("store.task_not_found", id=task_id))
    return [HistoryEntry(*row[:11], effective_on=row[11]) for row in rows]


# ---------------------------------------------------------------- notices

_NOTICE_ORDER = "n.sort_date DESC, n.id DESC"  # the index notices_by_date


_LIVE_NOTICE = "n.deleted_at IS NULL"  # the partial index notices_by_date matches it


def _notice_where(search: str | None) -> tuple[str, list[Any]]:
    if search is None or not search.strip():
        return _LIVE_NOTICE, []
    expression = match_expression(search)
    if expression is None:
        return "0", []  # only punctuation: nothing, rather than every notice
    return f"{_LIVE_NOTICE} AND n.id IN ({NOTICE_MATCH})", [expression, expression]


def list_notices(conn: sqlite3.Connection, *, today: date, search: str | None = None,
                 limit: int | None = None, offset: int = 0) -> list[NoticeRow]:
    """Newest first: by issue date (else meeting date), undated last, then newest import."""
    where, params = _notice_where(search)
    ids = [row[0] for row in conn.execute(
        f"SELECT n.id FROM notices n WHERE {where} ORDER BY {_NOTICE_ORDER} LIMIT ? OFFSET ?",
        [*params, -1 if limit is None else max(limit, 0), max(offset, 0)])]
    return notice_rows(conn, ids, today=today)


def count_notices(conn: sqlite3.Connection, *, search: str | None = None) -> int:
    where, params = _notice_where(search)
    return int(conn.execute(f"SELECT count(*) FROM notices n WHERE {where}", params).fetchone()[0])


_NOTICE_COLUMNS = "n.id, n.number, n.doc_type, n.title, n.issuer, n.issued_on, n.meeting_on"


def notice_rows(conn: sqlite3.Connection, ids: list[int], *, today: date) -> list[NoticeRow]:
    """NoticeRows for these ids, in this order, with their counts as of `today`.
    Totals leave cancelled tasks out, like the reports."""
    if not ids:
        return []
    # The ids travel as one JSON array: no limit on their number, no temp table.
    wanted = "(SELECT value FROM json_each(:ids))"
    params = {"ids": json.dumps(ids), "today": iso(today)}
    base = {row[0]: row for row in conn.execute(
        f"SELECT {_NOTICE_COLUMNS} FROM notices n WHERE n.id IN {wanted} "
        f"AND {_LIVE_NOTICE}", params)}
    directives = dict(conn.execute(
        f"SELECT notice_id, count(*) FROM directives WHERE notice_id IN {wanted} "
        "AND deleted_at IS NULL GROUP BY notice_id", params).fetchall())
    counts = {row[0]: row[1:] for row in conn.execute(
        f"""
        SELECT d.notice_id, sum(t.status <> 'cancelled'), sum(t.closed = 0),
               sum(t.closed = 0 AND t.due_on < :today), sum(t.status = 'done')
        FROM directives d JOIN tasks t ON t.directive_id = d.id
        WHERE d.notice_id IN {wanted} AND d.deleted_at IS NULL AND t.deleted_at IS NULL
        GROUP BY d.notice_id
        """, params)}
    rows = []
    for notice_id in ids:
        if notice_id not in base:
            continue
        rows.append(NoticeRow(**_notice_fields(base[notice_id], directives.get(notice_id, 0),
                                               counts.get(notice_id))))
    return rows


def _notice_fields(base: tuple[Any, ...], directives: int,
                   counts: tuple[Any, ...] | None) -> dict[str, Any]:
    total, open_, overdue, done = counts or (0, 0, 0, 0)
    return {
        "id": base[0], "number": base[1], "doc_type": base[2], "title": base[3],
        "issuer": base[4], "issued_on": to_date(base[5]), "meeting_on": to_date(base[6]),
        "directives": directives, "total_tasks": total or 0, "open_tasks": open_ or 0,
        "overdue_tasks": overdue or 0, "done_tasks": done or 0,
    }


def get_notice(conn: sqlite3.Connection, notice_id: int, *, today: date) -> NoticeDetail:
    rows = notice_rows(conn, [notice_id], today=today)
    if not rows:
        raise UsageError(t("store.notice_not_found", id=notice_id))
    (place, meeting_place, presiding, signer, signer_title, attendees, recipients, warnings,
     text, original_text, source, imported_at) = conn.execute(
        "SELECT place, meeting_place, presiding, signer, signer_title, attendees, recipients, "
        "warnings, text, original_text, source, imported_at FROM notices WHERE id = ?",
        (notice_id,)).fetchone()
    references = [
        Reference(text=row[0], number=row[1], doc_type=row[2], issued_on=to_date(row[3]))
        for row in conn.execute(
            "SELECT text, number, doc_type, issued_on FROM notice_references "
            "WHERE notice_id = ? ORDER BY position, id", (notice_id,))]
    return NoticeDetail(
        **vars(rows[0]), place=place, meeting_place=meeting_place, presiding=presiding,
        signer=signer, signer_title=signer_title, attendees=_json_list(attendees),
        recipients=_json_list(recipients), references=references,
        warnings=_json_list(warnings), text=text, original_text=original_text, source=source,
        imported_at=imported_at)


def _json_list(value: str | None) -> list[str]:
    """A JSON array column; anything else (e.g. typed in the shell) reads as empty."""
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(item) for item in data] if isinstance(data, list) else []


# ---------------------------------------------------------------- directives

_DIRECTIVE_SELECT = """
    d.id, d.notice_id, n.number, d.ref, d.heading, d.summary, d.text, d.section,
    (SELECT a.name FROM tasks l JOIN agencies a ON a.id = l.agency_id
      WHERE l.directive_id = d.id AND l.role = 'lead' AND l.deleted_at IS NULL
      ORDER BY l.id LIMIT 1),
    d.with_related, d.deadline_text, d.deadline_kind, d.due_on,
    (SELECT count(*) FROM tasks c WHERE c.directive_id = d.id AND c.deleted_at IS NULL
      AND c.status <> 'cancelled'),
    (SELECT count(*) FROM tasks c WHERE c.directive_id = d.id AND c.deleted_at IS NULL
      AND c.status = 'done'),
    (SELECT count(*) FROM tasks c WHERE c.directive_id = d.id AND c.deleted_at IS NULL
      AND c.closed = 0 AND c.due_on < :today),
    n.doc_type
"""


def _directive_row(row: tuple[Any, ...]) -> DirectiveRow:
    return DirectiveRow(
        id=row[0], notice_id=row[1], notice_number=row[2], ref=row[3], heading=row[4],
        summary=row[5], text=row[6], section=row[7], lead=row[8], with_related=bool(row[9]),
        deadline_text=row[10], deadline_kind=row[11], due_on=to_date(row[12]),
        tasks_total=row[13], tasks_done=row[14], tasks_overdue=row[15],
        notice_doc_type=row[16])


def list_directives(conn: sqlite3.Connection, notice_id: int, *, today: date) -> list[DirectiveRow]:
    """The directives of a notice in the notice's order."""
    if conn.execute("SELECT 1 FROM notices WHERE id = ? AND deleted_at IS NULL",
                    (notice_id,)).fetchone() is None:
        raise UsageError(t("store.notice_not_found", id=notice_id))
    rows = conn.execute(
        f"SELECT {_DIRECTIVE_SELECT} FROM directives d JOIN notices n ON n.id = d.notice_id "
        "WHERE d.notice_id = :id AND d.deleted_at IS NULL ORDER BY d.position, d.id",
        {"today": iso(today), "id": notice_id}).fetchall()
    return [_directive_row(row) for row in rows]


def get_directive(conn: sqlite3.Connection, directive_id: int, *, today: date) -> DirectiveDetail:
    row = conn.execute(
        f"SELECT {_DIRECTIVE_SELECT} FROM directives d JOIN notices n ON n.id = d.notice_id "
        "WHERE d.id = :id AND d.deleted_at IS NULL AND n.deleted_at IS NULL",
        {"today": iso(today), "id": directive_id}).fetchone()
    if row is None:
        raise UsageError(t("store.directive_not_found", id=directive_id))
    # Lead first, then coordinating agencies, in the order of the notice.
    tasks = [task_row(r, today=today) for r in conn.execute(
        f"SELECT {TASK_SELECT} FROM {TASK_FROM} WHERE t.directive_id = ? "
        "AND t.deleted_at IS NULL ORDER BY t.role <> 'lead', t.id", (directive_id,))]
    return DirectiveDetail(**vars(_directive_row(row)), tasks=tasks)


# ---------------------------------------------------------------- search


def search(conn: sqlite3.Connection, text: str, *, today: date, limit: int = 50) -> SearchResults:
    """Notices, directives and tasks whose text matches, without regard to
    diacritics; matches carrying the very diacritics typed come first, then by
    relevance (bm25). Tasks follow their directive's rank, then urgency."""
    expression = match_expression(text)
    if expression is None:
        return SearchResults(notices=[], directives=[], tasks=[])
    exact = exact_form(text)
    limit = max(limit, 0)
    # An agency's alias ('Sở KH&CN') finds that agency's tasks and their directives,
    # as the agency filter does; after the text matches (score 0 is bm25's worst).
    agency = agency_store.named_agency(conn, text)
    matches = """
        WITH found AS (
            SELECT rowid AS id, instr(exact, :exact) > 0 AS ex,
                   bm25(directive_search, 2.0, 1.0, 1.0, 0.0) AS score, 1 AS by_text
            FROM directive_search WHERE directive_search MATCH :q
            UNION ALL
            SELECT DISTINCT directive_id, 1, 0.0, 0 FROM tasks WHERE agency_id = :agency),
        dm AS (SELECT id, max(ex) AS ex, min(score) AS score, max(by_text) AS by_text
               FROM found GROUP BY id),
        nm AS (
            SELECT rowid AS id, instr(exact, :exact) > 0 AS ex,
                   bm25(notice_search, 2.0, 1.0, 0.0) AS score
            FROM notice_search WHERE notice_search MATCH :q
            UNION ALL
            SELECT d.notice_id, dm.ex, dm.score FROM dm JOIN directives d ON d.id = dm.id),
        best AS (SELECT id, max(ex) AS ex, min(score) AS score FROM nm GROUP BY id)
    """
    params = {"q": expression, "exact": exact, "limit": limit, "today": iso(today),
              "agency": agency}
    notice_ids = [row[0] for row in conn.execute(
        matches + "SELECT best.id FROM best JOIN notices n ON n.id = best.id "
                  "WHERE n.deleted_at IS NULL ORDER BY best.ex DESC, best.score, n.id DESC LIMIT :limit", params)]
    directive_rows = conn.execute(
        matches + f"""
        SELECT {_DIRECTIVE_SELECT}
        FROM dm JOIN directives d ON d.id = dm.id JOIN notices n ON n.id = d.notice_id
        WHERE d.deleted_at IS NULL AND n.deleted_at IS NULL
        ORDER BY dm.ex DESC, dm.score, d.id LIMIT :limit""", params).fetchall()
    task_rows = conn.execute(
        matches + f"""
        SELECT {TASK_SELECT} FROM dm
        JOIN tasks t ON t.directive_id = dm.id
        JOIN directives d ON d.id = t.directive_id
        JOIN notices n ON n.id = d.notice_id
        JOIN agencies a ON a.id = t.agency_id
        WHERE t.deleted_at IS NULL AND d.deleted_at IS NULL AND n.deleted_at IS NULL
          AND (dm.by_text OR t.agency_id = :agency)
        ORDER BY dm.ex DESC, {URGENCY_ORDER} LIMIT :limit""", params).fetchall()
    return SearchResults(
        notices=notice_rows(conn, notice_ids, today=today),
        directives=[_directive_row(row) for row in directive_rows],
        tasks=[task_row(row, today=today) for row in task_rows],
    )
