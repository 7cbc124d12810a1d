"""The `/` search screen: notices, directives and tasks as you type, no diacritics needed.

Each keystroke starts a `store.search` in a thread worker (the newest wins); results are
grouped notices, directives, tasks. ↑/↓ move in the results while typing, Enter opens
the highlighted one (a task opens its directive), Esc closes. The last query is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widgets import Footer, Input, Static

from tui_tracker.i18n import t, tn
from tui_tracker.ui.bindings import bindings
from tui_tracker.ui.formatting import fmt_date
from tui_tracker.ui.messages import DataChanged, OpenDirective, OpenNotice
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.tasks.labels import countdown_label, notice_label, urgency_style
from tui_tracker.ui.widgets.quiet_input import QuietInput
from tui_tracker.ui.widgets.virtual_table import Column, ListSource, VirtualTable

MIN_CHARS = 2


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "notice" | "directive" | "task"
    id: int
    ref: str
    text: str
    extra: str
    style: str | None
    notice_id: int | None = None
    directive_id: int | None = None


@dataclass(frozen=True)
class _DirectiveRef:
    notice_id: int
    notice_number: str | None
    directive_ref: str
    notice_doc_type: str | None


def _notice_ref(row: Any) -> str:
    return row.number or f"#{row.id}"


def hits_from(results: Any) -> list[SearchHit]:
    hits: list[SearchHit] = []
    for notice in results.notices:
        hits.append(SearchHit("notice", notice.id, _notice_ref(notice), notice.title or "",
                              fmt_date(notice.issued_on or notice.meeting_on, empty=""), None,
                              notice_id=notice.id))
    for directive in results.directives:
        ref = notice_label(_DirectiveRef(directive.notice_id, directive.notice_number,
                                         directive.ref, directive.notice_doc_type))
        hits.append(SearchHit("directive", directive.id, ref, directive.summary,
                              directive.lead or "", None, notice_id=directive.notice_id,
                              directive_id=directive.id))
    for task in results.tasks:
        hits.append(SearchHit("task", task.id, notice_label(task), task.summary,
                              f"{countdown_label(task)} · {task.agency}", urgency_style(task),
                              notice_id=task.notice_id, directive_id=task.directive_id))
    return hits


def search_columns() -> list[Column]:
    return [
        Column("kind", t("ui.col.kind"), lambda h: t(f"ui.search.kind.{h.kind}"), width=10,
               style=lambda h: "muted"),
        Column("ref", t("ui.col.ref"), lambda h: h.ref, width=14, style=lambda h: "accent"),
        Column("text", t("ui.col.result"), lambda h: h.text, ratio=3, min_width=16),
        Column("extra", "", lambda h: h.extra, ratio=2, min_width=10, style=lambda h: h.style),
    ]


class SearchScreen(TrackerScreen):
    BINDINGS = bindings("search")

    class _Results(Message, bubble=False):
        def __init__(self, serial: int, text: str, hits: list[SearchHit]) -> None:
            super().__init__()
            self.serial = serial
            self.text = text
            self.hits = hits

    class _Failed(Message, bubble=False):
        def __init__(self, serial: int, error: BaseException) -> None:
            super().__init__()
            self.serial = serial
            self.error = error

    def __init__(self, query: str = "") -> None:
        super().__init__(id="search")
        self.initial_query = query
        self._serial = count(1)
        self._latest = 0
        self._keep_cursor = False

    def compose(self) -> ComposeResult:
        yield Static(Content(t("ui.search.title")), id="search-title")
        yield QuietInput(self.initial_query, placeholder=t("ui.search.placeholder"),
                         id="search-input")
        yield Static(Content(t("ui.search.hint")), id="search-summary")
        table = VirtualTable(ListSource([]), search_columns(), id="search-results",
                             row_key=lambda h: (h.kind, h.id), empty_text="")
        table.auto_refresh = False  # results are redone on DataChanged instead
        table.can_focus = False  # typing stays in the field; ↑/↓ move the results
        yield table
        yield Footer()

    @property
    def results(self) -> VirtualTable:
        return self.query_one("#search-results", VirtualTable)

    def on_mount(self) -> None:
        field = self.query_one("#search-input", Input)
        field.focus()
        # The footer must drop the keys the field now types (?, /, letters).
        self.call_after_refresh(self.refresh_bindings)
        if self.initial_query:
            self.run_search(self.initial_query)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(DataChanged)
    def _data_changed(self, _message: DataChanged) -> None:
        # Results are not a VirtualTable source the app refreshes: search again.
        self.run_search(self.query_one("#search-input", Input).value, keep_cursor=True)

    def run_search(self, text: str, *, keep_cursor: bool = False) -> None:
        text = text.strip()
        self.tracker.last_search = text
        serial = next(self._serial)
        self._latest = serial
        self._keep_cursor = keep_cursor
        if len(text) < MIN_CHARS:
            self.results.set_source(ListSource([]))
            self._summary(t("ui.search.hint"))
            return
        self._search(self.store, serial, text, self.today)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def _search(self, store: Any, serial: int, text: str, today: Any) -> None:
        try:
            results = store.search(text, today=today)
        except Exception as error:  # shown, never fatal
            self.post_message(self._Failed(serial, error))
            return
        self.post_message(self._Results(serial, text, hits_from(results)))

    def on_search_screen__results(self, message: SearchScreen._Results) -> None:
        if message.serial != self._latest:
            return  # the user typed on
        hits = message.hits
        if self._keep_cursor:
            self.results.set_source(ListSource(hits), keep_cursor=True)
            self.results.refresh_data()
        else:
            self.results.set_source(ListSource(hits))
        if not hits:
            self._summary(t("ui.search.none", text=message.text))
            return
        kinds = [h.kind for h in hits]
        self._summary(t("ui.search.counts", notices=tn("ui.n.notices", kinds.count("notice")),
                        directives=tn("ui.n.directives", kinds.count("directive")),
                        tasks=tn("ui.n.tasks", kinds.count("task"))))

    def on_search_screen__failed(self, message: SearchScreen._Failed) -> None:
        if message.serial == self._latest:
            error = message.error
            self._summary(getattr(error, "message", None) or str(error))

    def _summary(self, text: str) -> None:
        self.query_one("#search-summary", Static).update(Content(text))

    # ----------------------------------------------------------------- keys

    def action_move(self, delta: int) -> None:
        table = self.results
        table.move_cursor(table.cursor_index + delta)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_open()

    @on(VirtualTable.RowSelected, "#search-results")
    def _selected(self, event: VirtualTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        hit = self.results.cursor_row
        if hit is None:
            self.app.bell()
            return
        if hit.kind == "notice":
            self.post_message(OpenNotice(hit.id))
        elif hit.kind == "directive":
            self.post_message(OpenDirective(hit.id))
        else:
            self.post_message(OpenDirective(hit.directive_id or 0, hit.id))

    def action_close(self) -> None:
        self.dismiss(None)
