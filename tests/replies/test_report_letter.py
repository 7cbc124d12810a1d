"""Reading report letters (parsing/report_letter.py): every sample, item by item."""

from __future__ import annotations

import pytest
from reply_samples import LETTERS, Letter

from tui_tracker.parsing.report_letter import (
    REPORT,
    is_report_letter,
    letter_kind,
    read_report_letter,
)
from tui_tracker.parsing.source import read_source


@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter.file)
def test_every_item_of_every_sample(letter: Letter) -> None:
    raw = read_source(str(letter.path)).text
    assert letter_kind(raw) == REPORT
    assert is_report_letter(raw)  # `import` refuses it
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
        assert tuple(q.kind for q in item.reading.requests) == expected.requests


def test_no_notice_of_the_repository_is_taken_for_a_report() -> None:
    """Every notice the parser is tested on (the demo's, the samples, the gold and
    held-out sets) stays a notice: `i` imports it as before."""
    from pathlib import Path

    from tui_tracker.parsing.report_letter import NOTICE

    root = Path(__file__).resolve().parents[2]
    files = [*root.glob("fixtures/*.txt"), *root.glob("tests/parsing/**/*.txt")]
    assert len(files) > 50
    wrong = [f.name for f in files
             if letter_kind(read_source(str(f)).text) != NOTICE]
    assert wrong == []
    # `import` asks the same question with the type the parser read (a "TB" answers
    # at once): it refuses none of them.
    from tui_tracker.parsing import parse_notice

    refused = [f.name for f in files
               if is_report_letter(text := read_source(str(f)).text,
                                   parse_notice(text).notice.doc_type)]
    assert refused == []


def test_item_citations_in_every_order_and_list() -> None:
    from tui_tracker.parsing.item_refs import find_item_refs, within

    def refs(text: str) -> list[str]:
        return [r.ref for r in find_item_refs(text)]

    assert refs("tại điểm a khoản 1 Mục II Thông báo") == ["II.1.a"]
    assert refs("mục 2, khoản b") == ["2.b"]
    assert refs("các điểm a, b và c mục 2") == ["2.a", "2.b", "2.c"]
    assert refs("mục 3, điểm 3.đ") == ["3.đ"]  # the value repeats its section
    assert refs("nhiệm vụ số 4") == ["4"]
    assert refs("khoản kinh phí được cấp; một phần; mục tiêu đề ra") == []
    assert within("a", "2") == "2.a" and within("1.a", "II") == "II.1.a"
    assert within("II.1.a", "II") == "II.1.a"


def test_status_words_decide_as_a_reader_would() -> None:
    from datetime import date

    from tui_tracker.parsing.report_status import read_status

    def said(text: str, sender: str | None = None) -> tuple:
        r = read_status(text, letter_date=date(2026, 11, 20), sender=sender)
        return r.status, r.completed_on, r.extension.due_on if r.extension else None

    assert said("Đang triển khai; đến nay đã hoàn thành.")[0] == "reported"
    assert said("Sở đã hoàn thành khảo sát, đang xây dựng dự thảo.")[0] == "in_progress"
    assert said("Hoàn thành 70% khối lượng.")[0] == "in_progress"
    assert said("Tiến độ: hoàn thành 100%.")[0] == "reported"
    assert said("Cơ bản hoàn thành, còn 2 hồ sơ.")[0] == "in_progress"
    assert said("Chưa thực hiện do chưa có kinh phí; Sở đang chờ hướng dẫn.")[0] == "todo"
    assert said("Do chưa có hướng dẫn của Bộ nên chưa thực hiện được.")[0] == "todo"
    # A letter sent is weaker than "chưa thực hiện".
    assert said("Chưa thực hiện. Sở đã có Công văn số 12/STC-ĐT ngày 05/11/2026 đôn "
                "đốc.")[0] == "todo"
    # Another agency's work is not the sender's; the superior acting on its advice is.
    assert said("Sở Xây dựng đã hoàn thành kiểm tra; Sở Tài chính đang tổng hợp.",
                "Sở Tài chính")[0] == "in_progress"
    assert said("Sở đã trình; UBND tỉnh đã ban hành Quyết định số 1/QĐ-UBND ngày "
                "12/11/2026.", "Sở Tài chính")[:2] == ("reported", date(2026, 11, 12))
    # The completion day: the act's, a day written, else the letter's.
    assert said("Đã hoàn thành ngày 15/11/2026.")[1] == date(2026, 11, 15)
    assert said("Đã hoàn thành.")[1] == date(2026, 11, 20)
    # Extension requests: a day, a month, a quarter, a length; never an extension granted.
    assert said("Đề nghị gia hạn đến ngày 30/12/2026.")[2] == date(2026, 12, 30)
    assert said("Kính đề nghị cho gia hạn đến hết tháng 01/2027.")[2] == date(2027, 1, 31)
    assert said("Xin gia hạn đến hết Quý II/2027.")[2] == date(2027, 6, 30)
    assert said("Đề nghị gia hạn trước ngày 31/12/2026.")[2] == date(2026, 12, 30)
    assert read_status("Đề nghị gia hạn thêm 30 ngày.", letter_date=None).extension.days == 30
    assert said("Nhiệm vụ đã được UBND tỉnh đồng ý gia hạn đến 30/12/2026, đang triển "
                "khai.")[2] is None
    drop = read_status("Đề nghị UBND tỉnh cho thôi thực hiện nhiệm vụ này.", letter_date=None)
    adjust = read_status("Đề nghị điều chỉnh nội dung nhiệm vụ.", letter_date=None)
    assert [q.kind for q in drop.requests] == ["drop"]
    assert [q.kind for q in adjust.requests] == ["adjust"]
    assert drop.status is None and adjust.status is None
