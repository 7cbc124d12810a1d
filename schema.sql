-- tui-tracker database schema, version 5 (PRAGMA user_version = 5).
--
-- The one source of truth for the tables: the store runs this file on a new
-- database (it is shipped in the wheel as tui_tracker/schema.sql) and later
-- versions add numbered migrations on top of it. The file is plain SQLite, so
-- the sqlite3 shell, Datasette or sqlite-utils can read and write it:
--   * dates are ISO text 'YYYY-MM-DD', timestamps local time 'YYYY-MM-DD HH:MM:SS';
--   * lists (attendees, recipients, warnings) are JSON arrays in text columns;
--   * no trigger calls an application function. The full-text tables hold text
--     folded in Python (đ → d has no Unicode decomposition, so SQLite cannot
--     fold it); the store fills them on import. Rows written from the shell are
--     found by every list and filter, only not by the full-text search.

-- One notice (Thông báo kết luận, Công văn, ...) as imported.
CREATE TABLE notices (
    id              INTEGER PRIMARY KEY,
    number          TEXT,                  -- '123/TB-UBND', kept as written
    number_key      TEXT UNIQUE,           -- number + issuer folded: the second idempotency key
    doc_type        TEXT,                  -- Decree 30 code: 'TB', 'CV', ...
    title           TEXT,                  -- trích yếu
    issuer          TEXT,
    place           TEXT,
    issued_on       TEXT,
    meeting_on      TEXT,
    meeting_place   TEXT,
    presiding       TEXT,
    signer          TEXT,
    signer_title    TEXT,
    attendees       TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
    addressees      TEXT NOT NULL DEFAULT '[]',   -- JSON array ('Kính gửi' of a Công văn)
    recipients      TEXT NOT NULL DEFAULT '[]',   -- JSON array (Nơi nhận)
    warnings        TEXT NOT NULL DEFAULT '[]',   -- JSON array of parser warnings
    text            TEXT NOT NULL,         -- normalised text the parser read
    original_text   TEXT NOT NULL,         -- the file's text before normalisation
    text_hash       TEXT NOT NULL UNIQUE,  -- sha256 of the normalised text: idempotent import
    source          TEXT,                  -- file name it came from
    imported_at     TEXT NOT NULL,
    imported_by     TEXT,
    -- "Newest first": by issue date, else meeting date; undated ('') last.
    sort_date       TEXT GENERATED ALWAYS AS (coalesce(issued_on, meeting_on, '')) VIRTUAL
);
CREATE INDEX notices_by_date ON notices (sort_date);

-- Documents a notice cites ('Báo cáo số 95/BC-SKHHCN ngày 13/4/2026').
-- Not called "references": that is an SQL keyword and would need quoting in the shell.
CREATE TABLE notice_references (
    id          INTEGER PRIMARY KEY,
    notice_id   INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    number      TEXT,
    doc_type    TEXT,
    issued_on   TEXT
);
CREATE INDEX notice_references_by_notice ON notice_references (notice_id, position);

-- One directive: an item of a notice ('3.d'), possibly split by agency ('3.c-2').
CREATE TABLE directives (
    id              INTEGER PRIMARY KEY,
    notice_id       INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,      -- order within the notice
    ref             TEXT NOT NULL,
    heading         TEXT,
    summary         TEXT NOT NULL,         -- heading, else the first sentence (<= 160 chars)
    text            TEXT NOT NULL,
    section         TEXT,                  -- the enclosing numbered section's title
    with_related    INTEGER NOT NULL DEFAULT 0 CHECK (with_related IN (0, 1)),
    deadline_text   TEXT,                  -- the phrase exactly as written
    deadline_kind   TEXT,                  -- 'date', 'month', ... (model.DeadlineKind)
    due_on          TEXT,                  -- as resolved from the phrase
    recurrence      TEXT                   -- 'monthly:20' for recurring duties
);
CREATE INDEX directives_by_notice ON directives (notice_id, position);

-- One agency, many spellings. `key` is tui_tracker.agencies.agency_key(name).
CREATE TABLE agencies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,      -- canonical display name
    key         TEXT NOT NULL UNIQUE,
    folded      TEXT NOT NULL,             -- text.fold(name), for substring filters
    is_group    INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1))  -- 'các sở, ngành, địa phương'
);

CREATE TABLE agency_aliases (
    id          INTEGER PRIMARY KEY,
    agency_id   INTEGER NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,             -- as written: 'Sở KH&CN'
    key         TEXT NOT NULL UNIQUE
);
CREATE INDEX agency_aliases_by_agency ON agency_aliases (agency_id);

