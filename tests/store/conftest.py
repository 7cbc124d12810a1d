"""Fixtures of the store tests: a fresh database, one loaded with a notice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from builders import TODAY
from store_helpers import SKHCN, seed_like_notice

from tui_tracker.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "tracker.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path, user="alice")
    yield opened
    opened.close()


@pytest.fixture
def loaded(store: Store) -> Store:
    """A store holding seed_like_notice()."""
    store.import_notice(seed_like_notice(), source="seed.txt")
    return store


@pytest.fixture
def task_of(loaded: Store) -> Callable[[str, str], int]:
    """The id of the task of directive `ref` for an agency."""
    def find(ref: str, agency: str = SKHCN) -> int:
        rows = [r for r in loaded.list_tasks(today=TODAY)
                if r.directive_ref == ref and r.agency == agency]
        assert len(rows) == 1, (ref, agency, rows)
        return rows[0].id
    return find
