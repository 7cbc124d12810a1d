"""Version 5, refusals: an extension request can be refused (state 'refused'), by a
note of field 'extension_request' whose trigger answers it, and undoing that note makes
it pending again, as undoing an extension does.

SQLite cannot change a CHECK constraint in place: the small extension_requests table
is rebuilt (its rows kept, ids included) and its indexes and triggers made again, as
schema.sql (block "replies") describes them. Nothing refers to the table by key, so no
foreign key is touched."""

from __future__ import annotations

import sqlite3

from tui_tracker.store.connection import split_statements

STATEMENTS = """
DROP TRIGGER IF EXISTS extension_request_granted;
DROP TRIGGER IF EXISTS extension_request_reopened;
DROP TRIGGER IF EXISTS extension_request_refused;
CREATE TABLE extension_requests_v5 (
    id              INTEGER PRIMARY KEY,
    task_id         INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    letter_id       INTEGER REFERENCES report_letters (id) ON DELETE CASCADE,
    requested_due   TEXT,
    due_before      TEXT,
    text            TEXT NOT NULL,
    evidence        TEXT NOT NULL,
    requested_on    TEXT,
    state           TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'granted', 'refused', 'undone')),
    answered_by     INTEGER REFERENCES task_history (id),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
INSERT INTO extension_requests_v5 (id, task_id, letter_id, requested_due, due_before, text,
    evidence, requested_on, state, answered_by, created_at, created_by)
SELECT id, task_id, letter_id, requested_due, due_before, text, evidence, requested_on,
    state, answered_by, created_at, created_by FROM extension_requests;
DROP TABLE extension_requests;
ALTER TABLE extension_requests_v5 RENAME TO extension_requests;
CREATE INDEX extension_requests_by_task ON extension_requests (task_id, id);
CREATE INDEX extension_requests_pending ON extension_requests (task_id) WHERE state = 'pending';
CREATE TRIGGER extension_request_granted AFTER INSERT ON task_history
WHEN NEW.action = 'extend'
BEGIN
    UPDATE extension_requests SET state = 'granted', answered_by = NEW.id
    WHERE task_id = NEW.task_id AND state = 'pending';
END;
CREATE TRIGGER extension_request_refused AFTER INSERT ON task_history
WHEN NEW.action = 'note' AND NEW.field = 'extension_request' AND NEW.to_value = 'refused'
BEGIN
    UPDATE extension_requests SET state = 'refused', answered_by = NEW.id
    WHERE task_id = NEW.task_id AND state = 'pending';
END;
CREATE TRIGGER extension_request_reopened AFTER INSERT ON task_history
WHEN NEW.action = 'undo' AND NEW.undoes IS NOT NULL
BEGIN
    UPDATE extension_requests SET state = 'pending', answered_by = NULL
    WHERE answered_by = NEW.undoes AND state IN ('granted', 'refused');
END;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in split_statements(STATEMENTS):
        conn.execute(statement)
