"""The body of an agency's report, read on the document tree: one `Unit` per task it
reports on, with the words that name the task (`topic`: the cited item, the quoted or
paraphrased task) apart from the words that report on it (`said`).

Shapes read (see tests/replies/samples):

- point by point: `1. Đối với nhiệm vụ tại điểm 2.a: …`, `- Điểm b khoản 1 Mục II: …`,
  paragraphs `Đối với nhiệm vụ tại điểm 3.d: …` without numbers, an item whose bullets
  are its details (`- Kết quả: …`, `- Đề xuất: …`);
- a table: `| STT | Nhiệm vụ | Kết quả thực hiện | Đề xuất |` (a column naming the item,
  a status or a completion day is read too), one unit per row;
- quoting the task: `Nhiệm vụ “Rà soát toàn bộ các nội dung hợp tác …”: …`;
- plain order: numbered items or paragraphs that say how a task stands without naming
  it (`1. Sở đã hoàn thành …`), or bullets under a lead-in (`Kết quả cụ thể như sau:`);
- sections per notice (`I. KẾT QUẢ THỰC HIỆN THÔNG BÁO SỐ 215/TB-UBND`): the items under
  a heading belong to the notice it cites, and `Điểm a:` under `Đối với mục 2:` is 2.a;
- a letter without numbering (a công văn asking for an extension): the paragraph that
  cites the item and the paragraphs after it are one unit.

A numbered node is one unit with its whole subtree, unless something below it names a
task of its own (then it is a heading: its citation is the scope of what is below).
Background (`Đánh giá chung`, `Khó khăn, vướng mắc`), the opening (`Thực hiện Thông
báo số …, Sở báo cáo như sau:`) and the closing (`Trên đây là báo cáo …`) are context;
they count only when they cite an item or ask for something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui_tracker.model import Reference
from tui_tracker.parsing.header.common import KINH_GUI, VV, fold_chars, is_caps
from tui_tracker.parsing.header.footer import is_signature_line
from tui_tracker.parsing.header.top import find_type_line, title_after_type, zone_end
from tui_tracker.parsing.item_refs import ItemRef, find_item_refs, within
from tui_tracker.parsing.references import SO_LINE, find_references
from tui_tracker.parsing.report_status import read_status
from tui_tracker.parsing.sections import body_lines
from tui_tracker.parsing.tree import BULLET, ITEM, PARA, POINT, SECTION, Node, build_tree

__all__ = ["Unit", "body_paragraphs", "find_units", "is_notice_reference"]

# Types of documents that give work to follow up: a report answers these.
_NOTICE_TYPES = frozenset({"TB", "KL"})
_ORDER_TYPES = frozenset({"CV", "CĐ", "CT", "KH", "TB", "KL", "QĐ", "NQ", "CTr"})
_MIN_QUOTE_WORDS = 5
_TOPIC_MAX = 320  # characters before the colon that ends a topic ("Về …: ")


@dataclass
class Unit:
    """One task reported on: the text that names it and the text that reports."""

    path: str  # where it stands in the letter: "1", "I.2", "¶3", "bảng, dòng 4"
    text: str  # the whole unit as written
    topic: str | None  # the words naming the task (citation, quote, title, task cell)
    said: str  # the words reporting on it
    refs: list[ItemRef] = field(default_factory=list)
    scope_ref: str = ""  # the citation it stands under ("2" of "Đối với mục 2:")
    notice: Reference | None = None  # the notice its own words cite
    scope_notice: Reference | None = None  # the notice of the heading above it
    quote: str | None = None
    numbered: bool = False  # "nhiệm vụ số 4": a task by its number
    done_cell: str | None = None  # a table's completion-day cell


# ---------------------------------------------------------------- the body


_CLOSING_WORDS = re.compile(r"^(?:nơi nhận|tl\.|kt\.|tm\.|t/m|k/t|t/l|\(đã ký\)|người ký)",
                            re.IGNORECASE)
_SUMMING_UP = re.compile(r"^(?:trên đây là|tren day la|rất mong|kính trình|kính báo cáo)\b",
                         re.IGNORECASE)
_OPENING = re.compile(
    r"^(?:thực hiện|thuc hien|căn cứ|can cu|triển khai|trien khai|theo|tiếp theo|tiếp nhận"
    r"|ngày \d|vừa qua|sau khi|qua|trên cơ sở|nhằm|để)\b", re.IGNORECASE)
# Headings of background, not of a task: "I. ĐÁNH GIÁ CHUNG", "Khó khăn, vướng mắc".
_BACKGROUND = re.compile(
    r"^(?:(?:về|ve|một số|mot so|những|nhung|các|cac)\s+)?(?:đánh giá chung|danh gia chung"
    r"|tình hình chung|tinh hinh chung|khái quát|khai quat|bối cảnh|boi canh|khó khăn"
    r"|kho khan|vướng mắc|vuong mac|tồn tại|ton tai|hạn chế|han che|nguyên nhân|nguyen nhan"
    r"|bài học|bai hoc|phương hướng|phuong huong|công tác chỉ đạo|cong tac chi dao"
    r"|công tác lãnh đạo|nhiệm vụ (?:trọng tâm )?(?:thời gian tới|trong thời gian tới)"
    r"|kế hoạch (?:thời gian tới|tiếp theo)|đặc điểm)", re.IGNORECASE)
_TOPIC_OPENER = re.compile(
    r"^(?:[-+•*]\s*)?(?:(?:về|ve|đối với|doi voi)\s|(?:nhiệm vụ|nhiem vu|nội dung|noi dung"
    r"|việc|viec)\b)", re.IGNORECASE)
# Labelled parts of an item: the task, and what is said of it.
_LABEL = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:[-+•*]\s*)?(?P<label>nhiệm vụ(?: được giao| giao)?"
    r"|nội dung(?: chỉ đạo| nhiệm vụ| được giao)?|kết quả(?: thực hiện| triển khai)?"
    r"|tình hình(?: thực hiện| triển khai)?|tiến độ(?: thực hiện)?|đề xuất(?:,? kiến nghị)?"
    r"|kiến nghị(?:,? đề xuất)?|khó khăn(?:,? vướng mắc)?|ghi chú|lý do|nguyên nhân)\s*:\s*",
    re.IGNORECASE)
_TASK_LABELS = ("nhiem vu", "noi dung")
_MARKER = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)/]\s+|^[-+•*]\s+")
_QUOTE = re.compile(r"[“\"«]([^”\"»]{8,})[”\"»]")
# "Kết quả cụ thể như sau:", "Cụ thể:": a lead-in whose bullets each report a task.
_GENERIC_LEAD = re.compile(r"(?:kết quả|ket qua|như sau|nhu sau|cụ thể|cu the|tình hình thực hiện"
                           r"|các nhiệm vụ|cac nhiem vu)[^:]{0,60}:$", re.IGNORECASE)


def body_paragraphs(text: str) -> list[str]:
    """The paragraphs of a normalised letter between its header (with `Kính gửi`) and
    its signature."""
    lines = body_lines(text)
    raw = [line.strip() for line in text.split("\n")]
    found = find_type_line(raw)
    body_from = title_after_type(raw, found[0], found[2])[1] if found else zone_end(raw, None)
    header = {line for line in raw[:body_from] if line}
    start = 0
    while start < len(lines) and (lines[start] in header or VV.match(lines[start])
                                  or SO_LINE.match(lines[start]) and not KINH_GUI.match(
                                      lines[start]) or is_caps(lines[start])):
        start += 1
    if start < len(lines) and KINH_GUI.match(lines[start]):
        start += 1
        while start < len(lines) and len(lines[start].split()) <= 16 and (
                lines[start][:1] in "-+•–" or lines[start].endswith((";", ",", "."))) \
                and not _OPENING.match(lines[start].lstrip("-+•– ")):
            start += 1
    end = start
    while end < len(lines) and not (_CLOSING_WORDS.match(lines[end])
                                    or is_signature_line(lines[end])):
        end += 1
    return lines[start:end]


# ---------------------------------------------------------------- node helpers


def _sources(node: Node) -> list[str]:
    out = [node.source or f"{node.marker} {node.own_text}".strip()] if node.kind != "root" \
        else []
    if node.head is not None and node.source:
        out = [f"{node.marker} {node.own_text}".strip()]
    for child in node.children:
        out.extend(_sources(child))
    return out


def _own(node: Node) -> str:
    return node.own_text


def _refs(text: str) -> list[ItemRef]:
    return find_item_refs(text)


def _topic_head(text: str) -> str | None:
    """The words before the colon that ends a topic ("Đối với nhiệm vụ tại điểm 2.a:")."""
    colon = text.find(":")
    if 0 < colon <= _TOPIC_MAX:
        return text[:colon]
    return None


def _long_quote(text: str) -> str | None:
    for m in _QUOTE.finditer(text):
        words = m.group(1).split()
        if len(words) >= _MIN_QUOTE_WORDS:
            return " ".join(words)
    return None


def starts_item(node: Node) -> bool:
    """The node names a task of its own: it cites an item, quotes a task or opens with a
    topic ("Về …", "Đối với …", "Nhiệm vụ …")."""
    text = _own(node)
    if not text:
        return False
    head = _topic_head(text) or text[:_TOPIC_MAX]
    if _refs(head):
        return True
    if _LABEL.match(text):
        return False  # "Nội dung: …", "Kết quả: …": a part of the item above
    if _long_quote(head):
        return True
    # "Về …:", "Nhiệm vụ …:" or a title over its details ("Về công tác giải ngân"): a
    # paragraph that merely opens with "Nhiệm vụ …" or "Việc …" is a sentence.
    if not _TOPIC_OPENER.match(text) or _BACKGROUND.match(_strip_opener(text)):
        return False
    return _topic_head(text) is not None or (_is_title(text) and bool(node.children))


def _is_title(text: str) -> bool:
    return not re.search(r"[.;!?…]$", text.strip()) and len(text.split()) <= 40


def _strip_opener(text: str) -> str:
    return re.sub(r"^(?:[-+•*]\s*)?(?:về|đối với)\s+", "", text, flags=re.IGNORECASE)


def _says(node: Node) -> bool:
    return read_status(" ".join(_sources(node)), letter_date=None).says_something


def _background(node: Node) -> bool:
    text = _own(node)
    return bool(_BACKGROUND.match(_strip_opener(text.strip(" :")))) \
        and not _refs(text[:_TOPIC_MAX])


def _below_start_items(node: Node) -> bool:
    return any(starts_item(n) for n in node.walk() if n is not node)


def _plain_container(node: Node) -> bool:
    """A numbered heading or a lead-in over several items that each report a task
    without naming it (plain order)."""
    numbered = [c for c in node.children if c.kind in (SECTION, ITEM)]
    if len([c for c in numbered if _says(c)]) >= 2:
        return True
    listed = [c for c in node.children if c.kind in (BULLET, POINT)]
    if len([c for c in listed if _says(c)]) < 2:
        return False
    lead = _own(node).strip()
    return node.kind == PARA and lead.endswith(":") or bool(_GENERIC_LEAD.search(lead)) \
        or (node.kind in (SECTION, ITEM) and not starts_item(node) and not _says_own(node))


def _says_own(node: Node) -> bool:
    return read_status(_own(node), letter_date=None).says_something


# ---------------------------------------------------------------- scope


@dataclass(frozen=True)
class _Scope:
    ref: str = ""
    notice: Reference | None = None

    def under(self, node: Node) -> _Scope:
        text = _own(node)
        head = _topic_head(text) or text
        refs = _refs(head)
        ref = within(refs[0].ref, self.ref) if refs else self.ref
        notice = _notice_in(head) or self.notice
        return _Scope(ref, notice)


def is_notice_reference(ref: Reference) -> bool:
    """A document that gives work to follow up (a Thông báo, a Kết luận, a Công văn …)."""
    return ref.doc_type in _ORDER_TYPES and ref.number is not None


def _notice_in(text: str) -> Reference | None:
    for ref in find_references(text):
        if ref.doc_type in _NOTICE_TYPES or (ref.doc_type in _ORDER_TYPES and re.search(
                r"(?:thực hiện|tại|theo|của)\s+(?:\S+\s+){0,2}$",
                text[:text.find(ref.text)] if ref.text in text else "", re.IGNORECASE)):
            return ref
    return None


# ---------------------------------------------------------------- units


def find_units(paragraphs: list[str]) -> list[Unit]:
    """The units of a letter's body paragraphs (see the module doc)."""
    # The closing ("Trên đây là báo cáo …") and what follows it stand apart: the tree
    # would hang them under the last item.
    end = next((i for i, p in enumerate(paragraphs) if i and _SUMMING_UP.match(p)),
               len(paragraphs))
    root = build_tree(paragraphs[:end])
    numbered = root.last_child(SECTION, ITEM) is not None
    out: list[Unit] = []
    _siblings(root.children, _Scope(), out, top=True, numbered=numbered)
    tail = build_tree(paragraphs[end:])
    for node in tail.children:
        node.index += end
        unit = _unit([node], _Scope(), f"¶{node.index + 1}")
        if unit.refs and read_status(unit.said, letter_date=None).says_something:
            out.append(unit)  # "Trên đây là …; đề nghị gia hạn nhiệm vụ tại điểm 2.c …"
    return out


