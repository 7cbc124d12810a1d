"""Shared output: the rich console, notice text made inert, JSON, days and countdowns."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.text import strip_terminal_escapes
from tui_tracker.wording import countdown_words, day_text

if TYPE_CHECKING:
    from rich.console import Console


def console() -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich exits with code 1 here, which the contract reserves for bugs;
            # TrackerGroup.main treats a closed pipe as a normal end.
            self.quiet = True
            raise BrokenPipeError

    # highlight=False: numbers and paths in notice text must not be recoloured.
    return _Console(highlight=False)


def plain(text: object) -> Any:
    """Notice text as a rich Text: markup like `[bold]` and terminal escapes are data."""
    from rich.text import Text

    return Text(strip_terminal_escapes("" if text is None else str(text)))


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def format_day(day: date | None) -> str:
    """The core's `day_text`: dd/mm/yyyy in Vietnamese, as everywhere."""
    return day_text(day)


def countdown(status: str, days_left: int | None, task_class: str) -> str:
    """`quá hạn 5 ngày` / `hôm nay` / `còn 3 ngày`; the report class once closed."""
    return countdown_words(status, days_left, task_class)


def countdown_short(status: str, days_left: int | None, task_class: str) -> str:
    """The countdown, or for a closed task a short verdict (`đúng hạn`, `trễ hạn`)."""
    if not Status(status).is_open:
        return t(f"cli.list.closed.{task_class}")
    return countdown(status, days_left, task_class)
