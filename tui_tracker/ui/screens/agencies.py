"""The agencies: every agency with its open, overdue and done counts, and one agency's tasks
as lead and as coordinator, apart.

AgenciesScreen     agencies with overdue tasks first, then by open tasks, those without tasks
                   last; `f` filters by name (diacritics optional, aliases included) as you
                   type; Enter opens the agency's tasks.
AgencyTasksScreen  the counts and aliases of one agency, then two TaskLists: the tasks it
                   leads (chủ trì) and those it coordinates (phối hợp). Both carry the triage
                   keys; Tab moves between them; Enter opens a task's directive.
"""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from tui_tracker.i18n import t, tn
from tui_tracker.model import Role
from tui_tracker.text import fold
from tui_tracker.ui.bindings import bindings, key_for
from tui_tracker.ui.formatting import clean, fit_agency_name, literal
from tui_tracker.ui.messages import OpenAgencyTasks
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.screens.notices import CachedListSource
from tui_tracker.ui.tasks.task_list import TaskList, task_columns
from tui_tracker.ui.widgets.quiet_input import QuietInput
from tui_tracker.ui.widgets.virtual_table import Column, VirtualTable


def _count(value: int | None) -> str:
    return str(value) if value else "·"


def agency_matches(row: Any, words: str) -> bool:
    """Folded substring of the name or of an alias: "khcn", "khoa hoc" find the Sở KH&CN."""
    haystack = " | ".join([row.name, *row.aliases])
    return fold(words) in fold(haystack)


class AgenciesScreen(TrackerScreen):
    """Every agency with its counts."""

    BINDINGS = bindings("agencies")  # Enter open, f filter, Esc clear

    CSS_PATH = "agencies.tcss"  # its rules, beside it

    def __init__(self) -> None:
        super().__init__()
        self.words: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(literal(t("ui.agencies.title")), classes="screen-title",
                     id="agencies-title")
        yield QuietInput(placeholder=t("ui.notices.search_placeholder",
                                       clear=key_for("agencies.clear_filter", self.keymap)),
                         id="agencies-filter", compact=True)
        yield VirtualTable(CachedListSource(self._load), self._columns(),
                           empty_text=t("ui.agencies.empty"), id="agencies-table")
        yield Footer()

    def _load(self) -> list[Any]:
        rows = self.store.list_agencies(today=self.today)
        if self.words:
            rows = [row for row in rows if agency_matches(row, self.words)]
        # What needs chasing first: overdue, then open work; agencies without tasks last.
        # (`or 0`: a count the database gives as NULL must not break the sort.)
        return sorted(rows, key=lambda r: (not r.total, -(r.overdue or 0), -(r.open or 0),
                                           fold(r.name)))

    @staticmethod
    def _columns() -> list[Column]:
        return [
            Column("name", t("ui.agencies.col.name"), lambda r: clean(r.name), ratio=1,
                   fit=lambda r, w: fit_agency_name(r.name, w),
                   style=lambda r: None if r.total else "muted"),
            Column("open", t("ui.agencies.col.open"), lambda r: _count(r.open), width=9,
                   justify="right"),
            Column("overdue", t("ui.agencies.col.overdue"), lambda r: _count(r.overdue),
                   width=7, justify="right", style=lambda r: "overdue" if r.overdue else None),
            Column("done", t("ui.agencies.col.done"), lambda r: _count(r.done), width=10,
                   justify="right"),
            Column("total", t("ui.agencies.col.total"), lambda r: _count(r.total), width=6,
                   justify="right"),
        ]

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#agencies-table", VirtualTable)

    def on_mount(self) -> None:
        self.title = t("ui.agencies.title")
        self.table.focus()

    def refresh_view(self, *, tables: bool) -> None:
        if tables:
            self.table.refresh_data()

    @on(VirtualTable.DataLoaded, "#agencies-table")
    def _loaded(self, event: VirtualTable.DataLoaded) -> None:
        self.query_one("#agencies-title", Static).update(literal(
            f"{t('ui.agencies.title')} — {tn('ui.agencies.count', event.count)}"))

    @on(VirtualTable.RowSelected, "#agencies-table")
    def _selected(self, event: VirtualTable.RowSelected) -> None:
        self.post_message(OpenAgencyTasks(event.row.id))

    def action_open(self) -> None:
        self.table.action_select()

    def action_filter(self) -> None:
        self.add_class("-filtering")
        self.query_one("#agencies-filter", Input).focus()
        self.refresh_bindings()

    @on(Input.Changed, "#agencies-filter")
    def _filter(self, event: Input.Changed) -> None:
        # A short list in memory: filter as the user types.
        self.words = event.value.strip() or None
        self.table.set_source(CachedListSource(self._load))

    @on(Input.Submitted, "#agencies-filter")
    def _filter_done(self) -> None:
        if not self.words:
            self.remove_class("-filtering")
        self.table.focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.has_class("-filtering") or bool(self.words)
        if action == "open":
            return not isinstance(self.focused, Input)
        return True

    def action_clear_filter(self) -> None:
        field = self.query_one("#agencies-filter", Input)
        self.remove_class("-filtering")
        if field.value:
            field.value = ""  # Input.Changed resets the list
        self.table.focus()
        self.refresh_bindings()


