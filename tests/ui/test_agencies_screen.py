"""Agencies with their counts; one agency's tasks split by role (lead / coordinator)."""

from __future__ import annotations

from datetime import date

import pytest
from builders import TODAY, directive, notice

from tui_tracker.model import (
    ParsedDirective,
    Role,
    Status,
)
from tui_tracker.store import Store, TaskFilter

# --- fixtures -------------------------------------------------------------------------------


def task(ref: str, lead: str, coordinators: list[str], due: date) -> ParsedDirective:
    return directive(ref, lead, coordinate=coordinators, due=due, phrase=f"hạn {due:%d/%m/%Y}",
                     heading=f"Nhiệm vụ {ref}", text=f"Giao {lead} chủ trì nhiệm vụ {ref}.")


@pytest.fixture
def store(tmp_path):
    """Sở Tài chính leads 2.a (overdue) and 2.c, coordinates 2.b; Sở Y tế leads 2.b."""
    store = Store.open(tmp_path / "agencies.db", user="tester")
    store.import_notice(notice([
        task("2.a", "Sở Tài chính", [], date(2026, 4, 30)),
        task("2.b", "Sở Y tế", ["Sở Tài chính"], date(2026, 6, 30)),
        task("2.c", "Sở Tài chính", ["Sở Y tế"], date(2026, 7, 31)),
    ], number="5/TB-UBND"))
    finance = store.find_agency("Sở Tài chính")
    done = store.list_tasks(TaskFilter(agency_id=finance.id, role=Role.LEAD), today=TODAY)
    store.set_status(done[-1].id, Status.DONE, today=TODAY)  # 2.c done
    yield store
    store.close()


def rows(table) -> list:
    """The rows loaded in the table (the window around the view)."""
    return [row for i in range(table.row_count) if (row := table.get_cached_row(i))]


# --- tests ---------------------------------------------------------------------------------


async def test_agencies_show_open_overdue_and_done_counts(store, make_app, settle):
    from tui_tracker.ui.screens.agencies import AgenciesScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "a")
        assert isinstance(app.screen, AgenciesScreen)
        table = app.screen.table
        assert table.row_count == len(store.list_agencies(today=TODAY))
        by_name = {row.name: row for row in rows(table)}
        finance = by_name["Sở Tài chính"]
        cells = {c.key: c.cell(finance) for c in table.columns}
        # Lead of 2.a (overdue) and 2.c (done), coordinator of 2.b.
        assert (cells["open"], cells["overdue"], cells["done"], cells["total"]) == \
            ("2", "1", "1", "3")
        # What needs chasing first: the agency with an overdue task, then open work, and
        # the agencies without tasks last.
        loaded = rows(table)
        assert [row.name for row in loaded[:2]] == ["Sở Tài chính", "Sở Y tế"]
        assert all(row.total == 0 for row in loaded[2:])


async def test_agency_tasks_are_split_by_role(store, make_app, settle, plain):
    from tui_tracker.ui.screens.agencies import AgenciesScreen, AgencyTasksScreen

    finance = store.find_agency("Sở Tài chính")
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(AgenciesScreen())
        await settle(pilot)
        table = app.screen.table
        index = next(i for i, row in enumerate(rows(table)) if row.id == finance.id)
        table.move_cursor(index)
        await settle(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, AgencyTasksScreen)
        assert "Sở Tài chính" in plain(screen.query_one("#agency-title"))
        lead = screen.query_one("#agency-lead")
        coordinate = screen.query_one("#agency-coordinate")
        assert sorted(r.directive_ref for r in rows(lead)) == ["2.a", "2.c"]
        assert all(r.role == "lead" and r.agency_id == finance.id for r in rows(lead))
        assert [r.directive_ref for r in rows(coordinate)] == ["2.b"]
        assert rows(coordinate)[0].role == "coordinate"
        assert "(2)" in plain(screen.query_one("#agency-lead-title"))
        assert "(1)" in plain(screen.query_one("#agency-coordinate-title"))
        summary = plain(screen.query_one("#agency-summary"))
        assert "1 quá hạn" in summary

        assert lead.has_focus
        await pilot.press("tab")
        assert coordinate.has_focus
        await pilot.press("enter")  # opens the directive of the task
        await settle(pilot)
        from tui_tracker.ui.screens.directive import DirectiveScreen

        assert isinstance(app.screen, DirectiveScreen)
        assert app.screen.directive_id == rows(coordinate)[0].directive_id


async def test_triage_in_agency_tasks_moves_counts(store, make_app, settle):
    from tui_tracker.ui.screens.agencies import AgencyTasksScreen

    health = store.find_agency("Sở Y tế")
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(AgencyTasksScreen(health.id))
        await settle(pilot)
        screen = app.screen
        task = screen.query_one("#agency-lead").cursor_row
        await pilot.press("3")  # reported
        await settle(pilot)
        assert store.get_task(task.id, today=TODAY).status == Status.REPORTED
        assert screen.query_one("#agency-lead").cursor_row.status == "reported"


async def test_filter_agencies_without_diacritics(store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "a")
        screen = app.screen
        await settle(pilot, "f", *"tai chinh")
        names = [row.name for row in rows(screen.table)]
        assert names and all("Tài chính" in name for name in names)
        await settle(pilot, "escape")
        assert screen.table.row_count > len(names)
        assert app.screen is screen
