"""Corrections in the terminal UI: the directive dialog (every lead shown), adding and
removing an agency, deleting a directive or a notice with a confirmation, the notice
header dialog, and `u` undoing this session's newest correction only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import pytest
from builders import TODAY
from textual_internals import notifications as shown

from tui_tracker.model import (
    Assignment,
    Deadline,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.store import Store

SKHCN = "Sở Khoa học và Công nghệ"


def make_notice() -> ParsedNotice:
    return ParsedNotice(
        notice=NoticeHeader(doc_type="TB", number="77/TB-UBND", title="Kết luận về đầu tư công",
                            issuer="UBND tỉnh", issued_on=date(2026, 4, 16)),
        directives=[ParsedDirective(
            ref="3.d", heading="Về xử lý tồn tại trước hợp nhất tỉnh",
            text="Giao Sở Khoa học và Công nghệ và Sở Nội vụ chủ trì, phối hợp với Thanh tra "
                 "tỉnh rà soát, báo cáo UBND tỉnh.",
            assignments=[Assignment(SKHCN, Role.LEAD), Assignment("Sở Nội vụ", Role.LEAD),
                         Assignment("Thanh tra tỉnh", Role.COORDINATE)],
            deadline=Deadline("trước ngày 30/6/2026", date(2026, 6, 29), "date"))],
        text="THÔNG BÁO\n", original="THÔNG BÁO\n")


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "corrections.db", user="tester")
    store.import_notice(make_notice())
    yield store
    store.close()


def ids(store: Store) -> tuple[int, int]:
    notice = store.list_notices(today=TODAY)[0]
    return notice.id, store.list_directives(notice.id, today=TODAY)[0].id


def roles(store: Store) -> dict[str, str]:
    return {t.agency: t.role for t in store.get_directive(ids(store)[1], today=TODAY).tasks}


@pytest.fixture
def on_screen(store, make_app, settle):
    @asynccontextmanager
    async def run(which: str = "directive") -> AsyncIterator[tuple[Any, Any]]:
        from tui_tracker.ui.screens.directive import DirectiveScreen
        from tui_tracker.ui.screens.notices import NoticeScreen

        notice_id, directive_id = ids(store)
        app = make_app(store)
        async with app.run_test(size=(100, 30)) as pilot:
            app.push_screen(DirectiveScreen(directive_id) if which == "directive"
                            else NoticeScreen(notice_id))
            await settle(pilot)
            yield app, pilot

    return run


async def replace_field(pilot: Any, app: Any, field: str, text: str) -> None:
    from textual.widgets import Input

    field_input = app.screen.query_one(f"#{field}", Input)
    field_input.value = text


async def test_edit_dialog_shows_every_lead_and_corrects_the_lead(store, on_screen, settle,
                                                                  plain) -> None:
    from textual.widgets import Input

    async with on_screen() as (app, pilot):
        await pilot.press("E")
        await settle(pilot)
        dialog = app.screen
        leads = dialog.query_one("#leads", Input).value
        assert SKHCN in leads and "Sở Nội vụ" in leads  # both leads, none dropped
        assert dialog.query_one("#coordinators", Input).value == "Thanh tra tỉnh"
        await replace_field(pilot, app, "leads", "Sở Bay Lượn")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Sở Bay Lượn" in plain(app.screen.query_one("#error"))  # refused, still open
        await replace_field(pilot, app, "leads", "Sở TC; Sở Nội vụ")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert roles(store) == {"Sở Tài chính": "lead", "Sở Nội vụ": "lead",
                                "Thanh tra tỉnh": "coordinate"}
        history = " ".join(e.from_value or "" for e in store.history(
            store.get_directive(ids(store)[1], today=TODAY).tasks[-1].id))
        assert SKHCN in history  # the original lead is still visible
        await pilot.press("u")  # undo the correction (focus is on the task list)
        await settle(pilot)
        assert roles(store)[SKHCN] == "lead"


async def test_a_deadline_phrase_typed_in_the_dialog_is_read_as_the_parser_reads_it(
        store, on_screen, settle, plain) -> None:
    async with on_screen() as (app, pilot):
        await pilot.press("E")
        await settle(pilot)
        await replace_field(pilot, app, "deadline", "khi nào rảnh")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "khi nào rảnh" in plain(app.screen.query_one("#error"))  # refused, still open
        # A date, then an ongoing duty: the date is the deadline (parsing.pick_deadline).
        await replace_field(pilot, app, "deadline",
                            "Hoàn thành trước ngày 30/7/2026; thường xuyên báo cáo")
        await pilot.press("ctrl+s")
        await settle(pilot)
    detail = store.get_directive(ids(store)[1], today=TODAY)
    assert (detail.due_on, detail.deadline_kind) == (date(2026, 7, 29), "date")
    assert {task.due_on for task in detail.tasks} == {date(2026, 7, 29)}


async def test_add_and_remove_an_agency(store, on_screen, settle) -> None:
    async with on_screen() as (app, pilot):
        await pilot.press("A")
        await settle(pilot)
        await replace_field(pilot, app, "agency", "Sở Y tế")
        await replace_field(pilot, app, "role", "phối hợp")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(roles(store)) == 4
        screen = app.screen
        while screen.tasks.cursor_row.agency != "Thanh tra tỉnh":
            await pilot.press("down")
            await settle(pilot)
        await pilot.press("X")
        await settle(pilot)
        await pilot.press("enter")  # confirm
        await settle(pilot)
        assert "Thanh tra tỉnh" not in roles(store)
        await pilot.press("u")
        await settle(pilot)
        assert "Thanh tra tỉnh" in roles(store)


async def test_delete_directive_asks_first_and_undo_restores(store, on_screen, settle) -> None:
    async with on_screen() as (app, pilot):
        await pilot.press("D")
        await settle(pilot)
        await pilot.press("escape")  # no
        await settle(pilot)
        assert store.count_tasks(today=TODAY) == 3
        await pilot.press("D")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert store.count_tasks(today=TODAY) == 0
        assert type(app.screen).__name__ != "DirectiveScreen"  # it went back


async def test_notice_header_edit_and_delete_with_undo(store, on_screen, settle) -> None:
    async with on_screen("notice") as (app, pilot):
        await pilot.press("E")
        await settle(pilot)
        await replace_field(pilot, app, "number", "78/TB-UBND")
        await replace_field(pilot, app, "issued_on", "17/4/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        notice = store.get_notice(ids(store)[0], today=TODAY)
        assert (notice.number, notice.issued_on) == ("78/TB-UBND", date(2026, 4, 17))
        await pilot.press("D")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert store.count_notices() == 0 and store.count_tasks(today=TODAY) == 0
        await pilot.press("t")  # the notices list
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert store.count_notices() == 1 and store.count_tasks(today=TODAY) == 3


async def test_undo_in_one_ui_session_never_reverts_another(store, make_app, settle,
                                                            tmp_path) -> None:
    from tui_tracker.ui.screens.directive import DirectiveScreen

    notice_id, directive_id = ids(store)
    other = Store.open(store.path, user="tester")  # the same OS user, another UI run
    try:
        app_b = make_app(other)
        async with app_b.run_test(size=(100, 30)) as pilot_b:
            app_b.push_screen(DirectiveScreen(directive_id))
            await settle(pilot_b)
            other.edit_directive(directive_id, coordinators=[])  # B's own correction
            app_a = make_app(store)
            async with app_a.run_test(size=(100, 30)) as pilot_a:
                app_a.push_screen(DirectiveScreen(directive_id))
                await settle(pilot_a)
                await pilot_a.press("2")  # A sets a status, then undoes: only that
                await settle(pilot_a)
                await pilot_a.press("u")
                await settle(pilot_a)
                await pilot_a.press("u")  # nothing more of A's: B's correction stays
                await settle(pilot_a)
        assert "Thanh tra tỉnh" not in roles(store)
        assert all(t.status == "todo" for t in
                   store.get_directive(directive_id, today=TODAY).tasks)
    finally:
        other.close()


async def test_triage_rules_hold_in_the_ui(store, on_screen, settle) -> None:
    async with on_screen() as (app, pilot):
        task = app.screen.tasks.cursor_row
        await pilot.press("4")  # done: the dialog proposes today
        await settle(pilot)
        await replace_field(pilot, app, "completed_on", "1/4/2026")  # before the notice
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.get_task(task.id, today=TODAY).status == "todo"
        await pilot.press("e")  # an extension to an earlier day is refused
        await settle(pilot)
        await replace_field(pilot, app, "new_due", "1/6/2026")
        await replace_field(pilot, app, "reason", "sớm hơn")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.get_task(task.id, today=TODAY).due_on == date(2026, 6, 29)
        # Refused in the dialog, which stays with what was typed; Esc asks, D leaves.
        assert app.screen.query_one("#reason").value == "sớm hơn"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        for text in ("đã gọi điện", "đã có công văn"):  # n adds, never replaces
            await pilot.press("n")
            await settle(pilot)
            await replace_field(pilot, app, "note", text)
            await pilot.press("ctrl+s")
            await settle(pilot)
        notes = [e.note for e in store.history(task.id) if e.action == "note"]
        assert notes == ["đã gọi điện", "đã có công văn"]
        assert [e.action for e in store.history(task.id)] == ["import", "note", "note"]


def notifications(app) -> list[tuple[str, str]]:
    return [(str(n.message), n.severity) for n in shown(app)]


@pytest.mark.parametrize("where", ["directive", "notice"])
async def test_a_delete_says_what_happened_and_u_undoes_it_from_the_countdown(
        where, store, on_screen, settle) -> None:
    async with on_screen(where) as (app, pilot):
        await pilot.press("D")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        said = notifications(app)
        assert not [text for text, severity in said if severity == "error"], said
        assert any("hoàn tác" in text for text, _ in said), said  # the undo hint
        assert store.count_tasks(today=TODAY) == 0
        await pilot.press("c")  # the countdown: u still undoes the delete
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert store.count_tasks(today=TODAY) == 3
        assert any(text == "Đã hoàn tác sửa đổi." for text, _ in notifications(app))


async def test_u_undoes_the_newest_change_not_the_highlighted_task(store, make_app,
                                                                   settle) -> None:
    from tui_tracker.ui.screens.directive import DirectiveScreen

    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DirectiveScreen(ids(store)[1]))
        await settle(pilot)
        tasks = app.screen.tasks
        first = tasks.cursor_row
        await settle(pilot, "2")  # the first task: in progress
        await settle(pilot, "down")
        assert tasks.cursor_row.id != first.id
        await settle(pilot, "a")  # the agencies screen: no task list there
        await settle(pilot, "u")
        assert store.get_task(first.id, today=TODAY).status == "todo"
        await settle(pilot, "u")
        assert any("chưa có thay đổi nào" in text for text, _ in notifications(app))
