"""Keyboard triage on the countdown's TaskList: statuses, done date, note, extension,
undo, history, and a conflicting change from another session."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import pytest
from builders import TODAY

from tui_tracker.model import Status
from tui_tracker.ui.tasks.dialogs import ConflictDialog, DoneDialog, ExtendDialog, NoteDialog
from tui_tracker.ui.tasks.history import HistoryScreen
from tui_tracker.ui.tasks.task_list import TaskList
from tui_tracker.ui.widgets.virtual_table import VirtualTable


def task_by_ref(store, ref: str, agency: str | None = None):
    rows = [r for r in store.list_tasks(None, today=TODAY) if r.directive_ref == ref]
    if agency:
        rows = [r for r in rows if r.agency == agency]
    return rows[0]


async def put_cursor_on(pilot, settle, task_id: int) -> TaskList:
    tasks = pilot.app.screen.query_one(TaskList)
    for index in range(tasks.row_count):
        row = tasks.get_cached_row(index)
        if row is not None and row.id == task_id:
            tasks.move_cursor(index)
            await settle(pilot)
            return tasks
    raise AssertionError(f"task {task_id} is not in the list")


@pytest.fixture
def countdown_on(store, make_app, settle):
    """`async with countdown_on(task) as (app, pilot, tasks):` the app at 80x24 on the
    countdown, loaded, its TaskList's cursor on `task`."""

    @asynccontextmanager
    async def run(task: Any) -> AsyncIterator[tuple[Any, Any, TaskList]]:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            yield app, pilot, await put_cursor_on(pilot, settle, task.id)

    return run


async def test_status_key_changes_status_and_history_shows_it(store, countdown_on, settle):
    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "2")
        row = store.get_task(target.id, today=TODAY)
        assert row.status == Status.IN_PROGRESS
        assert row.updated_by == "tester"
        # The list shows the fresh row, still under the cursor.
        assert tasks.cursor_row.id == target.id
        assert tasks.cursor_row.status == Status.IN_PROGRESS

        await settle(pilot, "h")
        assert isinstance(app.screen, HistoryScreen)
        history = app.screen.query_one(VirtualTable)
        text = "\n".join(line for line in (history.render_line(y).text
                                           for y in range(history.size.height)))
        assert "chưa thực hiện → đang thực hiện" in text
        assert "tester" in text
        await settle(pilot, "escape")
        assert app.screen.id == "countdown"


async def test_done_asks_completion_date_defaulting_to_today(store, countdown_on, settle):
    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        before = tasks.row_count
        await settle(pilot, "4")
        assert isinstance(app.screen, DoneDialog)
        assert app.screen.query_one("#completed_on").value == "05/05/2026"
        await settle(pilot, "enter")
        row = store.get_task(target.id, today=TODAY)
        assert row.status == Status.DONE
        assert row.completed_on == TODAY
        # A done task leaves the countdown; the cursor stays at the same place.
        assert tasks.row_count == before - 1
        assert all(tasks.get_cached_row(i).id != target.id for i in range(tasks.row_count))


async def test_done_with_typed_date_and_note_and_bad_date(store, countdown_on, settle):
    target = task_by_ref(store, "3.d", "Sở Khoa học và Công nghệ")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "4")
        dialog = app.screen
        dialog.query_one("#completed_on").value = "31/02/2026"
        await settle(pilot, "enter")
        assert app.screen is dialog  # still open, saying why
        assert "31/02/2026" in str(dialog.query_one("#error").content)
        dialog.query_one("#completed_on").value = "1/5/2026"
        dialog.query_one("#note").value = "Đã có báo cáo số 12/BC-SKHCN"
        await settle(pilot, "ctrl+s")
        row = store.get_task(target.id, today=TODAY)
        assert row.status == Status.DONE
        assert row.completed_on == date(2026, 5, 1)
        assert any(e.note == "Đã có báo cáo số 12/BC-SKHCN" for e in store.history(target.id))


async def test_escape_cancels_without_writing(store, countdown_on, settle):
    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "4")
        await settle(pilot, "escape")
        assert app.screen.id == "countdown"
        assert store.get_task(target.id, today=TODAY).version == target.version


async def test_extend_and_note(store, countdown_on, settle):
    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "e")
        assert isinstance(app.screen, ExtendDialog)
        field = app.screen.query_one("#new_due")
        assert field.value == "08/05/2026"
        field.value = "20/05/2026"
        await pilot.press("enter")  # goes on to the reason, which is required
        await settle(pilot)
        assert isinstance(app.screen, ExtendDialog)
        await pilot.press(*"Cho y kien Bo")
        await settle(pilot, "enter")
        row = store.get_task(target.id, today=TODAY)
        assert row.due_on == date(2026, 5, 20)
        assert row.original_due_on == date(2026, 5, 8)

        await settle(pilot, "n")
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"Da nhac")
        await settle(pilot, "enter")
        notes = [e.note for e in store.history(target.id)]
        assert "Da nhac" in notes


