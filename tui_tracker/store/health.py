"""`tui-tracker check`: is the database sound?

Three layers, each able to fail on its own: the file (PRAGMA integrity_check:
pages, indexes), the links between tables (PRAGMA foreign_key_check), and the
full-text search tables, which the store fills itself on import (search_index.py)
and which therefore drift when rows are written from the sqlite3 shell.

A soft delete is not damage: a deleted notice or directive leaves the search
tables on purpose (search_index.py), so only live rows are compared with them,
and the counts are of live rows (the deleted ones are counted apart).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from tui_tracker.i18n import t

# Each full-text table and the ids it should hold: those of the live rows (a deleted
# notice's or directive's search rows are removed with it).
SEARCH_TABLES = {
    "directive_search": ("SELECT d.id FROM directives d JOIN notices n ON n.id = d.notice_id "
                         "WHERE d.deleted_at IS NULL AND n.deleted_at IS NULL"),
    "notice_search": "SELECT id FROM notices WHERE deleted_at IS NULL",
}
# Live rows (what every list and count shows) and deleted ones, per table.
_COUNTED = ("notices", "directives", "tasks")
INTEGRITY_ROWS = 20  # integrity_check stops after this many errors: enough to judge


@dataclass
class Health:
    version: int | None
    # Live rows per table, the history's entries, and {"deleted": {table: rows}}.
    counts: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    search_problems: int = 0  # how many of the problems are about the search tables

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def search_only(self) -> bool:
        """Every problem is about the search tables: no data is lost, rebuilding them
        (`check --rebuild-search`) puts it right."""
        return bool(self.problems) and self.search_problems == len(self.problems)

    def to_json(self) -> dict[str, object]:
        return {"ok": self.ok, "schema_version": self.version, "counts": self.counts,
                "problems": self.problems}


def check_database(conn: sqlite3.Connection, *, known_version: int,
                   writable: bool) -> Health:
    """Every problem found, as sentences in the interface language.

    `writable` allows FTS5's own 'integrity-check' command, which SQLite runs as
    an INSERT and so refuses on a read-only connection; without it the search
    tables are compared with their data by id only."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    health = Health(version=version)
    # SQLite may pack several findings into one row ("*** in database main ***\nOn tree
    # page 22 ..."): one problem per line, the banner left out.
    integrity = [line.strip() for row in conn.execute(
                 f"PRAGMA integrity_check({INTEGRITY_ROWS})")
                 for line in str(row[0]).splitlines()
                 if line.strip() and not line.startswith("***")][:INTEGRITY_ROWS]
    if integrity != ["ok"]:
        health.problems.extend(t("storeops.problem.integrity", detail=line) for line in integrity)
        return health  # a damaged file: what follows would only repeat it, or fail
    if version < known_version:
        health.problems.append(t("storeops.problem.old_schema", found=version,
                                 known=known_version))
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        health.problems.append(t("storeops.problem.foreign_key", table=table, rowid=rowid,
                                 parent=parent))
    # Imported here: sqlite-utils costs 30 ms to load, which every `list` would pay.
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    names = set(db.table_names())
    deleted: dict[str, int] = {}
    for name in _COUNTED:
        if name in names:
            health.counts[name] = conn.execute(
                f"SELECT count(*) FROM {name} WHERE deleted_at IS NULL").fetchone()[0]
            deleted[name] = conn.execute(
                f"SELECT count(*) FROM {name} WHERE deleted_at IS NOT NULL").fetchone()[0]
    if "task_history" in names:
        health.counts["task_history"] = db.table("task_history").count
    health.counts["deleted"] = deleted
    before = len(health.problems)
    for search, live in SEARCH_TABLES.items():
        if search in names and {"notices", "directives"} <= names:
            _check_search(conn, search, live, writable=writable, problems=health.problems)
    health.search_problems = len(health.problems) - before
    return health


def _check_search(conn: sqlite3.Connection, search: str, live: str, *, writable: bool,
                  problems: list[str]) -> None:
    missing = conn.execute(
        f"SELECT count(*) FROM ({live}) WHERE id NOT IN (SELECT rowid FROM {search})"
    ).fetchone()[0]
    orphans = conn.execute(
        f"SELECT count(*) FROM {search} WHERE rowid NOT IN ({live})").fetchone()[0]
    if missing:
        problems.append(t("storeops.problem.search_missing", table=search, count=missing))
    if orphans:
        problems.append(t("storeops.problem.search_orphan", table=search, count=orphans))
    if not writable:
        return
    try:
        # Checks the inverted index against the table's own content; writes nothing.
        conn.execute(f"INSERT INTO {search}({search}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(t("storeops.problem.search_index", table=search, detail=exc))
