"""The import review points a person at the rows the parser was unsure of (issue 14):
a glyph and a colour on flagged rows, the flags' labels in the detail line, `n` to the next
flagged row (wrapping), and the count of rows to check in the header.

The parser may not fill `flags` yet: the directives here carry them by hand."""

from __future__ import annotations

from datetime import date

import pytest
from builders import directive, notice

from tui_tracker.i18n import set_language
from tui_tracker.parsing.flags import FLAGS, flag_label
from tui_tracker.store import Store


def flagged_notice():
    rows = [
        directive("1.a", "Sở Tài chính", due=date(2026, 6, 30)),
        directive("1.b", "Sở Nội vụ"),
        directive("1.c", "Sở Y tế", due=date(2026, 7, 15)),
        directive("1.d", "Sở Xây dựng"),
    ]
    rows[1].flags = ["lead_inherited", "deadline_from_parent_all"]
    rows[3].flags = ["long_text"]
    return notice(rows, number="45/TB-UBND")


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "flags.db", user="tester")
    yield opened
    opened.close()


async def open_review(pilot, parsed, settle):
    from tui_tracker.ui.screens.import_review import ImportReviewScreen

    pilot.app.push_screen(ImportReviewScreen(parsed, "tb45.txt"))
    await settle(pilot)
    return pilot.app.screen


def test_every_flag_has_a_label_in_both_languages():
    for code in FLAGS:
        for lang in ("vi", "en"):
            set_language(lang)
            assert flag_label(code) != f"parse.flag.{code}"
    set_language("vi")


async def test_flagged_rows_are_marked_counted_and_reached_with_n(
        store, make_app, settle, plain, table_lines):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        review = await open_review(pilot, flagged_notice(), settle)
        # The header says how many rows to check, and with which key.
        assert "2 dòng cần kiểm tra" in plain(review.query_one("#review-count"))
        lines = table_lines(review.table)
        marked = [line for line in lines[1:] if line.startswith("!")]
        assert [line.split()[1] for line in marked] == ["1.b", "1.d"]
        assert not any(line.lstrip().startswith("!") for line in lines[1:] if "1.a" in line)

        await pilot.press("n")
        await settle(pilot)
        assert review.table.cursor_row.directive.ref == "1.b"
        detail = plain(review.query_one("#review-detail-body"))
        assert flag_label("lead_inherited") in detail
        assert flag_label("deadline_from_parent_all") in detail
        assert "1/2" in plain(review.query_one("#review-status"))

        await pilot.press("n")
        await settle(pilot)
        assert review.table.cursor_row.directive.ref == "1.d"
        assert flag_label("long_text") in plain(review.query_one("#review-detail-body"))

        # Past the last one: back to the first, and the user is told so.
        await pilot.press("n")
        await settle(pilot)
        assert review.table.cursor_row.directive.ref == "1.b"
        assert "quay lại từ đầu" in plain(review.query_one("#review-status"))


async def test_n_says_so_when_no_row_is_flagged(store, make_app, settle, plain):
    parsed = notice([directive("1.a", "Sở Tài chính")], number="46/TB-UBND")
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        review = await open_review(pilot, parsed, settle)
        assert "cần kiểm tra" not in plain(review.query_one("#review-count"))
        await pilot.press("n")
        await settle(pilot)
        assert review.table.cursor_index == 0
        assert "Không có dòng nào cần kiểm tra" in plain(review.query_one("#review-status"))


async def test_the_mark_reads_without_colour(store, make_app, settle, table_lines,
                                             monkeypatch):
    """NO_COLOR: the glyph alone carries the meaning."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        review = await open_review(pilot, flagged_notice(), settle)
        lines = table_lines(review.table)
        assert sum(line.startswith("!") for line in lines) == 2


async def test_a_removed_flagged_row_is_no_longer_counted(store, make_app, settle, plain):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        review = await open_review(pilot, flagged_notice(), settle)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert "1 dòng cần kiểm tra" in plain(review.query_one("#review-count"))


async def test_the_task_count_is_what_a_save_stores(store, make_app, settle, plain):
    """An agency the parser read both as lead and as coordinator is one task in the store:
    the review says so after a correction too, because its count is the store's dry run
    of the notice as reviewed (it said one more than was stored)."""
    from tui_tracker.model import Assignment, Role

    parsed = flagged_notice()
    parsed.directives[0].assignments.append(Assignment("Sở Tài chính", Role.COORDINATE))
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        review = await open_review(pilot, parsed, settle)
        assert "4 nhiệm vụ" in plain(review.query_one("#review-count"))
        review.table.move_cursor(3)
        await settle(pilot, "d")  # a correction: 1.d leaves this import
        shown = plain(review.query_one("#review-count"))
        await settle(pilot, "ctrl+s")
    stored = store.count_tasks(None, today=date(2026, 5, 5))
    assert stored == 3 and "3 nhiệm vụ" in shown
