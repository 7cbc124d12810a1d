"""Full-text search over folded text.

SQLite's unicode61 tokenizer strips tone marks but cannot turn `đ` into `d`
(it has no decomposition), so the text is folded in Python (text.fold) before
it goes into the FTS5 tables, and queries are folded the same way. A lower-cased
copy with its diacritics (column `exact`) lets search() put first the matches
that carry exactly the diacritics the user typed.

The tables are filled here on import rather than by triggers: a trigger would
need fold() registered as an SQL function, and the sqlite3 shell could then no
longer write to the database.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable

from tui_tracker.text import fold

_TOKEN = re.compile(r"[^\W_]+")  # what unicode61 keeps as a token: letters and digits


def match_expression(text: str) -> str | None:
    """The FTS5 query for what the user typed: the words as a phrase, the last one a
    prefix so it works as-you-type ('ton ta' finds 'tồn tại'). None when nothing
    searchable was typed. Tokens are letters and digits only, so quoting is safe."""
    tokens = _TOKEN.findall(fold(text))
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"*'


def exact_form(text: str) -> str:
    """Lower case with diacritics kept, spaces collapsed: what `exact` holds."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _doc(parts: Iterable[str | None]) -> tuple[str, str]:
    present = [part for part in parts if part]
    return fold("\n".join(present)), "\n".join(exact_form(part) for part in present)


def index_notices(conn: sqlite3.Connection, notice_id: int | None = None) -> None:
    """(Re)build the search rows of one notice and its directives, or of all (None)."""
    # Deleted (hidden) notices, directives and tasks get no search rows.
    where, params = ("AND n.id = ?", [notice_id]) if notice_id is not None else ("", [])
    where = "WHERE n.deleted_at IS NULL " + where
    notices = conn.execute(
        f"SELECT n.id, n.number, n.title, n.issuer, n.presiding, n.signer, n.place, n.text "
        f"FROM notices n {where}", params).fetchall()
    directives = conn.execute(
        f"SELECT d.id, d.heading, d.text, n.number, n.title "
        f"FROM directives d JOIN notices n ON n.id = d.notice_id {where} "
        "AND d.deleted_at IS NULL", params).fetchall()
    agency_names: dict[int, list[str]] = {}
    for directive_id, name in conn.execute(
            f"SELECT t.directive_id, a.name FROM tasks t "
            f"JOIN agencies a ON a.id = t.agency_id JOIN directives d ON d.id = t.directive_id "
            f"JOIN notices n ON n.id = d.notice_id {where} AND t.deleted_at IS NULL "
            "ORDER BY t.id", params):
        agency_names.setdefault(directive_id, []).append(name)

    if notice_id is None:
        conn.execute("DELETE FROM notice_search")
        conn.execute("DELETE FROM directive_search")
    else:
        conn.execute("DELETE FROM notice_search WHERE rowid = ?", (notice_id,))
        # Every directive of the notice, deleted ones included: their rows must go.
        conn.executemany("DELETE FROM directive_search WHERE rowid = ?", conn.execute(
            "SELECT id FROM directives WHERE notice_id = ?", (notice_id,)).fetchall())
    notice_rows = []
    for notice_id_, *header, text in notices:
        header_folded, header_exact = _doc(header)
        body_folded, body_exact = _doc([text])
        # `exact` ranks first the matches that carry the diacritics typed, in either part.
        notice_rows.append((notice_id_, header_folded, body_folded,
                            "\n".join(part for part in (header_exact, body_exact) if part)))
    conn.executemany(
        "INSERT INTO notice_search (rowid, notice, body, exact) VALUES (?, ?, ?, ?)",
        notice_rows)
    rows = []
    for directive_id, heading, text, number, title in directives:
        body, body_exact = _doc([heading, text])
        notice, notice_exact = _doc([number, title])
        names, names_exact = _doc(agency_names.get(directive_id, []))
        exact = "\n".join(part for part in (body_exact, notice_exact, names_exact) if part)
        rows.append((directive_id, body, notice, names, exact))
    conn.executemany(
        "INSERT INTO directive_search (rowid, body, notice, agencies, exact) "
        "VALUES (?, ?, ?, ?, ?)", rows)


# Ids of directives / notices whose folded text matches a match_expression().
DIRECTIVE_MATCH = "SELECT rowid FROM directive_search WHERE directive_search MATCH ?"
NOTICE_MATCH = (
    "SELECT rowid FROM notice_search WHERE notice_search MATCH ? "
    "UNION SELECT d.notice_id FROM directives d WHERE d.id IN "
    "(SELECT rowid FROM directive_search WHERE directive_search MATCH ?)"
)
