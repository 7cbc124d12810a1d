"""Writing a draft .docx from a screen: the report of the notice on screen (NoticeScreen)
or the urging letter to the agency on screen (AgencyTasksScreen), into the current folder.

The document is built and written in a thread worker of the screen (the store call and
python-docx take a moment); a toast says where the file went, and a failure (a folder
without write permission) becomes the screen's usual one-sentence error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tui_tracker.i18n import t


def write_report(screen: Any, notice_id: int) -> None:
    from tui_tracker.drafts.files import report_file_name
    from tui_tracker.drafts.files import write_report as write

    def work() -> None:
        path = write(screen.store, notice_id, Path.cwd() / report_file_name(notice_id),
                     today=screen.today)
        screen.app.call_from_thread(screen.notify, t("ui.drafts.written", path=str(path)),
                                    markup=False)

    screen.run_worker(work, thread=True, exit_on_error=False, group="draft")


def write_reminder(screen: Any, agency_id: int, agency: str) -> None:
    from tui_tracker.drafts.files import reminder_file_name
    from tui_tracker.drafts.files import write_reminder as write

    def work() -> None:
        path, count = write(screen.store, agency_id, agency,
                            Path.cwd() / reminder_file_name(agency), today=screen.today,
                            soon_days=screen.soon_days)
        screen.app.call_from_thread(
            screen.notify, t("ui.drafts.written.reminder", path=str(path), count=count),
            markup=False)

    screen.run_worker(work, thread=True, exit_on_error=False, group="draft")
