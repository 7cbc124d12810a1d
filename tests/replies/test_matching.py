"""Matching report letters to the stored tasks (replies/matching.py): every proposal of
every sample lands on its task with its status, completion day and extension request;
items that match nothing are listed; a letter answering an unknown notice is refused."""

from __future__ import annotations

import pytest
from reply_samples import LETTERS, REPLY_TODAY, Letter

from tui_tracker.errors import BadInputError
from tui_tracker.replies import read_letter, review_letter
from tui_tracker.store import Store


@pytest.mark.parametrize("letter", [x for x in LETTERS if x.refused is None],
                         ids=lambda letter: letter.file)
def test_every_proposal_lands_on_its_task(store: Store, letter: Letter) -> None:
    _, read = read_letter(str(letter.path))
    review = review_letter(store, read)
    got = [(p.notice.number, p.task.ref, p.task.agency, p.said_status, p.completed_on,
            p.extension[0] if p.extension else None, p.match) for p in review.proposals]
    want = [(p.notice, p.ref, p.agency, p.status, p.completed_on, p.extension, p.match)
            for p in letter.proposals]
    assert got == want
    assert [tuple(u.item.refs) for u in review.unmatched] == [(ref,) for ref in letter.unmatched]
    assert review.applied is None


@pytest.mark.parametrize("letter", [x for x in LETTERS if x.refused is not None],
                         ids=lambda letter: letter.file)
def test_a_letter_answering_an_unknown_notice_is_refused_by_name(store: Store,
                                                                 letter: Letter) -> None:
    _, read = read_letter(str(letter.path))
    with pytest.raises(BadInputError) as error:
        review_letter(store, read)
    assert letter.refused in error.value.message
    assert "\n" not in error.value.message and "Traceback" not in error.value.message


def test_the_reasons_of_unmatched_items_say_what_is_wrong(store: Store) -> None:
    _, read = read_letter(str(next(x for x in LETTERS if x.unmatched).path))
    reasons = [u.reason for u in review_letter(store, read).unmatched]
    assert "2.h" in reasons[0] and "215/TB-UBND" in reasons[0]
    assert "Sở Nông nghiệp và Môi trường" in reasons[1]  # whose item 2.b is


def test_order_only_matches_are_flagged_and_a_closed_task_gets_a_note(store: Store) -> None:
    from tui_tracker.model import Status

    letter = next(x for x in LETTERS if x.file.startswith("09"))
    _, read = read_letter(str(letter.path))
    review = review_letter(store, read)
    assert all(p.match == "order" and p.warnings for p in review.proposals)
    first = review.proposals[0].task
    store.set_status(first.id, Status.DONE, today=REPLY_TODAY, on=read.issued_on)
    again = review_letter(store, read).proposals[0]
    assert again.task.status == "done" and again.said_status == "reported"
    assert again.new_status is None  # a done task is never moved back by a letter
    assert any("hoàn thành" in w for w in again.warnings)


def test_order_is_not_guessed_when_the_counts_differ(store: Store, tmp_path) -> None:
    letter = next(x for x in LETTERS if x.file.startswith("09")).path.read_text("utf-8")
    fewer = letter.replace("4. Bộ Xây dựng tiếp tục theo dõi, đôn đốc các bộ, địa phương "
                           "triển khai Đề án.\n", "")
    assert fewer != letter
    path = tmp_path / "bc.txt"
    path.write_text(fewer, encoding="utf-8")
    _, read = read_letter(str(path))
    review = review_letter(store, read)
    assert review.proposals == []
    assert len(review.unmatched) == 3
    assert all("3" in u.reason and "4" in u.reason for u in review.unmatched)
