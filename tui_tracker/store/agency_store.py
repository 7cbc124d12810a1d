"""The agencies table: seeding, resolving a name written in a notice, matching.

Matching goes through `tui_tracker.agencies.agency_key`, which folds and
expands abbreviations, so `Sở KH&CN`, `SKHCN` and `Sở Khoa học và Công nghệ`
land on one row with several aliases.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from tui_tracker import agencies as directory
from tui_tracker.store.task_rows import iso
from tui_tracker.text import fold

if TYPE_CHECKING:
    from tui_tracker.store.rows import AgencyRow

# Tasks of a directive that names no agency are led by this placeholder agency
# (data in the database, like every agency name, so not translated).
UNASSIGNED = "Chưa xác định"


def name_key(name: str) -> str:
    """The matching key of an agency name; the folded text when the key function
    gives nothing (a name made only of abbreviations it does not know)."""
    return directory.agency_key(name) or fold(name)


def seed_agencies(conn: sqlite3.Connection) -> None:
    """Fill a new database with the known agencies, their aliases, the group
    addressees and the placeholder for unassigned tasks."""
    for name, aliases in directory.SEED_AGENCIES:
        agency_id = ensure_agency(conn, name)
        for alias in aliases:
            add_alias(conn, agency_id, alias)
    for name, aliases in directory.GROUP_ADDRESSEES.items():
        agency_id = ensure_agency(conn, name, group=True)
        for alias in aliases:
            add_alias(conn, agency_id, alias)
    ensure_agency(conn, UNASSIGNED)


def lookup(conn: sqlite3.Connection, key: str) -> int | None:
    """The agency whose name or one of whose aliases has this key."""
    row = conn.execute(
        "SELECT id FROM agencies WHERE key = ? "
        "UNION ALL SELECT agency_id FROM agency_aliases WHERE key = ? LIMIT 1",
        (key, key)).fetchone()
    return row[0] if row else None


def ensure_agency(conn: sqlite3.Connection, name: str, *, group: bool = False) -> int:
    """The id of the agency called `name`, created when unknown."""
    name = " ".join(name.split())
    key = name_key(name)
    found = lookup(conn, key)
    if found is not None:
        return found
    row = conn.execute("SELECT id FROM agencies WHERE name = ?", (name,)).fetchone()
    if row:  # same display name, different key: keep the spelling as an alias
        add_alias(conn, row[0], name)
        return int(row[0])
    cursor = conn.execute(
        "INSERT INTO agencies (name, key, folded, is_group) VALUES (?, ?, ?, ?)",
        (name, key, fold(name), int(group)))
    return int(cursor.lastrowid or 0)


def add_alias(conn: sqlite3.Connection, agency_id: int, alias: str) -> None:
    alias = " ".join(alias.split())
    key = name_key(alias)
    if key and lookup(conn, key) is None:
        conn.execute("INSERT INTO agency_aliases (agency_id, alias, key) VALUES (?, ?, ?)",
                     (agency_id, alias, key))


def resolve(conn: sqlite3.Connection, name: str, *, group: bool = False) -> int:
    """The agency a notice means by `name`: a known one by key, else a new row
    under its canonical display name (with the written form as an alias)."""
    name = " ".join(name.split())
    if not name_key(name):
        return ensure_agency(conn, UNASSIGNED)
    found = lookup(conn, name_key(name))
    if found is not None:
        return found
    display = " ".join((directory.canonical_agency(name) or name).split())
    agency_id = ensure_agency(conn, display, group=group)
    add_alias(conn, agency_id, name)
    return agency_id


def matching_ids(conn: sqlite3.Connection, text: str) -> list[int]:
    """Agencies that `text` names: the one whose name or alias has its key
    ('Sở KH&CN', 'Tài chính'), else every agency whose folded name or key
    contains it ('khoa hoc', 'tai chinh tinh')."""
    key = name_key(text)
    if not key:
        return []
    found = lookup(conn, key)
    if found is not None:
        return [found]
    return [row[0] for row in conn.execute(
        "SELECT id FROM agencies WHERE instr(key, ?) > 0 OR instr(folded, ?) > 0 ORDER BY id",
        (key, fold(text)))]


def named_agency(conn: sqlite3.Connection, text: str) -> int | None:
    """The agency whose name or alias `text` is, exactly up to spelling ('Sở KH&CN',
    'so khcn', 'Tài chính'); None for any other text. Searches use it so that an
    alias finds the agency's tasks as the agency filter does, without every
    agency whose name merely contains a word."""
    key = name_key(text)
    return lookup(conn, key) if key else None


def find(conn: sqlite3.Connection, text: str, *, today: date) -> AgencyRow | None:
    """The one agency `text` names: an alias match, else the only substring match."""
    if not text.strip():
        return None
    ids = matching_ids(conn, text)
    if len(ids) != 1:
        return None
    agency_id = ids[0]
    rows = agency_rows(conn, today=today, agency_id=agency_id)
    return rows[0] if rows else None


_COUNTS = """
    SELECT agency_id, count(*), sum(status <> 'cancelled'),
           sum(status NOT IN ('done', 'cancelled')),
           sum(status NOT IN ('done', 'cancelled') AND due_on < :today), sum(status = 'done')
    FROM tasks WHERE deleted_at IS NULL {where} GROUP BY agency_id
"""


def agency_rows(conn: sqlite3.Connection, *, today: date,
                agency_id: int | None = None) -> list[AgencyRow]:
    """Agencies (all, or one) with task counts as of `today`: those with tasks
    first, then by name without diacritics. `total` leaves cancelled tasks out,
    like the reports."""
    # Imported here: the row dataclasses stay out of `list`'s start-up (task_rows.py).
    from tui_tracker.store.rows import AgencyRow

    where = "AND agency_id = :id" if agency_id is not None else ""
    params = {"today": iso(today), "id": agency_id}
    agencies = conn.execute(
        f"SELECT id, name FROM agencies WHERE 1 {where.replace('agency_id', 'id')} "
        "ORDER BY folded, id",
        params).fetchall()
    # Real columns only (no generated ones), so tasks_agency_counts covers this.
    counts = {row[0]: row[1:] for row in conn.execute(_COUNTS.format(where=where), params)}
    aliases: dict[int, list[str]] = {}
    for owner, alias in conn.execute(
            f"SELECT agency_id, alias FROM agency_aliases WHERE 1 {where} ORDER BY id", params):
        aliases.setdefault(owner, []).append(alias)
    rows = []
    for row_id, name in agencies:
        _, total, open_, overdue, done = counts.get(row_id, (0, 0, 0, 0, 0))
        rows.append(AgencyRow(id=row_id, name=name, aliases=aliases.get(row_id, []), total=total,
                              open=open_, overdue=overdue, done=done))
    # Agencies that have tasks first (cancelled ones count as having tasks).
    rows.sort(key=lambda row: counts.get(row.id, (0,))[0] == 0)
    return rows
