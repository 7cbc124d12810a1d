"""The import review's corrections: every lead shown and kept, directives removed and
brought back, and Esc asking before it throws corrections away."""

from __future__ import annotations

from datetime import date

import pytest
from builders import TODAY

from tui_tracker.i18n import t
from tui_tracker.model import (
    Assignment,
    Deadline,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.store import Store, TaskFilter
from tui_tracker.ui.dialogs.discard import DiscardDialog
from tui_tracker.ui.screens.import_review import ImportReviewScreen, ImportScreen
from tui_tracker.ui.screens.import_review.directive_dialog import EditDirectiveScreen


def notice() -> ParsedNotice:
    """Three directives; the first has two leads (co-subjects), as the parser finds them."""
    return ParsedNotice(
        notice=NoticeHeader(doc_type="TB", number="77/TB-UBND", title="Kết luận về an ninh",
                            issuer="UBND tỉnh", issued_on=date(2026, 4, 20)),
        directives=[
            ParsedDirective("1", None, "Sở Công Thương và Công an tỉnh chủ trì kiểm tra.",
                            [Assignment("Sở Công Thương", Role.LEAD),
                             Assignment("Công an tỉnh", Role.LEAD),
                             Assignment("Sở Tài chính", Role.COORDINATE)],
                            deadline=Deadline("trước ngày 30/6/2026", date(2026, 6, 29), "date")),
            ParsedDirective("2", None, "Tình hình chung được đánh giá tốt.",
                            [Assignment("Sở Nội vụ", Role.LEAD)]),
            ParsedDirective("3", None, "Giao Sở Y tế rà soát.",
                            [Assignment("Sở Y tế", Role.LEAD)],
                            deadline=Deadline("trong tháng 7/2026", date(2026, 7, 31), "month")),
        ],
        text="THÔNG BÁO 77\n", original="THÔNG BÁO 77\n")


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "review.db", user="tester")
    yield store
    store.close()


async def open_review(app, pilot, settle) -> ImportReviewScreen:
    await settle(pilot)
    app.push_screen(ImportScreen())
    await settle(pilot)
    app.push_screen(ImportReviewScreen(notice(), "/tmp/tb77.txt"), app.screen._reviewed)
    await settle(pilot)
    assert isinstance(app.screen, ImportReviewScreen)
    return app.screen


async def test_every_lead_is_shown_and_survives_an_edit(store, make_app, settle, plain,
                                                         table_lines):
    app = make_app(store)
    async with app.run_test(size=(140, 30)) as pilot:
        review = await open_review(app, pilot, settle)
        lines = table_lines(review.table)
        assert "Sở Công Thương; Công an tỉnh" in lines[1]
        assert "Chủ trì: Sở Công Thương; Công an tỉnh" in plain(
            review.query_one("#review-detail-body"))

        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EditDirectiveScreen)
        assert dialog.query_one("#edit-lead").value == "Sở Công Thương; Công an tỉnh"
        dialog.query_one("#edit-due").value = "15/07/2026"  # only the date changes
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is review
        leads = [a.agency for a in review.parsed.directives[0].assignments
                 if a.role == Role.LEAD]
        assert leads == ["Sở Công Thương", "Công an tỉnh"]  # no lead dropped by the edit
        await pilot.press("ctrl+s")
        await settle(pilot)
    directive = next(d for d in store.list_directives(store.list_notices(today=TODAY)[0].id,
                                                      today=TODAY) if d.ref == "1")
    tasks = store.list_tasks(TaskFilter(directive_id=directive.id), today=TODAY)
    assert {(task.agency, task.role) for task in tasks} == {
        ("Sở Công Thương", "lead"), ("Công an tỉnh", "lead"), ("Sở Tài chính", "coordinate")}


async def test_a_deadline_phrase_in_the_review_is_read_by_the_parser_rule(
        store, make_app, settle, plain):
    app = make_app(store)
    async with app.run_test(size=(140, 30)) as pilot:
        review = await open_review(app, pilot, settle)
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#edit-due").value = "khi nào rảnh"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "khi nào rảnh" in plain(dialog.query_one("#edit-error"))  # refused, still open
        dialog.query_one("#edit-due").value = "trong quý III/2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is review
        deadline = review.parsed.directives[0].deadline
        assert (deadline.text, deadline.due_on, str(deadline.kind)) == (
            "trong quý III/2026", date(2026, 9, 30), "quarter")


