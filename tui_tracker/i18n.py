"""The message catalog: every string a user sees, in Vietnamese and English.

Catalog entries live in `tui_tracker/catalog/*.py` as `STRINGS = {key: (vi, en)}`,
one module per layer (every module there is loaded), so each stays small. Vietnamese is the default language.
"""

from __future__ import annotations

import importlib
import os

import tui_tracker.catalog as _catalog_package

LANGUAGES = ("vi", "en")
_env_lang = os.environ.get("TUI_TRACKER_LANG", "vi")
_current = _env_lang if _env_lang in LANGUAGES else "vi"
_catalog: dict[str, tuple[str, str]] | None = None


def catalog() -> dict[str, tuple[str, str]]:
    global _catalog
    if _catalog is None:
        merged: dict[str, tuple[str, str]] = {}
        # The package's modules, listed from its folder (not pkgutil: it brings `typing`,
        # a tenth of the login banner's time).
        for folder in _catalog_package.__path__:
            for file in sorted(os.listdir(folder)):
                name, dot, suffix = file.partition(".")
                if suffix == "py" and name != "__init__":
                    module = importlib.import_module(f"tui_tracker.catalog.{name}")
                    merged.update(module.STRINGS)
        _catalog = merged
    return _catalog


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def get_language() -> str:
    return _current


def t(key: str, /, **params: object) -> str:
    """The string for `key` in the current language, formatted with `params`."""
    entry = catalog().get(key)
    if entry is None:
        # A missing key is a bug; show the key rather than crash a user's session.
        return key
    text = entry[LANGUAGES.index(_current)]
    return text.format(**params) if params else text


def tn(key: str, n: int, /, **params: object) -> str:
    """`t(key)` for a count `n`: the entry `<key>.one` when n is 1 and it exists.

    English says "1 day left" but "3 days left"; Vietnamese has one form for both, so its
    `.one` entries repeat the plain text. `n` is also passed as the parameter `count` unless
    the caller names the number otherwise (`tn("countdown.left", 1, days=1)`)."""
    singular = f"{key}.one"
    if n == 1 and singular in catalog():
        key = singular
    if not params:
        params = {"count": n}
    return t(key, **params)
