"""Version 2: the notice search index also holds the notice's text (its general
paragraphs were not searchable). An FTS5 table cannot gain a column, so it is
made anew from schema.sql's definition and filled again."""

from __future__ import annotations

import re
import sqlite3


def upgrade(conn: sqlite3.Connection) -> None:
    from tui_tracker.store.connection import load_schema, split_statements
    from tui_tracker.store.search_index import index_notices

    create = next(statement for statement in split_statements(load_schema())
                  if re.search(r"CREATE VIRTUAL TABLE notice_search\b", statement))
    conn.execute("DROP TABLE notice_search")
    conn.execute(create)
    index_notices(conn)
