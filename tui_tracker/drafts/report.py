"""The report on a notice: "Báo cáo kết quả thực hiện Thông báo số …".

Each directive in full (its text as the notice wrote it), then its deadline and its
lead agency's status, the day it was done and the latest note, as the office sends it
back to the leader who concluded the meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from tui_tracker.drafts.layout import (
    BLANK,
    body,
    centered,
    day_text,
    header,
    new_document,
    office_of,
    recipients_and_signature,
    run,
)
from tui_tracker.model import Role, Status
from tui_tracker.wording import class_label, status_label

if TYPE_CHECKING:
    from tui_tracker.store import DirectiveDetail, NoticeDetail, TaskRow


def notice_name(notice: NoticeDetail) -> str:
    """ "Thông báo số 215/TB-UBND ngày 02/10/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi"."""
    kind = "Công văn" if notice.doc_type == "CV" else "Thông báo"
    text = f"{kind} số {notice.number or BLANK}"
    day = notice.issued_on or notice.meeting_on
    if day:
        text += f" ngày {day_text(day)}"
    if notice.issuer:
        text += f" của {notice.issuer}"
    return text


def lead_status(task: TaskRow) -> str:
    """ "Sở Tài chính: hoàn thành (ngày 04/05/2026); Công văn 123/STC"."""
    text = f"{task.agency}: {status_label(task.status, lang='vi')}"
    if task.status == Status.DONE.value:
        text += f" (ngày {day_text(task.completed_on)})"
    elif task.due_on:
        text += f", {class_label(task.task_class, lang='vi')}"
    if task.note:
        text += f"; {' '.join(task.note.split())}"
    return text


def directive_paragraphs(directive: DirectiveDetail) -> tuple[str, list[str], str]:
    """(bold opening, the directive's text line by line, its deadline and result) of one
    directive: its FULL text as the notice wrote it (sub-items on their own lines), not
    the 160-character summary the lists show: the leader reads what was asked."""
    leads = [task for task in directive.tasks if task.role == Role.LEAD.value]
    deadline = directive.deadline_text or "không nêu thời hạn"
    if directive.due_on:
        deadline += f" (đến {day_text(directive.due_on)})"
    status = "; ".join(lead_status(task) for task in leads) if leads else \
        f"chưa xác định cơ quan chủ trì, {BLANK}"
    heading = " ".join((directive.heading or "").split())
    opening = f"{directive.ref}. {heading}: " if heading else f"{directive.ref}. "
    lines = [" ".join(line.split()) for line in directive.text.splitlines()]
    return (opening, [line for line in lines if line],
            f"Thời hạn: {deadline}. Kết quả thực hiện: {status}. {BLANK}")


def build_report(notice: NoticeDetail, directives: Sequence[DirectiveDetail],
                 today: date) -> Any:
    """The draft report as a python-docx Document."""
    issuer = office_of(notice.issuer, notice.place)
    document = new_document()
    header(document, issuer, f"Số: {BLANK}/BC-{issuer.code}", day=today)
    centered(document, "BÁO CÁO", bold=True)
    title = centered(document, f"Kết quả thực hiện {notice_name(notice)}", bold=True)
    title.paragraph_format.space_after = 0
    if notice.title:
        centered(document, f"({' '.join(notice.title.split())})", italic=True)
    centered(document, "")
    body(document, f"Thực hiện {notice_name(notice)}, {issuer.office} báo cáo kết quả "
                   f"thực hiện các nội dung được giao như sau:")
    for directive in directives:
        opening, lines, result = directive_paragraphs(directive)
        paragraph = body(document, lines[0] if lines else "", bold_prefix=opening)
        for line in lines[1:]:  # a sub-item keeps its own line, within the paragraph
            paragraph.runs[-1].add_break()
            run(paragraph, line)
        body(document, result)
    body(document, f"Trên đây là báo cáo kết quả thực hiện {notice_name(notice)}, "
                   f"kính báo cáo {BLANK}./.")
    presiding = notice.presiding or BLANK
    recipients_and_signature(document, [f"{presiding} (b/c);", f"{BLANK};",
                                        f"Lưu: VT, {BLANK}."])
    return document
