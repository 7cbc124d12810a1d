"""The body of a notice as numbered sections and lettered items.

Real notices number their conclusions in a few ways, which nest:

- Roman sections, often upper case: `I. ĐÁNH GIÁ CHUNG`, `II. NHIỆM VỤ …`;
- Arabic sections: `1. Đánh giá chung`, `2. Nhiệm vụ trọng tâm …`, and
  sub-sections `2.1.`, `2.2.`;
- lettered items `a)` … `đ)` … (any single letter: the seed has an `f)`), or
  numbered items `1)`, `2)`.

A marker only counts when it continues its sequence (`b)` after `a)`, `3.` after
`2.`); otherwise the line is text of the current item (a nested list). The
body starts at the first marker; what comes before it (the meeting paragraph,
"… kết luận như sau:") and the closing ("Nay thông báo …", "Nơi nhận",
signature) yield no directive.

Each item yields a `Block`: its heading (a short title line such as `Về xử lý
tồn tại trước hợp nhất tỉnh`, when paragraphs follow it), its paragraphs, the
title of its section and the preambles above it (whose addressee leads the
items: `yêu cầu Sở … tập trung thực hiện một số nhiệm vụ trọng tâm sau:`). A
section without items is itself a block (Công văn style: `1. Giao Sở Tài chính
chủ trì, …`). Assessment sections (`Đánh giá chung`, `Kết quả đạt được`,
`Tình hình …`) yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui_tracker.parsing.assignments import has_assignment
from tui_tracker.text import fold

_ROMAN_RE = re.compile(r"^([IVXLC]{1,7})\s*[.):/\-–]\s*(\S.*)$")
_ARABIC_RE = re.compile(r"^(\d{1,2})(?:\.|/(?=\s))\s*(\S.*)$")
_NESTED_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$")
_LETTER_RE = re.compile(r"^([a-zđ])\)\s*(\S.*)$")
_LETTER_DOT_RE = re.compile(r"^([a-zđ])[./]\s+(\S.*)$")
_NUMBER_ITEM_RE = re.compile(r"^(\d{1,2})\)\s*(\S.*)$")
_ALPHABET = "abcdđefghijklmnopqrstuvwxyz"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

# The closing: "Nay thông báo …", "Văn phòng UBND tỉnh thông báo để …", Nơi nhận, signature.
_CLOSING_START = re.compile(
    r"^(?:nơi nhận|nay thông báo|tl\.|kt\.|tm\.|q\.\s|t/m|t/l|k/t|ký thay|thừa lệnh|thay mặt|"
    r"\(đã ký\)|người ký)", re.IGNORECASE)
# An upper-case signature title standing alone: "CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG".
_SIGNER_TITLE = re.compile(
    r"^(?:pho |quyen )?(?:chu tich|giam doc|chanh van phong|bi thu|bo truong|chu nhiem"
    r"|thu truong|truong ban|tong giam doc|chanh thanh tra)\b")
_NOTIFY = re.compile(r"\bthông báo\b.{0,120}\bđể\b", re.IGNORECASE)
_OFFICE_NOTIFY = re.compile(r"^(?:văn phòng|vpub)\b.{0,80}\bthông báo\b", re.IGNORECASE)
_CLOSING_DEMAND = re.compile(
    r"^(?:yeu cau|de nghi)\b.*\b(?:nghiem tuc|khan truong|to chuc|trien khai)?\s*thuc hien"
    r"(?:\s+(?:nghiem tuc|tot|co hieu qua))?\s*\.?/\.$")
_SENTENCE_END = re.compile(r"[.:;!?…/)\]”\"]$")

# Titles that open with a topic word may end with a colon: "Về công tác quy hoạch:".
_TOPIC_WORDS = ("ve ", "doi voi ", "viec ", "nhiem vu", "cong tac ", "mot so ", "nhung ",
                "cac nhiem vu", "giai phap", "kien nghi", "de xuat", "tinh hinh", "ket qua",
                "danh gia", "linh vuc", "noi dung", "du an ", "phuong huong", "to chuc thuc hien")
# Assessment sections: their title opens with one of these (after "Về", "Một số", …)
# and says nothing of the work ahead.
_ASSESSMENT = ("danh gia", "ket qua", "tinh hinh", "nhan xet", "ton tai", "han che",
               "uu diem", "khuyet diem", "boi canh", "thuc trang", "qua trinh", "nhung mat",
               "nhung viec da lam", "tong quan")
_WORK_AHEAD = ("thoi gian toi", "sap toi", "giai phap", "chi dao", "de xuat", "kien nghi",
               "phuong huong", "trong tam", "can lam", "va nhiem vu", "ke hoach", "tiep theo",
               "to chuc thuc hien")
_TITLE_MAX_WORDS = 40


@dataclass
class Block:
    """Text that yields one or more directives: an item, or a section without items."""

    ref: str  # "2.a", "II.1.b", "3"; "" for the paragraphs of a notice without numbering
    heading: str | None
    paragraphs: list[str]
    section: str | None  # title of the enclosing (or own) numbered section
    preambles: list[list[str]] = field(default_factory=list)  # outer → inner
    kind: str = "item"  # "item" | "section" | "loose"


@dataclass
class Structure:
    blocks: list[Block]
    numbered: bool  # sections or items were found


@dataclass
class _Node:
    kind: str  # "root" | "roman" | "arabic" | "item"
    label: str
    ref: str
    first: str = ""  # the text after the marker
    lines: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None

    def last_child(self, *kinds: str) -> _Node | None:
        for child in reversed(self.children):
            if child.kind in kinds:
                return child
        return None


# ---------------------------------------------------------------------------
# Lines.

def body_lines(text: str) -> list[str]:
    """Non-empty lines of the normalised text, soft line wraps joined."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        if out and out[-1] and line[0].islower() and not _marker(line) \
                and not _SENTENCE_END.search(out[-1]) and not out[-1].isupper():
            out[-1] = f"{out[-1]} {line}"  # a line wrapped inside a paragraph
            continue
        out.append(line)
    return [line for line in out if line]


