"""`export` and the restore of a JSON export by `import`: the command-line side.

The work is in tui_tracker.exports (core); this module checks the arguments,
opens the store and prints one line of result."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tui_tracker.cli.output import print_json
from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.errors import BadInputError, UsageError
from tui_tracker.i18n import t

if TYPE_CHECKING:
    from tui_tracker.store import Store

FORMATS = ("json", "csv", "ics", "xlsx")


def export(fmt: str | None, output: str | None, *, keys: bool) -> None:
    from tui_tracker.output_files import atomic_write, check_target

    fmt = (fmt or "").strip().lower()
    if fmt not in FORMATS:
        raise UsageError(t("exports.usage.format", value=fmt or "—", choices="|".join(FORMATS)))
    if not output or not output.strip():
        raise UsageError(t("exports.usage.output"))
    if keys and fmt != "csv":
        raise UsageError(t("exports.usage.keys_csv"))
    target = check_target(output)  # before opening the database: a bad path changes nothing
    today = current_runtime().reference_day()
    store = open_store(create=False)  # an export never starts a database
    try:
        # The file gets the database's privacy: it holds all of it, notes included.
        with atomic_write(target, like=store.path) as temporary:
            message = _write(fmt, store, temporary, target, today=today, keys=keys)
    finally:
        store.close()
    click.echo(message)


def _write(fmt: str, store: Store, temporary: Path, target: Path, *, today: date,
           keys: bool) -> str:
    path = str(target)
    if fmt == "json":
        from tui_tracker.exports.json_export import write_json

        counts = write_json(store, temporary)
        return t("exports.done.json", path=path, notices=counts["notice"],
                 agencies=counts["agency"])
    if fmt == "csv":
        from tui_tracker.exports.csv_export import write_tasks_csv

        return t("exports.done.csv", path=path,
                 count=write_tasks_csv(store, temporary, today=today, keys=keys))
    if fmt == "xlsx":
        from tui_tracker.exports.xlsx_export import write_xlsx

        return t("exports.done.xlsx", path=path, **write_xlsx(store, temporary, today=today))
    from tui_tracker.exports.ics_export import write_ics

    return t("exports.done.ics", path=path, count=write_ics(store, temporary, today=today))


def is_export(files: tuple[str, ...]) -> bool:
    """Whether `import` was given a JSON export rather than notices."""
    from tui_tracker.exports.json_export import looks_like_export

    return any(looks_like_export(file) for file in files)


def restore(files: tuple[str, ...], *, as_json: bool, dry_run: bool) -> None:
    """`import export.json`: the whole export into an empty database, or nothing."""
    from tui_tracker.exports.json_export import read_records

    if len(files) != 1:
        raise UsageError(t("exports.restore.alone"))
    if dry_run:
        raise UsageError(t("exports.restore.no_dry_run"))
    file = files[0]
    try:
        stream = open(file, "rb")  # noqa: SIM115 - closed below, after the restore
    except OSError as exc:
        raise BadInputError(t("exports.restore.unreadable", file=file,
                              detail=exc.strerror or str(exc))) from exc
    try:
        from itertools import chain

        from tui_tracker.store.files import exists, remove_database
        from tui_tracker.store.restore import check_header

        # The header is checked before the database is opened (or created).
        records = read_records(stream)
        head = next(records, None)
        check_header(head)
        assert head is not None  # an empty file is no export: check_header refused it
        path = current_runtime().db_path()
        created = not exists(path)
        store = open_store(create=True)  # a restore may start the database
        try:
            result = store.restore(chain([head], records))
        except BaseException:
            store.close()
            if created:
                # A failed restore leaves nothing behind, not even the database it
                # started (the database the user had stays, rolled back, as it was).
                remove_database(store.path)
            raise
        finally:
            store.close()
    finally:
        stream.close()
    if as_json:
        print_json({"notices": [
            {"id": r.id, "number": r.number, "title": r.title, "directives": r.directives,
             "tasks": r.tasks, "status": r.status, "file": file, "dry_run": False,
             "restored": True} for r in result.stored]})
        return
    click.echo(t("exports.restore.done", file=file, notices=result.notices,
                 directives=result.directives, tasks=result.tasks, history=result.history,
                 changes=result.changes, agencies=result.agencies))
