"""The tasks' scopes, read on the document tree (`parsing.tree`): which words belong
to which task.

The body ends at Nơi nhận or the signature; a courtesy closing ("Nay thông báo
…", "… thông báo để … thực hiện./.") ends it too, unless an item or a paragraph
that gives work follows it (`_body_end`). The tree is built from the rest.

Each section or item yields a `Block`: its heading (a short title line such as
`Về xử lý tồn tại trước hợp nhất tỉnh`, when paragraphs follow it), its entries
(paragraphs and list entries, each with its node in the tree), the title of its
section and the preambles above it (whose addressee leads the items: `yêu cầu
Sở … tập trung thực hiện một số nhiệm vụ trọng tâm sau:`, or a heading that is
an agency: `3. Sở Công Thương:`, `Đối với Sở Xây dựng:`). A section without
items is itself a block (Công văn style: `1. Giao Sở Tài chính chủ trì, …`);
paragraphs between the opening lead-in and the first item make an "opening"
block; paragraphs that give work after the last item, outside it (a task added
after the closing line: "Đồng thời, Chủ tịch UBND tỉnh giao Sở Tài chính …"),
make a "trailing" block; a notice without numbering is one "loose" block; a task table gives one
"row" block per row. Assessment sections (`Đánh giá chung`, `Kết quả đạt được`,
`Tình hình …`) yield nothing.

Lists decide the units of work (`assignments.split_units`): the entries under a
bare lead-in ("Giao Sở Tài chính:", "Đề nghị:", "… thực hiện các nội dung sau.
Cụ thể:") are tasks of their own, led by whom the lead-in names; under a lead-in
that is a task itself ("Sở Y tế chủ trì, phối hợp với … hoàn thiện Đề án …,
trình … trước ngày …. Khi thực hiện lưu ý:") they are its details; under "…
gồm:" agencies are named one by one (each its own task when each carries its
own work, else the subjects of the work that follows the list). Asides inside
an item (attachment notes, a summing-up, praise) are no part of its task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui_tracker.errors import InvalidDateError
from tui_tracker.parsing.assignments import ListPlace, has_assignment
from tui_tracker.parsing.header import has_notice_header
from tui_tracker.parsing.header.top import find_type_line, title_after_type, zone_end
from tui_tracker.parsing.role_words import BULLET_RE, ENUMERATION_RE
from tui_tracker.parsing.roles import (
    is_agency_label,
    lead_in_is_bare,
    names_then_work,
    opens_whole_task,
    opens_with_agency,
)
from tui_tracker.parsing.tree import ITEM, PARA, SECTION, Node, build_tree, marker_of
from tui_tracker.text import fold

# The closing: "Nay thông báo …", "Văn phòng UBND tỉnh thông báo để …" (a formula the
# text may go on after), then Nơi nhận and the signature (nothing follows them).
_CLOSING_START = re.compile(
    r"^(?:nơi nhận|tl\.|kt\.|tm\.|q\.\s|t/m|t/l|k/t|ký thay|thừa lệnh|thay mặt|"
    r"\(đã ký\)|người ký)", re.IGNORECASE)
_NOW_NOTIFY = re.compile(r"^nay thông báo", re.IGNORECASE)
# An upper-case signature title standing alone: "CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG".
_SIGNER_TITLE = re.compile(
    r"^(?:pho |quyen )?(?:chu tich|giam doc|chanh van phong|bi thu|bo truong|chu nhiem"
    r"|thu truong|truong ban|tong giam doc|chanh thanh tra)\b")
_NOTIFY = re.compile(r"\bthông báo\b.{0,120}\bđể\b", re.IGNORECASE)
_OFFICE_NOTIFY = re.compile(r"^(?:văn phòng|vpub)\b.{0,80}\bthông báo\b", re.IGNORECASE)
_CLOSING_DEMAND = re.compile(
    r"^(?:(?:can cu|tren co so|de)\b[^,;]{0,60},\s*)?"  # "Căn cứ nội dung trên, "
    r"(?:(?:chu tich\s+)?(?:uy ban nhan dan|ubnd)\s+tinh\s+)?"  # the issuer as the subject
    r"(?:yeu cau|de nghi)\b.*\b(?:nghiem tuc|khan truong|to chuc|trien khai)?\s*thuc hien"
    r"(?:\s+(?:nghiem tuc|tot|co hieu qua))?\s*\.?/\.$")
# "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, … liên hệ / báo cáo …": the
# courtesy line after the last task; it asks for nothing to be tracked.
_COURTESY = re.compile(
    r"^(?:trong\s+)?qua trinh\s+(?:to chuc\s+)?(?:trien khai\s+)?(?:thuc hien|trien khai)"
    r"[^,]{0,40},?\s+neu\s+co\b.{0,80}\b(?:vuong mac|kho khan|phat sinh)")
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


@dataclass(eq=False)
class Entry:
    """One paragraph of a block with its place in the document tree."""

    text: str  # as written, a list entry with its marker ("- Cập nhật …", "(ii) Sở B …")
    node: Node | None = None
    lead_in: Entry | None = None  # the paragraph that leads into this list entry
    separate: bool = False  # a bare lead-in's entry: a task of its own


@dataclass
class Block:
    """Text that yields one or more directives: an item, or a section without items."""

    ref: str  # "2.a", "II.1.b", "3"; "" for the paragraphs of a notice without numbering
    heading: str | None
    paragraphs: list[str]
    section: str | None  # title of the enclosing (or own) numbered section
    preambles: list[list[str]] = field(default_factory=list)  # outer → inner
    kind: str = "item"  # "item" | "section" | "loose" | "row" | "opening" | "trailing"
    # A table row ("row"): the texts of its lead, coordinating and deadline cells.
    cells: dict[str, str] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)  # the paragraphs in the tree
    node: Node | None = None  # the section or item node of the block

    def __post_init__(self) -> None:
        if not self.entries:
            self.entries = [Entry(p) for p in self.paragraphs]

    def places(self) -> list[ListPlace | None]:
        """Where each paragraph sits in a list (for `split_units`)."""
        index = {id(e): i for i, e in enumerate(self.entries)}
        out: list[ListPlace | None] = []
        for entry in self.entries:
            lead_in = index.get(id(entry.lead_in)) if entry.lead_in is not None else None
            out.append(ListPlace(lead_in, entry.separate) if entry.separate else None)
        return out


@dataclass
class Structure:
    blocks: list[Block]
    numbered: bool  # sections or items were found
    tree: Node | None = None  # the body as a document tree (`parsing.tree`)
    # The paragraph where the tasks start (the first item, or the first paragraph
    # after an unnumbered letter's lead-in): what stands before it is context.
    body_start: int = 0


# ---------------------------------------------------------------------------
# Lines.

def body_lines(text: str) -> list[str]:
    """Non-empty lines of the normalised text, soft line wraps joined.

    A joined line is kept as its pieces until it is complete, with its case
    known piece by piece: thousands of wrapped lines stay linear."""
    out: list[list[str]] = []
    upper_only = False  # str.isupper() of the line being joined
    after_blank = True
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            after_blank = True
            continue
        if not after_blank and line[0].islower() and not _marker(line) \
                and not _SENTENCE_END.search(out[-1][-1]) and not upper_only:
            out[-1].append(line)  # a line wrapped inside a paragraph
            upper_only = False  # it starts in lower case
            continue
        out.append([line])
        upper_only = line.isupper()
        after_blank = False
    return [" ".join(pieces) for pieces in out]


_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐ])")
_LEAD_IN_END = re.compile(r"(?:như sau|kết luận|ý kiến|chỉ đạo|yêu cầu)\s*:$", re.IGNORECASE)


def _is_signature(line: str) -> bool:
    """Nơi nhận or the signature block: the notice's text is over."""
    if _CLOSING_START.match(line):
        return True
    return line.isupper() and bool(_SIGNER_TITLE.match(fold(line))) and not _marker(line)


