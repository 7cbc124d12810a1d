"""The draft documents read back with python-docx: layout of Decree 30, title,
motto, one paragraph per directive, the reminder's table, Vietnamese intact."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from builders import run
from docx import Document

from tui_tracker.drafts.files import reminder_file_name
from tui_tracker.drafts.layout import office_of
from tui_tracker.model import Urgency
from tui_tracker.store import Store, TaskFilter

NOTICE = 2  # 215/TB-UBND of UBND tỉnh Quảng Ngãi in the demo fixtures


def texts(document) -> list[str]:  # type: ignore[no-untyped-def]
    return [paragraph.text for paragraph in document.paragraphs]


def test_report_layout_title_and_motto(demo: tuple[Path, date], tmp_path: Path) -> None:
    db, today = demo
    result = run("--db", str(db), "--today", today.isoformat(), "draft", "report", str(NOTICE))
    assert result.exit_code == 0, result.stderr
    path = tmp_path / f"bao-cao-thong-bao-{NOTICE}.docx"
    assert str(path.name) in result.stdout
    document = Document(str(path))

    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
    assert round(section.top_margin.mm) == 20 and round(section.bottom_margin.mm) == 20
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt in (13, 14)

    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG",
                                                         "Số: …/BC-VP"]
    motto = [p for p in right.paragraphs if p.text]
    assert motto[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and motto[0].runs[0].bold
    assert motto[1].text == "Độc lập - Tự do - Hạnh phúc" and motto[1].runs[0].underline
    assert motto[2].text == f"Quảng Ngãi, ngày … tháng … năm {today.year}"
    assert motto[2].runs[0].italic

    lines = texts(document)
    assert "BÁO CÁO" in lines
    assert any(line.startswith("Kết quả thực hiện Thông báo số 215/TB-UBND ngày 02/10/2026")
               for line in lines)
    # Text stays composed (NFC) Vietnamese, as stored.
    assert all(unicodedata.is_normalized("NFC", line) for line in lines)


def test_report_has_one_paragraph_per_directive(demo: tuple[Path, date],
                                                tmp_path: Path) -> None:
    db, today = demo
    out = tmp_path / "report.docx"
    assert run("--db", str(db), "draft", "report", str(NOTICE), "-o", str(out)).exit_code == 0
    lines = texts(Document(str(out)))
    with Store.open(db) as store:
        directives = [store.get_directive(row.id, today=today)
                      for row in store.list_directives(NOTICE, today=today)]
    for directive in directives:
        matching = [at for at, line in enumerate(lines) if line.startswith(f"{directive.ref}. ")]
        assert len(matching) == 1, directive.ref
        # The directive's whole text, every line of it, not the 160-character summary ...
        text = lines[matching[0]]
        assert all(" ".join(line.split()) in text for line in directive.text.splitlines())
        # ... then its deadline and its lead's result.
        result = lines[matching[0] + 1]
        lead = next(task for task in directive.tasks if task.role == "lead")
        assert result.startswith("Thời hạn: ") and "Kết quả thực hiện:" in result
        assert lead.agency in result
    assert any(len(directive.text) > 160 for directive in directives)
    recipients = Document(str(out)).tables[-1].rows[0].cells[0].text
    assert recipients.startswith("Nơi nhận:") and "Lưu: VT" in recipients


def test_report_shows_done_date_and_note(demo: tuple[Path, date], tmp_path: Path) -> None:
    db, today = demo
    with Store.open(db) as store:
        done = [row for row in store.list_tasks(None, today=today)
                if row.status == "done" and row.role == "lead"][0]
    out = tmp_path / "done.docx"
    assert run("--db", str(db), "draft", "report", str(done.notice_id), "-o",
               str(out)).exit_code == 0
    lines = texts(Document(str(out)))
    line = lines[next(at for at, text in enumerate(lines)
                      if text.startswith(f"{done.directive_ref}. ")) + 1]
    day = done.completed_on
    assert f"hoàn thành (ngày {day.day:02d}/{day.month:02d}/{day.year})" in line
    assert done.note and done.note in line


def test_reminder_lists_overdue_and_due_soon_tasks(demo: tuple[Path, date],
                                                   tmp_path: Path) -> None:
    db, today = demo
    with Store.open(db) as store:
        agency = store.find_agency("Sở Khoa học và Công nghệ")
        assert agency is not None
        tasks = store.list_tasks(TaskFilter(agency_id=agency.id, urgencies=(
            Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON)), today=today)
    assert tasks
    result = run("--db", str(db), "--today", today.isoformat(), "draft", "reminder",
                 "--agency", "so khcn")
    assert result.exit_code == 0, result.stderr
    document = Document(str(tmp_path / reminder_file_name(agency.name)))
    assert "V/v đôn đốc thực hiện nhiệm vụ được giao" in document.tables[0].rows[0].cells[0].text
    assert any(line == f"Kính gửi: {agency.name}" for line in texts(document))
    table = document.tables[1]
    assert [cell.text for cell in table.rows[0].cells] == [
        "STT", "Thông báo", "Nội dung chỉ đạo", "Thời hạn", "Quá hạn / còn lại"]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert len(rows) == len(tasks)
    for row, task in zip(rows, tasks, strict=True):
        assert row[2].startswith(f"{task.directive_ref}. ")
        if task.days_left < 0:
            assert row[4] == f"quá hạn {-task.days_left} ngày"
        elif task.days_left > 0:
            assert row[4] == f"còn {task.days_left} ngày"


def test_bad_agency_notice_and_path(demo: tuple[Path, date], tmp_path: Path) -> None:
    db, _ = demo
    result = run("--db", str(db), "--lang", "en", "draft", "reminder", "--agency", "zzz")
    assert result.exit_code == 2 and "zzz" in result.stderr
    assert run("--db", str(db), "draft", "reminder").exit_code == 2
    assert run("--db", str(db), "draft", "report", "999").exit_code == 2
    target = tmp_path / "missing" / "r.docx"
    result = run("--db", str(db), "--lang", "en", "draft", "report", str(NOTICE), "-o",
                 str(target))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not list(tmp_path.rglob("*.docx")) and not list(tmp_path.rglob("*.part"))


def test_office_from_the_notice_issuer() -> None:
    assert office_of("UBND tỉnh Đắk Lắk", "Đắk Lắk").superior == "UBND TỈNH ĐẮK LẮK"
    assert office_of("Văn phòng UBND tỉnh Gia Lai", None).place == "Gia Lai"
    unknown = office_of("Văn phòng Chính phủ", "Hà Nội")
    assert unknown.superior == "UBND TỈNH …" and unknown.place == "…"
