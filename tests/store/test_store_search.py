"""Search without diacritics, as-you-type, exact-diacritic matches first."""

from __future__ import annotations

from builders import TODAY
from store_helpers import directive, seed_like_notice

from tui_tracker.model import NoticeHeader, ParsedNotice, Role
from tui_tracker.store import Store, TaskFilter
from tui_tracker.store.search_index import match_expression


def test_match_expression_is_a_folded_phrase_with_a_prefix() -> None:
    assert match_expression("Tồn tại") == '"ton tai"*'
    assert match_expression("Đăng ký") == '"dang ky"*'
    assert match_expression('57-NQ/TW "x') == '"57 nq tw x"*'  # quotes cannot break out
    assert match_expression("  ... ") is None


def test_search_without_diacritics_finds_directives(loaded: Store) -> None:
    assert [d.ref for d in loaded.search("ton tai", today=TODAY).directives] == ["3.d"]
    assert [d.ref for d in loaded.search("dang ky", today=TODAY).directives] == ["3.c"]
    assert [d.ref for d in loaded.search("DANG KY", today=TODAY).directives] == ["3.c"]


def test_search_as_you_type(loaded: Store) -> None:
    for typed in ("dang k", "dang", "ton ta", "tồn tạ"):
        results = loaded.search(typed, today=TODAY)
        assert results.directives, typed
    assert [d.ref for d in loaded.search("dang k", today=TODAY).directives] == ["3.c"]


def test_d_with_stroke_folds(loaded: Store) -> None:
    # Đ has no Unicode decomposition: SQLite alone would not find it.
    assert [d.ref for d in loaded.search("da nang", today=TODAY).directives] == ["3.e"]
    assert [d.ref for d in loaded.search("Đà Nẵng", today=TODAY).directives] == ["3.e"]


def test_search_covers_notice_title_number_and_agency(loaded: Store) -> None:
    results = loaded.search("123/TB", today=TODAY)
    assert [n.number for n in results.notices] == ["123/TB-UBND"]
    assert len(results.directives) == 4  # the notice number is in every directive's text
    assert [d.ref for d in loaded.search("thanh tra tinh", today=TODAY).directives] == ["3.d"]
    assert loaded.search("phuoc hien", today=TODAY).notices  # presiding official


def test_search_returns_tasks_of_matching_directives(loaded: Store) -> None:
    tasks = loaded.search("ton tai", today=TODAY).tasks
    assert {t.directive_ref for t in tasks} == {"3.d"} and len(tasks) == 2


def test_nothing_found(loaded: Store) -> None:
    results = loaded.search("khong co gi o day", today=TODAY)
    assert (results.notices, results.directives, results.tasks) == ([], [], [])
    assert loaded.search("", today=TODAY).directives == []


def test_exact_diacritics_rank_first(store: Store) -> None:
    # "tôn tại" and "tồn tại" fold alike; typing "tồn tại" prefers the latter.
    notice = ParsedNotice(
        notice=NoticeHeader(number="5/TB-UBND", issuer="UBND tỉnh"),
        directives=[
            directive("1.a", None, "Tôn tại chỗ các di tích tôn tại.", ("Sở Y tế", Role.LEAD)),
            directive("1.b", None, "Xử lý tồn tại.", ("Sở Y tế", Role.LEAD)),
        ],
        text="notice with look-alike words")
    store.import_notice(notice)
    assert [d.ref for d in store.search("tồn tại", today=TODAY).directives] == ["1.b", "1.a"]
    assert [d.ref for d in store.search("tôn tại", today=TODAY).directives] == ["1.a", "1.b"]
    assert [t.directive_ref for t in store.search("tồn tại", today=TODAY).tasks] == [
        "1.b", "1.a"]


def test_limit(loaded: Store) -> None:
    results = loaded.search("123/TB", today=TODAY, limit=2)
    assert len(results.directives) == 2 and len(results.tasks) == 2


def test_notice_search_in_list_notices(store: Store) -> None:
    store.import_notice(seed_like_notice())
    other = ParsedNotice(notice=NoticeHeader(number="8/TB-UBND", title="Về phòng chống dịch"),
                         directives=[directive("1", None, "Giao Sở Y tế theo dõi.",
                                               ("Sở Y tế", Role.LEAD))],
                         text="other notice")
    store.import_notice(other)
    assert [n.number for n in store.list_notices(today=TODAY, search="phong chong")] == [
        "8/TB-UBND"]
    # a notice is found by the text of its directives too
    assert [n.number for n in store.list_notices(today=TODAY, search="ton tai")] == [
        "123/TB-UBND"]
    assert store.count_notices(search="ton tai") == 1
    assert store.count_notices(search="") == 2


def test_list_tasks_search_combines_with_other_filters(loaded: Store) -> None:
    rows = loaded.list_tasks(TaskFilter(search="ton tai", agency="thanh tra"), today=TODAY)
    assert [(r.directive_ref, r.agency) for r in rows] == [("3.d", "Thanh tra tỉnh")]


def test_rebuild_search_index(loaded: Store) -> None:
    loaded._conn.execute("DELETE FROM directive_search")
    assert loaded.search("ton tai", today=TODAY).directives == []
    loaded.rebuild_search_index()
    assert [d.ref for d in loaded.search("ton tai", today=TODAY).directives] == ["3.d"]
