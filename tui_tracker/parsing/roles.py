"""The role rules: lead and coordinating agencies named in one clause.

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
  gives the lead, later ones coordinate. Addressees set side by side with
  semicolons (`Giao Sở A; Sở B; Sở C …`) each lead, and so do co-subjects of one
  verb (`Sở X và Công an tỉnh chủ trì …`, `Các sở, ban, ngành, UBND các huyện
  triển khai …`).
- `các cơ quan (, đơn vị) liên quan` and the like are a marker (`with_related`),
  not an agency; alone in the lead's place they are the group that leads.
- `X chủ trì cuộc họp` is chairing a meeting, not leading work.
- Names that appear without a role (`do HĐND tỉnh … ban hành`, `tham mưu UBND
  tỉnh`, `làm việc với Bộ …`, `báo cáo Chủ tịch UBND tỉnh`) are not assigned.
- A person's title before an agency is dropped: `Giám đốc Sở Tài chính` is Sở
  Tài chính, `Chủ tịch UBND các xã, phường` the group of communes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tui_tracker.agencies import agency_key, canonical_agency, clean_name
from tui_tracker.model import Assignment, Role
from tui_tracker.parsing.agency_names import (
    LIST_TAIL,
    TITLE_RE,
    ClauseText,
    NameList,
    NameSpan,
    agency_list,
    clause_text,
    is_terminator,
    name_at,
    skip_parenthesis,
    split_agencies,
)
from tui_tracker.parsing.clauses import clause_spans
from tui_tracker.parsing.role_words import (
    BULLET_RE,
    COORD_AFTER_RE,
    COORD_RE,
    EACH_RE,
    ENUMERATION_RE,
    GENERIC_VERB_RE,
    ISSUER_KEYS,
    LEAD_AFTER_RE,
    MEETING_RE,
    NOT_ACTION_RE,
    PARTNER_RE,
    TRIGGER_NOT_AFTER,
    TRIGGER_RE,
    WORK_VERB_RE,
)
from tui_tracker.text import fold

# Matched at a position of the clause, never on a copy of its rest.
_OPENING_PHRASE_RE = re.compile(r"([^,;:()]{1,40}?),\s*")
_COLON_RE = re.compile(r"\s*:")
_LABEL_OPENING_RE = re.compile(r"([^,;:()]{1,40}?):\s*")
_COMMA_RE = re.compile(r"\s*,?\s*")
_COMMA_THEN_RE = re.compile(r"\s*,\s*")
_DUE_CUE_RE = re.compile(r"(?<!\w)(?:trước ngày|chậm nhất|định kỳ|hằng (?:tháng|quý|tuần|năm)"
                         r"|trước \d|trong (?:tháng|quý|năm) )")


@dataclass
class Roles:
    """The roles found in some text: leads first, then coordinating agencies."""

    leads: list[Assignment] = field(default_factory=list)
    coordinates: list[Assignment] = field(default_factory=list)
    with_related: bool = False
    _roles_by_key: dict[str, Role] = field(default_factory=dict, repr=False, compare=False)

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
        # An index of the keys: a list of hundreds of addressees stays linear.
        if len(self._roles_by_key) != len(self.leads) + len(self.coordinates):
            self._roles_by_key = {agency_key(a.agency): Role.LEAD for a in self.leads}
            for a in self.coordinates:
                self._roles_by_key.setdefault(agency_key(a.agency), Role.COORDINATE)
        held = self._roles_by_key.get(key)
        if held is Role.LEAD:
            return
        if role is Role.LEAD:
            if held is Role.COORDINATE:
                self.coordinates[:] = [a for a in self.coordinates if agency_key(a.agency) != key]
            self.leads.append(Assignment(agency, Role.LEAD, group))
            self._roles_by_key[key] = Role.LEAD
        elif held is None:
            self.coordinates.append(Assignment(agency, Role.COORDINATE, group))
            self._roles_by_key[key] = Role.COORDINATE

    def assignments(self) -> list[Assignment]:
        return [*self.leads, *self.coordinates]

    def copy(self) -> Roles:
        if not self.leads and not self.coordinates:
            return Roles(with_related=self.with_related)  # most clauses name nobody
        out = Roles()
        out.add(self)
        return out


def _lead_roles(names: list[NameSpan], t: ClauseText | None = None,
                end: int = 0, semicolons: bool = False) -> tuple[list[NameSpan], list[NameSpan]]:
    """Addressees without explicit roles: the first leads, the others coordinate.
    A plural addressee (a group, or a plural list "các Sở: A, B") makes every
    plural member lead: each agency of the kind does the work; so does "theo chức
    năng, nhiệm vụ" after the list, and a list set side by side with semicolons
    ("Sở A; Sở B; Sở C")."""
    if t is not None and len(names) > 1 and EACH_RE.match(t.low, skip_parenthesis(t, end)):
        return names, []
    if semicolons:
        return names, []
    if names[0].group or names[0].plural:
        leads = [n for n in names if n.group or n.plural]
        return leads, [n for n in names if not (n.group or n.plural)]
    return names[:1], names[1:]


@dataclass
class _Found:
    """What the steps of `find_roles` collect in one clause, each with its position."""

    lead_lists: list[tuple[int, list[NameSpan], list[NameSpan]]] = field(default_factory=list)
    coordinates: list[NameSpan] = field(default_factory=list)
    partners: list[tuple[int, NameList]] = field(default_factory=list)  # "X phối hợp với Y …"
    related: bool = False

    def lead(self, t: ClauseText, pos: int, lst: NameList) -> None:
        leads, others = _lead_roles(lst.names, t, lst.end, lst.semicolons)
        self.lead_lists.append((pos, leads, others))
        self.related = self.related or lst.related

    def subjects(self, pos: int, lst: NameList) -> None:
        """Co-subjects of one verb ("Sở X và Công an tỉnh chủ trì", "các sở, ban,
        ngành, UBND các huyện triển khai"): each of them leads."""
        self.lead_lists.append((pos, list(lst.names), []))
        self.related = self.related or lst.related

    def coordinate(self, lst: NameList) -> None:
        self.coordinates.extend(lst.names)
        self.related = self.related or lst.related


def find_roles(clause: str, *, subjects: bool = True) -> Roles:
    """Roles named in one clause. `subjects=False` keeps only explicit triggers and
    role words (for preambles and introductions). The caller owns the result."""
    roles = read_roles(clause, subjects=subjects)
    return roles if len(clause) > 4000 else roles.copy()  # a long one is not cached


def read_roles(clause: str, *, subjects: bool = True) -> Roles:
    """find_roles for a caller that only reads the result: it may be the cached
    object itself, shared with later callers (a paragraph of many short clauses
    pays no copy per clause)."""
    if len(clause) > 4000:
        return _find_roles.__wrapped__(clause, subjects)  # not kept: the cache stays small
    return _find_roles(clause, subjects)


@lru_cache(maxsize=512)
def _find_roles(clause: str, subjects: bool) -> Roles:
    # Cached: a clause is asked for by the title test, `has_assignment` and
    # `split_units`; callers get a copy, never this object.
    if not any(map(str.isalpha, clause)):
        return Roles()  # ";", "…", "(1)": nothing can be named here
    t = clause_text(clause)
    found = _Found()
    _read_triggers(t, found)
    _read_coordination(t, found)
    offset = len(clause) - len(BULLET_RE.sub("", clause, count=1))
    _read_named_agencies(t, found, subjects, offset=offset)
    _settle_partners(t, found)
    return _resolve(found)


def _read_triggers(t: ClauseText, found: _Found) -> None:
    """Step 1: "Giao X …", "Yêu cầu X …", "Đề nghị X …": X leads."""
    for m in TRIGGER_RE.finditer(t.low):
        word = " ".join(m.group(1).split())
        base = word.split(" cho")[0]
        previous = t.previous_word(m.start())
        if previous in TRIGGER_NOT_AFTER.get(base, set()):
            continue
        lst = agency_list(t, m.end())
        if lst is None:
            continue
        if lst.names:
            listed = _enumerated(t, lst)
            found.lead(t, m.start(), listed if listed is not None else lst)
        else:
            # "Yêu cầu các cơ quan, đơn vị liên quan …": the related agencies lead.
            title = TITLE_RE.match(t.low, lst.start)
            text = clean_name(t.s[title.end() if title else lst.start:lst.end])
            group = NameSpan(canonical_agency(text), True, lst.start, lst.end, None)
            found.lead_lists.append((m.start(), [group], []))


_GOM_RE = re.compile(r"[^;:]{0,250}?(?:,\s*)?(?<!\w)(?:bao\s+)?gồm\s*:?\s*")


def _enumerated(t: ClauseText, lst: NameList) -> NameList | None:
    """A group that the clause spells out later: "Giao các cơ quan sau theo chức năng,
    nhiệm vụ tổ chức kiểm tra …, gồm: Sở Y tế, Sở Công Thương, Công an tỉnh; …":
    the agencies listed lead, each of them."""
    if not all(name.group for name in lst.names):
        return None
    m = _GOM_RE.match(t.low, lst.end)
    if m is None:
        return None
    listed = agency_list(t, m.end())
    if listed is None or not listed.names:
        return None
    for name in listed.names:
        name.plural = True
    return NameList(listed.names, lst.related or listed.related, lst.start, listed.end)


def _read_coordination(t: ClauseText, found: _Found) -> None:
    """Step 2: "phối hợp với A, B", "với sự phối hợp của A": A, B coordinate."""
    for m in COORD_RE.finditer(t.low):
        lst = agency_list(t, m.end())
        if lst:
            found.coordinate(lst)


_LOWER_NAME_HEADS = frozenset(("các", "chủ", "nhà", "lãnh", "thủ"))


def _read_named_agencies(t: ClauseText, found: _Found, subjects: bool, *, offset: int) -> None:
    """Step 3: every agency named in the clause, by what follows it: "X phối hợp"
    (coordinates, or a subject acting with a partner), "X chủ trì" (leads), or a
    clause-opening subject followed by an action (leads)."""
    starts = _clause_starts(t, offset) if subjects else set()
    inside_until = 0  # no new name starts inside one already read ("Văn phòng *UBND* tỉnh")
    text = t.s
    for pos, end in t.tokens:
        if pos < inside_until:
            continue
        first = text[pos]
        # A name opens with a capital or one of a few lower-case heads (the first
        # letter is checked before the word is cut out: most tokens are not names).
        if not (first.isupper()
                or (first in "cnlt" and text[pos:end].lower() in _LOWER_NAME_HEADS)):
            continue
        lst = agency_list(t, pos)
        if lst is None or not lst.names:
            continue
        inside_until = lst.end
        after = skip_parenthesis(t, lst.end)  # "Sở Tài chính (cơ quan thường trực) chủ trì"
        coord_m = COORD_AFTER_RE.match(t.low, after)
        if coord_m:
            if subjects and pos in starts and not _is_issuer(t, lst) \
                    and _has_partner(t, coord_m.end()) and "trách" not in coord_m.group():
                # "Sở Nội vụ phối hợp với Sở Y tế rà soát …": the subject works with a
                # partner; it leads unless the clause names a lead of its own.
                found.partners.append((pos, lst))
                found.related = found.related or lst.related
            else:
                found.coordinate(lst)
            continue
        lead_m = LEAD_AFTER_RE.match(t.low, after)
        if lead_m and not MEETING_RE.match(t.low, lead_m.end()) \
                and (subjects or not _is_issuer(t, lst)):
            found.subjects(pos, lst)
            continue
        if pos in starts and not _is_issuer(t, lst) and (
                _acts(t, after) or _work_in_parenthesis(t, lst.end, after)):
            found.subjects(pos, lst)


def _settle_partners(t: ClauseText, found: _Found) -> None:
    """Step 4: a subject acting with a partner leads only when nothing else leads; the
    co-subjects of "phối hợp với" all act ("UBND xã A, UBND xã B phối hợp với Ban Quản
    lý … điều tiết …": both lead), unlike the addressees of "Giao A, B …"."""
    for pos, lst in found.partners:
        if found.lead_lists:
            found.coordinates.extend(lst.names)
        else:
            found.subjects(pos, lst)


def _resolve(found: _Found) -> Roles:
    """Step 5: in the order of the text, the first lead phrase leads, later ones and
    every named partner coordinate."""
    roles = Roles(with_related=found.related)
    found.lead_lists.sort(key=lambda item: item[0])
    for n, (_, leads, others) in enumerate(found.lead_lists):
        for name in leads:
            roles.put(name.name, Role.LEAD if n == 0 else Role.COORDINATE, name.group)
        for name in others:
            roles.put(name.name, Role.COORDINATE, name.group)
    for name in found.coordinates:
        roles.put(name.name, Role.COORDINATE, name.group)
    return roles


def _work_in_parenthesis(t: ClauseText, end: int, after: int) -> bool:
    """"- Sở Xây dựng (kiểm tra an toàn các công trình …);": the work of the agency that
    opens the clause is in its parenthesis, and nothing but punctuation follows it."""
    if after == end:
        return False
    inside = t.s[end:after].strip().lstrip("(")
    return inside[:1].islower() and not any(c.isalnum() for c in t.s[after:])


def _has_partner(t: ClauseText, pos: int) -> bool:
    """"phối hợp với Sở Y tế", "phối hợp Sở Tài chính", "phối hợp các bộ liên quan": a
    partner follows; or a second verb of the same subject ("Bộ Công Thương phối hợp,
    hướng dẫn Bộ Xây dựng …")."""
    if PARTNER_RE.match(t.low, pos):
        return True
    comma = _COMMA_THEN_RE.match(t.low, pos)
    if comma is not None:
        i = t.token_index(comma.end())
        if i is not None and is_terminator(t, i) and not NOT_ACTION_RE.match(t.low, comma.end()):
            return True
    lst = agency_list(t, pos)
    # "phối hợp các bộ liên quan": related agencies are partners too.
    return lst is not None and (bool(lst.names) or lst.related)


def _clause_starts(t: ClauseText, offset: int) -> set[int]:
    """Where a subject may stand: the clause start (after any bullet) and after a
    short opening phrase ("Trên cơ sở đó, ", "Đồng thời, ")."""
    first = t.skip_space(offset)
    starts = {first}
    if name_at(t, first) is not None:
        return starts
    # A label first ("Báo cáo tháng: UBND các xã gửi …"), then an opening phrase
    # ("Báo cáo đột xuất: khi phát hiện ổ dịch, UBND các xã báo cáo …").
    label = _LABEL_OPENING_RE.match(t.s, first)
    if label and len(label.group(1).split()) <= 5:
        starts.add(label.end())
    for at in list(starts):
        m = _OPENING_PHRASE_RE.match(t.s, at)
        if m and len(m.group(1).split()) <= 6 and name_at(t, at) is None:
            starts.add(m.end())
    return starts


def _acts(t: ClauseText, pos: int) -> bool:
    """What follows a clause-opening agency makes it the one who acts."""
    if _COLON_RE.match(t.low, pos):
        return True
    comma = _COMMA_RE.match(t.low, pos)
    assert comma is not None  # the pattern matches the empty string
    p = comma.end()
    not_action = NOT_ACTION_RE.match(t.low, p)
    if not_action:
        # "Sở X báo cáo kết quả …" tells what was reported, unless a deadline asks for
        # it: "Các sở báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 05/11".
        return not_action.group().startswith("báo cáo") and _DUE_CUE_RE.search(t.low, p) is not None
    i = t.token_index(p)
    if i is None:
        return False
    # A verb the word lists know, or any word in lower case after a name that a place
    # name closed ("Công ty Điện lực Quảng Trị di dời …"): the subject acts.
    return is_terminator(t, i) or (t.is_word(i) and t.word(i).islower()
                                   and i > 0 and _closed_by_place(t, i))


def _closed_by_place(t: ClauseText, i: int) -> bool:
    """The two words before token i are capitalised: a place or person name."""
    return i >= 2 and all(t.capitalised(j) and not t.word(j).isupper() for j in (i - 1, i - 2))


def _is_issuer(t: ClauseText, lst: NameList) -> bool:
    first = lst.names[0]
    raw = t.s[first.start:first.end]
    title = TITLE_RE.match(t.low, first.start)
    if title:
        raw = t.s[title.end():first.end]
    raw_key = agency_key(raw)
    return raw_key in ISSUER_KEYS or any(raw_key.startswith(k + " ") and "tinh" not in k
                                          for k in ISSUER_KEYS)


def cell_roles(leads: str, coordinates: str) -> Roles:
    """Roles of a table row from its "Cơ quan chủ trì" and "Cơ quan phối hợp" cells:
    every agency of the first leads ("Sở Y tế; Sở Giáo dục và Đào tạo"), every one of
    the second coordinates; "các cơ quan liên quan" there is the related marker."""
    roles = Roles()
    for text, role in ((leads, Role.LEAD), (coordinates, Role.COORDINATE)):
        for part in re.split(r"[;\n]", text):
            part = part.strip(LIST_TAIL + "-+•")
            if not part:
                continue
            t = ClauseText(part)
            lst = agency_list(t, 0)
            if lst is not None and not part[lst.end:].strip(LIST_TAIL):
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


def is_agency_label(title: str) -> bool:
    """A section title that is only an agency's name ("1. Sở Công Thương", "2. Thanh
    tra tỉnh:"): that agency leads the items under it."""
    return label_roles(title) is not None


def label_roles(text: str) -> Roles | None:
    """The agencies a heading or lead-in names and nothing else ("Sở Y tế", "Đối với
    Sở Xây dựng:", "- UBND các xã, phường:"), with or without its colon."""
    return _label_roles(text.rstrip(" :") + ":")


def opens_whole_task(paragraph: str) -> bool:
    """An item's opening sentence that is a task of its own, the sub-items below
    being its parts: it names its lead and the agencies that coordinate with it
    ("Công an tỉnh chủ trì, phối hợp với Sở Công Thương và các cơ quan liên quan
    triển khai các nội dung sau, hoàn thành trước ngày 31/10/2027:"), so one team
    does all of it. A lead-in that names only who leads ("yêu cầu Sở X thực hiện
    các nhiệm vụ sau:") gives each item as a task of its own."""
    roles = Roles()
    for a, b in clause_spans(paragraph):
        roles.add(find_roles(paragraph[a:b]))
    return bool(roles.leads) and (bool(roles.coordinates) or roles.with_related)


@lru_cache(maxsize=256)
def lead_in_is_bare(paragraph: str) -> bool:
    """A lead-in (a paragraph ending with a colon over a list) that only says who does
    the list's points: "Giao Sở Tài chính:", "Đề nghị:", "Sở Giáo dục và Đào tạo đề
    nghị các trường thực hiện các nội dung sau. Cụ thể:". Each point is then a task of
    its own, led by whom the lead-in names (or by whom each point names).

    A lead-in that is a task of its own keeps the points as its parts or details: it
    names work ("Rà soát hệ thống thông tin dùng chung, gồm:", "Sở Y tế chủ trì, phối
    hợp với Sở Tài chính hoàn thiện Đề án …, trình UBND tỉnh trước ngày 15/3/2027.
    Khi thực hiện lưu ý các nội dung sau:"), or a lead with its coordinators (one team
    does all of it), or it enumerates ("… gồm:", "như:")."""
    text = BULLET_RE.sub("", paragraph.strip(), count=1)
    if ENUMERATION_RE.search(fold(text)) or opens_whole_task(text):
        return False
    # "Để bảo đảm cho Nhân dân đón Tết …, yêu cầu …": the purpose is not the work.
    text = _PURPOSE_RE.sub("", text, count=1)
    return not _names_work(text)


_PURPOSE_RE = re.compile(r"^(?:để|nhằm)\s[^,:;]{0,200},\s*", re.IGNORECASE)


def _names_work(text: str) -> bool:
    """A verb of work outside the general "thực hiện các nội dung sau" and outside
    agency names ("Ban Quản lý dự án đầu tư xây dựng"): in lower case, or opening a
    sentence ("Rà soát …")."""
    t = clause_text(text)
    folded = list(t.f.lower())
    inside_until = 0
    for pos, _ in t.tokens:  # blank the agency names out
        if pos < inside_until or not (text[pos].isupper() or text[pos] in "cnlt"):
            continue
        lst = agency_list(t, pos)
        if lst is not None and lst.names:
            inside_until = lst.end
            folded[pos:lst.end] = " " * (lst.end - pos)
    key = GENERIC_VERB_RE.sub(lambda m: " " * len(m.group()), "".join(folded))
    for m in WORK_VERB_RE.finditer(key):
        if text[m.start()].islower():
            return True
        before = text[:m.start()].rstrip()
        if not before or before.endswith((".", ":", ";")) or BULLET_RE.fullmatch(before + " "):
            return True  # a capital that opens a sentence, not a name
    return False


def opens_with_agency(text: str) -> bool:
    """The text opens with an agency's name ("Sở Xây dựng (quản lý quy hoạch);")."""
    lst = agency_list(clause_text(text), 0)
    return lst is not None and bool(lst.names)


def names_then_work(text: str) -> bool:
    """After the agencies it opens with (and their parenthesis), the text goes on with
    words: "Sở Nông nghiệp và Môi trường (giao đất) rà soát các thủ tục …"."""
    t = clause_text(text)
    lst = agency_list(t, 0)
    if lst is None or not lst.names:
        return False
    rest = text[skip_parenthesis(t, lst.end):]
    return any(c.isalpha() for c in rest)


# "Đối với Sở Xây dựng:", "Về phía UBND các xã:", "Riêng Công an tỉnh:": the agency the
# points below are for.
_TOPIC_PREFIX_RE = re.compile(r"^(?:đối với|về phía|riêng(?:\s+đối với)?|phần việc của)\s+",
                              re.IGNORECASE)


def _label_roles(paragraph: str) -> Roles | None:
    """A preamble that is only an addressee and a colon ("Sở Y tế:", "- UBND các xã,
    phường:", "Đối với Sở Xây dựng:", "Riêng Công an tỉnh:"): that addressee leads
    what follows."""
    text = BULLET_RE.sub("", paragraph.strip(), count=1)
    if not text.endswith(":"):
        return None
    text = _TOPIC_PREFIX_RE.sub("", text, count=1)
    t = ClauseText(text)
    lst = agency_list(t, 0)
    if lst is None or not lst.names or text[lst.end:].strip() != ":" or _is_issuer(t, lst):
        return None
    # Several subjects in one heading ("3. Sở Giáo dục và Đào tạo, các sở, ban, ngành và
    # UBND các phường, xã:") all lead the points below it.
    roles = Roles(with_related=lst.related)
    for name in lst.names:
        roles.put(name.name, Role.LEAD, name.group)
    return roles
