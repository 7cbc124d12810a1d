"""The UI on a database this user may only read: a visible mark, and triage keys that
explain instead of failing."""

from __future__ import annotations

from builders import TODAY
from textual_internals import notifications

from tui_tracker.i18n import t
from tui_tracker.store import Store
from tui_tracker.ui.tasks.dialogs import DoneDialog, ExtendDialog, NoteDialog
from tui_tracker.ui.tasks.task_list import TaskList


def _notices(app) -> list[str]:
    return [str(notification.message) for notification in notifications(app)]


async def test_read_only_database_shows_the_mark_and_refuses_triage(sample_db, make_app,
                                                                    settle, plain) -> None:
    store = Store.open(sample_db, user="viewer", read_only=True)
    before = [(row.id, row.version, row.status) for row in store.list_tasks(today=TODAY)]
    try:
        app = make_app(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            mark = t("storeops.ui.read_only_mark")
            assert mark in app.title
            title = app.screen.query_one("#countdown-title")
            assert mark in plain(title)
            tasks = app.screen.query_one(TaskList)
            assert tasks.row_count > 0  # reading works
            for key in ("2", "4", "n", "e", "u"):
                await settle(pilot, key)
                # No dialog opens whose change could only fail.
                assert not isinstance(app.screen, DoneDialog | NoteDialog | ExtendDialog)
            assert _notices(app).count(t("storeops.ui.read_only_key")) == 5
            await settle(pilot, "i")
            assert app.screen.id == "countdown"  # no import screen either
    finally:
        after = [(row.id, row.version, row.status) for row in store.list_tasks(today=TODAY)]
        store.close()
    assert after == before


async def test_writable_database_has_no_mark(store, make_app, settle, plain) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        mark = t("storeops.ui.read_only_mark")
        assert mark not in app.title
        assert mark not in plain(app.screen.query_one("#countdown-title"))