class AgencyTasksScreen(TrackerScreen):
    """One agency's tasks: as lead, and as coordinator."""

    BINDINGS = bindings("agency")  # Tab: lead ⇄ coordinate
    # Side by side only when each half still shows the directive's summary (≥ 160 columns);
    # at 120 the halves were 60 columns and the summary shrank to a dozen letters.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide"), (160, "-split")]

    CSS_PATH = "agencies.tcss"  # its rules, beside it

    class Loaded(Message):
        def __init__(self, agency: Any) -> None:
            super().__init__()
            self.agency = agency

    def __init__(self, agency_id: int) -> None:
        super().__init__()
        self.agency_id = agency_id
        self.agency: Any = None

    def compose(self) -> ComposeResult:
        from tui_tracker.store import TaskFilter

        columns = task_columns(show_agency=False)
        yield Static(literal(t("ui.common.loading")), classes="screen-title",
                     id="agency-title")
        yield Static("", id="agency-summary")
        with Vertical(id="agency-sections"):
            with Vertical(classes="section", id="agency-lead-section"):
                yield Static(literal(t("ui.agencies.tasks.lead", count="…")),
                             classes="section-title", id="agency-lead-title")
                yield TaskList(TaskFilter(agency_id=self.agency_id, role=Role.LEAD),
                               columns=columns, id="agency-lead")
            with Vertical(classes="section", id="agency-coordinate-section"):
                yield Static(literal(t("ui.agencies.tasks.coordinate", count="…")),
                             classes="section-title", id="agency-coordinate-title")
                yield TaskList(TaskFilter(agency_id=self.agency_id, role=Role.COORDINATE),
                               columns=columns, id="agency-coordinate")
        yield Footer()

    def on_mount(self) -> None:
        self.title = t("ui.agencies.title")
        self.query_one("#agency-lead", TaskList).focus()

    def refresh_view(self, *, tables: bool) -> None:
        self._load_agency()
        if tables:
            for task_list in self.query(TaskList):
                task_list.refresh_data()

    @work(thread=True, exclusive=True, exit_on_error=False, group="agency")
    def _load_agency(self) -> None:
        # list_agencies is the API that carries the counts; the list is short.
        rows = self.store.list_agencies(today=self.today)
        agency = next((row for row in rows if row.id == self.agency_id), None)
        if not get_current_worker().is_cancelled:
            self.post_message(self.Loaded(agency))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        a = self.agency = message.agency
        if a is None:
            self.query_one("#agency-title", Static).update(literal(t("ui.common.gone")))
            return
        self.query_one("#agency-title", Static).update(
            literal(t("ui.agencies.tasks.title", agency=clean(a.name))))
        lines = [t("ui.agencies.tasks.summary", open=a.open or 0, overdue=a.overdue or 0,
                   done=a.done or 0, total=a.total or 0)]
        if a.aliases:
            lines.append(t("ui.agencies.tasks.aliases",
                           aliases=", ".join(clean(x) for x in a.aliases)))
        self.query_one("#agency-summary", Static).update(literal("\n".join(lines)))

    @on(VirtualTable.DataLoaded, "#agency-lead")
    def _lead_loaded(self, event: VirtualTable.DataLoaded) -> None:
        self.query_one("#agency-lead-title", Static).update(
            literal(t("ui.agencies.tasks.lead", count=event.count)))

    @on(VirtualTable.DataLoaded, "#agency-coordinate")
    def _coordinate_loaded(self, event: VirtualTable.DataLoaded) -> None:
        self.query_one("#agency-coordinate-title", Static).update(
            literal(t("ui.agencies.tasks.coordinate", count=event.count)))

    def action_draft_reminder(self) -> None:
        from tui_tracker.ui.draft_actions import write_reminder

        if self.agency is not None:
            write_reminder(self, self.agency_id, self.agency.name)

    def action_switch(self) -> None:
        lead = self.query_one("#agency-lead", TaskList)
        other = self.query_one("#agency-coordinate", TaskList)
        (other if lead.has_focus else lead).focus()
