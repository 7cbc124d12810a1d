"""The workbook read back cell by cell with openpyxl (pip install -e '.[test]')."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from report_helpers import SKHCN, STC, directive, notice, task_id

from tui_tracker.i18n import set_language
from tui_tracker.model import Role
from tui_tracker.reports import build_notice_scoreboard, build_scoreboard, report_tasks
from tui_tracker.reports.xlsx import write_scoreboard_xlsx
from tui_tracker.store import Store

MAY5 = date(2026, 5, 5)


@pytest.fixture
def loaded(store: Store) -> Store:
    store.import_notice(notice(
        "12/TB-UBND", date(2026, 4, 1),
        directive("1.a", date(2026, 5, 5), (SKHCN, Role.LEAD), (STC, Role.COORDINATE)),
        directive("1.b", date(2026, 5, 1), (SKHCN, Role.LEAD)),
        directive("1.c", None, (STC, Role.LEAD)),
    ))
    store.set_status(task_id(store, "1.a", SKHCN), "done", today=MAY5, on=MAY5)
    # A summary a spreadsheet would run as a formula if written carelessly.
    store._conn.execute("UPDATE directives SET summary = '=1+1 thử' WHERE ref = '1.c'")
    return store


def _write(store: Store, path: Path):
    board = build_scoreboard(store, MAY5)
    write_scoreboard_xlsx(path, board, report_tasks(store, MAY5))
    return openpyxl.load_workbook(path)


def test_summary_sheet_cell_by_cell(loaded: Store, tmp_path: Path) -> None:
    book = _write(loaded, tmp_path / "bao-cao.xlsx")
    assert book.sheetnames == ["Tổng hợp", "Danh sách nhiệm vụ"]
    sheet = book["Tổng hợp"]
    assert sheet["A1"].value == "Kết quả thực hiện nhiệm vụ tính đến ngày 05/05/2026"
    assert sheet.freeze_panes == "A5"
    header = [c.value for c in sheet[4]]
    assert header == ["STT", "Cơ quan chủ trì", "Tổng số", "Hoàn thành đúng hạn",
                      "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Đang thực hiện quá hạn",
                      "Tỷ lệ hoàn thành", "Tỷ lệ đúng hạn"]
    # SKHCN: 1.a done on the due day, 1.b overdue. STC: 1.c without deadline.
    assert [c.value for c in sheet[5]] == [1, SKHCN, 2, 1, 0, 0, 1, 0.5, 1]
    assert [c.value for c in sheet[6]][:7] == [2, STC, 1, 0, 0, 1, 0]
    assert sheet["H6"].value == 0 and sheet["I6"].value is None  # nothing done: no on-time rate
    totals = [c.value for c in sheet[7]]
    assert totals[1:] == ["Tổng cộng", 3, 1, 0, 1, 1, pytest.approx(1 / 3), 1]
    assert sheet["H5"].number_format == "0.0%"
    assert sheet["B7"].font.b
    # Wide enough for the longest agency name, and the coordinating tasks apart below.
    assert sheet.column_dimensions["B"].width >= len(SKHCN)
    assert sheet["A9"].value.startswith("Nhiệm vụ phối hợp")
    assert [c.value for c in sheet[11]][:3] == [1, STC, 1]


def test_task_sheet_one_row_per_task(loaded: Store, tmp_path: Path) -> None:
    sheet = _write(loaded, tmp_path / "bao-cao.xlsx")["Danh sách nhiệm vụ"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == 4  # three lead tasks and one coordinating task
    # Lead tasks first, by agency then deadline: 1.b (due 1/5) before 1.a (due 5/5).
    assert [(r[2], r[5]) for r in rows] == [("1.b", "chủ trì"), ("1.a", "chủ trì"),
                                            ("1.c", "chủ trì"), ("1.a", "phối hợp")]
    first = rows[1]
    assert first[1:8] == ["12/TB-UBND", "1.a", "Nhiệm vụ 1.a", SKHCN, "chủ trì", "hoàn thành",
                          datetime(2026, 5, 5)]
    assert first[9] == datetime(2026, 5, 5) and first[10] == "hoàn thành đúng hạn"
    assert sheet.cell(row=2, column=8).number_format == "dd/mm/yyyy"
    formula_like = next(r for r in rows if r[2] == "1.c")
    assert formula_like[3] == "=1+1 thử"  # kept as text, never a formula
    assert sheet.cell(row=2 + rows.index(formula_like), column=4).data_type == "s"


def test_english_with_lang_en(loaded: Store, tmp_path: Path) -> None:
    set_language("en")
    book = _write(loaded, tmp_path / "report.xlsx")
    assert book.sheetnames == ["Summary", "Tasks"]
    assert book["Summary"]["A1"].value == "Progress on assigned tasks as of 2026-05-05"
    assert book["Summary"]["B4"].value == "Lead agency"


def test_by_notice_workbook(loaded: Store, tmp_path: Path) -> None:
    path = tmp_path / "notices.xlsx"
    write_scoreboard_xlsx(path, build_notice_scoreboard(loaded, MAY5))
    sheet = openpyxl.load_workbook(path)["Tổng hợp"]
    assert sheet["B4"].value == "Thông báo"
    assert sheet["B5"].value == "12/TB-UBND — Kết luận 12/TB-UBND"
    assert sheet["C5"].value == 3


def test_a_failed_write_leaves_the_old_file_and_no_temporary(loaded: Store,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(AttributeError):
        write_scoreboard_xlsx(target, build_scoreboard(loaded, MAY5), [object()])  # type: ignore[list-item]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tui-tracker-")] == []
