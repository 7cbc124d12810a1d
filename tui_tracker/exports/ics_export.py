"""`export --format ics`: the open tasks with a deadline, for a calendar.

One all-day VEVENT per task on its due day, not a VTODO: Google Calendar and
Outlook ignore VTODO (or file it away in a task list nobody opens), while every
calendar shows an event. Each event carries a VALARM three days before.

A task done or cancelled within the last KEEP_CLOSED days (from its completion
day, else its last change, to the export's reference day) is still written, as
the same event (same UID, a higher SEQUENCE) with STATUS:CANCELLED and no alarm:
a calendar that imported the open task earlier then clears it, instead of keeping
a stale reminder for work that is finished. Later it is left out, like the tasks
deleted as parser mistakes.

Stable from one export to the next, so re-importing the file into a calendar
updates events instead of doubling them:
- UID `task-<task id>-<first 12 hex of the notice's text hash>@tui-tracker`:
  the task id with the identity of its notice, so two databases that happen to
  number tasks alike do not collide, and a restored database (ids kept) gives
  the same UIDs;
- DTSTAMP and LAST-MODIFIED are the task's last change (`updated_at`), not the
  time of the export, and SEQUENCE is the task's version: a file exported twice
  without a change in between is byte for byte the same.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tui_tracker.exports.flatten import FlatRows, Row
from tui_tracker.i18n import t
from tui_tracker.model import Status
from tui_tracker.store.rows import to_date
from tui_tracker.wording import day_text, role_label, status_label

if TYPE_CHECKING:
    from icalendar import Event

    from tui_tracker.store import Store

ALARM_BEFORE = timedelta(days=3)
KEEP_CLOSED = timedelta(days=90)  # how long a closed task stays, as a cancelled event
PRODID = "-//tui-tracker//exports//VI"
_END = b"END:VCALENDAR\r\n"


def task_uid(task_id: int, notice_hash: str | None) -> str:
    return f"task-{task_id}-{(notice_hash or 'nohash')[:12]}@tui-tracker"


def _stamp(updated_at: str | None) -> datetime:
    """`updated_at` (local time, as stored) in UTC, as RFC 5545 wants DTSTAMP."""
    try:
        local = datetime.strptime(str(updated_at)[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        local = datetime(2000, 1, 1)
    return local.astimezone(UTC)


def closed_recently(task: Row, today: date) -> bool:
    """A done or cancelled task closed within KEEP_CLOSED of `today`."""
    closed = to_date(task.get("completed_on")) or to_date(task.get("updated_at"))
    return closed is not None and closed >= today - KEEP_CLOSED


def task_event(task: Row) -> Event:
    from icalendar import Alarm, Event

    due = to_date(task["due_on"])
    assert due is not None
    summary = f"{task['agency']}: {task['summary']}"
    lines = [
        t("exports.ics.notice", number=task["notice_number"] or t("exports.ics.no_number"),
          ref=task["directive_ref"]),
        t("exports.ics.role", role=role_label(task["role"]),
          status=status_label(task["status"])),
    ]
    if task.get("deadline_text"):
        lines.append(t("exports.ics.deadline", deadline=task["deadline_text"]))
    if task.get("original_due_on") and task["original_due_on"] != task["due_on"]:
        lines.append(t("exports.ics.extended", original=day_text(to_date(task["original_due_on"])),
                       reason=task.get("extension_reason") or "—"))
    if task.get("notice_title"):
        lines.append(task["notice_title"])
    lines.append(t("exports.ics.task", id=task["task_id"]))
    stamp = _stamp(task.get("updated_at"))

    event = Event()
    event.add("uid", task_uid(task["task_id"], task.get("_notice_hash")))
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", int(task.get("version") or 0))
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    if not Status(task["status"]).is_open:
        # Done or cancelled: the calendar clears the event it has (same UID, newer
        # SEQUENCE), and there is nothing left to remind anyone of.
        event.add("status", "CANCELLED")
        return event
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -ALARM_BEFORE)
    event.add_component(alarm)
    return event


def write_ics(store: Store, path: Path, *, today: date) -> int:
    """The calendar at `path`, streamed notice by notice; the number of events (open
    tasks, and the tasks closed recently as cancelled events)."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", t("exports.ics.calendar_name"))
    head = calendar.to_ical()
    assert head.endswith(_END)
    count = 0
    with open(path, "wb") as out:
        out.write(head[: -len(_END)])

        def on_rows(_notice: Row, _directives: list[Row], tasks: list[Row]) -> None:
            nonlocal count
            for task in tasks:
                if not task.get("due_on"):
                    continue  # no deadline: no event, now or before
                if Status(task["status"]).is_open or closed_recently(task, today):
                    out.write(task_event(task).to_ical())
                    count += 1

        store.dump(FlatRows(today=today, on_rows=on_rows))
        out.write(_END)
    return count
