"""Running it for an office from the command line: a named database must exist,
init / backup / check, read-only access, refusals that leave the file as it was."""

from __future__ import annotations

import grp
import hashlib
import json
import os
import pathlib
import sqlite3
import stat
from pathlib import Path

import pytest
from builders import SEED, TODAY_ISO, isolate_cli, run

from tui_tracker import config
from tui_tracker.i18n import t
from tui_tracker.store import connection


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path, db=tmp_path / "db" / "tracker.db")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "tracker.db"


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def imported(db: Path) -> Path:
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.stderr
    return db


def own_group() -> str:
    return grp.getgrgid(os.getgid()).gr_name


# ------------------------------------------------------------------ a named file must exist


@pytest.mark.parametrize("args", [["list"], ["history", "1"], ["set-status", "1", "done"],
                                  ["extend", "1", "2026-12-31", "--reason", "x"],
                                  ["check"], ["backup", "copy.db"], []])
def test_a_missing_named_database_is_refused_with_exit_2(db: Path, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.strip() == t("storeops.db_missing", path=str(db))
    assert "tui-tracker init" in result.stderr
    assert not db.exists() and not db.parent.exists()


def test_import_creates_a_named_database_private(db: Path) -> None:
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.stderr
    assert mode(db) == 0o600


def test_the_default_database_is_created_on_first_use_and_said_so(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.ENV_DB)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = config.default_db_path()
    assert str(default).startswith(str(tmp_path))
    result = run("list", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert result.stderr.strip() == t("storeops.created_default", path=str(default))
    assert mode(default) == 0o600
    again = run("list", "--json")
    assert again.exit_code == 0 and again.stderr == ""


def test_a_group_from_the_environment_shares_a_new_database(
        monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.setenv(config.ENV_GROUP, own_group())
    assert run("import", str(SEED)).exit_code == 0
    assert mode(db) == 0o660 and db.stat().st_gid == os.getgid()


def test_a_group_from_the_settings_file_and_a_bad_one(tmp_path: Path, db: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(f'[store]\ngroup = "{own_group()}"\n', encoding="utf-8")
    assert run("init").exit_code == 0
    assert mode(db) == 0o660
    settings.write_text("[store]\ngroup = 5\n", encoding="utf-8")
    result = run("list")
    assert result.exit_code == 2 and "store.group" in result.stderr


# ------------------------------------------------------------------ init


def test_init_creates_once_and_never_touches_an_existing_database(db: Path) -> None:
    result = run("init")
    assert result.exit_code == 0, result.stderr
    assert t("storeops.init.done", path=str(db), mode="0600") in result.stdout
    assert mode(db) == 0o600
    before = md5(db)
    again = run("init")
    assert again.exit_code == 2
    assert again.stderr.strip() == t("storeops.init_exists", path=str(db))
    assert md5(db) == before


def test_init_shared_sets_up_the_group_folder(tmp_path: Path) -> None:
    folder = tmp_path / "srv" / "phong"
    result = run("--lang", "en", "init", "--shared", own_group(), str(folder))
    assert result.exit_code == 0, result.stderr
    path = folder / "tracker.db"
    info = folder.stat()
    assert stat.S_IMODE(info.st_mode) == 0o2770 and info.st_gid == os.getgid()
    assert mode(path) == 0o660 and path.stat().st_gid == os.getgid()
    assert f"export TUI_TRACKER_DB={path}" in result.stdout
    assert f'group = "{own_group()}"' in result.stdout
    # The new database is ready: a colleague can list it at once.
    listed = run("--db", str(path), "list", "--json")
    assert listed.exit_code == 0 and json.loads(listed.stdout) == []


def test_init_shared_without_a_folder_or_with_an_unknown_group(tmp_path: Path) -> None:
    assert run("init", "--shared", own_group()).exit_code == 2
    result = run("init", "--shared", "no-such-group-tui", str(tmp_path / "x"))
    assert result.exit_code == 2
    assert "no-such-group-tui" in result.stderr
    assert not (tmp_path / "x").exists()


# ------------------------------------------------------------------ backup and check


def test_backup_copies_and_refuses_to_overwrite(imported: Path, tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    result = run("backup", str(target))
    assert result.exit_code == 0, result.stderr
    assert str(target) in result.stdout
    assert mode(target) == 0o600
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] > 0
    conn.close()
    before = md5(target)
    again = run("backup", str(target))
    assert again.exit_code == 2
    assert again.stderr.strip() == t("storeops.backup_exists", path=str(target))
    assert md5(target) == before
    assert run("backup", str(target), "--force").exit_code == 0


def test_check_is_0_when_sound_and_5_with_the_problems(imported: Path) -> None:
    result = run("check")
    assert result.exit_code == 0, result.stderr
    report = json.loads(run("check", "--json").stdout)
    assert report["ok"] is True and report["problems"] == []
    assert report["counts"]["tasks"] > 0 and report["database"] == str(imported)

    conn = sqlite3.connect(imported)
    conn.execute("UPDATE tasks SET agency_id = 9999 WHERE id = 1")
    conn.commit()
    conn.close()
    broken = run("--lang", "en", "check")
    assert broken.exit_code == 5
    assert "table tasks, row 1" in broken.stdout
    assert "Restore the latest backup" in broken.stderr
    report = json.loads(run("check", "--json").stdout)
    assert report["ok"] is False and len(report["problems"]) == 1


def test_a_soft_delete_is_not_damage(imported: Path) -> None:
    run("delete-directive", "1:3.e", "--yes")
    run("delete-notice", "1", "--yes")
    result = run("--lang", "en", "check")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Restore" not in result.stdout + result.stderr
    counts = json.loads(run("check", "--json").stdout)["counts"]
    assert counts["notices"] == 0 and counts["deleted"]["notices"] == 1


def test_a_drifted_search_index_is_rebuilt_not_restored(imported: Path) -> None:
    conn = sqlite3.connect(imported)
    conn.execute("DELETE FROM directive_search WHERE rowid IN (SELECT min(id) FROM directives)")
    conn.commit()
    conn.close()
    drifted = run("--lang", "en", "check")
    assert drifted.exit_code == 5
    assert "check --rebuild-search" in drifted.stderr and "backup" not in drifted.stderr
    rebuilt = run("--lang", "en", "check", "--rebuild-search")
    assert rebuilt.exit_code == 0, rebuilt.stdout


def test_a_damaged_file_gets_the_json_and_one_line_per_problem(imported: Path) -> None:
    conn = sqlite3.connect(imported)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'tasks_by_agency'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with imported.open("r+b") as handle:  # an index page's cell pointers, overwritten
        handle.seek((page - 1) * size + 8)
        handle.write(b"\xff" * 64)
    result = run("--lang", "en", "check")
    assert result.exit_code == 5
    lines = result.stdout.splitlines()
    assert lines[0].endswith(f"has {len(lines) - 1} problem(s):")
    assert all(line.startswith("  - damaged file: ") and "\n" not in line for line in lines[1:])
    report = json.loads(run("check", "--json").stdout)
    assert report["ok"] is False and report["schema_version"] == connection.SCHEMA_VERSION
    assert len(report["problems"]) == len(lines) - 1


def test_a_file_that_is_no_database_still_gets_the_json(db: Path) -> None:
    db.parent.mkdir()
    db.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    result = run("check", "--json")
    assert result.exit_code == 5
    report = json.loads(result.stdout)
    assert set(report) >= {"database", "ok", "schema_version", "counts", "problems"}
    assert report["ok"] is False and len(report["problems"]) == 1
    assert run("check").stdout.count("\n  - ") == 1


@pytest.mark.parametrize("args", [["check"], ["check", "--json"], ["backup", "copy.db"],
                                  ["export", "--format", "json", "-o", "out.json"],
                                  ["list"], ["import", str(SEED)], ["report"]])
def test_a_zero_byte_file_is_refused_never_made_a_database(db: Path, args: list[str],
                                                           tmp_path: Path) -> None:
    db.parent.mkdir()
    db.write_bytes(b"")
    args = [str(tmp_path / arg) if arg in ("copy.db", "out.json") else arg for arg in args]
    result = run("--lang", "en", *args)
    assert result.exit_code == 5
    assert "empty (0 bytes)" in result.stdout + result.stderr
    assert db.stat().st_size == 0
    assert sorted(p.name for p in db.parent.iterdir()) == ["tracker.db"]
    assert not (tmp_path / "copy.db").exists() and not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("args", [["check"], ["backup", "copy.db"],
                                  ["export", "--format", "csv", "-o", "out.csv"]])
def test_a_mistyped_db_is_never_created(tmp_path: Path, args: list[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.ENV_DB)
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "trackr.db"
    for named in (["--db", str(typo)], []):  # a named file, and the default one
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        result = run(*named, *args)
        assert result.exit_code == 2, result.stderr
        assert not typo.exists() and not (tmp_path / "data").exists()


# ------------------------------------------------------------------ refusals and read-only


def test_another_programs_database_is_refused_untouched(db: Path) -> None:
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = md5(db)
    for args in (["list"], ["import", str(SEED)], ["set-status", "1", "done"]):
        result = run(*args)
        assert result.exit_code == 5
        assert result.stderr.strip() == t("store.not_ours", path=str(db))
    assert md5(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["tracker.db"]


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a colleague with read permission only (tests often run as root, whom file
    modes do not stop; the real permission check is tested in tests/store)."""
    monkeypatch.setattr(connection, "can_write", lambda path: False)


def test_read_only_database_reads_and_refuses_writes(imported: Path, read_only: None) -> None:
    before = md5(imported)
    listed = run("list", "--json", "--today", TODAY_ISO)
    assert listed.exit_code == 0
    task = json.loads(listed.stdout)[0]["id"]
    assert run("history", str(task)).exit_code == 0
    assert run("check").exit_code == 0
    for args in (["set-status", str(task), "done"],
                 ["extend", str(task), "2026-12-31", "--reason", "x"],
                 ["import", str(SEED)]):
        result = run(*args)
        assert result.exit_code == 5, args
        assert "chỉ đọc" in result.stderr
    english = run("--lang", "en", "set-status", str(task), "done")
    assert english.exit_code == 5
    assert "read-only" in english.stderr and "ask the owner for write access" in english.stderr
    assert md5(imported) == before
    assert json.loads(run("list", "--json", "--today", TODAY_ISO).stdout)[0]["status"] == "todo"


def test_an_unreadable_settings_file_is_exit_2(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    real_is_file = pathlib.Path.is_file

    def denied(self: Path) -> bool:
        if self == settings:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_file(self)

    monkeypatch.setattr(pathlib.Path, "is_file", denied)
    result = run("list")
    assert result.exit_code == 2
    assert str(settings) in result.stderr and "Permission denied" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.without_root  # root reads any folder: run without its privileges
def test_an_unsearchable_settings_folder_is_exit_2(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "settings.toml").write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.setenv(config.ENV_SETTINGS, str(folder / "settings.toml"))
    folder.chmod(0)
    try:
        result = run("list")
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2 and "settings.toml" in result.stderr


def test_a_group_database_in_a_folder_without_setgid_gets_a_warning(
        monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    db.parent.mkdir(mode=0o770)  # exists already, not setgid: left as it is
    monkeypatch.setenv(config.ENV_GROUP, own_group())
    result = run("import", str(SEED))
    assert result.exit_code == 0
    assert t("storeops.folder_not_setgid", folder=str(db.parent),
             group=own_group()) in result.stderr
    assert mode(db) == 0o660


def test_a_dry_run_import_answers_on_a_database_the_user_may_only_read(
        imported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the shared database is read-only; the dry run's scratch copy is this user's.
    monkeypatch.setattr(connection, "can_write", lambda path: Path(path) != imported)
    before = md5(imported)
    other = SEED.parents[1] / "fixtures" / "02_tb_ubnd_dau_tu_cong.txt"
    result = run("import", "--dry-run", "--json", str(SEED), str(other))
    assert result.exit_code == 0, result.stderr
    statuses = [n["status"] for n in json.loads(result.stdout)["notices"]]
    assert statuses == ["unchanged", "imported"]  # the seed is in it; the other would be new
    assert md5(imported) == before
    assert run("import", str(other)).exit_code == 5  # a real import is still refused
