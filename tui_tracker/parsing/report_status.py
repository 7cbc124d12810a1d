"""What an agency says of one task in its report: status words → a proposed status,
with the reason, the completion day, an extension request and other requests.

| words (diacritics optional) | proposal |
|---|---|
| `đã hoàn thành`, `hoàn thành.`, `đã thực hiện xong`, `đã ban hành Quyết định số …`, `đã trình …`, `đã phê duyệt`, `đã tổ chức` | `reported` (the office confirms it as done) |
| `đang triển khai`, `đang phối hợp`, `đang thực hiện`, any `đang` + verb, `tiếp tục triển khai`, `dự kiến hoàn thành`, `đã hoàn thành dự thảo`, `hoàn thành 70%`, `cơ bản hoàn thành`, `chưa hoàn thành`, `đã triển khai` | `in_progress` |
| `chưa thực hiện do …`, `chưa triển khai`, `chưa bắt đầu`, `không thực hiện được` | `todo`, with the reason |
| `đề nghị gia hạn đến ngày 30/9/2026`, `xin gia hạn đến hết Quý I/2027`, `đề nghị điều chỉnh thời gian hoàn thành đến …`, `gia hạn thêm 30 ngày` | an extension request (never an extension) |
| `đề nghị thôi thực hiện`, `… dừng …`, `đề nghị điều chỉnh nội dung`, `đề nghị giao … chủ trì` | a request to drop or adjust the task (a note) |

When a text says several things, the LAST status phrase wins ("đang triển khai; đến nay
đã hoàn thành" is done, "đã hoàn thành khảo sát, đang xây dựng dự thảo" is in
progress). Words inside quotation marks (the task's own text quoted), inside a request
("đề nghị UBND tỉnh chỉ đạo các xã đang …") or inside the reason of a "chưa thực hiện
do …" do not count. A done task's day is the date of the act it names ("đã ban hành
Quyết định số 12/QĐ-UBND ngày 05/5/2026"), or the day written ("hoàn thành ngày …"),
else the letter's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from tui_tracker.agencies import agency_key, canonical_agency
from tui_tracker.parsing.deadlines import find_deadlines
from tui_tracker.parsing.header.common import DATE, fold_chars
from tui_tracker.parsing.references import find_references

__all__ = ["Extension", "Request", "StatusReading", "read_status", "sentences"]

REPORTED, IN_PROGRESS, TODO = "reported", "in_progress", "todo"


@dataclass
class Extension:
    """An extension request: the day asked for, or a length ("thêm 30 ngày")."""

    text: str  # the sentence that asks
    due_on: date | None = None
    phrase: str | None = None  # the words of the day: "đến ngày 30/9/2026"
    days: int | None = None  # "gia hạn thêm 30 ngày"
    months: int | None = None  # "gia hạn thêm 02 tháng"


@dataclass
class Request:
    kind: str  # "drop" | "adjust"
    text: str  # the sentence


@dataclass
class StatusReading:
    status: str | None = None  # reported | in_progress | todo
    phrase: str | None = None  # the words that decided it
    sentence: str | None = None  # the sentence they stand in
    reason: str | None = None  # "chưa thực hiện do <reason>"
    completed_on: date | None = None
    completed_by: str | None = None  # "Quyết định số 812/QĐ-SNNMT ngày 10/11/2026"
    completed_from_letter: bool = False  # no day written: the letter's date
    extension: Extension | None = None
    requests: list[Request] = field(default_factory=list)

    @property
    def says_something(self) -> bool:
        return self.status is not None or self.extension is not None or bool(self.requests)


# ---------------------------------------------------------------- patterns (folded text)

_PARTIAL = (r"(?:du thao|ban du thao|viec xay dung du thao|(?!100\s*%)\d+(?:[.,]\d+)?\s*%|mot phan"
            r"|buoc|giai doan|so bo|khoang|phan lon|mot so|co ban)")
# (status, pattern, strong). A weak phrase (a letter sent, a meeting held, work begun)
# decides only when no strong one is said: "chưa thực hiện do …; Sở đã có Công văn
# số … đề nghị chủ đầu tư bổ sung hồ sơ" is still not started.
_RULES: tuple[tuple[str, str, bool], ...] = (
    # Progress that reads like completion comes first: the longest match wins a place.
    (IN_PROGRESS, rf"\b(?:da\s+)?(?:co\s+ban\s+)?hoan\s+thanh\s+(?:duoc\s+)?{_PARTIAL}",
     True),
    (IN_PROGRESS, r"\bco\s+ban\s+(?:da\s+)?hoan\s+thanh\b", True),
    (IN_PROGRESS, r"\bdu\s+kien\s+(?:se\s+)?(?:hoan\s+thanh|xong|ban\s+hanh|trinh)\b", True),
    (IN_PROGRESS, r"\bse\s+(?:hoan\s+thanh|ban\s+hanh|trinh|to\s+chuc)\b", True),
    (IN_PROGRESS, r"\bchua\s+(?:duoc\s+)?hoan\s+thanh\b", True),
    (TODO, r"\bchua\s+(?:duoc\s+)?(?:thuc\s+hien|trien\s+khai|to\s+chuc\s+(?:thuc\s+hien|trien"
           r"\s+khai)|bat\s+dau|co\s+(?:co\s+so|dieu\s+kien)\s+(?:de\s+)?(?:thuc\s+hien|trien"
           r"\s+khai)|the\s+(?:thuc\s+hien|trien\s+khai)|tham\s+muu|xay\s+dung)\b", True),
    (TODO, r"\b(?:khong\s+the|khong)\s+(?:thuc\s+hien|trien\s+khai)\s+duoc\b", True),
    (TODO, r"\bkhong\s+the\s+(?:thuc\s+hien|trien\s+khai)\b", True),
    (REPORTED, r"\bda\s+(?:duoc\s+)?(?:hoan\s+thanh|thuc\s+hien\s+xong|trien\s+khai\s+xong|xong)"
               r"\b", True),
    (REPORTED, r"\bhoan\s+thanh\s+(?:xong|dut\s+diem|100\s*%|toan\s+bo)", True),
    (REPORTED, r"\bdat\s+100\s*%", True),
    (REPORTED, r"^(?:[-+•*]\s*)?(?:ket\s+qua(?:\s+thuc\s+hien)?\s*:\s*)?(?:da\s+)?hoan\s+thanh\b",
     True),
    (REPORTED, r"\bda\s+(?:tham\s+muu\s+(?:cho\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan|chu\s+tich)"
               r"[^.;,]{0,30}?\s+)?(?:ban\s+hanh|phe\s+duyet|ky\s+ban\s+hanh)\b", True),
    (REPORTED, r"\bda\s+trinh\b", True),
    (REPORTED, r"\b(?:da|va)\s+(?:gui\s+(?:bao\s+cao|to\s+trinh|van\s+ban|ho\s+so)|co\s+(?:bao"
               r"\s+cao|van\s+ban|cong\s+van|to\s+trinh)|bao\s+cao\s+(?:ubnd|uy\s+ban|chu\s+tich"
               r"|thu\s+tuong))\b", False),
    (REPORTED, r"\bda\s+to\s+chuc\b(?!\s+(?:trien\s+khai|thuc\s+hien|ra\s+soat|kiem\s+tra\s+dinh"
               r"\s+ky))", False),
    (REPORTED, r"^(?:[-+•*]\s*)?(?:ket\s+qua\s*:\s*)?(?:[^.;,]{0,40}\s)?da\s+thuc\s+hien\s*"
               r"(?:xong)?\s*[.;]?$", False),
    (IN_PROGRESS, r"\bdang\s+(?!cho\b)[a-z]+(?:\s+[a-z]+)?", True),
    (IN_PROGRESS, r"\b(?:tiep\s+tuc|thuong\s+xuyen)\s+(?:to\s+chuc\s+|chu\s+dong\s+)?(?:trien"
                  r"\s+khai|thuc\s+hien|phoi\s+hop|theo\s+doi|chi\s+dao|ra\s+soat|hoan\s+thien"
                  r"|xay\s+dung|tham\s+muu|day\s+manh|don\s+doc|tong\s+hop)\b", True),
    (IN_PROGRESS, r"\bda\s+(?:va\s+dang\s+)?(?:trien\s+khai|khoi\s+cong|bat\s+dau)\b", False),
    (IN_PROGRESS, r"\bbuoc\s+dau\b", False),
)
_COMPILED = tuple((status, re.compile(pattern), strong) for status, pattern, strong in _RULES)

_REQUEST = re.compile(r"\b(?:de\s+nghi|kien\s+nghi|de\s+xuat|xin|kinh\s+trinh|mong\s+muon)\b")
_EXTENSION = re.compile(r"\bgia\s+han\b|\bdieu\s+chinh\s+(?:lai\s+)?(?:thoi\s+gian|thoi\s+han"
                        r"|tien\s+do)\b|\blui\s+(?:thoi\s+gian|thoi\s+han)\b")
_ALREADY_EXTENDED = re.compile(r"\bda\s+(?:duoc\s+)?(?:\S+\s+){0,5}(?:dong\s+y\s+)?(?:cho\s+)?"
                               r"gia\s+han\b")
# ("dừng" is left to `_STOP`: folded, it is "dung" of "nội dung".)
_DROP = re.compile(r"\b(?:thoi|khong\s+tiep\s+tuc|cham\s+dut|rut)\s+(?:thuc\s+hien|trien"
                   r"\s+khai|theo\s+doi|nhiem\s+vu)|\b(?:dua|rut)\s+(?:\S+\s+){0,3}ra\s+khoi"
                   r"\s+danh\s+(?:muc|sach)")
_STOP = re.compile(r"\bdừng\s+(?:thực\s+hiện|triển\s+khai|theo\s+dõi|nhiệm\s+vụ)",
                   re.IGNORECASE)
_ADJUST = re.compile(r"\bdieu\s+chinh\b|\bgiao\s+(?:lai|cho)\b|\bchuyen\s+giao\b|\bsua\s+doi\b")
_REASON = re.compile(r"^\s*[,:;]?\s*(?:la\s+)?(?:do|vi|boi\s+vi|ly\s+do|nguyen\s+nhan)(?:\s+la)?"
                     r"\s*[:,]?\s*(?P<reason>\S.*?)\s*[.;]?\s*$")
_REASON_LABEL = re.compile(r"^(?:[-+•*]\s*)?(?:lý do|nguyên nhân|ly do|nguyen nhan)\s*:\s*",
                           re.IGNORECASE)
_REASON_BEFORE = re.compile(r"\b(?:do|vi)\s+(?P<reason>\S.*?)\s+nen\s+(?:\S+\s+){0,3}$")
_QUOTED = re.compile(r"[“\"«][^”\"»]{3,}[”\"»]")
_DATE = re.compile(DATE, re.IGNORECASE)
_DONE_ON = re.compile(r"\bhoan\s+thanh\s+(?:vao\s+|tu\s+)?ngay\s+$|^\s*(?:vao\s+)?ngay\s+$")
_MORE = re.compile(r"\bthem\s+(?P<n>\d{1,3})\s+(?P<unit>ngay|thang)\b")
_DAY_CUE = re.compile(r"(?:(?:đến|tới|hết|ngày|trước|sang|chậm\s+nhất|là|den|toi|het|ngay"
                      r"|truoc)\s+)*$", re.IGNORECASE)
_BEFORE_DAY = re.compile(r"\btruoc\s+(?:ngay\s+)?$")
# Acts whose date is the day the work was done: the issued document itself.
_ACT_TYPES = frozenset({"QĐ", "KH", "CV", "BC", "TTr", "HD", "TB", "CT", "QC", "QyĐ", "KL",
                        "NQ", "ĐA", "CTr", "PA", "CĐ", "GM", "HĐ", "TT", "NĐ"})
# A clause whose subject is someone else ("Sở Xây dựng đã chủ trì kiểm tra; …", "chủ đầu
# tư đã nộp hồ sơ") says nothing of the sender's task. The superior acting on the
# sender's advice ("UBND tỉnh đã ban hành Quyết định …") does: that is its result.
_SUBJECT = re.compile(
    r"^(?:[-+•*]\s*)?(?:(?:hiện nay|đến nay|tuy nhiên|ngoài ra|đồng thời),?\s+)?"
    r"(?P<name>(?:Sở|Bộ|Ban|Công an|Kho bạc|Thanh tra|Văn phòng|Tổng cục|Cục|Ngân hàng|Bảo hiểm"
    r"|Đài|Báo|Trường|Bệnh viện|Trung tâm|Ủy ban nhân dân|UBND|Liên đoàn|Hội|Tỉnh đoàn|Bộ Chỉ huy)"
    r"(?:\s+(?:[A-ZĐÂĂÊÔƠƯ&][^\s,;.]*|và|các|tỉnh|xã|phường|đảng|cán|sự|thành|phố|huyện|nhân"
    r"|dân|Nhà|nước))*|(?:các\s+)?(?:chủ đầu tư|nhà thầu|đơn vị thi công|bệnh viện|địa phương"
    r"|xã|phường|sở, ngành)\b)")
_SUPERIOR = re.compile(r"^(?:Ủy ban nhân dân tỉnh|UBND tỉnh|Chủ tịch|Thủ tướng|Chính phủ|HĐND tỉnh"
                       r"|Hội đồng nhân dân tỉnh|Tỉnh ủy|Ban Thường vụ)\b")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+")
_SHORT_SENTENCE = 6  # words
_CLAUSE_BREAK = re.compile(r"(?<=;)\s+(?=\S)")


def _spans(text: str, pattern: re.Pattern[str], start: int = 0,
           end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    at = start
    for m in pattern.finditer(text, start, end):
        if text[at:m.start()].strip():
            out.append((at, m.start()))
        at = m.end()
    if text[at:end].strip():
        out.append((at, end))
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` (a line break ends one too)."""
    return _spans(text, _SENTENCE_BREAK)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    status: str
    strong: bool
    sentence: tuple[int, int]


