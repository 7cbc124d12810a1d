"""The urging letter (công văn đôn đốc) to one agency: its overdue tasks and those
due soon, in a table (notice, directive, deadline, days overdue or left)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tui_tracker.drafts.layout import (
    BLANK,
    Issuer,
    body,
    centered,
    day_text,
    fix_widths,
    header,
    new_document,
    office_of,
    recipients_and_signature,
    run,
)
from tui_tracker.model import Role

if TYPE_CHECKING:
    from tui_tracker.store import NoticeDetail, TaskRow

COLUMNS = ("STT", "Thông báo", "Nội dung chỉ đạo", "Thời hạn", "Quá hạn / còn lại")
# 165 mm, the text width. The short columns get what their values need at 12 pt (with
# the cell's 1.9 mm margins a side: "STT" 8 mm, "215/TB-UBND" 27 mm, "20/10/2026" 19 mm,
# "quá hạn 34 ngày" 28 mm on two lines at most); the directive gets the rest.
WIDTHS_MM = (12, 31, 67, 25, 30)


def countdown_vi(days_left: int | None) -> str:
    if days_left is None:
        return "—"
    if days_left < 0:
        return f"quá hạn {-days_left} ngày"
    if days_left == 0:
        return "đến hạn hôm nay"
    return f"còn {days_left} ngày"


def common_issuer(notices: Sequence[NoticeDetail]) -> Issuer:
    """The office of the province most of the listed tasks' notices come from."""
    offices = Counter(office_of(notice.issuer, notice.place) for notice in notices)
    known = [office for office, _ in offices.most_common() if office.place != BLANK]
    return known[0] if known else office_of(None, None)


def build_reminder(agency: str, tasks: Sequence[TaskRow], notices: Sequence[NoticeDetail],
                   today: date) -> Any:
    """The draft letter as a python-docx Document. `tasks`: the agency's overdue and
    due-soon tasks, most urgent first; `notices`: the notices they come from."""
    issuer = common_issuer(notices)
    overdue = sum(1 for task in tasks if task.days_left is not None and task.days_left < 0)
    document = new_document()
    header(document, issuer, f"Số: {BLANK}/{issuer.code}-{BLANK}",
           subject="V/v đôn đốc thực hiện nhiệm vụ được giao", day=today)
    greeting = centered(document, "")
    run(greeting, "Kính gửi: ")
    run(greeting, agency, bold=True)
    centered(document, "")
    body(document, f"Theo dõi tình hình thực hiện các nhiệm vụ được giao tại các thông báo "
                   f"kết luận, đến ngày {day_text(today)}, {agency} còn {overdue} nhiệm vụ "
                   f"quá hạn và {len(tasks) - overdue} nhiệm vụ sắp đến hạn chưa hoàn thành "
                   f"(chi tiết tại bảng dưới đây).")
    _table(document, tasks)
    body(document, f"{issuer.office} đề nghị {agency} khẩn trương chỉ đạo thực hiện các "
                   f"nhiệm vụ trên, báo cáo kết quả về {issuer.committee} (qua {issuer.office})"
                   f" trước ngày {BLANK}./.")
    recipients_and_signature(document, ["Như trên;", f"{BLANK};", f"Lưu: VT, {BLANK}."])
    return document


def _table(document: Any, tasks: Sequence[TaskRow]) -> None:
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, COLUMNS, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(paragraph, title, bold=True, size=12)
    for number, task in enumerate(tasks, start=1):
        directive = f"{task.directive_ref}. {task.summary}"
        if task.role == Role.COORDINATE.value:
            directive += " (phối hợp)"
        deadline = day_text(task.due_on) if task.due_on else (task.deadline_text or "—")
        notice = task.notice_number or " ".join((task.notice_title or BLANK).split())[:80]
        values = (str(number), notice, directive, deadline,
                  countdown_vi(task.days_left))
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            run(paragraph, value, size=12)
    fix_widths(table, WIDTHS_MM)  # the grid too, once every row is there
    document.add_paragraph()
