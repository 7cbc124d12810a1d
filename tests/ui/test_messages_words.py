"""UI messages in the user's words (issue 16, point 3): a recurring duty's next deadline,
a note shown once with its field in words, days as dd/mm/yyyy."""

from __future__ import annotations

import re
from datetime import date

import pytest
from textual_internals import notifications

from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.store import Store


@pytest.fixture
def recurring_store(tmp_path):
    store = Store.open(tmp_path / "words.db", user="tester")
    store.import_notice(ParsedNotice(
        notice=NoticeHeader(doc_type="TB", number="7/TB-UBND", issuer="UBND tỉnh",
                            issued_on=date(2026, 5, 2)),
        directives=[ParsedDirective(
            ref="2.a", heading="Báo cáo tiến độ",
            text="Sở Y tế báo cáo trước ngày 20 hằng tháng.",
            assignments=[Assignment(agency="Sở Y tế", role=Role.LEAD)],
            deadline=Deadline(text="trước ngày 20 hằng tháng", due_on=date(2026, 5, 19),
                              kind=DeadlineKind.RECURRING, recurrence="monthly:20"))],
        text="THÔNG BÁO\n", original="THÔNG BÁO\n"))
    yield store
    store.close()


def said(app) -> list[str]:
    return [str(n.message) for n in notifications(app)]


async def test_a_recurring_duty_reported_says_its_next_deadline(recurring_store, make_app,
                                                                settle):
    app = make_app(recurring_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot, "3")  # reported
        message = said(app)[-1]
        assert "19/05/2026" in message and "19/06/2026" in message
        assert "chưa thực hiện" not in message


async def test_a_note_is_shown_once_in_the_history(recurring_store, make_app, settle, plain):
    from tui_tracker.ui.tasks.history import HistoryScreen
    from tui_tracker.ui.widgets.virtual_table import VirtualTable

    app = make_app(recurring_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot, "n")
        await pilot.press(*"Da goi dien")
        await settle(pilot, "enter")
        await settle(pilot, "h")
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(VirtualTable)
        text = "\n".join(table.render_line(y).text for y in range(table.size.height))
        assert text.count("Da goi dien") == 1
        assert "note" not in text  # the field's name is in words, or not repeated at all
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # times as dd/mm/yyyy HH:MM
        assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", text)
