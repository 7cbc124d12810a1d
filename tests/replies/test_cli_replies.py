"""read-report and apply-report as a user types them: output, JSON, exit codes, and a
failed command that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import isolate_cli, read_back, run, run_json
from reply_samples import LETTERS, REPLY_TODAY

from tui_tracker import config

BY_PREFIX = {x.file[:2]: x.path for x in LETTERS}
NOTICE = Path(__file__).resolve().parents[2] / "fixtures" / "02_tb_ubnd_dau_tu_cong.txt"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Path) -> None:
    isolate_cli(monkeypatch, tmp_path, db=db, today=REPLY_TODAY)


def test_read_report_touches_no_database(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "tracker.db"
    monkeypatch.setenv(config.ENV_DB, str(missing))
    result = run("read-report", str(BY_PREFIX["10"]))
    assert result.exit_code == 0, result.stderr
    assert "512/BC-SNNMT" in result.stdout and "215/TB-UBND" in result.stdout
    assert "chờ xác nhận" in result.stdout and "30/11/2026" in result.stdout
    assert not missing.parent.exists()


def test_read_report_json_says_every_item(monkeypatch: pytest.MonkeyPatch) -> None:
    data = run_json("read-report", str(BY_PREFIX["04"]))
    assert data["letter"]["number"] == "702/BC-STC"
    assert data["letter"]["sender"] == "Sở Tài chính"
    assert data["letter"]["issued_on"] == "2026-11-24"
    assert [a["number"] for a in data["answers"]] == ["215/TB-UBND"]
    assert data["source"]["format"] == "text" and len(data["source"]["sha256"]) == 64
    items = data["items"]
    assert [(i["items"], i["status"], i["match"]) for i in items] == [
        (["2.a"], "reported", "item"), (["2.d"], "in_progress", "item"),
        (["3"], "todo", "item")]
    assert items[0]["completed_on"] == "2026-10-16"
    assert items[2]["extension_request"]["due_on"] == "2027-01-31"
    assert items[2]["reason"] == "chủ đầu tư chưa hoàn thiện hồ sơ"
    for item in items:  # absent values are null, never missing keys
        assert set(item) >= {"notice", "quote", "completed_by", "requests", "sentence"}


def test_read_report_refuses_a_notice_and_a_missing_file() -> None:
    notice = run("read-report", str(NOTICE))
    assert notice.exit_code == 4
    assert "tui-tracker import" in notice.stderr and "Traceback" not in notice.stderr
    missing = run("read-report", "khong-co.txt")
    assert missing.exit_code == 4 and "khong-co.txt" in missing.stderr


def _notice_count(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM notices").fetchone()[0])


def test_import_refuses_a_report_letter_unless_told_it_is_a_notice(db: Path) -> None:
    # Stored as a notice, a report's items would become new tasks of the sender.
    before = _notice_count(db)
    letter = str(BY_PREFIX["04"])
    refused = run("import", letter)
    assert refused.exit_code == 4
    assert letter in refused.stderr and "read-report" in refused.stderr
    assert "apply-report" in refused.stderr and "--as-notice" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _notice_count(db) == before
    # Among other files too: nothing of the batch is stored.
    assert run("import", str(NOTICE), letter).exit_code == 4
    assert _notice_count(db) == before

    kept = run("import", "--as-notice", letter)
    assert kept.exit_code == 0, kept.stderr
    assert _notice_count(db) == before + 1


def test_refuse_extension_keeps_the_deadline_and_leaves_the_filter(db: Path) -> None:
    data = run_json("apply-report", str(BY_PREFIX["11"]), "--yes")
    task = str(next(p["task_id"] for p in data["proposals"] if p["extension_request"]))
    before = run_json("list", "--extension-requested")[0]
    missing = run("refuse-extension", task)  # a refusal says why
    assert missing.exit_code == 2 and "--reason" in missing.stderr
    refused = run("refuse-extension", task, "--reason", "Phải xong trong năm")
    assert refused.exit_code == 0, refused.stderr
    assert f"Nhiệm vụ {task}: không chấp thuận" in refused.stdout
    assert run_json("list", "--extension-requested") == []
    after = next(r for r in run_json("list") if str(r["id"]) == task)
    assert after["due_on"] == before["due_on"] and after["version"] == before["version"] + 1
    history = run_json("history", task)
    assert history[-1]["action"] == "note" and "Phải xong trong năm" in history[-1]["note"]
    again = run("refuse-extension", task, "--reason", "Không")  # nothing pending now
    assert again.exit_code == 2 and task in again.stderr
    assert "Traceback" not in again.stderr
    assert len(run_json("history", task)) == len(history)


def test_apply_report_asks_first_and_without_a_terminal_refuses(db: Path) -> None:
    rows = read_back(db)["task_history"].count
    result = run("apply-report", str(BY_PREFIX["01"]))
    assert result.exit_code == 2 and "--yes" in result.stderr
    assert "688/BC-STC" in result.stdout  # the proposals were shown before asking
    assert read_back(db)["task_history"].count == rows


def test_apply_report_yes_then_again_then_undo(db: Path) -> None:
    data = run_json("apply-report", str(BY_PREFIX["11"]), "--yes")
    assert data["status"] == "applied" and data["extension_requests"] == 1
    proposals = data["proposals"]
    assert [(p["notice_number"], p["directive_ref"], p["status"]) for p in proposals] == [
        ("215/TB-UBND", "2.d", "reported"), ("412/TB-VP", "2.b", "in_progress")]
    assert proposals[1]["extension_request"]["due_on"] == "2026-12-20"
    assert set(data["tasks"]) == {p["task_id"] for p in proposals}
    again = run("apply-report", str(BY_PREFIX["11"]), "--yes")
    assert again.exit_code == 0 and "không có gì thay đổi" in again.stdout
    requested = run_json("list", "--extension-requested")
    assert [row["id"] for row in requested] == [proposals[1]["task_id"]]
    assert requested[0]["extension_requested"] is True
    undo = run("undo-change", str(data["change_id"]))
    assert undo.exit_code == 0, undo.stderr
    assert run_json("list", "--extension-requested") == []


def test_apply_report_refuses_a_letter_answering_an_unknown_notice(db: Path) -> None:
    rows = read_back(db)["task_history"].count
    result = run("apply-report", str(BY_PREFIX["14"]), "--yes")
    assert result.exit_code == 4
    assert "999/TB-UBND" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert read_back(db)["task_history"].count == rows


def test_apply_report_lists_the_items_it_cannot_match() -> None:
    data = run_json("apply-report", str(BY_PREFIX["15"]), "--yes")
    assert [p["directive_ref"] for p in data["proposals"]] == ["2.a"]
    assert [(u["items"], u["status"]) for u in data["unmatched"]] == [
        (["2.h"], "in_progress"), (["2.b"], "reported")]
    shown = run("apply-report", str(BY_PREFIX["09"]), "--yes")
    assert shown.exit_code == 0
    assert "⚑" in shown.stdout  # order-only matches are flagged


def test_english_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run("--lang", "en", "apply-report", str(BY_PREFIX["12"]), "--yes")
    assert result.exit_code == 0, result.stderr
    assert "Applied Công văn số 955/BQLDA-KH ngày 28/11/2026 to 1 task (1 extension requests)" in result.stdout