async def test_remove_and_restore_a_directive(store, make_app, settle, plain, table_lines):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        review = await open_review(app, pilot, settle)
        count = review.query_one("#review-count")
        assert plain(count).startswith(t("ui.import.review.directives", count=3,
                                         tasks="5 nhiệm vụ"))
        await pilot.press("down", "d")  # directive 2 is background, not work
        await settle(pilot)
        assert review.table.row_count == 2
        refs = [line.split()[0] for line in table_lines(review.table)[1:3]]
        assert refs == ["1", "3"]
        # The cursor is on the row that took its place, and the detail pane follows it.
        assert review.table.cursor_row.directive.ref == "3"
        assert plain(review.query_one("#review-detail-body")).startswith("3 ·")
        assert plain(count).startswith(t("ui.import.review.directives", count=2,
                                         tasks="4 nhiệm vụ"))
        assert t("importui.review.removed_count", count=1) in plain(count)
        assert plain(review.query_one("#review-status")) == t(
            "importui.review.removed", ref="2", key="u")

        await pilot.press("u")  # brought back, in its place, under the cursor
        await settle(pilot)
        assert review.table.row_count == 3
        assert review.table.cursor_row.directive.ref == "2"
        assert plain(count).startswith(t("ui.import.review.directives", count=3,
                                         tasks="5 nhiệm vụ"))
        await pilot.press("u")
        await settle(pilot)
        assert plain(review.query_one("#review-status")) == t("importui.review.nothing_removed")

        await pilot.press("d")  # removed again, then saved without it
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)
        assert "2 chỉ đạo" in plain(app.screen.query_one("#import-message"))
    stored = store.list_directives(store.list_notices(today=TODAY)[0].id, today=TODAY)
    assert sorted(d.ref for d in stored) == ["1", "3"]


async def test_esc_leaves_at_once_when_nothing_was_corrected(store, make_app, settle, plain):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_review(app, pilot, settle)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)
        assert plain(app.screen.query_one("#import-message")) == t("ui.import.cancelled")
    assert store.count_notices() == 0


async def test_esc_asks_before_throwing_corrections_away(store, make_app, settle, plain):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        review = await open_review(app, pilot, settle)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, DiscardDialog)
        assert plain(dialog.query_one("#discard-question")) == "Bỏ các sửa đổi?"
        assert plain(dialog.query_one("#discard-detail")) == (
            "Đã sửa: 0 chỉ đạo; đã bỏ: 1 chỉ đạo. Thông báo chưa được lưu.")
        assert dialog.query_one("#discard-no").has_focus  # the safe answer first

        await pilot.press("escape")  # no: back to the review, the removal still there
        await settle(pilot)
        assert app.screen is review and review.table.row_count == 2

        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")  # Enter on the focused "keep reviewing" button
        await settle(pilot)
        assert app.screen is review

        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+s")  # Ctrl+S saves everywhere: it never means "discard"
        await settle(pilot)
        assert isinstance(app.screen, DiscardDialog)
        assert "Ctrl+S" not in str(app.screen.query_one("#discard-yes").label)
        await pilot.press("D")  # yes, discard (the key its button names)
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)
        assert plain(app.screen.query_one("#import-message")) == t("ui.import.cancelled")
    assert store.count_notices() == 0


@pytest.mark.parametrize("key", ["c", "t", "a", "r", "i", "ctrl+q"])
async def test_every_way_out_of_a_corrected_review_asks_first(key, store, make_app, settle):
    from tui_tracker.ui.screens.import_review import ImportReviewScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        review = await open_review(app, pilot, settle)
        await pilot.press("d")  # a correction: something to lose
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, DiscardDialog), key
        await pilot.press("escape")  # keep reviewing: nothing was lost
        await settle(pilot)
        assert app.screen is review and review.table.row_count == 2
        await pilot.press(key)
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        if key == "ctrl+q":
            assert app._exit  # the app is on its way out
        else:
            assert not any(isinstance(s, ImportReviewScreen) for s in app.screen_stack)
    assert store.count_notices() == 0


async def test_an_uncorrected_review_is_left_at_once(store, make_app, settle):
    from tui_tracker.ui.screens.countdown import CountdownScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_review(app, pilot, settle)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CountdownScreen)
