"""The demo database: every bundled sample notice, and a "today" that shows off the countdown.

Core module: no Textual, no printing. `tui-tracker demo` builds this database in a
temporary folder and opens the UI on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t

if TYPE_CHECKING:
    from tui_tracker.store import Store

NOTICE_SUFFIXES = (".txt", ".md")
# Used only when no sample notice has a deadline at all, so the result stays
# deterministic instead of following the clock.
FALLBACK_TODAY = date(2026, 5, 5)


def fixtures_dir() -> Path:
    """The bundled sample notices: `tui_tracker/fixtures` in a wheel (force-included),
    the repository's `fixtures/` in an editable install or a checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "fixtures", package.parent / "fixtures"):
        if candidate.is_dir() and fixture_files(candidate):
            return candidate
    raise BadInputError(t("cli.demo.no_fixtures"))


def fixture_files(directory: Path | None = None) -> list[Path]:
    """Notice files of a fixtures folder in name order (README.md is documentation)."""
    directory = fixtures_dir() if directory is None else directory
    return sorted(
        path for path in directory.iterdir()
        if path.is_file() and path.suffix.lower() in NOTICE_SUFFIXES
        and path.name.lower() != "readme.md"
    )


def demo_letters(directory: Path | None = None) -> list[Path]:
    """Agencies' report letters on the sample notices (`fixtures/replies/`): the demo
    offers the first in its import screen (`i`), to be read, reviewed and applied."""
    folder = (fixtures_dir() if directory is None else directory) / "replies"
    return fixture_files(folder) if folder.is_dir() else []


def build_demo_db(path: Path) -> date:
    """Import every sample notice into a fresh database at `path`; return the demo today.

    Every file is parsed before the database is created, so a broken fixture
    fails the build instead of leaving a half-filled demo."""
    # Imported here so that `import tui_tracker.demo` stays cheap.
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file
    from tui_tracker.store import Store

    parsed = [(file, parse_notice(read_notice_file(str(file)))) for file in fixture_files()]
    store = Store.open(path)
    try:
        for file, notice in parsed:
            store.import_notice(notice, source=file.name)
        # Due dates do not depend on the reference day; any day will do here.
        rows = store.list_tasks(None, today=FALLBACK_TODAY)
        today = pick_demo_today(row.due_on for row in rows if row.due_on is not None)
        _add_sample_progress(store, today)
    finally:
        store.close()
    return today


def _add_sample_progress(store: Store, today: date) -> None:
    """A few status changes, so the demo shows the workflow and not only "to do":
    one task done on time, one done late, one in progress and one reported.

    Taken only from bands that have tasks to spare, so every band stays visible;
    chosen by position in the most-urgent-first order, so the result is deterministic."""
    from tui_tracker.model import Status, Urgency

    rows = store.list_tasks(None, today=today)
    overdue = [row for row in rows if row.urgency == Urgency.OVERDUE]
    soon = [row for row in rows if row.urgency in (Urgency.TODAY, Urgency.SOON)]
    later = [row for row in rows if row.urgency == Urgency.LATER]
    note = t("cli.demo.note")
    if len(overdue) >= 4:
        on_time, late, started = overdue[0], overdue[1], overdue[2]
        store.set_status(on_time.id, Status.DONE, today=today, on=on_time.due_on, note=note)
        # Overdue means due before today, so due + 3 days capped at today is late.
        assert late.due_on is not None  # an overdue task has a due day
        finished = min(today, late.due_on + timedelta(days=3))
        store.set_status(late.id, Status.DONE, today=today, on=finished, note=note)
        store.set_status(started.id, Status.IN_PROGRESS, today=today, note=note)
    if len(soon) >= 2:
        store.set_status(soon[0].id, Status.REPORTED, today=today, note=note)
    if len(later) >= 2:
        store.set_status(later[0].id, Status.IN_PROGRESS, today=today, note=note)


def band_counts(due_dates: Iterable[date], today: date, soon_days: int = 7) -> tuple[int, int, int]:
    """(overdue, due soon incl. today, later) for open tasks with these due dates."""
    overdue = soon = later = 0
    for due in due_dates:
        days_left = (due - today).days
        if days_left < 0:
            overdue += 1
        elif days_left <= soon_days:
            soon += 1
        else:
            later += 1
    return overdue, soon, later


def pick_demo_today(due_dates: Iterable[date], soon_days: int = 7) -> date:
    """The day on which the countdown looks most like a real working day.

    Preference, in order: as many of the three bands (overdue, due soon, later)
    non-empty as possible; the smallest band as large as possible (balance);
    overdue and due-soon present (what a tracker is for); more tasks due soon.
    Ties go to the earliest day, so the answer depends on the data only."""
    dues = sorted(due_dates)
    if not dues:
        return FALLBACK_TODAY
    best_day = dues[0]
    best_score: tuple[int, ...] | None = None
    day = dues[0] - timedelta(days=soon_days + 1)
    last = dues[-1] + timedelta(days=1)
    while day <= last:
        overdue, soon, later = band_counts(dues, day, soon_days)
        score = (
            (overdue > 0) + (soon > 0) + (later > 0),
            min(overdue, soon, later),
            int(overdue > 0 and soon > 0),
            soon,
        )
        if best_score is None or score > best_score:
            best_day, best_score = day, score
        day += timedelta(days=1)
    return best_day
