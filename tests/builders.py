"""What the test files share: the reference day, the repository's sample notices, and the
database read back as it is on disk (sqlite-utils).

Importable from every test folder as `builders` (pyproject: pytest `pythonpath`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlite_utils

# The day the tests' data and the apps they start are built for ("today" in every test).
TODAY = date(2026, 5, 5)
TODAY_ISO = TODAY.isoformat()

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"


def fixture_path(name: str) -> Path:
    """A notice of fixtures/: it is in the repository, so a missing one fails the test
    (it is never a reason to skip)."""
    path = FIXTURES / name
    assert path.is_file(), f"{path} is missing from the repository"
    return path


SEED = fixture_path("01_seed_tb_kl_khcn.txt")  # a byte copy of the reference notice


def read_back(db_path: Path | str) -> sqlite_utils.Database:
    """The database as another program would read it (its own connection)."""
    return sqlite_utils.Database(db_path)


def row_counts(db_path: Path | str, *tables: str) -> dict[str, int]:
    """How many rows each table holds, read back from the file."""
    db = read_back(db_path)
    try:
        return {name: db[name].count for name in tables}
    finally:
        db.close()
