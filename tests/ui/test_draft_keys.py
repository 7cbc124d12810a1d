"""`w` on a notice writes its draft report, `w` on an agency's tasks its urging letter:
a .docx in the current folder and a toast with the path; the palette offers both."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import TODAY
from docx import Document
from textual_internals import notifications

from tui_tracker.drafts.files import reminder_file_name, report_file_name
from tui_tracker.ui.messages import OpenNotice


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def toasts(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(notification.message) for notification in notifications(app)]


async def test_w_on_a_notice_writes_its_report(store, make_app, wait_for_data,
                                               tmp_path: Path) -> None:
    notice = next(n for n in store.list_notices(today=TODAY) if n.number == "123/TB-UBND")
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_data(pilot)
        app.post_message(OpenNotice(notice.id))
        await wait_for_data(pilot)
        await pilot.press("w")
        await wait_for_data(pilot)
        path = tmp_path / report_file_name(notice.id)
        assert path.is_file(), (type(app.screen).__name__, toasts(app))
        assert any(str(path) in toast for toast in toasts(app))
    lines = [paragraph.text for paragraph in Document(str(path)).paragraphs]
    assert "BÁO CÁO" in lines


async def test_w_on_agency_tasks_writes_the_reminder(store, make_app, wait_for_data,
                                                     tmp_path: Path) -> None:
    from tui_tracker.ui.screens.agencies import AgencyTasksScreen

    agency = next(row for row in store.list_agencies(today=TODAY) if row.overdue)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_data(pilot)
        app.push_screen(AgencyTasksScreen(agency.id))
        await wait_for_data(pilot)
        await pilot.press("w")
        await wait_for_data(pilot)
        path = tmp_path / reminder_file_name(agency.name)
        assert path.is_file()
        assert any(str(path) in toast for toast in toasts(app))
    document = Document(str(path))
    assert any(p.text == f"Kính gửi: {agency.name}" for p in document.paragraphs)
    assert len(document.tables[1].rows) == 1 + agency.overdue + sum(
        1 for row in store.list_tasks(None, today=TODAY)
        if row.agency_id == agency.id and row.urgency in ("today", "soon"))


async def test_the_palette_offers_the_draft_on_the_notice_screen(store, make_app,
                                                                 wait_for_data) -> None:
    from tui_tracker.ui.commands import TrackerCommands

    notice = store.list_notices(today=TODAY)[0]
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_data(pilot)
        app.post_message(OpenNotice(notice.id))
        await wait_for_data(pilot)
        provider = TrackerCommands(app.screen)
        names = [name for name, _help, _callback in provider._commands()]
        assert "Dự thảo báo cáo" in names
