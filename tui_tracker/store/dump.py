"""The whole database as a stream of records, for the JSON export (and the flat ones).

`iter_records(conn)` yields, in this order and on one snapshot (the caller runs
it inside a read transaction):

    ("header",  {"format", "format_version", "schema_version", "exported_at"})
    ("agency",  {...agencies columns..., "aliases": [{...agency_aliases columns...}]})  * n
    ("notice",  {...notices columns..., "references": [...],
                 "directives": [{..., "tasks": [{..., "history": [...]}]}]})          * n
    ("change",  {...change_log columns...})                                            * n

Agencies come before notices because tasks point at them, and the correction log
(change_log: who corrected what, when, with the values before and after) comes
last because its rows point at notices, directives and tasks: a reader can
restore the stream in one pass. One notice (with everything under it) is built at
a time, so memory stays bounded by the largest notice, not by the database.

Everything is exported, deleted rows too (with deleted_at / deleted_by): a
restore keeps the audit trail, and `undo-change` and `restore-notice` still work
on the restored database. Only what the store derives from the data is left out:
the full-text search tables, rebuilt on restore.

Columns are read from the schema (PRAGMA table_xinfo), not listed here: a column
that another feature adds to a table is exported and restored without touching
this module. Generated columns are left out (SQLite computes them). The parent's
id is left out of nested records (the nesting says it), and JSON-array columns
(attendees, recipients, warnings, ...) are written as arrays, not as text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from typing import Any

EXPORT_FORMAT = "tui-tracker-export"  # the marker `import` recognises an export by
# 2: the correction log ("changes") is exported too. A version-1 reader would restore
# such a file without it, silently: it refuses it as newer instead.
EXPORT_FORMAT_VERSION = 2

# table -> the column holding its parent's id, implied by the nesting.
PARENT_COLUMN = {
    "agency_aliases": "agency_id",
    "notice_references": "notice_id",
    "directives": "notice_id",
    "tasks": "directive_id",
    "task_history": "task_id",
}
# Text columns that hold a JSON array: exported as arrays, stored back as text.
JSON_LIST_COLUMNS = {"notices": ("attendees", "addressees", "recipients", "warnings")}
# Keys of nested lists; no table may have a column of that name.
NESTED_KEYS = ("aliases", "references", "directives", "tasks", "history")
# Every table of the data, in restore order, and those the store derives (rebuilt on
# restore, never exported). tests check that no other table exists, so a table added
# later cannot silently miss the export.
EXPORTED_TABLES = ("agencies", "agency_aliases", "notices", "notice_references", "directives",
                   "tasks", "task_history", "change_log")
DERIVED_TABLES = ("directive_search", "notice_search")

Record = tuple[str, dict[str, Any]]


def stored_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of `table` that hold data (generated and hidden ones left out)."""
    return [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})") if row[6] == 0]


class _Reader:
    """SELECTs of one table's stored columns, the parent column dropped from the result."""

    def __init__(self, conn: sqlite3.Connection, table: str) -> None:
        self.conn = conn
        self.table = table
        self.columns = stored_columns(conn, table)
        parent = PARENT_COLUMN.get(table)
        self.kept = [column for column in self.columns if column != parent]
        self.select = f"SELECT {', '.join(self.kept)} FROM {table}"
        self.json_columns = JSON_LIST_COLUMNS.get(table, ())

    def rows(self, where: str = "", params: tuple[Any, ...] = (),
             order: str = "id") -> Iterator[dict[str, Any]]:
        sql = f"{self.select} {where} ORDER BY {order}"
        for values in self.conn.execute(sql, params):
            record = dict(zip(self.kept, values, strict=True))
            for column in self.json_columns:
                record[column] = _json_list(record.get(column))
            yield record


def _json_list(text: Any) -> Any:
    """A JSON-array column as a list, when storing the list back gives the very same
    text; anything else (edited in the shell) is kept as the raw text."""
    if not isinstance(text, str):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, list) and json.dumps(value, ensure_ascii=False) == text:
        return value
    return text


def header(conn: sqlite3.Connection) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
        "exported_at": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
    }


def iter_records(conn: sqlite3.Connection) -> Iterator[Record]:
    """Every record of the database in restore order (see the module docstring)."""
    yield "header", header(conn)

    aliases = _Reader(conn, "agency_aliases")
    for agency in _Reader(conn, "agencies").rows():
        agency["aliases"] = list(aliases.rows("WHERE agency_id = ?", (agency["id"],)))
        yield "agency", agency

    references = _Reader(conn, "notice_references")
    directives = _Reader(conn, "directives")
    tasks = _Reader(conn, "tasks")
    history = _Reader(conn, "task_history")
    for notice in _Reader(conn, "notices").rows():
        notice_id = notice["id"]
        notice["references"] = list(references.rows(
            "WHERE notice_id = ?", (notice_id,), order="position, id"))
        notice["directives"] = []
        for directive in directives.rows("WHERE notice_id = ?", (notice_id,),
                                         order="position, id"):
            directive["tasks"] = []
            for task in tasks.rows("WHERE directive_id = ?", (directive["id"],)):
                task["history"] = list(history.rows("WHERE task_id = ?", (task["id"],)))
                directive["tasks"].append(task)
            notice["directives"].append(directive)
        yield "notice", notice

    for change in _Reader(conn, "change_log").rows():
        yield "change", change
