"""The agency-name scanner: where an agency name starts and ends in a clause.

An agency name ends at punctuation, at a lower-case verb or function word
(`tiếp tục`, `khẩn trương`, `rà soát`, `theo`, `để` …), since Vietnamese names
capitalise the first syllable of each of their words. Known names and aliases
(`Sở KH&CN`, bare short names in lists) come from the catalogue in `agencies`;
other names are read from a head word (`Sở`, `Bộ`, `Ban` …) to their last
capitalised word. Lists share heads: "các Sở: Tài chính, Xây dựng" is Sở Tài
chính and Sở Xây dựng, "UBND các xã A, B" is UBND xã A and UBND xã B.
`các cơ quan (, đơn vị) liên quan` and the like are a marker (`related`), not
an agency. A person's title before an agency is dropped.

The roles these names play are read in `roles`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from tui_tracker.agencies import (
    AGENCY_HEADS,
    AliasEntry,
    alias_entries,
    canonical_agency,
    is_group,
)

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
như, nhưng, hoặc, hay, đều, riêng, chỉ, mọi, những, một, các cơ quan liên quan,
gồm, bao gồm, định hướng, di dời, điều tiết, giúp
"""
# A single-syllable terminator that is the second syllable of a common word is
# not a terminator there ("công trình", "thành lập", "thư ký").
_NOT_AFTER: dict[str, set[str]] = {
    "trình": {"công", "chương", "quy", "lộ", "tờ", "tiến", "quá", "giáo", "lập"},
    "lập": {"thành", "độc", "thiết", "xác", "công"},  # "công lập": public (schools)
    "ký": {"thư", "đăng"},
    "thường xuyên": {"dục"},  # "giáo dục thường xuyên": continuing education
    "cấp": {"các", "liên", "cung"},
    "giao": {"ngoại"},  # "Bộ Ngoại giao": diplomacy, not the verb "giao"
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
# Group nouns after "các": "các chủ đầu tư", "các cơ quan chuyên môn thuộc UBND tỉnh".
_GROUP_NOUNS = """
sở, bộ, ban, ngành, cơ quan, đơn vị, địa phương, tỉnh, thành phố, huyện, xã, phường,
đặc khu, hội, đoàn thể, tổ chức, doanh nghiệp, chủ đầu tư, nhà đầu tư, nhà thầu,
trường, viện, bệnh viện, cấp ủy, cấp uỷ, đảng ủy, đảng uỷ, đảng bộ, chi bộ, tập đoàn,
thôn, tổ dân phố, làng, khu phố, trạm y tế, trường học, cơ sở giáo dục, thị trấn,
tổng công ty, công ty, ngân hàng, thành viên, phòng, trung tâm, cơ sở, ban quản lý,
hợp tác xã, lực lượng, tổ công tác, đoàn kiểm tra, ủy ban, uỷ ban, quỹ, chi nhánh,
Bộ, Sở, cấp
"""
# Single-syllable head words need a capitalised (or place) word after them:
# "Ban Chỉ đạo" is an agency, "Ban hành" and "Báo cáo" are not.
_NAME_WORDS = {"tỉnh", "xã", "phường", "huyện", "quận", "thị", "thành", "đặc", "các",
               "cấp", "cán", "quản", "công", "nhân",
               # "Ban điều hành khu phố", "Ban chỉ huy", "Ban giám hiệu", "Ban đại diện"
               "điều", "chỉ", "giám", "đại"}
_LOWER_HEADS = ("chủ đầu tư", "nhà đầu tư", "nhà thầu")


def phrases(text: str) -> list[str]:
    return sorted({p.strip() for p in text.replace("\n", " ").split(",") if p.strip()},
                  key=lambda p: -len(p))


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in words)


