"""Version 2, intake: the source file's checksum, format and OCR'd pages on each notice.

The same columns as the "Intake" block at the end of schema.sql."""

from __future__ import annotations

import sqlite3


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE notices ADD COLUMN source_sha256 TEXT")
    conn.execute("ALTER TABLE notices ADD COLUMN source_format TEXT")
    conn.execute("ALTER TABLE notices ADD COLUMN source_ocr_pages TEXT NOT NULL DEFAULT '[]'")
