"""The document tree: a notice's body as sections → items → points → bullets → paragraphs.

The parser's middle layer. Layout comes first (`text.normalize` rebuilds the
paragraphs: wrapped lines joined, page artefacts removed); this module then
builds the paragraphs into a tree by their markers, and the readers
(`sections`, `parsing.__init__`) read roles and deadlines on the tree: a
deadline belongs to the smallest node that states it, leads are inherited
downward, a heading's subjects lead its children.

Markers, outermost first (domain.md, "Structure"):

- sections: Roman `I.`, Arabic `1.` / `1/`, nested `1.1.`, ordinals `Một là,` /
  `Thứ hai,` (as 1., 2.);
- items: lettered `a)` `đ)` `a.` `a/`, numbered `1)`;
- points: `(i)` `(ii)` `(1)` `(2)`, on their own line or inside a paragraph
  (`Đề nghị: (i) Công ty A báo cáo …; (ii) Sở B rà soát …`);
- bullets: `-` `–` `+` `•` `*`; a new symbol under a bullet goes one level
  deeper (`+` under `-`), a symbol met higher up goes back to that level. A
  run of dashes inside one paragraph after a colon (`Giao Sở Tài chính: -
  Cập nhật …; - Quán triệt …`) is a list too;
- paragraphs: everything else.

A section or item marker only counts when it continues its sequence (`b)` after
`a)`, `3.` after `2.`); otherwise the paragraph is text of the current node (a
nested list written with the same markers). A paragraph that ends with a colon
(`… như sau:`, `Cụ thể:`, `gồm:`, `Giao Sở Tài chính:`) owns the bullets and
points that follow it: they are its children. Other paragraphs are children of
the innermost section or item.

The tree is plain data: `Node.to_json` is what `parse --json` shows under
`tree`, and each directive carries its `path` in it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from tui_tracker.roman import roman_value

__all__ = ["Node", "build_tree", "marker_of", "split_inline"]

ROOT, SECTION, ITEM, POINT, BULLET, PARA = "root", "section", "item", "point", "bullet", "para"

_ROMAN_RE = re.compile(r"^([IVXLC]{1,7})\s*[.):/\-–]\s*(\S.*)$")
_ARABIC_RE = re.compile(r"^(\d{1,2})(?:\.|/(?=\s))\s*(\S.*)$")
_NESTED_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$")
_LETTER_RE = re.compile(r"^([a-zđ])\)\s*(\S.*)$")
_LETTER_DOT_RE = re.compile(r"^([a-zđ])[./]\s+(\S.*)$")
_NUMBER_ITEM_RE = re.compile(r"^(\d{1,2})\)\s*(\S.*)$")
# Ordinals that number conclusions in Party and leaders' notices: "Một là, …", "Thứ hai, …".
_ORDINALS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_ORDINAL_RE = re.compile(
    r"^(?:(?P<la>một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là"
    r"|thứ\s+(?P<thu>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:.]\s*(?P<rest>\S.*)$",
    re.IGNORECASE)
# Points: "(i)", "(ii)", "(1)", also "i)" at a line's start.
_POINT_RE = re.compile(r"^\((i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s*(\S.*)$")
_ROMAN_POINT_RE = re.compile(r"^(i{1,3}|iv|vi{0,3}|ix|x)\)\s*(\S.*)$")
_BULLET_RE = re.compile(r"^([-–—+•*])\s*(\S.*)$")
# A point inside a paragraph: "(ii)" after the start, a space, a colon or a semicolon.
_INLINE_POINT_RE = re.compile(r"(?:^|(?<=[\s:;,.]))\((i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s+")
# A dash list inside one paragraph: "…: - A; - B" (a dash after a colon or a semicolon).
_INLINE_DASH_RE = re.compile(r"(?<=[:;])\s+[-–+•]\s+(?=\S)")
_ALPHABET = "abcdđefghijklmnopqrstuvwxyz"
_SMALL_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


@dataclass
class Node:
    """One node of the document tree."""

    kind: str  # root | section | item | point | bullet | para
    marker: str  # as written: "II.", "2.1.", "b)", "(iii)", "-", "" (a paragraph)
    label: str  # the marker's value: "II", "2.1", "b", "iii", "-", ""
    text: str  # the node's paragraph after its marker
    ref: str = ""  # section and item path as refs are written: "II.1.b"
    index: int = -1  # the paragraph of the body it comes from (-1: the root)
    # The whole paragraph as written, marker included; "" for a point or dash cut
    # out of its parent's paragraph (it shares its parent's `index`).
    source: str = ""
    # The words before a list run inside the paragraph ("Đề nghị:" of "Đề nghị: (i) …;
    # (ii) …"), whose entries are then this node's first children; None: no such list.
    head: str | None = None
    children: list[Node] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False, compare=False)
    # The last child of each kind, with its position: `last_child` answers at once even
    # for a node with thousands of children (a list of thousands of numbered lines).
    _last: dict[str, tuple[int, Node]] = field(default_factory=dict, repr=False,
                                                compare=False)

    def add(self, child: Node) -> Node:
        child.parent = self
        self._last[child.kind] = (len(self.children), child)
        self.children.append(child)
        return child

    def last_child(self, *kinds: str) -> Node | None:
        found = [self._last[kind] for kind in kinds if kind in self._last]
        return max(found, key=lambda at: at[0])[1] if found else None

    @property
    def own_text(self) -> str:
        """The node's words without the entries cut out of its paragraph."""
        return self.text if self.head is None else self.head

    @property
    def is_list_entry(self) -> bool:
        return self.kind in (POINT, BULLET)

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, in document order."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def step(self) -> str:
        """This node's step in a path: its marker's label, "-2" for the second dash
        among its siblings, "¶3" for the third paragraph."""
        if self.kind in (SECTION, ITEM, POINT):
            return self.label
        siblings = self.parent.children if self.parent is not None else [self]
        same = [c for c in siblings if c.kind == self.kind
                and (self.kind != BULLET or c.label == self.label)]
        number = next(i for i, c in enumerate(same, 1) if c is self)
        return f"{self.label}{number}" if self.kind == BULLET else f"¶{number}"

    def path(self) -> list[str]:
        steps: list[str] = []
        node: Node | None = self
        while node is not None and node.kind != ROOT:
            steps.append(node.step())
            node = node.parent
        return steps[::-1]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        if self.marker:
            data["marker"] = self.marker
        if self.own_text:
            data["text"] = self.own_text
        if self.children:
            data["children"] = [c.to_json() for c in self.children]
        return data


