"""Search finds what a user sees: general paragraphs, agency aliases, never "everything"."""

from __future__ import annotations

from builders import TODAY
from store_helpers import SKHCN, seed_like_notice

from tui_tracker.store import Store, TaskFilter

GENERAL = "\n1. Tình hình chung: công tác chuyển đổi số được quan tâm, còn tồn đọng hồ sơ."


def test_words_only_in_the_general_paragraphs_find_the_notice(store: Store) -> None:
    store.import_notice(seed_like_notice(extra=GENERAL))
    found = store.search("chuyen doi so", today=TODAY)
    assert [notice.number for notice in found.notices] == ["123/TB-UBND"]
    # No directive says it: directives and tasks stay as they were.
    assert found.directives == [] and found.tasks == []
    assert [n.number for n in store.list_notices(today=TODAY, search="ton dong ho so")] == \
        ["123/TB-UBND"]


def test_an_alias_finds_the_agencys_tasks_as_the_filter_does(loaded: Store) -> None:
    by_filter = {row.id for row in loaded.list_tasks(TaskFilter(agency="Sở KH&CN"), today=TODAY)}
    assert by_filter
    found = loaded.search("Sở KH&CN", today=TODAY)
    assert {task.id for task in found.tasks} == by_filter
    assert {task.agency for task in found.tasks} == {SKHCN}
    assert {d.ref for d in found.directives} >= {"3.d", "3.e"}
    by_search = {row.id for row in loaded.list_tasks(TaskFilter(search="so khcn"), today=TODAY)}
    assert by_search == by_filter


def test_a_name_still_finds_every_task_of_its_directives(loaded: Store) -> None:
    # The text match keeps its meaning: the coordinators of a matching directive too.
    found = loaded.search("xu ly ton tai", today=TODAY)
    assert {task.agency for task in found.tasks} == {SKHCN, "Thanh tra tỉnh"}


def test_only_punctuation_finds_nothing(loaded: Store) -> None:
    for text in ("...", "?!", "—", "&&"):
        assert loaded.list_tasks(TaskFilter(search=text), today=TODAY) == []
        assert loaded.list_notices(today=TODAY, search=text) == []
        found = loaded.search(text, today=TODAY)
        assert found.notices == [] and found.directives == [] and found.tasks == []
    # An empty filter is no filter: the notices screen with its field cleared.
    assert len(loaded.list_notices(today=TODAY, search="  ")) == 1
