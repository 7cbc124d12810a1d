"""Applying report letters (replies.apply_review, store/report_letters.py): ordinary
status changes and notes naming the letter, one transaction, version checks, the same
letter twice changes nothing, undo-change reverts the letter whole; extension requests
wait for the leader's extension."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import read_back
from reply_samples import LETTERS, REPLY_TODAY, Letter

from tui_tracker.errors import BadInputError, ConflictError
from tui_tracker.model import Status
from tui_tracker.replies import apply_review, read_letter, review_letter
from tui_tracker.store import Store, TaskFilter


def sample(prefix: str) -> Letter:
    return next(x for x in LETTERS if x.file.startswith(prefix))


def reviewed(store: Store, prefix: str):
    _, letter = read_letter(str(sample(prefix).path))
    return review_letter(store, letter)


def history_rows(db: Path) -> int:
    return read_back(db)["task_history"].count


def test_applying_changes_each_task_with_the_letter_as_evidence(store: Store) -> None:
    review = reviewed(store, "01")
    result = apply_review(store, review, today=REPLY_TODAY)
    assert result.status == "applied" and len(result.task_ids) == 3
    by_ref = {p.task.ref: p.task.id for p in review.proposals}
    assert store.get_task(by_ref["2.a"], today=REPLY_TODAY).status == "reported"
    assert store.get_task(by_ref["2.d"], today=REPLY_TODAY).status == "in_progress"
    # "chưa thực hiện" on a task still to do: its status stays, the letter is a note.
    assert store.get_task(by_ref["3"], today=REPLY_TODAY).status == "todo"
    entries = store.history(by_ref["2.a"])
    change = entries[-1]
    assert (change.action, change.from_value, change.to_value) == ("status", "todo", "reported")
    assert change.note.startswith("Theo Báo cáo số 688/BC-STC ngày 18/11/2026: báo cáo hoàn "
                                  "thành ngày 16/10/2026 (Quyết định số 1452/QĐ-UBND ngày "
                                  "16/10/2026).")
    note = store.history(by_ref["3"])[-1]
    assert note.action == "note" and "lý do: chủ đầu tư chưa hoàn thiện hồ sơ" in note.note


def test_the_same_letter_twice_changes_nothing(store: Store, db: Path) -> None:
    first = apply_review(store, reviewed(store, "01"), today=REPLY_TODAY)
    rows = history_rows(db)
    review = reviewed(store, "01")
    assert review.applied is not None and review.applied.change_id == first.change_id
    again = apply_review(store, review, today=REPLY_TODAY)
    assert again.status == "unchanged" and again.change_id == first.change_id
    assert history_rows(db) == rows
    # Even from another copy of the letter (another file, the same number, date, sender).
    assert read_back(db)["report_letters"].count == 1


def test_a_task_changed_since_the_review_refuses_the_whole_letter(store: Store,
                                                                   db: Path) -> None:
    review = reviewed(store, "01")
    rows = history_rows(db)
    moved = review.proposals[1].task.id
    store.add_note(moved, "Ai đó ghi chú trước", today=REPLY_TODAY)
    with pytest.raises(ConflictError):
        apply_review(store, review, today=REPLY_TODAY)
    assert history_rows(db) == rows + 1  # only the other note: the letter wrote nothing
    assert read_back(db)["report_letters"].count == 0
    assert store.get_task(review.proposals[0].task.id, today=REPLY_TODAY).status == "todo"


def test_undo_change_reverts_the_whole_letter_and_it_can_be_applied_again(store: Store,
                                                                           db: Path) -> None:
    review = reviewed(store, "02")
    before = {p.task.id: store.get_task(p.task.id, today=REPLY_TODAY) for p in review.proposals}
    result = apply_review(store, review, today=REPLY_TODAY)
    assert result.requests == 1
    store.undo_change(result.change_id)
    for task_id, row in before.items():
        now = store.get_task(task_id, today=REPLY_TODAY)
        assert (now.status, now.due_on, now.note) == (row.status, row.due_on, row.note)
        assert store.history(task_id)[-1].action == "undo"
        assert not now.extension_requested
    letters = list(read_back(db)["report_letters"].rows)
    assert letters[0]["undone_at"] is not None and letters[0]["identity"].startswith("undone:")
    again = apply_review(store, reviewed(store, "02"), today=REPLY_TODAY)
    assert again.status == "applied" and again.change_id != result.change_id


def test_undo_is_refused_when_a_task_moved_on_since(store: Store) -> None:
    review = reviewed(store, "01")
    result = apply_review(store, review, today=REPLY_TODAY)
    task = review.proposals[1].task.id
    store.set_status(task, Status.REPORTED, today=REPLY_TODAY)
    with pytest.raises(ConflictError) as error:
        store.undo_change(result.change_id)
    assert f"nhiệm vụ {task}" in error.value.message
    assert store.get_task(task, today=REPLY_TODAY).status == "reported"


def test_an_extension_request_waits_for_the_extension(store: Store) -> None:
    review = reviewed(store, "12")
    task = review.proposals[0].task
    apply_review(store, review, today=REPLY_TODAY)
    row = store.get_task(task.id, today=REPLY_TODAY)
    assert row.extension_requested and row.due_on == task.due_on  # asked, not extended
    requested = store.list_tasks(TaskFilter(extension_requested=True), today=REPLY_TODAY)
    assert [r.id for r in requested] == [task.id]
    pending = store.pending_extension_requests([task.id])[task.id]
    assert pending[0]["requested_due"] == "2027-01-15"
    assert pending[0]["evidence"] == "Công văn số 955/BQLDA-KH ngày 28/11/2026"
    # The leader approves with the ordinary extension: the request is answered.
    store.extend(task.id, sample("12").proposals[0].extension, reason="Đồng ý gia hạn",
                 today=REPLY_TODAY)
    assert not store.get_task(task.id, today=REPLY_TODAY).extension_requested
    assert store.list_tasks(TaskFilter(extension_requested=True), today=REPLY_TODAY) == []
    # Undoing that extension puts the request back.
    store.undo_last(task.id, today=REPLY_TODAY)
    assert store.get_task(task.id, today=REPLY_TODAY).extension_requested


def test_an_extension_request_refused_keeps_the_deadline_and_undo_reopens_it(
        store: Store) -> None:
    from tui_tracker.errors import UsageError

    review = reviewed(store, "12")
    task = review.proposals[0].task
    apply_review(store, review, today=REPLY_TODAY)
    with pytest.raises(UsageError):  # a refusal says why
        store.refuse_extension(task.id, reason="  ", today=REPLY_TODAY)
    row = store.refuse_extension(task.id, reason="Dự án phải hoàn thành trong năm",
                                 today=REPLY_TODAY)
    assert row.due_on == task.due_on and not row.extension_requested
    assert store.list_tasks(TaskFilter(extension_requested=True), today=REPLY_TODAY) == []
    last = store.history(task.id)[-1]
    assert (last.user, last.action, last.field, last.to_value) == (
        store.user, "note", "extension_request", "refused")
    assert "Không chấp thuận đề nghị gia hạn đến 15/01/2027" in last.note
    assert "Công văn số 955/BQLDA-KH ngày 28/11/2026" in last.note
    assert "Dự án phải hoàn thành trong năm" in last.note
    # Nothing left to refuse: one sentence, nothing written.
    entries = len(store.history(task.id))
    with pytest.raises(UsageError) as nothing:
        store.refuse_extension(task.id, reason="Không đồng ý", today=REPLY_TODAY)
    assert f"{task.id}" in nothing.value.message
    assert len(store.history(task.id)) == entries
    # Undo: the request waits for a decision again, and can then be granted.
    store.undo_last(task.id, today=REPLY_TODAY)
    assert store.get_task(task.id, today=REPLY_TODAY).extension_requested
    assert store.history(task.id)[-1].action == "undo"
    store.extend(task.id, sample("12").proposals[0].extension, reason="Đồng ý gia hạn",
                 today=REPLY_TODAY)
    assert not store.get_task(task.id, today=REPLY_TODAY).extension_requested


def test_a_recurring_task_reported_moves_to_its_next_occurrence(store: Store) -> None:
    review = reviewed(store, "02")
    monthly = next(p for p in review.proposals if p.task.ref == "II.1.b")
    apply_review(store, review, today=REPLY_TODAY)
    row = store.get_task(monthly.task.id, today=REPLY_TODAY)
    assert row.status == "todo" and row.due_on > monthly.task.due_on  # rolled, as triage does
    actions = [(e.action, e.to_value) for e in store.history(monthly.task.id)[-2:]]
    assert actions[0] == ("status", "reported")


def test_only_the_accepted_proposals_are_written(store: Store) -> None:
    review = reviewed(store, "01")
    review.proposals[0].accepted = False
    result = apply_review(store, review, today=REPLY_TODAY)
    assert review.proposals[0].task.id not in result.task_ids
    assert store.get_task(review.proposals[0].task.id, today=REPLY_TODAY).status == "todo"
    # A letter with nothing accepted writes nothing, and says so.
    other = reviewed(store, "04")
    for proposal in other.proposals:
        proposal.accepted = False
    with pytest.raises(BadInputError):
        apply_review(store, other, today=REPLY_TODAY)


def test_the_database_records_the_letter(store: Store, db: Path) -> None:
    result = apply_review(store, reviewed(store, "10"), today=REPLY_TODAY, source="/tmp/bc.txt")
    letter = next(iter(read_back(db)["report_letters"].rows))
    assert letter["number"] == "512/BC-SNNMT" and letter["issued_on"] == "2026-11-20"
    assert letter["sender"] == "Sở Nông nghiệp và Môi trường" and letter["agency_id"]
    assert letter["change_id"] == result.change_id and letter["source"] == "/tmp/bc.txt"
    log = read_back(db)["change_log"].get(result.change_id)
    assert log["action"] == "apply_report" and "512/BC-SNNMT" in log["note"]
