"""The correction commands as a user types them: exit codes, JSON, the history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builders import SEED, TODAY, isolate_cli, run, run_json

from tui_tracker.i18n import t


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path, db=tmp_path / "db" / "tracker.db", today=TODAY)
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.stderr


def task(ref: str, agency: str) -> dict[str, Any]:
    return next(row for row in run_json("list") if row["directive_ref"] == ref
                and row["agency"] == agency)


def test_a_wrong_lead_corrected_keeps_the_original_in_history(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")  # one line per entry: the words read in order
    coordinator = task("3.d", "Thanh tra tỉnh")
    directive = coordinator["directive_id"]
    data = run_json("edit-directive", str(directive), "--lead", "Sở TC",
                    "--coordinate", "Thanh tra tỉnh; Sở KH&CN", "--note", "nhập nhầm")
    assert data["directive"]["leads"] == ["Sở Tài chính"]
    assert sorted(data["directive"]["coordinators"]) == ["Sở Khoa học và Công nghệ",
                                                         "Thanh tra tỉnh"]
    history = run_json("history", str(coordinator["id"]))
    leads = next(entry for entry in history if entry["field"] == "leads")
    assert leads["from"] == "Sở Khoa học và Công nghệ" and leads["to"] == "Sở Tài chính"
    assert leads["user"] and leads["at"] and leads["source"] == "correction"
    assert leads["id"] == data["change"]
    text = " ".join(run("history", str(coordinator["id"])).stdout.split())
    assert "sửa chỉ đạo" in text and "Sở Tài chính" in text and "nhập nhầm" in text
    # The correction's number as `undo-change` takes it, never "#N".
    assert t("corrections.cli.change_no", id=data["change"]) in text and "#" not in text


def test_unknown_agency_is_refused_unless_new_agency() -> None:
    directive = str(task("3.e", "Sở Khoa học và Công nghệ")["directive_id"])
    result = run("edit-directive", directive, "--lead", "Sở Bay Lượn")
    assert result.exit_code == 2 and "--new-agency" in result.stderr
    assert "Traceback" not in result.stderr
    assert run("edit-directive", directive, "--lead", "Sở Bay Lượn", "--new-agency").exit_code == 0
    assert task("3.e", "Sở Bay Lượn")["role"] == "lead"


def test_deadline_as_a_date_or_a_phrase_and_bad_ones() -> None:
    row = task("3.e", "Sở Khoa học và Công nghệ")
    directive = str(row["directive_id"])
    assert run_json("edit-directive", directive, "--deadline", "30/6/2026")[
        "directive"]["deadline"]["due_on"] == "2026-06-30"
    data = run_json("edit-directive", directive, "--deadline", "trước ngày 15/7/2026")
    assert data["directive"]["deadline"] == {"text": "trước ngày 15/7/2026", "kind": "date",
                                             "due_on": "2026-07-14"}
    assert run("edit-directive", directive, "--deadline", "khi nào rảnh").exit_code == 4
    assert run("edit-directive", directive, "--deadline", "trước ngày 31/2/2026").exit_code == 4
    assert run("edit-directive", directive).exit_code == 2  # nothing to correct
    assert task("3.e", "Sở Khoa học và Công nghệ")["due_on"] == "2026-07-14"


def test_a_corrected_deadline_is_read_exactly_as_the_parser_reads_it(tmp_path: Path) -> None:
    # Issue 15: the parser read this as 29/06/2026, the correction stored no date.
    phrase = "Hoàn thành trước ngày 30/6/2026; thường xuyên báo cáo"
    notice = tmp_path / "tb.txt"
    notice.write_text("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\nNgày 14/4/2026\n\n"
                      f"1. Giao Sở Tài chính rà soát quy trình. {phrase}.\n",
                      encoding="utf-8")
    parsed = run_json("parse", str(notice))["directives"][0]["deadline"]
    directive = str(task("3.e", "Sở Khoa học và Công nghệ")["directive_id"])
    data = run_json("edit-directive", directive, "--deadline", phrase)
    assert data["directive"]["deadline"]["due_on"] == parsed["due_on"] == "2026-06-29"
    assert data["directive"]["deadline"]["kind"] == parsed["kind"] == "date"
    overdue = run_json("--today", "2026-07-01", "list", "--overdue")
    assert int(directive) in {row["directive_id"] for row in overdue}


def test_assign_unassign_and_undo_change() -> None:
    directive = str(task("3.d", "Thanh tra tỉnh")["directive_id"])
    data = run_json("assign", directive, "Tài chính", "--role", "phối hợp")
    new_task = data["task"]
    assert "Sở Tài chính" in data["directive"]["coordinators"]
    assert run("assign", directive, "Tài chính", "--role", "boss").exit_code == 2
    assert run("unassign", str(new_task), "--if-version", "9").exit_code == 3
    change = run_json("unassign", str(new_task))["change"]
    assert all(row["id"] != new_task for row in run_json("list"))
    assert run("undo-change", str(change)).exit_code == 0
    assert any(row["id"] == new_task for row in run_json("list"))
    assert run("undo-change", str(change)).exit_code == 2  # already undone


def test_delete_notice_needs_yes_hides_it_and_restore_brings_it_back() -> None:
    before = len(run_json("list"))
    assert run("delete-notice", "1").exit_code == 2  # no terminal to confirm: refused
    assert len(run_json("list")) == before
    assert run("delete-notice", "1", "--yes").exit_code == 0
    assert run_json("list") == []
    assert run_json("list", "--search", "khoa hoc") == []
    assert run_json("report")["totals"]["total"] == 0
    assert [row["id"] for row in run_json("corrections", "--deleted")] == [1]
    assert run("restore-notice", "1").exit_code == 0
    assert len(run_json("list")) == before
    assert run("restore-notice", "1").exit_code == 2  # not deleted any more


def test_delete_directive_and_restore() -> None:
    row = task("3.d", "Thanh tra tỉnh")
    assert run("delete-directive", str(row["directive_id"]), "--yes").exit_code == 0
    assert all(r["directive_ref"] != "3.d" for r in run_json("list"))
    assert run("set-status", str(row["id"]), "done").exit_code == 2  # deleted: frozen
    assert run("restore-directive", str(row["directive_id"])).exit_code == 0
    assert task("3.d", "Thanh tra tỉnh")["id"] == row["id"]


def test_edit_notice_header() -> None:
    assert run("edit-notice", "1", "--number", "77/TB-UBND", "--issued-on", "16/4/2026",
               "--signer", "Phùng Tô Long").exit_code == 0
    assert run_json("list")[0]["notice_number"] == "77/TB-UBND"
    assert run("edit-notice", "1", "--issued-on", "31/2/2026").exit_code == 4
    assert run("edit-notice", "1").exit_code == 2
    log = run_json("corrections", "--notice", "1")
    assert log[-1]["action"] == "edit_notice" and log[-1]["before"]["show"]["number"] is None


def test_triage_rules_on_the_command_line() -> None:
    row = task("3.d", "Thanh tra tỉnh")
    task_id = str(row["id"])
    result = run("extend", task_id, "1/6/2026", "--reason", "rút ngắn")
    assert result.exit_code == 2 and "--earlier" in result.stderr
    assert run("extend", task_id, "1/6/2026", "--reason", "rút ngắn", "--earlier").exit_code == 0
    assert run("set-status", task_id, "done", "--on", "1/4/2026").exit_code == 2
    assert run("set-status", task_id, "done", "--on", "2026-05-06").exit_code == 2  # future
    assert run("set-status", task_id, "in_progress").exit_code == 0
    again = run("set-status", task_id, "in_progress")
    assert again.exit_code == 0 and "không có gì thay đổi" in again.stdout
    history = run_json("history", task_id)
    assert [e["action"] for e in history] == ["import", "extend", "status"]
    run("set-status", task_id, "done", "--on", "2026-04-20")
    assert run_json("history", task_id)[-1]["completed_on"] == "2026-04-20"


def test_english_messages() -> None:
    result = run("--lang", "en", "delete-notice", "1")
    assert result.exit_code == 2 and "--yes" in result.stderr


def test_a_directive_named_by_notice_and_item() -> None:
    data = run_json("edit-directive", "1:3.e", "--coordinate", "Thanh tra tỉnh")
    assert data["directive"]["ref"] == "3.e"
    assert data["directive"]["coordinators"] == ["Thanh tra tỉnh"]
    assert run("edit-directive", "1:9.z", "--lead", "Sở Tài chính").exit_code == 2
    assert run("assign", "tam-bay", "Sở Tài chính").exit_code == 2
