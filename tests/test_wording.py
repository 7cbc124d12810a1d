"""The core's wording of countdowns and notice codes, shared by the CLI, UI and reports."""

from __future__ import annotations

import pytest

from tui_tracker.i18n import set_language
from tui_tracker.wording import days_left_words, notice_code


@pytest.fixture(autouse=True)
def vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def test_countdown_words_in_vietnamese():
    assert [days_left_words(d) for d in (-5, -1, 0, 1, 3, None)] == [
        "quá hạn 5 ngày", "quá hạn 1 ngày", "hôm nay", "còn 1 ngày", "còn 3 ngày",
        "không thời hạn"]


def test_countdown_words_in_english_are_singular_for_one():
    set_language("en")
    assert [days_left_words(d) for d in (-5, -1, 0, 1, 3, None)] == [
        "5 days overdue", "1 day overdue", "today", "1 day left", "3 days left",
        "no deadline"]


def test_the_cli_and_the_ui_say_the_same_countdown_for_open_tasks():
    from types import SimpleNamespace

    from tui_tracker.cli.output import countdown
    from tui_tracker.ui.tasks.labels import countdown_label

    for days in (-12, -1, 0, 1, 40, None):
        row = SimpleNamespace(status="in_progress", days_left=days)
        assert countdown("in_progress", days, "open") == countdown_label(row) \
            == days_left_words(days)


@pytest.mark.parametrize(("number", "doc_type", "expected"), [
    ("123/TB-UBND", "TB", "TB 123"),
    ("45/UBND-KT", "CV", "CV 45"),
    ("45/UBND-KT", None, "UBND 45"),
    ("08/2023/QĐ-UBND", None, "QĐ 08"),
    ("1961/TBUBND", None, "TB 1961"),
    ("không số", "CV", "không số"),
    (None, "TB", "#7"),
])
def test_notice_code_prefers_the_stored_document_type(number, doc_type, expected):
    assert notice_code(number, doc_type, 7) == expected
