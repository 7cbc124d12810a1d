"""The notices list and one notice: counts, header, directives, original text, navigation."""

from __future__ import annotations

from datetime import date

import pytest
from builders import TODAY

from tui_tracker import i18n
from tui_tracker.model import (
    Assignment,
    Deadline,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Reference,
    Role,
)
from tui_tracker.store import Store

# --- fixtures (own to these screens: notices built directly, no parser involved) -----------


def make_notice(n: int, *, title: str | None = None) -> ParsedNotice:
    """Notice number n/TB-UBND with two directives: 2.a (lead + coordinator, overdue at
    TODAY) and 2.b (one lead, due later); its texts hold markup and an escape sequence."""
    return ParsedNotice(
        notice=NoticeHeader(
            doc_type="TB", number=f"{n}/TB-UBND",
            title=title or f"Kết luận số {n} về [bold]chuyển đổi số[/bold]",
            issuer="UBND tỉnh Quảng Ngãi", issued_on=date(2026, 4, n),
            meeting_on=date(2026, 4, n), presiding="Phó Chủ tịch UBND tỉnh Trần Phước Hiền",
            signer="Phùng Tô Long", signer_title="KT. CHÁNH VĂN PHÒNG"),
        references=[Reference("Báo cáo số 95/BC-SKHHCN ngày 13/4/2026", "95/BC-SKHHCN", "BC",
                              date(2026, 4, 13))],
        directives=[
            ParsedDirective(
                ref="2.a", heading="Về chuyển đổi số",
                text=f"Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện việc {n}.",
                assignments=[Assignment("Sở Y tế", Role.LEAD),
                             Assignment("Sở Tài chính", Role.COORDINATE)],
                deadline=Deadline("trước ngày 30/4/2026", date(2026, 4, 29), "date")),
            ParsedDirective(
                ref="2.b", heading=None, text=f"Giao Sở Tài chính rà soát việc {n}.",
                assignments=[Assignment("Sở Tài chính", Role.LEAD)],
                deadline=Deadline("trong tháng 6/2026", date(2026, 6, 30), "month")),
        ],
        warnings=["no document number found"],
        text=f"THÔNG BÁO {n}\n[bold]Kết luận[/bold]\n",
        original=f"THÔNG BÁO {n}\n[bold]Kết luận[/bold] \x1b[31mđỏ\x1b[0m\n",
    )


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "notices.db", user="tester")
    for n in (1, 2, 3):
        store.import_notice(make_notice(n), source=f"/tmp/tb{n}.txt")
    yield store
    store.close()


# --- tests ---------------------------------------------------------------------------------


async def test_notices_list_shows_counts_newest_first_and_opens_a_notice(
        store, make_app, settle, plain):
    from tui_tracker.ui.screens.notices import NoticeScreen, NoticesScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "t")
        screen = app.screen
        assert isinstance(screen, NoticesScreen)
        table = screen.table
        assert table.row_count == 3
        first = table.get_cached_row(0)
        assert first.number == "3/TB-UBND"  # newest first
        assert "3 thông báo" in plain(screen.query_one("#notices-title"))
        cells = {c.key: c.cell(first) for c in table.columns}
        assert cells["date"] == "03/04/2026"
        assert cells["directives"] == "2"
        assert cells["open"] == "3"  # 3 tasks, none done
        assert cells["overdue"] == "2"  # both tasks of 2.a are past 29/04

        await settle(pilot, "down", "enter")
        assert isinstance(app.screen, NoticeScreen)
        assert app.screen.notice_id == table.get_cached_row(1).id
        header = plain(app.screen.query_one("#notice-header-body"))
        for expected in ("2/TB-UBND", "UBND tỉnh Quảng Ngãi", "02/04/2026",
                         "Trần Phước Hiền", "Phùng Tô Long", "95/BC-SKHHCN",
                         "[bold]chuyển đổi số[/bold]"):
            assert expected in header
        directives = app.screen.table
        assert directives.row_count == 2
        row = directives.get_cached_row(0)
        cells = {c.key: c.cell(row) for c in directives.columns}
        assert cells["ref"] == "2.a"
        assert cells["lead"] == "Sở Y tế"
        assert cells["deadline"] == "trước ngày 30/4/2026"
        assert cells["due"] == "29/04/2026"
        assert cells["progress"] == "0/2"


async def test_original_text_is_shown_literally_without_escapes(store, make_app, settle, plain):
    from tui_tracker.ui.dialogs.literal_text import LiteralTextScreen
    from tui_tracker.ui.screens.notices import NoticeScreen

    notice_id = store.list_notices(today=TODAY)[0].id
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(NoticeScreen(notice_id))
        await settle(pilot)
        await settle(pilot, "o")
        assert isinstance(app.screen, LiteralTextScreen)
        text = plain(app.screen.query_one("#text-body"))
        assert "[bold]Kết luận[/bold]" in text  # markup stays text
        assert "\x1b" not in text and "đỏ" in text
        await settle(pilot, "escape")
        assert isinstance(app.screen, NoticeScreen)


async def test_enter_on_a_directive_opens_the_directive_screen(store, make_app, settle):
    from tui_tracker.ui.screens.directive import DirectiveScreen
    from tui_tracker.ui.screens.notices import NoticeScreen

    notice_id = store.list_notices(today=TODAY)[0].id
    wanted = store.list_directives(notice_id, today=TODAY)[1]
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(NoticeScreen(notice_id))
        await settle(pilot)
        await settle(pilot, "down", "enter")
        assert isinstance(app.screen, DirectiveScreen)
        assert app.screen.directive_id == wanted.id


async def test_filter_narrows_the_list_and_escape_clears_it(store, make_app, settle):
    store.import_notice(make_notice(4, title="Kết luận về đất đai và khoáng sản"))
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "t")
        screen = app.screen
        assert screen.table.row_count == 4
        await pilot.press("f")
        await pilot.press(*"dat dai", "enter")  # typed without diacritics
        await settle(pilot)
        assert screen.table.row_count == 1
        assert screen.table.get_cached_row(0).number == "4/TB-UBND"
        await settle(pilot, "escape")
        assert screen.table.row_count == 4
        assert app.screen is screen  # Esc cleared the filter, it did not leave


async def test_another_session_s_import_refreshes_and_keeps_the_cursor_on_its_notice(
        store, make_app, settle, plain):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "t")
        table = app.screen.table
        await settle(pilot, "down")
        before = table.cursor_row.id
        # Another connection imports a newer notice, then the app learns of it.
        other = Store.open(store.path, user="someone")
        other.import_notice(make_notice(9))
        other.close()
        app.broadcast_data_changed("external")
        await settle(pilot)
        assert table.row_count == 4
        assert table.cursor_row.id == before
        assert "4 thông báo" in plain(app.screen.query_one("#notices-title"))


async def test_english_interface(store, make_app, settle, plain):
    from tui_tracker.ui.screens.notices import NoticesScreen

    i18n.set_language("en")
    try:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            app.push_screen(NoticesScreen())
            await settle(pilot)
            assert "3 notices" in plain(app.screen.query_one("#notices-title"))
            headers = [c.header for c in app.screen.table.columns]
            assert headers[:3] == ["Number", "Date", "Summary"]
            descriptions = {b.binding.description
                            for b in app.screen.active_bindings.values()}
            assert "Filter" in descriptions
    finally:
        i18n.set_language("vi")
