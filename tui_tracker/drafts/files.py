"""Reading what a draft needs from the store and writing the .docx whole or not at all.

Shared by the command line and the UI (which writes to the current folder)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.model import Urgency
from tui_tracker.output_files import atomic_write, check_target
from tui_tracker.text import fold

if TYPE_CHECKING:
    from tui_tracker.store import Store

# What an urging letter lists: late work and work due within the "soon" window.
REMINDER_BANDS = (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON)


def report_file_name(notice_id: int) -> str:
    return f"bao-cao-thong-bao-{notice_id}.docx"


def reminder_file_name(agency: str) -> str:
    """ "don-doc-so-tai-chinh.docx": ASCII, so it survives any file system and e-mail."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(agency)).strip("-")[:60] or "co-quan"
    return f"don-doc-{slug}.docx"


def write_report(store: Store, notice_id: int, path: Path, *, today: date) -> Path:
    """The report on notice `notice_id` at `path`; UsageError when there is no such
    notice or the path cannot be written (checked before any work)."""
    from tui_tracker.drafts.report import build_report

    check_target(path)
    notice = store.get_notice(notice_id, today=today)
    directives = [store.get_directive(row.id, today=today)
                  for row in store.list_directives(notice_id, today=today)]
    document = build_report(notice, directives, today)
    with atomic_write(path, like=store.path) as temporary:
        document.save(str(temporary))
    return path


def write_reminder(store: Store, agency_id: int, agency: str, path: Path, *, today: date,
                   soon_days: int = 7) -> tuple[Path, int]:
    """The urging letter to the agency at `path`; (path, number of tasks listed).
    UsageError, and no file, when the agency has nothing overdue or due soon."""
    from tui_tracker.drafts.reminder import build_reminder
    from tui_tracker.store import TaskFilter

    check_target(path)
    tasks = store.list_tasks(TaskFilter(agency_id=agency_id, urgencies=REMINDER_BANDS),
                             today=today, soon_days=soon_days)
    if not tasks:
        # An urging letter that urges nothing would go out as an empty table.
        raise UsageError(t("drafts.nothing_to_urge", agency=agency, days=soon_days))
    notices = [store.get_notice(notice_id, today=today)
               for notice_id in dict.fromkeys(task.notice_id for task in tasks)]
    document = build_reminder(agency, tasks, notices, today)
    with atomic_write(path, like=store.path) as temporary:
        document.save(str(temporary))
    return path, len(tasks)
