"""A demo database with some history (statuses, an extension, a note, an undo),
built once per session and copied for each test that changes it."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import isolate_cli

from tui_tracker.demo import build_demo_db
from tui_tracker.model import Status
from tui_tracker.store import Store


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, date]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    today = build_demo_db(path)
    with Store.open(path, user="tester") as store:
        rows = store.list_tasks(None, today=today)
        open_rows = [row for row in rows if Status(row.status).is_open and row.due_on]
        first, second, third = open_rows[0], open_rows[1], open_rows[2]
        store.extend(first.id, first.due_on + timedelta(days=30), reason="UBND tỉnh đồng ý",
                     today=today)
        store.add_note(second.id, "=HYPERLINK(\"http://x\") ghi chú; tồn tại", today=today)
        store.set_status(third.id, Status.REPORTED, today=today, note="Công văn 12/SKHCN")
        store.undo_last(third.id, today=today)
    return path, today


@pytest.fixture
def demo_db(demo_source: tuple[Path, date], tmp_path: Path) -> Path:
    path = tmp_path / "source" / "demo.db"
    path.parent.mkdir()
    shutil.copy(demo_source[0], path)
    return path


@pytest.fixture
def demo_today(demo_source: tuple[Path, date]) -> date:
    return demo_source[1]


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path)  # the tests name the database with --db
