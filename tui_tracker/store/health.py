"""`tui-tracker check`: is the database sound?

Three layers, each able to fail on its own: the file (PRAGMA integrity_check:
pages, indexes), the links between tables (PRAGMA foreign_key_check), and the
full-text search tables, which the store fills itself on import (search_index.py)
and which therefore drift when rows are written from the sqlite3 shell.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from tui_tracker.i18n import t

# Each full-text table and the table whose ids are its rowids.
SEARCH_TABLES = {"directive_search": "directives", "notice_search": "notices"}
INTEGRITY_ROWS = 20  # integrity_check stops after this many errors: enough to judge


@dataclass
class Health:
    version: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

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
    integrity = [row[0] for row in conn.execute(f"PRAGMA integrity_check({INTEGRITY_ROWS})")]
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
    for name in ("notices", "directives", "tasks", "task_history"):
        if name in names:
            health.counts[name] = db.table(name).count
    for search, data in SEARCH_TABLES.items():
        if search in names and data in names:
            _check_search(conn, search, data, writable=writable, problems=health.problems)
    return health


def _check_search(conn: sqlite3.Connection, search: str, data: str, *, writable: bool,
                  problems: list[str]) -> None:
    missing = conn.execute(
        f"SELECT count(*) FROM {data} WHERE id NOT IN (SELECT rowid FROM {search})").fetchone()[0]
    orphans = conn.execute(
        f"SELECT count(*) FROM {search} WHERE rowid NOT IN (SELECT id FROM {data})").fetchone()[0]
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
