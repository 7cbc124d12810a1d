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


def test_a_day_reads_dd_mm_yyyy_in_vietnamese_and_iso_in_english():
    from datetime import date

    from tui_tracker.wording import day_text, timestamp_text

    assert day_text(date(2026, 6, 5)) == "05/06/2026"
    assert timestamp_text("2026-06-05 14:03:09") == "05/06/2026 14:03"
    assert day_text(None) == "—" and day_text(None, empty="") == ""
    set_language("en")
    assert day_text(date(2026, 6, 5)) == "2026-06-05"
    assert timestamp_text("2026-06-05 14:03:09") == "2026-06-05 14:03"
    # A draft is a Vietnamese document whatever the interface speaks.
    assert day_text(date(2026, 6, 5), lang="vi") == "05/06/2026"


def test_history_and_correction_values_are_in_the_users_words():
    from tui_tracker.wording import history_value

    assert history_value("issued_on", "2026-06-05") == "05/06/2026"
    assert history_value("status", "done") == "hoàn thành"
    assert history_value("role", "coordinate") == "phối hợp"
    assert history_value("number", "77/TB-UBND") == "77/TB-UBND"
    assert history_value("note", None) == "—"


def test_task_words_gives_every_fact_of_a_stored_task():
    from datetime import date
    from types import SimpleNamespace

    from tui_tracker.wording import task_words

    task = SimpleNamespace(status="in_progress", days_left=-3, task_class="overdue",
                           due_on=date(2026, 6, 29), original_due_on=date(2026, 5, 31),
                           role="lead")
    words = task_words(task)
    assert (words.countdown, words.due, words.original_due, words.status, words.task_class,
            words.role) == ("quá hạn 3 ngày", "29/06/2026", "31/05/2026", "đang thực hiện",
                            "đang thực hiện quá hạn", "chủ trì")
    done = SimpleNamespace(status="done", days_left=None, task_class="done_late",
                           due_on=None, original_due_on=None, role="coordinate")
    assert task_words(done).countdown == "hoàn thành quá hạn"
    assert task_words(done).original_due is None
