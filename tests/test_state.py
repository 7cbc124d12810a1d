"""state.json: what the UI remembers between runs, apart from the user's settings file."""

from __future__ import annotations

import json

import pytest

from tui_tracker.state import ENV_STATE, remember_theme, remembered_theme, state_path


def test_a_pick_is_remembered_while_the_settings_name_the_same_theme(tmp_path):
    path = tmp_path / "conf" / "state.json"
    assert remembered_theme("nord", path) == "nord"  # nothing remembered yet
    remember_theme("gruvbox", "nord", path)
    assert remembered_theme("nord", path) == "gruvbox"
    assert remembered_theme("dracula", path) == "dracula"  # the settings changed: they win
    remember_theme("monokai", None, path)
    assert remembered_theme(None, path) == "monokai"
    assert json.loads(path.read_text(encoding="utf-8")) == {"theme": "monokai",
                                                            "settings_theme": None}
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temporary left


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"theme": 5}'])
def test_a_damaged_state_file_is_as_if_nothing_was_remembered(tmp_path, content):
    path = tmp_path / "state.json"
    path.write_text(content, encoding="utf-8")
    assert remembered_theme("nord", path) == "nord"
    remember_theme("gruvbox", "nord", path)  # and it is written anew
    assert remembered_theme("nord", path) == "gruvbox"


def test_an_unwritable_folder_raises_oserror(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        remember_theme("nord", None, blocker / "state.json")


def test_the_path_can_be_moved(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_STATE, str(tmp_path / "s.json"))
    assert state_path() == tmp_path / "s.json"
    monkeypatch.delenv(ENV_STATE)
    assert state_path().name == "state.json"
