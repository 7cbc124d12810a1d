"""The demo database, built once per session, for the draft documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import isolate_cli

from tui_tracker.demo import build_demo_db


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, date]:
    path = tmp_path_factory.mktemp("drafts") / "demo.db"
    return path, build_demo_db(path)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path)  # the tests name the database with --db
    monkeypatch.chdir(tmp_path)  # where a draft without -o is written
