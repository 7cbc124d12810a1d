"""`report` (the scoreboard) and `due` (the login banner).

`due` runs at every SSH login: it must stay silent when nothing is due and
cost next to nothing. The console script answers a plain `due` before click is even
loaded (cli/front.py); both ways print what cli/banner.py words.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tui_tracker.cli.output import print_json
from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.errors import UsageError
from tui_tracker.i18n import t

if TYPE_CHECKING:
    from tui_tracker.reports import NoticeScoreboard, Scoreboard
    from tui_tracker.reports.scoreboard import Counts

_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".csv": "csv", ".xlsx": "xlsx",
                   ".json": "json"}


# ---------------------------------------------------------------- report


def resolve_format(as_json: bool, fmt: str | None, output: str | None) -> str:
    """The output kind: 'table' (the terminal), 'json', 'md', 'csv' or 'xlsx'.
    With -o and no --format, the file's suffix decides."""
    if as_json and fmt:
        raise UsageError(t("report.usage.json_or_format"))
    if as_json:
        return "json"
    if fmt is None and output is not None:
        fmt = _SUFFIX_FORMATS.get(Path(output).suffix.lower())
        if fmt is None:
            raise UsageError(t("report.usage.unknown_suffix", path=output))
    if fmt == "xlsx" and output is None:
        raise UsageError(t("report.usage.xlsx_needs_output"))
    return fmt or "table"


def report(*, as_of: date | None, as_json: bool, fmt: str | None, output: str | None,
           date_from: date | None, date_to: date | None, notice_id: int | None,
           by: str) -> None:
    kind = resolve_format(as_json, fmt, output)
    if date_from and date_to and date_from > date_to:
        raise UsageError(t("report.usage.from_after_to", start=date_from.isoformat(),
                           end=date_to.isoformat()))
    if by == "notice" and notice_id is not None:
        raise UsageError(t("report.usage.by_notice_and_notice"))
    from tui_tracker.reports import (
        build_notice_scoreboard,
        build_scoreboard,
        iter_report_tasks,
    )

    if output is not None and kind != "table":
        from tui_tracker.output_files import check_target

        check_target(output)  # before any work: a bad path changes nothing
    today = current_runtime().reference_day()
    day = as_of or today
    store = open_store()
    database = store.path
    try:
        notice_label = None
        if notice_id is not None:
            notice = store.get_notice(notice_id, today=today)  # UsageError when unknown
            notice_label = notice.number or t("report.notice_without_number", id=notice_id)
        board: Scoreboard | NoticeScoreboard
        if by == "notice":
            board = build_notice_scoreboard(store, day, date_from=date_from, date_to=date_to,
                                            today=today)
        else:
            board = build_scoreboard(store, day, date_from=date_from, date_to=date_to,
                                     notice_id=notice_id, today=today)
        if kind == "xlsx":
            from tui_tracker.reports.xlsx import write_scoreboard_xlsx

            assert output is not None
            # The task sheet is written as the rows come from the database (one
            # snapshot with the counts): memory stays flat at any number of tasks.
            tasks = iter_report_tasks(store, day, date_from=date_from, date_to=date_to,
                                      notice_id=notice_id, today=today)
            try:
                path = write_scoreboard_xlsx(output, board, tasks, notice=notice_label,
                                             like=database)
            finally:
                tasks.close()
            click.echo(t("report.written", path=str(path)), err=True)
            return
    finally:
        store.close()
    _emit(kind, board, output, notice_label, database)


def _emit(kind: str, board: Scoreboard | NoticeScoreboard, output: str | None,
          notice_label: str | None, database: Path) -> None:
    from tui_tracker.reports import Scoreboard
    from tui_tracker.reports.render import (
        notice_scoreboard_json,
        scoreboard_csv,
        scoreboard_json,
        scoreboard_markdown,
    )

    if kind == "table":
        if output is not None:
            raise UsageError(t("report.usage.table_to_file"))
        print_scoreboard(board, notice_label)
        return
    if kind == "json":
        data = (scoreboard_json(board) if isinstance(board, Scoreboard)
                else notice_scoreboard_json(board))
        if output is None:
            print_json(data)
            return
        import json

        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif kind == "md":
        text = scoreboard_markdown(board, notice_label)
    else:
        text = scoreboard_csv(board)
    if output is None:
        # The BOM is for a file Excel opens; a terminal or a pipe does not want it.
        click.echo(text.removeprefix("\ufeff"), nl=False)
        return
    _write_text(output, text, database)


