"""Bad output paths: one sentence, exit 2, no file and no leftover temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run

FORMATS = ("json", "csv", "ics", "xlsx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_folder(fmt: str, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / f"out.{fmt}"
    result = run("--db", str(demo_db), "--lang", "en", "export", "--format", fmt,
                 "-o", str(target))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.parent.exists()


@pytest.mark.without_root  # root writes everywhere: run without its privileges
def test_unwritable_folder(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("--db", str(demo_db), "export", "--format", "csv",
                     "-o", str(folder / "x.csv"))
        assert result.exit_code == 2
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_folder_as_target_and_bad_format(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(demo_db), "export", "--format", "csv", "-o", str(tmp_path))
    assert result.exit_code == 2 and "thư mục" in result.stderr
    result = run("--db", str(demo_db), "--lang", "en", "export", "--format", "pdf",
                 "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and "json|csv|ics|xlsx" in result.stderr
    result = run("--db", str(demo_db), "export", "--format", "csv")
    assert result.exit_code == 2


def test_a_failed_export_leaves_the_old_file_and_no_temporary(demo_db: Path, tmp_path: Path,
                                                               monkeypatch:
                                                               pytest.MonkeyPatch) -> None:
    target = tmp_path / "tasks.csv"
    target.write_text("the previous export", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> int:
        Path(args[1]).write_text("half", encoding="utf-8")  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tui_tracker.exports.csv_export.write_tasks_csv", broken)
    result = run("--db", str(demo_db), "--lang", "en", "export", "--format", "csv",
                 "-o", str(target))
    assert result.exit_code == 2
    assert "No space left" in result.stderr
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["source", "tasks.csv"]


def test_unwritable_folder_as_root_too(demo_db: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # Root writes everywhere, so let the permission check see what a user would.
    folder = tmp_path / "locked"
    folder.mkdir()
    monkeypatch.setattr("tui_tracker.output_files.os.access", lambda *args: False)
    result = run("--db", str(demo_db), "--lang", "en", "export", "--format", "xlsx",
                 "-o", str(folder / "x.xlsx"))
    assert result.exit_code == 2
    assert "no permission" in result.stderr
    assert list(folder.iterdir()) == []
