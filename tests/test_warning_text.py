"""Stored parser warnings read in the reader's language."""

from __future__ import annotations

import string

import pytest

from tui_tracker.i18n import catalog, set_language, t
from tui_tracker.parsing import parse_notice
from tui_tracker.warning_text import localise_warning, localise_warnings


@pytest.fixture(autouse=True)
def _vi_after():
    yield
    set_language("vi")


def test_a_vietnamese_warning_reads_in_english_and_back():
    set_language("vi")
    stored = t("parse.structure.deadline_before_notice", ref="2.a", due="01/03/2026",
               phrase="trước ngày 01/3/2026", notice_date="16/04/2026")
    set_language("en")
    assert localise_warning(stored) == (
        "Item 2.a: the deadline 01/03/2026 (trước ngày 01/3/2026) is earlier than the "
        "notice's date (16/04/2026).")
    set_language("vi")
    assert localise_warning(localise_warning(stored)) == stored


def test_every_parser_template_round_trips():
    for key in (k for k in catalog() if k.startswith("parse.")):
        vi, en = catalog()[key]
        fields = {name for _, name, _, _ in string.Formatter().parse(vi) if name}
        params = {name: f"«{name}»" for name in fields}
        set_language("vi")
        stored = t(key, **params)
        set_language("en")
        assert localise_warning(stored) == en.format(**params), key


def test_unknown_text_is_shown_as_stored():
    set_language("en")
    assert localise_warning("Một cảnh báo của phiên bản mới hơn.") == (
        "Một cảnh báo của phiên bản mới hơn.")


def test_the_warnings_of_a_parsed_notice():
    set_language("vi")
    parsed = parse_notice("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
                          "1. Giao Sở Y tế rà soát các cơ sở khám bệnh.\n")
    assert parsed.warnings
    set_language("en")
    shown = localise_warnings(parsed.warnings)
    assert shown != parsed.warnings
    assert t("parse.header.no_number") in shown
