"""Every file the tracker writes goes through tui_tracker/output_files.py: the same mistake
gets the same sentence and exit code whatever command made it, the file gets the
database's privacy, and no temporary file outlives a failed, interrupted or killed write."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from builders import SEED, TODAY_ISO, isolate_cli, run

from tui_tracker.output_files import atomic_write, excel_cell, remove_stale_parts


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "tracker.db"
    result = run("--db", str(path), "--today", TODAY_ISO, "import", str(SEED))
    assert result.exit_code == 0, result.stderr
    return path


def writers(db: Path, target: Path) -> dict[str, list[str]]:
    """Every command that writes a file, writing `target`."""
    base = ["--db", str(db), "--today", TODAY_ISO, "--lang", "en"]
    return {
        "report md": [*base, "report", "--format", "md", "-o", str(target)],
        "report csv": [*base, "report", "--format", "csv", "-o", str(target)],
        "report xlsx": [*base, "report", "--format", "xlsx", "-o", str(target)],
        "report json": [*base, "report", "--json", "-o", str(target)],
        "export json": [*base, "export", "--format", "json", "-o", str(target)],
        "export csv": [*base, "export", "--format", "csv", "-o", str(target)],
        "export xlsx": [*base, "export", "--format", "xlsx", "-o", str(target)],
        "export ics": [*base, "export", "--format", "ics", "-o", str(target)],
        "draft report": [*base, "draft", "report", "1", "-o", str(target)],
        "draft reminder": [*base, "draft", "reminder", "--agency", "Sở Khoa học và Công nghệ",
                           "-o", str(target)],
        "backup": [*base, "backup", str(target)],
    }


def test_a_missing_folder_is_one_sentence_and_exit_2_for_every_writer(db: Path,
                                                                       tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.file"
    sentences = set()
    for name, args in writers(db, target).items():
        result = run(*args)
        assert result.exit_code == 2, (name, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (name, result.stderr)
        sentences.add(lines[0])
    assert sentences == {f"Cannot write {target}: the folder {target.parent} does not exist; "
                         "create it or choose another path."}
    assert not target.parent.exists()


def test_a_folder_given_as_the_file_is_the_same_sentence_everywhere(db: Path,
                                                                     tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for name, args in writers(db, folder).items():
        result = run(*args)
        assert result.exit_code == 2, (name, result.stderr)
        assert result.stderr.strip() == (f"Cannot write {folder}: it is a folder; "
                                         "give a file name."), name
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("db_mode", "file_mode"), [(0o600, 0o600), (0o660, 0o660),
                                                    (0o640, 0o640)])
def test_written_files_get_the_database_privacy(db: Path, tmp_path: Path, db_mode: int,
                                                file_mode: int) -> None:
    db.chmod(db_mode)
    old = os.umask(0o022)  # a umask that would make a plain new file 0644
    try:
        for name, args in writers(db, tmp_path / "x").items():
            target = tmp_path / "out" / name.replace(" ", ".")
            target.parent.mkdir(exist_ok=True)
            result = run(*[str(target) if arg == str(tmp_path / "x") else arg for arg in args])
            assert result.exit_code == 0, (name, result.stderr)
            assert stat.S_IMODE(target.stat().st_mode) == file_mode, name
            assert target.stat().st_gid == db.stat().st_gid, name
    finally:
        os.umask(old)
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")] == []


def test_stale_temporary_files_of_dead_writers_are_removed_live_ones_kept(db: Path,
                                                                          tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "tasks.csv"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    stale = out / f".tasks.csv.{dead_pid}-abc123.part"
    journal = out / f".tasks.csv.{dead_pid}-abc123.part-journal"
    alive = out / f".tasks.csv.{os.getppid()}-def456.part"  # a running process's
    other = out / f".other.csv.{dead_pid}-abc123.part"  # another target's
    for path in (stale, journal, alive, other):
        path.write_text("half", encoding="utf-8")
    result = run("--db", str(db), "--today", TODAY_ISO, "export", "--format", "csv",
                 "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert not stale.exists() and not journal.exists()
    assert alive.exists() and other.exists() and target.exists()
    assert remove_stale_parts(target) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_write_stopped_by_a_signal_leaves_no_temporary_file(tmp_path: Path,
                                                               signum: int) -> None:
    target = tmp_path / "report.md"
    target.write_text("the older report", encoding="utf-8")
    script = textwrap.dedent(f"""
        import os, signal, time
        from pathlib import Path
        from tui_tracker.output_files import atomic_write
        with atomic_write(Path({str(target)!r})) as temporary:
            temporary.write_text("half of it", encoding="utf-8")
            os.kill(os.getpid(), {int(signum)})
            time.sleep(10)
        print("not reached")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == -signum, done.stderr
    assert "not reached" not in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]
    assert target.read_text(encoding="utf-8") == "the older report"


def test_an_exception_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as temporary:
        temporary.write_text("new", encoding="utf-8")
        raise RuntimeError("a bug")
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]
    assert target.read_text(encoding="utf-8") == "old"


@pytest.mark.skipif(sys.platform != "linux",
                    reason="needs RLIMIT_FSIZE")
def test_a_backup_onto_a_full_disk_names_the_target(db: Path, tmp_path: Path) -> None:
    # A file size limit makes every write past 64 KiB fail as a full disk does: enough for
    # the live database's -shm (32 KiB), not for a copy of the database.
    assert db.stat().st_size > 65536
    target = tmp_path / "out" / "copy.db"
    target.parent.mkdir()
    script = textwrap.dedent("""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        from tui_tracker.cli import main
        main(sys.argv[1:])
    """)
    done = subprocess.run([sys.executable, "-c", script, "--db", str(db), "--lang", "en",
                           "backup", str(target)], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "TUI_TRACKER_SETTINGS":
                                           str(tmp_path / "settings.toml")})
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"Cannot write {target} ("), done.stderr
    assert str(db) not in done.stderr
    assert list(target.parent.iterdir()) == []


def test_excel_cell_neutralises_formulas_and_keeps_numbers() -> None:
    assert excel_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert excel_cell("-5 ngày") == "'-5 ngày"
    assert excel_cell(-5) == -5
    assert excel_cell(date(2026, 6, 30)) == "2026-06-30"
    assert excel_cell(None) == ""