# ---------------------------------------------------------------------------
# Markers.

def marker_of(paragraph: str) -> tuple[str, str, str, str] | None:
    """(kind, label, marker as written, rest) when the paragraph opens with a marker."""
    m = _ORDINAL_RE.match(paragraph)
    if m:
        word = (m.group("la") or m.group("thu")).lower()
        number = 1 if word == "nhất" else 4 if word == "tư" else _ORDINALS.index(word) + 1
        rest = m.group("rest")
        return SECTION, str(number), paragraph[:m.start("rest")].strip(), \
            rest[0].upper() + rest[1:]
    m = _ROMAN_RE.match(paragraph)
    if m and roman_value(m.group(1)) and _opens_text(m.group(2)):
        return SECTION, m.group(1), _written(paragraph, m), m.group(2)
    m = _NESTED_RE.match(paragraph) or _ARABIC_RE.match(paragraph)
    if m and _opens_text(m.group(2)):
        return SECTION, m.group(1), _written(paragraph, m), m.group(2)
    m = _LETTER_RE.match(paragraph)
    if m:
        return ITEM, m.group(1), _written(paragraph, m), m.group(2)
    m = _LETTER_DOT_RE.match(paragraph)
    if m and _opens_text(m.group(2)):
        return ITEM, m.group(1), _written(paragraph, m), m.group(2)
    m = _NUMBER_ITEM_RE.match(paragraph)
    if m:
        return ITEM, m.group(1), _written(paragraph, m), m.group(2)
    m = _POINT_RE.match(paragraph) or _ROMAN_POINT_RE.match(paragraph)
    if m:
        return POINT, m.group(1), _written(paragraph, m), m.group(2)
    m = _BULLET_RE.match(paragraph)
    if m and not _is_negative_number(paragraph):
        return BULLET, _bullet_symbol(m.group(1)), m.group(1), m.group(2)
    return None


def _written(paragraph: str, m: re.Match[str]) -> str:
    return paragraph[:m.start(2)].strip()


def _bullet_symbol(symbol: str) -> str:
    return "-" if symbol in "-–—" else symbol


def _is_negative_number(paragraph: str) -> bool:
    return bool(re.match(r"^-\d", paragraph))


