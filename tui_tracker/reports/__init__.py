"""Reports: the scoreboard by agency and by notice, and its renderings.

Core package: never imports Textual, click or rich (the CLI and the UI do the
printing). Counting happens in SQLite (store/classes.py holds the rule);
nothing here loads every task into Python.

- scoreboard: Counts, AgencyScore, Scoreboard, build_scoreboard, build_notice_scoreboard,
  report_tasks (the tasks behind a scoreboard, one row each)
- due: the login-banner summary (overdue, due soon, the most urgent)
- render: JSON per the contract, Markdown and CSV text
- xlsx: the workbook a clerk forwards as it is (XlsxWriter)
"""

from tui_tracker.reports.scoreboard import (
    AgencyScore,
    Counts,
    NoticeScore,
    NoticeScoreboard,
    ReportTask,
    Scoreboard,
    build_notice_scoreboard,
    build_scoreboard,
    iter_report_tasks,
    report_tasks,
)

__all__ = [
    "AgencyScore", "Counts", "NoticeScore", "NoticeScoreboard", "ReportTask", "Scoreboard",
    "build_notice_scoreboard", "build_scoreboard", "iter_report_tasks", "report_tasks",
]
