"""Who does what: lead and coordinating agencies in the text of a directive.

Rules (domain.md, "Roles"), applied clause by clause (a clause ends at `;` or
at the end of a sentence):

- Triggers name the lead: `Giao X …`, `Giao cho X`, `Yêu cầu X …`, `Đề nghị X …`,
  `Ủy quyền X`, `Phân công X`. Without an explicit role, X leads.
- `X chủ trì`, `X có trách nhiệm`, `X chịu trách nhiệm`, `X là cơ quan đầu mối`:
  X leads, wherever it stands in the clause. `X phối hợp` / `X có trách nhiệm
  phối hợp`: X coordinates.
- A clause that opens with an agency followed by an action (`Sở Tài chính: rà
  soát …`, `Các sở, ngành khẩn trương …`, `Trên cơ sở đó, Sở X tổ chức …`): the
  agency leads. The issuer itself as subject (`UBND tỉnh ghi nhận …`, `Thủ
  tướng Chính phủ đồng ý …`) assigns nothing.
- `phối hợp (chặt chẽ) với|cùng A, B, C` and `với sự phối hợp của A`: A, B, C
  coordinate. A clause-opening `X phối hợp với A …` with no other lead in the
  clause: X is the one who acts, so X leads (`Sở Nội vụ phối hợp với Sở Y tế rà
  soát …`); `X có trách nhiệm phối hợp` stays a coordinator.
- `A, B theo chức năng, nhiệm vụ (được giao)`: each does its own part, all lead.
  `Các đơn vị: A, B, C …`: the group word only labels the list of leads.
- `Giao A; B; C báo cáo …`: semicolons between addressees keep one clause.
- Several addressees with no explicit roles (`Giao X và Y …`, `Giao X, Y …`):
  the first leads, the others coordinate. When the first is plural — a group
  (`Yêu cầu các sở, ngành và UBND các xã, phường …`) or a list under a shared
  head (`Các Bộ: Tài chính, Xây dựng …`, `UBND các xã A, B …`, which become Bộ
  Tài chính, UBND xã A, …) — every plural member leads, since it means "each
  agency of that kind does it". Several lead phrases in one clause: the first
  gives the lead, later ones coordinate.
- `các cơ quan (, đơn vị) liên quan` and the like are a marker (`with_related`),
  not an agency; alone in the lead's place they are the group that leads.
- `X chủ trì cuộc họp` is chairing a meeting, not leading work.
- Names that appear without a role (`do HĐND tỉnh … ban hành`, `tham mưu UBND
  tỉnh`, `làm việc với Bộ …`, `báo cáo Chủ tịch UBND tỉnh`) are not assigned.
- A person's title before an agency is dropped: `Giám đốc Sở Tài chính` is Sở
  Tài chính, `Chủ tịch UBND các xã, phường` the group of communes.

An agency name ends at punctuation, at a lower-case verb or function word
(`tiếp tục`, `khẩn trương`, `rà soát`, `theo`, `để` …), since Vietnamese names
capitalise the first syllable of each of their words.

`split_units` cuts the paragraphs of one item into units of work: a clause that
names a lead different from the current unit's starts a new unit (seed item 3.c:
one paragraph for the group "các sở, ngành, địa phương", one for the Sở); a clause
without a lead continues the current unit (seed 3.a's "Trước mắt, …"). A section
preamble's addressee (`preamble_roles`) leads the units that name no lead.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from tui_tracker.agencies import (
    AGENCY_HEADS,
    AliasEntry,
    agency_key,
    alias_entries,
    canonical_agency,
    clean_name,
    is_group,
)
from tui_tracker.model import Assignment, Role

# ---------------------------------------------------------------------------
# Word lists (lower case, with diacritics: folding would confuse có/cơ, là/lá).

# Verbs and function words that end an agency name when written in lower case.
_TERMINATORS = """
tiếp tục, khẩn trương, rà soát, rà, nghiên cứu, chủ động, hướng dẫn, tổng hợp, tham mưu,
thực hiện, triển khai, tổ chức, xây dựng, hoàn thành, hoàn thiện, hoàn chỉnh, hoàn tất,
đề xuất, báo cáo, kiểm tra, theo dõi, đôn đốc, chỉ đạo, lãnh đạo, phối hợp, chủ trì, có,
chịu trách nhiệm, căn cứ, trên, cập nhật, bám sát, xem xét, xử lý, giải quyết, lập,
thẩm định, thẩm tra, trình, ban hành, đánh giá, quản lý, bố trí, cân đối, huy động,
tăng cường, đẩy mạnh, đẩy nhanh, nâng cao, rút kinh nghiệm, khắc phục, làm, thống nhất,
chuẩn bị, phổ biến, tuyên truyền, vận động, hỗ trợ, giải ngân, thanh toán, quyết toán,
phân bổ, sử dụng, tập trung, kịp thời, sớm, nghiêm túc, nghiêm, quyết liệt, phải, cần,
được, để, theo, trong, tại, về, với, trước, từ, đối với, nhằm, cho, thay, nắm, nắm bắt,
đảm bảo, bảo đảm, tiến hành, thông báo, cung cấp, gửi, lấy ý kiến, tiếp thu, giải trình,
chấn chỉnh, kiểm điểm, thu hồi, bàn giao, tiếp nhận, điều chỉnh, bổ sung, sửa đổi,
công bố, công khai, vận hành, duy trì, mời, liên hệ, trao đổi, tháo gỡ, đăng ký,
lựa chọn, phân công, tích cực, thường xuyên, quán triệt, tham gia, quan tâm, ưu tiên,
dứt điểm, khảo sát, kê khai, ký, tổng kết, sơ kết, giám sát, tuân thủ, thu thập,
chỉ định, giao, yêu cầu, đề nghị, ngay, khẩn, cùng, nhanh chóng, trực tiếp, lưu ý, cử,
phát huy, tìm, đặt hàng, nộp, tạm ứng, hoàn trả, là, đã, sẽ, đang, cũng, không, chưa,
vẫn, còn, thì, mà, nếu, khi, do, bởi, vì, của, nêu, ghi nhận, kiến nghị, đề ra,
kiện toàn, sắp xếp, thành lập, chuyển, ủy quyền, uỷ quyền, nghiệm thu, phê duyệt,
niêm yết, đồng thời, tập hợp, phân loại, lồng ghép, kết nối, rà lại, tham khảo, định kỳ,
hằng, hàng, trình bày, cho biết, phụ trách, đầu mối, khởi công, thi công, tăng, giảm,
tổ chức thực hiện, ngoài ra, qua, tới, đến, sau, cụ thể, nghiêm cấm, tránh, hạn chế,
dừng, tạm dừng, chấm dứt, hủy, huỷ, trả lời, phản hồi, giải đáp, tiếp, kiểm, đôn,
chủ, quyết định, kết luận, thông qua, cấp phép, cấp, thẩm, hướng, nhanh, mở, đóng,
như, nhưng, hoặc, hay, đều, riêng, chỉ, mọi, những, một, các cơ quan liên quan
"""
# A single-syllable terminator that is the second syllable of a common word is
# not a terminator there ("công trình", "thành lập", "thư ký").
_NOT_AFTER: dict[str, set[str]] = {
    "trình": {"công", "chương", "quy", "lộ", "tờ", "tiến", "quá", "giáo", "lập"},
    "lập": {"thành", "độc", "thiết", "xác"},
    "ký": {"thư", "đăng"},
    "cấp": {"các", "liên", "cung"},
    "làm": {"việc"},
    "về": {"trở"},
    "cho": {"dành"},
    "sau": {"phía"},
    "hàng": {"ngân", "mặt", "cửa"},
    "đến": {"liên"},
    "qua": {"thông"},
    "xây dựng": {"tư"},  # "Ban Quản lý dự án đầu tư xây dựng"
}
# … nor when the next word makes it a noun ("giao thông", "cấp tỉnh", "trình độ").
_NOT_BEFORE: dict[str, set[str]] = {
    "giao": {"thông", "dịch", "lưu", "đất", "tiếp", "ban", "thương", "nhận", "kết", "khoán"},
    "cấp": {"tỉnh", "xã", "huyện", "trung", "cơ", "quốc", "bộ", "thành", "phường"},
    "trình": {"độ"},
    "chủ": {"đầu", "tịch", "nhiệm", "sở", "rừng"},
    "về": {"hưu"},
    "hàng": {"hải", "không"},
}
# After an agency at the start of a clause: the agency is a subject, not a lead.
_NOT_AN_ACTION = """
đã, đang, được, bị, là, vừa, cũng, ghi nhận, cho biết, trình bày, có ý kiến, nêu,
đề xuất, kiến nghị, của, và, với, về, tại, trong, khi, nếu, như, do, cho, từ, đến,
mà, thì, vì, bởi, không, chưa, còn, đề nghị, báo cáo kết quả, thống nhất, đồng ý,
nhất trí, chấp thuận, kết luận, quyết định
"""
# Group nouns after "các": "các chủ đầu tư", "các cơ quan chuyên môn thuộc UBND tỉnh".
_GROUP_NOUNS = """
sở, bộ, ban, ngành, cơ quan, đơn vị, địa phương, tỉnh, thành phố, huyện, xã, phường,
đặc khu, hội, đoàn thể, tổ chức, doanh nghiệp, chủ đầu tư, nhà đầu tư, nhà thầu,
trường, viện, bệnh viện, cấp ủy, cấp uỷ, đảng ủy, đảng uỷ, đảng bộ, chi bộ, tập đoàn,
tổng công ty, công ty, ngân hàng, thành viên, phòng, trung tâm, cơ sở, ban quản lý,
hợp tác xã, lực lượng, tổ công tác, đoàn kiểm tra, ủy ban, uỷ ban, quỹ, chi nhánh,
Bộ, Sở, cấp
"""
# The issuer as the subject of a clause assigns nothing ("UBND tỉnh ghi nhận").
_ISSUER_KEYS = {agency_key(n) for n in (
    "UBND tỉnh", "Tỉnh ủy", "Thủ tướng Chính phủ", "Phó Thủ tướng", "Chính phủ",
    "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Bộ Chính trị", "Ban Bí thư",
    "Phó Thủ tướng Chính phủ", "Thường trực Tỉnh ủy")}
# Single-syllable head words need a capitalised (or place) word after them:
# "Ban Chỉ đạo" is an agency, "Ban hành" and "Báo cáo" are not.
_NAME_WORDS = {"tỉnh", "xã", "phường", "huyện", "quận", "thị", "thành", "đặc", "các",
               "cấp", "cán", "quản", "công", "nhân"}
_LOWER_HEADS = ("chủ đầu tư", "nhà đầu tư", "nhà thầu")


def _phrases(text: str) -> list[str]:
    return sorted({p.strip() for p in text.replace("\n", " ").split(",") if p.strip()},
                  key=lambda p: -len(p))


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


_TERMINATOR_LIST = _phrases(_TERMINATORS)
_TERMINATOR_RE = re.compile(rf"(?:{_alternation(_TERMINATOR_LIST)})(?!\w)")
_NOT_ACTION_RE = re.compile(rf"(?:{_alternation(_phrases(_NOT_AN_ACTION))})(?!\w)")
_GROUP_NOUN_ALT = _alternation(p.lower() for p in _phrases(_GROUP_NOUNS))
_GROUP_START_RE = re.compile(rf"các\s+(?:{_GROUP_NOUN_ALT})(?!\w)")
_GROUP_NOUN_RE = re.compile(rf"(?:các\s+)?(?:{_GROUP_NOUN_ALT})(?!\w)")
_HEAD_RE = re.compile(rf"(?:{_alternation(sorted(AGENCY_HEADS, key=len, reverse=True))})(?!\w)")
_LOWER_HEAD_RE = re.compile(rf"(?:{_alternation(_LOWER_HEADS)})(?!\w)")

# "các cơ quan liên quan", "các cơ quan, đơn vị có liên quan", "các sở, ngành,
# địa phương liên quan": related agencies, a marker rather than an agency.
_RELATED_NOUN = (r"(?:cơ quan|đơn vị|địa phương|ngành|sở|ban|bộ|tổ chức|cá nhân|doanh nghiệp"
                 r"|hội|đoàn thể|xã|phường|lực lượng|chủ đầu tư)(?:\s+(?:chuyên môn|chức năng))?")
_RELATED_RE = re.compile(
    rf"(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?(?:các\s+)?{_RELATED_NOUN}"
    rf"(?:\s*,\s*(?:các\s+)?{_RELATED_NOUN})*(?:\s*,?\s+và\s+(?:các\s+)?{_RELATED_NOUN})?"
    r"(?:\s+khác)?\s+(?:có\s+)?liên\s+quan(?!\w)")
# "các Sở: Tài chính, Xây dựng", "các Bộ, cơ quan: Tài chính, …", "các Sở Tài chính, Xây dựng",
# "UBND các xã: Bình Sơn, Vạn Tường": a plural head shared by the short names after it.
_PLURAL_PREFIX_RE = re.compile(
    r"(?:các\s+(?P<head>sở|bộ)(?:\s*,\s*(?:ngành|cơ quan|ban|cơ quan ngang bộ))*"
    r"|(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+các\s+(?P<local>xã|phường|huyện|thị xã"
    r"|thành phố|đặc khu|tỉnh)(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu|thị xã|thành phố))*)"
    r"\s*(?::\s*|\s+(?=\w))")
# A person's title before the agency ("Giám đốc Sở …", "Chủ tịch UBND các xã").
_TITLE_RE = re.compile(
    r"(?:đồng\s+chí\s+)?(?:(?:phó\s+)?(?:tổng\s+)?giám đốc|thủ trưởng|(?:phó\s+)?chủ tịch|(?:phó\s+)?bí thư"
    r"|cục trưởng|bộ trưởng|trưởng phòng|chủ nhiệm|lãnh đạo|thường trực|người đứng đầu"
    r"|chánh(?=\s+(?:văn phòng|thanh tra))|trưởng(?=\s+(?:ban|phòng)))\s+")

# Role words.
_TRIGGER_RE = re.compile(
    r"(?<!\w)(giao nhiệm vụ cho|giao cho|giao|yêu cầu|đề nghị|ủy quyền cho|uỷ quyền cho"
    r"|ủy quyền|uỷ quyền|phân công cho|phân công)(?!\w)\s*:?\s*")
_TRIGGER_NOT_AFTER: dict[str, set[str]] = {
    "giao": {"bàn", "chuyển", "được", "đã", "phân", "nhận", "thì"},
    "yêu cầu": {"theo", "đáp", "ứng", "đúng", "các", "những", "có", "được", "đã"},
    "đề nghị": {"theo", "xét", "có", "các", "bản", "trình", "đã", "những", "được"},
}
_COORD_RE = re.compile(
    r"(?<!\w)(?:phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?|cùng với|với sự phối hợp của"
    r"|có sự phối hợp của)(?!\w)\s*:?\s*")
_COORD_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:có|chịu)\s+trách\s+nhiệm\s+|tích cực\s+|chủ động\s+)?phối\s+hợp(?!\w)")
# After "X phối hợp": a partner named ("… với Sở Y tế"), so X is the one who acts.
_PARTNER_RE = re.compile(r"\s*(?:chặt chẽ\s+)?(?:với|cùng)(?!\w)")
_LEAD_AFTER_RE = re.compile(
    r"\s*,?\s*(?:là\s+(?:cơ quan|đơn vị)\s+)?(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách"
    r"\s+nhiệm|là\s+(?:cơ\s+quan\s+)?đầu\s+mối|làm\s+đầu\s+mối|là\s+cơ\s+quan\s+thường\s+trực"
    r"|là\s+cơ\s+quan\s+chủ\s+trì|phụ\s+trách)(?!\w)")
# "… chủ trì cuộc họp": chairing the meeting, not leading a task.
_MEETING_RE = re.compile(r"\s*,?\s*(?:cuộc họp|buổi|hội nghị|phiên họp|họp|cuộc)(?!\w)")
# A bullet or numbering that opens a paragraph.
_BULLET_RE = re.compile(r"^\s*(?:[-+•*–—]\s*|\(\d+\)\s*|\d+[.)]\s+|[a-zđ]\)\s+)")
# Clauses that state a decision or a note rather than work (a default lead
# does not claim them): "Thống nhất chủ trương …", "Lưu ý: …".
_NOT_WORK = ("thong nhat", "co ban thong nhat", "dong y", "ghi nhan", "ve nguyen tac",
             "luu y", "nhat tri", "chap thuan", "can cu", "theo de nghi", "xet de nghi")
_ABBREV_BEFORE_DOT = {"tp", "tt", "p", "q", "ths", "ts", "pgs", "gs", "kt", "tl", "tm", "v.v",
                      "tx", "h", "ks", "bs", "đ", "ông", "bà", "st", "pct", "cvp", "pcvp"}
_TOKEN_RE = re.compile(r"\w+(?:&\w+)*|[^\w\s]")
_MAX_NAME_WORDS = 20


# ---------------------------------------------------------------------------
# Results.

@dataclass
class Roles:
    """The roles found in some text: leads first, then coordinating agencies."""

    leads: list[Assignment] = field(default_factory=list)
    coordinates: list[Assignment] = field(default_factory=list)
    with_related: bool = False

    @property
    def lead(self) -> Assignment | None:
        return self.leads[0] if self.leads else None

    @property
    def lead_key(self) -> str | None:
        return agency_key(self.leads[0].agency) if self.leads else None

    def is_empty(self) -> bool:
        return not self.leads and not self.coordinates and not self.with_related

    def add(self, other: Roles) -> None:
        """Take the other's agencies; an agency keeps the first role it got, except
        that leading wins over coordinating."""
        for a in other.leads:
            self.put(a.agency, Role.LEAD, a.group)
        for a in other.coordinates:
            self.put(a.agency, Role.COORDINATE, a.group)
        self.with_related = self.with_related or other.with_related

    def put(self, agency: str, role: Role, group: bool) -> None:
        """Add one agency in a role (once per agency, whatever its spelling)."""
        key = agency_key(agency)
        if any(agency_key(a.agency) == key for a in self.leads):
            return
        existing = [a for a in self.coordinates if agency_key(a.agency) == key]
        if role is Role.LEAD:
            for a in existing:
                self.coordinates.remove(a)
            self.leads.append(Assignment(agency, Role.LEAD, group))
        elif not existing:
            self.coordinates.append(Assignment(agency, Role.COORDINATE, group))

    def assignments(self) -> list[Assignment]:
        return [*self.leads, *self.coordinates]

    def copy(self) -> Roles:
        out = Roles()
        out.add(self)
        return out


@dataclass
class Unit:
    """One unit of work within an item: its text and its roles."""

    text: str
    roles: Roles
    explicit: bool  # the text itself names the lead (not inherited from a preamble)


# ---------------------------------------------------------------------------
# Aligned views of one clause: original, lower case, folded; same length.

def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", c)[:1] or c
    low = base.lower()
    return low if len(low) == 1 else c


class _Text:
    def __init__(self, s: str) -> None:
        self.s = s
        self.low = "".join(c.lower() if len(c.lower()) == 1 else c for c in s)
        self.f = "".join(_fold_char(c) for c in s)
        self.tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(s)]
        self.starts = [start for start, _ in self.tokens]
        self._token_at = {start: i for i, start in enumerate(self.starts)}

    def skip_space(self, pos: int) -> int:
        while pos < len(self.s) and self.s[pos].isspace():
            pos += 1
        return pos

    def token_index(self, pos: int) -> int | None:
        return self._token_at.get(pos)

    def word(self, i: int) -> str:
        start, end = self.tokens[i]
        return self.s[start:end]

    def is_word(self, i: int) -> bool:
        return i < len(self.tokens) and self.word(i)[0].isalnum()

    def capitalised(self, i: int) -> bool:
        return i < len(self.tokens) and self.word(i)[0].isupper()

    def next_token(self, pos: int) -> int | None:
        """Index of the first token that starts at or after `pos`."""
        i = bisect_left(self.starts, pos)
        return i if i < len(self.tokens) else None

    def previous_word(self, pos: int) -> str | None:
        i = bisect_left(self.starts, pos) - 1
        if i < 0:
            return None
        return self.low[self.tokens[i][0]:self.tokens[i][1]]


@dataclass
class _Name:
    name: str  # canonical display name
    group: bool
    start: int
    end: int
    head: str | None  # "Sở" / "Bộ": a bare name after it in a list takes this head
    plural: bool = False  # one of a plural list: "các Sở: Tài chính, …", "UBND các xã A, B"


@dataclass
class _List:
    names: list[_Name]
    related: bool
    start: int
    end: int


# ---------------------------------------------------------------------------
# Agency names.

@cache
def _entries_by_first_word() -> dict[str, list[tuple[re.Pattern[str], AliasEntry]]]:
    table: dict[str, list[tuple[re.Pattern[str], AliasEntry]]] = {}
    for entry in alias_entries():
        folded = "".join(_fold_char(c) for c in entry.alias)
        words = re.findall(r"\w+|&", folded)
        if not words:
            continue
        pattern = r"[\s,\-–]*".join(re.escape(w) for w in words) + r"(?!\w)"
        table.setdefault(words[0], []).append((re.compile(pattern), entry))
    return table


def _is_terminator(t: _Text, i: int) -> bool:
    """Token i starts a lower-case verb or function word that ends a name."""
    if i >= len(t.tokens) or not t.is_word(i) or not t.word(i)[0].islower():
        return False
    start = t.tokens[i][0]
    m = _TERMINATOR_RE.match(t.low, start)
    if not m:
        return False
    word = re.sub(r"\s+", " ", t.low[start:m.end()])
    if i > 0 and word in _NOT_AFTER:
        prev = t.low[t.tokens[i - 1][0]:t.tokens[i - 1][1]]
        if prev in _NOT_AFTER[word]:
            return False
    if word in _NOT_BEFORE:
        nxt = _next_token(t, m.end())
        if nxt is not None and t.low[t.tokens[nxt][0]:t.tokens[nxt][1]] in _NOT_BEFORE[word]:
            return False
    return True


def _is_head(t: _Text, i: int) -> bool:
    return (i < len(t.tokens) and t.capitalised(i)
            and bool(_HEAD_RE.match(t.f, t.tokens[i][0])))


def _known_at(t: _Text, pos: int, *, allow_bare: bool) -> tuple[AliasEntry, int] | None:
    i = t.token_index(pos)
    if i is None:
        return None
    first = t.f[t.tokens[i][0]:t.tokens[i][1]]
    for pattern, entry in _entries_by_first_word().get(first.split("&")[0], []):
        m = pattern.match(t.f, pos)
        if not m:
            continue
        if entry.bare and not allow_bare:
            continue
        if entry.alias[0].isupper() and not t.s[pos].isupper():
            continue  # "thanh tra tỉnh" in lower case is the verb, not Thanh tra tỉnh
        return entry, m.end()
    return None


def _extend_known(t: _Text, end: int) -> int:
    """After a known name, keep a province or place name: "Công an tỉnh Quảng Ngãi"."""
    i = _next_token(t, end)
    last = end
    while i is not None and i < len(t.tokens) and t.is_word(i):
        word = t.word(i)
        if word[0].isupper() and not _is_head(t, i) and fold_word(word) != "cac":
            last = t.tokens[i][1]
        elif word in ("tỉnh", "cũ", "mới"):
            last = t.tokens[i][1]
        else:
            break
        i += 1
    return last


def fold_word(word: str) -> str:
    return "".join(_fold_char(c) for c in word)


def _next_token(t: _Text, pos: int) -> int | None:
    return t.next_token(pos)


def _scan_name(t: _Text, i: int, *, group: bool) -> int:
    """Extend a name from token i (the word after its head) to its last token.
    Returns the index one past the last token of the name."""
    count = 0
    while i < len(t.tokens) and count < _MAX_NAME_WORDS:
        word = t.word(i)
        low = word.lower()
        if not word[0].isalnum():
            nxt = i + 1
            if word in "-–" and (t.capitalised(nxt) or (group and t.is_word(nxt))):
                i += 1
                continue
            if word == "/" and t.is_word(nxt):
                i += 1
                continue
            if word == "." and i > 0 and t.word(i - 1).lower() in ("tp", "tx") \
                    and t.capitalised(nxt):
                i += 1
                continue
            if word == "," and i > 0 and t.word(i - 1).lower() == "phòng" \
                    and nxt < len(t.tokens) and t.word(nxt).lower() == "chống":
                i += 1  # "Ban Chỉ đạo phòng, chống thiên tai": one name
                continue
            if word == "," and group and nxt < len(t.tokens) \
                    and _GROUP_NOUN_RE.match(t.low, t.tokens[nxt][0]) \
                    and not _RELATED_RE.match(t.low, t.tokens[nxt][0]):
                i += 1
                continue
            return i
        if low == "và":
            nxt = i + 1
            if t.capitalised(nxt) and not _is_head(t, nxt) and t.word(nxt).lower() != "các":
                i += 1
                continue
            if group and nxt < len(t.tokens) and t.word(nxt).islower() \
                    and _GROUP_NOUN_RE.match(t.low, t.tokens[nxt][0]) \
                    and not _RELATED_RE.match(t.low, t.tokens[nxt][0]):
                i += 1
                continue
            if not group and count and _continues_after_and(t, nxt):
                i += 1  # "… các công trình dân dụng và công nghiệp tỉnh"
                continue
            return i
        if _is_terminator(t, i) or _RELATED_RE.match(t.low, t.tokens[i][0]) and count:
            return i
        if low in ("liên", "có") and _RELATED_RE.match(t.low, t.tokens[i][0]) is None \
                and re.match(r"(?:có\s+)?liên\s+quan", t.low[t.tokens[i][0]:]):
            return i
        i += 1
        count += 1
    return i


def _prefixed_name_at(t: _Text, pos: int, start: int, i: int, prefix: str,
                      plural: bool) -> _Name | None:
    """A short name after a shared head: "Tài chính" after "các Sở:" is Sở Tài chính,
    "Bình Sơn" after "UBND các xã" is UBND xã Bình Sơn. A full name with its own head
    ("Thanh tra tỉnh") stays as it is."""
    if not t.capitalised(i):
        return None
    local = prefix.startswith("UBND")
    known = None if local else _known_at(t, pos, allow_bare=True)
    if known and not known[0].group:
        entry, end = known
        text = t.s[pos:end]
        full = text if not entry.bare else f"{prefix} {text}"
        return _Name(canonical_agency(full), False, start, end, prefix, plural)
    if _is_head(t, i) and not local:
        end_i = _scan_name(t, i + 1, group=False)
        end = t.tokens[end_i - 1][1]
        head = _HEAD_RE.match(t.f, pos)
        if head is None or end > head.end():
            text = t.s[pos:end]
            return _Name(canonical_agency(text), is_group(text), start, end, prefix, plural)
        # Only a head word ("Công an" after "các Bộ:"): the shared head applies.
    end_i = _scan_name(t, i, group=False)
    if end_i == i:
        return None
    end = t.tokens[end_i - 1][1]
    return _Name(canonical_agency(f"{prefix} {t.s[pos:end]}"), False, start, end, prefix, plural)


def _plural_prefix(t: _Text, pos: int) -> tuple[str, int] | None:
    """The shared head of a plural list at `pos` and where its short names start."""
    title = _TITLE_RE.match(t.low, pos)
    m = _PLURAL_PREFIX_RE.match(t.low, title.end() if title else pos)
    if not m or not _prefix_applies(t, m.end()):
        return None
    if m.group("head"):
        return ("Sở" if m.group("head") == "sở" else "Bộ"), m.end()
    return f"UBND {m.group('local')}", m.end()


def _more_group_nouns(t: _Text, end: int) -> bool:
    m = re.match(r"\s*(?:,|\s+và)\s+", t.low[end:])
    if not m:
        return False
    pos = end + m.end()
    return bool(_GROUP_NOUN_RE.match(t.low, pos)) and not _RELATED_RE.match(t.low, pos) \
        and not _GROUP_START_RE.match(t.low, pos) and t.s[pos].islower()


def _continues_after_and(t: _Text, i: int) -> bool:
    """A lower-case word after "và" inside a name: not a verb, a group, a marker or a
    name of its own ("Sở Y tế và các …", "Sở X và chủ đầu tư" end the name)."""
    if i >= len(t.tokens) or not t.is_word(i) or not t.word(i).islower():
        return False
    pos = t.tokens[i][0]
    return not (_is_terminator(t, i) or t.word(i) == "các"
                or _GROUP_NOUN_RE.match(t.low, pos) or _LOWER_HEAD_RE.match(t.low, pos)
                or _RELATED_RE.match(t.low, pos) or _TITLE_RE.match(t.low, pos))


def _name_at(t: _Text, pos: int, *, prefix: str | None = None,
             allow_bare: bool = False, plural: bool = False) -> _Name | None:
    """The agency name starting at `pos`, if one starts there."""
    pos = t.skip_space(pos)
    start = pos
    title = _TITLE_RE.match(t.low, pos)
    if title:
        pos = title.end()
    i = t.token_index(pos)
    if i is None or not t.is_word(i):
        return None

    if prefix:
        return _prefixed_name_at(t, pos, start, i, prefix, plural)

    known = _known_at(t, pos, allow_bare=allow_bare)
    if known:
        entry, end = known
        if not entry.group:
            end = _extend_known(t, end)
        elif _more_group_nouns(t, end):
            # "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị …": one longer group.
            j = _next_token(t, end)
            end_i = _scan_name(t, j, group=True) if j is not None else len(t.tokens)
            end = max(end, t.tokens[end_i - 1][1])
        text = t.s[pos:end]
        head = "Sở" if entry.canonical.startswith("Sở ") else None
        return _Name(canonical_agency(text), entry.group or is_group(text), start, end, head)

    group_m = _GROUP_START_RE.match(t.low, pos)
    if group_m and not _RELATED_RE.match(t.low, pos):
        j = _next_token(t, group_m.end())
        end_i = _scan_name(t, j, group=True) if j is not None else len(t.tokens)
        end = t.tokens[end_i - 1][1] if end_i > 0 else group_m.end()
        end = max(end, group_m.end())
        text = t.s[pos:end]
        return _Name(canonical_agency(text), True, start, end, None)

    lower_head = _LOWER_HEAD_RE.match(t.low, pos)
    if lower_head:
        end_i = _scan_name(t, _next_token(t, lower_head.end()) or len(t.tokens), group=False)
        end = max(lower_head.end(), t.tokens[end_i - 1][1] if end_i else 0)
        text = t.s[pos:end]
        return _Name(canonical_agency(text), False, start, end, None)

    head = _HEAD_RE.match(t.f, pos)
    if head and t.s[pos].isupper():
        j = _next_token(t, head.end())
        if j is None or not t.is_word(j):
            return None
        single = " " not in t.f[pos:head.end()]
        nxt = t.word(j)
        if single and not nxt[0].isupper() and nxt.lower() not in _NAME_WORDS:
            return None  # "Ban hành", "Báo cáo", "Bộ phận": not agencies
        group = nxt.lower() == "các"
        end_i = _scan_name(t, j, group=group)
        if end_i <= j:
            return None
        end = t.tokens[end_i - 1][1]
        text = t.s[pos:end]
        word = t.s[pos:head.end()]
        head_word = word if fold_word(word) in ("so", "bo") else None
        return _Name(canonical_agency(text), is_group(text), start, end, head_word)
    return None


def _skip_parenthesis(t: _Text, pos: int) -> int:
    p = t.skip_space(pos)
    if p < len(t.s) and t.s[p] == "(":
        close = t.s.find(")", p)
        if close != -1:
            return close + 1
    return pos


# ";" separates only inside a clause that `clause_spans` kept whole ("Giao A; B; C …").
_SEPARATOR_RE = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+|\s*&\s*|\s+cùng\s+)")


def _agency_list(t: _Text, pos: int) -> _List | None:
    """A list of agencies starting at `pos`: "Sở Tài chính, Sở Xây dựng, UBND xã
    Tư Nghĩa và các cơ quan, đơn vị liên quan"."""
    names: list[_Name] = []
    related = False
    prefix: str | None = None
    start = t.skip_space(pos)
    p = start
    end = start
    while True:
        p = t.skip_space(p)
        title = _TITLE_RE.match(t.low, p)  # "Thủ trưởng các cơ quan, đơn vị liên quan"
        related_m = _RELATED_RE.match(t.low, title.end() if title else p)
        shared = None if related_m else _plural_prefix(t, p)
        if related_m:
            related = True
            p = end = related_m.end()
        elif shared:
            prefix, p = shared
            continue
        else:
            last_head = names[-1].head if names else None
            name = _name_at(t, p, prefix=prefix, plural=prefix is not None)
            if name is None and last_head and not prefix:
                name = _name_at(t, p, prefix=last_head)
            if name is None:
                break
            label = re.match(r"\s*:\s*", t.s[name.end:]) if name.group and not names else None
            listed = _agency_list(t, name.end + label.end()) if label else None
            if listed is not None and listed.names:
                # "Các đơn vị: Sở Y tế, Công an tỉnh …": the group word labels the list;
                # each agency listed does the work.
                for item in listed.names:
                    item.plural = True
                return _List(listed.names, related or listed.related, start, listed.end)
            names.append(name)
            p = end = name.end
        q = _skip_parenthesis(t, p)
        sep = _SEPARATOR_RE.match(t.low, q)
        if not sep:
            break
        after = sep.end()
        if not (_RELATED_RE.match(t.low, after) or _plural_prefix(t, after)
                or _name_at(t, after, prefix=prefix)
                or (names and names[-1].head and _name_at(t, after, prefix=names[-1].head))):
            break
        p = after
    if not names and not related:
        return None
    return _List(names, related, start, end)


