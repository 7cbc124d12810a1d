"""Deleted means gone from the outputs (issue 15, point 3): a directive deleted as a parser
mistake, a whole notice deleted, an agency removed from a directive (`unassign`) are in no
export (CSV, Excel, calendar), report, draft, count or banner, exactly as they are in no
`list`. Only the JSON export keeps them, marked with who deleted them and when, so that a
restore keeps the audit trail. Every output command runs here on one such database."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from builders import SEED, run

# The day these tests run on (not builders.AS_OF): one deadline past (15/5), one that day
# (20/5), one to come (30/5).
AS_OF = "2026-05-20"
GONE_DIRECTIVE = "Zuluxoa"  # only in the deleted directive
GONE_NOTICE = "Yankeexoa"  # only in the deleted notice
GONE_AGENCY = "Sở Ngoại vụ"  # only in the removed assignment

NOTICE_B = """UBND TỈNH GIA LAI
Số: 88/TB-UBND
Gia Lai, ngày 10 tháng 4 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh về công tác quý II

1. Giao Sở Tài chính rà soát quy trình thanh toán, hoàn thành trước ngày 30/5/2026.

2. Giao Sở Xây dựng kiểm tra hồ sơ Zuluxoa các công trình, hoàn thành trước ngày 15/5/2026.
"""
NOTICE_C = """UBND TỈNH GIA LAI
Số: 89/TB-UBND
Gia Lai, ngày 12 tháng 4 năm 2026

THÔNG BÁO
Kết luận về dự án Yankeexoa

1. Giao Sở Y tế báo cáo dự án Yankeexoa, hoàn thành trước ngày 20/5/2026.
"""


def cli(db: Path, *args: str) -> Any:
    result = run("--db", str(db), "--today", AS_OF, *args)
    assert result.exit_code == 0, (args, result.stderr)
    return result


def as_json(db: Path, *args: str) -> Any:
    return json.loads(cli(db, *args, "--json").stdout)


@pytest.fixture(scope="module")
def deleted_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("deletes")
    db = folder / "tracker.db"
    (folder / "b.txt").write_text(NOTICE_B, encoding="utf-8")
    (folder / "c.txt").write_text(NOTICE_C, encoding="utf-8")
    cli(db, "import", str(SEED), str(folder / "b.txt"), str(folder / "c.txt"))
    notices = {n["notice_number"]: n["notice_id"] for n in as_json(db, "list")}
    cli(db, "delete-directive", f"{notices['88/TB-UBND']}:2", "--yes")
    cli(db, "delete-notice", str(notices["89/TB-UBND"]), "--yes")
    assigned = as_json(db, "assign", f"{notices[None]}:3.d", GONE_AGENCY, "--role", "coordinate")
    cli(db, "unassign", str(assigned["task"]))
    # Some live tasks with a status, so that classes and calendars have something to show.
    later = [row for row in as_json(db, "list") if row["class"] == "on_track"]
    cli(db, "set-status", str(later[0]["id"]), "done", "--on", "2026-05-10")
    cli(db, "set-status", str(later[1]["id"]), "cancelled")
    return db


@pytest.fixture(scope="module")
def live(deleted_db: Path) -> list[dict[str, Any]]:
    """What `list` shows: the truth every other output must agree with."""
    return as_json(deleted_db, "list")


def assert_gone(text: str, what: str) -> None:
    for word in (GONE_DIRECTIVE, GONE_NOTICE, GONE_AGENCY, "89/TB-UBND"):
        assert word not in text, (what, word)


def xlsx_text(path: Path) -> str:
    """Every string of a workbook (shared strings and inline strings of every sheet)."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                         if name.endswith(".xml"))


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return re.sub(r"<[^>]+>", "", archive.read("word/document.xml").decode("utf-8"))


def test_the_database_has_deletes_and_list_leaves_them_out(deleted_db: Path,
                                                           live: list[dict[str, Any]]) -> None:
    assert_gone(cli(deleted_db, "list").stdout, "list")
    deleted = as_json(deleted_db, "corrections", "--deleted")
    assert deleted  # the deletes are there to be left out
    assert {row["notice_number"] for row in live} == {None, "88/TB-UBND"}


