"""Import by pasting the notice's text (from an e-mail, a web page) instead of a file."""

from __future__ import annotations

from builders import TODAY
from textual import events

from tui_tracker.i18n import t
from tui_tracker.store import Store
from tui_tracker.ui.screens.import_review import ImportReviewScreen, ImportScreen
from tui_tracker.ui.screens.import_review.paste import PasteArea

NOTICE = """UỶ BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 321/TB-UBND
Quảng Ngãi, ngày 16 tháng 4 năm 2026

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Khoa học và Công nghệ

1. Nhiệm vụ trọng tâm
a) Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch chuyển đổi số năm 2026, trình UBND tỉnh trước ngày 30/6/2026.
b) Giao Sở Nội vụ chủ trì rà soát bộ máy, báo cáo UBND tỉnh trong tháng 5/2026.

Nơi nhận:
- Lưu: VT.
"""


async def open_import(pilot, settle) -> ImportScreen:
    await settle(pilot)
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ImportScreen)
    return pilot.app.screen


async def test_f6_paste_ctrl_s_opens_the_review_and_saves(tmp_path, make_app, settle, plain):
    store = Store.open(tmp_path / "paste.db", user="tester")
    try:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_import(pilot, settle)
            await pilot.press("f6")
            assert screen.pasting
            area = screen.query_one("#import-paste", PasteArea)
            assert area.has_focus
            app.post_message(events.Paste(NOTICE))  # what a terminal's paste delivers
            await settle(pilot)
            assert area.text == NOTICE
            await pilot.press("ctrl+s")
            await settle(pilot)
            review = app.screen
            assert isinstance(review, ImportReviewScreen)
            assert plain(review.query_one(".screen-title")).endswith("— văn bản dán")
            assert review.table.row_count == 2
            assert store.count_notices() == 0  # reviewing stores nothing
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert app.screen is screen
            assert "321/TB-UBND" in plain(screen.query_one("#import-message"))
        stored = store.list_notices(today=TODAY)
        assert [n.number for n in stored] == ["321/TB-UBND"]
    finally:
        store.close()


async def test_a_notice_pasted_into_the_path_field_switches_to_the_text(
        store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_import(pilot, settle)
        path = screen.query_one("#import-path")
        before = path.value
        app.post_message(events.Paste(NOTICE))
        await settle(pilot)
        assert screen.pasting
        assert screen.query_one("#import-paste", PasteArea).text == NOTICE
        assert path.value == before  # not a path: the field is left alone
        await pilot.press("f6")  # back to the file
        await settle(pilot)
        assert not screen.pasting and path.has_focus
        app.post_message(events.Paste("/tmp/one-line.txt"))  # one line is a path
        await settle(pilot)
        assert not screen.pasting and path.value.endswith("one-line.txt")


async def test_empty_and_non_notice_text_get_one_sentence(store, make_app, settle, plain):
    before = store.count_notices()
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_import(pilot, settle)
        await pilot.press("f6", "ctrl+s")
        await settle(pilot)
        message = screen.query_one("#import-message")
        assert plain(message) == t("importui.paste.empty")
        assert message.has_class("error") and app.screen is screen

        area = screen.query_one("#import-paste", PasteArea)
        area.load_text("Chào anh,\nEm gửi anh lịch họp tuần sau.\nTrân trọng.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert plain(message) == t("importui.paste.not_a_notice")
        assert app.screen is screen
    assert store.count_notices() == before