def _prefix_applies(t: _Text, pos: int) -> bool:
    """"các Sở" is a prefix only when a capitalised short name follows."""
    pos = t.skip_space(pos)
    return pos < len(t.s) and t.s[pos].isupper()


# ---------------------------------------------------------------------------
# Clauses and roles.

def clause_spans(paragraph: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a paragraph: split after `;` and at sentence ends.

    A `;` that separates addressees ("Giao các sở, ngành tỉnh; UBND các huyện,
    thành phố; các Ban Quản lý dự án … báo cáo …") does not end the clause."""
    spans: list[tuple[int, int]] = []
    for span in _raw_clause_spans(paragraph):
        if spans and _list_goes_on(paragraph[spans[-1][0]:spans[-1][1]], paragraph[span[0]:]):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    return spans


def _list_goes_on(clause: str, rest: str) -> bool:
    """The clause ends with a trigger's addressees and a `;`, and an agency opens
    what follows: the list of addressees goes on."""
    if not clause.rstrip().endswith(";") or not _TRIGGER_RE.search(clause.lower()):
        return False
    t = _Text(clause)
    for m in reversed(list(_TRIGGER_RE.finditer(t.low))):
        previous = t.previous_word(m.start())
        base = re.sub(r"\s+", " ", m.group(1)).split(" cho")[0]
        if previous in _TRIGGER_NOT_AFTER.get(base, set()):
            continue
        lst = _agency_list(t, m.end())
        if lst is None or not lst.names or clause[lst.end:].strip() != ";":
            return False
        nxt = _Text(rest)
        following = _agency_list(nxt, 0)
        return following is not None and bool(following.names)
    return False


def _raw_clause_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(paragraph)
    i = 0
    depth = 0
    while i < n:
        c = paragraph[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        end_here = False
        if c == ";" and depth == 0:
            end_here = True
        elif c in ".!?…" and depth == 0:
            rest = paragraph[i + 1:]
            m = re.match(r"\s+[\"“(]?(\w)", rest)
            if m and m.group(1).isupper() and not _abbreviation_before(paragraph, i):
                end_here = True
        if end_here:
            spans.append((start, i + 1))
            j = i + 1
            while j < n and paragraph[j].isspace():
                j += 1
            start = j
            i = j
            continue
        i += 1
    if start < n and paragraph[start:].strip():
        spans.append((start, n))
    return spans


def _abbreviation_before(text: str, dot: int) -> bool:
    m = re.search(r"(\S+)$", text[:dot])
    return bool(m) and m.group(1).lower().strip("(") in _ABBREV_BEFORE_DOT


# "A, B theo chức năng, nhiệm vụ (được giao)", "… trong phạm vi thẩm quyền": each does
# its own part, so each leads.
_EACH_RE = re.compile(
    r"\s*,?\s*(?:theo|trong\s+phạm\s+vi|căn\s+cứ)\s+(?:(?:đúng|từng)\s+)?(?:chức\s+năng"
    r"|thẩm\s+quyền|lĩnh\s+vực|phạm\s+vi)")


def _lead_roles(names: list[_Name], t: _Text | None = None,
                end: int = 0) -> tuple[list[_Name], list[_Name]]:
    """Addressees without explicit roles: the first leads, the others coordinate.
    A plural addressee (a group, or a plural list "các Sở: A, B") makes every
    plural member lead: each agency of the kind does the work; so does "theo chức
    năng, nhiệm vụ" after the list."""
    if t is not None and len(names) > 1 and _EACH_RE.match(t.low, _skip_parenthesis(t, end)):
        return names, []
    if names[0].group or names[0].plural:
        leads = [n for n in names if n.group or n.plural]
        return leads, [n for n in names if not (n.group or n.plural)]
    return names[:1], names[1:]


def find_roles(clause: str, *, subjects: bool = True) -> Roles:
    """Roles named in one clause. `subjects=False` keeps only explicit triggers and
    role words (for preambles and introductions)."""
    body = _BULLET_RE.sub("", clause, count=1)
    offset = len(clause) - len(body)
    t = _Text(clause)
    lead_lists: list[tuple[int, list[_Name], list[_Name]]] = []
    coordinates: list[_Name] = []
    partners: list[tuple[int, _List]] = []  # subjects of "X phối hợp với Y <làm gì>"
    related = False

    for m in _TRIGGER_RE.finditer(t.low):
        word = re.sub(r"\s+", " ", m.group(1))
        base = word.split(" cho")[0]
        previous = t.previous_word(m.start())
        if previous in _TRIGGER_NOT_AFTER.get(base, set()):
            continue
        lst = _agency_list(t, m.end())
        if lst is None:
            continue
        if lst.names:
            leads, others = _lead_roles(lst.names, t, lst.end)
            lead_lists.append((m.start(), leads, others))
            related = related or lst.related
        else:
            # "Yêu cầu các cơ quan, đơn vị liên quan …": the related agencies lead.
            title = _TITLE_RE.match(t.low, lst.start)
            text = clean_name(t.s[title.end() if title else lst.start:lst.end])
            group = _Name(canonical_agency(text), True, lst.start, lst.end, None)
            lead_lists.append((m.start(), [group], []))

    for m in _COORD_RE.finditer(t.low):
        lst = _agency_list(t, m.end())
        if lst:
            coordinates.extend(lst.names)
            related = related or lst.related

    starts = _clause_starts(t, offset) if subjects else set()
    inside_until = 0  # no new name starts inside one already read ("Văn phòng *UBND* tỉnh")
    for i, (pos, _) in enumerate(t.tokens):
        word = t.word(i)
        if pos < inside_until:
            continue
        if not (word[0].isupper() or word.lower() in ("các", "chủ", "nhà", "lãnh", "thủ")):
            continue
        lst = _agency_list(t, pos)
        if lst is None or not lst.names:
            continue
        inside_until = lst.end
        after = _skip_parenthesis(t, lst.end)  # "Sở Tài chính (cơ quan thường trực) chủ trì"
        coord_m = _COORD_AFTER_RE.match(t.low, after)
        if coord_m:
            if subjects and pos in starts and not _is_issuer(t, lst) \
                    and _has_partner(t, coord_m.end()) and "trách" not in coord_m.group():
                # "Sở Nội vụ phối hợp với Sở Y tế rà soát …": the subject works with a
                # partner; it leads unless the clause names a lead of its own.
                partners.append((pos, lst))
            else:
                coordinates.extend(lst.names)
            related = related or lst.related
            continue
        lead_m = _LEAD_AFTER_RE.match(t.low, after)
        if lead_m and not _MEETING_RE.match(t.low, lead_m.end()) \
                and (subjects or not _is_issuer(t, lst)):
            leads, others = _lead_roles(lst.names, t, lst.end)
            lead_lists.append((pos, leads, others))
            related = related or lst.related
            continue
        if pos in starts and _acts(t, after) and not _is_issuer(t, lst):
            leads, others = _lead_roles(lst.names, t, lst.end)
            lead_lists.append((pos, leads, others))
            related = related or lst.related

    for pos, lst in partners:
        if lead_lists:
            coordinates.extend(lst.names)
        else:
            leads, others = _lead_roles(lst.names, t, lst.end)
            lead_lists.append((pos, leads, others))

    roles = Roles(with_related=related)
    lead_lists.sort(key=lambda item: item[0])
    for n, (_, leads, others) in enumerate(lead_lists):
        for name in leads:
            roles.put(name.name, Role.LEAD if n == 0 else Role.COORDINATE, name.group)
        for name in others:
            roles.put(name.name, Role.COORDINATE, name.group)
    for name in coordinates:
        roles.put(name.name, Role.COORDINATE, name.group)
    return roles


def _has_partner(t: _Text, pos: int) -> bool:
    """"phối hợp với Sở Y tế", "phối hợp Sở Tài chính": a partner follows."""
    if _PARTNER_RE.match(t.low, pos):
        return True
    lst = _agency_list(t, pos)
    return lst is not None and bool(lst.names)


def _clause_starts(t: _Text, offset: int) -> set[int]:
    """Where a subject may stand: the clause start (after any bullet) and after a
    short opening phrase ("Trên cơ sở đó, ", "Đồng thời, ")."""
    first = t.skip_space(offset)
    starts = {first}
    m = re.match(r"([^,;:()]{1,40}?),\s*", t.s[first:])
    if m and len(m.group(1).split()) <= 6 and _name_at(t, first) is None:
        starts.add(first + m.end())
    return starts


def _acts(t: _Text, pos: int) -> bool:
    """What follows a clause-opening agency makes it the one who acts."""
    rest = t.low[pos:]
    if re.match(r"\s*:", rest):
        return True
    m = re.match(r"\s*,?\s*", rest)
    p = pos + (m.end() if m else 0)
    if _NOT_ACTION_RE.match(t.low, p):
        return False
    i = t.token_index(p)
    return i is not None and _is_terminator(t, i)


def _is_issuer(t: _Text, lst: _List) -> bool:
    first = lst.names[0]
    raw = t.s[first.start:first.end]
    title = _TITLE_RE.match(t.low, first.start)
    if title:
        raw = t.s[title.end():first.end]
    raw_key = agency_key(raw)
    return raw_key in _ISSUER_KEYS or any(raw_key.startswith(k + " ") and "tinh" not in k
                                          for k in _ISSUER_KEYS)


def split_agencies(text: str) -> list[tuple[str, bool]]:
    """The agencies a list names, each with its group flag: "Các Bộ: Tài chính, Y tế"
    is Bộ Tài chính and Bộ Y tế, "UBND các xã: A, B" is UBND xã A and UBND xã B.
    A text the list parser does not read to its end is one name, as written."""
    t = _Text(text)
    lst = _agency_list(t, 0)
    if lst is not None and lst.names and not text[lst.end:].strip(_LIST_TAIL):
        return [(n.name, n.group) for n in lst.names]
    name = canonical_agency(text)
    return [(name, is_group(name))] if name else []


_LIST_TAIL = " \t\n.,;:"


def cell_roles(leads: str, coordinates: str) -> Roles:
    """Roles of a table row from its "Cơ quan chủ trì" and "Cơ quan phối hợp" cells:
    every agency of the first leads ("Sở Y tế; Sở Giáo dục và Đào tạo"), every one of
    the second coordinates; "các cơ quan liên quan" there is the related marker."""
    roles = Roles()
    for text, role in ((leads, Role.LEAD), (coordinates, Role.COORDINATE)):
        for part in re.split(r"[;\n]", text):
            part = part.strip(_LIST_TAIL + "-+•")
            if not part:
                continue
            t = _Text(part)
            lst = _agency_list(t, 0)
            if lst is not None and not part[lst.end:].strip(_LIST_TAIL):
                roles.with_related = roles.with_related or lst.related
                names = [(n.name, n.group) for n in lst.names]
            else:
                names = split_agencies(part)
            for name, group in names:
                roles.put(name, role, group)
    return roles


def has_assignment(text: str) -> bool:
    """True when the text names a lead by a trigger or a role word (not as a subject)."""
    return any(find_roles(text[a:b], subjects=False).leads for a, b in clause_spans(text))


def preamble_roles(paragraphs: list[str]) -> Roles | None:
    """The addressee of a section's preamble ("yêu cầu Sở Khoa học và Công nghệ tập
    trung thực hiện một số nhiệm vụ trọng tâm sau:"): the last clause naming a lead."""
    found = _preamble_roles(tuple(paragraphs))
    return found.copy() if found is not None else None


@lru_cache(maxsize=64)
def _preamble_roles(paragraphs: tuple[str, ...]) -> Roles | None:
    # Every item of a section asks for the same preamble: read it once.
    found: Roles | None = None
    for paragraph in paragraphs:
        label = _label_roles(paragraph)
        if label is not None:
            found = label
            continue
        for a, b in clause_spans(paragraph):
            roles = find_roles(paragraph[a:b], subjects=False)
            if roles.leads:
                found = roles
    return found


def _label_roles(paragraph: str) -> Roles | None:
    """A preamble that is only an addressee and a colon ("Sở Y tế:", "- UBND các xã,
    phường:"): that addressee leads what follows."""
    text = _BULLET_RE.sub("", paragraph.strip(), count=1)
    if not text.endswith(":"):
        return None
    t = _Text(text)
    lst = _agency_list(t, 0)
    if lst is None or not lst.names or text[lst.end:].strip() != ":" or _is_issuer(t, lst):
        return None
    leads, others = _lead_roles(lst.names)
    roles = Roles(with_related=lst.related)
    for name in leads:
        roles.put(name.name, Role.LEAD, name.group)
    for name in others:
        roles.put(name.name, Role.COORDINATE, name.group)
    return roles


def _is_work(clause: str) -> bool:
    folded = fold_word(_BULLET_RE.sub("", clause, count=1).strip()).lower()
    return not any(folded.startswith(p) for p in _NOT_WORK)


@dataclass
class _Draft:
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (paragraph, start, end)
    roles: Roles = field(default_factory=Roles)
    explicit: bool = False  # a clause of it names its lead
    work: bool = False  # a clause without a lead describes work (not a decision or a note)


def split_units(paragraphs: list[str], default: Roles | None = None) -> list[Unit]:
    """Cut an item's paragraphs into units of work, one per lead (see module doc).

    A clause naming a lead joins the current unit when that unit has no lead yet
    ("Thống nhất chủ trương …. Giao Sở X chủ trì …" is one unit), unless the unit
    already holds work that the default lead does. Units without a lead of their
    own get the default roles (a preamble's addressee)."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    default_key = default.lead_key if default is not None else None
    for index, paragraph in enumerate(paragraphs):
        for a, b in clause_spans(paragraph):
            clause = paragraph[a:b]
            roles = find_roles(clause)
            if current is None:
                current = _Draft()
                drafts.append(current)
            if roles.leads:
                if current.explicit:
                    split = roles.lead_key != current.roles.lead_key
                else:
                    split = current.work and default_key is not None \
                        and roles.lead_key != default_key
                if split:
                    current = _Draft()
                    drafts.append(current)
                current.explicit = True
            elif _is_work(clause):
                current.work = True
            current.roles.add(roles)
            current.spans.append((index, a, b))

    units: list[Unit] = []
    for draft in drafts:
        roles = draft.roles
        if not draft.explicit and default is not None:
            roles = default.copy()
            roles.add(draft.roles)
        units.append(Unit(_unit_text(paragraphs, draft.spans), roles, draft.explicit))
    return units


def _unit_text(paragraphs: list[str], spans: list[tuple[int, int, int]]) -> str:
    by_paragraph: dict[int, tuple[int, int]] = {}
    for index, a, b in spans:
        lo, hi = by_paragraph.get(index, (a, b))
        by_paragraph[index] = (min(lo, a), max(hi, b))
    return "\n".join(paragraphs[i][a:b].strip() for i, (a, b) in sorted(by_paragraph.items()))
