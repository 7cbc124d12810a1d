"""The XLSX export read back cell by cell with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from export_helpers import as_json, run_ok


def load(demo_db: Path, tmp_path: Path, *lang: str) -> openpyxl.Workbook:
    out = tmp_path / "export.xlsx"
    run_ok("--db", str(demo_db), *lang, "export", "--format", "xlsx", "-o", str(out))
    return openpyxl.load_workbook(out)


def test_sheets_headers_and_frozen_row(demo_db: Path, tmp_path: Path) -> None:
    book = load(demo_db, tmp_path)
    assert book.sheetnames == ["Nhiệm vụ", "Thông báo", "Nội dung chỉ đạo"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref
    tasks = book["Nhiệm vụ"]
    header = [cell.value for cell in tasks[1]]
    assert header[:3] == ["Mã nhiệm vụ", "Số thông báo", "Trích yếu"]
    assert "Hạn xử lý" in header and "Số ngày còn lại" in header


def test_every_task_cell_by_cell(demo_db: Path, demo_today: date, tmp_path: Path) -> None:
    book = load(demo_db, tmp_path, "--today", demo_today.isoformat())
    sheet = book["Nhiệm vụ"]
    header = [cell.value for cell in sheet[1]]
    rows = {row[0]: dict(zip(header, row, strict=True))
            for row in sheet.iter_rows(min_row=2, values_only=True)}
    tasks = as_json(run_ok("--db", str(demo_db), "list", "--json", "--today",
                           demo_today.isoformat()))
    assert len(rows) == len(tasks)
    for task in tasks:
        row = rows[task["id"]]
        assert row["Cơ quan"] == task["agency"]
        assert row["Mục"] == task["directive_ref"]
        assert row["Nội dung chỉ đạo"] == task["summary"]
        assert row["Phiên bản"] == task["version"]
        assert row["Số ngày còn lại"] == task["days_left"]
        due = row["Hạn xử lý"]
        if task["due_on"] is None:
            assert due is None
        else:  # a real date, not text
            assert isinstance(due, datetime) and due.date().isoformat() == task["due_on"]
        assert row["Trạng thái"] in {"chưa thực hiện", "đang thực hiện", "chờ xác nhận",
                                     "hoàn thành", "tạm dừng", "hủy"}
        # The time stamp is a real date-time too, to the minute it was written.
        stamp = row["Cập nhật lúc"]
        assert isinstance(stamp, datetime)
        assert stamp.strftime("%Y-%m-%d %H:%M") == task["updated_at"][:16]
    imported = [row[-1] for row in book["Thông báo"].iter_rows(min_row=2, values_only=True)]
    assert imported and all(isinstance(moment, datetime) for moment in imported)
    assert book["Nhiệm vụ"].cell(row=2, column=list(rows[tasks[0]["id"]]).index(
        "Cập nhật lúc") + 1).number_format == "dd/mm/yyyy hh:mm"


def test_text_is_never_a_formula_and_widths_fit(demo_db: Path, tmp_path: Path) -> None:
    book = load(demo_db, tmp_path)
    sheet = book["Nhiệm vụ"]
    header = [cell.value for cell in sheet[1]]
    notes = [row[header.index("Ghi chú")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(note and note.startswith("=HYPERLINK(") for note in notes)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
    agency = sheet.column_dimensions[openpyxl.utils.get_column_letter(
        header.index("Cơ quan") + 1)].width
    longest = max(len(row[header.index("Cơ quan")])
                  for row in sheet.iter_rows(min_row=2, values_only=True))
    assert min(longest, 40) <= agency <= 42


def test_notices_and_directives_sheets(demo_db: Path, tmp_path: Path) -> None:
    book = load(demo_db, tmp_path)
    notices = list(book["Thông báo"].iter_rows(values_only=True))
    directives = list(book["Nội dung chỉ đạo"].iter_rows(values_only=True))
    assert len(notices) == 1 + 8
    assert len(directives) > 40
    header = directives[0]
    lead = header.index("Cơ quan chủ trì")
    assert any(row[lead] == "Sở Khoa học và Công nghệ" for row in directives[1:])


def test_english_column_names(demo_db: Path, tmp_path: Path) -> None:
    book = load(demo_db, tmp_path, "--lang", "en")
    assert book.sheetnames == ["Tasks", "Notices", "Directives"]
    assert [cell.value for cell in book["Tasks"][1]][:2] == ["Task id", "Notice number"]
