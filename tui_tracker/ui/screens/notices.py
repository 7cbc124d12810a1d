"""The notices: the list of every stored notice, and one notice with its directives.

NoticesScreen  number, date, summary, directives / open / overdue counts, newest first, in a
               VirtualTable fetching the visible window from the store (LIMIT/OFFSET), so it
               opens as fast with ten thousand notices as with ten. `f` filters (the store's
               diacritics-insensitive search), Enter opens the notice.
NoticeScreen   the header (type, number, issuer, dates, presiding, signer, references,
               progress, warnings) and its directives (ref, lead, deadline phrase, resolved
               date, tasks done/total); `o` shows the original text literally; Enter opens a
               directive.

Every store call runs in a thread worker (the table's own, or this module's `@work`), and
DataChanged / resuming refreshes what is shown while the cursor stays on its row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from tui_tracker.i18n import t, tn
from tui_tracker.task_text import what_to_do
from tui_tracker.ui.bindings import bindings, key_for
from tui_tracker.ui.dialogs.corrections import ConfirmDialog, EditNoticeDialog
from tui_tracker.ui.dialogs.literal_text import LiteralTextScreen
from tui_tracker.ui.formatting import clean, doc_type_name, field_lines, fmt_date, literal
from tui_tracker.ui.messages import OpenDirective, OpenNotice
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.screens.correcting import Correcting
from tui_tracker.ui.widgets.quiet_input import QuietInput
from tui_tracker.ui.widgets.virtual_table import Column, VirtualTable
from tui_tracker.warning_text import localise_warnings

if TYPE_CHECKING:
    from tui_tracker.store import NoticeRow
    from tui_tracker.ui.app import TrackerApp


class NoticesSource:
    """Notices newest first, a window at a time (count and fetch run in a worker thread)."""

    def __init__(self, app: TrackerApp, search: str | None = None) -> None:
        self.app = app
        self.search = search or None

    def count(self) -> int:
        return self.app.store.count_notices(search=self.search)

    def fetch(self, offset: int, limit: int) -> list[NoticeRow]:
        return self.app.store.list_notices(today=self.app.today, search=self.search,
                                           limit=limit, offset=offset)


class CachedListSource:
    """A short list loaded whole at each recount (a notice's directives, the agencies).

    The VirtualTable calls count() then fetch() in the same worker: count() reloads, fetch()
    slices what it loaded. Short lists only; long ones page through SQL instead."""

    count_first = True  # count() reloads: the VirtualTable must call it before fetch()

    def __init__(self, load: Any) -> None:
        self.load = load
        self.rows: list[Any] | None = None

    def count(self) -> int:
        self.rows = list(self.load())
        return len(self.rows)

    def fetch(self, offset: int, limit: int) -> list[Any]:
        if self.rows is None:
            self.rows = list(self.load())
        return self.rows[offset:offset + limit]


def notice_number(row: Any) -> str:
    return clean(row.number) or t("ui.notices.no_number")


def _count_cell(value: int) -> str:
    return str(value) if value else "·"


class NoticesScreen(Correcting, TrackerScreen):
    """Every notice, newest first."""

    BINDINGS = bindings("notices")  # Enter open, f filter, Esc clear (ui/bindings.py)

    CSS_PATH = "notices.tcss"  # its rules, beside it

    def __init__(self) -> None:
        super().__init__()
        self.search: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(literal(t("ui.notices.title")), classes="screen-title", id="notices-title")
        yield QuietInput(placeholder=t("ui.notices.search_placeholder",
                                       clear=key_for("notices.clear_filter", self.keymap)),
                         id="notices-filter", compact=True)
        yield VirtualTable(
            NoticesSource(self.tracker),
            self._columns(),
            empty_text=t("ui.notices.empty", key=key_for("app.import", self.keymap)),
            id="notices-table",
        )
        yield Footer()

    @staticmethod
    def _columns() -> list[Column]:
        return [
            Column("number", t("ui.notices.col.number"), notice_number, width=16),
            Column("date", t("ui.notices.col.date"),
                   lambda r: fmt_date(r.issued_on or r.meeting_on), width=10),
            Column("title", t("ui.notices.col.title"), lambda r: clean(r.title), ratio=1),
            Column("directives", t("ui.notices.col.directives"),
                   lambda r: _count_cell(r.directives), width=7, justify="right"),
            Column("open", t("ui.notices.col.open"), lambda r: _count_cell(r.open_tasks),
                   width=9, justify="right"),
            Column("overdue", t("ui.notices.col.overdue"),
                   lambda r: _count_cell(r.overdue_tasks), width=7, justify="right",
                   style=lambda r: "overdue" if r.overdue_tasks else None),
        ]

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#notices-table", VirtualTable)

    def on_mount(self) -> None:
        self.title = t("ui.notices.title")  # the help screen names the keys' scope by it
        self.table.focus()

    def refresh_view(self, *, tables: bool) -> None:
        # The title's count follows the table's DataLoaded.
        if tables:
            self.table.refresh_data()

    @on(VirtualTable.DataLoaded, "#notices-table")
    def _loaded(self, event: VirtualTable.DataLoaded) -> None:
        if self.search:
            text = tn("ui.notices.count_search", event.count, count=event.count,
                      search=self.search)
        else:
            text = tn("ui.notices.count", event.count)
        self.query_one("#notices-title", Static).update(
            literal(f"{t('ui.notices.title')} — {text}"))

    @on(VirtualTable.RowSelected, "#notices-table")
    def _selected(self, event: VirtualTable.RowSelected) -> None:
        self.post_message(OpenNotice(event.row.id))

    def action_open(self) -> None:
        self.table.action_select()

    def action_filter(self) -> None:
        self.add_class("-filtering")
        self.query_one("#notices-filter", Input).focus()
        self.refresh_bindings()

    @on(Input.Submitted, "#notices-filter")
    def _filter(self, event: Input.Submitted) -> None:
        self.search = event.value.strip() or None
        if self.search is None:
            self.remove_class("-filtering")
        self.table.set_source(NoticesSource(self.tracker, self.search))
        self.table.focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            # Without a filter, Esc falls through to the app (back).
            return self.has_class("-filtering") or bool(self.search)
        if action == "open":
            # Enter in the filter field submits the filter.
            return not isinstance(self.focused, Input)
        return True

    def action_clear_filter(self) -> None:
        self.query_one("#notices-filter", Input).value = ""
        self.remove_class("-filtering")
        if self.search:
            self.search = None
            self.table.set_source(NoticesSource(self.tracker))
        self.table.focus()
        self.refresh_bindings()


# ---------------------------------------------------------------------------------------
# One notice
# ---------------------------------------------------------------------------------------


def progress_cell(row: Any) -> str:
    return f"{row.tasks_done}/{row.tasks_total}"


class NoticeScreen(Correcting, TrackerScreen):
    """One notice: its header and its directives. E corrects the header, D deletes the
    notice (after a confirmation), u undoes this session's newest correction."""

    BINDINGS = bindings("notice")  # Enter open a directive, o original text

    CSS_PATH = "notices.tcss"  # its rules, beside it

    class Loaded(Message):
        def __init__(self, notice: Any) -> None:
            super().__init__()
            self.notice = notice

    def __init__(self, notice_id: int) -> None:
        super().__init__()
        self.notice_id = notice_id
        self.notice: Any = None

    def compose(self) -> ComposeResult:
        yield Static(literal(t("ui.common.loading")), classes="screen-title", id="notice-title")
        with VerticalScroll(id="notice-header"):
            yield Static("", id="notice-header-body")
        yield Static("", id="notice-directives-title")
        yield VirtualTable(
            CachedListSource(self._load_directives),
            self._columns(),
            empty_text=t("ui.notices.detail.no_directives"),
            id="notice-directives",
        )
        yield Static("", id="notice-preview")
        yield Footer()

    def _load_directives(self) -> list[Any]:
        return self.store.list_directives(self.notice_id, today=self.today)

    @staticmethod
    def _columns() -> list[Column]:
        return [
            Column("ref", t("ui.notices.detail.col.ref"), lambda r: clean(r.ref), width=6),
            Column("summary", t("ui.notices.detail.col.summary"),
                   lambda r: clean(what_to_do(r.summary)), ratio=3, min_table_width=110),
            Column("lead", t("ui.notices.detail.col.lead"),
                   lambda r: clean(r.lead) or t("ui.notices.detail.unassigned"), ratio=2),
            Column("deadline", t("ui.notices.detail.col.deadline"),
                   lambda r: clean(r.deadline_text), ratio=2),
            Column("due", t("ui.notices.detail.col.due"), lambda r: fmt_date(r.due_on),
                   width=10, style=lambda r: "overdue" if r.tasks_overdue else None),
            Column("progress", t("ui.notices.detail.col.progress"), progress_cell, width=5,
                   justify="right",
                   style=lambda r: "muted" if r.tasks_total and
                   r.tasks_done == r.tasks_total else None),
        ]

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#notice-directives", VirtualTable)

    def on_mount(self) -> None:
        self.title = t("ui.notices.title")
        self.table.focus()

    def refresh_view(self, *, tables: bool) -> None:
        self._load_notice()
        if tables:
            self.table.refresh_data()

    @work(thread=True, exclusive=True, exit_on_error=False, group="notice")
    def _load_notice(self) -> None:
        notice = self.store.get_notice(self.notice_id, today=self.today)
        if not get_current_worker().is_cancelled:
            self.post_message(self.Loaded(notice))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        n = self.notice = message.notice
        number = notice_number(n)
        self.query_one("#notice-title", Static).update(
            literal(t("ui.notices.detail.title", number=number)))
        meeting = fmt_date(n.meeting_on) if n.meeting_on else None
        if meeting and n.meeting_place:
            meeting = f"{meeting}, {n.meeting_place}"
        issued = fmt_date(n.issued_on) if n.issued_on else None
        if issued and n.place:
            issued = f"{n.place}, {issued}"
        signer = " — ".join(x for x in (n.signer_title, n.signer) if x) or None
        references = "\n".join(r.text for r in n.references) or None
        progress = t("ui.notices.detail.progress_value", done=n.done_tasks,
                     total=n.total_tasks, open=n.open_tasks, overdue=n.overdue_tasks)
        kind = doc_type_name(n.doc_type) if n.doc_type else None
        rows = [
            # What fits in 8 lines at 80×24 comes first; the rest scrolls.
            (t("ui.notices.detail.number"),
             " — ".join(x for x in (clean(n.number), kind) if x) or None),
            (t("ui.notices.detail.summary"), n.title),
            (t("ui.notices.detail.issuer"), n.issuer),
            (t("ui.notices.detail.issued"), issued),
            (t("ui.notices.detail.meeting"), meeting),
            (t("ui.notices.detail.presiding"), n.presiding),
            (t("ui.notices.detail.signer"), signer),
            (t("ui.notices.detail.progress"), progress),
            (t("ui.notices.detail.references"), references),
            # Stored in the importing session's language; shown in the reader's.
            (t("ui.notices.detail.warnings"), "\n".join(localise_warnings(n.warnings)) or None),
        ]
        self.query_one("#notice-header-body", Static).update(field_lines(rows))
        self.query_one("#notice-directives-title", Static).update(
            literal(t("ui.notices.detail.directives", count=n.directives)))

    @on(VirtualTable.RowHighlighted, "#notice-directives")
    def _highlighted(self, event: VirtualTable.RowHighlighted) -> None:
        row = event.row
        self.query_one("#notice-preview", Static).update(
            literal(f"{clean(row.ref)}. {clean(row.summary)}"))

    @on(VirtualTable.RowSelected, "#notice-directives")
    def _selected(self, event: VirtualTable.RowSelected) -> None:
        self.post_message(OpenDirective(event.row.id))

    def action_open(self) -> None:
        self.table.action_select()

    def action_draft_report(self) -> None:
        from tui_tracker.ui.draft_actions import write_report

        write_report(self, self.notice_id)

    def action_original(self) -> None:
        if self.notice is None:
            return
        n = self.notice
        title = t("ui.notices.original.title", number=notice_number(n))
        if n.source:
            title += "   " + t("ui.notices.original.source", source=n.source)
        self.app.push_screen(LiteralTextScreen(
            title, n.original_text or t("ui.notices.original.empty")))

    # -- corrections -----------------------------------------------------------------------

    def action_edit_notice(self) -> None:
        if self.notice is None:
            return
        notice_id = self.notice_id

        def save(values: dict[str, Any]) -> int:
            return int(self.store.edit_notice(notice_id, values))

        def saved(change: int | None) -> None:
            if change is not None:
                self.corrected(change, t("corrections.ui.detail.notice",
                                         number=notice_number(self.notice)))

        self.app.push_screen(EditNoticeDialog(self.notice, save), saved)

    def action_delete_notice(self) -> None:
        if self.notice is None:
            return
        n = self.notice
        notice_id = self.notice_id

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.run_correction(lambda store: store.delete_notice(notice_id),
                                    t("corrections.ui.detail.delete_notice",
                                      number=notice_number(n)), closes=True)

        self.app.push_screen(ConfirmDialog(
            t("corrections.ui.delete_notice_title"),
            t("corrections.ui.delete_notice_body", number=notice_number(n),
              directives=n.directives, tasks=n.total_tasks)), confirmed)
