"""Fixtures of the replies tests: the demo notices in a database, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui_tracker.demo import fixture_files
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.source import read_notice_file
from tui_tracker.store import Store


@pytest.fixture(scope="session")
def notices_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every notice of fixtures/ (the demo's) imported once; tests get a copy."""
    path = tmp_path_factory.mktemp("replies") / "notices.db"
    store = Store.open(path, user="builder")
    try:
        for file in fixture_files():
            store.import_notice(parse_notice(read_notice_file(str(file))), source=file.name)
    finally:
        store.close()  # the last connection: its WAL is checkpointed into the file
    return path


@pytest.fixture
def db(notices_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "tracker.db"
    shutil.copy(notices_db, copy)
    return copy


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    opened = Store.open(db, user="alice", create=False)
    yield opened
    opened.close()
