"""The demo database, built once per session, for the draft documents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tui_tracker import config
from tui_tracker.demo import build_demo_db
from tui_tracker.i18n import set_language


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, date]:
    path = tmp_path_factory.mktemp("drafts") / "demo.db"
    return path, build_demo_db(path)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv(config.ENV_SETTINGS, str(tmp_path / "settings.toml"))
    monkeypatch.delenv(config.ENV_DB, raising=False)
    monkeypatch.delenv(config.ENV_LANG, raising=False)
    monkeypatch.delenv(config.ENV_TODAY, raising=False)
    monkeypatch.chdir(tmp_path)
    set_language("vi")
    yield
    set_language("vi")