def read_status(text: str, *, letter_date: date | None,
                sender: str | None = None) -> StatusReading:
    """What `text` (one reported item: its result and proposals, without the task's
    own words) says of the task; see the module doc. `sender`: the agency writing, so
    that a clause about another agency ("Sở Xây dựng đã chủ trì kiểm tra") is not
    taken for the sender's own work."""
    reading = StatusReading()
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    folded = fold_chars(_blank(text, quoted))
    found: list[_Found] = []
    for sentence in sentences(folded):
        for start, end in _spans(folded, _CLAUSE_BREAK, *sentence):
            _read_clause(text, folded, start, end, sentence, reading, found, letter_date,
                         sender)
    if not found:
        return reading
    strong = [f for f in found if f.strong]
    chosen = max(strong or found, key=lambda f: f.start)
    s_start, s_end = chosen.sentence
    reading.status = chosen.status
    reading.phrase = " ".join(text[chosen.start:chosen.end].split())
    reading.sentence = _sentence(text, s_start, s_end)
    if len(reading.sentence.split()) <= _SHORT_SENTENCE:
        # "Nhiệm vụ đã hoàn thành." says little alone: the sentence before says what was done.
        before = [span for span in sentences(folded) if span[1] <= s_start]
        if before:
            reading.sentence = f"{_sentence(text, *before[-1])} {reading.sentence}"
    if chosen.status == TODO:
        reading.reason = _reason(text, folded, chosen.start, chosen.end, s_start, s_end)
    if chosen.status == REPORTED:
        _completion(reading, text, chosen.start, s_start, s_end, letter_date)
    return reading