def _is_closing(line: str) -> bool:
    if _CLOSING_START.match(line):
        return True
    if _marker(line):
        return False
    if line.isupper() and _SIGNER_TITLE.match(fold(line)):
        return True
    if _OFFICE_NOTIFY.match(line) or (_NOTIFY.search(line) and line.endswith("/.")):
        return True
    # "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.": a
    # closing formula with no work of its own.
    return line.endswith("/.") and len(line.split()) <= 30 \
        and bool(_CLOSING_DEMAND.search(fold(line)))


def _marker(line: str) -> tuple[str, str, str] | None:
    """(kind, label, rest) when the line opens with a section or item marker."""
    m = _ROMAN_RE.match(line)
    if m and _roman_value(m.group(1)) and _opens_text(m.group(2)):
        return "roman", m.group(1), m.group(2)
    m = _NESTED_RE.match(line)
    if m and _opens_text(m.group(2)):
        return "arabic", m.group(1), m.group(2)
    m = _ARABIC_RE.match(line)
    if m and _opens_text(m.group(2)):
        return "arabic", m.group(1), m.group(2)
    m = _LETTER_RE.match(line)
    if m:
        return "item", m.group(1), m.group(2)
    m = _LETTER_DOT_RE.match(line)
    if m and _opens_text(m.group(2)):
        return "item", m.group(1), m.group(2)
    m = _NUMBER_ITEM_RE.match(line)
    if m:
        return "item", m.group(1), m.group(2)
    return None


def _opens_text(rest: str) -> bool:
    first = rest.lstrip("“\"'(*")[:1]
    return first.isalpha() and first.isupper()


def _roman_value(text: str) -> int | None:
    total = 0
    values = [_ROMAN_VALUES[c] for c in text]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and v < values[i + 1] else v
    canonical = _to_roman(total) if 0 < total < 40 else None
    return total if canonical == text else None


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


# ---------------------------------------------------------------------------
# The tree.

def _build(lines: list[str]) -> tuple[_Node, list[str], bool]:
    """The section tree of the body, the introduction before it, and whether
    any marker was found."""
    root = _Node("root", "", "")
    intro: list[str] = []
    current = root
    seen_marker = False
    for line in lines:
        marker = _marker(line)
        node = _place(root, marker) if marker else None
        if node is None:
            if not seen_marker:
                intro.append(line)
            else:
                current.lines.append(line)
            continue
        seen_marker = True
        current = node
    return root, intro, seen_marker


def _open_sections(root: _Node) -> list[_Node]:
    """The chain of open section nodes, outermost first."""
    chain: list[_Node] = []
    node = root
    while True:
        child = node.last_child("roman", "arabic")
        if child is None or (node.children and node.children[-1].kind == "item"):
            break
        chain.append(child)
        node = child
    return chain


def _place(root: _Node, marker: tuple[str, str, str]) -> _Node | None:
    kind, label, rest = marker
    chain = _open_sections(root)
    if kind == "roman":
        previous = root.last_child("roman")
        expected = _roman_value(previous.label) + 1 if previous else None
        if previous is None and root.children:
            return None  # Roman numerals after Arabic sections: a list in the text
        if expected is not None and _roman_value(label) != expected:
            return None
        return _add(root, "roman", label, label, rest)

    if kind == "arabic":
        parts = label.split(".")
        romans = [n for n in chain if n.kind == "roman"]
        parent = romans[-1] if romans else root
        for depth in range(1, len(parts)):
            prefix = ".".join(parts[:depth])
            found = next((c for c in reversed(parent.children)
                          if c.kind == "arabic" and c.label == prefix), None)
            if found is None:
                return None
            parent = found
        if parent.last_child("item"):
            return None  # numbers inside a lettered item's text
        previous = parent.last_child("arabic")
        if previous is not None and int(parts[-1]) != int(previous.label.split(".")[-1]) + 1:
            return None
        ref = f"{parent.ref}.{parts[-1]}" if parent.kind == "roman" else label
        return _add(parent, "arabic", label, ref, rest)

    parent = chain[-1] if chain else root
    previous = parent.last_child("item")
    if previous is not None:
        if label.isdigit() != previous.label.isdigit():
            return None
        if label.isdigit():
            if int(label) != int(previous.label) + 1:
                return None
        elif _ALPHABET.index(label) <= _ALPHABET.index(previous.label):
            return None
    ref = f"{parent.ref}.{label}" if parent.ref else label
    return _add(parent, "item", label, ref, rest)


