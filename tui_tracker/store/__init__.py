"""The SQLite store: schema, import, queries, changes with history.

`Store.open(path)` is the entry point; `store.database.Store` lists the API.
"""

from tui_tracker.store.database import Store
from tui_tracker.store.filters import TaskFilter
from tui_tracker.store.rows import (
    AgencyRow,
    DirectiveDetail,
    DirectiveRow,
    HistoryEntry,
    ImportResult,
    NoticeDetail,
    NoticeRow,
    SearchResults,
    TaskRow,
)

__all__ = [
    "AgencyRow",
    "DirectiveDetail",
    "DirectiveRow",
    "HistoryEntry",
    "ImportResult",
    "NoticeDetail",
    "NoticeRow",
    "SearchResults",
    "Store",
    "TaskFilter",
    "TaskRow",
]
