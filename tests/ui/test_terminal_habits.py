"""80×24 habits: too small a terminal, q, g/G, the row position, the status at 80 columns,
the theme kept across runs, and Textual's own strings in the interface language."""

from __future__ import annotations

from datetime import date

from textual.command import CommandPalette
from textual.screen import ModalScreen
from textual_internals import notifications

from tui_tracker.i18n import set_language, t
from tui_tracker.model import NoticeHeader, ParsedDirective, ParsedNotice
from tui_tracker.store import Store
from tui_tracker.ui.screens.countdown import CountdownScreen
from tui_tracker.ui.screens.help import HelpScreen
from tui_tracker.ui.screens.notices import NoticeScreen, NoticesScreen
from tui_tracker.ui.screens.too_small import TooSmallScreen
from tui_tracker.ui.tasks.labels import STATUS_GLYPHS
from tui_tracker.ui.widgets.virtual_table import VirtualTable


def quit_calls(app) -> list[object]:
    calls: list[object] = []
    app.exit = lambda *args, **kwargs: calls.append(args)  # the test keeps running
    return calls


async def test_too_small_says_so_and_goes_when_resized_back(store, make_app, settle, plain):
    app = make_app(store)
    async with app.run_test(size=(70, 20)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        assert plain(app.screen.query_one("#too-small")) == t(
            "importui.too_small", width=70, height=20, min_width=80, min_height=24)
        await pilot.press("t")  # keys do nothing unseen meanwhile
        await settle(pilot)
        assert [type(s) for s in app.screen_stack] == [CountdownScreen, TooSmallScreen]

        await pilot.resize_terminal(80, 23)  # still one line short: the size is updated
        await settle(pilot)
        assert "80×23" in plain(app.screen.query_one("#too-small"))
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert isinstance(app.screen, CountdownScreen)
        assert not app.query(TooSmallScreen)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, NoticesScreen)

        await pilot.resize_terminal(79, 30)  # over a pushed screen too, and back
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert isinstance(app.screen, NoticesScreen)