def is_closing_formula(line: str) -> bool:
    """A courtesy closing that asks nothing ("Nay thông báo để …", "Văn phòng UBND tỉnh
    thông báo để các cơ quan biết, thực hiện./."): no task, and no part of the last one."""
    if _NOW_NOTIFY.match(line):
        return not _marker(line)
    # Only a line that is the courtesy sentence alone: a task run on before it
    # ("… báo cáo Thủ tướng. Văn phòng Chính phủ thông báo để …/.") is kept, and the
    # courtesy clause left out of its directive (`assignments.split_units`).
    if (_OFFICE_NOTIFY.match(line) or (line.endswith("/.") and _NOTIFY.search(line))) \
            and _SENTENCE_BREAK.search(line) is None:
        return not _marker(line)
    # "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.": a
    # closing formula with no work of its own.
    return line.endswith("/.") and len(line.split()) <= 30 \
        and bool(_CLOSING_DEMAND.search(fold(line))) and not _marker(line)


def _marker(line: str) -> bool:
    """The line opens with a section or item marker (the tree checks the sequence)."""
    found = marker_of(line)
    return found is not None and found[0] in (SECTION, ITEM)


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
    lines, closings = _body_end(lines)
    root = build_tree(lines, closings)
    intro = _intro(root)
    numbered = root.last_child(SECTION, ITEM) is not None
    if not numbered:
        entries: list[Entry] = []
        for child in root.children:
            _add_entries(child, None, entries)
        loose = _loose_block([e.text for e in entries], text)
        loose.paragraphs, rows = _table_rows(loose.paragraphs, "", None, loose.preambles)
        loose.entries = _kept(entries, loose.paragraphs)
        start = next((e.node.index for e in loose.entries if e.node is not None), len(lines))
        return Structure([loose, *rows], bool(rows), root, start)
    blocks: list[Block] = []
    opening, start = _opening_block(root)
    if opening is not None:
        blocks.append(opening)
    top = [_lead_in(intro)] if _lead_in(intro) else []
    for child in root.children:
        if child.kind in (SECTION, ITEM):
            _walk(child, top, None, blocks)
    trailing = _trailing_block(root)
    if trailing is not None:
        blocks.append(trailing)
    return Structure(blocks, True, root, start)


