"""Reading report letters (parsing/report_letter.py): every sample, item by item."""

from __future__ import annotations

import pytest
from reply_samples import LETTERS, Letter

from tui_tracker.parsing.report_letter import REPORT, letter_kind, read_report_letter
from tui_tracker.parsing.source import read_source


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter.file)
def test_every_item_of_every_sample(letter: Letter) -> None:
    raw = read_source(str(letter.path)).text
    assert letter_kind(raw) == REPORT
    read = read_report_letter(raw)
    assert read.sender == letter.sender
    assert (read.number, read.issued_on) == (letter.number, letter.issued_on)
    assert tuple(r.number for r in read.answers) == letter.answers
    got = [(tuple(i.refs), i.reading.status, i.reading.completed_on,
            i.reading.extension.due_on if i.reading.extension else None, i.basis)
           for i in read.items]
    want = [(i.refs, i.status, i.completed_on, i.extension, i.basis) for i in letter.items]
    assert got == want
    for item, expected in zip(read.items, letter.items, strict=True):
        if expected.notice is not None:
            assert item.notice is not None and item.notice.number == expected.notice
