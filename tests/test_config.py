"""Paths, the settings file and environment overrides."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui_tracker import config
from tui_tracker.errors import UsageError
from tui_tracker.i18n import set_language


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    for var in (config.ENV_DB, config.ENV_TODAY, config.ENV_LANG, config.ENV_SETTINGS):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    set_language("vi")
    yield
    set_language("vi")


def test_resolve_today_prefers_the_option_then_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert config.resolve_today(None) is None  # None = follow the clock
    monkeypatch.setenv(config.ENV_TODAY, "2026-05-05")
    assert config.resolve_today(None) == date(2026, 5, 5)
    assert config.resolve_today(date(2026, 1, 2)) == date(2026, 1, 2)


def test_resolve_today_names_the_variable_when_it_is_bad(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.ENV_TODAY, "yesterday")
    with pytest.raises(UsageError) as info:
        config.resolve_today(None)
    assert config.ENV_TODAY in info.value.message


# ---- paths


def test_default_db_path_is_in_the_user_data_dir(tmp_path: Path) -> None:
    assert config.default_db_path() == tmp_path / "data" / "tui-tracker" / "tracker.db"


def test_resolve_db_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert config.resolve_db_path() == config.default_db_path()
    monkeypatch.setenv(config.ENV_DB, str(tmp_path / "env.db"))
    assert config.resolve_db_path() == tmp_path / "env.db"
    assert config.resolve_db_path(str(tmp_path / "opt.db")) == tmp_path / "opt.db"


def test_settings_path_default_and_override(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    assert config.settings_path() == tmp_path / "config" / "tui-tracker" / "settings.toml"
    monkeypatch.setenv(config.ENV_SETTINGS, str(tmp_path / "office.toml"))
    assert config.settings_path() == tmp_path / "office.toml"


# ---- settings file


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_settings_file_gives_defaults(tmp_path: Path) -> None:
    settings = config.load_settings(tmp_path / "absent.toml")
    assert settings == config.Settings()
    assert (settings.lang, settings.soon_days, settings.keys, settings.theme) == ("vi", 7, {}, None)


def test_settings_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, """
lang = "en"

[ui]
soon_days = 3
theme = "textual-light"

[keys]
"tasks.done" = "d"
quit = " ctrl+x "
""")
    settings = config.load_settings(path)
    assert settings.lang == "en"
    assert settings.soon_days == 3
    assert settings.theme == "textual-light"
    assert settings.keys == {"tasks.done": "d", "quit": "ctrl+x"}
    assert settings.path == path


def test_default_settings_file_location_is_used(tmp_path: Path) -> None:
    path = tmp_path / "config" / "tui-tracker" / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text("[ui]\nsoon_days = 10\n", encoding="utf-8")
    assert config.load_settings().soon_days == 10


def test_environment_language_beats_the_file(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    path = write(tmp_path, 'lang = "en"\n')
    monkeypatch.setenv(config.ENV_LANG, "vi")
    assert config.load_settings(path).lang == "vi"


def test_bad_environment_language_is_reported(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setenv(config.ENV_LANG, "fr")
    with pytest.raises(UsageError) as info:
        config.load_settings(tmp_path / "absent.toml")
    assert config.ENV_LANG in info.value.message


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[ui\nsoon_days = 3\n")
    with pytest.raises(UsageError) as info:
        config.load_settings(path)
    assert str(path) in info.value.message
    assert info.value.exit_code == 2


@pytest.mark.parametrize("text", [
    '[ui]\nsoon_days = "seven"\n',
    "[ui]\nsoon_days = true\n",
    "[ui]\nsoon_days = -1\n",
    'lang = "fr"\n',
    "[keys]\nquit = 5\n",
    'keys = "q"\n',
    "[ui]\ntheme = 3\n",
])
def test_wrong_values_are_reported_not_ignored(tmp_path: Path, text: str) -> None:
    with pytest.raises(UsageError) as info:
        config.load_settings(write(tmp_path, text))
    assert "settings.toml" in info.value.message