async def test_q_quits_from_top_level_screens_only(store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        calls = quit_calls(app)
        await settle(pilot)
        await pilot.press("enter")  # a task's directive: a pushed screen
        await settle(pilot)
        assert not isinstance(app.screen, CountdownScreen)
        await pilot.press("q")
        await settle(pilot)
        assert calls == []
        await pilot.press("t", "f")  # the notices' filter field: q is a letter there
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert calls == []
        assert app.screen.focused.value == "q"
        await pilot.press("escape")  # filter cleared, back on the list
        await settle(pilot)
        assert isinstance(app.screen, NoticesScreen)
        await pilot.press("q")
        assert calls == [()]
        await pilot.press("c", "q")  # the countdown
        assert len(calls) == 2


async def test_g_and_shift_g_and_the_row_position(store, make_app, settle):
    from tui_tracker.ui.tasks.task_list import task_columns

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(VirtualTable)
        total = table.row_count
        assert total > 3

        def header_says(position: str) -> None:
            header = table.render_line(0).text
            assert f" {position} " in f"{header} "
            # No column title is cut for it (it sits in a title's blank).
            for column in task_columns():
                if column.min_table_width <= 80 and column.header:
                    assert column.header in header, (column.header, header)

        header_says(f"1/{total}")
        await pilot.press("G")
        assert table.cursor_index == total - 1
        header_says(f"{total}/{total}")
        await pilot.press("up")
        header_says(f"{total - 1}/{total}")
        await pilot.press("g")
        assert table.cursor_index == 0
        header_says(f"1/{total}")


async def test_every_row_says_its_status_at_80_columns(store, make_app, settle, table_lines):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(VirtualTable)
        rows = [line for line in table_lines(table)[1:] if line.strip()]
        assert rows and all(any(g in line[27:30] for g in STATUS_GLYPHS.values())
                            for line in rows)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        legend = app.screen.query_one("#help-legend").render()
        assert "○ chưa thực hiện" in str(legend) and "✓ hoàn thành" in str(legend)
    app = make_app(store)
    async with app.run_test(size=(120, 30)) as pilot:  # wide: the status in words
        await settle(pilot)
        lines = table_lines(app.screen.query_one(VirtualTable))
        assert "Trạng thái" in lines[0]
        assert not any(g in lines[1] for g in STATUS_GLYPHS.values())


async def test_agency_names_too_long_show_their_short_name(store, make_app, settle,
                                                          table_lines):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = table_lines(app.screen.query_one(VirtualTable))
        assert any("Sở KH&CN" in line for line in lines)  # Sở Khoa học và Công nghệ
        assert not any("…và Công nghệ" in line or "Sở Khoa học v…" in line for line in lines)


async def test_the_theme_picked_is_kept_for_the_next_run(store, make_app, settle, tmp_path):
    state = tmp_path / "state.json"
    settings_text = "[ui]\ntheme = \"tracker\"  # mine\n"
    settings = tmp_path / "settings.toml"
    settings.write_text(settings_text, encoding="utf-8")
    app = make_app(store, theme="tracker", state_file=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not state.exists()  # nothing written until the user picks
        app.theme = "tracker-light"  # what the palette's theme command does
        await settle(pilot)
    assert state.exists()
    app = make_app(store, theme="tracker", state_file=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "tracker-light"
    # The settings file now names another theme: it wins over the earlier pick.
    app = make_app(store, theme="nord", state_file=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
    assert settings.read_text(encoding="utf-8") == settings_text  # never rewritten


async def test_textual_strings_are_translated(store, make_app, settle):
    set_language("en")
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        notes = notifications(app)
        assert notes and notes[-1].message == "Press Ctrl+Q to quit the app."
        assert notes[-1].title == "Do you want to quit?"

    set_language("vi")
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert notifications(app)[-1].message == "Bấm Ctrl+Q để thoát chương trình."
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"zzzzqqq")
        for _ in range(20):  # "no matches" appears after Textual's half-second countdown
            await pilot.pause(0.1)
            text = " ".join(str(o.prompt) for o in app.screen.query_one("CommandList").options)
            if text:
                break
        assert "Không có lệnh nào khớp" in text
        assert "No matches" not in text


async def test_stored_warnings_read_in_the_readers_language(tmp_path, make_app, settle, plain):
    store = Store.open(tmp_path / "w.db", user="tester")
    try:
        set_language("vi")  # imported by a Vietnamese session
        parsed = ParsedNotice(
            notice=NoticeHeader(doc_type="TB", number="9/TB-UBND", title="Kết luận",
                                issued_on=date(2026, 4, 1)),
            directives=[ParsedDirective("1", None, "Rà soát.")],
            warnings=[t("parse.structure.no_lead", ref="1"), t("parse.header.no_signer")])
        notice_id = store.import_notice(parsed).id
        set_language("en")  # read by a colleague with --lang en
        app = make_app(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.push_screen(NoticeScreen(notice_id))
            await settle(pilot)
            header = plain(app.screen.query_one("#notice-header-body"))
            assert "Item 1: no lead agency was found." in header
            assert "No signer found." in header
            assert "Mục 1" not in header
    finally:
        store.close()


async def test_too_small_shows_only_its_sentence(store, make_app, settle):
    """Below 80×24 nothing is drawn over the sentence: not the layout under it (a whole
    screen, not a modal one), not a notification (no rack on it: they wait)."""
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.notify("Thôngbáokiểmtra")
        await settle(pilot)
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        assert not isinstance(app.screen, ModalScreen)
        assert not app.screen.query("ToastRack")
        assert "80×24" in app.export_screenshot()
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert isinstance(app.screen, CountdownScreen)


async def test_q_closes_the_report_screen(store, make_app, settle):
    from tui_tracker.ui.screens.report import ReportScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "r")
        assert isinstance(app.screen, ReportScreen)
        await settle(pilot, "q")
        assert isinstance(app.screen, CountdownScreen)
