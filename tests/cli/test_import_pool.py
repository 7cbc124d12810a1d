"""`import` of many files: parsed by a pool of worker processes, in order, while
this process stores them; all or nothing (a bad file anywhere stores none)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tui_tracker.cli import notices

TEMPLATE = (Path(__file__).parents[2] / "fixtures" / "02_tb_ubnd_dau_tu_cong.txt").read_text(
    encoding="utf-8")
COUNT = notices._POOL_MIN_FILES + 6  # enough for the pool


def _notices(folder: Path) -> list[Path]:
    files = []
    for i in range(COUNT):
        path = folder / f"tb-{i:03}.txt"
        path.write_text(TEMPLATE.replace("Số: 215/TB-UBND", f"Số: {1000 + i}/TB-UBND"),
                        encoding="utf-8")
        files.append(path)
    return files


def _import(db: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TUI_TRACKER_DB": str(db),
           "TUI_TRACKER_SETTINGS": str(db.parent / "settings.toml")}
    return subprocess.run([sys.executable, "-m", "tui_tracker", "import", "--json",
                           *map(str, files)], env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the pool needs two cores")
def test_many_files_are_parsed_by_the_pool_and_stored_in_order(tmp_path: Path) -> None:
    files = _notices(tmp_path)
    done = _import(tmp_path / "t.db", *files)
    assert done.returncode == 0, done.stderr
    stored = json.loads(done.stdout)["notices"]
    assert [n["number"] for n in stored] == [f"{1000 + i}/TB-UBND" for i in range(COUNT)]
    assert all(n["status"] == "imported" and n["tasks"] > 0 for n in stored)
    conn = sqlite3.connect(tmp_path / "t.db")
    assert conn.execute("SELECT count(*) FROM notices").fetchone()[0] == COUNT


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the pool needs two cores")
def test_a_bad_file_among_many_stores_nothing(tmp_path: Path) -> None:
    files = _notices(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text("THÔNG BÁO\nSố: 1/TB-UBND\n1. Giao Sở Tài chính rà soát trước ngày "
                   "31/2/2026.\n", encoding="utf-8")
    files.insert(40, bad)
    db = tmp_path / "t.db"
    done = _import(db, *files)
    assert done.returncode == 4
    assert str(bad) in done.stderr and "31/2/2026" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()  # the database this import created is gone again


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the pool needs two cores")
def test_a_report_letter_among_many_stores_nothing(tmp_path: Path) -> None:
    # The workers ask what `import` asks of one file: a report letter is refused.
    files = _notices(tmp_path)
    letter = Path(__file__).parents[2] / "fixtures" / "replies" / "bc_318_snnmt_gia_lai.txt"
    files.insert(50, letter)
    db = tmp_path / "t.db"
    done = _import(db, *files)
    assert done.returncode == 4
    assert str(letter) in done.stderr and "read-report" in done.stderr
    assert not db.exists()
