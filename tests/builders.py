"""What the test files share: the reference day, the repository's sample notices,
hand-built notices (`directive`, `notice`), and the database read back as it is on disk
(sqlite-utils).

Importable from every test folder as `builders` (pyproject: pytest `pythonpath`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlite_utils

from tui_tracker import model
from tui_tracker.model import DeadlineKind, ParsedDirective, ParsedNotice, Role

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


def directive(ref: str, lead: str, *, coordinate: tuple[str, ...] | list[str] = (),
              due: date | None = None, phrase: str | None = None,
              kind: DeadlineKind = DeadlineKind.DATE, heading: str | None = None,
              text: str | None = None, section: str | None = None,
              with_related: bool = False) -> ParsedDirective:
    """A directive as the parser would hand it over: `lead` leads, `coordinate` help; the
    deadline reads "chậm nhất ngày dd/mm/yyyy" unless `phrase` says otherwise."""
    deadline = None
    if due is not None or phrase is not None:
        deadline = model.Deadline(phrase or f"chậm nhất ngày {due:%d/%m/%Y}", due, kind)
    assignments = [model.Assignment(lead, Role.LEAD)]
    assignments += [model.Assignment(name, Role.COORDINATE) for name in coordinate]
    return ParsedDirective(ref=ref, heading=heading, text=text or f"Giao {lead} thực hiện.",
                           assignments=assignments, deadline=deadline, section=section,
                           with_related=with_related)


def notice(directives: list[ParsedDirective], *, number: str | None, title: str = "Kết luận",
           issued_on: date = date(2026, 4, 1), doc_type: str = "TB",
           text: str = "THÔNG BÁO\n") -> ParsedNotice:
    """A notice of the UBND tỉnh holding `directives`."""
    return ParsedNotice(
        notice=model.NoticeHeader(doc_type=doc_type, number=number, title=title, issuer="UBND tỉnh",
                            issued_on=issued_on),
        directives=directives, text=text, original=text)