async def test_extend_with_the_day_it_was_decided(store, countdown_on, settle, plain):
    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "e")
        dialog = app.screen
        assert dialog.query_one("#decided_on").value == "05/05/2026"  # today by default
        dialog.query_one("#new_due").value = "20/05/2026"
        dialog.query_one("#reason").value = "UBND tỉnh đồng ý"
        dialog.query_one("#decided_on").value = "06/05/2026"  # tomorrow: refused
        await settle(pilot, "ctrl+s")
        assert isinstance(app.screen, ExtendDialog)
        assert "05/05/2026" in plain(dialog.query_one("#error"))
        dialog.query_one("#decided_on").value = "02/05/2026"  # decided earlier, typed in now
        await settle(pilot, "ctrl+s")
        assert not isinstance(app.screen, ExtendDialog)
    row = store.get_task(target.id, today=TODAY)
    assert row.due_on == date(2026, 5, 20)
    extension = [e for e in store.history(target.id) if e.action == "extend"]
    assert [e.effective_on for e in extension] == ["2026-05-02"]


async def test_undo_reverts_my_last_change(store, countdown_on, settle):
    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "3")
        assert store.get_task(target.id, today=TODAY).status == Status.REPORTED
        await pilot.press("home")  # undo follows the task, not the cursor
        await settle(pilot)
        assert tasks.cursor_row.id != target.id
        await settle(pilot, "u")
        row = store.get_task(target.id, today=TODAY)
        assert row.status == Status.TODO
        assert store.history(target.id)[-1].action == "undo"


async def test_conflict_names_who_and_shows_fresh_state(store, other_store, countdown_on, settle):
    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        # Another session reports it while this one still shows "todo".
        other_store.set_status(target.id, Status.REPORTED, today=TODAY)
        assert tasks.cursor_row.status == Status.TODO
        await settle(pilot, "2")
        assert isinstance(app.screen, ConflictDialog)
        body = " ".join(str(s.content) for s in app.screen.query("Static"))
        assert "colleague" in body
        assert "chờ xác nhận" in body  # the state now
        # Nothing of ours was written.
        row = store.get_task(target.id, today=TODAY)
        assert row.status == Status.REPORTED
        assert row.updated_by == "colleague"
        await settle(pilot, "enter")
        assert app.screen.id == "countdown"
        assert tasks.cursor_row.id == target.id
        assert tasks.cursor_row.status == Status.REPORTED


async def test_enter_opens_the_directive(store, countdown_on, settle):
    from tui_tracker.ui.screens.directive import DirectiveScreen

    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "enter")
        assert isinstance(app.screen, DirectiveScreen)
        assert app.screen.directive_id == target.directive_id


async def test_a_refused_extension_keeps_the_dialog_and_the_typed_reason(
        store, countdown_on, settle, plain):
    target = task_by_ref(store, "2.b")  # due 08/05/2026
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, "e")
        dialog = app.screen
        dialog.query_one("#new_due").value = "01/05/2026"  # earlier: refused
        dialog.query_one("#reason").value = "Theo công văn 12/STC"
        await settle(pilot, "ctrl+s")
        assert app.screen is dialog
        error = plain(dialog.query_one("#error"))
        assert "01/05/2026" in error and "--earlier" not in error and "số" not in error
        assert dialog.query_one("#reason").value == "Theo công văn 12/STC"
        assert store.get_task(target.id, today=TODAY).due_on == date(2026, 5, 8)
        dialog.query_one("#new_due").value = "08/05/2026"  # the same day: refused too
        await settle(pilot, "ctrl+s")
        assert app.screen is dialog and "08/05/2026" in plain(dialog.query_one("#error"))


@pytest.mark.parametrize("key", ["e", "n", "4"])
async def test_esc_in_a_dialog_with_typed_text_asks_first(key, store, countdown_on, settle):
    from tui_tracker.ui.dialogs.discard import DiscardDialog

    target = task_by_ref(store, "2.b")
    async with countdown_on(target) as (app, pilot, tasks):
        await settle(pilot, key)
        dialog = app.screen
        await settle(pilot, "escape")  # nothing typed: closes at once
        assert app.screen is not dialog and not isinstance(app.screen, DiscardDialog)
        await settle(pilot, key)
        dialog = app.screen
        await pilot.press(*"abc")
        await settle(pilot, "escape")
        assert isinstance(app.screen, DiscardDialog)
        await settle(pilot, "escape")  # keep editing: the text is still there
        assert app.screen is dialog
        assert any("abc" in field.value for field in dialog.query("Input"))
        await settle(pilot, "escape")
        await settle(pilot, "D")
        assert not isinstance(app.screen, DiscardDialog | type(dialog))
