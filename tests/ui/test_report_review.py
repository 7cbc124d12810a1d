"""`i` on an agency's report letter, driven with Pilot: the review (one row per proposal,
order-only rows flagged), accept some, correct one match, save, undo; a text that could be
either asks; the countdown marks and filters the tasks with an extension request."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tui_tracker.store import Store
from tui_tracker.ui.screens.import_review import ImportScreen
from tui_tracker.ui.screens.import_review.paste import PasteArea
from tui_tracker.ui.screens.report_review import (
    LetterKindDialog,
    ReportReviewScreen,
    TaskPickerDialog,
)
from tui_tracker.ui.screens.report_review.rows import FLAG_MANUAL, FLAG_ORDER, flag, mark

SAMPLES = Path(__file__).resolve().parents[1] / "replies" / "samples"
DAY = date(2026, 12, 1)  # after every sample letter


@pytest.fixture
def store(fixtures_db: Path):
    opened = Store.open(fixtures_db, user="tester")
    yield opened
    opened.close()


def task_of(store: Store, number: str, ref: str, agency: str):
    return next(row for row in store.list_tasks(None, today=DAY)
                if row.notice_number == number and row.directive_ref == ref
                and row.agency == agency)


async def open_letter(pilot, settle, until, path: Path) -> ReportReviewScreen:
    await pilot.press("i")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ImportScreen)
    screen.query_one("#import-path").value = str(path)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, ReportReviewScreen))
    review = pilot.app.screen
    await until(pilot, lambda: review.review is not None)
    await settle(pilot)
    return review


async def test_accept_some_correct_one_match_save_and_undo(store, make_app, settle, until,
                                                          tmp_path):
    letter = tmp_path / "bc-688.txt"
    shutil.copy(SAMPLES / "01_bc_stc_215_tung_diem.txt", letter)
    done = task_of(store, "215/TB-UBND", "2.a", "Sở Tài chính")
    helping = task_of(store, "215/TB-UBND", "2.d", "Sở Tài chính")
    third = task_of(store, "215/TB-UBND", "3", "Sở Tài chính")
    justice = task_of(store, "215/TB-UBND", "3", "Sở Tư pháp")
    app = make_app(store, today=DAY)
    async with app.run_test(size=(100, 30)) as pilot:
        review = await open_letter(pilot, settle, until, letter)
        assert [(row.proposal.task.ref, mark(row)) for row in review.rows] == [
            ("2.a", "✓"), ("2.d", "✓"), ("3", "✓")]
        # Accept some: the second row is left out.
        await settle(pilot, "down", "space")
        assert [mark(row) for row in review.rows] == ["✓", "·", "✓"]
        # Correct one match: the third row is about Sở Tư pháp's part of item 3.
        await settle(pilot, "down", "enter")
        picker = app.screen
        assert isinstance(picker, TaskPickerDialog)
        await settle(pilot)
        index = next(i for i, task in enumerate(picker.tasks) if task.id == justice.id)
        picker.query_one("#picker-table").move_cursor(index)
        await settle(pilot, "enter")
        assert app.screen is review
        corrected = review.rows[2].proposal
        assert corrected.task.id == justice.id and flag(review.rows[2]) == FLAG_MANUAL
        # Save.
        await settle(pilot, "ctrl+s")
        await until(pilot, lambda: review.result is not None)
        assert review.result.status == "applied"
        assert set(review.result.task_ids) == {done.id, justice.id}
        assert store.get_task(done.id, today=DAY).status == "reported"
        assert store.get_task(helping.id, today=DAY).version == helping.version
        assert store.get_task(third.id, today=DAY).version == third.version
        note = store.history(justice.id)[-1]
        assert note.note.startswith("Theo Báo cáo số 688/BC-STC ngày 18/11/2026")
        # Undo: the letter is reverted whole.
        await settle(pilot, "u")
        await until(pilot, lambda: review.undone)
        assert store.get_task(done.id, today=DAY).status == "todo"
        assert store.history(justice.id)[-1].action == "undo"
        await settle(pilot, "escape")
        assert isinstance(app.screen, ImportScreen)


async def test_order_only_rows_are_flagged_even_without_colour(store, make_app, settle, until,
                                                              monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(store, today=DAY)
    async with app.run_test(size=(100, 30)) as pilot:
        review = await open_letter(pilot, settle, until, SAMPLES / "09_bc_bxd_45_thu_tu.txt")
        assert [flag(row) for row in review.rows] == [FLAG_ORDER] * 4
        svg = app.export_screenshot().replace("&#160;", " ")
        assert svg.count(FLAG_ORDER) >= 4 and "45/TB-VPCP" in svg


async def test_an_unmatched_item_is_listed_and_can_be_given_its_task(store, make_app, settle,
                                                                    until):
    app = make_app(store, today=DAY)
    nnmt = task_of(store, "215/TB-UBND", "2.b", "Sở Nông nghiệp và Môi trường")
    async with app.run_test(size=(100, 30)) as pilot:
        review = await open_letter(pilot, settle, until,
                                   SAMPLES / "15_bc_stc_215_khong_khop.txt")
        assert [mark(row) for row in review.rows] == ["✓", "?", "?"]
        warnings = str(review.query_one("#report-warnings-body").render())
        assert "2.h" in warnings and "2.b" in warnings
        await settle(pilot, "down", "space")  # an item without a task cannot be accepted
        assert mark(review.rows[1]) == "?"
        await settle(pilot, "down", "enter")
        picker = app.screen
        assert isinstance(picker, TaskPickerDialog)
        index = next(i for i, task in enumerate(picker.tasks) if task.id == nnmt.id)
        picker.query_one("#picker-table").move_cursor(index)
        await settle(pilot, "enter")
        assert review.rows[2].proposal.task.id == nnmt.id and mark(review.rows[2]) == "✓"


async def test_a_letter_answering_an_unknown_notice_is_refused_on_screen(store, make_app,
                                                                        settle, until):
    app = make_app(store, today=DAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        app.screen.query_one("#import-path").value = str(
            SAMPLES / "14_bc_khong_co_thong_bao.txt")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReportReviewScreen))
        review = app.screen
        await until(pilot, lambda: "999/TB-UBND" in str(
            review.query_one("#report-status").render()))
        await settle(pilot, "ctrl+s")  # nothing to save: nothing written
        assert review.result is None


async def test_text_without_a_header_asks_whether_it_is_a_report(store, make_app, settle,
                                                                 until):
    text = ("Thực hiện Thông báo số 215/TB-UBND ngày 02/10/2026, Sở Tài chính gửi kết quả:\n\n"
            "1. Điểm 2.a: đã hoàn thành.\n\n2. Điểm 2.d: đang phối hợp kiểm tra.\n")
    app = make_app(store, today=DAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        await settle(pilot, "f6")
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        screen.query_one("#import-paste", PasteArea).load_text(text)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, LetterKindDialog))
        await pilot.press("ctrl+s")  # "Báo cáo kết quả"
        await until(pilot, lambda: isinstance(app.screen, ReportReviewScreen))
        review = app.screen
        await until(pilot, lambda: review.review is not None)
        assert [row.proposal.task.ref for row in review.rows] == ["2.a", "2.d"]


def extension_asked(store):
    """The demo notices with sample 12 applied: the task whose agency asked for more time."""
    from tui_tracker.replies import apply_review, read_letter, review_letter

    _, letter = read_letter(str(SAMPLES / "12_cv_bqlda_gia_han.txt"))
    apply_review(store, review_letter(store, letter), today=DAY)
    return task_of(store, "215/TB-UBND", "2.c",
                   "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh")


async def test_the_countdown_marks_and_filters_extension_requests(store, make_app, settle,
                                                                  until):
    from tui_tracker.ui.screens.countdown import CountdownScreen

    asked = extension_asked(store)
    app = make_app(store, today=DAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        countdown = app.screen
        assert isinstance(countdown, CountdownScreen)
        await settle(pilot, "f")
        app.screen.query_one("#extension_requested").value = True
        await settle(pilot, "ctrl+s")
        assert countdown.task_filter.extension_requested
        assert [row.id for row in countdown.tasks.source.fetch(0, 10)] == [asked.id]
        bar = str(countdown.query_one("#filter-bar").render())
        assert "đề nghị gia hạn" in bar
        svg = app.export_screenshot().replace("&#160;", " ")
        assert "»" in svg and "TB 215" in svg  # the mark on the task's row
        # Approving it is the ordinary extension, the day asked for offered.
        await settle(pilot, "e")
        assert app.screen.query_one("#new_due").value == "15/01/2027"
        await settle(pilot, "ctrl+s")
        await until(pilot, lambda: not store.get_task(asked.id, today=DAY).extension_requested)
        assert store.get_task(asked.id, today=DAY).due_on == date(2027, 1, 15)


async def test_ctrl_r_in_the_extension_dialog_refuses_the_request(store, make_app, settle,
                                                                  until):
    from tui_tracker.store import TaskFilter
    from tui_tracker.ui.screens.countdown import CountdownScreen
    from tui_tracker.ui.tasks.dialogs import ExtendDialog

    asked = extension_asked(store)
    app = make_app(store, today=DAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        countdown = app.screen
        assert isinstance(countdown, CountdownScreen)
        countdown.set_task_filter(TaskFilter(open_only=True, extension_requested=True))
        await settle(pilot)
        await settle(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExtendDialog)
        hints = [str(hint.render()) for hint in dialog.query(".hint")]
        assert any(h.startswith("Ctrl+R: không chấp thuận") for h in hints), hints
        # The suggested reason is the extension's, not a refusal's: it asks for one.
        await settle(pilot, "ctrl+r")
        assert isinstance(app.screen, ExtendDialog)
        assert "lý do không chấp thuận" in str(dialog.query_one("#error").render())
        dialog.query_one("#reason").value = "Dự án phải hoàn thành trong năm"
        await settle(pilot, "ctrl+r")
        await until(pilot, lambda: not store.get_task(asked.id, today=DAY).extension_requested)
        kept = store.get_task(asked.id, today=DAY)
        assert kept.due_on == asked.due_on  # not extended
        assert "Dự án phải hoàn thành trong năm" in store.history(asked.id)[-1].note
        # u takes the refusal back: the request waits again.
        await settle(pilot, "u")
        await until(pilot, lambda: store.get_task(asked.id, today=DAY).extension_requested)


async def test_ctrl_r_does_nothing_without_a_request(store, make_app, settle):
    from tui_tracker.ui.tasks.dialogs import ExtendDialog

    app = make_app(store, today=DAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot, "e")
        assert isinstance(app.screen, ExtendDialog)
        assert not any("Ctrl+R" in str(hint.render()) for hint in app.screen.query(".hint"))
        await settle(pilot, "ctrl+r")
        assert isinstance(app.screen, ExtendDialog)  # nothing refused, nothing closed
        assert str(app.screen.query_one("#error").render()) == ""


def test_rows_read_without_colour():
    from tui_tracker.ui.screens.report_review.rows import ACCEPTED, NO_TASK, SKIPPED

    assert len({ACCEPTED, SKIPPED, NO_TASK, FLAG_ORDER, FLAG_MANUAL}) == 5
    assert all(len(glyph) == 1 for glyph in (ACCEPTED, SKIPPED, NO_TASK, FLAG_ORDER, FLAG_MANUAL))