def _add(parent: _Node, kind: str, label: str, ref: str, rest: str) -> _Node:
    node = _Node(kind, label, ref, first=rest, parent=parent)
    parent.children.append(node)
    return node


# ---------------------------------------------------------------------------
# Titles.

def split_title(first: str, more: bool, *, section: bool) -> tuple[str | None, str | None]:
    """(title, first body line) of the text after a marker.

    `more` says whether other paragraphs follow (a lone line is a body). Titles
    are short lines without a full stop; `Về X: …` splits into title and body."""
    text = first.strip()
    if not text:
        return None, None
    inline = re.match(r"^((?:Về|Đối với)\s[^:]{1,250}?):\s+(\S.*)$", text)
    if inline and len(inline.group(1).split()) <= _TITLE_MAX_WORDS \
            and not has_assignment(inline.group(1)):
        return inline.group(1).strip(), inline.group(2)
    letters = [c for c in text if c.isalpha()]
    if section and len(letters) > 3 and all(c.isupper() for c in letters):
        return text.rstrip(":").strip(), None
    if not more:
        return None, text
    if re.search(r"[.;!?…]$", text) or len(text.split()) > _TITLE_MAX_WORDS:
        return None, text
    if text.endswith(":"):
        if fold(text).startswith(_TOPIC_WORDS) and not has_assignment(text):
            return text.rstrip(":").strip(), None
        return None, text
    if has_assignment(text):
        return None, text
    return text, None


def is_assessment(title: str | None) -> bool:
    """An assessment section: `Đánh giá chung`, `ĐÁNH GIÁ KẾT QUẢ`, `Kết quả đạt được`."""
    if not title:
        return False
    key = fold(title)
    key = re.sub(r"^(?:ve|mot so|nhung|cac)\s+", "", key)
    key = re.sub(r"^(?:ve|mot so|nhung|cac)\s+", "", key)
    return key.startswith(_ASSESSMENT) and not any(w in key for w in _WORK_AHEAD)


# ---------------------------------------------------------------------------
# Blocks.

def find_blocks(text: str) -> Structure:
    """The blocks of a normalised notice (see module doc)."""
    lines = body_lines(text)
    end = len(lines)
    first_marker = next((i for i, line in enumerate(lines) if _marker(line)), None)
    start_closing = first_marker if first_marker is not None else 0
    for i in range(start_closing, len(lines)):
        if _is_closing(lines[i]):
            end = i
            break
        if lines[i].endswith("/.") and i >= start_closing:
            end = i + 1  # "… thực hiện./." ends the text
            break
    lines = lines[:end]
    root, intro, numbered = _build(lines)
    if not numbered:
        return Structure([_loose_block(intro)], False)
    blocks: list[Block] = []
    top = [_lead_in(intro)] if _lead_in(intro) else []
    for child in root.children:
        _walk(child, top, None, blocks)
    return Structure(blocks, True)


def _lead_in(intro: list[str]) -> list[str]:
    """The last paragraph of the introduction when it leads into the list ("…
    giao Sở Tài chính thực hiện các nội dung sau:")."""
    if intro and intro[-1].endswith(":"):
        return [intro[-1]]
    return []


def _walk(node: _Node, preambles: list[list[str]], section: str | None,
          blocks: list[Block]) -> None:
    has_more = bool(node.lines or node.children)
    title, body_first = split_title(node.first, has_more, section=node.kind != "item")
    own = ([body_first] if body_first else []) + node.lines
    if node.kind == "item":
        blocks.append(Block(node.ref, title, own, section, preambles, "item"))
        return
    if is_assessment(title):
        return
    if node.children:
        inner = [*preambles, own] if own else preambles
        for child in node.children:
            _walk(child, inner, title or section, blocks)
    elif own:
        blocks.append(Block(node.ref, title, own, title or section, preambles, "section"))


def _loose_block(lines: list[str]) -> Block:
    """A notice without numbering: the paragraphs after "… như sau:" (that line is
    their lead-in, kept as the preamble), else after the "Kính gửi" list, else all."""
    start = 0
    lead_in: list[list[str]] = []
    for i, line in enumerate(lines):
        if re.search(r"như sau\s*:$", line):
            start = i + 1
            lead_in = [[line]]
    if start == 0:
        for i, line in enumerate(lines):
            if fold(line).startswith("kinh gui"):
                j = i + 1
                while j < len(lines) and (lines[j].startswith(("-", "+", "•"))
                                          or lines[j].endswith((";", ","))):
                    j += 1
                start = j
    return Block("", None, lines[start:], None, lead_in, "loose")
