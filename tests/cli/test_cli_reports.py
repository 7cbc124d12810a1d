"""`report` and `due` on the command line, on the demo database."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from builders import isolate_cli, run, run_json

from tui_tracker import config
from tui_tracker.demo import build_demo_db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, date]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    return path, build_demo_db(path)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, demo: tuple[Path, date]) -> None:
    path, today = demo
    isolate_cli(monkeypatch, tmp_path, db=path, today=today)


# ---------------------------------------------------------------- report


def _hand_count(tasks: list[dict[str, Any]]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    for task in tasks:
        if task["role"] != "lead" or task["class"] == "cancelled":
            continue
        counts.setdefault(task["agency"], Counter())[task["class"]] += 1
    return counts


def test_report_json_equals_a_hand_count_over_list_json(demo) -> None:
    tasks = run_json("list")
    report = run_json("report")
    assert report["as_of"] == demo[1].isoformat()
    expected = _hand_count(tasks)
    assert {a["agency"] for a in report["agencies"]} >= set(expected)
    for entry in report["agencies"]:
        hand = expected.get(entry["agency"], Counter())
        for key in ("done_on_time", "done_late", "on_track", "overdue"):
            assert entry[key] == hand[key], (entry["agency"], key)
        assert entry["total"] == sum(hand.values())
        done = hand["done_on_time"] + hand["done_late"]
        assert entry["completion_rate"] == (round(done / entry["total"], 4)
                                            if entry["total"] else None)
    all_lead = Counter(t["class"] for t in tasks if t["role"] == "lead"
                       and t["class"] != "cancelled")
    assert report["totals"]["total"] == sum(all_lead.values())
    for key in ("done_on_time", "done_late", "on_track", "overdue"):
        assert report["totals"][key] == all_lead[key]
    coordinating = [t for t in tasks if t["role"] == "coordinate" and t["class"] != "cancelled"]
    assert report["coordinate_totals"]["total"] == len(coordinating)


def test_report_json_keys_follow_the_contract() -> None:
    report = run_json("report")
    assert {"as_of", "agencies", "totals"} <= set(report)
    contract = {"agency", "total", "done_on_time", "done_late", "on_track", "overdue",
                "completion_rate"}
    assert all(contract <= set(entry) for entry in report["agencies"])
    assert contract - {"agency"} <= set(report["totals"])


def test_report_period_and_notice(demo) -> None:
    today = demo[1]
    tasks = run_json("list")
    start, end = "2026-11-01", "2026-11-30"
    inside = [t for t in tasks if t["role"] == "lead" and t["class"] != "cancelled"
              and t["due_on"] and start <= t["due_on"] <= end]
    report = run_json("report", "--from", start, "--to", end)
    assert report["totals"]["total"] == len(inside)
    assert (report["date_from"], report["date_to"]) == (start, end)
    notice_id = tasks[0]["notice_id"]
    of_notice = [t for t in tasks if t["notice_id"] == notice_id and t["role"] == "lead"
                 and t["class"] != "cancelled"]
    assert run_json("report", "--notice", str(notice_id))["totals"]["total"] == len(of_notice)
    by_notice = run_json("report", "--by", "notice")
    entry = next(n for n in by_notice["notices"] if n["notice_id"] == notice_id)
    assert entry["total"] == len(of_notice)
    assert by_notice["as_of"] == today.isoformat()


def test_report_as_of_an_earlier_day() -> None:
    earlier = run_json("report", "--as-of", "2026-10-05")
    assert earlier["as_of"] == "2026-10-05"
    # Notices issued after 5/10 are not in it.
    assert earlier["totals"]["total"] < run_json("report")["totals"]["total"]


def test_report_table_in_the_terminal() -> None:
    result = run("report")
    assert result.exit_code == 0
    assert "Kết quả thực hiện nhiệm vụ tính đến ngày 23/11/2026" in result.stdout
    assert "Tổng cộng" in result.stdout and "Sở Khoa học và Công nghệ" in result.stdout
    english = run("--lang", "en", "report")
    assert "Progress on assigned tasks as of 2026-11-23" in english.stdout


def test_report_files(tmp_path: Path) -> None:
    md = tmp_path / "bc.md"
    assert run("report", "--format", "md", "-o", str(md)).exit_code == 0
    assert md.read_text(encoding="utf-8").startswith("# Kết quả thực hiện nhiệm vụ")
    sheet = tmp_path / "bc.csv"
    assert run("report", "-o", str(sheet)).exit_code == 0  # the suffix says csv
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Cơ quan chủ trì", "Tổng số"]
    assert rows[-1][0] == "Tổng cộng"
    assert int(rows[-1][1]) == run_json("report")["totals"]["total"]
    book = tmp_path / "bc.xlsx"
    result = run("report", "--format", "xlsx", "-o", str(book))
    assert result.exit_code == 0 and str(book) in result.stderr
    summary = openpyxl.load_workbook(book)["Tổng hợp"]
    assert summary["A1"].value == "Kết quả thực hiện nhiệm vụ tính đến ngày 23/11/2026"


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--json", "--format", "md"], 2, "--json"),
        (["--format", "xlsx"], 2, "-o"),
        (["-o", "bc.pdf"], 2, "--format"),
        (["--from", "2026-12-01", "--to", "2026-11-01"], 2, "--from"),
        (["--as-of", "2026-02-30"], 4, "2026-02-30"),
        (["--notice", "999"], 2, "999"),
        (["--format", "xlsx", "-o", "/nonexistent-folder/bc.xlsx"], 2, "/nonexistent-folder"),
    ],
)
def test_report_bad_input_is_one_sentence(args: list[str], code: int, words: str,
                                          tmp_path: Path) -> None:
    os.chdir(tmp_path)
    result = run("report", *args)
    assert result.exit_code == code, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [tmp_path / "settings.toml"] or \
        not any(p.suffix in (".xlsx", ".pdf") for p in tmp_path.iterdir())


# ---------------------------------------------------------------- due


def test_due_prints_counts_and_the_most_urgent() -> None:
    result = run("due")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert 2 <= len(lines) <= 3
    data = run_json("due")
    assert f"{data['overdue']} nhiệm vụ quá hạn" in lines[0]
    assert f"{data['due_soon']} nhiệm vụ đến hạn trong 7 ngày tới" in lines[0]
    assert "quá hạn" in lines[1]


def test_due_json_matches_list() -> None:
    data = run_json("due", "--days", "3")
    assert set(data) >= {"as_of", "overdue", "due_soon", "tasks"}
    assert data["overdue"] == len(run_json("list", "--overdue"))
    assert data["due_soon"] == len(run_json("list", "--due-within", "3"))
    assert len(data["tasks"]) == data["overdue"] + data["due_soon"]
    assert set(data["tasks"][0]) >= {"id", "class", "days_left", "agency"}


def test_due_is_silent_when_nothing_is_due(monkeypatch: pytest.MonkeyPatch) -> None:
    # Before every deadline of the demo and before its first notice: nothing due.
    monkeypatch.setenv(config.ENV_TODAY, "2026-01-01")
    result = run("due", "--days", "0")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert run_json("due", "--days", "0")["tasks"] == []


def test_due_never_imports_textual(demo) -> None:
    path, today = demo
    code = ("import sys\nfrom tui_tracker.cli import main\n"
            "try:\n    main(['due'])\nexcept SystemExit:\n    pass\n"
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
            "{'textual', 'rich', 'xlsxwriter', 'openpyxl'})\n"
            "print('HEAVY', heavy)\n")
    env = {**os.environ, "TUI_TRACKER_DB": str(path), "TUI_TRACKER_TODAY": today.isoformat()}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout
    assert "HEAVY []" in out
    assert "quá hạn" in out  # it did print the banner
