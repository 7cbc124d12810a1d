"""The scoreboard as data and text: JSON (cli-contract.md), Markdown and CSV.

Core module: plain strings, no terminal. Column names and titles come from the
catalog, so every rendering follows --lang.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tui_tracker.i18n import get_language, t
from tui_tracker.output_files import excel_cell
from tui_tracker.reports.scoreboard import (
    Counts,
    NoticeScore,
    NoticeScoreboard,
    Scoreboard,
)
from tui_tracker.wording import day_text

# The count columns, in the order of every table (the contract's JSON keys).
COUNT_KEYS = ("total", "done_on_time", "done_late", "on_track", "overdue")
RATE_KEYS = ("completion_rate", "on_time_rate")
COLUMN_KEYS = (*COUNT_KEYS, *RATE_KEYS)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# ---------------------------------------------------------------- JSON


def scoreboard_json(board: Scoreboard) -> dict[str, Any]:
    """`report --json`: the contract's keys, plus the coordinating counts apart."""
    return {
        "as_of": board.as_of.isoformat(),
        "by": "agency",
        "date_from": _iso(board.date_from),
        "date_to": _iso(board.date_to),
        "notice_id": board.notice_id,
        "agencies": [
            {"agency": a.agency, **a.lead.to_json(), "agency_id": a.agency_id,
             "coordinate": a.coordinate.to_json()}
            for a in board.agencies
        ],
        "totals": board.totals.to_json(),
        "coordinate_totals": board.coordinate_totals.to_json(),
    }


def notice_scoreboard_json(board: NoticeScoreboard) -> dict[str, Any]:
    """`report --by notice --json`: the same counts, one entry per notice."""
    return {
        "as_of": board.as_of.isoformat(),
        "by": "notice",
        "date_from": _iso(board.date_from),
        "date_to": _iso(board.date_to),
        "notices": [
            {"notice_id": n.notice_id, "number": n.number, "title": n.title,
             "issued_on": _iso(n.issued_on), **n.lead.to_json(),
             "coordinate": n.coordinate.to_json()}
            for n in board.notices
        ],
        "totals": board.totals.to_json(),
        "coordinate_totals": board.coordinate_totals.to_json(),
    }


# ---------------------------------------------------------------- text pieces


def format_day(day: date | None) -> str:
    return day_text(day)  # the one wording of a day (tui_tracker/wording.py)


def format_rate(rate: float | None) -> str:
    """`87,5%` in Vietnamese, `87.5%` in English; `—` when there is nothing to rate."""
    if rate is None:
        return "—"
    text = f"{rate * 100:.1f}".removesuffix(".0")
    return (text.replace(".", ",") if get_language() == "vi" else text) + "%"


def column_title(key: str) -> str:
    return t(f"report.col.{key}")


def report_title(as_of: date) -> str:
    return t("report.title", day=format_day(as_of))


def report_scope(date_from: date | None, date_to: date | None,
                 notice: str | None = None) -> str | None:
    """One line saying what the report covers, or None for everything."""
    parts = []
    if date_from is not None or date_to is not None:
        parts.append(t("report.scope.period", start=format_day(date_from),
                       end=format_day(date_to)))
    if notice:
        parts.append(t("report.scope.notice", notice=notice))
    return "; ".join(parts) or None


def notice_label(score: NoticeScore) -> str:
    number = score.number or t("report.notice_without_number", id=score.notice_id)
    return f"{number} — {score.title}" if score.title else number


def count_cells(counts: Counts) -> list[str]:
    """A row's count and rate cells as text, in COLUMN_KEYS order."""
    return [str(getattr(counts, key)) for key in COUNT_KEYS] + [
        format_rate(counts.completion_rate), format_rate(counts.on_time_rate)]


def scoreboard_rows(board: Scoreboard | NoticeScoreboard,
                    role: str = "lead") -> list[tuple[str, Counts]]:
    """(label, counts) per agency or notice for one role, rows without tasks in
    that role left out; the totals are not included."""
    if isinstance(board, Scoreboard):
        items: Iterable[tuple[str, Counts]] = (
            (a.agency, a.lead if role == "lead" else a.coordinate) for a in board.agencies)
    else:
        items = ((notice_label(n), n.lead if role == "lead" else n.coordinate)
                 for n in board.notices)
    return [(label, counts) for label, counts in items if counts.total]


def first_column_title(board: Scoreboard | NoticeScoreboard, role: str = "lead") -> str:
    if isinstance(board, NoticeScoreboard):
        return t("report.col.notice")
    return t("report.col.agency") if role == "lead" else t("report.col.agency_coordinate")


# ---------------------------------------------------------------- Markdown


def _md_cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _md_table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md_cell(h) for h in head) + " |",
             "|" + "|".join([" --- "] + [" ---: "] * (len(head) - 1)) + "|"]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return lines


def scoreboard_markdown(board: Scoreboard | NoticeScoreboard,
                        notice: str | None = None) -> str:
    """A Markdown document: title, scope, the lead table with its totals row, and
    the coordinating tasks in a table of their own."""
    lines = [f"# {report_title(board.as_of)}", ""]
    scope = report_scope(board.date_from, board.date_to, notice)
    if scope:
        lines += [scope, ""]
    head = [first_column_title(board), *(column_title(k) for k in COLUMN_KEYS)]
    body = [[label, *count_cells(c)] for label, c in scoreboard_rows(board)]
    total = [f"**{t('report.totals')}**", *(f"**{c}**" for c in count_cells(board.totals))]
    if not body:
        lines.append(t("report.empty"))
        return "\n".join(lines) + "\n"
    lines += _md_table(head, [*body, total])
    coordinate = scoreboard_rows(board, "coordinate")
    if coordinate:
        lines += ["", f"## {t('report.coordinate_title')}", ""]
        head = [first_column_title(board, "coordinate"), *(column_title(k) for k in COLUMN_KEYS)]
        lines += _md_table(head, [[label, *count_cells(c)] for label, c in coordinate])
    lines += ["", t("report.footnote")]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- CSV


def scoreboard_csv(board: Scoreboard | NoticeScoreboard) -> str:
    """CSV text for Excel: a BOM first (Excel reads UTF-8 only with it), a header
    row, one row per agency (or notice) with its lead tasks, then the totals; the
    coordinating counts follow in columns of their own."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    coordinate_head = [f"{t('report.coordinate_prefix')} {column_title(k)}" for k in COUNT_KEYS]
    writer.writerow([first_column_title(board), *(column_title(k) for k in COLUMN_KEYS),
                     *coordinate_head])
    if isinstance(board, Scoreboard):
        items = [(a.agency, a.lead, a.coordinate) for a in board.agencies]
    else:
        items = [(notice_label(n), n.lead, n.coordinate) for n in board.notices]
    for label, lead, coordinate in items:
        writer.writerow([excel_cell(label), *_csv_counts(lead),
                         *(getattr(coordinate, k) for k in COUNT_KEYS)])
    writer.writerow([t("report.totals"), *_csv_counts(board.totals),
                     *(getattr(board.coordinate_totals, k) for k in COUNT_KEYS)])
    return "\ufeff" + buffer.getvalue()


def _csv_counts(counts: Counts) -> list[object]:
    return [*(getattr(counts, k) for k in COUNT_KEYS),
            format_rate(counts.completion_rate), format_rate(counts.on_time_rate)]