def _siblings(children: list[Node], scope: _Scope, out: list[Unit], *, top: bool,
              numbered: bool) -> None:
    group: _Group | None = None
    table: list[str] = []
    for child in children:
        text = _own(child)
        if child.kind == PARA and text.startswith("|"):
            table.append(text)
            group = None
            continue
        if table:
            out.extend(_table_units(table, scope))
            table = []
        if _SUMMING_UP.match(text):
            group = None
            unit = _unit([child], scope, f"¶{child.index + 1}")
            if unit.refs and read_status(unit.said, letter_date=None).says_something:
                out.append(unit)  # "Trên đây là …; đề nghị gia hạn nhiệm vụ tại điểm 2.c …"
            continue
        if _background(child) and not _below_start_items(child):
            group = None
            continue
        if _below_start_items(child):
            group = None
            _siblings(child.children, scope.under(child), out, top=False, numbered=numbered)
            continue
        if starts_item(child):
            group = _Group(_unit([child], scope, _path(child)),
                           absorbs=child.kind in (PARA, BULLET, POINT))
            out.append(group.unit)
            continue
        if _plain_container(child):
            group = None
            _siblings(child.children, scope.under(child), out, top=False, numbered=numbered)
            continue
        if child.kind in (SECTION, ITEM):
            group = None
            if _says(child):
                out.append(_unit([child], scope, _path(child)))
            continue
        if group is not None and group.absorbs:
            group.add(child)
            continue
        if child.kind == PARA and top and (numbered or _OPENING.match(text)):
            continue  # the opening and what stands before the first item: context
        if _says(child):
            group = _Group(_unit([child], scope, _path(child)), absorbs=False)
            out.append(group.unit)
    if table:
        out.extend(_table_units(table, scope))


