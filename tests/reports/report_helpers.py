"""Hand-built notices for the report tests (model dataclasses, no parser).

A module of its own, not conftest: test files import it."""

from __future__ import annotations

from datetime import date

from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.store import Store

SKHCN = "Sở Khoa học và Công nghệ"
STC = "Sở Tài chính"
TTT = "Thanh tra tỉnh"


def directive(ref: str, due: date | None, *agencies: tuple[str, Role],
              kind: DeadlineKind = DeadlineKind.DATE, recurrence: str | None = None,
              phrase: str | None = None) -> ParsedDirective:
    deadline = None
    if due is not None or phrase:
        deadline = Deadline(text=phrase or f"chậm nhất ngày {due:%d/%m/%Y}", due_on=due,
                            kind=kind, recurrence=recurrence)
    return ParsedDirective(ref=ref, heading=f"Nhiệm vụ {ref}", text=f"Thực hiện nhiệm vụ {ref}.",
                           assignments=[Assignment(agency=a, role=r) for a, r in agencies],
                           deadline=deadline)


def notice(number: str, issued_on: date, *directives: ParsedDirective) -> ParsedNotice:
    text = number + "\n" + "\n".join(d.text for d in directives)
    return ParsedNotice(notice=NoticeHeader(doc_type="TB", number=number, title=f"Kết luận {number}",
                                            issuer="UBND tỉnh", issued_on=issued_on),
                        directives=list(directives), text=text, original=text)


def task_id(store: Store, ref: str, agency: str, today: date = date(2026, 5, 5)) -> int:
    rows = [r for r in store.list_tasks(today=today) if r.directive_ref == ref
            and r.agency == agency]
    assert len(rows) == 1, (ref, agency)
    return rows[0].id