def _trailing_block(root: Node) -> Block | None:
    """Paragraphs after the last numbered item and outside it that give work: the tree
    keeps a paragraph after the closing line at the top when a task follows it
    ("Văn phòng UBND tỉnh thông báo để … thực hiện./." then "Đồng thời, Chủ tịch UBND
    tỉnh giao Sở Tài chính bố trí … trước ngày …"). They are tasks of their own (refs
    "4+1", "4+2" after item 4), never part of the last item."""
    children = root.children
    last = max(i for i, c in enumerate(children) if c.kind in (SECTION, ITEM))
    entries: list[Entry] = []
    for child in children[last + 1:]:
        if child.kind == PARA and has_assignment(child.own_text):
            _add_entries(child, None, entries)
    if not entries:
        return None
    return Block(children[last].ref, None, [e.text for e in entries], None, [], "trailing",
                 entries=entries)


def _opening_block(root: Node) -> tuple[Block | None, int]:
    """Paragraphs between the first lead-in ("… có ý kiến như sau:") and the first
    numbered item are the body's too: a task written there before the numbering
    starts is a task (ref "0.1", "0.2", … : before item 1). Returns that block, and
    where the body starts (what stands before it is context)."""
    first = next(i for i, c in enumerate(root.children) if c.kind in (SECTION, ITEM))
    lead_at = next((i for i, c in enumerate(root.children[:first])
                    if c.kind == PARA and _LEAD_IN_END.search(c.own_text)), None)
    if lead_at is None:
        return None, root.children[first].index
    entries: list[Entry] = []
    for child in root.children[lead_at + 1:first]:
        if not (child.kind == PARA and _LEAD_IN_END.search(child.own_text)):
            _add_entries(child, None, entries)
    start = root.children[lead_at].index + 1
    if not entries:
        return None, start
    lead_in = [[root.children[lead_at].own_text]]
    block = Block("0", None, [e.text for e in entries], None, lead_in, "opening",
                  entries=entries)
    return block, start


