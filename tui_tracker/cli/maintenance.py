"""`tui-tracker backup FILE` and `tui-tracker check`: keeping an office's database safe."""

from __future__ import annotations

from pathlib import Path

import click

from tui_tracker.cli.output import print_json
from tui_tracker.cli.runtime import open_store
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


def check(*, as_json: bool) -> int:
    """Print what `Store.check` found; the exit code: 0 sound, 5 with problems."""
    store = open_store(create=False)
    try:
        health = store.check()
    finally:
        store.close()
    if as_json:
        print_json({"database": str(store.path), **health.to_json()})
    elif health.ok:
        click.echo(t("storeops.check.ok", path=str(store.path), version=health.version,
                     notices=health.counts.get("notices", 0),
                     tasks=health.counts.get("tasks", 0)))
    else:
        click.echo(t("storeops.check.failed", path=str(store.path),
                     count=len(health.problems)))
        for problem in health.problems:
            click.echo(f"  - {problem}")
        click.echo(t("storeops.check.advice"), err=True)
    return 0 if health.ok else EXIT_PROBLEMS
