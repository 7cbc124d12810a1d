"""No silent loss: every paragraph of a notice's body ends in exactly one place.

After the directives are read, each paragraph of the body is placed in one of
three places:

1. a directive (its words are part of a directive's text or its heading);
2. recognised non-task text, with the kind it was recognised as: a heading, a
   lead-in, the meeting or background, an assessment, an approval, praise, a
   courtesy closing, an attachment note, a note on the deadline of the points
   above;
3. a warning that names it (`Paragraph`, kind None), so that the review
   catches what the parser could not place, and the directives next to it are
   flagged `unclassified_paragraph_nearby`.

`audit` reads the document tree and the directives; it changes neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tui_tracker.model import ParsedDirective
from tui_tracker.parsing.role_words import BULLET_RE
from tui_tracker.parsing.sections import (
    Structure,
    is_assessment,
    is_attachment_note,
    is_praise,
    split_title,
)
from tui_tracker.parsing.tree import ITEM, ROOT, SECTION, Node
from tui_tracker.text import fold

__all__ = ["KINDS", "Paragraph", "audit"]

# The kinds of recognised non-task text, in the order they are tried.
KINDS = ("directive", "heading", "lead_in", "meeting", "assessment", "approval", "praise",
         "closing", "attachment", "deadline_note", "background")

_CLOSING = re.compile(
    r"^(?:trân trọng|xin cảm ơn|trên đây là|nay thông báo|văn phòng .{0,80}thông báo|.{0,120}\bthông báo\b.{0,80}"
    r"\b(?:để|đến)\b.{0,120}\b(?:biết|thực hiện|triển khai)\b)", re.I)
_COURTESY = re.compile(r"\b(?:nếu có|trường hợp có)\b.{0,60}\b(?:khó khăn|vướng mắc|phát sinh)", re.I)
_APPROVAL = ("thong nhat", "co ban thong nhat", "dong y", "nhat tri", "chap thuan",
             "ve nguyen tac", "ghi nhan", "hoan nghenh", "cho phep")
_DEADLINE_NOTE = re.compile(r"^(?:thời gian|thời hạn)\s+(?:hoàn thành|thực hiện)\b.{0,40}"
                            r"\b(?:(?:các|những)\s+)?(?:nội dung|nhiệm vụ|việc)\s+(?:trên|nêu trên)",
                            re.I)
# Words of a paragraph about the past or the present state, not work ahead.
_BACKGROUND = re.compile(
    r"^theo\b|^căn cứ\b|\b(?:theo báo cáo|hiện nay|thời gian qua|vừa qua|đã được|đã có|đã thực hiện|đạt được"
    r"|kết quả|tình hình|bên cạnh|tuy nhiên|còn một số|còn chậm|chưa được|nguyên nhân)\b", re.I)
_MEETING = re.compile(
    r"\b(?:chủ trì|tham dự|dự họp|cùng dự|sau khi nghe|ý kiến (?:tham gia|phát biểu)"
    r"|cuộc họp|buổi làm việc|kiểm tra thực tế|đã đi kiểm tra|kết luận(?: và chỉ đạo)? như sau)\b",
    re.I)


@dataclass
class Paragraph:
    """One paragraph of the body and where it ended."""

    text: str
    kind: str | None  # one of KINDS; None: not placed (a warning names it)
    index: int  # its paragraph in the body


def audit(structure: Structure, directives: list[ParsedDirective]) -> list[Paragraph]:
    """Every paragraph of the body with the place it ended in (see module doc)."""
    tree = structure.tree
    if tree is None:
        return []
    covered = _Covered(directives)
    out: list[Paragraph] = []
    seen: set[int] = set()
    for node, assessed in _walk(tree, False):
        if node.kind == ROOT or node.index in seen or not node.source:
            continue
        seen.add(node.index)
        text = node.source
        out.append(Paragraph(text, _place(node, text, covered, assessed,
                                          before_body=node.index < structure.body_start),
                             node.index))
    return out


def _walk(node: Node, assessed: bool) -> Iterator[tuple[Node, bool]]:
    """The nodes in document order, each with whether it stands in an assessment."""
    yield node, assessed
    if node.kind == SECTION:
        title, _ = split_title(node.own_text, bool(node.children), section=True)
        assessed = assessed or is_assessment(title)
    for child in node.children:
        yield from _walk(child, assessed)


class _Covered:
    """What the directives hold, as the starts of their lines and clauses (a paragraph
    of the body opens one of them when it went into a directive), and their titles.
    Looked up in a set: a body of thousands of paragraphs stays linear."""

    def __init__(self, directives: list[ParsedDirective]) -> None:
        self.starts: set[str] = set()
        for directive in directives:
            for line in directive.text.split("\n"):
                words = " ".join(BULLET_RE.sub("", line, count=1).split())
                self.starts.add(words[:_KEY])
                self.starts.update(p[:_KEY] for p in _pieces(words))
        self.titles = {fold(t) for d in directives for t in (d.heading, d.section) if t}

    def holds(self, text: str) -> bool:
        words = " ".join(BULLET_RE.sub("", text, count=1).split())
        if not words or words[:_KEY] in self.starts:
            return True
        # A paragraph split into tasks, or one whose closing courtesy was left out:
        # any of its clauses in a directive places it.
        return any(p[:_KEY] in self.starts for p in _pieces(words))


_KEY = 60  # characters of a paragraph's or a clause's start that identify it
_CLAUSE_BREAK = re.compile(r"(?<=[;.:])\s+")


def _pieces(words: str) -> list[str]:
    return [p for p in _CLAUSE_BREAK.split(words) if len(p) > 12]


def _place(node: Node, text: str, covered: _Covered, assessed: bool, *,
           before_body: bool) -> str | None:
    if text.startswith("|"):
        return _place_row(text, covered)
    if covered.holds(text) or (node.text != text and covered.holds(node.text)):
        return "directive"
    if before_body:
        return "meeting"  # the header, the meeting, the lead-in: context
    # A heading, or a paragraph whose list was split off it ("…, Phó Thủ tướng yêu cầu:
    # (i) …; (ii) …"): its own words, without the entries below it.
    heads = node.kind in (SECTION, ITEM) or bool(node.children)
    own = BULLET_RE.sub("", node.own_text if heads else text, count=1)
    key = fold(own)
    if node.kind in (SECTION, ITEM) and (key in covered.titles or _is_title(own)):
        return "heading"
    if assessed:
        return "assessment"
    if is_attachment_note(own):
        return "attachment"
    if _CLOSING.match(own) or _COURTESY.search(own) or own.endswith("/."):
        return "closing"
    if is_praise(own) or key.startswith("ghi nhan va"):
        return "praise"
    if key.startswith(_APPROVAL):
        return "approval"
    if _DEADLINE_NOTE.match(own):
        return "deadline_note"
    if own.rstrip().endswith(":"):
        return "lead_in"
    if _MEETING.search(own) and re.match(r"^(?:vào\s+)?(?:sáng|chiều)?\s*ngày\b", own, re.I):
        return "meeting"
    if _BACKGROUND.search(own):
        return "background"
    return None


def _place_row(text: str, covered: _Covered) -> str | None:
    """A row of a task table: a directive when one of its cells is in one; its header
    and its rule line are the table's heading."""
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    if any(len(c) > 12 and covered.holds(c) for c in cells):
        return "directive"
    if all(re.fullmatch(r"[\s:\-–=]*", c) for c in cells) or all(len(c) < 40 for c in cells):
        return "heading"
    return None


def _is_title(text: str) -> bool:
    """A short line without a sentence's end: a section or item title."""
    words = text.split()
    return 0 < len(words) <= 40 and not re.search(r"[.;!?…]$", text.strip())
