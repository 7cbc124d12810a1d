"""Parser warnings shown in the reader's language, whatever language they were stored in.

The parser writes its warnings with `t()` in the language of the session that imported the
notice, and the store keeps that text (`notices.warnings`, a JSON list of strings). A colleague
reading the notice with `--lang en` should not get Vietnamese warnings, and databases already
written must read right too, so the translation happens on display: a stored warning is
matched against every `parse.*` catalog template in both languages, its parameters taken
back, and the template of the current language filled with them. A text that matches no
template (a warning from a newer version, say) is shown as stored.

It lives outside `parsing` so that showing a notice does not load the parser.
"""

from __future__ import annotations

import re
import string
from functools import cache

from tui_tracker.i18n import LANGUAGES, catalog, get_language

_PREFIX = "parse."


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(full-match pattern of one language's template, catalog key), most specific first."""
    out: list[tuple[re.Pattern[str], str, int]] = []
    for key, texts in catalog().items():
        if not key.startswith(_PREFIX):
            continue
        for template in texts:
            out.append((_compile(template), key, -len(template)))
    out.sort(key=lambda item: item[2])  # longer templates first: less left to the params
    return tuple((pattern, key) for pattern, key, _ in out)


def _compile(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    named: set[str] = set()
    for literal, field, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is None:
            continue
        if field in named:
            parts.append(f"(?P={field})")
        else:
            named.add(field)
            parts.append(f"(?P<{field}>.*?)")
    return re.compile("".join(parts), re.DOTALL)


def warning_key(text: str) -> str | None:
    """The catalog key of a stored parser warning, in whichever language it was stored
    (None for a text no template matches)."""
    for pattern, key in _patterns():
        if pattern.fullmatch(text) is not None:
            return key
    return None


def localise_warning(text: str) -> str:
    """`text` (a stored parser warning) in the current language."""
    index = LANGUAGES.index(get_language())
    for pattern, key in _patterns():
        m = pattern.fullmatch(text)
        if m is not None:
            return catalog()[key][index].format(**m.groupdict())
    return text


def localise_warnings(texts: list[str]) -> list[str]:
    return [localise_warning(text) for text in texts]
