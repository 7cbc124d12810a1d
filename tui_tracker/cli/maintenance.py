"""`tui-tracker backup FILE` and `tui-tracker check`: keeping an office's database safe."""

from __future__ import annotations

from pathlib import Path

import click

from tui_tracker.cli.output import print_json
from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.errors import DatabaseError
from tui_tracker.i18n import t

EXIT_PROBLEMS = 5  # cli-contract: a database problem


def backup(file: str, *, force: bool) -> None:
    """Copy the live database to `file` (consistent while others write)."""
    store = open_store(create=False)
    try:
        target = store.backup(Path(file), force=force)
    finally:
        store.close()
    click.echo(t("storeops.backup.done", source=str(store.path), path=str(target),
                 size=f"{target.stat().st_size:,}"))


def check(*, as_json: bool, rebuild_search: bool = False) -> int:
    """Print what `Store.check` found; the exit code: 0 sound, 5 with problems.

    A file that cannot even be opened (damaged, not a database, a zero-byte file) is
    a problem too: `--json` still prints the contract's object (`ok: false`, the
    problem), and the text lists it, one line per problem. `rebuild_search` first
    refills the full-text tables from the data (rows written from the sqlite3 shell)."""
    from tui_tracker.store.health import Health

    path = current_runtime().db_path()
    opened = False
    try:
        store = open_store(create=False)
    except DatabaseError as exc:
        # Its sentence already says what to do (choose the right file, restore a backup).
        health = Health(version=_header_version(path), problems=[exc.message])
    else:
        opened = True
        path = store.path
        try:
            if rebuild_search:
                store.rebuild_search_index()
            health = store.check()
        except DatabaseError as exc:
            health = Health(version=_header_version(path), problems=[exc.message])
        finally:
            store.close()
    if as_json:
        print_json({"database": str(path), **health.to_json()})
    elif health.ok:
        click.echo(t("storeops.check.ok", path=str(path), version=health.version,
                     notices=health.counts.get("notices", 0),
                     tasks=health.counts.get("tasks", 0)))
    else:
        click.echo(t("storeops.check.failed", path=str(path), count=len(health.problems)))
        for problem in health.problems:
            click.echo(f"  - {' '.join(problem.split())}")
        # Search tables that drifted lose no data: rebuilding them is the cure, not a
        # backup from yesterday that would throw today's work away.
        advice = "storeops.check.advice_search" if health.search_only else "storeops.check.advice"
        if opened:
            click.echo(t(advice), err=True)
    return 0 if health.ok else EXIT_PROBLEMS


def _header_version(path: Path) -> int | None:
    """The schema version a file's header says, when it says one."""
    from tui_tracker.store.files import read_facts

    try:
        facts = read_facts(path)
    except DatabaseError:
        return None
    return facts.user_version if facts.is_sqlite else None
