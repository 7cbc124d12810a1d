"""Version 3, business dates: each task change records the day it counts from.

Reports "as of" a day count the facts of that day by their business dates
(domain.md, "As of"): a completion from its completion day, an extension from the
day it was decided, whatever day someone typed them in. `task_history.effective_on`
holds that day; store/classes.py reads it. The index on it finds the changes that
count only after a day in one seek, and replaces the index on the entry time, which
reports no longer read.

The same statements end schema.sql (block "business dates"). Rows written before
this version get the best day they tell: the completion day a change to done
recorded (or the one the task kept), else the day they were entered.
"""

from __future__ import annotations

import sqlite3

from tui_tracker.store.connection import split_statements

STATEMENTS = """
ALTER TABLE task_history ADD COLUMN effective_on TEXT;
DROP INDEX IF EXISTS task_history_by_time;
"""
# Made after the column is filled: cheaper than updating an index row by row.
INDEX = "CREATE INDEX task_history_by_effective ON task_history (effective_on)"

# The day each older change counts from. A change to done: the completion day it
# recorded, else the one the next change found on the task (its snapshot), else the
# task's own while it is still done. A correction of the completion day: the new day.
# The move of a recurring duty to its next occurrence: the day the occurrence closed.
# The import: the notice's date (the task exists from then). Everything else: the day
# it was entered.
FILL_EFFECTIVE_ON = """
UPDATE task_history SET effective_on = CASE
    WHEN action = 'status' AND field = 'status' AND to_value = 'done' THEN coalesce(
        completed_on,
        (SELECT n.prev_completed_on FROM task_history n
         WHERE n.task_id = task_history.task_id AND n.id > task_history.id
         ORDER BY n.id LIMIT 1),
        (SELECT t.completed_on FROM tasks t
         WHERE t.id = task_history.task_id AND t.status = 'done'),
        substr(at, 1, 10))
    WHEN action = 'status' AND field = 'completed_on' THEN coalesce(to_value, substr(at, 1, 10))
    WHEN action = 'status' AND field = 'due_on' THEN coalesce(prev_completed_on, substr(at, 1, 10))
    WHEN action = 'import' THEN coalesce(
        (SELECT nullif(n.sort_date, '') FROM tasks t JOIN directives d ON d.id = t.directive_id
         JOIN notices n ON n.id = d.notice_id WHERE t.id = task_history.task_id),
        substr(at, 1, 10))
    ELSE substr(at, 1, 10)
END
WHERE effective_on IS NULL
"""


def fill_effective_on(conn: sqlite3.Connection) -> None:
    """Give every change without a business day one (an upgrade, a restored older export)."""
    conn.execute(FILL_EFFECTIVE_ON)


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in split_statements(STATEMENTS):
        conn.execute(statement)
    fill_effective_on(conn)  # 1.2M history rows (1M tasks): about 8 s, once
    conn.execute(INDEX)