def test_exports_leave_them_out(deleted_db: Path, live: list[dict[str, Any]],
                                tmp_path: Path) -> None:
    ids = {row["id"] for row in live}
    cli(deleted_db, "export", "--format", "csv", "--csv-keys", "-o", str(tmp_path / "k.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "k.csv").read_text(encoding="utf-8"))))
    assert {int(row["task_id"]) for row in rows} == ids
    cli(deleted_db, "export", "--format", "csv", "-o", str(tmp_path / "t.csv"))
    text = (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    assert_gone(text, "csv")
    assert len(list(csv.reader(io.StringIO(text)))) == len(ids) + 1

    from openpyxl import load_workbook

    cli(deleted_db, "export", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"))
    assert_gone(xlsx_text(tmp_path / "t.xlsx"), "xlsx")
    book = load_workbook(tmp_path / "t.xlsx", read_only=True)
    tasks, notices, directives = (list(sheet.iter_rows(values_only=True))
                                  for sheet in book.worksheets)
    assert {row[0] for row in tasks[1:]} == ids
    assert len(notices) - 1 == len({row["notice_id"] for row in live})
    assert len(directives) - 1 == len({row["directive_id"] for row in live})

    cli(deleted_db, "export", "--format", "ics", "-o", str(tmp_path / "t.ics"))
    calendar = (tmp_path / "t.ics").read_text(encoding="utf-8")
    assert_gone(calendar.replace("\r\n ", ""), "ics")
    uids = {int(uid) for uid in re.findall(r"UID:task-(\d+)-", calendar)}
    assert uids <= ids
    assert {row["id"] for row in live if row["status"] not in ("done", "cancelled")
            and row["due_on"]} <= uids


def test_the_json_export_keeps_them_marked(deleted_db: Path, tmp_path: Path) -> None:
    cli(deleted_db, "export", "--format", "json", "-o", str(tmp_path / "all.json"))
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    notice_c = next(n for n in data["notices"] if n["number"] == "89/TB-UBND")
    assert notice_c["deleted_at"] and notice_c["deleted_by"]
    directive = next(d for n in data["notices"] for d in n["directives"]
                     if GONE_DIRECTIVE in d["text"])
    assert directive["deleted_at"] and all(t["deleted_at"] for t in directive["tasks"])
    assert any(c["action"] == "unassign" for c in data["changes"])


def test_reports_leave_them_out(deleted_db: Path, live: list[dict[str, Any]],
                                tmp_path: Path) -> None:
    counted = [row for row in live if row["status"] != "cancelled"]
    board = as_json(deleted_db, "report")
    assert board["totals"]["total"] == sum(row["role"] == "lead" for row in counted)
    assert board["coordinate_totals"]["total"] == sum(row["role"] == "coordinate"
                                                      for row in counted)
    assert_gone(json.dumps(board, ensure_ascii=False), "report --json")
    by_notice = as_json(deleted_db, "report", "--by", "notice")
    assert "89/TB-UBND" not in {n["number"] for n in by_notice["notices"]}
    assert by_notice["totals"] == board["totals"]
    assert_gone(cli(deleted_db, "report").stdout, "report")
    for fmt in ("md", "csv"):
        cli(deleted_db, "report", "--format", fmt, "-o", str(tmp_path / f"r.{fmt}"))
        assert_gone((tmp_path / f"r.{fmt}").read_text(encoding="utf-8"), fmt)
    cli(deleted_db, "report", "--format", "xlsx", "-o", str(tmp_path / "r.xlsx"))
    assert_gone(xlsx_text(tmp_path / "r.xlsx"), "report xlsx")

    from openpyxl import load_workbook

    task_sheet = load_workbook(tmp_path / "r.xlsx", read_only=True).worksheets[1]
    ids = {row[-1] for row in task_sheet.iter_rows(min_row=2, values_only=True)}
    assert ids == {row["id"] for row in counted}


def test_drafts_leave_them_out(deleted_db: Path, live: list[dict[str, Any]],
                               tmp_path: Path) -> None:
    notice_b = next(row["notice_id"] for row in live if row["notice_number"] == "88/TB-UBND")
    cli(deleted_db, "draft", "report", str(notice_b), "-o", str(tmp_path / "b.docx"))
    text = docx_text(tmp_path / "b.docx")
    assert_gone(text, "draft report")
    assert "rà soát quy trình thanh toán" in text
    gone = run("--db", str(deleted_db), "--today", AS_OF, "draft", "report",
               str(notice_b + 1), "-o", str(tmp_path / "c.docx"))
    assert gone.exit_code == 2 and not (tmp_path / "c.docx").exists()
    overdue_agency = next(row["agency"] for row in live if row["class"] == "overdue")
    cli(deleted_db, "draft", "reminder", "--agency", overdue_agency, "-o",
        str(tmp_path / "r.docx"))
    assert_gone(docx_text(tmp_path / "r.docx"), "draft reminder")


def test_counts_and_banners_leave_them_out(deleted_db: Path, live: list[dict[str, Any]]) -> None:
    due = as_json(deleted_db, "due", "--days", "7")
    assert due["overdue"] == sum(row["class"] == "overdue" for row in live)
    assert {row["id"] for row in due["tasks"]} <= {row["id"] for row in live}
    health = run("--db", str(deleted_db), "check", "--json")
    assert health.exit_code == 0, health.stdout  # a soft delete is not damage
    counts = json.loads(health.stdout)["counts"]
    assert counts["tasks"] == len(live)
    assert counts["deleted"]["notices"] == 1 and counts["deleted"]["tasks"] >= 3
    assert "89/TB-UBND" not in cli(deleted_db, "check").stdout
