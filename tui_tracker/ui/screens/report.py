"""The report screen: the scoreboard by lead agency as a table and as a stacked bar chart.

ReportScreen   title with the as-of day; the totals; a table (one row per agency: lead
               tasks in the four classes, completion and on-time rates); under it a
               horizontal stacked bar per agency (done on time, done late, on track,
               overdue) with a legend. Each class has its own glyph as well as its
               theme colour, so the chart reads in 16 colours and with NO_COLOR.
               `d` changes the as-of day (same date parsing as the triage dialogs),
               `x` writes the .xlsx of `tui-tracker report` to a path the user
               confirms, Enter opens the agency's tasks.

The counting is the core's (reports.build_scoreboard, in SQL, in a thread worker):
the screen never loads the tasks themselves.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult, RenderResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Footer, Static

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t
from tui_tracker.ui.bindings import bindings
from tui_tracker.ui.formatting import clean, fit_agency_name, fmt_date, literal
from tui_tracker.ui.messages import OpenAgencyTasks
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.screens.notices import CachedListSource
from tui_tracker.ui.tasks.dialogs import Dialog, required_date
from tui_tracker.ui.widgets.quiet_input import labelled_field
from tui_tracker.ui.widgets.virtual_table import Column, VirtualTable

# (class, glyph, theme style): one glyph per class, so colour is never the only cue.
SEGMENTS = (
    ("done_on_time", "█", "$success"),
    ("done_late", "▓", "$warning"),
    ("on_track", "░", "$primary"),
    ("overdue", "▒", "$error"),
)


def split_bar(counts: list[int], width: int) -> list[int]:
    """Cells per segment for a bar `width` cells long, summing to `width`: largest
    remainders first, and a class with tasks gets at least one cell when it fits."""
    total = sum(counts)
    if total <= 0 or width <= 0:
        return [0] * len(counts)
    exact = [c * width / total for c in counts]
    cells = [int(x) for x in exact]
    order = sorted(range(len(counts)), key=lambda i: exact[i] - cells[i], reverse=True)
    for i in order[:width - sum(cells)]:
        cells[i] += 1
    for i, count in enumerate(counts):
        if count and not cells[i]:
            donor = max(range(len(cells)), key=lambda j: cells[j])
            if cells[donor] > 1:
                cells[donor] -= 1
                cells[i] = 1
    return cells


def legend() -> Content:
    parts: list[Any] = []
    for key, glyph, style in SEGMENTS:
        if parts:
            parts.append("  ")
        parts += [(glyph * 2, style), " ", t(f"class.{key}")]
    return Content.assemble(*parts)


class ScoreChart(Widget):
    """One horizontal stacked bar per agency, its length proportional to the agency's
    lead tasks, the segments in the four classes; the count at the end."""

    DEFAULT_CSS = "ScoreChart { height: auto; }"

    scores: reactive[tuple[Any, ...]] = reactive((), layout=True)

    def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
        return max(1, len(self.scores))

    def render(self) -> RenderResult:
        if not self.scores:
            return Content(t("ui.report.empty"))
        width = max(self.size.width, 20)
        name_width = min(30, max(10, width // 3))
        biggest = max(score.lead.total for score in self.scores) or 1
        number_width = len(str(biggest)) + 1
        bar_room = max(width - name_width - number_width - 2, 1)
        lines = []
        for score in self.scores:
            counts = [getattr(score.lead, key) for key, _, _ in SEGMENTS]
            length = max(1, round(score.lead.total * bar_room / biggest)) if score.lead.total else 0
            cells = split_bar(counts, length)
            parts: list[Any] = [f"{fit_agency_name(score.agency, name_width):<{name_width}} "]
            parts += [(glyph * n, style) for (_, glyph, style), n in zip(SEGMENTS, cells,
                                                                         strict=True) if n]
            parts.append(" " * (bar_room - length + 1))
            parts.append(f"{score.lead.total:>{number_width - 1}}")
            lines.append(Content.assemble(*parts))
        return Content("\n").join(lines)


def _rate(value: float | None) -> str:
    from tui_tracker.reports.render import format_rate

    return format_rate(value)


def _number(value: int) -> str:
    return str(value) if value else "·"


class ReportScreen(TrackerScreen):
    """The scoreboard by lead agency, as of a day the user may change."""

    BINDINGS = bindings("report")

    CSS_PATH = "report.tcss"  # its rules, beside it

    class Loaded(Message):
        def __init__(self, board: Any) -> None:
            super().__init__()
            self.board = board

    def __init__(self, as_of: date | None = None) -> None:
        super().__init__()
        self.as_of = as_of
        self.board: Any = None
        self.painted = False  # the numbers are on screen (benchmarks wait for it)
        self._started_early = False

    def compose(self) -> ComposeResult:
        # The count starts before the widgets are built: at 1M tasks it is most of the wait.
        self._load(self.day)
        self._started_early = True
        yield Static(literal(t("ui.common.loading")), classes="screen-title", id="report-title")
        yield Static("", id="report-totals")
        yield VirtualTable(CachedListSource(lambda: []), self._columns(),
                           empty_text=t("ui.report.empty"), id="report-table")
        yield Static(legend(), id="report-legend")
        with VerticalScroll(id="report-chart-box"):
            yield ScoreChart(id="report-chart")
        yield Footer()

    @staticmethod
    def _columns() -> list[Column]:
        def short(key: str) -> str:
            return t(f"ui.report.col.{key}")

        return [
            Column("agency", t("report.col.agency"), lambda s: clean(s.agency), ratio=1,
                   min_width=14, fit=lambda s, w: fit_agency_name(s.agency, w)),
            Column("total", short("total"), lambda s: str(s.lead.total), width=7,
                   justify="right"),
            Column("done_on_time", short("done_on_time"),
                   lambda s: _number(s.lead.done_on_time), width=7, justify="right"),
            Column("done_late", short("done_late"), lambda s: _number(s.lead.done_late),
                   width=6, justify="right"),
            Column("on_track", short("on_track"), lambda s: _number(s.lead.on_track),
                   width=9, justify="right"),
            Column("overdue", short("overdue"), lambda s: _number(s.lead.overdue), width=7,
                   justify="right", style=lambda s: "overdue" if s.lead.overdue else None),
            Column("completion_rate", short("completion_rate"),
                   lambda s: _rate(s.lead.completion_rate), width=8, justify="right"),
            # Shown at 80 columns too: heads of agencies are judged by it.
            Column("on_time_rate", short("on_time_rate"), lambda s: _rate(s.lead.on_time_rate),
                   width=10, justify="right"),
        ]

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#report-table", VirtualTable)

    @property
    def day(self) -> date:
        return self.as_of or self.today

    def on_mount(self) -> None:
        self.title = t("ui.report.screen")
        self.table.focus()

    def refresh_view(self, *, tables: bool) -> None:
        if self._started_early:  # the first showing: compose() started the count already
            self._started_early = False
            return
        self._load(self.day)

    @work(thread=True, exclusive=True, group="report", exit_on_error=False)
    def _load(self, day: date) -> None:
        from tui_tracker.reports import build_scoreboard

        board = build_scoreboard(self.store, day, today=self.today)
        self.post_message(self.Loaded(board))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        board = message.board
        self.board = board
        scores = [a for a in board.agencies if a.lead.total]
        self.query_one("#report-title", Static).update(literal(
            t("report.title", day=fmt_date(board.as_of))))
        totals = board.totals
        self.query_one("#report-totals", Static).update(Content(t(
            "ui.report.totals", total=totals.total, on_time=totals.done_on_time,
            late=totals.done_late, on_track=totals.on_track, overdue=totals.overdue,
            rate=_rate(totals.completion_rate), coordinate=board.coordinate_totals.total)))
        self.table.set_source(CachedListSource(lambda: scores))
        self.query_one("#report-chart", ScoreChart).scores = tuple(scores)
        self.call_after_refresh(self._mark_painted)

    def _mark_painted(self) -> None:
        self.painted = True

    @on(VirtualTable.RowSelected, "#report-table")
    def _selected(self, event: VirtualTable.RowSelected) -> None:
        self.post_message(OpenAgencyTasks(event.row.agency_id))

    def action_open(self) -> None:
        self.table.action_select()

    def action_close(self) -> None:
        self.tracker.go_back()

    def action_as_of(self) -> None:
        def chosen(day: date | None) -> None:
            if day is not None:
                self.as_of = day
                self._load(day)

        self.app.push_screen(AsOfDialog(self.day), chosen)

    def action_export(self) -> None:
        default = Path.cwd() / t("ui.report.default_file", day=self.day.isoformat())

        def chosen(path: str | None) -> None:
            if path:
                self._export(Path(path).expanduser(), self.day)

        self.app.push_screen(ExportDialog(str(default)), chosen)

    @work(thread=True, exclusive=True, group="report-export", exit_on_error=False)
    def _export(self, path: Path, day: date) -> None:
        from tui_tracker.output_files import check_target
        from tui_tracker.reports import build_scoreboard, report_tasks
        from tui_tracker.reports.xlsx import write_scoreboard_xlsx

        check_target(path)  # the same sentence as `report -o` for a bad path
        board = build_scoreboard(self.store, day, today=self.today)
        tasks = report_tasks(self.store, day, today=self.today)
        written = write_scoreboard_xlsx(path, board, tasks, like=self.store.path)
        self.app.call_from_thread(self.notify, t("ui.report.exported",
                                                 path=str(written.resolve())), markup=False)


class AsOfDialog(Dialog):
    """The day the report is as of; d/m/yyyy or yyyy-mm-dd, as elsewhere."""

    title_key = "ui.report.as_of_title"

    def __init__(self, day: date) -> None:
        super().__init__()
        self.day = day

    def fields(self) -> ComposeResult:
        yield from labelled_field(t("ui.report.field.as_of"), fmt_date(self.day), id="as_of")

    def action_submit(self) -> None:
        try:
            self.dismiss(required_date(self.value("as_of")))
        except UsageError as error:
            self.show_error(error.message)


class ExportDialog(Dialog):
    """Where to write the .xlsx; the current folder by default."""

    title_key = "ui.report.export_title"

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def fields(self) -> ComposeResult:
        yield from labelled_field(t("ui.report.field.path"), self.default, id="path")

    def action_submit(self) -> None:
        path = self.value("path").strip()
        if not path:
            self.show_error(t("ui.report.path_required"))
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.dismiss(path)



