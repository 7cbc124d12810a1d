"""What `due` prints: the counts of overdue and due-soon tasks and the one or two most
urgent, as lines for a login banner or as the contract's JSON.

Shared by the `due` command (cli/reports.py) and the console script's front door
(cli/front.py), which answers `due` without loading click: so it imports neither click
nor rich, and the store only when asked to read.
"""

from __future__ import annotations

import os
from datetime import date

from tui_tracker.i18n import t, tn
from tui_tracker.wording import countdown_words

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`: importing typing costs the banner
if TYPE_CHECKING:
    from typing import Any

    from tui_tracker.store import Store, TaskRow


def read_due(store: Store, today: date, within: int, *, everything: bool) -> tuple[int, int,
                                                                                  list[TaskRow]]:
    """(overdue, due within `within` days, the tasks to name: two, or all of them)."""
    from tui_tracker.store import TaskFilter

    overdue = store.count_tasks(TaskFilter(overdue=True), today=today, soon_days=within)
    due_soon = store.count_tasks(TaskFilter(due_within=within), today=today, soon_days=within)
    either = TaskFilter(overdue=True, due_within=within)
    tasks = (store.list_tasks(either, today=today, soon_days=within,
                              limit=None if everything else 2)
             if overdue or due_soon else [])
    return overdue, due_soon, tasks


def due_json(today: date, within: int, overdue: int, due_soon: int,
             tasks: list[TaskRow]) -> dict[str, Any]:
    return {"as_of": today.isoformat(), "overdue": overdue, "due_soon": due_soon,
            "days": within, "tasks": [row.to_json() for row in tasks]}


def _columns() -> int:
    """The terminal's width, as shutil.get_terminal_size reads it (without importing it):
    $COLUMNS, else the terminal's, else 100."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(1).columns
    except OSError:
        return 100


def banner_lines(overdue: int, due_soon: int, days: int, tasks: list[TaskRow],
                 width: int | None = None) -> list[str]:
    """The banner: counts on one line, then the one or two most urgent tasks, each cut
    to the terminal's width. Nothing at all when nothing is due."""
    if not overdue and not due_soon:
        return []
    width = width or _columns()
    head = t("due.head", overdue=tn("due.overdue", overdue, count=overdue),
             soon=tn("due.soon", due_soon, count=due_soon, days=days))
    lines = [head]
    for row in tasks[:2]:
        when = countdown_words(row.status, row.days_left, row.task_class)
        item = " ".join(x for x in (row.notice_number, row.directive_ref) if x)
        line = f"  • {when} — {row.agency} — {item}: {' '.join(row.summary.split())}"
        lines.append(line if len(line) <= width - 1 else line[:max(width - 2, 10)] + "…")
    return lines
