"""Every store message exists in both languages with the same placeholders."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import pytest

from tui_tracker import i18n
from tui_tracker.catalog.store import STRINGS
from tui_tracker.errors import UsageError
from tui_tracker.store import Store

STORE_DIR = Path(__file__).resolve().parents[2] / "tui_tracker" / "store"


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_used_by_the_store_is_in_the_catalog() -> None:
    used = set()
    for source in STORE_DIR.glob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["'](store\.[a-z_.]+)["']""", source.read_text()))
        used |= set(re.findall(r"""key = ["'](store\.[a-z_.]+)["']""", source.read_text()))
    assert used, "the scan found nothing: the pattern is wrong"
    assert used <= set(STRINGS), used - set(STRINGS)


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_both_languages_say_the_same_thing(key: str) -> None:
    vi, en = STRINGS[key]
    assert key.startswith("store.")
    assert vi.strip() and en.strip() and vi != en
    assert fields(vi) == fields(en)


def test_messages_follow_the_language(tmp_path: Path) -> None:
    previous = i18n.get_language()
    with Store.open(tmp_path / "t.db") as store:
        try:
            i18n.set_language("en")
            with pytest.raises(UsageError) as english:
                store.get_task(7, today=date(2026, 5, 5))
            i18n.set_language("vi")
            with pytest.raises(UsageError) as vietnamese:
                store.history(7)
        finally:
            i18n.set_language(previous)
    assert english.value.message == "Task 7 does not exist. Run `list` to see task numbers."
    assert vietnamese.value.message.startswith("Không tìm thấy nhiệm vụ số 7.")
