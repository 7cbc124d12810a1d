"""`draft report` and `draft reminder`: the command-line side of tui_tracker.drafts."""

from __future__ import annotations

from pathlib import Path

import click

from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.drafts.files import reminder_file_name, report_file_name
from tui_tracker.errors import UsageError
from tui_tracker.i18n import t


def draft_report(notice_id: int, output: str | None) -> None:
    from tui_tracker.drafts.files import write_report

    target = Path(output).expanduser() if output else Path(report_file_name(notice_id))
    store = open_store()
    try:
        path = write_report(store, notice_id, target, today=current_runtime().reference_day())
    finally:
        store.close()
    click.echo(t("drafts.written", path=str(path)))


def draft_reminder(agency: str | None, output: str | None) -> None:
    from tui_tracker.drafts.files import write_reminder

    if agency is None or not agency.strip():
        raise UsageError(t("drafts.usage.agency"))
    runtime = current_runtime()
    store = open_store()
    try:
        found = store.find_agency(agency)
        if found is None:
            raise UsageError(t("drafts.usage.no_agency", agency=agency))
        target = Path(output).expanduser() if output else Path(reminder_file_name(found.name))
        path, count = write_reminder(store, found.id, found.name, target,
                                     today=runtime.reference_day(), soon_days=runtime.soon_days)
    finally:
        store.close()
    click.echo(t("drafts.written.reminder", path=str(path), count=count))
