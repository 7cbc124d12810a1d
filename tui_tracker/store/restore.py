"""Restoring a JSON export (store/dump.py's records) into an empty database.

All of it in ONE transaction, or nothing: a damaged record, a missing agency or
a file cut short rolls everything back. Ids are kept as exported, so a restored
database answers `list --json`, `history --json` and `corrections --json` exactly
like the original (task 12 is still task 12, the history's and the correction
log's `undoes` links still hold, and `undo-change N` undoes the same correction).
An export of the restored database is the original export again, byte for byte
but for its `exported_at`.

An export from before business dates (schema 2) gets them as an upgraded
database does (migrations/v3_business_dates.fill_effective_on).

"Empty" means no notice, task or history: a new database already holds the
seeded agencies, which the export's agencies replace (the export carries every
agency of the original, seeded ones included, with their ids and aliases).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tui_tracker.errors import BadInputError, UsageError
from tui_tracker.i18n import t
from tui_tracker.store.connection import SCHEMA_VERSION, write_transaction
from tui_tracker.store.dump import (
    EXPORT_FORMAT,
    EXPORT_FORMAT_VERSION,
    JSON_LIST_COLUMNS,
    NESTED_KEYS,
    PARENT_COLUMN,
    Record,
    stored_columns,
)
from tui_tracker.store.migrations.v3_business_dates import fill_effective_on
from tui_tracker.store.rows import ImportResult
from tui_tracker.store.search_index import index_notices


@dataclass(frozen=True)
class RestoreResult:
    agencies: int
    notices: int
    directives: int
    tasks: int
    history: int
    changes: int = 0  # rows of the correction log
    # One per restored notice, as `import` reports notices (status "imported").
    stored: tuple[ImportResult, ...] = ()


class _Damaged(Exception):
    """A record that cannot be stored as it is; reported as a damaged export."""


def is_empty(conn: sqlite3.Connection) -> bool:
    return not conn.execute(
        "SELECT EXISTS (SELECT 1 FROM notices) OR EXISTS (SELECT 1 FROM tasks) "
        "OR EXISTS (SELECT 1 FROM task_history) OR EXISTS (SELECT 1 FROM change_log)"
    ).fetchone()[0]


def check_header(record: tuple[str, object] | None) -> None:
    """Refuse what is not an export of ours, or one from a newer version. (The record is
    read from a file: what it holds is checked, not assumed.)"""
    head = record[1] if record is not None and record[0] == "header" else None
    if not isinstance(head, dict) or head.get("format") != EXPORT_FORMAT:
        raise BadInputError(t("exports.restore.not_export"))
    format_version, schema_version = head.get("format_version"), head.get("schema_version")
    if not isinstance(format_version, int) or not isinstance(schema_version, int):
        raise BadInputError(t("exports.restore.damaged", detail="format_version"))
    if format_version > EXPORT_FORMAT_VERSION or schema_version > SCHEMA_VERSION:
        raise BadInputError(t("exports.restore.newer", found=schema_version,
                              known=SCHEMA_VERSION))


def restore(conn: sqlite3.Connection, records: Iterable[Record], *,
            path: str = "") -> RestoreResult:
    """Store every record of an export in one transaction into an empty database.

    Raises UsageError when the database is not empty, BadInputError when the
    records are not an export or are damaged; in both cases nothing is stored."""
    iterator = iter(records)
    with write_transaction(conn):
        if not is_empty(conn):
            raise UsageError(t("exports.restore.not_empty", path=path))
        check_header(next(iterator, None))
        # The history's `undoes` may point at any entry: check references at COMMIT
        # (the pragma ends with the transaction).
        conn.execute("PRAGMA defer_foreign_keys = ON")
        writer = _Writer(conn)
        try:
            for kind, record in iterator:
                if kind == "agency":
                    writer.agency(record)
                elif kind == "notice":
                    writer.notice(record)
                elif kind == "change":
                    writer.change(record)
                elif kind in ("report_letter", "extension_request"):
                    # Agencies' report letters and their extension requests (format 3).
                    writer.row(f"{kind}s", record)
                else:
                    raise _Damaged(kind)
            fill_effective_on(conn)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise _Damaged(f"{problems[0][0]} → {problems[0][2]}")
        except (_Damaged, sqlite3.IntegrityError, KeyError, TypeError, ValueError,
                AttributeError) as exc:
            raise BadInputError(t("exports.restore.damaged", detail=str(exc)[:200])) from exc
        return writer.result()


class _Writer:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.columns: dict[str, list[str]] = {}
        self.seed_cleared = False
        self.counts = dict.fromkeys(("agencies", "notices", "directives", "tasks", "history",
                                     "changes"), 0)
        self.stored: list[ImportResult] = []

    def result(self) -> RestoreResult:
        return RestoreResult(**self.counts, stored=tuple(self.stored))

    def agency(self, record: dict[str, Any]) -> None:
        if not self.seed_cleared:
            # The new database's seeded agencies make way for the exported ones.
            self.conn.execute("DELETE FROM agency_aliases")
            self.conn.execute("DELETE FROM agencies")
            self.seed_cleared = True
        agency_id = self._insert("agencies", record)
        for alias in _list(record, "aliases"):
            self._insert("agency_aliases", alias, parent=agency_id)
        self.counts["agencies"] += 1

    def notice(self, record: dict[str, Any]) -> None:
        notice_id = self._insert("notices", record)
        directives_before, tasks_before = self.counts["directives"], self.counts["tasks"]
        for reference in _list(record, "references"):
            self._insert("notice_references", reference, parent=notice_id)
        for directive in _list(record, "directives"):
            directive_id = self._insert("directives", directive, parent=notice_id)
            self.counts["directives"] += 1
            for task in _list(directive, "tasks"):
                task_id = self._insert("tasks", task, parent=directive_id)
                self.counts["tasks"] += 1
                for entry in _list(task, "history"):
                    self._insert("task_history", entry, parent=task_id)
                    self.counts["history"] += 1
        self.counts["notices"] += 1
        # Indexed notice by notice (agencies come first in an export): rebuilding the
        # whole index at the end would hold every directive's text in memory at once.
        index_notices(self.conn, notice_id)
        self.stored.append(ImportResult(
            id=notice_id, number=record.get("number"), title=record.get("title"),
            directives=self.counts["directives"] - directives_before,
            tasks=self.counts["tasks"] - tasks_before, status="imported"))

    def change(self, record: dict[str, Any]) -> None:
        """One row of the correction log (after every notice: it points at them)."""
        self._insert("change_log", record)
        self.counts["changes"] += 1

    def row(self, table: str, record: dict[str, Any]) -> None:
        """A row of a table with no nesting (after the changes it may point at)."""
        self._insert(table, record)

    def _insert(self, table: str, record: Any, *, parent: int | None = None) -> int:
        if not isinstance(record, dict):
            raise _Damaged(table)
        columns = self.columns.get(table)
        if columns is None:
            columns = self.columns[table] = stored_columns(self.conn, table)
        values: dict[str, Any] = {}
        json_columns = JSON_LIST_COLUMNS.get(table, ())
        for column in columns:
            if column not in record:
                continue  # an older export: the column's default applies
            value = record[column]
            if column in json_columns and isinstance(value, list):
                value = json.dumps(value, ensure_ascii=False)
            elif isinstance(value, dict | list):
                raise _Damaged(f"{table}.{column}")
            values[column] = value
        if parent is not None:
            values[PARENT_COLUMN[table]] = parent
        names = list(values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [values[name] for name in names])
        return int(values.get("id") or cursor.lastrowid or 0)


def _list(record: dict[str, Any], key: str) -> list[Any]:
    assert key in NESTED_KEYS
    value = record.get(key, [])
    if not isinstance(value, list):
        raise _Damaged(key)
    return value