-- One agency's part in one directive: what officials follow up.
CREATE TABLE tasks (
    id                  INTEGER PRIMARY KEY,
    directive_id        INTEGER NOT NULL REFERENCES directives (id) ON DELETE CASCADE,
    agency_id           INTEGER NOT NULL REFERENCES agencies (id),
    role                TEXT NOT NULL CHECK (role IN ('lead', 'coordinate')),
    status              TEXT NOT NULL DEFAULT 'todo' CHECK (status IN
                            ('todo', 'in_progress', 'reported', 'done', 'paused', 'cancelled')),
    due_on              TEXT,              -- current deadline (moved by an extension)
    original_due_on     TEXT,              -- the notice's deadline; an extension keeps it
    completed_on        TEXT,              -- set only while status = 'done'
    extension_reason    TEXT,
    note                TEXT,              -- the latest note
    version             INTEGER NOT NULL DEFAULT 1,   -- optimistic concurrency: +1 per change
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT,
    -- Computed by SQLite itself (no app function), so "open first", "no deadline
    -- last" and every open/closed or countdown filter are answered from an index:
    -- closed is 1 for done and cancelled; sort_due is due_on with no deadline last.
    closed              INTEGER GENERATED ALWAYS AS (status IN ('done', 'cancelled')) VIRTUAL,
    sort_due            TEXT GENERATED ALWAYS AS (coalesce(due_on, '9999-12-31')) VIRTUAL,
    UNIQUE (directive_id, agency_id)
);
-- "Most urgent first" is ORDER BY closed, sort_due, id (the rowid ends every index).
CREATE INDEX tasks_by_urgency ON tasks (closed, sort_due);
CREATE INDEX tasks_by_status ON tasks (status, sort_due);
CREATE INDEX tasks_by_agency ON tasks (agency_id, closed, sort_due);
-- Per-agency counts (agencies screen, reports) read only this index: it holds
-- real columns, so it covers those queries (an index on a generated column does not).
CREATE INDEX tasks_agency_counts ON tasks (agency_id, status, due_on);
-- Tasks by directive: the UNIQUE (directive_id, agency_id) index serves it.

-- Every change of a task, with who and when; the import is the first entry.
CREATE TABLE task_history (
    id                      INTEGER PRIMARY KEY,
    task_id                 INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    at                      TEXT NOT NULL,
    user                    TEXT NOT NULL,
    action                  TEXT NOT NULL CHECK (action IN ('import', 'status', 'extend', 'note', 'undo')),
    field                   TEXT,          -- 'status', 'completed_on', 'due_on', 'note'
    from_value              TEXT,
    to_value                TEXT,
    note                    TEXT,
    -- The task as it was before this change, so that undo can restore it.
    prev_status             TEXT,
    prev_due_on             TEXT,
    prev_completed_on       TEXT,
    prev_extension_reason   TEXT,
    prev_version            INTEGER,
    version                 INTEGER,       -- the task's version after this change
    undoes                  INTEGER REFERENCES task_history (id)   -- for action 'undo'
);
CREATE INDEX task_history_by_task ON task_history (task_id, id);

-- ---- reports (version 2, store/migrations/v2_reports.py) ------------------
-- The scoreboard counts tasks by status, agency and role from their deadline and
-- completion day (and the notice, through directive_id): this index covers those
-- queries, so SQLite never reads the table; status first, so that the open tasks
-- and the done ones are two ranges.
-- (tasks_scoreboard is created at the end of this file, after the corrections
-- block adds tasks.deleted_at: it is partial on it.)
-- (Version 2 also indexed task_history.at for reports as of a past day; version 3
-- reads business dates instead: see the block "business dates" at the end.)
-- ---- end reports ---------------------------------------------------------

