"""VirtualTable: a list that renders only the visible lines and fetches rows on demand.

Toolong's lesson: the built-in DataTable measures every cell of every row on the event
loop (9 s frozen at 100k rows). This widget asks its source for the count and for the
window of rows around what is on screen, in a thread worker, and keeps that window in a
cache; the first frame costs the same at 100 rows and at a million.

API (stable; other screens build on it)
---------------------------------------
    from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable

    class MySource:                       # anything with these two methods (RowSource)
        def count(self) -> int: ...       # called in a worker thread
        def fetch(self, offset: int, limit: int) -> list[Row]: ...   # idem
        count_first = True                # optional: count() before fetch() (see below)

    table = VirtualTable(
        MySource(),
        [Column("name", t("ui.col.name"), lambda row: row.name, ratio=2),
         Column("due", t("ui.col.due"), lambda row: fmt(row.due_on), width=10,
                style=lambda row: "overdue" if row.days_left < 0 else None),
         Column("role", t("ui.col.role"), lambda row: row.role, width=9,
                min_table_width=110)],          # shown only when the table is wide enough
        row_key=lambda row: row.id,             # default: row.id
        empty_text=t("ui.table.empty"),
    )
    table.refresh_data()      # recount + refetch the visible window; cursor stays on the same
                              # row id when that row moved, scroll position is kept
    table.set_source(src)     # another query (cursor back to the top; keep_cursor=True
                              # keeps it; cursor=-1 puts it on the last row once counted)
    table.set_columns(cols)
    table.empty_text = "..."  # what an empty result says
    make_source()             # override to build the source on mount (TaskList does)
    table.cursor_index, table.cursor_row (None while its window loads), table.row_count
    table.move_cursor(index)

Cells return `str` (shown literally: markup is not parsed, terminal escapes and controls
are removed) or a rich `Text`; `Column.fit(row, width)`, when given, is called instead of
`cell` with the width the column got, to shorten a value better than with "…". `Column.style(row)` names a component class suffix:
"overdue", "today", "soon", "muted", "accent" → `virtual-table--overdue`, ... (theme
variables, so it works in 16 colours; never the only signal: the text says it too).

Loading order: the first request waits for the first layout, so it fetches the visible
rows in one round trip. A load fetches the window first and shows it, then counts (a
whole-table `count(*)` that can take 100 ms at a million rows): until the count arrives
the table knows it has at least the rows it got. A window shorter than asked for gives
the count exactly, and `count()` is not called at all. A source whose `count()` must run
before `fetch()` in the same worker (it reloads what `fetch` slices) sets `count_first`.

Messages (all carry `.table`):
    VirtualTable.RowHighlighted(table, index, row)   cursor on a (loaded) row, or that row changed
    VirtualTable.RowSelected(table, index, row)      Enter / double click
    VirtualTable.DataLoaded(table, count)            after each recount (the window may
                                                     have been shown just before)
    VirtualTable.LoadFailed(table, error)            the source raised (also notified)

The app refreshes every VirtualTable whose `auto_refresh` is True (default) on the
screens of the stack when the data changes, so screens need not do it themselves.
Keys never wait for a query: a row not loaded yet shows "…" until its window arrives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from itertools import count as _counter
from typing import Any, Literal, Protocol

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui_tracker.i18n import t
from tui_tracker.ui.bindings import CatalogBindings, bindings
from tui_tracker.ui.formatting import clean_cell

Row = Any


class RowSource(Protocol):
    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> list[Row]: ...


class ListSource:
    """A source over a list already in memory (search results, history)."""

    def __init__(self, rows: Sequence[Row] = ()) -> None:
        self.rows = list(rows)

    def count(self) -> int:
        return len(self.rows)

    def fetch(self, offset: int, limit: int) -> list[Row]:
        return self.rows[offset:offset + limit]


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # already in the interface language
    cell: Callable[[Row], str | Text]
    width: int | None = None  # fixed width in cells; None = share the rest by ratio
    ratio: int = 1
    min_width: int = 6
    justify: Literal["left", "right", "center"] = "left"
    min_table_width: int = 0  # hide the column when the table is narrower than this
    # Show the column only when the table is narrower than this (a short stand-in for a
    # column hidden by its min_table_width, e.g. a status glyph for the status label).
    max_table_width: int | None = None
    style: Callable[[Row], str | None] | None = None  # component class suffix
    # Width-aware cell, used instead of `cell` when given: shorten cleverly, not just "…".
    fit: Callable[[Row, int], str | Text] | None = None


def layout_columns(columns: Sequence[Column], width: int) -> list[tuple[Column, int]]:
    """Widths of the columns shown at `width` (one space between columns)."""
    shown = [c for c in columns if width >= c.min_table_width
             and (c.max_table_width is None or width < c.max_table_width)]
    if not shown:
        return []
    fixed = sum(c.width for c in shown if c.width is not None)
    flexible = [c for c in shown if c.width is None]
    rest = max(0, width - fixed - (len(shown) - 1))
    # Every flexible column gets its minimum, then the room left is shared by ratio.
    extra = max(0, rest - sum(c.min_width for c in flexible))
    ratios = sum(c.ratio for c in flexible) or 1
    widths: dict[str, int] = {}
    given = 0
    for index, column in enumerate(flexible):
        if index == len(flexible) - 1:
            share = extra - given
        else:
            share = extra * column.ratio // ratios
        widths[column.key] = column.min_width + share
        given += share
    return [(c, c.width if c.width is not None else widths[c.key]) for c in shown]


@dataclass(frozen=True)
class _Request:
    serial: int
    source: RowSource
    recount: bool
    offset: int
    limit: int
    anchor_index: int | None
    anchor_key: Hashable | None
    # Set once the frame showing this request's rows is drawn: its count waits for it.
    shown: threading.Event = field(default_factory=threading.Event, compare=False)


# How long a count waits for the frame with the rows (a table never drawn, a test
# without refreshes) before it runs anyway.
_COUNT_AFTER_FRAME_WAIT = 0.25


def _exact_count(request: _Request, rows: Sequence[Row]) -> int | None:
    """The list's length when a window says it: fewer rows than asked for end the list
    (an empty one past the start proves nothing: the list may have shrunk)."""
    if len(rows) < request.limit and (rows or request.offset == 0):
        return request.offset + len(rows)
    return None


class _TableMessage(Message):
    """Base of VirtualTable's messages: `.table`, also the `control` that `@on(..., "#id")`
    matches. Only the subclasses are posted (handlers: `on_virtual_table_row_selected`...)."""

    def __init__(self, table: VirtualTable) -> None:
        super().__init__()
        self.table = table

    @property
    def control(self) -> VirtualTable:
        return self.table


class _RowMessage(_TableMessage):
    def __init__(self, table: VirtualTable, index: int, row: Row) -> None:
        super().__init__(table)
        self.index = index
        self.row = row


class VirtualTable(CatalogBindings, ScrollView, can_focus=True):
    """A keyboard-driven table over a `RowSource`, rendering only the visible lines."""

    BINDINGS = bindings("table")

    COMPONENT_CLASSES = {
        "virtual-table--header",
        "virtual-table--cursor",
        "virtual-table--cursor-blurred",
        "virtual-table--placeholder",
        "virtual-table--empty",
        "virtual-table--overdue",
        "virtual-table--today",
        "virtual-table--soon",
        "virtual-table--muted",
        "virtual-table--accent",
        "virtual-table--flagged",
        "virtual-table--position",
    }

    DEFAULT_CSS = """
    VirtualTable {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        background: $surface;
        color: $foreground;
    }
    VirtualTable > .virtual-table--header {
        text-style: bold;
        background: $panel;
        color: $foreground;
    }
    VirtualTable > .virtual-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    VirtualTable > .virtual-table--cursor-blurred {
        background: $block-cursor-blurred-background;
        text-style: bold;
    }
    VirtualTable > .virtual-table--placeholder { color: $text-muted; }
    VirtualTable > .virtual-table--empty { color: $text-muted; text-style: italic; }
    VirtualTable > .virtual-table--overdue { color: $text-error; text-style: bold; }
    VirtualTable > .virtual-table--today { color: $text-warning; text-style: bold; }
    VirtualTable > .virtual-table--soon { color: $text-warning; }
    VirtualTable > .virtual-table--muted { color: $text-muted; }
    VirtualTable > .virtual-table--accent { color: $text-accent; }
    VirtualTable > .virtual-table--flagged { color: $text-warning; text-style: bold reverse; }
    VirtualTable > .virtual-table--position { color: $text-muted; text-style: not bold; }
    """

    class RowHighlighted(_RowMessage):
        """The cursor is on a (loaded) row, or that row changed."""

    class RowSelected(_RowMessage):
        """Enter or a double click on a row."""

    class DataLoaded(_TableMessage):
        def __init__(self, table: VirtualTable, count: int) -> None:
            super().__init__(table)
            self.count = count

    class LoadFailed(_TableMessage):
        def __init__(self, table: VirtualTable, error: BaseException) -> None:
            super().__init__(table)
            self.error = error

    class WindowLoaded(Message, bubble=False):
        """Internal: a worker's result: the window (rows), the count, or both."""

        def __init__(self, request: _Request, count: int | None,
                     rows: list[Row] | None) -> None:
            super().__init__()
            self.request = request
            self.count = count
            self.rows = rows

    class WindowFailed(Message, bubble=False):
        """Internal: a worker's failure."""

        def __init__(self, request: _Request, error: BaseException) -> None:
            super().__init__()
            self.request = request
            self.error = error

    auto_refresh: bool = True

    def __init__(
        self,
        source: RowSource | None = None,
        columns: Sequence[Column] = (),
        *,
        row_key: Callable[[Row], Hashable] | None = None,
        empty_text: str = "",
        loading_text: str | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.source: RowSource | None = source
        self.columns: list[Column] = list(columns)
        self.row_key: Callable[[Row], Hashable] = row_key or (lambda row: getattr(row, "id", row))
        self.empty_text = empty_text
        self.loading_text = loading_text if loading_text is not None else t("ui.table.loading")
        self.row_count = 0
        self.loaded = False  # a count has arrived since the last set_source
        self._cursor = 0
        self._window_start = 0
        self._window: list[Row] = []
        self._serial = _counter(1)
        self._latest = 0  # serial of the newest request: older results are dropped
        self._need_recount = True
        self._count_pending: int | None = None  # serial of the request counting for us
        self._layout_seen = False  # before the first layout the page size is unknown
        self._awaiting_layout = False
        self._pending_anchor: tuple[int, Hashable] | None = None
        self._inflight: tuple[int, int] | None = None
        self._ensure_scheduled = False
        self._last_highlight: tuple[int, Row] | None = None
        self._line_cache: dict[tuple[Any, ...], Strip] = {}
        self._cursor_after_load: int | None = None
        self._error_text: str | None = None

    # ----------------------------------------------------------------- public API

    @property
    def cursor_index(self) -> int:
        return self._cursor

    @property
    def cursor_row(self) -> Row | None:
        """The row under the cursor, or None while its window loads / when empty."""
        return self.get_cached_row(self._cursor)

    def get_cached_row(self, index: int) -> Row | None:
        offset = index - self._window_start
        if 0 <= offset < len(self._window) and index < self.row_count:
            return self._window[offset]
        return None

    def set_source(self, source: RowSource | None, *, keep_cursor: bool = False,
                   cursor: int | None = None) -> None:
        """Show another query; the cursor goes back to the top unless `keep_cursor`, or to
        `cursor` once the rows are counted (-1 = the last row)."""
        self.source = source
        self._cursor_after_load = cursor
        self._window = []
        self._window_start = 0
        self._line_cache.clear()
        if not keep_cursor:
            self._cursor = 0
            self._last_highlight = None
            self.loaded = False
            if self.is_mounted:
                self.scroll_to(y=0, animate=False, force=True)
        self._need_recount = True
        self._count_pending = None  # a count on its way is for the old query
        self._request()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.columns = list(columns)
        self._line_cache.clear()
        self.refresh()

    def refresh_data(self) -> None:
        """Recount and refetch the visible window, keeping cursor and scroll position.

        When the row under the cursor moved (another row was inserted above it, it was
        re-sorted), the cursor follows it if it is still near; when it left the list, the
        cursor stays at the same place, on the row that took its place."""
        self._need_recount = True
        self._count_pending = None  # a count on its way may predate the change
        row = self.cursor_row
        if row is not None:
            self._pending_anchor = (self._cursor, self.row_key(row))
        self._request()

    def move_cursor(self, index: int, *, scroll: bool = True) -> None:
        if self.row_count <= 0:
            index = 0
        else:
            index = max(0, min(index, self.row_count - 1))
        old = self._cursor
        self._cursor = index
        if old != index:
            self._pending_anchor = None  # the user moved: nothing to follow any more
        if scroll:
            self._scroll_cursor_into_view()
        if old != index:
            self._refresh_row(old)
            self._refresh_row(index)
            self.refresh_line(int(self.scroll_offset.y))  # the header's "12/340"
        self._ensure_window()
        self._post_highlight()

    # ----------------------------------------------------------------- actions

    def action_cursor_up(self) -> None:
        self.move_cursor(self._cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self._cursor + 1)

    def action_page_up(self) -> None:
        page = self._page_rows()
        self.scroll_to(y=max(0, self.scroll_offset.y - page), animate=False, force=True)
        self.move_cursor(self._cursor - page)

    def action_page_down(self) -> None:
        page = self._page_rows()
        self.scroll_to(y=min(self.max_scroll_y, self.scroll_offset.y + page), animate=False,
                       force=True)
        self.move_cursor(self._cursor + page)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        if not self.loaded and self.source is not None:
            # Only the first window is known yet: the last row once the count arrives.
            self._cursor_after_load = -1
            return
        self.move_cursor(self.row_count - 1)

    def action_select(self) -> None:
        row = self.cursor_row
        if row is None:
            self.app.bell()
            return
        self.post_message(self.RowSelected(self, self._cursor, row))

    # ----------------------------------------------------------------- loading

    def make_source(self) -> RowSource | None:
        """Subclasses that build their source from the app (TaskList) override this; it is
        called on mount when no source was given."""
        return None

    def on_mount(self) -> None:
        if self.source is None:
            self.source = self.make_source()
        if self.source is not None:
            self._request()

    def _visible_range(self) -> tuple[int, int]:
        first = int(self.scroll_offset.y)
        return first, first + self._page_rows()

    def _page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1 or self.size.height - 1)

    def _request(self) -> None:
        """Start a load of the window around the view (and the count when needed)."""
        if self.source is None or not self.is_attached:
            return
        screen_rows = self.app.size.height
        if not self._layout_seen and screen_rows <= 0:
            # Without a size the window would be 11 rows, and the page a second round trip:
            # wait for the first layout (Resize) or, for a hidden table, the first refresh.
            if not self._awaiting_layout:
                self._awaiting_layout = True
                self.call_after_refresh(self._after_first_layout)
            return
        # Before its first layout the table is at most the terminal's height: asking for
        # that many rows now fetches the first page while the screen is being laid out,
        # instead of after (one frame sooner to the first rows; issue 16, point 6).
        page = max(self._page_rows() if self._layout_seen else screen_rows, 10)
        first, last = self._visible_range()
        if not self._layout_seen:
            first, last = 0, page
        low, high = first, last
        if self._pending_anchor is not None:
            low = min(low, self._pending_anchor[0])
            high = max(high, self._pending_anchor[0] + 1)
        offset = max(0, low - page)
        limit = (high + page) - offset
        anchor = self._pending_anchor
        # One count at a time: a scroll while the count is on its way fetches rows only.
        recount = self._need_recount and self._count_pending is None
        request = _Request(
            serial=next(self._serial),
            source=self.source,
            recount=recount,
            offset=offset,
            limit=limit,
            anchor_index=anchor[0] if anchor else None,
            anchor_key=anchor[1] if anchor else None,
        )
        self._latest = request.serial
        if recount:
            self._count_pending = request.serial
        self._inflight = (offset, offset + limit)
        self._load(request)

    def _after_first_layout(self) -> None:
        self._layout_seen = True
        if self._awaiting_layout:
            self._awaiting_layout = False
            self._request()

    @work(thread=True, exclusive=True, exit_on_error=False, group="virtual-table")
    def _load(self, request: _Request) -> None:
        source = request.source
        try:
            if request.recount and getattr(source, "count_first", False):
                total: int | None = source.count()
                self.post_message(self.WindowLoaded(
                    request, total, source.fetch(request.offset, request.limit)))
                return
            # The window first: the rows show while the whole list is being counted.
            rows = source.fetch(request.offset, request.limit)
            total = _exact_count(request, rows) if request.recount else None
            self.post_message(self.WindowLoaded(request, total, rows))
            if request.recount and total is None:
                # Counted after the frame that shows the rows: a long list's count (40 ms
                # at a million tasks) run while the screen is laid out slowed that frame
                # by half as much, on two cores. The list has the window's rows meanwhile.
                request.shown.wait(_COUNT_AFTER_FRAME_WAIT)
                self.post_message(self.WindowLoaded(request, source.count(), None))
        except Exception as error:  # shown to the user, never fatal
            self.post_message(self.WindowFailed(request, error))

    def on_virtual_table_window_loaded(self, message: VirtualTable.WindowLoaded) -> None:
        message.stop()
        request = message.request
        if request.source is not self.source:
            return  # another query since
        # Rows only from the newest request; the count from the request counting for us
        # (a scroll may have asked for other rows meanwhile).
        window = message.rows is not None and request.serial == self._latest
        counted = message.count is not None and request.serial == self._count_pending
        if not window and not counted:
            return  # a newer request is on its way
        if window:
            assert message.rows is not None
            self._inflight = None
            self._window_start = request.offset
            self._window = list(message.rows)
            self._line_cache.clear()
            self._error_text = None
            self.call_after_refresh(request.shown.set)
            if not counted:
                # The count is on its way; the list has at least these rows meanwhile.
                known = request.offset + len(self._window)
                if known > self.row_count:
                    self.row_count = known
                    self._update_virtual_size()
        if counted:
            assert message.count is not None
            self._count_pending = None
            self._need_recount = False
            self.row_count = message.count
            self.loaded = True
            self._update_virtual_size()
            if self._cursor_after_load is not None:
                wanted = self._cursor_after_load
                self._cursor_after_load = None
                if self.row_count:
                    self.move_cursor(wanted % self.row_count if wanted < 0 else wanted)
        if window and request.anchor_key is not None:
            self._pending_anchor = None
            # Follow the row only if the user did not move the cursor meanwhile.
            if request.anchor_index == self._cursor:
                self._follow_anchor(request.anchor_index, request.anchor_key)
        if self.row_count and self._cursor >= self.row_count:
            self.move_cursor(self.row_count - 1)
        self.refresh()
        if message.count is not None:
            self.post_message(self.DataLoaded(self, self.row_count))
        self._post_highlight()
        self._ensure_window()

    def on_virtual_table_window_failed(self, message: VirtualTable.WindowFailed) -> None:
        message.stop()
        serial = message.request.serial
        if serial not in (self._latest, self._count_pending):
            return
        if serial == self._count_pending:
            self._count_pending = None  # the next request counts again
        if serial == self._latest:
            self._inflight = None
        text = getattr(message.error, "message", None) or str(message.error)
        if not self.loaded:
            # Nothing to show: say why in the table instead of "…" forever.
            self._error_text = text
            self.refresh()
        self.post_message(self.LoadFailed(self, message.error))
        if not getattr(self.screen, "closing", False):  # its rows were just deleted
            self.notify(text, severity="error", markup=False)

    def _follow_anchor(self, old_index: int, key: Hashable) -> None:
        for offset, row in enumerate(self._window):
            if self.row_key(row) == key:
                new_index = self._window_start + offset
                if new_index != old_index:
                    delta = new_index - old_index
                    self._cursor = new_index
                    # Keep the row at the same place on screen.
                    self.scroll_to(y=max(0, self.scroll_offset.y + delta), animate=False,
                                   force=True)
                    self._scroll_cursor_into_view()
                return

    def _update_virtual_size(self) -> None:
        width = max(1, self.scrollable_content_region.width)
        self.virtual_size = Size(width, self.row_count + 1)

    def _ensure_window(self) -> None:
        """Fetch the window again when the view (or the cursor) left the cached rows."""
        if self.source is None or self.row_count == 0 and self.loaded:
            return
        first, last = self._visible_range()
        last = min(last, self.row_count)
        wanted = [first, max(first, last - 1), self._cursor]
        start, end = self._window_start, self._window_start + len(self._window)
        missing = [i for i in wanted if i < self.row_count and not start <= i < end]
        if not missing:
            return
        if self._inflight is not None:
            low, high = self._inflight
            if all(low <= i < high for i in missing):
                return  # already on its way
        self._request()

    def _schedule_ensure(self) -> None:
        if not self._ensure_scheduled:
            self._ensure_scheduled = True

            def run() -> None:
                self._ensure_scheduled = False
                self._ensure_window()

            self.call_later(run)

    def _post_highlight(self) -> None:
        row = self.cursor_row
        if row is None:
            return
        current = (self._cursor, row)
        if self._last_highlight != current:
            self._last_highlight = current
            self.post_message(self.RowHighlighted(self, self._cursor, row))

    # ----------------------------------------------------------------- scrolling

    def _scroll_cursor_into_view(self) -> None:
        page = self._page_rows()
        top = int(self.scroll_offset.y)
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False, force=True)
        elif self._cursor >= top + page:
            self.scroll_to(y=self._cursor - page + 1, animate=False, force=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self._schedule_ensure()

    def on_resize(self, event: events.Resize) -> None:
        if not self._layout_seen:
            self._after_first_layout()  # the page size is known: the first request
        self._line_cache.clear()
        self._update_virtual_size()
        self._scroll_cursor_into_view()
        self._schedule_ensure()

    def on_focus(self) -> None:
        self._line_cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._line_cache.clear()
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        index = int(self.scroll_offset.y) + event.y - 1
        if 0 <= index < self.row_count:
            self.move_cursor(index, scroll=False)
            if event.chain >= 2:
                self.action_select()

    def _refresh_row(self, index: int) -> None:
        y = index - int(self.scroll_offset.y) + 1
        if 1 <= y < self.size.height:
            self.refresh_line(y + int(self.scroll_offset.y))

    # ----------------------------------------------------------------- rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        if y == 0:
            return self._render_header(width, base)
        index = int(self.scroll_offset.y) + y - 1
        if self.row_count == 0:
            if y == 1:
                if self.loaded and self.empty_text:
                    return self._message_line(self.empty_text, "virtual-table--empty",
                                              width, base)
                if not self.loaded and self._error_text:
                    return self._message_line(self._error_text, "virtual-table--overdue",
                                              width, base)
                if not self.loaded and self.source is not None:
                    return self._message_line(self.loading_text,
                                              "virtual-table--placeholder", width, base)
            return Strip.blank(width, base)
        if index >= self.row_count:
            return Strip.blank(width, base)
        row = self.get_cached_row(index)
        if row is None:
            self._schedule_ensure()  # its window is on its way
            return self._message_line("…", "virtual-table--placeholder", width, base)
        is_cursor = index == self._cursor
        key = (index, id(row), width, is_cursor, self.has_focus, base)
        cached = self._line_cache.get(key)
        if cached is not None:
            return cached
        strip = self._render_row(row, width, base, is_cursor)
        if len(self._line_cache) > 500:
            self._line_cache.clear()
        self._line_cache[key] = strip
        return strip

    def _message_line(self, text: str, component: str, width: int, base: Style) -> Strip:
        style = base + self.get_component_rich_style(component)
        line = Text(" " + clean_cell(text), style=style, no_wrap=True, overflow="ellipsis")
        line.truncate(width, overflow="ellipsis", pad=True)
        return Strip(self._segments(line, style), width).adjust_cell_length(width, base)

    def position_text(self) -> str:
        """Where the cursor is: "12/340" (nothing while the list is empty or uncounted)."""
        if self.row_count <= 0 or not self.loaded:
            return ""
        return f"{self._cursor + 1}/{self.row_count}"

    def _render_header(self, width: int, base: Style) -> Strip:
        style = base + self.get_component_rich_style("virtual-table--header")
        line = Text(style=style, no_wrap=True)
        columns = layout_columns(self.columns, width)
        # The row position ("12/340") goes in the blank after a left-aligned title, the
        # rightmost one with room: the list costs no extra line and no title is cut for it
        # (a header too full for it goes without).
        where = self.position_text()
        room = len(where) + 1
        host = next((index for index in range(len(columns) - 1, -1, -1)
                     if columns[index][0].justify == "left"
                     and columns[index][1] - cell_len(columns[index][0].header) >= room),
                    None) if where else None
        for position, (column, cell_width) in enumerate(columns):
            if position:
                line.append(" ")
            if position == host:
                title = self._fit(Text(column.header), cell_width - len(where), "left")
                line.append_text(title)
                line.append(where, style=self.get_component_rich_style(
                    "virtual-table--position", default=Style()))
            else:
                line.append_text(self._fit(Text(column.header), cell_width, column.justify))
        line.truncate(width, pad=True)
        return Strip(self._segments(line, style), width).adjust_cell_length(width, style)

    def _render_row(self, row: Row, width: int, base: Style, is_cursor: bool) -> Strip:
        segments: list[Segment] = []
        cursor_style: Style | None = None
        if is_cursor:
            component = ("virtual-table--cursor" if self.has_focus
                         else "virtual-table--cursor-blurred")
            cursor_style = self.get_component_rich_style(component)
        row_style = base + cursor_style if cursor_style else base
        for position, (column, cell_width) in enumerate(layout_columns(self.columns, width)):
            if position:
                segments.append(Segment(" ", row_style))
            try:
                value = column.fit(row, cell_width) if column.fit else column.cell(row)
            except Exception:  # one bad cell must not break the list
                value = "?"
            text = Text(clean_cell(value)) if isinstance(value, str) else value.copy()
            style = base
            if column.style is not None:
                name = column.style(row)
                if name:
                    style = base + self.get_component_rich_style(
                        f"virtual-table--{name}", default=Style())
            if cursor_style is not None:
                style = style + cursor_style
            fitted = self._fit(text, cell_width, column.justify)
            fitted.stylize_before(style)  # after padding, so the padding is styled too
            segments.extend(self._segments(fitted, style))
        strip = Strip(segments)
        return strip.adjust_cell_length(width, row_style)

    def _segments(self, text: Text, style: Style) -> list[Segment]:
        """Rich gives unstyled segments for a Text without spans; every segment here
        carries a style (the NO_COLOR filter of Textual requires one)."""
        return [Segment(segment.text, style + segment.style if segment.style else style)
                for segment in text.render(self.app.console)]

    @staticmethod
    def _fit(text: Text, width: int, justify: str) -> Text:
        text.no_wrap = True
        text.truncate(width, overflow="ellipsis")
        pad = width - text.cell_len
        if pad > 0:
            if justify == "right":
                text.pad_left(pad)
            elif justify == "center":
                text.pad_left(pad // 2)
                text.pad_right(pad - pad // 2)
            else:
                text.pad_right(pad)
        return text
