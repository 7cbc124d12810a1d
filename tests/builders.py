"""What the test files share: the reference day, the repository's sample notices,
hand-built notices (`directive`, `notice`), the database read back as it is on disk
(sqlite-utils), and the command line run in the test's process (`run`, `run_json`,
`isolate_cli`: the one CLI harness of the suite).

Importable from every test folder as `builders` (pyproject: pytest `pythonpath`).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import sqlite_utils

from tui_tracker import config, model
from tui_tracker.model import DeadlineKind, ParsedDirective, ParsedNotice, Role

if TYPE_CHECKING:
    from click.testing import Result

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


# ---------------------------------------------------------------- the command line


def run(*args: str, input: str | bytes | None = None,
        env: dict[str, str | None] | None = None) -> Result:
    """`tui-tracker ARGS` in this process, as a user types it: the whole command tree
    (cli/app.py), stdout and stderr apart, a bug not caught (it fails the test with its
    traceback). `env`: variables set for this call only (None removes one)."""
    from click.testing import CliRunner

    from tui_tracker.cli.app import cli

    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        runner = CliRunner()  # click >= 8.2 keeps stderr apart by default
    return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def run_json(*args: str) -> Any:
    """`run(*args, "--json")`, which must succeed: its output read as JSON."""
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def isolate_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *, db: Path | None = None,
                today: date | str | None = None) -> None:
    """The command line's environment for one test: no settings file (one may be written at
    tmp_path/settings.toml), no language, office group or session from the developer's
    shell, the database `db` (TUI_TRACKER_DB; none when None: the test names it with --db)
    and the reference day `today` (TUI_TRACKER_TODAY; the clock's when None)."""
    monkeypatch.setenv(config.ENV_SETTINGS, str(tmp_path / "settings.toml"))
    for variable in (config.ENV_LANG, config.ENV_GROUP, "TUI_TRACKER_SESSION"):
        monkeypatch.delenv(variable, raising=False)
    if db is None:
        monkeypatch.delenv(config.ENV_DB, raising=False)
    else:
        monkeypatch.setenv(config.ENV_DB, str(db))
    if today is None:
        monkeypatch.delenv(config.ENV_TODAY, raising=False)
    else:
        monkeypatch.setenv(config.ENV_TODAY, today if isinstance(today, str) else today.isoformat())


def write_version_1_database(path: Path) -> None:
    """An empty database as the first release wrote it (tests/store/schema_v1.sql,
    user_version 1): what the upgrade tests open with today's code."""
    import sqlite3

    from tui_tracker.store.connection import split_statements

    schema = (REPO / "tests" / "store" / "schema_v1.sql").read_text(encoding="utf-8")
    conn = sqlite3.connect(path)
    for statement in split_statements(schema):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
