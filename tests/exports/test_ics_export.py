"""The calendar export parsed back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from export_helpers import as_json, run_ok
from icalendar import Calendar

from tui_tracker.model import Status
from tui_tracker.store import Store


def export(db: Path, out: Path) -> Calendar:
    run_ok("--db", str(db), "export", "--format", "ics", "-o", str(out))
    return Calendar.from_ical(out.read_bytes())


def events(calendar: Calendar) -> list:
    return list(calendar.walk("VEVENT"))


def test_one_all_day_event_per_open_task_with_a_deadline(demo_db: Path, tmp_path: Path) -> None:
    calendar = export(demo_db, tmp_path / "a.ics")
    tasks = as_json(run_ok("--db", str(demo_db), "list", "--json"))
    wanted = {task["id"]: task for task in tasks
              if Status(task["status"]).is_open and task["due_on"]}
    assert any(not Status(task["status"]).is_open for task in tasks)  # some are left out
    found = [event for event in events(calendar) if event.get("status") != "CANCELLED"]
    assert len(found) == len(wanted)
    for event in found:
        task_id = int(str(event["uid"]).split("-")[1])
        task = wanted[task_id]
        start = event.decoded("dtstart")
        assert isinstance(start, date) and start.isoformat() == task["due_on"]
        assert event.decoded("dtend") == start + timedelta(days=1)
        assert str(event["summary"]) == f"{task['agency']}: {task['summary']}"
        assert task["directive_ref"] in str(event["description"])
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1
        assert alarms[0].decoded("trigger") == -timedelta(days=3)


def test_two_exports_in_a_row_are_byte_identical(demo_db: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export(demo_db, first)
    export(demo_db, second)
    assert first.read_bytes() == second.read_bytes()


def test_uids_stay_when_a_task_changes(demo_db: Path, demo_today: date, tmp_path: Path) -> None:
    before = events(export(demo_db, tmp_path / "a.ics"))
    changed = int(str(before[0]["uid"]).split("-")[1])
    with Store.open(demo_db) as store:
        store.extend(changed, demo_today + timedelta(days=60), reason="gia hạn", today=demo_today)
    after = events(export(demo_db, tmp_path / "b.ics"))
    assert sorted(str(e["uid"]) for e in after) == sorted(str(e["uid"]) for e in before)
    event = next(e for e in after if str(e["uid"]) == str(before[0]["uid"]))
    assert event.decoded("dtstart") == demo_today + timedelta(days=60)
    assert int(event["sequence"]) > int(before[0]["sequence"])  # calendars take the update


def test_restored_database_gives_the_same_calendar(demo_db: Path, tmp_path: Path) -> None:
    json_file = tmp_path / "export.json"
    run_ok("--db", str(demo_db), "export", "--format", "json", "-o", str(json_file))
    restored = tmp_path / "restored.db"
    run_ok("--db", str(restored), "import", str(json_file))
    export(demo_db, tmp_path / "a.ics")
    export(restored, tmp_path / "b.ics")
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()


def test_a_task_closed_lately_is_a_cancelled_event_then_goes(demo_db: Path, demo_today: date,
                                                             tmp_path: Path) -> None:
    """A calendar that imported the open task clears it (same UID, newer SEQUENCE,
    STATUS:CANCELLED) instead of reminding someone of finished work."""
    today = ("--today", demo_today.isoformat())
    run_ok("--db", str(demo_db), *today, "export", "--format", "ics", "-o",
           str(tmp_path / "a.ics"))
    before = {str(e["uid"]): e for e in events(Calendar.from_ical(
        (tmp_path / "a.ics").read_bytes()))}
    open_tasks = [task for task in as_json(run_ok("--db", str(demo_db), *today, "list",
                                                  "--json", "--open")) if task["due_on"]]
    done, cancelled = open_tasks[0], open_tasks[1]
    run_ok("--db", str(demo_db), *today, "set-status", str(done["id"]), "done")
    run_ok("--db", str(demo_db), *today, "set-status", str(cancelled["id"]), "cancelled")
    run_ok("--db", str(demo_db), *today, "export", "--format", "ics", "-o",
           str(tmp_path / "b.ics"))
    after = {str(e["uid"]): e for e in events(Calendar.from_ical(
        (tmp_path / "b.ics").read_bytes()))}
    for task in (done, cancelled):
        uid = next(uid for uid in before if uid.startswith(f"task-{task['id']}-"))
        event = after[uid]  # the same event
        assert str(event["status"]) == "CANCELLED"
        assert int(event["sequence"]) > int(before[uid]["sequence"])
        assert event.decoded("dtstart") == before[uid].decoded("dtstart")
        assert list(event.walk("VALARM")) == []
    # Three months on, it is left out.
    later = (demo_today + timedelta(days=120)).isoformat()
    run_ok("--db", str(demo_db), "--today", later, "export", "--format", "ics", "-o",
           str(tmp_path / "c.ics"))
    gone = (tmp_path / "c.ics").read_text(encoding="utf-8")
    assert f"task-{done['id']}-" not in gone and f"task-{cancelled['id']}-" not in gone
