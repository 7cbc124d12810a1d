"""Fixtures of the report tests: a fresh store, Vietnamese by default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui_tracker.i18n import set_language
from tui_tracker.store import Store


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    set_language("vi")
    yield
    set_language("vi")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "tracker.db", user="alice")
    yield opened
    opened.close()
