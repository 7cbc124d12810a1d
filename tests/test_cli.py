"""The command line's contract: output shapes, exit codes, languages."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import types
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from builders import SEED, TODAY, TODAY_ISO, fixture_path, isolate_cli, row_counts, run, run_json

from tui_tracker import cli, config
from tui_tracker.i18n import t


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test gets its own database and no settings file; nothing of the
    developer's own data or environment leaks in."""
    isolate_cli(monkeypatch, tmp_path, db=tmp_path / "db" / "tracker.db")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "tracker.db"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def imported(db: Path) -> Path:
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.stderr
    return db


def tasks_of(rows: list[dict[str, Any]], ref: str) -> list[dict[str, Any]]:
    return [row for row in rows if row["directive_ref"] == ref]


def one_task_id(today: str = TODAY_ISO, ref: str = "3.e") -> int:
    rows = run_json("list", "--today", today)
    return tasks_of(rows, ref)[0]["id"]


# ---------------------------------------------------------------- help and usage


def test_help_is_vietnamese_by_default() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "Cách dùng:" in result.stdout
    assert "Lệnh" in result.stdout and "set-status" in result.stdout
    assert "Usage:" not in result.stdout


def test_help_is_english_with_lang_en_anywhere_on_the_line() -> None:
    for args in (["--lang", "en", "list", "--help"], ["list", "--help", "--lang=en"]):
        result = run(*args)
        assert result.exit_code == 0
        assert "Usage:" in result.stdout
        assert "Only overdue tasks." in result.stdout


