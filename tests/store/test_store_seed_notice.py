"""The reference notice end to end: parse the seed fixture, import, count down."""

from __future__ import annotations

import pytest
from builders import SEED, TODAY
from store_helpers import SKHCN

from tui_tracker.model import ParsedNotice
from tui_tracker.store import Store, TaskFilter


@pytest.fixture
def seed_notice() -> ParsedNotice:
    from tui_tracker.parsing import parse_notice

    return parse_notice(SEED.read_text(encoding="utf-8"))


def lead_task(store: Store, ref: str):
    rows = [r for r in store.list_tasks(today=TODAY)
            if r.directive_ref == ref and r.role == "lead"]
    assert len(rows) == 1, rows
    return rows[0]


def test_seed_imports_and_counts_down(store: Store, seed_notice: ParsedNotice) -> None:
    result = store.import_notice(seed_notice, source=SEED.name)
    assert result.status == "imported"
    assert result.directives == len(seed_notice.directives) >= 12
    assert result.tasks == store.count_tasks(today=TODAY) >= result.directives

    e = lead_task(store, "3.e")
    assert e.agency == SKHCN
    assert (e.due_on.isoformat(), e.days_left, e.task_class) == ("2026-04-30", -5, "overdue")
    d = lead_task(store, "3.d")
    assert (d.due_on.isoformat(), d.days_left, d.task_class) == ("2026-06-29", 55, "on_track")
    assert d.deadline_text is not None and "30/6/2026" in d.deadline_text
    coordinating = {r.agency for r in store.list_tasks(TaskFilter(directive_id=d.directive_id),
                                                       today=TODAY) if r.role == "coordinate"}
    assert "Thanh tra tỉnh" in coordinating

    again = store.import_notice(seed_notice, source="copy.txt")
    assert (again.status, again.id, again.tasks) == ("unchanged", result.id, result.tasks)


def test_seed_search_without_diacritics(store: Store, seed_notice: ParsedNotice) -> None:
    store.import_notice(seed_notice)
    assert "3.d" in [d.ref for d in store.search("ton tai", today=TODAY).directives]
    found = [d.ref for d in store.search("dang ky", today=TODAY).directives]
    assert any(ref.startswith("3.c") for ref in found)
    rows = store.list_tasks(TaskFilter(search="ton tai"), today=TODAY)
    assert "3.d" in {r.directive_ref for r in rows}