class _Group:
    """A unit being gathered: a paragraph that names a task, then its details."""

    def __init__(self, unit: Unit, *, absorbs: bool) -> None:
        self.unit = unit
        self.absorbs = absorbs

    def add(self, node: Node) -> None:
        extra = " ".join(_sources(node))
        self.unit.text = f"{self.unit.text}\n{extra}"
        self.unit.said = f"{self.unit.said}\n{extra}".strip()


def _path(node: Node) -> str:
    return ".".join(node.path()) or f"¶{node.index + 1}"


def _unit(nodes: list[Node], scope: _Scope, path: str) -> Unit:
    text = "\n".join(line for node in nodes for line in _sources(node))
    own = _own(nodes[0])
    topic, said = _split_topic(text, own)
    head = topic or own[:_TOPIC_MAX]
    refs = _refs(head) or _refs(text)
    scoped = [ItemRef(within(r.ref, scope.ref), r.text, r.start, r.end, r.numbered)
              for r in refs]
    quote = _long_quote(topic) if topic else _long_quote(own)
    return Unit(path=path, text=text, topic=topic, said=said, refs=scoped,
                scope_ref=scope.ref, notice=_notice_in(head), scope_notice=scope.notice,
                quote=quote, numbered=any(r.numbered for r in refs))


