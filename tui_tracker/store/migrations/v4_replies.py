"""Version 4, replies: the agencies' report letters applied (one row each, so that the
same letter is applied once) and the extension requests they carry, answered by the
next extension of their task.

The same statements end schema.sql (block "replies"), so a new database and an
upgraded one are alike; here with IF NOT EXISTS, so that a database someone took back
to an older version by hand (tests do) upgrades again."""

from __future__ import annotations

import sqlite3

from tui_tracker.store.connection import split_statements

STATEMENTS = """
CREATE TABLE IF NOT EXISTS report_letters (
    id              INTEGER PRIMARY KEY,
    identity        TEXT NOT NULL UNIQUE,
    sha256          TEXT NOT NULL,
    doc_type        TEXT,
    number          TEXT,
    issued_on       TEXT,
    sender          TEXT,
    agency_id       INTEGER REFERENCES agencies (id),
    title           TEXT,
    evidence        TEXT NOT NULL,
    source          TEXT,
    text            TEXT NOT NULL,
    applied_at      TEXT NOT NULL,
    applied_by      TEXT NOT NULL,
    session         TEXT,
    change_id       INTEGER REFERENCES change_log (id),
    undone_at       TEXT
);
CREATE TABLE IF NOT EXISTS extension_requests (
    id              INTEGER PRIMARY KEY,
    task_id         INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    letter_id       INTEGER REFERENCES report_letters (id) ON DELETE CASCADE,
    requested_due   TEXT,
    due_before      TEXT,
    text            TEXT NOT NULL,
    evidence        TEXT NOT NULL,
    requested_on    TEXT,
    state           TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'granted', 'undone')),
    answered_by     INTEGER REFERENCES task_history (id),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS extension_requests_by_task ON extension_requests (task_id, id);
CREATE INDEX IF NOT EXISTS extension_requests_pending ON extension_requests (task_id) WHERE state = 'pending';
CREATE TRIGGER IF NOT EXISTS extension_request_granted AFTER INSERT ON task_history
WHEN NEW.action = 'extend'
BEGIN
    UPDATE extension_requests SET state = 'granted', answered_by = NEW.id
    WHERE task_id = NEW.task_id AND state = 'pending';
END;
CREATE TRIGGER IF NOT EXISTS extension_request_reopened AFTER INSERT ON task_history
WHEN NEW.action = 'undo' AND NEW.undoes IS NOT NULL
BEGIN
    UPDATE extension_requests SET state = 'pending', answered_by = NULL
    WHERE answered_by = NEW.undoes AND state = 'granted';
END;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in split_statements(STATEMENTS):
        conn.execute(statement)
