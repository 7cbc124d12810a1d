"""One directive: text, deadline, assignments as a TaskList (triage keys), task history."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import pytest
from builders import TODAY

from tui_tracker.model import (
    Assignment,
    Deadline,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
    Status,
)
from tui_tracker.store import Store, TaskFilter

# --- fixtures -------------------------------------------------------------------------------


def make_notice() -> ParsedNotice:
    return ParsedNotice(
        notice=NoticeHeader(doc_type="TB", number="77/TB-UBND", title="Kết luận về đầu tư công",
                            issuer="UBND tỉnh", issued_on=date(2026, 4, 16)),
        directives=[
            ParsedDirective(
                ref="3.d", heading="Về xử lý [red]tồn tại[/red] trước hợp nhất tỉnh",
                text="Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Thanh tra tỉnh "
                     "và các cơ quan liên quan rà soát, báo cáo UBND tỉnh.\x1b[2J",
                section="Đối với nội dung đề xuất, kiến nghị",
                assignments=[Assignment("Sở Khoa học và Công nghệ", Role.LEAD),
                             Assignment("Thanh tra tỉnh", Role.COORDINATE)],
                with_related=True,
                deadline=Deadline("trước ngày 30/6/2026", date(2026, 6, 29), "date")),
        ],
        text="THÔNG BÁO\n", original="THÔNG BÁO\n",
    )


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "directive.db", user="tester")
    store.import_notice(make_notice())
    yield store
    store.close()


def directive_id(store: Store) -> int:
    notice = store.list_notices(today=TODAY)[0]
    return store.list_directives(notice.id, today=TODAY)[0].id


@pytest.fixture
def on_directive(store, make_app, settle):
    """`async with on_directive(did) as (app, pilot):` the app at 80x24 showing directive
    `did` (default: the notice's only one), loaded."""

    @asynccontextmanager
    async def run(did: int | None = None) -> AsyncIterator[tuple[Any, Any]]:
        from tui_tracker.ui.screens.directive import DirectiveScreen

        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            app.push_screen(DirectiveScreen(directive_id(store) if did is None else did))
            await settle(pilot)
            yield app, pilot

    return run


# --- tests ---------------------------------------------------------------------------------


async def test_directive_shows_text_deadline_assignments_and_history(on_directive, plain):
    async with on_directive() as (app, pilot):
        screen = app.screen
        assert "3.d" in plain(screen.query_one("#directive-title"))
        assert "77/TB-UBND" in plain(screen.query_one("#directive-title"))
        info = plain(screen.query_one("#directive-info-body"))
        assert "trước ngày 30/6/2026" in info  # the phrase as written
        assert "29/06/2026" in info  # the date it resolves to (strictly before)
        assert "[red]tồn tại[/red]" in info  # literal, not markup
        assert "\x1b" not in info
        assert "các cơ quan, đơn vị liên quan" in info

        tasks = screen.tasks
        assert tasks.row_count == 2
        rows = [tasks.get_cached_row(i) for i in range(2)]
        cells = [{c.key: c.cell(r) for c in tasks.columns} for r in rows]
        assert {(c["agency"], c["role"]) for c in cells} == {
            ("Sở Khoa học và Công nghệ", "chủ trì"), ("Thanh tra tỉnh", "phối hợp")}
        assert all(c["status"] == "chưa thực hiện" and c["due"] == "29/06/2026"
                   for c in cells)

        history_title = plain(screen.query_one("#directive-history-title"))
        assert rows[0].agency in history_title
        history = plain(screen.query_one("#directive-history-body"))
        assert "tester" in history and "nhập" in history


async def test_triage_keys_work_here_and_the_history_follows(store, on_directive, settle, plain):
    async with on_directive() as (app, pilot):
        screen = app.screen
        task = screen.tasks.cursor_row
        await pilot.press("2")  # in progress
        await settle(pilot)
        assert store.get_task(task.id, today=TODAY).status == Status.IN_PROGRESS
        history = plain(screen.query_one("#directive-history-body"))
        assert "chưa thực hiện → đang thực hiện" in history
        cells = {c.key: c.cell(screen.tasks.cursor_row) for c in screen.tasks.columns}
        assert cells["status"] == "đang thực hiện"
        assert screen.tasks.cursor_row.id == task.id  # the cursor stayed on the task


async def test_history_follows_the_highlighted_task_and_extensions_show(
        store, on_directive, settle, plain):
    did = directive_id(store)
    coordinator = store.list_tasks(TaskFilter(directive_id=did, role=Role.COORDINATE),
                                   today=TODAY)[0]
    store.extend(coordinator.id, date(2026, 7, 15), reason="chờ số liệu", today=TODAY)
    async with on_directive(did) as (app, pilot):
        screen = app.screen
        info = plain(screen.query_one("#directive-info-body"))
        assert "Thanh tra tỉnh: 29/06/2026 → 15/07/2026" in info
        index = next(i for i in range(screen.tasks.row_count)
                     if screen.tasks.get_cached_row(i).id == coordinator.id)
        screen.tasks.move_cursor(index)
        await settle(pilot)
        assert "Thanh tra tỉnh" in plain(screen.query_one("#directive-history-title"))
        history = plain(screen.query_one("#directive-history-body"))
        assert "gia hạn" in history
        assert "15/07/2026" in history and "chờ số liệu" in history


async def test_opened_from_a_task_the_cursor_is_on_that_task(store, make_app, settle):
    from tui_tracker.ui.messages import OpenDirective
    from tui_tracker.ui.screens.directive import DirectiveScreen

    did = directive_id(store)
    coordinator = store.list_tasks(TaskFilter(directive_id=did, role=Role.COORDINATE),
                                   today=TODAY)[0]
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenDirective(did, coordinator.id))
        await settle(pilot)
        assert isinstance(app.screen, DirectiveScreen)
        assert app.screen.tasks.cursor_row.id == coordinator.id


async def test_full_text_opens_literally(on_directive, settle, plain):
    from tui_tracker.ui.dialogs.literal_text import LiteralTextScreen
    async with on_directive() as (app, pilot):
        await settle(pilot, "o")
        assert isinstance(app.screen, LiteralTextScreen)
        body = plain(app.screen.query_one("#text-body"))
        assert "rà soát, báo cáo UBND tỉnh." in body and "\x1b" not in body


async def test_another_session_s_change_shows_after_data_changed(
        store, on_directive, settle, plain):
    async with on_directive() as (app, pilot):
        screen = app.screen
        task = screen.tasks.cursor_row
        other = Store.open(store.path, user="colleague")
        other.set_status(task.id, Status.REPORTED, today=TODAY, note="đã gửi báo cáo")
        other.close()
        app.broadcast_data_changed("external")
        await settle(pilot)
        assert screen.tasks.cursor_row.id == task.id
        assert screen.tasks.cursor_row.status == "reported"
        history = plain(screen.query_one("#directive-history-body"))
        assert "colleague" in history and "chờ xác nhận" in history
        assert "đã gửi báo cáo" in history
