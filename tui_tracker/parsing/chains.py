"""Two-step chains: each agency its own step's date.

"Các sở … báo cáo, gửi Sở Tài chính trước ngày 15/12 để tổng hợp, báo cáo UBND
tỉnh trước ngày 20/12": the senders' step ends on 15/12; the agency they send
to does the next step ("để tổng hợp, tham mưu, thẩm định, trình …") by 20/12.
So the senders' assignments take the first date, and the recipient takes part
in the task (coordinating) with the second one. The directive keeps the chain's
last date (it is done when its last step is).

A recipient without a step of its own ("báo cáo UBND tỉnh", "gửi về Sở Tài
chính" with nothing after) stays out of the assignments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tui_tracker.model import Deadline
from tui_tracker.parsing.agency_names import ClauseText, agency_list
from tui_tracker.parsing.deadlines import FIXED_KINDS, find_deadlines

# "gửi Sở Tài chính", "gửi về Sở Tài chính", "gửi cho Sở …".
# "gửi Sở Tài chính", "gửi báo cáo kết quả về Sở Tài chính", "nộp hồ sơ cho Sở …".
_SEND = re.compile(r"(?<!\w)(?:gửi|gởi|nộp)\s+(?:(?:[^\s,;.]+\s+){0,6}?(?:về|cho|đến|tới)\s+)?",
                   re.IGNORECASE)
# The recipient's own step: "để tổng hợp, báo cáo …", "để thẩm định, trình …".
_NEXT_STEP = re.compile(
    r"(?<!\w)(?:để|nhằm)\s+(?:kịp thời\s+)?(?:tổng hợp|thẩm định|tham mưu|trình|xem xét|kiểm tra"
    r"|rà soát|đánh giá)(?!\w)", re.IGNORECASE)


@dataclass
class Chain:
    recipient: str  # the agency of the second step
    first_due: date  # the senders' step
    second_due: date  # the recipient's step


def find_chain(text: str, issued_on: date | None) -> Chain | None:
    """The two-step chain of a directive's text, when it has one with a date on each side.

    The deadlines are read once on the whole text, then split at the recipient's step:
    a bare second step ("… để tổng hợp, báo cáo trước ngày 15") takes its month from
    the first one, which it could not if each half were read alone."""
    placed: list[tuple[int, Deadline]] | None = None
    for send in _SEND.finditer(text):
        lst = agency_list(ClauseText(text[send.end():send.end() + 300]), 0)
        if lst is None or len(lst.names) != 1:
            continue
        after = send.end() + lst.end
        step = _NEXT_STEP.search(text, after, after + 120)
        if step is None:
            continue
        if placed is None:
            placed = _placed(text, find_deadlines(text, issued_on=issued_on))
        first = _last_fixed([d for at, d in placed if at < step.start()])
        second = _first_fixed([d for at, d in placed if at >= step.start()])
        if first is None or second is None or first.due_on == second.due_on:
            continue
        assert first.due_on is not None and second.due_on is not None
        return Chain(lst.names[0].name, first.due_on, second.due_on)
    return None


def _placed(text: str, found: list[Deadline]) -> list[tuple[int, Deadline]]:
    """Each deadline with where its phrase stands (they come in the text's order)."""
    out: list[tuple[int, Deadline]] = []
    cursor = 0
    for deadline in found:
        at = text.find(deadline.text, cursor)
        if at < 0:
            at = cursor
        out.append((at, deadline))
        cursor = at + max(1, len(deadline.text))
    return out


def _fixed(found: list[Deadline]) -> list[Deadline]:
    return [d for d in found if d.due_on is not None and d.kind in FIXED_KINDS]


def _last_fixed(found: list[Deadline]) -> Deadline | None:
    fixed = _fixed(found)
    return fixed[-1] if fixed else None


def _first_fixed(found: list[Deadline]) -> Deadline | None:
    fixed = _fixed(found)
    return fixed[0] if fixed else None
