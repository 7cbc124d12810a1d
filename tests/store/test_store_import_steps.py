"""A two-step chain: each agency's task takes its own step's date (issue 7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from builders import TODAY

from tui_tracker.parsing import parse_notice
from tui_tracker.store import Store

SAMPLE = Path(__file__).parents[1] / "parsing" / "samples" / "cv_doan_van_chu_ky_bang.txt"


def test_each_step_of_a_chain_is_due_on_its_own_date(store: Store) -> None:
    store.import_notice(parse_notice(SAMPLE.read_text(encoding="utf-8")))
    due = {(t.agency, t.role): t.due_on for t in store.list_tasks(today=TODAY)
           if t.directive_ref == "1"}
    assert due[("Sở Xây dựng", "lead")] == date(2027, 1, 14)
    assert due[("Sở Tài chính", "coordinate")] == date(2027, 1, 24)
    # Other directives keep the directive's own deadline for every task.
    second = {t.due_on for t in store.list_tasks(today=TODAY) if t.directive_ref == "2"}
    assert second == {date(2026, 12, 31)}