def _write_text(output: str, text: str, database: Path) -> None:
    """Whole or not at all, with the database's privacy (output_files.atomic_write)."""
    from tui_tracker.output_files import atomic_write

    with atomic_write(output, like=database) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="")
    click.echo(t("report.written", path=str(Path(output).expanduser())), err=True)


def print_scoreboard(board: Scoreboard | NoticeScoreboard, notice_label: str | None) -> None:
    """The terminal table: lead tasks with their totals row, coordinating tasks apart."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    from tui_tracker.cli.output import console, plain
    from tui_tracker.reports import Scoreboard
    from tui_tracker.reports.render import (
        COLUMN_KEYS,
        count_cells,
        first_column_title,
        report_scope,
        report_title,
        scoreboard_rows,
    )

    out = console()
    title = report_title(board.as_of)
    scope = report_scope(board.date_from, board.date_to, notice_label)
    out.print(f"[bold]{title}[/bold]" if scope is None else f"[bold]{title}[/bold]\n{scope}")
    rows = scoreboard_rows(board)
    if not rows:
        out.print(t("report.empty"))
        return
    short = {key: t(f"report.short.{key}") for key in COLUMN_KEYS}
    styles = {"done_on_time": "green", "done_late": "yellow", "on_track": "",
              "overdue": "bold red"}

    def table_for(role: str, items: list[tuple[str, Counts]]) -> Table:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False,
                      show_footer=role == "lead")
        # Names get the room; at 80 columns the short heads wrap onto two lines.
        table.add_column(first_column_title(board, role), min_width=20,
                         footer=t("report.totals") if role == "lead" else "")
        totals = count_cells(board.totals)
        cells = [count_cells(counts) for _, counts in items]
        for index, key in enumerate(COLUMN_KEYS):
            # Fixed widths (the widest head line or value): rich would otherwise
            # squeeze the last column to nothing at 80 columns.
            width = max(cell_len(line) for line in
                        [*short[key].split("\n"), totals[index], *(c[index] for c in cells)])
            table.add_column(short[key], justify="right", style=styles.get(key, ""),
                             width=width, footer=totals[index] if role == "lead" else "")
        for (label, _), row in zip(items, cells, strict=True):
            table.add_row(plain(label), *row)
        return table

    out.print(table_for("lead", rows))
    coordinate = scoreboard_rows(board, "coordinate")
    if coordinate:
        out.print(f"\n[bold]{t('report.coordinate_title')}[/bold]")
        out.print(table_for("coordinate", coordinate))
    legend = "; ".join(f"{' '.join(short[key].split())} = {t(f'report.col.{key}')}"
                       for key in COLUMN_KEYS
                       if " ".join(short[key].split()) != t(f"report.col.{key}"))
    out.print(f"[dim]{legend}[/dim]")
    if isinstance(board, Scoreboard) and board.agencies:
        out.print(f"[dim]{t('report.footnote')}[/dim]")


# ---------------------------------------------------------------- due


def due(*, days: int | None, as_json: bool) -> None:
    """Overdue and due within N days: two or three lines, nothing at all when none.
    (The console script answers a plain `due` itself, without click: cli/front.py.)"""
    from tui_tracker.cli.banner import banner_lines, due_json, read_due

    runtime = current_runtime()
    today = runtime.reference_day()
    within = runtime.soon_days if days is None else days
    store = open_store()
    try:
        overdue, due_soon, tasks = read_due(store, today, within, everything=as_json)
    finally:
        store.close()
    if as_json:
        print_json(due_json(today, within, overdue, due_soon, tasks))
        return
    for line in banner_lines(overdue, due_soon, within, tasks):
        click.echo(line)