-- Full-text search over folded text (see the top of this file), one row per
-- directive (rowid = directives.id) and one per notice (rowid = notices.id).
-- `exact` is the same text lower-cased with its diacritics, not indexed: it
-- ranks matches that carry the very diacritics the user typed first.
CREATE VIRTUAL TABLE directive_search USING fts5 (
    body,          -- heading + text
    notice,        -- notice number + title
    agencies,      -- names of the agencies with a task in it
    exact UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Version 2 (store/migrations/v2_search.py): `body`, the notice's whole text, so
-- that words found only in its general paragraphs (not in a directive) find it.
CREATE VIRTUAL TABLE notice_search USING fts5 (
    notice,        -- number + title + issuer + presiding + signer
    body,          -- the notice's text
    exact UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Intake (schema version 2, store/migrations/v2_intake.py): the file a notice
-- was read from, beside `source` (its path): the checksum of its bytes tells
-- which exact file it was; the format and the pages read by OCR tell how much
-- to trust the text (OCR may misread a few characters).
ALTER TABLE notices ADD COLUMN source_sha256 TEXT;     -- sha256 of the file's bytes
ALTER TABLE notices ADD COLUMN source_format TEXT;     -- 'text', 'pdf', 'docx'
ALTER TABLE notices ADD COLUMN source_ocr_pages TEXT NOT NULL DEFAULT '[]';  -- JSON array of page numbers

-- ---------------------------------------------------------------- corrections
-- (the same statements as store/migrations/v2_corrections.py)
--
-- Soft delete: a wrong directive or notice is hidden, never erased, so that a
-- delete can be undone and stays in the history. Every list, count and search
-- reads only rows with deleted_at IS NULL; the task and notice indexes are
-- partial on that condition, so they stay covering and in urgency order.
-- Deleting a notice also moves its text_hash aside ('deleted:<hash>') and clears
-- its number_key (both kept in change_log), so the corrected notice can be
-- imported again.
ALTER TABLE notices ADD COLUMN deleted_at TEXT;
ALTER TABLE notices ADD COLUMN deleted_by TEXT;
ALTER TABLE directives ADD COLUMN deleted_at TEXT;
ALTER TABLE directives ADD COLUMN deleted_by TEXT;
ALTER TABLE tasks ADD COLUMN deleted_at TEXT;
ALTER TABLE tasks ADD COLUMN deleted_by TEXT;
-- The session (one per UI run or CLI process, or TUI_TRACKER_SESSION) that made a
-- task change: undo only reverts its own session's changes.
ALTER TABLE task_history ADD COLUMN session TEXT;
-- The completion day a change to 'done' recorded.
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

-- Corrections made after import, at the notice and directive level: the header
-- edited, a directive's leads, coordinators or deadline changed, an assignment
-- added or removed, a directive or notice deleted or restored. `before` and
-- `after` are JSON objects of the fields changed; the first entry's `before` is
-- what the parser found. action: 'edit_notice', 'edit_directive', 'assign',
-- 'unassign', 'delete_directive', 'delete_notice', 'undo' (of entry `undoes`).
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

-- The reports' scoreboard index (see the reports block above). It holds deleted_at
-- too, so that "deleted tasks never count" is still answered from the index alone
-- (a partial index would make SQLite read each task row to check the condition).
CREATE INDEX tasks_scoreboard ON tasks (status, agency_id, role, due_on, completed_on, directive_id, deleted_at);

-- ---------------------------------------------------------------- business dates
-- (version 3, the same statements as store/migrations/v3_business_dates.py)
--
-- The day a task change counts from in reports "as of" a day (domain.md, "As of"):
-- a completion's completion day, an extension's decision day (`extend --on`), else
-- the day it was entered. A report as of a past day replays, for the tasks with a
-- change that counts only later, the changes that counted by then (store/classes.py).
ALTER TABLE task_history ADD COLUMN effective_on TEXT;
CREATE INDEX task_history_by_effective ON task_history (effective_on);

-- ---------------------------------------------------------------- replies
-- (schema version 4, store/migrations/v4_replies.py; refusals: version 5, v5_refusals.py)
--
-- Agencies answer a notice with a report or a công văn (báo cáo kết quả thực hiện).
-- `report_letters` holds each letter applied: its identity (number + date + sender,
-- or the sha256 of its text when it has no number) is unique, so applying the same
-- letter twice changes nothing; undoing it moves the identity aside ('undone:<id>:…')
-- so a corrected copy can be applied. Its changes are ordinary task_history rows (a
-- status change or a note, the letter named in the note) and one change_log row
-- (action 'apply_report') that `undo-change` reverts as a whole.
CREATE TABLE report_letters (
    id              INTEGER PRIMARY KEY,
    identity        TEXT NOT NULL UNIQUE,  -- 'number|YYYY-MM-DD|sender' or 'sha256:…'
    sha256          TEXT NOT NULL,         -- of the normalised text
    doc_type        TEXT,                  -- 'BC', 'CV'
    number          TEXT,
    issued_on       TEXT,
    sender          TEXT,                  -- the agency that wrote, as read
    agency_id       INTEGER REFERENCES agencies (id),
    title           TEXT,
    evidence        TEXT NOT NULL,         -- 'Báo cáo số 45/BC-SNNMT ngày 12/5/2026'
    source          TEXT,                  -- the file it was read from
    text            TEXT NOT NULL,         -- the normalised text
    applied_at      TEXT NOT NULL,
    applied_by      TEXT NOT NULL,
    session         TEXT,
    change_id       INTEGER REFERENCES change_log (id),
    undone_at       TEXT
);
-- An extension asked for (đề nghị gia hạn) is not an extension: it waits for the
-- leader's decision. `state` is 'pending' until the task is next extended (the
-- trigger below marks it 'granted', pointing at that history row) or the request is
-- refused (a note of field 'extension_request': 'refused', version 5); undoing that
-- history row makes it pending again. 'undone' goes with the letter that asked.
CREATE TABLE extension_requests (
    id              INTEGER PRIMARY KEY,
    task_id         INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    letter_id       INTEGER REFERENCES report_letters (id) ON DELETE CASCADE,
    requested_due   TEXT,                  -- the day asked for; NULL when none is written
    due_before      TEXT,                  -- the task's deadline when it was asked
    text            TEXT NOT NULL,         -- the sentence that asks
    evidence        TEXT NOT NULL,         -- the letter, as the history names it
    requested_on    TEXT,                  -- the letter's date
    state           TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'granted', 'refused', 'undone')),
    answered_by     INTEGER REFERENCES task_history (id),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX extension_requests_by_task ON extension_requests (task_id, id);
CREATE INDEX extension_requests_pending ON extension_requests (task_id) WHERE state = 'pending';
-- Plain SQL (no app function): the sqlite3 shell's `extend` by hand answers a request too.
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
