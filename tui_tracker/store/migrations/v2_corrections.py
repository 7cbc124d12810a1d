"""Version 2, corrections: soft delete, a log of directive- and notice-level
corrections, and the UI/CLI session of every task change (undo is per session).

The same statements end schema.sql (block "corrections"), so a new database and
an upgraded one are alike."""

from __future__ import annotations

import sqlite3

from tui_tracker.store.connection import split_statements

STATEMENTS = """
ALTER TABLE notices ADD COLUMN deleted_at TEXT;
ALTER TABLE notices ADD COLUMN deleted_by TEXT;
ALTER TABLE directives ADD COLUMN deleted_at TEXT;
ALTER TABLE directives ADD COLUMN deleted_by TEXT;
ALTER TABLE tasks ADD COLUMN deleted_at TEXT;
ALTER TABLE tasks ADD COLUMN deleted_by TEXT;
ALTER TABLE task_history ADD COLUMN session TEXT;
ALTER TABLE task_history ADD COLUMN completed_on TEXT;
DROP INDEX notices_by_date;
CREATE INDEX notices_by_date ON notices (sort_date) WHERE deleted_at IS NULL;
DROP INDEX tasks_by_urgency;
CREATE INDEX tasks_by_urgency ON tasks (closed, sort_due) WHERE deleted_at IS NULL;
DROP INDEX tasks_by_status;
CREATE INDEX tasks_by_status ON tasks (status, sort_due) WHERE deleted_at IS NULL;
DROP INDEX tasks_by_agency;
CREATE INDEX tasks_by_agency ON tasks (agency_id, closed, sort_due) WHERE deleted_at IS NULL;
DROP INDEX tasks_agency_counts;
CREATE INDEX tasks_agency_counts ON tasks (agency_id, status, due_on) WHERE deleted_at IS NULL;
CREATE TABLE change_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    user            TEXT NOT NULL,
    session         TEXT,
    action          TEXT NOT NULL,
    notice_id       INTEGER REFERENCES notices (id) ON DELETE CASCADE,
    directive_id    INTEGER REFERENCES directives (id) ON DELETE CASCADE,
    task_id         INTEGER REFERENCES tasks (id) ON DELETE CASCADE,
    before          TEXT,
    after           TEXT,
    note            TEXT,
    undoes          INTEGER REFERENCES change_log (id)
);
CREATE INDEX change_log_by_notice ON change_log (notice_id, id);
CREATE INDEX change_log_by_directive ON change_log (directive_id, id);
CREATE INDEX change_log_by_task ON change_log (task_id, id);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in split_statements(STATEMENTS):
        conn.execute(statement)