def _read_clause(text: str, folded: str, start: int, end: int, sentence: tuple[int, int],
                 reading: StatusReading, found: list[_Found], letter_date: date | None,
                 sender: str | None) -> None:
    piece = folded[start:end]
    request = _REQUEST.search(piece)
    extension = _EXTENSION.search(piece)
    if extension is not None and request is not None \
            and not _ALREADY_EXTENDED.search(piece[:extension.start() + 8]):
        if reading.extension is None:
            reading.extension = _extension(text, *sentence, letter_date)
        return
    if request is not None:
        drop = _DROP.search(piece, request.end()) or \
            _STOP.search(text[start:end], request.end())
        if drop is not None:
            reading.requests.append(Request("drop", _sentence(text, *sentence)))
        elif _ADJUST.search(piece, request.end()):
            reading.requests.append(Request("adjust", _sentence(text, *sentence)))
        # Status words in a request speak of what is asked for, not of the task.
        piece = piece[:request.start()]
    if _someone_else(text[start:end], sender):
        return
    taken: list[tuple[int, int]] = []
    for status, pattern, strong in _COMPILED:
        for m in pattern.finditer(piece):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            found.append(_Found(start + m.start(), start + m.end(), status, strong, sentence))
            if status == TODO and _REASON.match(piece[m.end():]) is not None:
                # The reason's own words ("do Sở đang chờ …") are no status.
                taken.append((m.end(), len(piece)))


