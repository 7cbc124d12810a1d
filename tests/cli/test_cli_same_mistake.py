"""The same mistake gives the same exit code, and the help pages are true (issue 16,
point 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import REPO, TODAY_ISO, isolate_cli, run

from tui_tracker import config
from tui_tracker.errors import UsageError

FIXTURES = sorted((REPO / "fixtures").glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path, db=tmp_path / "tracker.db", today=TODAY_ISO)
    assert run("import", str(FIXTURES[0])).exit_code == 0


@pytest.mark.parametrize("args", [
    ("extend", "3", "31/2/2026", "--reason", "x"),
    ("set-status", "3", "done", "--on", "31/2/2026"),
    ("--today", "31/2/2026", "list"),
    ("list", "--today", "2026-02-30"),
    ("edit-directive", "1", "--deadline", "31/2/2026"),
    ("edit-directive", "1", "--due", "31/2/2026"),
    ("edit-notice", "1", "--issued-on", "31/2/2026"),
    ("report", "--as-of", "31/2/2026"),
])
def test_a_date_that_does_not_exist_is_bad_input_everywhere(args) -> None:
    result = run(*args)
    assert result.exit_code == 4, (args, result.stderr)
    assert "31/2/2026" in result.stderr or "2026-02-30" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_date_that_does_not_exist_in_the_environment_too(monkeypatch) -> None:
    monkeypatch.setenv(config.ENV_TODAY, "31/2/2026")
    assert run("list").exit_code == 4


@pytest.mark.parametrize("args", [
    ("extend", "3", "mai", "--reason", "x"),
    ("set-status", "3", "done", "--on", "hôm qua"),
    ("--today", "tomorrow", "list"),
])
def test_a_text_that_is_no_date_is_wrong_usage(args) -> None:
    assert run(*args).exit_code == 2


def test_restore_directive_takes_notice_and_item_like_the_other_directive_commands() -> None:
    import json

    rows = json.loads(run("list", "--json").stdout)
    ref = rows[0]["directive_ref"]
    notice = rows[0]["notice_id"]
    assert run("delete-directive", f"{notice}:{ref}", "--yes").exit_code == 0
    result = run("restore-directive", f"{notice}:{ref}")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(run("list", "--json").stdout)) == len(rows)
    # A live directive named so is not "deleted": refused with a sentence, exit 2.
    assert run("restore-directive", f"{notice}:{ref}").exit_code == 2


def test_help_prints_when_the_settings_cannot_be_read(monkeypatch) -> None:
    def unreadable() -> config.Settings:
        raise UsageError("Không đọc được tệp cài đặt /x/settings.toml (Permission denied).")

    monkeypatch.setattr(config, "load_settings", unreadable)
    for args in (("--help",), ("list", "--help"), ("extend", "-h")):
        result = run(*args)
        assert result.exit_code == 0, (args, result.stderr)
        assert "tui-tracker" in result.stdout
    assert run("list").exit_code == 2  # a command that needs them still says why


def test_help_texts_are_true() -> None:
    assert "--db" not in run("demo", "--help").stdout
    assert "--db" not in run("parse", "--help").stdout
    parse = " ".join(run("parse", "--help").stdout.split())
    assert ".pdf" in parse and ".docx" in parse
    assert "[DIR]" in run("init", "--help").stdout
    db_help = " ".join(run("list", "--help").stdout.split())
    assert "phải có sẵn" in db_help  # a file named with --db is not created


def test_a_closed_pipe_is_not_a_bug(tmp_path: Path) -> None:
    """`list … 2>&1 | head` exits 0: the reader leaving is no error."""
    env = {**os.environ, config.ENV_DB: str(tmp_path / "big.db"), config.ENV_TODAY: TODAY_ISO,
           config.ENV_SETTINGS: str(tmp_path / "settings.toml")}
    command = [sys.executable, "-m", "tui_tracker"]
    subprocess.run([*command, "import", *map(str, FIXTURES)], env=env, check=True,
                   capture_output=True)
    for args in (["list"], ["list", "--json"], ["list", "--csv"]):
        process = subprocess.Popen([*command, *args], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
        assert process.stdout is not None
        process.stdout.read(10)
        process.stdout.close()  # as `head -c 10` does
        assert process.wait(timeout=60) == 0, args