_TERMINATOR_LIST = phrases(_TERMINATORS)
_TERMINATOR_RE = re.compile(rf"(?:{alternation(_TERMINATOR_LIST)})(?!\w)")
# "các chi, đảng bộ cơ sở": the Party's way of writing "các chi bộ, đảng bộ".
_GROUP_NOUN_ALT = alternation(p.lower() for p in phrases(_GROUP_NOUNS)) \
    + r"|chi(?=\s*,\s*đảng bộ)"
_GROUP_START_RE = re.compile(rf"các\s+(?:{_GROUP_NOUN_ALT})(?!\w)")
_GROUP_NOUN_RE = re.compile(rf"(?:các\s+)?(?:{_GROUP_NOUN_ALT})(?!\w)")
_HEAD_RE = re.compile(rf"(?:{alternation(sorted(AGENCY_HEADS, key=len, reverse=True))})(?!\w)")
_LOWER_HEAD_RE = re.compile(rf"(?:{alternation(_LOWER_HEADS)})(?!\w)")

# "các cơ quan liên quan", "các cơ quan, đơn vị có liên quan", "các sở, ngành,
# địa phương liên quan": related agencies, a marker rather than an agency.
_RELATED_NOUN = (r"(?:cơ quan|đơn vị|địa phương|ngành|sở|ban|bộ|tổ chức|cá nhân|doanh nghiệp"
                 r"|hội|đoàn thể|xã|phường|lực lượng|chủ đầu tư)(?:\s+(?:chuyên môn|chức năng))?")