def _someone_else(clause: str, sender: str | None) -> bool:
    """The clause's subject is an agency other than the sender and its superior."""
    m = _SUBJECT.match(clause.strip())
    if m is None or _SUPERIOR.match(m.group("name")):
        return False
    name = m.group("name").strip()
    if name.split()[0] in ("Sở", "Bộ", "Ban") and len(name.split()) == 1:
        return False  # "Sở đang …": the sender speaking of itself
    if sender is None:
        return name[0].islower()  # "chủ đầu tư đã nộp …": never the sender
    mine, theirs = agency_key(sender), agency_key(canonical_agency(name))
    return not (mine == theirs or mine.startswith(theirs) or theirs.startswith(mine))


def _sentence(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split()).strip(" ;")


def _reason(text: str, folded: str, at: int, until: int, s_start: int, s_end: int) -> str | None:
    after = _REASON.match(folded[until:s_end])
    if after is not None:
        start = until + after.start("reason")
        end = until + after.end("reason")
        return " ".join(text[start:end].split()) or None
    before = _REASON_BEFORE.search(folded[s_start:at])
    if before is not None:
        return " ".join(text[s_start + before.start("reason"):s_start + before.end("reason")]
                        .split()) or None
    if not folded[until:s_end].strip(" .;:,"):
        # "Chưa thực hiện." then the reason on its own ("Chờ Công an tỉnh …", a table cell).
        following = [span for span in sentences(folded) if span[0] >= s_end]
        if following:
            reason = _REASON_LABEL.sub("", _sentence(text, *following[0]))
            if len(reason.split()) <= 40 and not _REQUEST.search(fold_chars(reason)):
                return reason.rstrip(".")
    return None


