"""Version 2, reports: a covering index for the scoreboard and one for "changed after".

The scoreboard counts every task by status, agency and role with its deadline
and completion day; with all of them in one index SQLite reads the index alone
(a 1M-task report stays well under a second). Reports as of a past day look for
the first change after that day: task_history.at answers it in one seek.
"""

from __future__ import annotations

import sqlite3


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS tasks_scoreboard "
                 "ON tasks (status, agency_id, role, due_on, completed_on, directive_id,"
                 " deleted_at)")
    conn.execute("CREATE INDEX IF NOT EXISTS task_history_by_time ON task_history (at)")