def _split_topic(text: str, own: str) -> tuple[str | None, str]:
    """(the words naming the task, the words reporting on it)."""
    labels = list(_LABEL.finditer(text))
    if labels:
        topic_parts: list[str] = []
        said_parts: list[str] = []
        before = _MARKER.sub("", text[:labels[0].start()].strip(), count=1)
        for n, m in enumerate(labels):
            end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
            part = text[m.end():end].strip()
            if fold_chars(m.group("label")).startswith(_TASK_LABELS):
                topic_parts.append(part)
            else:
                said_parts.append(part)
        if topic_parts:
            topic = " ".join(filter(None, [before, *topic_parts]))
            return topic, "\n".join(said_parts)
        if before:
            head = _topic_head(before)
            if head is not None:
                return head, "\n".join([before[len(head) + 1:].strip(), *said_parts]).strip()
            return before, "\n".join(said_parts)
    marker = re.match(r"^\S{1,6}\s", text)
    body = text
    if marker and own and not text.startswith(own):
        body = text[marker.end():]  # the paragraph's marker ("1.", "-") is not the topic
    first, _, rest = body.partition("\n")
    if rest and _is_title(first) and ":" not in first and (
            _refs(first) or _TOPIC_OPENER.match(first) or _long_quote(first)) \
            and not read_status(first, letter_date=None).says_something:
        return first.strip(), rest.strip()  # a title line over its paragraphs
    head = _topic_head(body)
    if head is not None and (_refs(head) or _TOPIC_OPENER.match(head) or _long_quote(head)
                             or not read_status(head, letter_date=None).says_something):
        return head.strip(), body[len(head) + 1:].strip()
    quote = _QUOTE.search(body)
    if quote is not None and len(quote.group(1).split()) >= _MIN_QUOTE_WORDS \
            and quote.start() < 60:
        return quote.group(1), (body[:quote.start()] + body[quote.end():]).strip()
    return None, body