def test_help_language_from_environment_and_settings(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv(config.ENV_LANG, "en")
    assert "Usage:" in run("--help").stdout
    monkeypatch.delenv(config.ENV_LANG)
    (tmp_path / "settings.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert "Usage:" in run("parse", "--help").stdout
    assert "Cách dùng:" in run("--lang", "vi", "--help").stdout


@pytest.mark.parametrize(("args", "vi", "en"), [
    (["frobnicate"], "Không có lệnh 'frobnicate'", "There is no command 'frobnicate'"),
    (["list", "--bogus"], "Không có tùy chọn --bogus", "There is no option --bogus"),
    (["extend", "1"], "Thiếu tham số DATE", "The argument DATE is missing"),
    (["list", "--limit"], "cần một giá trị", "needs a value"),
    (["history", "x"], "không phải là số nguyên", "is not a whole number"),
    (["history", "1", "2"], "Thừa tham số: 2", "Unexpected extra arguments: 2"),
    (["list", "--overdue=yes"], "không nhận giá trị", "takes no value"),
])
def test_click_usage_errors_exit_2_in_the_interface_language(args: list[str], vi: str,
                                                             en: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert vi in result.stderr
    assert "Traceback" not in result.stderr
    result = run("--lang", "en", *args)
    assert result.exit_code == 2
    assert en in result.stderr


def test_bad_lang_value_exits_2() -> None:
    result = run("--lang", "fr", "list")
    assert result.exit_code == 2
    assert "fr" in result.stderr


def test_bad_today_exits_2_or_4_and_creates_nothing(db: Path) -> None:
    # No date at all: wrong usage (2); a day that does not exist: bad input (4).
    for args, code in ((["list", "--today", "2026-13-01"], 4), (["--today", "hôm qua", "list"], 2)):
        result = run(*args)
        assert result.exit_code == code
        assert "--today" in result.stderr
    assert not db.exists()


def test_bad_today_from_environment_exits_4(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.ENV_TODAY, "2026-02-30")  # a day that does not exist
    result = run("list")
    assert result.exit_code == 4
    assert config.ENV_TODAY in result.stderr


def test_broken_settings_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text("[ui\n", encoding="utf-8")
    result = run("list")
    assert result.exit_code == 2
    assert "settings.toml" in result.stderr


def test_json_and_csv_together_exit_2(imported: Path) -> None:
    result = run("list", "--json", "--csv")
    assert result.exit_code == 2


# ---------------------------------------------------------------- parse


def test_parse_seed_json_matches_the_contract(db: Path) -> None:
    data = run_json("parse", str(SEED))
    assert set(data) >= {"notice", "references", "directives", "warnings"}
    assert data["notice"]["signer"] == "Phùng Tô Long"
    assert data["notice"]["meeting_on"] == "2026-04-14"
    by_ref = {d["ref"]: d for d in data["directives"]}
    assert by_ref["3.d"]["deadline"] == {"text": "trước ngày 30/6/2026", "due_on": "2026-06-29",
                                         "kind": "date", "recurrence": None}
    assert by_ref["3.e"]["deadline"]["due_on"] == "2026-04-30"
    lead_3d = [a["agency"] for a in by_ref["3.d"]["assignments"] if a["role"] == "lead"]
    assert lead_3d == ["Sở Khoa học và Công nghệ"]
    numbers = [r["number"] for r in data["references"]]
    assert "95/BC-SKHHCN" in numbers
    assert not db.exists()  # parse touches no database


def test_parse_human_output_lists_directives(db: Path) -> None:
    result = run("parse", str(SEED))
    assert result.exit_code == 0, result.stderr
    assert "3.d" in result.stdout and "Phùng Tô Long" in result.stdout
    assert not db.exists()


def test_parse_human_output_shows_every_lead() -> None:
    notice = ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
              "1. Sở Nội vụ và Công an tỉnh chủ trì triển khai định danh điện tử.\n")
    result = run("parse", "-", input=notice.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert "Sở Nội vụ; Công an tỉnh" in result.stdout


def test_parse_reads_standard_input() -> None:
    data = json.loads(run("parse", "-", "--json", input=seed_text().encode("utf-8")).stdout)
    assert any(d["ref"] == "3.d" for d in data["directives"])


def bad_date_notice(tmp_path: Path) -> Path:
    text = seed_text().replace("trước ngày 30/6/2026", "trước ngày 31/2/2026")
    assert "31/2/2026" in text
    path = tmp_path / "ngay-sai.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_a_date_that_does_not_exist_exits_4_naming_the_phrase(tmp_path: Path) -> None:
    result = run("parse", str(bad_date_notice(tmp_path)))
    assert result.exit_code == 4
    assert "31/2/2026" in result.stderr
    assert "ngay-sai.txt" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [b"", b"   \n\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_empty_and_binary_files_exit_4_and_leave_no_database(tmp_path: Path, db: Path,
                                                             content: bytes) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(content)
    assert run("parse", str(path)).exit_code == 4
    result = run("import", str(path))
    assert result.exit_code == 4
    assert result.stderr.strip()
    assert not db.exists()


def test_missing_file_exits_4(tmp_path: Path) -> None:
    result = run("parse", str(tmp_path / "absent.txt"))
    assert result.exit_code == 4
    assert "absent.txt" in result.stderr


# ---------------------------------------------------------------- import


def test_import_twice_second_is_unchanged(db: Path) -> None:
    first = run_json("import", str(SEED))["notices"]
    assert len(first) == 1
    assert first[0]["status"] == "imported"
    assert isinstance(first[0]["id"], int)
    assert first[0]["directives"] > 0 and first[0]["tasks"] >= first[0]["directives"]
    assert set(first[0]) >= {"id", "number", "title", "directives", "tasks", "status"}
    rows_before = run_json("list", "--today", TODAY_ISO)

    second = run_json("import", str(SEED))["notices"]
    assert second[0]["status"] == "unchanged"
    assert second[0]["id"] == first[0]["id"]
    assert (second[0]["directives"], second[0]["tasks"]) == (first[0]["directives"],
                                                             first[0]["tasks"])
    assert run_json("list", "--today", TODAY_ISO) == rows_before


def test_import_human_output(db: Path) -> None:
    result = run("import", str(SEED))
    assert result.exit_code == 0
    assert "Đã nhập" in result.stdout
    assert "Bỏ qua" in run("import", str(SEED)).stdout


def test_import_dry_run_writes_nothing(db: Path) -> None:
    notices = run_json("import", "--dry-run", str(SEED))["notices"]
    assert notices[0]["status"] == "imported" and notices[0]["id"] is None
    assert notices[0]["tasks"] > 0
    assert not db.exists()
    run("import", str(SEED))
    again = run_json("import", "--dry-run", str(SEED))["notices"]
    assert again[0]["status"] == "unchanged"


def test_import_with_one_bad_file_stores_nothing(tmp_path: Path, db: Path) -> None:
    result = run("import", str(SEED), str(bad_date_notice(tmp_path)))
    assert result.exit_code == 4
    assert "31/2/2026" in result.stderr
    assert not db.exists()


SEVERAL = [fixture_path(name) for name in ("01_seed_tb_kl_khcn.txt",
                                           "02_tb_ubnd_dau_tu_cong.txt",
                                           "03_cv_ubnd_giai_ngan.txt")]


def notice_count(db: Path) -> int:
    return row_counts(db, "notices")["notices"]


def test_import_of_several_files_is_all_or_nothing(db: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A database failure at the second notice leaves the first one out too."""
    from tui_tracker.store import importer

    insert = importer._insert
    calls: list[str | None] = []

    def failing_second(conn: Any, parsed: Any, **kwargs: Any) -> Any:
        calls.append(parsed.notice.number)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return insert(conn, parsed, **kwargs)

    monkeypatch.setattr(importer, "_insert", failing_second)
    result = run("import", *map(str, SEVERAL))
    assert result.exit_code == 5
    assert len(calls) == 2  # it did get halfway
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert notice_count(db) == 0

    monkeypatch.setattr(importer, "_insert", insert)
    notices = run_json("import", *map(str, SEVERAL))["notices"]
    assert [n["status"] for n in notices] == ["imported"] * 3
    assert notice_count(db) == 3


def test_the_same_notice_twice_in_one_import(db: Path) -> None:
    first, second = map(str, SEVERAL[:2])
    dry = run_json("import", "--dry-run", first, second, first)["notices"]
    assert [(n["status"], n["id"]) for n in dry] == [("imported", None), ("imported", None),
                                                     ("unchanged", None)]
    assert not db.exists()
    notices = run_json("import", first, second, first)["notices"]
    assert [n["status"] for n in notices] == ["imported", "imported", "unchanged"]
    assert notices[0]["id"] == notices[2]["id"] != notices[1]["id"]
    assert [n["file"] for n in notices] == [first, second, first]
    assert notice_count(db) == 2


def test_a_database_locked_too_long_exits_5_in_one_sentence(imported: Path) -> None:
    """Another session (here: this test process) holds the write lock; the CLI, a
    separate OS process with a short busy timeout, gives up with exit code 5."""
    task = one_task_id()
    shim = ("import sys; from tui_tracker.store import connection; "
            "connection.BUSY_TIMEOUT_MS = 200; from tui_tracker.cli import main; "
            "main(sys.argv[1:])")
    holder = sqlite3.connect(imported, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        done = subprocess.run(
            [sys.executable, "-c", shim, "--db", str(imported), "--today", TODAY_ISO,
             "set-status", str(task), "done"],
            capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 5
    assert done.stdout == ""
    assert done.stderr.strip() == t("store.busy", path=str(imported))
    assert "Traceback" not in done.stderr
    row = [r for r in run_json("list", "--today", TODAY_ISO) if r["id"] == task][0]
    assert (row["status"], row["version"]) == ("todo", 1)  # the failed command changed nothing


def test_reading_while_another_session_writes(imported: Path) -> None:
    holder = sqlite3.connect(imported, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE tasks SET status = 'cancelled'")
    try:
        rows = run_json("list", "--today", TODAY_ISO)  # WAL: readers never wait for a writer
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert rows and all(row["status"] == "todo" for row in rows)


def test_set_status_reports_what_it_replaced_when_another_session_wrote_between(
        imported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """bob's change lands between our read and our write: ours still goes through
    (no --if-version), on top of his, and the message names his status as before."""
    from tui_tracker.model import Status
    from tui_tracker.store import Store

    task = one_task_id()
    real = Store.set_status
    raced: list[int] = []

    def bob_first(self: Store, task_id: int, status: Status, **kwargs: Any) -> Any:
        if not raced:
            raced.append(task_id)
            with Store.open(self.path, user="bob") as bob:
                real(bob, task_id, Status.IN_PROGRESS, today=TODAY)
        return real(self, task_id, status, **kwargs)

    monkeypatch.setattr(Store, "set_status", bob_first)
    result = run("set-status", str(task), "done", "--today", TODAY_ISO)
    assert result.exit_code == 0, result.stderr
    assert raced == [task]
    assert f"{t('status.in_progress')} → {t('status.done')}" in result.stdout
    history = run_json("history", str(task))
    assert [(e["user"] == "bob", e["from"], e["to"]) for e in history[1:]] == [
        (True, "todo", "in_progress"), (False, "in_progress", "done")]


# ---------------------------------------------------------------- list


def test_list_json_countdown_and_classes(imported: Path) -> None:
    rows = run_json("list", "--today", TODAY_ISO)
    for row in rows:
        assert set(row) >= set(cli.LIST_KEYS)
    (task_3e,) = tasks_of(rows, "3.e")
    assert task_3e["days_left"] == -5
    assert task_3e["class"] == "overdue"
    assert task_3e["due_on"] == "2026-04-30"
    tasks_3d = tasks_of(rows, "3.d")
    assert {row["role"] for row in tasks_3d} == {"lead", "coordinate"}
    for row in tasks_3d:
        assert row["days_left"] == 55
        assert row["class"] == "on_track"
        assert row["due_on"] == "2026-06-29"


def test_list_today_option_before_the_command_and_from_env(
        imported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = run_json("--today", TODAY_ISO, "list")
    monkeypatch.setenv(config.ENV_TODAY, TODAY_ISO)
    assert run_json("list") == before
    # the option given before the command wins over the environment
    later = run_json("--today", "2026-05-06", "list")
    assert tasks_of(later, "3.e")[0]["days_left"] == -6


def test_list_is_most_urgent_first(imported: Path) -> None:
    rows = run_json("list", "--today", TODAY_ISO)
    days = [row["days_left"] for row in rows]  # every task is open here
    dated = [d for d in days if d is not None]
    assert dated and dated == sorted(dated)
    first_undated = next((i for i, d in enumerate(days) if d is None), len(days))
    assert all(d is None for d in days[first_undated:])  # no deadline: after the dated ones


@pytest.mark.parametrize(("query", "ref"), [("ton tai", "3.d"), ("dang ky", "3.c"),
                                            ("tồn tại", "3.d")])
def test_list_search_ignores_diacritics(imported: Path, query: str, ref: str) -> None:
    rows = run_json("list", "--today", TODAY_ISO, "--search", query)
    assert rows
    assert ref in {row["directive_ref"] for row in rows}


def test_list_filters(imported: Path) -> None:
    overdue = run_json("list", "--today", TODAY_ISO, "--overdue")
    assert overdue and all(row["class"] == "overdue" for row in overdue)
    assert "3.d" not in {row["directive_ref"] for row in overdue}

    within = run_json("list", "--today", "2026-06-25", "--due-within", "7")
    assert "3.d" in {row["directive_ref"] for row in within}
    assert all(0 <= row["days_left"] <= 7 for row in within)

    agency = run_json("list", "--today", TODAY_ISO, "--agency", "thanh tra tinh")
    assert agency and all(row["agency"] == "Thanh tra tỉnh" for row in agency)

    notice_id = run_json("list", "--today", TODAY_ISO)[0]["notice_id"]
    assert run_json("list", "--notice", str(notice_id)) != []
    assert run_json("list", "--notice", str(notice_id + 1000)) == []

    assert len(run_json("list", "--limit", "2")) == 2


def test_list_status_and_open_filters(imported: Path) -> None:
    task = one_task_id()
    assert run("set-status", str(task), "hoan thanh", "--today", TODAY_ISO).exit_code == 0
    done = run_json("list", "--today", TODAY_ISO, "--status", "hoàn thành")
    assert [row["id"] for row in done] == [task]
    assert done[0]["class"] == "done_late"  # due 30/4, done 5/5
    several = run_json("list", "--status", "done,todo")
    assert len(several) == len(run_json("list"))
    open_rows = run_json("list", "--open")
    assert task not in {row["id"] for row in open_rows}
    assert len(open_rows) == len(run_json("list")) - 1


def test_list_unknown_status_word_exits_2(imported: Path) -> None:
    result = run("list", "--status", "xong-roi-nhe")
    assert result.exit_code == 2
    assert "in_progress" in result.stderr


def test_list_table_shows_countdown_words(imported: Path) -> None:
    result = run("list", "--today", TODAY_ISO)
    assert result.exit_code == 0
    assert "quá hạn 5 ngày" in result.stdout
    assert "còn 55 ngày" in result.stdout
    assert "tính đến 05/05/2026" in result.stdout
    english = run("--lang", "en", "list", "--today", TODAY_ISO)
    assert "5 days overdue" in english.stdout
    assert "55 days left" in english.stdout


def test_list_table_shows_due_today(imported: Path) -> None:
    assert "hôm nay" in run("list", "--today", "2026-04-30").stdout


def test_list_empty(db: Path) -> None:
    # TUI_TRACKER_DB names the file, so it must exist: `init` makes an empty one.
    assert run("init").exit_code == 0
    result = run("list")
    assert result.exit_code == 0
    assert "Không có nhiệm vụ nào khớp." in result.stdout
    assert run_json("list") == []


def test_list_csv_keys_has_the_json_columns(imported: Path) -> None:
    # --csv-keys is the machine form scripts parse (plain `--csv` is Excel-ready:
    # localized column names, byte-order mark; see tests/exports/test_excel_csv.py).
    result = run("list", "--today", TODAY_ISO, "--csv-keys")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == ("id,version,notice_id,notice_number,directive_ref,summary,agency,role,"
                        "status,due_on,original_due_on,days_left,class,updated_at")
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    rows = run_json("list", "--today", TODAY_ISO)
    assert len(records) == len(rows)
    assert records[0]["id"] == str(rows[0]["id"])
    assert records[0]["summary"] == rows[0]["summary"]


# ---------------------------------------------------------------- set-status, extend, history


def test_set_status_with_a_vietnamese_label(imported: Path) -> None:
    task = one_task_id()
    before = [row for row in run_json("list") if row["id"] == task][0]
    row = run_json("set-status", str(task), "đang thực hiện", "--note", "đã giao phòng QLKH")
    assert row["id"] == task
    assert row["status"] == "in_progress"
    assert row["version"] == before["version"] + 1
    history = run_json("history", str(task))
    assert history[-1]["action"] == "status"
    assert (history[-1]["from"], history[-1]["to"]) == ("todo", "in_progress")
    assert history[-1]["note"] == "đã giao phòng QLKH"
    assert history[-1]["user"]


def test_set_status_done_on_a_day(imported: Path) -> None:
    task = one_task_id()
    row = run_json("set-status", str(task), "done", "--on", "2026-04-29", "--today", TODAY_ISO)
    assert row["status"] == "done"
    assert row["class"] == "done_on_time"  # finished before the 30/4 deadline
    result = run("set-status", str(task), "todo", "--on", "2026-04-29")
    assert result.exit_code == 2  # --on is a completion day


def test_set_status_human_output(imported: Path) -> None:
    task = one_task_id()
    result = run("set-status", str(task), "reported", "--today", TODAY_ISO)
    assert result.exit_code == 0
    assert "chưa thực hiện → chờ xác nhận" in result.stdout


def test_set_status_with_a_stale_version_exits_3_and_changes_nothing(imported: Path) -> None:
    task = one_task_id()
    version = [row for row in run_json("list") if row["id"] == task][0]["version"]
    assert run("set-status", str(task), "in_progress", "--if-version", str(version)).exit_code == 0
    history = run_json("history", str(task))
    row = [r for r in run_json("list") if r["id"] == task][0]

    result = run("set-status", str(task), "done", "--if-version", str(version))
    assert result.exit_code == 3
    assert f"--if-version {version + 1}" in result.stderr
    assert "Traceback" not in result.stderr
    assert run_json("history", str(task)) == history
    assert [r for r in run_json("list") if r["id"] == task][0] == row


def test_unknown_status_word_exits_2_with_the_valid_words(imported: Path) -> None:
    task = one_task_id()
    result = run("set-status", str(task), "frobnicated")
    assert result.exit_code == 2
    for word in ("todo", "in_progress", "reported", "done", "paused", "cancelled",
                 "hoàn thành"):
        assert word in result.stderr
    english = run("--lang", "en", "set-status", str(task), "frobnicated")
    assert english.exit_code == 2
    assert "Unknown status 'frobnicated'" in english.stderr


def test_unknown_task_exits_2(imported: Path) -> None:
    for args in (["set-status", "99999", "done"], ["history", "99999"],
                 ["extend", "99999", "2026-07-01", "--reason", "x"]):
        result = run(*args)
        assert result.exit_code == 2, args
        assert result.stderr.strip()


def test_extend_keeps_the_original_deadline(imported: Path) -> None:
    task = one_task_id()
    row = run_json("extend", str(task), "2026-05-31", "--reason", "UBND tỉnh đồng ý",
                   "--today", TODAY_ISO)
    assert row["due_on"] == "2026-05-31"
    assert row["original_due_on"] == "2026-04-30"
    assert row["days_left"] == 26
    assert row["class"] == "on_track"
    entry = run_json("history", str(task))[-1]
    assert entry["action"] == "extend"
    assert (entry["from"], entry["to"]) == ("2026-04-30", "2026-05-31")
    assert entry["note"] == "UBND tỉnh đồng ý"


def test_extend_needs_a_reason_and_a_real_date(imported: Path) -> None:
    task = one_task_id()
    assert run("extend", str(task), "2026-05-31").exit_code == 2
    assert run("extend", str(task), "2026-05-31", "--reason", "  ").exit_code == 2
    result = run("extend", str(task), "2026-02-30", "--reason", "x")
    assert result.exit_code == 4  # a day that does not exist: bad input, as everywhere
    assert "2026-02-30" in result.stderr
    assert [e["action"] for e in run_json("history", str(task))] == ["import"]


def test_history_table(imported: Path) -> None:
    task = one_task_id()
    run("set-status", str(task), "done", "--on", "2026-05-04", "--note", "Công văn 12/SKHCN")
    result = run("history", str(task))
    assert result.exit_code == 0
    assert "chưa thực hiện → hoàn thành" in result.stdout
    assert "đổi trạng thái" in result.stdout and "Công văn 12/SKHCN" in result.stdout


# ---------------------------------------------------------------- errors, languages, bugs


def test_every_cli_string_exists_in_both_languages() -> None:
    import re

    from tui_tracker.i18n import catalog
    from tui_tracker.model import Status, TaskClass

    # Every module of the cli package (tn() picks counts' singular forms, same keys).
    sources = [*sorted(Path(cli.__file__).parent.rglob("*.py")), Path(config.__file__)]
    source = "".join(path.read_text(encoding="utf-8") for path in sources)
    keys = set(re.findall(r"""\btn?\(\s*["']((?:cli|status|class|countdown)\.[\w.-]+)["']""",
                          source))
    for name in ("demo", "parse", "import", "list", "set-status", "extend", "history"):
        keys |= {f"cli.cmd.{name}", f"cli.cmd.{name}.short"}
    for action in ("import", "status", "extend", "note", "undo"):
        keys.add(f"cli.action.{action}")
    for status in Status:
        keys.add(f"status.{status.value}")
    for task_class in TaskClass:
        keys |= {f"class.{task_class.value}", f"cli.list.closed.{task_class.value}"}
    strings = catalog()
    missing = sorted(key for key in keys if key not in strings)
    assert missing == []
    for key in keys:
        vi, en = strings[key]
        assert vi.strip() and en.strip(), key


def test_english_errors(tmp_path: Path) -> None:
    result = run("--lang", "en", "list", "--today", "someday")
    assert result.exit_code == 2
    assert "is not a date" in result.stderr
    result = run("--lang", "en", "parse", str(bad_date_notice(tmp_path)))
    assert result.exit_code == 4
    assert "31/2/2026" in result.stderr


def test_a_bug_exits_1_with_one_sentence_and_no_traceback(imported: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tui_tracker.store import Store

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Store, "iter_task_lines", broken)
    result = run("list")
    assert result.exit_code == 1
    assert "--debug" in result.stderr
    assert "Traceback" not in result.stderr
    debug = run("list", "--debug")
    assert debug.exit_code == 1
    assert "Traceback" in debug.stderr and "boom" in debug.stderr


def test_a_corrupt_database_exits_5(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    before = path.read_bytes()
    for args in (["list"], ["import", str(SEED)], ["history", "1"]):
        result = run("--db", str(path), *args)
        assert result.exit_code == 5, args
        assert "corrupt.db" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_a_closed_pipe_is_a_normal_end(imported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def reader_left(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError

    monkeypatch.setattr(cli.tasks, "print_task_table", reader_left)
    result = run("list")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_ctrl_c_exits_130_without_traceback(imported: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from tui_tracker.store import Store

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "iter_task_lines", interrupted)
    result = run("list")
    assert result.exit_code == cli.EXIT_INTERRUPTED
    assert "Traceback" not in result.stderr and result.stderr.strip()


# ---------------------------------------------------------------- UI entry points


@pytest.fixture
def fake_ui(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Stands in for tui_tracker.ui.app so the tests check what the CLI hands the UI."""
    calls: list[dict[str, Any]] = []

    def run_app(store: Any, settings: config.Settings, *, today: date | None,
                lang: str, **extra: Any) -> None:
        # The CLI hands over the store it opened (still open) and the settings it loaded.
        tasks = store.count_tasks(None, today=today or date.today())
        calls.append({"db_path": Path(store.path), "today": today, "lang": lang,
                      "soon_days": settings.soon_days, "tasks": tasks,
                      "keys": dict(settings.keys), **extra})

    module = types.ModuleType("tui_tracker.ui.app")
    module.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui_tracker.ui.app", module)
    return calls


def test_bare_command_opens_the_ui_on_the_database(fake_ui: list[dict[str, Any]],
                                                   tmp_path: Path) -> None:
    path = tmp_path / "mine.db"
    # A --db path must exist: a typo is refused before the UI takes the screen.
    refused = run("--db", str(path))
    assert refused.exit_code == 2 and str(path) in refused.stderr
    assert fake_ui == [] and not path.exists()
    assert run("--db", str(path), "init").exit_code == 0
    result = run("--db", str(path))
    assert result.exit_code == 0, result.stderr
    assert fake_ui == [{"db_path": path, "today": None, "lang": "vi", "soon_days": 7,
                        "tasks": 0, "keys": {}}]
    (tmp_path / "settings.toml").write_text("[ui]\nsoon_days = 3\n[keys]\n\"app.quit\" = \"ctrl+x\"\n",
                                            encoding="utf-8")
    run("--db", str(path), "--today", TODAY_ISO, "--lang", "en")
    assert fake_ui[-1]["today"] == TODAY
    assert (fake_ui[-1]["lang"], fake_ui[-1]["soon_days"]) == ("en", 3)
    assert fake_ui[-1]["keys"] == {"app.quit": "ctrl+x"}


def test_a_broken_settings_file_stops_the_ui_before_it_opens(
        fake_ui: list[dict[str, Any]], tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text("[ui\n", encoding="utf-8")
    result = run("--db", str(tmp_path / "mine.db"))
    assert result.exit_code == 2
    assert "settings.toml" in result.stderr and "Traceback" not in result.stderr
    assert fake_ui == []  # reported once, by the CLI; the UI never ran


def test_demo_opens_the_ui_on_a_throwaway_database(fake_ui: list[dict[str, Any]],
                                                   db: Path) -> None:
    from tui_tracker.demo import build_demo_db

    result = run("demo")
    assert result.exit_code == 0, result.stderr
    (call,) = fake_ui
    assert call["tasks"] > 0
    assert call["db_path"] != db and not call["db_path"].exists()  # deleted on exit
    assert not db.exists()  # the real database is untouched
    assert call["today"] == build_demo_db(db.parent / "check.db")
    # The import screen offers the demo's report letter (fixtures/replies/).
    assert Path(call["import_path"]).name == "bc_318_snnmt_gia_lai.txt"
    run("demo", "--today", TODAY_ISO)
    assert fake_ui[-1]["today"] == TODAY


# ---------------------------------------------------------------- the installed entry point


def test_module_entry_point_runs_in_a_subprocess(tmp_path: Path) -> None:
    env = {**os.environ, config.ENV_DB: str(tmp_path / "sub.db"), "TUI_TRACKER_LANG": "en"}
    result = subprocess.run([sys.executable, "-m", "tui_tracker", "frobnicate"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "There is no command 'frobnicate'" in result.stderr
    result = subprocess.run([sys.executable, "-m", "tui_tracker", "init"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "tui_tracker", "list", "--json"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