RELATED_RE = re.compile(
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
# A person's title before the agency ("Giám đốc Sở …", "Chủ tịch UBND các xã",
# "Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Trưởng Công an xã").
TITLE_RE = re.compile(
    r"(?:đồng\s+chí\s+)?(?:(?:phó\s+)?(?:tổng\s+)?giám đốc|thủ trưởng|(?:phó\s+)?chủ tịch|(?:phó\s+)?bí thư"
    r"|cục trưởng|bộ trưởng|trưởng phòng|chủ nhiệm|lãnh đạo|thường trực|người đứng đầu"
    r"|(?:phó\s+)?chỉ huy trưởng|chánh(?=\s+(?:văn phòng|thanh tra))"
    r"|(?:phó\s+)?trưởng(?=\s+(?:ban|phòng|công an|trạm)))\s+")
# Committees of a list of local governments, in any order, with or without "các":
# "UBND các phường, xã, đặc khu", "Ủy ban nhân dân các xã, phường", "UBND huyện, thị
# xã, thành phố" (each of them: a group).
_LOCAL_UNIT = r"(?:tổ dân phố|đặc khu|thị trấn|thị xã|thành phố|xã|phường|huyện|quận|tỉnh)"
_LOCAL_GROUP_RE = re.compile(
    rf"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?P<cac>các\s+)?(?:cấp\s+)?{_LOCAL_UNIT}"
    rf"(?P<more>(?:\s*(?:,|và)\s*{_LOCAL_UNIT})*)"
    r"(?:\s+(?:trên địa bàn tỉnh|trực thuộc trung ương|thuộc tỉnh|trong tỉnh))?(?!\w)")
# Officials of a commune named by their post: "công chức Văn hóa - Xã hội xã",
# "cán bộ Địa chính - Xây dựng": the post is the assignee.
_OFFICIAL_RE = re.compile(r"(?:công chức|cán bộ)\s+(?=[A-ZĐ])")

_TOKEN_RE = re.compile(r"\w+(?:&\w+)*|[^\w\s]")
_MAX_NAME_WORDS = 20


# ---------------------------------------------------------------------------
# Aligned views of one clause: original, lower case, folded; same length.

def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", c)[:1] or c
    low = base.lower()
    return low if len(low) == 1 else c


class _CharTable(dict[int, str]):
    """A `str.translate` table filled on first use of each character: a text is
    translated at C speed instead of one Python call per character."""

    def __init__(self, per_char: Callable[[str], str]) -> None:
        super().__init__()
        self._per_char = per_char

    def __missing__(self, code: int) -> str:
        value = self[code] = self._per_char(chr(code))
        return value


def _lower_char(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c  # "İ" would grow: keep the views aligned


_LOWER_TABLE = _CharTable(_lower_char)
_FOLD_TABLE = _CharTable(_fold_char)


class ClauseText:
    """Aligned views of one clause (see `clause_text` for a shared, cached one)."""

    def __init__(self, s: str) -> None:
        self.s = s
        low = s.lower()
        # str.lower is many times faster than the table; it keeps the views aligned
        # unless a character grew ("İ"), which the length shows.
        self.low = low if len(low) == len(s) else s.translate(_LOWER_TABLE)
        self.f = s.translate(_FOLD_TABLE)
        self.tokens = [m.span() for m in _TOKEN_RE.finditer(s)]
        self.starts = [start for start, _ in self.tokens]
        self._token_at = {start: i for i, start in enumerate(self.starts)}
        # agency_list results by position: the triggers, the coordination words and
        # the subject scan read the same lists of the same clause.
        self.lists: dict[int, NameList | None] = {}

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


def clause_text(s: str) -> ClauseText:
    """The views of a clause, built once: a clause is read by the title test, the
    clause splitter and the role rules in turn. ClauseText is never changed. Long
    texts are not kept (the cache must not hold megabytes)."""
    return _cached_clause_text(s) if len(s) <= 4000 else ClauseText(s)


@lru_cache(maxsize=512)
def _cached_clause_text(s: str) -> ClauseText:
    return ClauseText(s)


@dataclass
class NameSpan:
    name: str  # canonical display name
    group: bool
    start: int
    end: int
    head: str | None  # "Sở" / "Bộ": a bare name after it in a list takes this head
    plural: bool = False  # one of a plural list: "các Sở: Tài chính, …", "UBND các xã A, B"

    def copy(self) -> NameSpan:
        return NameSpan(self.name, self.group, self.start, self.end, self.head, self.plural)


@dataclass
class NameList:
    names: list[NameSpan]
    related: bool
    start: int
    end: int
    semicolons: bool = False  # "Sở A; Sở B; Sở C": addressees side by side, each does it


# ---------------------------------------------------------------------------
# Agency names.

_Entries = list[tuple[re.Pattern[str], AliasEntry]]


@cache
def _entries_by_first_words() -> dict[str, dict[str | None, _Entries]]:
    """Alias patterns by their first word, then by their second (None: the
    one-word aliases). A long list of "Sở …" names tries only the aliases that
    share the next word too, in the table's order."""
    flat: dict[str, list[tuple[str | None, re.Pattern[str], AliasEntry]]] = {}
    for entry in alias_entries():
        folded = "".join(_fold_char(c) for c in entry.alias)
        words = re.findall(r"\w+|&", folded)
        if not words:
            continue
        pattern = r"[\s,\-–]*".join(re.escape(w) for w in words) + r"(?!\w)"
        second = words[1] if len(words) > 1 else None
        flat.setdefault(words[0], []).append((second, re.compile(pattern), entry))
    table: dict[str, dict[str | None, _Entries]] = {}
    for first, rows in flat.items():
        seconds = {second for second, _, _ in rows}
        table[first] = {key: [(pattern, entry) for second, pattern, entry in rows
                              if second is None or second == key] for key in seconds | {None}}
    return table


_SECOND_WORD = re.compile(r"[\s,\-–]*(\w+|&)")
# Patterns matched at a position of the clause (never on a copy of its rest: a
# clause of thousands of names stays linear).
_RELATED_WORDS_RE = re.compile(r"(?:có\s+)?liên\s+quan")
_GROUP_JOIN_RE = re.compile(r"\s*(?:,|\s+và)\s+")
# "Các đơn vị: …", "các sở chuyên ngành gồm: …": a group word labelling the list after it.
_LABEL_COLON_RE = re.compile(r"\s*(?:,?\s*(?:bao\s+)?gồm\s*)?:\s*")


def is_terminator(t: ClauseText, i: int) -> bool:
    """Token i starts a lower-case verb or function word that ends a name."""
    if i >= len(t.tokens) or not t.is_word(i) or not t.word(i)[0].islower():
        return False
    start = t.tokens[i][0]
    m = _TERMINATOR_RE.match(t.low, start)
    if not m:
        return False
    word = " ".join(t.low[start:m.end()].split())
    if i > 0 and word in _NOT_AFTER:
        prev = t.low[t.tokens[i - 1][0]:t.tokens[i - 1][1]]
        if prev in _NOT_AFTER[word]:
            return False
    if word in _NOT_BEFORE:
        nxt = _next_token(t, m.end())
        if nxt is not None and t.low[t.tokens[nxt][0]:t.tokens[nxt][1]] in _NOT_BEFORE[word]:
            return False
    return True


def _is_head(t: ClauseText, i: int) -> bool:
    return (i < len(t.tokens) and t.capitalised(i)
            and bool(_HEAD_RE.match(t.f, t.tokens[i][0])))


def _known_at(t: ClauseText, pos: int, *, allow_bare: bool) -> tuple[AliasEntry, int] | None:
    i = t.token_index(pos)
    if i is None:
        return None
    first = t.f[t.tokens[i][0]:t.tokens[i][1]].split("&")[0]
    by_second = _entries_by_first_words().get(first)
    if by_second is None:
        return None
    second = _SECOND_WORD.match(t.f, pos + len(first))
    entries = by_second.get(second.group(1) if second else None) or by_second[None]
    for pattern, entry in entries:
        m = pattern.match(t.f, pos)
        if not m:
            continue
        if entry.bare and not allow_bare:
            continue
        if entry.alias[0].isupper() and not t.s[pos].isupper():
            continue  # "thanh tra tỉnh" in lower case is the verb, not Thanh tra tỉnh
        return entry, m.end()
    return None


_LOCAL_LEVELS = ("xã", "phường", "huyện", "quận", "thị trấn", "đặc khu")


def _extend_known(t: ClauseText, end: int) -> int:
    """After a known name, keep a province or place name: "Công an tỉnh Quảng Ngãi"."""
    i = _next_token(t, end)
    last = end
    while i is not None and i < len(t.tokens) and t.is_word(i):
        word = t.word(i)
        # A head word inside a place name ("thôn An Hội", "xã Tân Bộ"): after a capital,
        # and with no capitalised word after it (which would start a new agency).
        in_place = last != end and not t.capitalised(i + 1)
        if word[0].isupper() and (in_place or not _is_head(t, i)) and fold_word(word) != "cac":
            last = t.tokens[i][1]
        elif word in ("tỉnh", "cũ", "mới"):
            last = t.tokens[i][1]
        elif word in _LOCAL_LEVELS and last == end:
            # "Trung tâm Phục vụ hành chính công phường": the ward's own centre, not the
            # province's one the bare name means.
            last = t.tokens[i][1]
        else:
            break
        i += 1
    return last


def fold_word(word: str) -> str:
    return word.translate(_FOLD_TABLE)


def _next_token(t: ClauseText, pos: int) -> int | None:
    return t.next_token(pos)


def _scan_name(t: ClauseText, i: int, *, group: bool) -> int:
    """Extend a name from token i (the word after its head) to its last token.
    Returns the index one past the last token of the name."""
    count = 0
    capitals = 0  # capitalised words just before this one
    while i < len(t.tokens) and count < _MAX_NAME_WORDS:
        word = t.word(i)
        low = word.lower()
        if word[0].isalpha() and not word[0].isupper() and capitals >= 2 and not group \
                and low not in _AFTER_PLACE:
            # A place or person name ("Lao Bảo", "Điện lực Quảng Trị", "TNHH Minh Phát")
            # closes the name: the lower-case word after it is the sentence's verb.
            return i
        # Acronyms ("TNHH", "MTV") are no place name: "Công ty TNHH Khoáng sản …".
        capitals = capitals + 1 if word[0].isupper() and not word.isupper() else 0
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
            if word == "," and count and _more_local_units(t, i):
                # "Trạm Y tế các xã, phường": the stations of both; the list of kinds
                # ends the name ("… các xã, phường nơi đóng trụ sở").
                i = _after_local_units(t, i)
                if i < len(t.tokens) and t.word(i) == "," and _more_local_units(t, i):
                    continue
                return i
            if word == "," and not group and count and _name_goes_on_after_comma(t, nxt):
                i += 1  # "Phòng Kinh tế, Hạ tầng và Đô thị": one office's name
                continue
            if word == "," and group and nxt < len(t.tokens) \
                    and _GROUP_NOUN_RE.match(t.low, t.tokens[nxt][0]) \
                    and not RELATED_RE.match(t.low, t.tokens[nxt][0]):
                i += 1
                continue
            return i
        if low == "và":
            nxt = i + 1
            if t.capitalised(nxt) and not _is_head(t, nxt) and t.word(nxt).lower() != "các":
                i += 1
                continue
            if _AND_PREVENTION.match(t.low, t.tokens[nxt][0] if nxt < len(t.tokens) else 0):
                i += 1  # "Cục Quản lý đê điều và Phòng, chống thiên tai": one name
                continue
            if _COUNCIL_AND_COMMITTEE.match(t.f, t.tokens[i - 1][0] if i else 0):
                i += 1  # "Văn phòng HĐND và UBND huyện": one office of both
                continue
            if group and nxt < len(t.tokens) and t.word(nxt).islower() \
                    and _GROUP_NOUN_RE.match(t.low, t.tokens[nxt][0]) \
                    and not RELATED_RE.match(t.low, t.tokens[nxt][0]):
                i += 1
                continue
            if not group and count and _continues_after_and(t, nxt):
                i += 1  # "… các công trình dân dụng và công nghiệp tỉnh"
                continue
            return i
        if is_terminator(t, i) or RELATED_RE.match(t.low, t.tokens[i][0]) and count:
            return i
        if low in ("liên", "có") and RELATED_RE.match(t.low, t.tokens[i][0]) is None \
                and _RELATED_WORDS_RE.match(t.low, t.tokens[i][0]):
            return i
        i += 1
        count += 1
    return i


# Words that go on after a place name inside an agency's name: "Ủy ban MTTQ Việt Nam
# tỉnh", "Ngân hàng Nhà nước Việt Nam chi nhánh …", "… Hồ Chí Minh cũ".
_AFTER_PLACE = frozenset(("tỉnh", "xã", "huyện", "phường", "quận", "thị", "thành", "khu",
                          "miền", "chi", "cũ", "mới", "và", "cấp", "trực", "thuộc", "đặc",
                          "thị xã", "vùng", "trung", "tại"))
# "… và Phòng, chống thiên tai": a field of the name, not a second agency (Phòng).
_AND_PREVENTION = re.compile(r"phòng\s*,?\s*chống(?!\w)")
# The last word of "HĐND" / "Hội đồng nhân dân" before "và UBND" / "và Ủy ban nhân dân".
_COUNCIL_AND_COMMITTEE = re.compile(r"(?:hdnd|dan)\s+va\s+(?:ubnd|uy ban)(?!\w)")


# "các xã, phường", "các huyện, thị xã, thành phố": a list of kinds of local unit
# after "các" inside one name ("Trạm Y tế các xã, phường", "Công an các xã, thị trấn").
_CAC_LOCAL_RE = re.compile(rf"các\s+{_LOCAL_UNIT}(?:\s*,\s*{_LOCAL_UNIT})*$")
_LOCAL_UNIT_AT_RE = re.compile(rf"\s*{_LOCAL_UNIT}(?!\w)")


def _more_local_units(t: ClauseText, comma: int) -> bool:
    """The comma at token `comma` goes on listing kinds of local unit after "các": what
    stands before it ends with "các xã" (or "các xã, phường") and a kind follows."""
    at = t.tokens[comma][0]
    if _CAC_LOCAL_RE.search(t.low, max(0, at - 60), at) is None:
        return False
    return _LOCAL_UNIT_AT_RE.match(t.low, at + 1) is not None


def _after_local_units(t: ClauseText, comma: int) -> int:
    """The token after the kind of local unit that follows the comma at `comma`."""
    found = _LOCAL_UNIT_AT_RE.match(t.low, t.tokens[comma][0] + 1)
    assert found is not None  # _more_local_units said so
    i = comma + 1
    while i < len(t.tokens) and t.tokens[i][0] < found.end():
        i += 1
    return i


def _name_goes_on_after_comma(t: ClauseText, i: int) -> bool:
    """After a comma inside a name: capitalised words that are no agency of their own
    (no head word, no known name: "Hạ tầng và Đô thị") and end with "và" + a capital,
    as office names list their fields ("Phòng Văn hóa, Khoa học và Thông tin")."""
    if not t.capitalised(i) or _is_head(t, i) or t.word(i).lower() == "các":
        return False
    if _known_at(t, t.tokens[i][0], allow_bare=True) is not None:
        return False  # "Sở Tài chính, Xây dựng": two agencies
    j = i
    while j < len(t.tokens) and j - i < 8:
        word = t.word(j)
        if word.lower() == "và":
            return t.capitalised(j + 1) and not _is_head(t, j + 1)
        if not word[0].isalpha() or is_terminator(t, j):
            return False
        j += 1
    return False


def _prefixed_name_at(t: ClauseText, pos: int, start: int, i: int, prefix: str,
                      plural: bool) -> NameSpan | None:
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
        return NameSpan(canonical_agency(full), False, start, end, prefix, plural)
    if _is_head(t, i) and not local:
        end_i = _scan_name(t, i + 1, group=False)
        end = t.tokens[end_i - 1][1]
        head = _HEAD_RE.match(t.f, pos)
        if head is None or end > head.end():
            text = t.s[pos:end]
            return NameSpan(canonical_agency(text), is_group(text), start, end, prefix, plural)
        # Only a head word ("Công an" after "các Bộ:"): the shared head applies.
    end_i = _scan_name(t, i, group=False)
    if end_i == i:
        return None
    end = t.tokens[end_i - 1][1]
    return NameSpan(canonical_agency(f"{prefix} {t.s[pos:end]}"), False, start, end, prefix, plural)


def _plural_prefix(t: ClauseText, pos: int) -> tuple[str, int] | None:
    """The shared head of a plural list at `pos` and where its short names start."""
    title = TITLE_RE.match(t.low, pos)
    m = _PLURAL_PREFIX_RE.match(t.low, title.end() if title else pos)
    if not m or not _prefix_applies(t, m.end()):
        return None
    if m.group("head"):
        return ("Sở" if m.group("head") == "sở" else "Bộ"), m.end()
    return f"UBND {m.group('local')}", m.end()


def _more_group_nouns(t: ClauseText, end: int) -> bool:
    m = _GROUP_JOIN_RE.match(t.low, end)
    if not m:
        return False
    pos = m.end()
    return bool(_GROUP_NOUN_RE.match(t.low, pos)) and not RELATED_RE.match(t.low, pos) \
        and not _GROUP_START_RE.match(t.low, pos) and t.s[pos].islower()


def _continues_after_and(t: ClauseText, i: int) -> bool:
    """A lower-case word after "và" inside a name: not a verb, a group, a marker or a
    name of its own ("Sở Y tế và các …", "Sở X và chủ đầu tư" end the name)."""
    if i >= len(t.tokens) or not t.is_word(i) or not t.word(i).islower():
        return False
    pos = t.tokens[i][0]
    return not (is_terminator(t, i) or t.word(i) == "các"
                or _GROUP_NOUN_RE.match(t.low, pos) or _LOWER_HEAD_RE.match(t.low, pos)
                or RELATED_RE.match(t.low, pos) or TITLE_RE.match(t.low, pos))


def name_at(t: ClauseText, pos: int, *, prefix: str | None = None,
             allow_bare: bool = False, plural: bool = False) -> NameSpan | None:
    """The agency name starting at `pos`, if one starts there."""
    pos = t.skip_space(pos)
    start = pos
    title = TITLE_RE.match(t.low, pos)
    if title:
        pos = title.end()
    i = t.token_index(pos)
    if i is None or not t.is_word(i):
        return None

    if prefix:
        return _prefixed_name_at(t, pos, start, i, prefix, plural)

    local_group = _LOCAL_GROUP_RE.match(t.low, pos)
    if local_group and t.s[pos].isupper() \
            and (local_group.group("cac") or local_group.group("more")):
        end = local_group.end()
        if not _capital_after(t, end):  # "UBND các xã Bình Sơn, …": a list of its own
            text = t.s[pos:end]
            return NameSpan(canonical_agency(text), True, start, end, None)

    official = _OFFICIAL_RE.match(t.s, pos)
    if official:
        end_i = _scan_name(t, _next_token(t, official.end()) or len(t.tokens), group=False)
        end = t.tokens[end_i - 1][1] if end_i else official.end()
        if end > official.end():
            return NameSpan(canonical_agency(t.s[pos:end]), False, start, end, None)

    known = _known_at(t, pos, allow_bare=allow_bare)
    if known and known[0].group and _capital_after(t, known[1]) \
            and not t.s[pos:known[1]].lower().startswith("các"):
        # "Trưởng thôn An Hội": one village's head, not the group of all of them.
        end = _extend_known(t, known[1])
        return NameSpan(canonical_agency(t.s[pos:end]), False, start, end, None)
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
        return NameSpan(canonical_agency(text), entry.group or is_group(text), start, end, head)

    group_m = _GROUP_START_RE.match(t.low, pos)
    if group_m and not RELATED_RE.match(t.low, pos):
        j = _next_token(t, group_m.end())
        end_i = _scan_name(t, j, group=True) if j is not None else len(t.tokens)
        end = t.tokens[end_i - 1][1] if end_i > 0 else group_m.end()
        end = max(end, group_m.end())
        text = t.s[pos:end]
        return NameSpan(canonical_agency(text), True, start, end, None)

    lower_head = _LOWER_HEAD_RE.match(t.low, pos)
    if lower_head:
        end_i = _scan_name(t, _next_token(t, lower_head.end()) or len(t.tokens), group=False)
        end = max(lower_head.end(), t.tokens[end_i - 1][1] if end_i else 0)
        text = t.s[pos:end]
        return NameSpan(canonical_agency(text), False, start, end, None)

    head_m = _HEAD_RE.match(t.f, pos)
    if head_m and t.s[pos].isupper():
        j = _next_token(t, head_m.end())
        if j is None or not t.is_word(j):
            return None
        single = " " not in t.f[pos:head_m.end()]
        nxt = t.word(j)
        if single and not nxt[0].isupper() and nxt.lower() not in _NAME_WORDS:
            return None  # "Ban hành", "Báo cáo", "Bộ phận": not agencies
        group = nxt.lower() == "các"
        end_i = _scan_name(t, j, group=group)
        if end_i <= j:
            return None
        end = t.tokens[end_i - 1][1]
        text = t.s[pos:end]
        word = t.s[pos:head_m.end()]
        head_word = word if fold_word(word) in ("so", "bo") else None
        return NameSpan(canonical_agency(text), is_group(text), start, end, head_word)
    return None


def _capital_after(t: ClauseText, end: int) -> bool:
    """A capitalised word right after `end` (a name continues the list)."""
    i = _next_token(t, end)
    return i is not None and t.tokens[i][0] == t.skip_space(end) and end < len(t.s) \
        and t.s[end].isspace() and t.capitalised(i)


def skip_parenthesis(t: ClauseText, pos: int) -> int:
    p = t.skip_space(pos)
    if p < len(t.s) and t.s[p] == "(":
        close = t.s.find(")", p)
        if close != -1:
            return close + 1
    return pos


# ";" separates only inside a clause that `clause_spans` kept whole ("Giao A; B; C …").
_SEPARATOR_RE = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+|\s*&\s*|\s+cùng\s+)")


def agency_list(t: ClauseText, pos: int) -> NameList | None:
    """A list of agencies starting at `pos`: "Sở Tài chính, Sở Xây dựng, UBND xã
    Tư Nghĩa và các cơ quan, đơn vị liên quan". Read once per position of a
    clause; each caller gets its own copy (callers may mark names plural)."""
    if pos not in t.lists:
        t.lists[pos] = _read_agency_list(t, pos)
    found = t.lists[pos]
    if found is None:
        return None
    return NameList([n.copy() for n in found.names], found.related, found.start, found.end,
                    found.semicolons)


def _read_agency_list(t: ClauseText, pos: int) -> NameList | None:
    names: list[NameSpan] = []
    related = False
    prefix: str | None = None
    semicolons = False
    start = t.skip_space(pos)
    p = start
    end = start
    ahead: tuple[int, NameSpan | None] | None = None
    while True:
        p = t.skip_space(p)
        title = TITLE_RE.match(t.low, p)  # "Thủ trưởng các cơ quan, đơn vị liên quan"
        related_m = RELATED_RE.match(t.low, title.end() if title else p)
        shared = None if related_m else _plural_prefix(t, p)
        if related_m:
            related = True
            p = end = related_m.end()
        elif shared:
            prefix, p = shared
            continue
        else:
            last_head = names[-1].head if names else None
            if ahead is not None and ahead[0] == p and prefix is None:
                name = ahead[1]  # read by the look-ahead below: each name is read once
            else:
                name = name_at(t, p, prefix=prefix, plural=prefix is not None)
            if name is None and last_head and not prefix:
                name = name_at(t, p, prefix=last_head)
            if name is None:
                break
            label = _LABEL_COLON_RE.match(t.s, name.end) if name.group and not names else None
            listed = agency_list(t, label.end()) if label else None
            if listed is not None and listed.names:
                # "Các đơn vị: Sở Y tế, Công an tỉnh …": the group word labels the list;
                # each agency listed does the work.
                for item in listed.names:
                    item.plural = True
                return NameList(listed.names, related or listed.related, start, listed.end)
            names.append(name)
            p = end = name.end
        q = skip_parenthesis(t, p)
        sep = _SEPARATOR_RE.match(t.low, q)
        if not sep:
            break
        after = sep.end()
        next_name = name_at(t, after, prefix=prefix)
        ahead = (t.skip_space(after), next_name)
        if not (RELATED_RE.match(t.low, after) or _plural_prefix(t, after)
                or next_name
                or (names and names[-1].head and name_at(t, after, prefix=names[-1].head))):
            break
        semicolons = semicolons or ";" in sep.group()
        p = after
    if not names and not related:
        return None
    return NameList(names, related, start, end, semicolons)


def _prefix_applies(t: ClauseText, pos: int) -> bool:
    """"các Sở" is a prefix only when a capitalised short name follows."""
    pos = t.skip_space(pos)
    return pos < len(t.s) and t.s[pos].isupper()


def split_agencies(text: str) -> list[tuple[str, bool]]:
    """The agencies a list names, each with its group flag: "Các Bộ: Tài chính, Y tế"
    is Bộ Tài chính and Bộ Y tế, "UBND các xã: A, B" is UBND xã A and UBND xã B.
    A text the list parser does not read to its end is one name, as written."""
    t = ClauseText(text)
    lst = agency_list(t, 0)
    if lst is not None and lst.names and not text[lst.end:].strip(LIST_TAIL):
        return [(n.name, n.group) for n in lst.names]
    name = canonical_agency(text)
    return [(name, is_group(name))] if name else []


LIST_TAIL = " \t\n.,;:"