def _opens_text(rest: str) -> bool:
    first = rest.lstrip("“\"'(*")[:1]
    return first.isalpha() and first.isupper()


def _is_roman(label: str) -> bool:
    return label[:1] in "IVXLC"


def split_inline(paragraph: str) -> tuple[str, list[tuple[str, str, str]]]:
    """A paragraph that lists points or dashes inside itself: (head, [(kind, label,
    text), …]). "Đề nghị: (i) A …; (ii) B …" gives ("Đề nghị:", [(point, "i", "A …;"),
    (point, "ii", "B …")]). Points count when they run in sequence from the first
    ((i), (ii) … or (1), (2) …); dashes when at least two follow a colon."""
    points = _inline_points(paragraph)
    if points:
        return points
    return _inline_dashes(paragraph)


def _inline_points(paragraph: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    if "(" not in paragraph:
        return None
    found = list(_INLINE_POINT_RE.finditer(paragraph))
    if len(found) < 2:
        return None
    run: list[re.Match[str]] = []
    for m in found:
        label = m.group(1)
        expected = _point_label(len(run), label)
        if label == expected:
            run.append(m)
        elif _point_label(0, label) == label:
            run = [m]  # a new run starts: "(1)" again
    if len(run) < 2:
        return None
    head = paragraph[:run[0].start()].strip()
    pieces = []
    for n, m in enumerate(run):
        end = run[n + 1].start() if n + 1 < len(run) else len(paragraph)
        pieces.append((POINT, m.group(1), paragraph[m.end():end].strip()))
    return head, pieces


def _point_label(position: int, like: str) -> str:
    if like.isdigit():
        return str(position + 1)
    return _SMALL_ROMANS[position] if position < len(_SMALL_ROMANS) else ""


def _inline_dashes(paragraph: str) -> tuple[str, list[tuple[str, str, str]]]:
    colon = paragraph.find(":")
    if colon < 0 or " -" not in paragraph[colon:] and " +" not in paragraph[colon:] \
            and " –" not in paragraph[colon:] and " •" not in paragraph[colon:]:
        return paragraph, []
    cuts = list(_INLINE_DASH_RE.finditer(paragraph, colon))
    if len(cuts) < 2 or paragraph[cuts[0].start() - 1] != ":":
        return paragraph, []
    head = paragraph[:cuts[0].start()].strip()
    pieces = []
    for n, m in enumerate(cuts):
        end = cuts[n + 1].start() if n + 1 < len(cuts) else len(paragraph)
        pieces.append((BULLET, "-", paragraph[m.end():end].strip()))
    return head, pieces


# ---------------------------------------------------------------------------
# The tree.

def build_tree(paragraphs: list[str], closings: Collection[int] = ()) -> Node:
    """The tree of a body's paragraphs (see module doc). `closings`: paragraphs that are
    a courtesy closing the text goes on after; they stand at the top, in no item."""
    builder = _Builder()
    for index, paragraph in enumerate(paragraphs):
        if index in closings:
            builder.close(index, paragraph)
        else:
            builder.place(index, paragraph)
    return builder.root


class _Builder:
    def __init__(self) -> None:
        self.root = Node(ROOT, "", "", "")
        self.container = self.root  # the innermost section or item
        self.last: Node = self.root  # the node placed last
        self.numbered = False

    def place(self, index: int, paragraph: str) -> None:
        found = marker_of(paragraph)
        if found is not None and found[0] in (SECTION, ITEM):
            kind, label, written, rest = found
            node = _place(self.root, kind, label, written, rest, index)
            if node is not None:
                node.source = paragraph
                self.numbered = True
                self.container = node
                self.last = node
                self._split_inline(node)
                return
            # Out of sequence: a list inside the current node's text ("… gồm: a) …;
            # b) …" inside item b), restarting its letters) after a lead-in or
            # beside its own kind, else a paragraph (the marker kept in its text).
            if self.last.own_text.endswith(":") or (self.last.kind == POINT
                                                  and self.last.marker[-1:] == written[-1:]):
                found = (POINT, label, written, rest)
            else:
                found = None
        if found is not None:
            kind, label, written, rest = found
            parent = self._list_parent(kind, label)
            self.last = parent.add(Node(kind, written, label, rest, index=index,
                                        source=paragraph))
            self._split_inline(self.last)
            return
        self.last = self.container.add(Node(PARA, "", "", paragraph, index=index,
                                            source=paragraph))
        self._split_inline(self.last)

    def close(self, index: int, paragraph: str) -> None:
        self.last = self.root.add(Node(PARA, "", "", paragraph, index=index, source=paragraph))
        self.container = self.root

    def _list_parent(self, kind: str, label: str) -> Node:
        """Where a bullet or point goes: beside the entry of its level, under the
        entry above it for a new level, or under the paragraph that leads into it."""
        last = self.last
        if last.is_list_entry and last.parent is not None:
            entry: Node | None = last
            while entry is not None and entry.is_list_entry:
                if _same_level(entry, kind, label):
                    assert entry.parent is not None
                    return entry.parent
                entry = entry.parent
            return last  # a new symbol: one level deeper
        if last is not self.root and (last.own_text.endswith(":") or _heading_line(last)):
            return last  # "… như sau:", "Cụ thể:", "Giao Sở Tài chính:", "Sở Y tế"
        return self.container

    def _split_inline(self, node: Node) -> None:
        head, pieces = split_inline(node.text)
        if not pieces:
            return
        node.head = head
        for kind, label, text in pieces:
            node.add(Node(kind, f"({label})" if kind == POINT else label, label, text,
                          index=node.index))


def _heading_line(node: Node) -> bool:
    """A short paragraph without a sentence's end, right before a list ("Sở Y tế",
    "Về công tác tuyên truyền"): the list's heading, as a colon would make it."""
    text = node.own_text
    return node.kind == PARA and not node.children and 0 < len(text.split()) <= 12 \
        and text[-1:].isalnum()


def _same_level(entry: Node, kind: str, label: str) -> bool:
    if entry.kind != kind:
        return False
    if kind == BULLET:
        return entry.label == label
    return entry.label.isdigit() == label.isdigit()


def _open_sections(root: Node) -> list[Node]:
    """The chain of open section nodes, outermost first."""
    chain: list[Node] = []
    node = root
    while True:
        child = node.last_child(SECTION)
        if child is None or node.last_child(SECTION, ITEM) is not child:
            break
        chain.append(child)
        node = child
    return chain


def _place(root: Node, kind: str, label: str, written: str, rest: str,
           index: int) -> Node | None:
    chain = _open_sections(root)
    if kind == SECTION and _is_roman(label):
        previous = next((c for c in reversed(root.children)
                         if c.kind == SECTION and _is_roman(c.label)), None)
        if previous is None and root.last_child(SECTION, ITEM) is not None:
            return None  # Roman numerals after Arabic sections: a list in the text
        if previous is not None and roman_value(label) != (roman_value(previous.label) or 0) + 1:
            return None
        return root.add(Node(SECTION, written, label, rest, label, index))

    if kind == SECTION:
        parts = label.split(".")
        romans = [n for n in chain if _is_roman(n.label)]
        parent = romans[-1] if romans else root
        for depth in range(1, len(parts)):
            prefix = ".".join(parts[:depth])
            found = next((c for c in reversed(parent.children)
                          if c.kind == SECTION and c.label == prefix), None)
            if found is None:
                return None
            parent = found
        if parent.last_child(ITEM):
            return None  # numbers inside a lettered item's text
        previous = parent.last_child(SECTION)
        if previous is not None and int(parts[-1]) != int(previous.label.split(".")[-1]) + 1:
            return None
        ref = f"{parent.ref}.{parts[-1]}" if parent.kind == SECTION \
            and _is_roman(parent.label) else label
        if parent.kind == SECTION and romans and _ref_taken(root, ref):
            # "1.1." under "I. … 1." and again under "II. … 1.": keep refs apart.
            ref = f"{romans[-1].ref}.{label}"
        return parent.add(Node(SECTION, written, label, rest, ref, index))

    parent = chain[-1] if chain else root
    previous = parent.last_child(ITEM)
    if previous is not None:
        if label.isdigit() != previous.label.isdigit():
            return None
        if label.isdigit():
            if int(label) != int(previous.label) + 1:
                return None
        elif _ALPHABET.index(label) <= _ALPHABET.index(previous.label):
            return None
    ref = f"{parent.ref}.{label}" if parent.ref else label
    return parent.add(Node(ITEM, written, label, rest, ref, index))


def _ref_taken(node: Node, ref: str) -> bool:
    return any(child.ref == ref or _ref_taken(child, ref) for child in node.children)