# ---------------------------------------------------------------- tables

_COLUMNS = (  # (column, folded words naming it), the first that fits wins
    ("number", ("stt", "tt", "so tt", "so thu tu")),
    ("ref", ("diem", "muc", "khoan", "ky hieu", "vi tri")),
    ("status", ("tinh trang", "trang thai", "muc do hoan thanh", "danh gia")),
    ("done", ("ngay hoan thanh", "thoi gian hoan thanh", "thoi diem hoan thanh")),
    ("result", ("ket qua", "tinh hinh", "tien do")),
    ("proposal", ("de xuat", "kien nghi", "ghi chu", "kho khan")),
    ("task", ("nhiem vu", "noi dung", "cong viec", "chi dao", "ten")),
)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _columns(cells: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = " ".join(re.sub(r"[^a-z ]", " ", fold_chars(cell)).split())
        for column, words in _COLUMNS:
            if column not in found and any(re.search(rf"(?<![a-z]){w}(?![a-z])", key)
                                           for w in words):
                found[column] = index
                break
    if "task" in found and ("result" in found or "status" in found or "proposal" in found):
        return found
    return None


def _table_units(lines: list[str], scope: _Scope) -> list[Unit]:
    out: list[Unit] = []
    columns: dict[str, int] | None = None
    for line in lines:
        cells = _cells(line)
        if columns is None:
            columns = _columns(cells)
            continue
        if all(re.fullmatch(r"[\s:\-–=]*", c) for c in cells):
            continue  # |---|---|

        def cell(column: str, cells: list[str] = cells,
                 at: dict[str, int] = columns) -> str:
            index = at.get(column)
            return cells[index] if index is not None and index < len(cells) else ""

        task, ref_cell = cell("task"), cell("ref")
        said = "\n".join(filter(None, (cell("status"), cell("result"), cell("proposal"))))
        number = cell("number")
        if out and not number and not ref_cell:
            previous = out[-1]  # a row wrapped over two lines (a PDF copy)
            previous.topic = " ".join(filter(None, (previous.topic, task))) or None
            previous.said = "\n".join(filter(None, (previous.said, said)))
            previous.text = f"{previous.text}\n{line}"
            continue
        refs = _refs(ref_cell) or _bare_refs(ref_cell) or _refs(task)
        scoped = [ItemRef(within(r.ref, scope.ref), r.text, r.start, r.end, r.numbered)
                  for r in refs]
        label = number.rstrip(".") or str(len(out) + 1)
        unit = Unit(path=f"#{label}", text=line, topic=task or None, said=said, refs=scoped,
                    scope_ref=scope.ref, notice=_notice_in(f"{ref_cell} {task}"),
                    scope_notice=scope.notice, quote=_long_quote(task),
                    numbered=any(r.numbered for r in refs), done_cell=cell("done") or None)
        out.append(unit)
    return out


_BARE_REF = re.compile(r"^(?:[IVXLC]{1,6}\.)?\d{1,2}(?:\.(?:\d{1,2}|[a-zđ]))*(?:-\d)?$|^[a-zđ]$")


def _bare_refs(cell: str) -> list[ItemRef]:
    """A cell of a table's item column that is a ref alone: "2.a", "II.1.b", "c"."""
    value = cell.strip().rstrip(")").lstrip("(").strip()
    if _BARE_REF.match(value):
        return [ItemRef(value, cell.strip(), 0, len(cell), False)]
    return []
