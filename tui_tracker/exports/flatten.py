"""Flat rows (one per notice, directive, task) from the records of `Store.dump()`.

The flat exports read the same one-snapshot stream as the JSON export: agencies
first (kept as an id -> name map, small), then one notice at a time.

Deleted means gone: a notice, directive or task removed by a correction (soft
deleted: `deleted_at` set) is in no flat row, as it is in no list, count or report.
Only the JSON export keeps them, marked, so that a restore keeps the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tui_tracker.model import Role, Status, classify
from tui_tracker.store.rows import to_date

Row = dict[str, Any]


@dataclass
class FlatRows:
    """A `Store.dump()` sink turning each notice into flat rows for `on_rows`."""

    today: date
    on_rows: Callable[[Row, list[Row], list[Row]], None]
    agencies: dict[int, str] = field(default_factory=dict)

    def __call__(self, kind: str, record: dict[str, Any]) -> None:
        if kind == "agency":
            self.agencies[record["id"]] = record["name"]
        elif kind == "notice" and not is_deleted(record):
            self.on_rows(*notice_rows(record, self.agencies, self.today))


def is_deleted(record: dict[str, Any]) -> bool:
    """A record a correction removed (soft delete)."""
    return record.get("deleted_at") is not None


def notice_rows(notice: dict[str, Any], agencies: dict[int, str],
                today: date) -> tuple[Row, list[Row], list[Row]]:
    """(the notice's row, its directives' rows, its tasks' rows)."""
    base = {
        "notice_id": notice["id"], "notice_number": notice.get("number"),
        "notice_title": notice.get("title"), "issuer": notice.get("issuer"),
        "issued_on": notice.get("issued_on"),
    }
    directive_rows: list[Row] = []
    task_rows: list[Row] = []
    open_tasks = 0
    for directive in notice.get("directives", []):
        if is_deleted(directive):
            continue
        tasks = [task for task in directive.get("tasks", []) if not is_deleted(task)]
        leads = [agencies.get(task["agency_id"], "") for task in tasks
                 if task.get("role") == Role.LEAD.value]
        others = [agencies.get(task["agency_id"], "") for task in tasks
                  if task.get("role") == Role.COORDINATE.value]
        directive_rows.append({
            "directive_id": directive["id"], "notice_id": notice["id"],
            "notice_number": notice.get("number"), "directive_ref": directive.get("ref"),
            "section": directive.get("section"), "summary": directive.get("summary"),
            "text": directive.get("text"), "lead": ", ".join(leads) or None,
            "coordinating": ", ".join(others) or None,
            "deadline_text": directive.get("deadline_text"),
            "deadline_kind": directive.get("deadline_kind"), "due_on": directive.get("due_on"),
        })
        for task in tasks:
            status = Status(task["status"])
            due_on = to_date(task.get("due_on"))
            open_tasks += status.is_open
            task_rows.append({
                **base,
                "task_id": task["id"], "directive_id": directive["id"],
                "directive_ref": directive.get("ref"), "summary": directive.get("summary"),
                "agency": agencies.get(task["agency_id"], ""), "role": task.get("role"),
                "status": status.value, "deadline_text": directive.get("deadline_text"),
                "due_on": task.get("due_on"), "original_due_on": task.get("original_due_on"),
                "completed_on": task.get("completed_on"),
                "days_left": (due_on - today).days if due_on else None,
                "class": classify(status, due_on, to_date(task.get("completed_on")),
                                  today).value,
                "extension_reason": task.get("extension_reason"), "note": task.get("note"),
                "updated_at": task.get("updated_at"), "updated_by": task.get("updated_by"),
                "version": task.get("version"),
                # For the calendar: identity and what a reminder should say.
                "_notice_hash": notice.get("text_hash"),
            })
    notice_row = {
        **base, "doc_type": notice.get("doc_type"), "place": notice.get("place"),
        "meeting_on": notice.get("meeting_on"), "presiding": notice.get("presiding"),
        "signer": notice.get("signer"), "directives": len(directive_rows),
        "tasks": len(task_rows), "open_tasks": open_tasks, "source": notice.get("source"),
        "imported_at": notice.get("imported_at"),
    }
    return notice_row, directive_rows, task_rows
