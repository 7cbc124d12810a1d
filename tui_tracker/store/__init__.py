"""The SQLite store: schema, import, queries, changes with history.

`Store.open(path)` is the entry point; `store.database.Store` lists the API.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    )
    from tui_tracker.store.task_rows import TaskRow

# The notice and directive rows are defined when first asked for (PEP 562), so
# that `list` starts without them (see task_rows.py).
_ROWS = frozenset({"AgencyRow", "DirectiveDetail", "DirectiveRow", "HistoryEntry",
                   "ImportResult", "NoticeDetail", "NoticeRow", "SearchResults"})


# The store itself too: `import tui_tracker.store.banner` (the login banner's reader)
# must not load the whole store with the package.
_MAIN = {"Store": "database", "TaskFilter": "filters", "TaskRow": "task_rows"}


def __getattr__(name: str) -> Any:
    if name in _ROWS:
        from tui_tracker.store import rows

        return getattr(rows, name)
    if name in _MAIN:
        from importlib import import_module

        return getattr(import_module(f"tui_tracker.store.{_MAIN[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

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
