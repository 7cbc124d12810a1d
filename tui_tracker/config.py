"""Where things live and what the user chose: paths, the settings file, env overrides.

Precedence, highest first: a command-line option, an environment variable, the
settings file, the built-in default. Core modules never read the environment
themselves; the CLI and the UI ask this module.
"""

from __future__ import annotations

import os
import sys
from collections import namedtuple
from datetime import date
from pathlib import Path

from tui_tracker.dates import parse_user_date
from tui_tracker.errors import UsageError
from tui_tracker.i18n import LANGUAGES, t

APP_NAME = "tui-tracker"
DB_FILENAME = "tracker.db"
SETTINGS_FILENAME = "settings.toml"
DEFAULT_SOON_DAYS = 7

ENV_DB = "TUI_TRACKER_DB"
ENV_TODAY = "TUI_TRACKER_TODAY"
ENV_LANG = "TUI_TRACKER_LANG"
# The OS group a new database is shared with (0660, owned by the group); unset = private.
ENV_GROUP = "TUI_TRACKER_GROUP"
# Points at another settings file (tests, or one file shared by an office group).
ENV_SETTINGS = "TUI_TRACKER_SETTINGS"



class Settings(namedtuple("Settings", "lang soon_days keys theme group path")):
    """What the settings file chose (immutable):

    lang: str            "vi" or "en"
    soon_days: int       "sắp đến hạn": due within this many days
    keys: dict[str, str] binding id -> key, e.g. {"quit": "ctrl+x"}
    theme: str | None    a Textual theme name; None = the app's default
    group: str | None    [store] group: the office group new databases belong to
    path: Path | None    the file these came from, when it existed

    A named tuple rather than a dataclass: `dataclasses` brings `inspect`, a fifth of the
    login banner's time (`tui-tracker due` reads the settings at every SSH login)."""

    __slots__ = ()

    def __new__(cls, lang: str = "vi", soon_days: int = DEFAULT_SOON_DAYS,
                keys: dict[str, str] | None = None, theme: str | None = None,
                group: str | None = None, path: Path | None = None) -> Settings:
        return super().__new__(cls, lang, soon_days, dict(keys or {}), theme, group, path)


def _xdg(variable: str, fallback: str) -> Path | None:
    """On Linux, the XDG folder as platformdirs computes it, without loading platformdirs
    (its import is a sixth of the login banner's budget); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get(variable, "").strip() or os.path.expanduser(fallback)
    return Path(base) / APP_NAME


def data_dir() -> Path:
    found = _xdg("XDG_DATA_HOME", "~/.local/share")
    if found is not None:
        return found
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    found = _xdg("XDG_CONFIG_HOME", "~/.config")
    if found is not None:
        return found
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """`tracker.db` in the user data dir (~/.local/share/tui-tracker on Linux)."""
    return data_dir() / DB_FILENAME


def resolve_db_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The database file: the `--db` option, else TUI_TRACKER_DB, else the default."""
    chosen = option if option not in (None, "") else os.environ.get(ENV_DB) or None
    if chosen is None:
        return default_db_path()
    return Path(chosen).expanduser()


def db_path_is_chosen(option: str | os.PathLike[str] | None = None) -> bool:
    """True when the user named the database (--db or TUI_TRACKER_DB): such a path
    must exist, a typo must not silently start a new empty database. Only the
    default path is created on first use."""
    return option not in (None, "") or bool(os.environ.get(ENV_DB))


def resolve_group(settings: Settings | None) -> str | None:
    """The office group for new databases: TUI_TRACKER_GROUP, else [store] group."""
    env = os.environ.get(ENV_GROUP, "").strip()
    if env:
        return env
    return settings.group if settings else None


def settings_path() -> Path:
    override = os.environ.get(ENV_SETTINGS)
    if override:
        return Path(override).expanduser()
    return config_dir() / SETTINGS_FILENAME


def load_settings(path: Path | None = None) -> Settings:
    """Read `settings.toml` (missing file = defaults), then apply TUI_TRACKER_LANG.

    A file that is not valid TOML or holds a wrong value raises UsageError naming
    the file, so the user can fix it instead of wondering why a setting is ignored.
    """
    path = settings_path() if path is None else path
    data: dict[str, object] = {}
    source: Path | None = None
    try:
        # is_file() itself raises PermissionError when a folder on the way cannot
        # be searched (a settings folder made private by mistake).
        present = path.is_file()
        if present:
            import tomllib  # only when there is a file: `due` without one never loads it

            with path.open("rb") as handle:
                try:
                    data = tomllib.load(handle)
                except tomllib.TOMLDecodeError as exc:
                    raise UsageError(t("cli.settings.bad_toml", path=path, error=exc)) from exc
            source = path
    except OSError as exc:
        raise UsageError(t("storeops.settings_unreadable", path=path, error=exc.strerror
                            or exc, var=ENV_SETTINGS)) from exc

    ui = _table(data, "ui", path)
    lang = data.get("lang", ui.get("lang", "vi"))
    env_lang = os.environ.get(ENV_LANG)
    if env_lang:
        lang = env_lang.strip()
        if lang not in LANGUAGES:
            raise UsageError(t("cli.settings.bad_env_lang", var=ENV_LANG, value=env_lang))
    elif lang not in LANGUAGES:
        raise UsageError(t("cli.settings.bad_value", path=path, key="lang", value=lang,
                           expected="vi, en"))

    soon_days = ui.get("soon_days", DEFAULT_SOON_DAYS)
    # bool is an int in Python; `soon_days = true` is a mistake, not 1.
    if isinstance(soon_days, bool) or not isinstance(soon_days, int) or not 0 <= soon_days <= 365:
        raise UsageError(t("cli.settings.bad_value", path=path, key="ui.soon_days",
                           value=soon_days, expected="0–365"))

    theme = ui.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise UsageError(t("cli.settings.bad_value", path=path, key="ui.theme", value=theme,
                           expected="text"))

    keys_table = _table(data, "keys", path)
    keys: dict[str, str] = {}
    for binding_id, key in keys_table.items():
        if not isinstance(key, str) or not key.strip():
            raise UsageError(t("cli.settings.bad_value", path=path, key=f"keys.{binding_id}",
                               value=key, expected="text"))
        keys[str(binding_id)] = key.strip()

    store = _table(data, "store", path)
    group = store.get("group")
    if group is not None and (not isinstance(group, str) or not group.strip()):
        raise UsageError(t("cli.settings.bad_value", path=path, key="store.group", value=group,
                           expected="text"))

    return Settings(lang=str(lang), soon_days=soon_days, keys=keys, theme=theme,
                    group=group.strip() if group else None, path=source)


def _table(data: dict[str, object], name: str, path: Path) -> dict[str, object]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise UsageError(t("cli.settings.bad_value", path=path, key=name, value=value,
                           expected="[table]"))
    return value


def resolve_today(option: date | None = None) -> date | None:
    """The fixed reference day: the `--today` option, else TUI_TRACKER_TODAY, else None
    (None = follow the real clock)."""
    if option is not None:
        return option
    env = os.environ.get(ENV_TODAY)
    if env:
        try:
            return parse_user_date(env)
        except UsageError as exc:
            error = type(exc)(f"{ENV_TODAY}: {exc.message}")  # keeps its exit code
            raise error from exc
    return None
