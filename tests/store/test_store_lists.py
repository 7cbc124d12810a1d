"""list_tasks order, countdown, every TaskFilter field, pagination, counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import TODAY
from store_helpers import SKHCN, directive, seed_like_notice

from tui_tracker.errors import UsageError
from tui_tracker.model import NoticeHeader, ParsedNotice, Role, Status, Urgency
from tui_tracker.store import Store, TaskFilter
from tui_tracker.text import fold

CONTRACT_KEYS = {"id", "version", "notice_id", "notice_number", "directive_ref", "summary",
                 "agency", "role", "status", "due_on", "original_due_on", "days_left", "class",
                 "updated_at"}


def countdown_notice() -> ParsedNotice:
    """One task per countdown band relative to TODAY, plus one without a deadline."""
    bands = [("a", -3), ("b", 0), ("c", 2), ("d", 7), ("e", 8), ("f", 30), ("g", -1)]
    directives = [directive(f"1.{ref}", f"Nhiệm vụ {ref}", f"Giao Sở Y tế làm việc {ref}.",
                            ("Sở Y tế", Role.LEAD), due=TODAY + timedelta(days=days))
                  for ref, days in bands]
    directives.append(directive("1.h", "Nhiệm vụ h", "Thường xuyên.", ("Sở Y tế", Role.LEAD)))
    return ParsedNotice(notice=NoticeHeader(number="7/TB-UBND", issuer="UBND tỉnh"),
                        directives=directives, text="countdown notice")


@pytest.fixture
def countdown(store: Store) -> Store:
    store.import_notice(countdown_notice())
    return store


def test_most_urgent_first(countdown: Store) -> None:
    rows = countdown.list_tasks(today=TODAY)
    assert [r.directive_ref for r in rows] == ["1.a", "1.g", "1.b", "1.c", "1.d", "1.e", "1.f",
                                               "1.h"]
    closed = rows[0].id
    countdown.set_status(closed, Status.DONE, today=TODAY)
    cancelled = rows[-1].id
    countdown.set_status(cancelled, Status.CANCELLED, today=TODAY)
    rows = countdown.list_tasks(today=TODAY)
    # open ones by due date, no deadline last; closed ones after them
    assert [r.directive_ref for r in rows] == ["1.g", "1.b", "1.c", "1.d", "1.e", "1.f", "1.a",
                                               "1.h"]


def test_ties_by_id(loaded: Store) -> None:
    rows = loaded.list_tasks(today=TODAY)
    same_day = [r for r in rows if r.due_on == date(2026, 4, 30)]
    assert len(same_day) == 2
    assert same_day[0].id < same_day[1].id


def test_days_left_class_and_urgency(countdown: Store) -> None:
    rows = {r.directive_ref: r for r in countdown.list_tasks(today=TODAY, soon_days=7)}
    expected = {
        "1.a": (-3, "overdue", "overdue"), "1.g": (-1, "overdue", "overdue"),
        "1.b": (0, "on_track", "today"), "1.c": (2, "on_track", "soon"),
        "1.d": (7, "on_track", "soon"), "1.e": (8, "on_track", "later"),
        "1.f": (30, "on_track", "later"), "1.h": (None, "on_track", "no_deadline"),
    }
    for ref, (days, task_class, band) in expected.items():
        row = rows[ref]
        assert (row.days_left, row.task_class, row.urgency) == (days, task_class, band), ref
    assert countdown.list_tasks(today=TODAY, soon_days=1)[3].urgency == "later"  # 1.c, 2 days


def test_seed_countdown_values(loaded: Store, task_of) -> None:
    e = loaded.get_task(task_of("3.e"), today=TODAY)
    assert (e.days_left, e.task_class, e.urgency) == (-5, "overdue", "overdue")
    d = loaded.get_task(task_of("3.d"), today=TODAY)
    assert (d.days_left, d.task_class, d.urgency) == (55, "on_track", "later")


def test_to_json_has_the_list_keys(loaded: Store, task_of) -> None:
    data = loaded.get_task(task_of("3.e"), today=TODAY).to_json()
    assert CONTRACT_KEYS <= set(data)
    assert data["due_on"] == "2026-04-30" and data["days_left"] == -5
    assert data["class"] == "overdue" and data["completed_on"] is None
    assert data["notice_number"] == "123/TB-UBND" and data["directive_ref"] == "3.e"


def refs(store: Store, task_filter: TaskFilter, **kwargs: object) -> list[str]:
    return [f"{r.directive_ref}/{r.agency}" for r in
            store.list_tasks(task_filter, today=TODAY, **kwargs)]


def test_filter_statuses_and_open_only(loaded: Store, task_of) -> None:
    loaded.set_status(task_of("3.d"), Status.DONE, today=TODAY)
    loaded.set_status(task_of("3.e"), Status.IN_PROGRESS, today=TODAY)
    loaded.set_status(task_of("2.g", "Chưa xác định"), Status.CANCELLED, today=TODAY)
    assert refs(loaded, TaskFilter(statuses=(Status.DONE,))) == [f"3.d/{SKHCN}"]
    assert refs(loaded, TaskFilter(statuses=(Status.IN_PROGRESS, Status.DONE))) == [
        f"3.e/{SKHCN}", f"3.d/{SKHCN}"]
    assert refs(loaded, TaskFilter(statuses=())) == []
    assert refs(loaded, TaskFilter(open_only=True)) == [
        "3.c/các sở, ngành, địa phương", f"3.e/{SKHCN}", "3.d/Thanh tra tỉnh"]
    assert loaded.count_tasks(TaskFilter(open_only=True), today=TODAY) == 3


def test_filter_agency_text_and_id(loaded: Store) -> None:
    expected = [f"3.e/{SKHCN}", f"3.d/{SKHCN}"]
    for text in ("Sở KH&CN", "SKHCN", "khoa hoc", "Khoa học và Công nghệ"):
        assert refs(loaded, TaskFilter(agency=text)) == expected, text
    assert refs(loaded, TaskFilter(agency="thanh tra")) == ["3.d/Thanh tra tỉnh"]
    assert refs(loaded, TaskFilter(agency="Bộ Quốc phòng")) == []
    agency = loaded.find_agency("SKHCN")
    assert agency is not None
    assert refs(loaded, TaskFilter(agency_id=agency.id)) == expected


def test_filter_agency_exact_name_before_substring(store: Store) -> None:
    notice = ParsedNotice(
        notice=NoticeHeader(number="3/TB-UBND"),
        directives=[directive("1", None, "Giao Sở Tài chính.", ("Sở Tài chính", Role.LEAD),
                              ("Bộ Tài chính", Role.COORDINATE))],
        text="two finance agencies")
    store.import_notice(notice)
    # "Tài chính" is an alias of Sở Tài chính: that agency only ...
    assert refs(store, TaskFilter(agency="Tài chính")) == ["1/Sở Tài chính"]
    # ... while a text that names no agency matches every name containing it.
    assert refs(store, TaskFilter(agency="tai chin")) == ["1/Sở Tài chính", "1/Bộ Tài chính"]


def test_filter_role_notice_directive(loaded: Store, store: Store) -> None:
    assert refs(loaded, TaskFilter(role=Role.COORDINATE)) == ["3.d/Thanh tra tỉnh"]
    second = store.import_notice(countdown_notice())
    assert second.id is not None
    assert len(refs(store, TaskFilter(notice_id=second.id))) == 8
    first_id = next(n.id for n in store.list_notices(today=TODAY) if n.id != second.id)
    assert len(refs(store, TaskFilter(notice_id=first_id))) == 5
    d = next(d for d in store.list_directives(first_id, today=TODAY) if d.ref == "3.d")
    assert refs(store, TaskFilter(directive_id=d.id)) == [f"3.d/{SKHCN}", "3.d/Thanh tra tỉnh"]


def test_filter_overdue_due_within_and_urgencies(countdown: Store) -> None:
    def dref(task_filter: TaskFilter, **kwargs: object) -> list[str]:
        return [r.directive_ref for r in countdown.list_tasks(task_filter, today=TODAY, **kwargs)]

    assert dref(TaskFilter(overdue=True)) == ["1.a", "1.g"]
    assert dref(TaskFilter(due_within=2)) == ["1.b", "1.c"]
    assert dref(TaskFilter(due_within=0)) == ["1.b"]
    assert dref(TaskFilter(overdue=True, due_within=2)) == ["1.a", "1.g", "1.b", "1.c"]
    assert dref(TaskFilter(urgencies=(Urgency.SOON,))) == ["1.c", "1.d"]
    assert dref(TaskFilter(urgencies=(Urgency.SOON,)), soon_days=3) == ["1.c"]
    assert dref(TaskFilter(urgencies=(Urgency.LATER, Urgency.NO_DEADLINE))) == [
        "1.e", "1.f", "1.h"]
    assert dref(TaskFilter(due_within=10**9)) == ["1.b", "1.c", "1.d", "1.e", "1.f"]
    first = countdown.list_tasks(TaskFilter(overdue=True), today=TODAY)[0]
    countdown.set_status(first.id, Status.DONE, today=TODAY)
    assert dref(TaskFilter(overdue=True)) == ["1.g"]  # done is not overdue
    assert dref(TaskFilter(urgencies=(Urgency.CLOSED,))) == ["1.a"]


def test_urgency_counts_cover_every_band(countdown: Store) -> None:
    counts = countdown.urgency_counts(today=TODAY)
    assert set(counts) == set(Urgency)
    assert counts == {Urgency.OVERDUE: 2, Urgency.TODAY: 1, Urgency.SOON: 2, Urgency.LATER: 2,
                      Urgency.NO_DEADLINE: 1, Urgency.CLOSED: 0}
    rows = countdown.list_tasks(today=TODAY)
    for band in Urgency:  # the SQL bands agree with model.urgency() on every row
        assert counts[band] == sum(1 for r in rows if r.urgency == band.value)
    filtered = countdown.urgency_counts(TaskFilter(overdue=True), today=TODAY)
    assert filtered[Urgency.OVERDUE] == 2 and sum(filtered.values()) == 2


def test_filter_search(loaded: Store) -> None:
    assert refs(loaded, TaskFilter(search="ton tai")) == [f"3.d/{SKHCN}", "3.d/Thanh tra tỉnh"]
    assert refs(loaded, TaskFilter(search="  ")) == refs(loaded, TaskFilter())


def test_pagination_matches_the_full_list(countdown: Store) -> None:
    everything = [r.id for r in countdown.list_tasks(today=TODAY)]
    assert countdown.count_tasks(today=TODAY) == len(everything) == 8
    pages = [countdown.list_tasks(today=TODAY, limit=3, offset=offset) for offset in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 3, 2]
    assert [r.id for page in pages for r in page] == everything
    assert countdown.list_tasks(today=TODAY, limit=3, offset=99) == []
    assert [r.id for r in countdown.list_tasks(today=TODAY, offset=5)] == everything[5:]
    assert countdown.list_tasks(today=TODAY, limit=0) == []


def test_pagination_with_a_filter(countdown: Store) -> None:
    task_filter = TaskFilter(open_only=True, urgencies=(Urgency.LATER, Urgency.SOON))
    everything = [r.id for r in countdown.list_tasks(task_filter, today=TODAY)]
    page = countdown.list_tasks(task_filter, today=TODAY, limit=2, offset=1)
    assert [r.id for r in page] == everything[1:3]
    assert countdown.count_tasks(task_filter, today=TODAY) == len(everything) == 4


def test_list_uses_an_index_for_the_first_page(loaded: Store) -> None:
    plan = " ".join(str(row) for row in loaded._conn.execute(
        "EXPLAIN QUERY PLAN SELECT t.id FROM tasks t WHERE t.closed = 0 "
        "ORDER BY t.closed, t.sort_due, t.id LIMIT 50"))
    assert "tasks_by_urgency" in plan and "TEMP B-TREE" not in plan


def test_get_task_missing(store: Store) -> None:
    with pytest.raises(UsageError) as info:
        store.get_task(42, today=TODAY)
    assert "42" in info.value.message and info.value.exit_code == 2


def test_notices_newest_first_with_counts(store: Store) -> None:
    store.import_notice(seed_like_notice())
    later = countdown_notice()
    later.notice.issued_on = date(2026, 5, 1)
    store.import_notice(later)
    undated = seed_like_notice(number="9/TB-UBND", extra="khác")
    undated.notice.issued_on = None
    undated.notice.meeting_on = None
    store.import_notice(undated)
    notices = store.list_notices(today=TODAY)
    assert [n.number for n in notices] == ["7/TB-UBND", "123/TB-UBND", "9/TB-UBND"]
    seed = notices[1]
    assert (seed.directives, seed.total_tasks, seed.open_tasks, seed.overdue_tasks,
            seed.done_tasks) == (4, 5, 5, 2, 0)
    assert store.count_notices() == 3
    assert [n.number for n in store.list_notices(today=TODAY, limit=1, offset=1)] == [
        "123/TB-UBND"]


def test_directive_detail_and_counts(loaded: Store, task_of) -> None:
    loaded.set_status(task_of("3.d"), Status.DONE, today=TODAY)
    loaded.set_status(task_of("3.d", "Thanh tra tỉnh"), Status.CANCELLED, today=TODAY)
    task = loaded.get_task(task_of("3.d"), today=TODAY)
    detail = loaded.get_directive(task.directive_id, today=TODAY)
    assert [t.agency for t in detail.tasks] == [SKHCN, "Thanh tra tỉnh"]  # lead first
    assert (detail.tasks_total, detail.tasks_done, detail.tasks_overdue) == (1, 1, 0)
    overdue = loaded.get_directive(loaded.get_task(task_of("3.e"), today=TODAY).directive_id,
                                   today=TODAY)
    assert overdue.tasks_overdue == 1


def test_agencies_with_tasks_first(loaded: Store, task_of) -> None:
    loaded.set_status(task_of("3.d"), Status.DONE, today=TODAY)
    agencies = loaded.list_agencies(today=TODAY)
    with_tasks = [a.name for a in agencies if a.total or a.open or a.done]
    assert set(with_tasks) == {SKHCN, "Thanh tra tỉnh", "các sở, ngành, địa phương",
                               "Chưa xác định"}
    assert [a.name for a in agencies[:4]] == sorted(with_tasks, key=fold)
    skhcn = next(a for a in agencies if a.name == SKHCN)
    assert (skhcn.total, skhcn.open, skhcn.overdue, skhcn.done) == (2, 1, 1, 1)
    tai_chinh = next(a for a in agencies if a.name == "Sở Tài chính")
    assert "Tài chính" in tai_chinh.aliases


def test_find_agency(loaded: Store) -> None:
    for text in ("SKHCN", "Sở KH&CN", "sở khoa học và công nghệ"):
        found = loaded.find_agency(text)
        assert found is not None and found.name == SKHCN, text
    assert loaded.find_agency("Bộ Quốc phòng") is None
    assert loaded.find_agency("") is None
    assert loaded.find_agency("sở") is None  # many agencies: not one
