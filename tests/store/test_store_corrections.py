"""Corrections after import (store level): leads, coordinators, deadline,
assignments, soft delete and restore, the notice header, per-session undo; and
the triage rules that hold (completion day, earlier extension, notes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import TODAY
from store_helpers import SKHCN, seed_like_notice

from tui_tracker import model
from tui_tracker.errors import ConflictError, UsageError
from tui_tracker.model import DeadlineKind, Status
from tui_tracker.store import Store, TaskFilter

THANH_TRA = "Thanh tra tỉnh"
TAI_CHINH = "Sở Tài chính"


def directive_id(store: Store, ref: str) -> int:
    notice = store.list_notices(today=TODAY)[0]
    return next(d.id for d in store.list_directives(notice.id, today=TODAY) if d.ref == ref)


def roles(store: Store, ref: str) -> dict[str, str]:
    detail = store.get_directive(directive_id(store, ref), today=TODAY)
    return {task.agency: task.role for task in detail.tasks}


# ---------------------------------------------------------------- leads, coordinators


def test_a_wrong_lead_corrected_shows_in_history_with_the_original(loaded: Store,
                                                                   task_of) -> None:
    coordinator_task = task_of("3.d", THANH_TRA)
    loaded.edit_directive(directive_id(loaded, "3.d"), leads=["Sở Tài chính"],
                          coordinators=[THANH_TRA, "Sở KH&CN"], note="nhập nhầm")
    assert roles(loaded, "3.d") == {TAI_CHINH: "lead", THANH_TRA: "coordinate",
                                    SKHCN: "coordinate"}
    history = loaded.history(coordinator_task)
    assert history[0].action == "import"
    leads = next(e for e in history if e.field == "leads")
    assert (leads.action, leads.user, leads.source) == ("edit_directive", "alice", "correction")
    assert leads.from_value == SKHCN and leads.to_value == TAI_CHINH  # the original is kept
    assert leads.at and leads.session == loaded.session
    assert history[-1].note == "nhập nhầm"  # once, on the last line of the correction
    # The directive's own log keeps the parser's values as its first `before`.
    first = loaded.corrections(directive_id=directive_id(loaded, "3.d"))[0]
    assert first.before["show"]["leads"] == SKHCN


def test_agency_names_go_through_aliases_and_unknown_ones_are_refused(loaded: Store) -> None:
    directive = directive_id(loaded, "2.g")
    loaded.edit_directive(directive, leads=["Sở KH&CN"])  # was "Chưa xác định"
    assert roles(loaded, "2.g") == {SKHCN: "lead"}
    with pytest.raises(UsageError) as info:
        loaded.edit_directive(directive, leads=["Sở Bay Lượn"])
    assert "Sở Bay Lượn" in info.value.message and "--new-agency" in info.value.cli_text()
    assert roles(loaded, "2.g") == {SKHCN: "lead"}  # nothing changed
    loaded.edit_directive(directive, leads=["Sở Bay Lượn"], allow_new_agencies=True)
    assert roles(loaded, "2.g") == {"Sở Bay Lượn": "lead"}


def test_several_leads_are_all_kept(loaded: Store) -> None:
    loaded.edit_directive(directive_id(loaded, "3.e"), leads=[SKHCN, TAI_CHINH])
    assert roles(loaded, "3.e") == {SKHCN: "lead", TAI_CHINH: "lead"}


def test_refusals_change_nothing(loaded: Store) -> None:
    directive = directive_id(loaded, "3.d")
    with pytest.raises(UsageError):
        loaded.edit_directive(directive, leads=[])
    with pytest.raises(UsageError):
        loaded.edit_directive(directive, leads=[SKHCN], coordinators=[SKHCN])
    with pytest.raises(UsageError):
        loaded.edit_directive(directive, leads=[SKHCN])  # the same: nothing to change
    assert loaded.corrections(directive_id=directive) == []


# ---------------------------------------------------------------- deadline


def test_deadline_correction_moves_tasks_but_not_an_extension(loaded: Store, task_of) -> None:
    lead, coordinator = task_of("3.d"), task_of("3.d", THANH_TRA)
    loaded.extend(coordinator, date(2026, 9, 30), reason="UBND tỉnh đồng ý", today=TODAY)
    phrase = model.Deadline("trước ngày 31/7/2026", date(2026, 7, 30), DeadlineKind.DATE)
    loaded.edit_directive(directive_id(loaded, "3.d"), deadline=phrase)
    detail = loaded.get_directive(directive_id(loaded, "3.d"), today=TODAY)
    assert (detail.deadline_text, detail.due_on) == ("trước ngày 31/7/2026", date(2026, 7, 30))
    lead_row, coordinator_row = loaded.get_task(lead, today=TODAY), \
        loaded.get_task(coordinator, today=TODAY)
    assert (lead_row.due_on, lead_row.original_due_on) == (date(2026, 7, 30), date(2026, 7, 30))
    assert coordinator_row.due_on == date(2026, 9, 30)  # its extension stands
    assert coordinator_row.original_due_on == date(2026, 7, 30)
    entry = next(e for e in loaded.history(lead) if e.field == "deadline")
    assert "30/6/2026" in entry.from_value and "31/7/2026" in entry.to_value


def test_deadline_date_alone_and_a_recurring_phrase(loaded: Store, task_of) -> None:
    directive = directive_id(loaded, "3.e")
    loaded.edit_directive(directive, due_on=date(2026, 5, 15))
    assert loaded.get_task(task_of("3.e"), today=TODAY).due_on == date(2026, 5, 15)
    monthly = model.Deadline("trước ngày 20 hằng tháng", date(2026, 5, 19),
                             DeadlineKind.RECURRING, "monthly:20")
    loaded.edit_directive(directive, deadline=monthly)
    detail = loaded.get_directive(directive, today=TODAY)
    assert (detail.deadline_text, detail.deadline_kind, detail.due_on) == (
        "trước ngày 20 hằng tháng", "recurring", date(2026, 5, 19))


# ---------------------------------------------------------------- assignments


def test_assign_unassign_and_undo(loaded: Store, task_of) -> None:
    directive = directive_id(loaded, "3.d")
    _, task_id = loaded.assign(directive, "Tài chính", "coordinate")
    assert roles(loaded, "3.d")[TAI_CHINH] == "coordinate"
    assert loaded.get_task(task_id, today=TODAY).due_on == date(2026, 6, 29)
    with pytest.raises(UsageError):
        loaded.assign(directive, "Sở Tài chính", "coordinate")  # already so
    change = loaded.unassign(task_id)
    assert TAI_CHINH not in roles(loaded, "3.d")
    with pytest.raises(UsageError):
        loaded.get_task(task_id, today=TODAY)
    with pytest.raises(UsageError):
        loaded.set_status(task_id, Status.DONE, today=TODAY)  # a deleted task is frozen
    loaded.undo_change(change)
    assert roles(loaded, "3.d")[TAI_CHINH] == "coordinate"
    with pytest.raises(UsageError):
        loaded.unassign(task_of("3.d"))  # the only lead


def test_unassign_checks_the_version(loaded: Store, task_of) -> None:
    task_id = task_of("3.d", THANH_TRA)
    with pytest.raises(ConflictError):
        loaded.unassign(task_id, if_version=7)


# ---------------------------------------------------------------- delete, restore


def test_deleting_a_notice_hides_it_everywhere_and_undo_brings_it_back(loaded: Store) -> None:
    notice = loaded.list_notices(today=TODAY)[0]
    tasks_before = loaded.count_tasks(today=TODAY)
    agencies_before = {a.name: a.total for a in loaded.list_agencies(today=TODAY)}
    loaded.delete_notice(notice.id)
    assert loaded.list_notices(today=TODAY) == [] and loaded.count_notices() == 0
    assert loaded.count_tasks(today=TODAY) == 0
    assert loaded.list_tasks(TaskFilter(search="tồn tại"), today=TODAY) == []
    assert loaded.search("ton tai", today=TODAY).notices == []
    assert loaded.search("ton tai", today=TODAY).tasks == []
    assert loaded.count_notices(search="khoa hoc") == 0
    assert all(a.total == 0 for a in loaded.list_agencies(today=TODAY))
    with pytest.raises(UsageError):
        loaded.get_notice(notice.id, today=TODAY)
    assert [row[0] for row in loaded.deleted_notices()] == [notice.id]

    loaded.undo_last_correction(notice_id=notice.id)
    assert [n.id for n in loaded.list_notices(today=TODAY)] == [notice.id]
    assert loaded.count_tasks(today=TODAY) == tasks_before
    assert {a.name: a.total for a in loaded.list_agencies(today=TODAY)} == agencies_before
    assert loaded.search("ton tai", today=TODAY).directives


def test_a_deleted_notice_can_be_imported_again_and_then_not_restored(loaded: Store) -> None:
    notice = loaded.list_notices(today=TODAY)[0]
    loaded.delete_notice(notice.id)
    again = loaded.import_notice(seed_like_notice())
    assert again.status == "imported" and again.id != notice.id
    with pytest.raises(UsageError) as info:
        loaded.restore_notice(notice.id)
    assert str(notice.id) in info.value.message
    assert loaded.count_notices() == 1


def test_delete_directive_and_restore(loaded: Store, task_of) -> None:
    directive = directive_id(loaded, "3.d")
    total = loaded.count_tasks(today=TODAY)
    loaded.delete_directive(directive)
    assert loaded.count_tasks(today=TODAY) == total - 2
    notice = loaded.list_notices(today=TODAY)[0]
    assert "3.d" not in [d.ref for d in loaded.list_directives(notice.id, today=TODAY)]
    assert notice.directives == 3
    with pytest.raises(UsageError):
        loaded.restore_directive(directive_id(loaded, "3.e"))  # not deleted
    loaded.restore_directive(directive)
    assert loaded.count_tasks(today=TODAY) == total


def test_undo_is_refused_when_something_changed_since(loaded: Store, task_of) -> None:
    change = loaded.edit_directive(directive_id(loaded, "3.d"), due_on=date(2026, 7, 1))
    loaded.extend(task_of("3.d"), date(2026, 8, 1), reason="đồng ý", today=TODAY)
    with pytest.raises(ConflictError):
        loaded.undo_change(change)
    assert loaded.get_task(task_of("3.d"), today=TODAY).due_on == date(2026, 8, 1)


# ---------------------------------------------------------------- notice header


def test_edit_notice_header_and_search(loaded: Store) -> None:
    notice = loaded.list_notices(today=TODAY)[0]
    loaded.edit_notice(notice.id, {"number": "124/TB-UBND", "signer": "Nguyễn Văn A",
                                   "issued_on": date(2026, 4, 17)})
    detail = loaded.get_notice(notice.id, today=TODAY)
    assert (detail.number, detail.signer, detail.issued_on) == (
        "124/TB-UBND", "Nguyễn Văn A", date(2026, 4, 17))
    assert loaded.count_notices(search="nguyen van a") == 1
    entry = loaded.corrections(notice_id=notice.id)[-1]
    assert entry.before["show"]["number"] == "123/TB-UBND"
    with pytest.raises(UsageError):
        loaded.edit_notice(notice.id, {"text": "x"})
    other = loaded.import_notice(seed_like_notice("9/TB-UBND", extra="khác"))
    with pytest.raises(UsageError):
        loaded.edit_notice(other.id or 0, {"number": "124/TB-UBND"})


# ---------------------------------------------------------------- sessions


def test_undo_in_one_session_never_reverts_another_sessions_change(loaded: Store, task_of,
                                                                   db_path: Path) -> None:
    task_id = task_of("3.d")
    with Store.open(db_path, user="alice") as session_a, \
            Store.open(db_path, user="alice") as session_b:
        assert session_a.session != session_b.session
        session_b.set_status(task_id, Status.IN_PROGRESS, today=TODAY)
        with pytest.raises(UsageError):
            session_a.undo_last(task_id, today=TODAY)  # A has nothing of its own here
        session_a.set_status(task_id, Status.REPORTED, today=TODAY)
        row = session_a.undo_last(task_id, today=TODAY)
        assert row.status == "in_progress"  # A's change undone, B's kept
        # Corrections too: A's undo leaves B's correction alone.
        session_b.edit_directive(directive_id(session_b, "3.e"), leads=[TAI_CHINH])
        with pytest.raises(UsageError):
            session_a.undo_last_correction()
        assert roles(session_a, "3.e") == {TAI_CHINH: "lead"}
        session_b.undo_last_correction()
        assert roles(session_a, "3.e") == {SKHCN: "lead"}


def test_task_undo_refused_after_a_correction_of_its_deadline(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    loaded.extend(task_id, date(2026, 9, 1), reason="đồng ý", today=TODAY)
    loaded.edit_directive(directive_id(loaded, "3.d"), due_on=date(2026, 7, 15))
    with pytest.raises(ConflictError):
        loaded.undo_last(task_id, today=TODAY)


# ---------------------------------------------------------------- triage rules


def test_an_extension_to_an_earlier_day_needs_earlier(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    with pytest.raises(UsageError) as info:
        loaded.extend(task_id, date(2026, 6, 1), reason="rút ngắn", today=TODAY)
    # The sentence is in the user's words (the UI shows it); the option is the CLI's hint.
    assert "--earlier" not in info.value.message and "01/06/2026" in info.value.message
    assert "--earlier" in info.value.cli_text()
    assert len(loaded.history(task_id)) == 1
    row = loaded.extend(task_id, date(2026, 6, 1), reason="rút ngắn", today=TODAY, earlier=True)
    assert row.due_on == date(2026, 6, 1)


def test_completion_day_before_the_notice_or_in_the_future_is_refused(loaded: Store,
                                                                      task_of) -> None:
    task_id = task_of("3.d")
    with pytest.raises(UsageError) as info:
        loaded.set_status(task_id, Status.DONE, today=TODAY, on=date(2026, 4, 1))
    assert "14/04/2026" in info.value.message  # the meeting day, written as users write days
    with pytest.raises(UsageError):
        loaded.set_status(task_id, Status.DONE, today=TODAY, on=date(2026, 5, 6))
    assert loaded.get_task(task_id, today=TODAY).status == "todo"
    loaded.set_status(task_id, Status.DONE, today=TODAY, on=date(2026, 4, 14))
    assert loaded.history(task_id)[-1].completed_on == "2026-04-14"


def test_notes_are_added_not_replaced(loaded: Store, task_of) -> None:
    task_id = task_of("3.d")
    loaded.add_note(task_id, "đã gọi điện", today=TODAY)
    row = loaded.add_note(task_id, "đã có công văn", today=TODAY)
    assert row.note == "đã có công văn"
    notes = [e.note for e in loaded.history(task_id) if e.action == "note"]
    assert notes == ["đã gọi điện", "đã có công văn"]


def test_an_upgraded_version_1_database_gets_the_same_partial_indexes(tmp_path: Path) -> None:
    import sqlite3

    from tui_tracker.store.connection import load_schema, split_statements

    old = tmp_path / "v1.db"
    conn = sqlite3.connect(old)
    for statement in split_statements(
            (Path(__file__).with_name("schema_v1.sql")).read_text(encoding="utf-8")):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    fresh = sqlite3.connect(":memory:")
    for statement in split_statements(load_schema()):
        fresh.execute(statement)

    def indexes(connection: sqlite3.Connection) -> dict[str, str]:
        return dict(connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))

    with Store.open(old) as upgraded:
        assert indexes(upgraded._conn) == indexes(fresh)
        assert "WHERE deleted_at IS NULL" in indexes(fresh)["tasks_by_urgency"]