def _completion(reading: StatusReading, text: str, at: int, s_start: int, s_end: int,
                letter_date: date | None) -> None:
    """The day the work was done: an act's date in the sentence, a day written after
    "hoàn thành", else the letter's date."""
    sentence = text[s_start:s_end]
    for ref in find_references(sentence):
        if ref.doc_type in _ACT_TYPES and ref.issued_on is not None:
            reading.completed_on = ref.issued_on
            reading.completed_by = " ".join(ref.text.split())
            return
    # An act named in another sentence of the item ("… ban hành Quyết định số … Nhiệm
    # vụ đã hoàn thành."): the one written nearest to the verdict.
    acts = [(abs(text.find(ref.text) - at), ref) for ref in find_references(text)
            if ref.doc_type in _ACT_TYPES and ref.issued_on is not None and ref.text in text]
    if acts:
        ref = min(acts, key=lambda pair: pair[0])[1]
        reading.completed_on = ref.issued_on
        reading.completed_by = " ".join(ref.text.split())
        return
    folded = fold_chars(sentence)
    for m in _DATE.finditer(sentence):
        if _DONE_ON.search(folded[:m.start()]) and (m.group("y") or m.group("wy")):
            day = _date_of(m, None)
            if day is not None:
                reading.completed_on = day
                return
    reading.completed_on = letter_date
    reading.completed_from_letter = True


def _date_of(m: re.Match[str], letter_date: date | None) -> date | None:
    if m.group("wd"):
        d, mo, y = m.group("wd"), m.group("wm"), m.group("wy")
    else:
        d, mo, y = m.group("d"), m.group("m"), m.group("y")
    year = int(y) if y else (letter_date.year if letter_date else None)
    if year is None:
        return None
    try:
        day = date(year, int(mo), int(d))
    except ValueError:
        return None
    if not y and letter_date is not None and day < letter_date:
        try:
            day = day.replace(year=year + 1)  # "đến ngày 15/01" after a December letter
        except ValueError:
            return None
    return day


def _extension(text: str, start: int, end: int, letter_date: date | None) -> Extension:
    """The day (or length) an extension request asks for, read after its "gia hạn"."""
    sentence = text[start:end]
    folded = fold_chars(sentence)
    ask = _EXTENSION.search(folded)
    offset = ask.end() if ask is not None else 0
    extension = Extension(_sentence(text, start, end))
    more = _MORE.search(folded, offset)
    if more is not None:
        count = int(more.group("n"))
        if more.group("unit") == "ngay":
            extension.days = count
        else:
            extension.months = count
        extension.phrase = " ".join(sentence[more.start():more.end()].split())
        return extension
    for m in _DATE.finditer(sentence, offset):
        if not (m.group("y") or m.group("wy") or m.group("sep") == "/"):
            continue
        day = _date_of(m, letter_date)
        if day is None:
            continue
        if _BEFORE_DAY.search(folded[:m.start()]):
            day -= timedelta(days=1)  # "trước ngày 31/12": the 30th is the last day
        extension.due_on = day
        lead = _DAY_CUE.search(sentence[offset:m.start()])
        begin = offset + (lead.start() if lead else 0)
        extension.phrase = " ".join(sentence[begin:m.end()].split())
        return extension
    # A month, a quarter, a half or a year: "đến hết tháng 12/2026", "sang Quý I/2027".
    rest = re.sub(r"\b(?:sang|đến|tới|đến\s+hết|tới\s+hết)\s+(?=(?:tháng|quý|năm|6\s+tháng)\b)",
                  "đến hết ", sentence[offset:], flags=re.IGNORECASE)
    try:
        deadlines = find_deadlines(rest, issued_on=letter_date)
    except Exception:  # an impossible day in a request: asked without a usable day
        deadlines = []
    for deadline in deadlines:
        if deadline.due_on is not None:
            extension.due_on = deadline.due_on
            extension.phrase = deadline.text
            break
    return extension
