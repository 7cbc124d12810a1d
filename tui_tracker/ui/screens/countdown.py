"""The home screen: every task not done, most urgent first.

    Đếm ngược thời hạn · Hôm nay 05/05/2026
    Quá hạn 3 · Hôm nay 1 · Sắp đến hạn 4 · Còn hạn 10 · Không thời hạn 2
    Lọc: … — Esc bỏ lọc
    Thời hạn        Ngày hạn   Cơ quan   Nội dung chỉ đạo        Văn bản · mục
    quá hạn 5 ngày  30/04/2026 Sở KH&CN  Về xử lý tồn tại …      TB 123 · 3.d

Overdue rows are red *and* say "quá hạn"; soon ones yellow and say "còn 3 ngày". The
counts by class come from `store.urgency_counts` with the same filter (except the class).
At start-up they are asked for once, after the first page of tasks has arrived: they share
the store's lock with it, and the rows are what the user opened the tracker for.
Triage keys come with the TaskList; `f` filters, `o` shows only overdue, Esc clears.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Footer, Static

from tui_tracker.i18n import t
from tui_tracker.model import Urgency
from tui_tracker.ui.bindings import bindings, key_for
from tui_tracker.ui.formatting import fmt_date
from tui_tracker.ui.messages import DataChanged
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.tasks.task_list import TaskList
from tui_tracker.ui.widgets.filter_bar import FilterBar, is_filtered
from tui_tracker.ui.widgets.virtual_table import VirtualTable

if TYPE_CHECKING:
    from tui_tracker.store import TaskFilter

COUNTED = (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON, Urgency.LATER, Urgency.NO_DEADLINE)


def home_filter() -> TaskFilter:
    from tui_tracker.store import TaskFilter

    return TaskFilter(open_only=True)


class CountdownScreen(TrackerScreen):
    BINDINGS = bindings("countdown")
    # No -narrow/-wide classes here (nothing in its CSS uses them): each one set on the
    # first layout restyles every widget of the screen again, before the first frame.
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] = []

    class _Counts(Message, bubble=False):
        def __init__(self, counts: dict[Urgency, int]) -> None:
            super().__init__()
            self.counts = counts

    def __init__(self) -> None:
        super().__init__(id="countdown")
        self.task_filter: TaskFilter = home_filter()
        # What the counts shown were asked for (filter, day, data generation): a resume
        # reloads them only when that moved (DataChanged reaches covered screens too).
        self._counts_key: tuple[Any, ...] | None = None
        self._counts_after_page = False

    def compose(self) -> ComposeResult:
        yield Static(id="countdown-title")
        with Horizontal(id="countdown-counts"):
            for urgency in COUNTED:
                yield Static(Content(t(f"ui.urgency.{urgency}")), id=f"count-{urgency}",
                             classes=f"count {urgency}")
        yield FilterBar(id="filter-bar")
        yield TaskList(self.task_filter, id="countdown-tasks", empty_text=self._empty_text())
        yield Footer()

    @property
    def tasks(self) -> TaskList:
        return self.query_one("#countdown-tasks", TaskList)

    def on_mount(self) -> None:
        self.tasks.focus()
        self._show_title()
        self.query_one(FilterBar).show_filter(self.task_filter)
        self._counts_after_page = True  # see _first_page

    @on(VirtualTable.RowHighlighted, "#countdown-tasks")
    @on(VirtualTable.DataLoaded, "#countdown-tasks")
    @on(VirtualTable.LoadFailed, "#countdown-tasks")
    def _first_page(self, _message: Message) -> None:
        # The first rows (or the empty list, or its error) are on screen: now the counts,
        # so their five count(*) do not hold the store's lock before the page.
        if self._counts_after_page:
            # After the frame that shows them, too: the rows can now arrive before the
            # first layout, and five count(*) meanwhile would delay that frame.
            self.call_after_refresh(self._counts_after_frame)

    def _counts_after_frame(self) -> None:
        if self._counts_after_page:  # once, however many first-page events asked
            self.load_counts()

    # ----------------------------------------------------------------- refresh

    @on(DataChanged)
    def _data_changed(self, message: DataChanged) -> None:
        self._show_title()
        self.load_counts()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self._show_title()
            if not self._counts_after_page and self._counts_key != self._wanted_counts_key():
                self.load_counts()

    def _show_title(self) -> None:
        app = self.tracker
        parts: list[str | tuple[str, str]] = [
            (t("ui.countdown.title"), "bold"), " · ",
            t("ui.countdown.today_is", date=fmt_date(app.today))]
        if app.fixed_today is not None:
            parts += [" ", t("ui.countdown.fixed_day")]
        if app.store.read_only:
            parts += [" ", (f" {t('storeops.ui.read_only_mark')} ", "bold reverse")]
        self.query_one("#countdown-title", Static).update(Content.assemble(*parts))

    def _counted_filter(self) -> TaskFilter:
        # Counts ignore the class filter, so they still say where the other tasks are.
        return dataclasses.replace(self.task_filter, urgencies=None)

    def _wanted_counts_key(self) -> tuple[Any, ...]:
        app = self.tracker
        return (self._counted_filter(), app.today, app.soon_days, app.data_generation)

    def load_counts(self) -> None:
        self._counts_after_page = False
        self._counts_key = self._wanted_counts_key()
        self._load_counts(self.store, self._counted_filter(), self.today, self.soon_days)

    @work(thread=True, exclusive=True, exit_on_error=False, group="counts")
    def _load_counts(self, store: Any, task_filter: TaskFilter, today: Any,
                     soon_days: int) -> None:
        counts = store.urgency_counts(task_filter, today=today, soon_days=soon_days)
        self.post_message(self._Counts(counts))

    def on_countdown_screen__counts(self, message: CountdownScreen._Counts) -> None:
        for urgency in COUNTED:
            number = message.counts.get(urgency, 0)
            label = self.query_one(f"#count-{urgency}", Static)
            label.update(Content(f"{t(f'ui.urgency.{urgency}')} {number}"))
            label.set_class(number > 0, "-some")

    # ----------------------------------------------------------------- filters

    def set_task_filter(self, value: TaskFilter) -> None:
        self.task_filter = value
        tasks = self.tasks
        tasks.empty_text = self._empty_text()
        tasks.filter = value
        self.query_one(FilterBar).show_filter(value)
        self.load_counts()

    def _empty_text(self) -> str:
        keymap = self.keymap
        if is_filtered(self.task_filter):
            return t("ui.countdown.empty_filtered", key=key_for("countdown.clear", keymap))
        return t("ui.countdown.empty", key=key_for("app.import", keymap))

    def action_filter(self) -> None:
        def chosen(value: TaskFilter | None) -> None:
            if value is not None:
                self.set_task_filter(value)

        from tui_tracker.ui.dialogs.filter import FilterDialog  # with the first use

        self.app.push_screen(FilterDialog(self.task_filter), chosen)

    def action_toggle_overdue(self) -> None:
        overdue = (Urgency.OVERDUE,)
        current = self.task_filter.urgencies
        self.set_task_filter(dataclasses.replace(
            self.task_filter, urgencies=None if current == overdue else overdue))

    def action_clear_filters(self) -> None:
        if is_filtered(self.task_filter):
            self.set_task_filter(home_filter())
            self.notify(t("ui.filter.cleared"), markup=False)
