"""Safe files out (issue 15, point 6): what a person types (notes, extension reasons,
corrected header fields) is stored without terminal escapes, so none reaches the CSV, the
calendar or the workbook; days outside the plausible years, and an extension before the
notice's date, are refused with one sentence and change nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from builders import SEED, TODAY, isolate_cli, run, run_json

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b[31m"  # clear screen, set title, red


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path, db=tmp_path / "db" / "tracker.db", today=TODAY)
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.stderr


def test_typed_text_is_stored_without_escapes(tmp_path: Path) -> None:
    tasks = run_json("list", "--open")
    first, second = tasks[0]["id"], tasks[1]["id"]
    assert run("set-status", str(first), "in_progress", "--note",
               f"Đã nhắc{ESCAPES} qua điện thoại").exit_code == 0
    assert run("extend", str(second), "2026-12-31", "--reason",
               f"UBND tỉnh{ESCAPES} đồng ý").exit_code == 0
    assert run("edit-notice", "1", "--title", f"Kết luận{ESCAPES} đã sửa",
               "--signer", f"Phùng{ESCAPES}\tTô Long").exit_code == 0
    history = run_json("history", str(first)) + run_json("history", str(second))
    assert "Đã nhắc qua điện thoại" in [entry["note"] for entry in history]
    assert "UBND tỉnh đồng ý" in [entry["note"] for entry in history]
    for fmt in ("csv", "ics", "xlsx", "json"):
        out = tmp_path / f"all.{fmt}"
        assert run("export", "--format", fmt, "-o", str(out)).exit_code == 0
        if fmt == "xlsx":
            with zipfile.ZipFile(out) as archive:
                data = b"".join(archive.read(name) for name in archive.namelist())
        else:
            data = out.read_bytes()
        assert b"\x1b" not in data and b"\x07" not in data, fmt
    text = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert "Kết luận đã sửa" in text and "Phùng Tô Long" not in text  # signer: not a column
    assert "Phùng Tô Long" in (tmp_path / "all.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "words"), [
    (["extend", "{task}", "9999-12-31", "--reason", "x"], "9999-12-31"),
    (["extend", "{task}", "2026-01-10", "--reason", "x", "--earlier"], "2026-01-10"),
    (["extend", "{task}", "2026-12-31", "--reason", "x", "--on", "2026-01-10"], "2026-01-10"),
    (["extend", "{task}", "2026-12-31", "--reason", "x", "--on", "2026-05-06"], "2026-05-06"),
    (["set-status", "{task}", "done", "--on", "1900-01-01"], "1900-01-01"),
    (["edit-notice", "1", "--issued-on", "1/1/9999"], "9999-01-01"),
    (["edit-directive", "{directive}", "--due", "31/12/9999"], "9999-12-31"),
    (["edit-directive", "{directive}", "--deadline", "trước ngày 30/6/9999"], "9999"),
])
def test_implausible_days_are_refused_and_change_nothing(args: list[str], words: str) -> None:
    task = run_json("list", "--open")[0]
    before = run_json("list")
    filled = [a.format(task=task["id"], directive=task["directive_id"]) for a in args]
    result = run(*filled)
    assert result.exit_code == 2, result.stderr
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert run_json("list") == before


def test_a_notice_dated_in_9999_is_not_imported(tmp_path: Path) -> None:
    notice = tmp_path / "y.txt"
    notice.write_text("UBND TỈNH GIA LAI\nSố: 12/TB-UBND\nGia Lai, ngày 05 tháng 6 năm 9999\n\n"
                      "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
                      "1. Giao Sở Tài chính rà soát quy trình.\n", encoding="utf-8")
    result = run("--lang", "en", "import", str(notice))
    assert result.exit_code == 4
    assert "12/TB-UBND" in result.stderr and "9999-06-05" in result.stderr
    assert "12/TB-UBND" not in {row["notice_number"] for row in run_json("list")}
