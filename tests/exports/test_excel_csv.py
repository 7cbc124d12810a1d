"""CSV read back as Excel reads it: byte-order mark, commas, quotes, CRLF, and no
cell that Excel would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from builders import run
from export_helpers import as_json, run_ok

from tui_tracker.cli import LIST_KEYS
from tui_tracker.exports.columns import LIST_COLUMNS
from tui_tracker.exports.excel_csv import BOM, excel_cell, write_csv


def excel_read(data: bytes) -> list[list[str]]:
    """What Excel does with a .csv: a UTF-8 byte-order mark selects UTF-8, then
    comma-separated fields with double-quote quoting."""
    assert data.startswith(BOM.encode("utf-8")), "without a BOM Excel reads ANSI"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_cells_excel_would_run_are_neutralised_numbers_are_not() -> None:
    assert excel_cell("=1+2") == "'=1+2"
    assert excel_cell("+84 905") == "'+84 905"
    assert excel_cell("-5 ngày") == "'-5 ngày"
    assert excel_cell("@SUM(A1)") == "'@SUM(A1)"
    assert excel_cell("\tx") == "'\tx"
    assert excel_cell("\rx") == "'\rx"
    assert excel_cell(-5) == -5 and excel_cell(0) == 0
    assert excel_cell("Sở Khoa học") == "Sở Khoa học"
    assert excel_cell(None) == "" and excel_cell(date(2026, 5, 4)) == "2026-05-04"


def test_written_file_has_bom_crlf_and_quotes() -> None:
    out = io.StringIO(newline="")
    write_csv(out, ["Cơ quan", "Số ngày"], [["các sở, ngành", -5], ['Nói "có"\nđi', 3]])
    data = out.getvalue().encode("utf-8")
    assert data.count(b"\r\n") == 3  # the line break inside a quoted field stays \n
    assert excel_read(data) == [["Cơ quan", "Số ngày"], ["các sở, ngành", "-5"],
                                ['Nói "có"\nđi', "3"]]


def test_list_csv_is_excel_ready_with_vietnamese_columns(demo_db: Path, demo_today: date) -> None:
    today = demo_today.isoformat()
    result = run_ok("--db", str(demo_db), "list", "--csv", "--today", today)
    rows = excel_read(result.stdout_bytes)
    assert rows[0] == [column.label for column in LIST_COLUMNS]
    assert rows[0][:3] == ["Mã nhiệm vụ", "Phiên bản", "Mã thông báo"]
    tasks = as_json(run_ok("--db", str(demo_db), "list", "--json", "--today", today))
    assert len(rows) == len(tasks) + 1
    by_id = {int(row[0]): row for row in rows[1:]}
    days = LIST_KEYS.index("days_left")
    overdue = [task for task in tasks if task["days_left"] is not None and task["days_left"] < 0]
    assert overdue
    # A negative number is a number for Excel, not text with an apostrophe.
    assert by_id[overdue[0]["id"]][days] == str(overdue[0]["days_left"])
    status = LIST_KEYS.index("status")
    assert {row[status] for row in rows[1:]} <= {"chưa thực hiện", "đang thực hiện",
                                                 "chờ xác nhận", "hoàn thành", "tạm dừng", "hủy"}


def test_list_csv_in_english(demo_db: Path) -> None:
    result = run_ok("--db", str(demo_db), "--lang", "en", "list", "--csv")
    header = excel_read(result.stdout_bytes)[0]
    assert header[:4] == ["Task id", "Version", "Notice id", "Notice number"]


def test_list_csv_keys_is_the_machine_form(demo_db: Path, demo_today: date) -> None:
    today = demo_today.isoformat()
    result = run_ok("--db", str(demo_db), "list", "--csv-keys", "--today", today)
    assert not result.stdout_bytes.startswith(BOM.encode("utf-8"))
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(records[0]) == list(LIST_KEYS) == [column.key for column in LIST_COLUMNS]
    tasks = as_json(run_ok("--db", str(demo_db), "list", "--json", "--today", today))
    assert [record["status"] for record in records] == [task["status"] for task in tasks]


def test_export_csv_neutralises_notice_text(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tasks.csv"
    run_ok("--db", str(demo_db), "export", "--format", "csv", "-o", str(out))
    rows = excel_read(out.read_bytes())
    header = rows[0]
    assert "Số thông báo" in header and "Nội dung chỉ đạo" in header and "Cơ quan" in header
    notes = [row[header.index("Ghi chú")] for row in rows[1:]]
    # The fixture stored a note starting with "=HYPERLINK(": it must not be a formula.
    assert any(note.startswith("'=HYPERLINK(") for note in notes)
    assert not any(cell.startswith(("=", "+", "@")) for row in rows[1:] for cell in row)
    tasks = as_json(run_ok("--db", str(demo_db), "list", "--json"))
    assert len(rows) == len(tasks) + 1


def test_export_csv_keys(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tasks.csv"
    run_ok("--db", str(demo_db), "export", "--format", "csv", "--csv-keys", "-o", str(out))
    records = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert records[0]["task_id"] and records[0]["status"] in {"todo", "in_progress", "done",
                                                              "reported", "paused", "cancelled"}
    assert run("--db", str(demo_db), "export", "--format", "json", "--csv-keys", "-o",
               str(tmp_path / "x.json")).exit_code == 2