def _body_end(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines up to the end of the notice's text, and which of them are courtesy
    closings. The text ends at Nơi nhận or the signature; a closing formula ("Nay
    thông báo …", "… thông báo để … thực hiện./.") or a line that ends with "./."
    ends it too, unless an item or section follows it: a notice without a
    signature sometimes adds a task after its closing line."""
    first_marker = next((i for i, line in enumerate(lines) if _marker(line)), None)
    start = first_marker if first_marker is not None else 0
    end = next((i for i in range(start, len(lines)) if _is_signature(lines[i])), len(lines))
    closings: set[int] = set()
    next_work = -1  # the next line, after the one looked at, that numbers or gives work
    for i in range(start, end):
        line = lines[i]
        formula = is_closing_formula(line) or _COURTESY.match(fold(line)) is not None
        if not formula and not line.endswith("/."):
            continue
        if next_work <= i:  # looked for once past each closing: linear
            next_work = next((j for j in range(i + 1, end)
                              if _marker(lines[j]) or has_assignment(lines[j])), end)
        if next_work < end:
            # An item, or a paragraph that gives work ("Lưu ý thêm: Phó Chủ tịch giao
            # Sở Xây dựng kiểm tra …"), after it: the text goes on.
            if formula:
                closings.add(i)
            continue
        return lines[:i if formula else i + 1], closings
    return lines[:end], closings


def _intro(root: Node) -> list[str]:
    """The paragraphs before the first section or item."""
    out: list[str] = []
    for child in root.children:
        if child.kind in (SECTION, ITEM):
            break
        out.extend(_sources(child))
    return out


def _sources(node: Node) -> list[str]:
    """The paragraphs of a node and of the list entries below it, as written."""
    out = [node.source] if node.source else []
    for child in node.children:
        out.extend(_sources(child))
    return out


def _entries(node: Node, first: str | None, *, titled: bool) -> list[Entry]:
    """The paragraphs of a section or item up to its first sub-section or item: its
    first paragraph (`first`, after its title), its paragraphs and its lists."""
    out: list[Entry] = []
    head = Entry(first, node) if first else None
    children = node.children
    if head is not None:
        out.append(head)
        named = _named_list(head.text, children)
        if named is not None:
            head.text, children = named
    for child in children:
        if child.kind not in (SECTION, ITEM):
            # A list right under a title ("3. Sở Y tế:" / "- …"; "a) Về X" / "- …")
            # has no lead-in paragraph: each entry is a point of its own.
            _add_entries(child, head, out, separate_without_lead_in=titled)
    return out


def _add_entries(node: Node, parent: Entry | None, out: list[Entry], *,
                 separate_without_lead_in: bool = False) -> None:
    if node.kind == PARA and is_aside(node.own_text):
        return  # an attachment note, a courtesy closing, praise: no part of a task
    named = _named_list(node.own_text, node.children)
    if named is not None and not node.is_list_entry:
        out.append(Entry(named[0], node))
        for child in named[1]:
            _add_entries(child, None, out)
        return
    if node.is_list_entry:
        text = node.source or f"{node.marker} {node.own_text}"
        if node.head is not None and node.source:
            text = f"{node.marker} {node.own_text}"  # its own entries follow apart
        if parent is not None:
            # Under an enumeration ("… gồm: - Sở Xây dựng (kiểm tra …); - Sở Y tế
            # (…)"), an entry that names its agency is that agency's own task.
            separate = lead_in_is_bare(parent.text) or (
                ENUMERATION_RE.search(fold(parent.text)) is not None
                and opens_with_agency(BULLET_RE.sub("", node.own_text, count=1)))
        else:
            separate = separate_without_lead_in
        entry = Entry(text, node, parent, separate)
    else:
        entry = Entry(node.own_text if node.head is not None else node.source, node)
    out.append(entry)
    for child in node.children:
        _add_entries(child, entry, out)


_ATTACHMENT = re.compile(r"^\(?\s*(?:đính kèm|kèm theo|gửi kèm)\b", re.IGNORECASE)


def is_attachment_note(text: str) -> bool:
    """"(Đính kèm Báo cáo số 88/BC-SVHTTDL …)", "Kèm theo Phụ lục …": papers attached."""
    return _ATTACHMENT.match(text) is not None


_SUMMING_UP = re.compile(r"^trên đây là\b", re.IGNORECASE)
_PRAISE_OPENING = ("bieu duong", "khen ngoi", "tuyen duong", "hoan nghenh", "danh gia cao")


def is_praise(text: str) -> bool:
    """"Biểu dương Sở Y tế đã …", "Hoan nghênh …": thanks, not work."""
    return fold(text).startswith(_PRAISE_OPENING)


def is_aside(text: str) -> bool:
    """A paragraph inside an item that is no part of its task: an attachment note, a
    summing-up or courtesy closing ("Trên đây là kết luận …"), praise."""
    return is_attachment_note(text) or _SUMMING_UP.match(text) is not None \
        or is_closing_formula(text) or _COURTESY.match(fold(text)) is not None \
        or is_praise(text)


def _named_list(text: str, children: list[Node]) -> tuple[str, list[Node]] | None:
    """A paragraph that enumerates agencies before the work they share ("Giao các sở
    chuyên ngành gồm: - Sở Xây dựng (…); - Sở Nông nghiệp và Môi trường (…) rà soát
    các thủ tục …"): the list names the subjects of one sentence, read back as one
    paragraph (entries joined by semicolons); returned with the children left after
    the list. When each entry carries its own work and nothing follows the list, it
    is no sentence: each entry is its agency's task (see `_add_entries`)."""
    if not ENUMERATION_RE.search(fold(text)):
        return None
    count = 0
    while count < len(children) and children[count].is_list_entry \
            and not children[count].children:
        count += 1
    pieces = [BULLET_RE.sub("", c.own_text, count=1).strip() for c in children[:count]]
    if not pieces or not all(opens_with_agency(p) for p in pieces) \
            or not names_then_work(pieces[-1]):
        return None
    joined = " ".join(p if p.endswith((";", ".", ",")) or i == len(pieces) - 1 else p + ";"
                      for i, p in enumerate(pieces))
    return f"{text} {joined}", children[count:]


def _lead_in(intro: list[str]) -> list[str]:
    """The last paragraph of the introduction when it leads into the list ("…
    giao Sở Tài chính thực hiện các nội dung sau:")."""
    if intro and intro[-1].endswith(":"):
        return [intro[-1]]
    return []


def _walk(node: Node, preambles: list[list[str]], section: str | None,
          blocks: list[Block]) -> None:
    sub = [c for c in node.children if c.kind in (SECTION, ITEM)]
    has_more = bool(node.children)
    # The first paragraph after the marker, without a list run inside it (its
    # entries are the node's first children).
    title, body_first = split_title(node.own_text, has_more, section=node.kind != ITEM)
    entries = _entries(node, body_first, titled=body_first is None and title is not None)
    lines, rows = _table_rows([e.text for e in entries], node.ref, title or section,
                              preambles)
    entries = _kept(entries, lines)
    own = [e.text for e in entries]

    def block(paragraphs: list[Entry], sec: str | None, pre: list[list[str]],
              kind: str) -> Block:
        return Block(node.ref, title, [e.text for e in paragraphs], sec, pre, kind,
                     entries=paragraphs, node=node)

    if node.kind == ITEM:
        if own or not rows:
            blocks.append(block(entries, section, preambles, "item"))
        blocks.extend(rows)
        return
    if is_assessment(title):
        return
    # "1. Sở Công Thương" over items: the agency named as the title leads them.
    label = [[f"{title.rstrip(' :')}:"]] if title and is_agency_label(title) else []
    if rows:
        if own:
            blocks.append(block(entries, title or section, preambles, "section"))
        blocks.extend(rows)
    elif sub and own and _whole_task(own):
        # The opening sentence is the task, its sub-items the parts of it.
        details = [Entry(line, None) for line in _subtree_lines(node)]
        blocks.append(block(entries + details, title or section, [*preambles, *label],
                            "section"))
    elif sub:
        inner = [*preambles, *label, own] if own else [*preambles, *label]
        for child in sub:
            _walk(child, inner, title or section, blocks)
    elif own:
        blocks.append(block(entries, title or section, [*preambles, *label], "section"))


def _whole_task(own: list[str]) -> bool:
    """The section's own text leads into its items with a colon and is a task of
    its own (a lead with its coordinators), not a bare lead-in."""
    return own[-1].endswith(":") and opens_whole_task(" ".join(own))


def _subtree_lines(node: Node) -> list[str]:
    """The lines of a node's items and sub-sections, markers kept, in order."""
    out: list[str] = []
    for child in node.children:
        if child.kind in (SECTION, ITEM):
            out.extend(_sources(child))
    return out


def _kept(entries: list[Entry], lines: list[str]) -> list[Entry]:
    """The entries left once a table's rows are taken out (`lines` is a subsequence)."""
    out: list[Entry] = []
    at = 0
    for entry in entries:
        if at < len(lines) and entry.text == lines[at]:
            out.append(entry)
            at += 1
    return out


# ---------------------------------------------------------------------------
# Tables: "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
# as Word and PDF copies (and markdown) write them, one row a line.

_COLUMNS = (  # (column, folded words that name it in the header), first match wins
    # "Tr", "T T": how OCR reads a small "TT" in a scanned table's header.
    ("number", ("tt", "stt", "so tt", "so thu tu", "tr", "t t")),
    ("lead", ("chu tri", "don vi thuc hien", "co quan thuc hien", "don vi chiu trach nhiem")),
    ("coordinate", ("phoi hop",)),
    ("deadline", ("thoi gian", "thoi han", "tien do", "han hoan thanh")),
    ("task", ("noi dung", "nhiem vu", "cong viec", "ten", "giai phap")),
)


def _cells(line: str) -> list[str] | None:
    if line.count("|") < 2:
        return None
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _columns(cells: list[str]) -> dict[str, int] | None:
    """Which cell holds what, when the row is a task table's header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = re.sub(r"[^a-z ]", " ", fold(cell))
        key = " ".join(key.split())
        for column, words in _COLUMNS:
            if column not in found and any(re.search(rf"(?<![a-z]){w}(?![a-z])", key)
                                           for w in words):
                found[column] = index
                break
    return found if "lead" in found and "task" in found else None


def _table_rows(lines: list[str], ref: str, section: str | None,
                preambles: list[list[str]]) -> tuple[list[str], list[Block]]:
    """The lines that are not part of a task table, and one block per row of it.
    A row without a number continues the row above (a cell wrapped in a PDF)."""
    rest: list[str] = []
    rows: list[Block] = []
    columns: dict[str, int] | None = None
    for line in lines:
        cells = _cells(line)
        if cells is None:
            columns = None
            rest.append(line)
            continue
        if columns is None:
            columns = _columns(cells)
            if columns is None:
                rest.append(line)
            continue
        if all(re.fullmatch(r"[\s:\-–=]*", c) for c in cells):
            continue  # |---|---|
        at = dict(columns)

        def cell(column: str, cells: list[str] = cells, at: dict[str, int] = at) -> str:
            index = at.get(column)
            return cells[index] if index is not None and index < len(cells) else ""

        number = cell("number")
        if rows and not number:
            previous = rows[-1]
            previous.paragraphs = [" ".join(filter(None, (previous.paragraphs[0], cell("task"))))]
            for column in ("lead", "coordinate", "deadline"):
                joined = " ".join(filter(None, (previous.cells.get(column, ""), cell(column))))
                previous.cells[column] = joined
            continue
        label = number.rstrip(".") if re.fullmatch(r"\d{1,3}\.?|[IVXLC]{1,6}\.?", number) \
            else str(len(rows) + 1)
        row_ref = f"{ref}.{label}" if ref else label
        cells_of = {c: cell(c) for c in ("lead", "coordinate", "deadline")}
        rows.append(Block(row_ref, None, [cell("task")], section, preambles, "row", cells_of))
    return rest, rows


def _without_header(lines: list[str], text: str) -> list[str]:
    """The lines of an unnumbered notice without its letterhead: the agency lines,
    number, place and date, type line and summary (a table of them too) that the
    header reader takes as the header are never part of a directive."""
    try:
        if not has_notice_header(text):
            return lines
    except InvalidDateError:
        return lines  # the header's own date is wrong: parse_header tells the user
    raw = [line.strip() for line in text.split("\n")]
    found = find_type_line(raw)
    if found:
        body_from = title_after_type(raw, found[0], found[2])[1]
    else:
        body_from = zone_end(raw, None)
    header = {line for line in raw[:body_from] if line}
    skip = 0
    while skip < len(lines) and lines[skip] in header:
        skip += 1
    return lines[skip:]


def _loose_block(lines: list[str], text: str) -> Block:
    """A notice without numbering: the paragraphs after "… như sau:" or "… kết luận:" (that line is
    their lead-in, kept as the preamble), else after the "Kính gửi" list, else all.

    The first such line opens the body (the meeting's "… kết luận như sau:"); a later
    one ("Về thị trường, Phó Thủ tướng yêu cầu: (i) …") leads its own list inside the
    body: starting after it would drop, unseen, every task written before it."""
    start = 0
    lead_in: list[list[str]] = []
    for i, line in enumerate(lines):
        if _LEAD_IN_END.search(line):
            start = i + 1
            lead_in = [[line]]
            break
    if start == 0:
        for i, line in enumerate(lines):
            if fold(line).startswith("kinh gui"):
                j = i + 1
                while j < len(lines) and (lines[j].startswith(("-", "+", "•"))
                                          or lines[j].endswith((";", ","))):
                    j += 1
                start = j
    if start == 0:
        lines = _without_header(lines, text)
    return Block("", None, lines[start:], None, lead_in, "loose")
