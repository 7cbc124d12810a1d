"""import_notice: what gets stored, idempotency, atomicity, agencies."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from builders import TODAY, row_counts
from store_helpers import SKHCN, directive, seed_like_notice

from tui_tracker.errors import DatabaseError
from tui_tracker.model import Role
from tui_tracker.store import Store, importer
from tui_tracker.store.importer import summary_of


def counts(db_path: Path) -> dict[str, int]:
    return row_counts(db_path, "notices", "directives", "tasks", "task_history", "agencies",
                      "agency_aliases", "notice_references", "directive_search",
                      "notice_search")


def test_import_stores_notice_directives_and_tasks(store: Store, db_path: Path) -> None:
    result = store.import_notice(seed_like_notice(), source="tb-123.txt")
    assert result.status == "imported"
    assert result.id is not None
    assert (result.number, result.directives, result.tasks) == ("123/TB-UBND", 4, 5)
    assert counts(db_path)["tasks"] == 5
    assert counts(db_path)["task_history"] == 5
    tasks = store.list_tasks(today=TODAY)
    assert {(t.directive_ref, t.agency, t.role) for t in tasks} == {
        ("3.c", "các sở, ngành, địa phương", "lead"),
        ("3.d", SKHCN, "lead"),
        ("3.d", "Thanh tra tỉnh", "coordinate"),
        ("3.e", SKHCN, "lead"),  # "Sở KH&CN" is the same agency
        ("2.g", "Chưa xác định", "lead"),  # no agency named: one placeholder lead task
    }
    assert all(t.status == "todo" and t.version == 1 for t in tasks)
    assert all(t.updated_by == "alice" for t in tasks)


def test_import_writes_one_history_row_per_task(loaded: Store) -> None:
    for task in loaded.list_tasks(today=TODAY):
        entries = loaded.history(task.id)
        assert len(entries) == 1
        assert entries[0].action == "import"
        assert entries[0].user == "alice"
        assert entries[0].to_value == "todo"


def test_notice_detail_round_trip(loaded: Store) -> None:
    notice = loaded.list_notices(today=TODAY)[0]
    detail = loaded.get_notice(notice.id, today=TODAY)
    parsed = seed_like_notice()
    assert detail.number == "123/TB-UBND" and detail.doc_type == "TB"
    assert detail.title == parsed.notice.title
    assert detail.issued_on == date(2026, 4, 16) and detail.meeting_on == date(2026, 4, 14)
    assert detail.presiding == parsed.notice.presiding
    assert detail.signer == "Phùng Tô Long" and detail.signer_title == "TL. CHỦ TỊCH"
    assert detail.attendees == ["Tài chính", "Thanh tra tỉnh"]
    assert detail.recipients == parsed.notice.recipients
    assert [r.number for r in detail.references] == ["95/BC-SKHHCN"]
    assert detail.references[0].issued_on == date(2026, 4, 13)
    assert detail.text == parsed.text
    assert detail.original_text == parsed.original  # the file's text, NFD and all
    assert detail.source == "seed.txt"
    assert detail.imported_at[:4].isdigit() and len(detail.imported_at) == 19


def test_directive_fields(loaded: Store) -> None:
    notice_id = loaded.list_notices(today=TODAY)[0].id
    rows = {d.ref: d for d in loaded.list_directives(notice_id, today=TODAY)}
    assert list(rows) == ["3.c", "3.d", "3.e", "2.g"]  # the notice's order
    d = rows["3.d"]
    assert d.deadline_text == "trước ngày 30/6/2026" and d.deadline_kind == "date"
    assert d.due_on == date(2026, 6, 29)
    assert d.lead == SKHCN
    assert d.summary == "Về xử lý tồn tại trước hợp nhất tỉnh"
    assert rows["2.g"].summary == "Tập thể lãnh đạo phát huy tinh thần gương mẫu."
    assert rows["2.g"].lead == "Chưa xác định"
    assert rows["3.c"].deadline_kind == "month"


def test_summary_is_heading_else_first_sentence_within_160_chars() -> None:
    assert summary_of(directive("1", "Về quỹ", "Nội dung. Khác.")) == "Về quỹ"
    assert summary_of(directive("1", None, "Số 1.5 tỷ đồng. Sau đó.")) == "Số 1.5 tỷ đồng."
    long = summary_of(directive("1", None, "chữ " * 100))
    assert len(long) <= 160 and long.endswith("…")


def test_same_text_twice_is_unchanged(store: Store, db_path: Path) -> None:
    first = store.import_notice(seed_like_notice())
    before = counts(db_path)
    again = store.import_notice(seed_like_notice(), source="copy.txt")
    assert again.status == "unchanged"
    assert again.id == first.id
    assert (again.directives, again.tasks) == (4, 5)
    assert counts(db_path) == before


def test_same_text_with_other_whitespace_is_unchanged(store: Store, db_path: Path) -> None:
    store.import_notice(seed_like_notice(number=None))
    before = counts(db_path)
    parsed = seed_like_notice(number=None)
    parsed = replace(parsed, text=parsed.text.replace("\n", "\n\n"))
    assert store.import_notice(parsed).status == "unchanged"
    assert counts(db_path) == before


def test_same_number_and_issuer_is_unchanged(store: Store, db_path: Path) -> None:
    store.import_notice(seed_like_notice())
    before = counts(db_path)
    # The same notice copied from a PDF: other text, number mangled.
    edited = seed_like_notice(number="123/TB UBND", extra="\nNơi nhận: ...")
    assert store.import_notice(edited).status == "unchanged"
    assert counts(db_path) == before


def test_same_number_other_issuer_is_another_notice(store: Store) -> None:
    store.import_notice(seed_like_notice())
    other = seed_like_notice(extra="\nkhác")
    other = replace(other, notice=replace(other.notice, issuer="UBND tỉnh Gia Lai"))
    assert store.import_notice(other).status == "imported"
    assert store.count_notices() == 2


def test_notices_without_number_differ_by_text(store: Store) -> None:
    assert store.import_notice(seed_like_notice(number=None)).status == "imported"
    assert store.import_notice(seed_like_notice(number=None, extra="x")).status == "imported"
    assert store.count_notices() == 2


def test_dry_run_writes_nothing(store: Store, db_path: Path) -> None:
    before = counts(db_path)
    result = store.import_notice(seed_like_notice(), dry_run=True)
    assert result.status == "imported" and result.id is None
    assert (result.directives, result.tasks) == (4, 5)
    assert counts(db_path) == before
    assert store.import_notice(seed_like_notice()).status == "imported"
    assert store.import_notice(seed_like_notice(), dry_run=True).status == "unchanged"


def test_failure_mid_import_leaves_nothing(store: Store, db_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts(db_path)

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk pulled out")

    # After notices, directives, tasks, history and new agencies are written.
    monkeypatch.setattr(importer, "index_notices", fail)
    parsed = seed_like_notice()
    parsed.directives[0].assignments[0].agency = "Ban Quản lý dự án mới lập"
    with pytest.raises(RuntimeError):
        store.import_notice(parsed)
    assert counts(db_path) == before
    monkeypatch.undo()
    assert store.import_notice(seed_like_notice()).status == "imported"


def test_bad_directive_rolls_back_whole_notice(store: Store, db_path: Path) -> None:
    before = counts(db_path)
    parsed = seed_like_notice()
    parsed.directives[-1].assignments.append(
        replace(parsed.directives[1].assignments[0], role="boss"))  # not a Role
    with pytest.raises(ValueError):
        store.import_notice(parsed)
    assert counts(db_path) == before


def other_notice():
    parsed = seed_like_notice("124/TB-UBND", extra="\n4. Nội dung khác.")
    parsed.directives[0].assignments[0].agency = "Ban Quản lý dự án mới lập"
    return parsed


def test_import_notices_in_one_batch(store: Store, db_path: Path) -> None:
    results = store.import_notices([seed_like_notice(), other_notice(), seed_like_notice()],
                                   sources=["a.txt", "b.txt", "a-copy.txt"])
    assert [r.status for r in results] == ["imported", "imported", "unchanged"]
    assert results[0].id == results[2].id != results[1].id
    assert [store.get_notice(r.id, today=TODAY).source for r in results[:2]] == ["a.txt",
                                                                                 "b.txt"]
    assert counts(db_path)["notices"] == 2
    again = store.import_notices([other_notice()], sources=[None])
    assert [(r.status, r.id) for r in again] == [("unchanged", results[1].id)]


def test_import_notices_dry_run(store: Store, db_path: Path) -> None:
    store.import_notice(seed_like_notice())
    before = counts(db_path)
    results = store.import_notices([seed_like_notice(), other_notice(), other_notice()],
                                   dry_run=True)
    assert [r.status for r in results] == ["unchanged", "imported", "unchanged"]
    assert results[0].id is not None  # really stored
    assert results[1].id is None and results[2].id is None  # would be, by this batch
    assert counts(db_path) == before


def test_import_notices_failure_at_the_second_leaves_nothing(
        store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """All or nothing: the first notice (and the agency it created) goes too."""
    before = counts(db_path)
    insert = importer._insert
    calls: list[object] = []

    def failing_second(conn: sqlite3.Connection, parsed: object, **kwargs: object) -> object:
        calls.append(parsed)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return insert(conn, parsed, **kwargs)

    monkeypatch.setattr(importer, "_insert", failing_second)
    with pytest.raises(DatabaseError) as info:
        store.import_notices([other_notice(), seed_like_notice()], sources=["b.txt", "a.txt"])
    assert info.value.exit_code == 5
    assert len(calls) == 2
    assert counts(db_path) == before
    assert store.find_agency("Ban Quản lý dự án mới lập") is None
    monkeypatch.undo()
    results = store.import_notices([other_notice(), seed_like_notice()], sources=[None, None])
    assert [r.status for r in results] == ["imported", "imported"]


def test_import_notices_needs_one_source_per_notice(store: Store) -> None:
    with pytest.raises(ValueError):
        store.import_notices([seed_like_notice()], sources=["a.txt", "b.txt"])


def test_unknown_agency_is_created_once_with_its_spellings(store: Store) -> None:
    parsed = seed_like_notice()
    parsed.directives.append(directive("3.f", None, "Giao UBND xã Tư Nghĩa rà soát.",
                                       ("UBND xã Tư Nghĩa", Role.LEAD)))
    parsed.directives.append(directive("3.g", None, "Giao Ủy ban nhân dân xã Tư Nghĩa báo cáo.",
                                       ("Ủy ban nhân dân xã Tư Nghĩa", Role.LEAD)))
    store.import_notice(parsed)
    rows = [r for r in store.list_tasks(today=TODAY) if r.directive_ref in ("3.f", "3.g")]
    assert len({r.agency_id for r in rows}) == 1
    assert rows[0].agency == "UBND xã Tư Nghĩa"


def test_known_alias_and_province_tail_resolve_to_seed_agency(store: Store) -> None:
    parsed = seed_like_notice()
    parsed.directives.append(directive("3.h", None, "Giao Tài chính bố trí kinh phí.",
                                       ("Tài chính", Role.LEAD),
                                       ("Sở Tài chính tỉnh Quảng Ngãi", Role.COORDINATE)))
    store.import_notice(parsed)
    rows = [r for r in store.list_tasks(today=TODAY) if r.directive_ref == "3.h"]
    # Both spellings are Sở Tài chính: one task, and the lead role wins.
    assert [(r.agency, r.role) for r in rows] == [("Sở Tài chính", "lead")]
    agency = store.find_agency("Sở Tài chính tỉnh Quảng Ngãi")
    assert agency is not None and agency.name == "Sở Tài chính"


def test_tasks_carry_the_deadline_and_original(loaded: Store, task_of) -> None:
    task = loaded.get_task(task_of("3.d"), today=TODAY)
    assert task.due_on == task.original_due_on == date(2026, 6, 29)
    assert task.deadline_text == "trước ngày 30/6/2026"
    no_deadline = loaded.get_task(task_of("2.g", "Chưa xác định"), today=TODAY)
    assert no_deadline.due_on is None and no_deadline.deadline_kind is None
