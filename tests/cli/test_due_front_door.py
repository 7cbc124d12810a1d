"""`due`, the login banner, is answered by the console script's front door without click
or the whole store (issue 16, point 6), and says exactly what the full command says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tui_tracker.store import Store, TaskFilter
from tui_tracker.store.banner import SCHEMA_VERSION, read_banner

REPO = Path(__file__).resolve().parents[2]
# The banner's day on the sample notices (not builders.TODAY): tasks overdue and due soon.
BANNER_DAY = "2026-05-20"

PROBE = """
import json, sys
from tui_tracker.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""
FULL = """
import sys
from tui_tracker.cli.app import run
run(sys.argv[1:])
"""


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file

    path = tmp_path_factory.mktemp("due") / "tracker.db"
    store = Store.open(path, user="importer")
    try:
        for file in sorted((REPO / "fixtures").glob("*.txt")):
            store.import_notice(parse_notice(read_notice_file(str(file))), source=file.name)
    finally:
        store.close()
    return path


def env_for(database: Path, tmp_path: Path, **more: str) -> dict[str, str]:
    return {**os.environ, "TUI_TRACKER_DB": str(database), "TUI_TRACKER_TODAY": BANNER_DAY,
            "TUI_TRACKER_SETTINGS": str(tmp_path / "settings.toml"), "COLUMNS": "120",
            **more}


def probe(args: list[str], env: dict[str, str]) -> tuple[int, str, set[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], env=env,
                          capture_output=True, text=True)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"] or 0, done.stdout, set(report["modules"])


def full(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-c", FULL, *args], env=env, capture_output=True,
                          text=True)
    return done.returncode, done.stdout


@pytest.mark.parametrize("args", [["due"], ["due", "--days", "30"], ["--lang", "en", "due"],
                                  ["due", "--today=2026-07-01", "--days=3"]])
def test_due_is_answered_without_click_and_says_what_the_command_says(
        args, database, tmp_path) -> None:
    env = env_for(database, tmp_path)
    code, out, modules = probe(args, env)
    assert code == 0 and out.strip()
    assert "click" not in modules and "tui_tracker.store.database" not in modules
    assert "rich" not in modules and "tui_tracker.model" not in modules
    assert (code, out) == full(args, env)


@pytest.mark.parametrize("args", [["due", "--json"], ["due", "--help"], ["due", "--debug"],
                                  ["due", "--days", "x"], ["due", "--today", "31/2/2026"]])
def test_anything_else_goes_to_the_full_command_line(args, database, tmp_path) -> None:
    env = env_for(database, tmp_path)
    code, out, modules = probe(args, env)
    assert "click" in modules
    assert (code, out) == full(args, env)


def test_a_missing_database_is_reported_by_the_full_command_line(tmp_path) -> None:
    env = env_for(tmp_path / "nowhere.db", tmp_path)
    code, _, modules = probe(["due"], env)
    assert code == 2 and "click" in modules
    assert not (tmp_path / "nowhere.db").exists()


def test_the_banner_counts_what_the_store_counts(database) -> None:
    today = date.fromisoformat(BANNER_DAY)
    store = Store.open(database)
    try:
        for within in (0, 7, 60):
            banner = read_banner(database, today, within)
            assert banner is not None
            assert banner.overdue == store.count_tasks(TaskFilter(overdue=True), today=today)
            assert banner.due_soon == store.count_tasks(TaskFilter(due_within=within),
                                                        today=today)
            first = store.list_tasks(TaskFilter(overdue=True, due_within=within), today=today,
                                     limit=2)
            assert [t.id for t in banner.tasks] == [t.id for t in first]
            assert [t.days_left for t in banner.tasks] == [t.days_left for t in first]
    finally:
        store.close()


def test_the_banner_reader_knows_the_schema_the_store_writes() -> None:
    from tui_tracker.store.connection import SCHEMA_VERSION as WRITTEN

    assert SCHEMA_VERSION == WRITTEN
