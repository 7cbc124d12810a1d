"""Who does what: lead and coordinating agencies in the text of a directive.

The work is done in three steps, each its own module:

- `agency_names`: the agency-name scanner (where a name starts and ends, lists
  with shared heads, the related-agencies marker);
- `clauses`: a paragraph cut into clauses;
- `roles`: the role rules applied to one clause (`find_roles`), to a table row
  (`cell_roles`) and to a section's preamble (`preamble_roles`).

names a lead different from the current unit's starts a new unit (seed item 3.c:
one paragraph for the group "các sở, ngành, địa phương", one for the Sở); a clause
without a lead continues the current unit (seed 3.a's "Trước mắt, …"). A section
preamble's addressee (`preamble_roles`) leads the units that name no lead.
"""


from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from tui_tracker.agencies import agency_key
from tui_tracker.model import Role
from tui_tracker.parsing.agency_names import agency_list, clause_text, fold_word, split_agencies
from tui_tracker.parsing.clauses import clause_spans
from tui_tracker.parsing.deadlines import find_deadlines
from tui_tracker.parsing.role_words import BULLET_RE
from tui_tracker.parsing.roles import (
    Roles,
    cell_roles,
    find_roles,
    has_assignment,
    label_roles,
    preamble_roles,
    read_roles,
)

__all__ = ["DefaultRoles", "ListPlace", "Roles", "Unit", "cell_roles", "clause_spans", "find_roles", "has_assignment",
           "preamble_roles", "split_agencies", "split_units"]

# Clauses that state a decision or a note rather than work (a default lead
# does not claim them): "Thống nhất chủ trương …", "Lưu ý: …".
_NOT_WORK = ("thong nhat", "co ban thong nhat", "dong y", "ghi nhan", "ve nguyen tac",
             "luu y", "nhat tri", "chap thuan", "can cu", "theo de nghi", "xet de nghi")


# The closing courtesy of a notice, run into the last paragraph: "Văn phòng UBND
# tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./." It names the office
# that writes the notice, not an agency with work to do.
_COURTESY_RE = re.compile(
    r"(?<!\w)thông\s+báo\s+(?:[^.;]{0,80}?\s)?(?:để|đến)\s[^.;]{0,120}(?<!\w)(?:biết|thực\s+hiện)"
    r"\W*$", re.IGNORECASE)


@dataclass
class Unit:
    """One unit of work within an item: its text and its roles."""

    text: str
    roles: Roles
    explicit: bool  # the text itself names the lead (not inherited from a preamble)
    work: bool = True  # a clause without a lead describes work (not only a decision or a note)
    first: int = 0  # the paragraph it starts in
    # The bare lead-in whose list entry this unit is ("Giao Sở Tài chính:" over dashes):
    # its deadline, if it states one, is every entry's that states none.
    lead_in: int | None = None
    paragraphs: tuple[int, ...] = ()  # every paragraph it takes text from
    named_by_lead_in: bool = False  # its lead is the one its lead-in names


@dataclass(frozen=True)
class ListPlace:
    """A paragraph that is an entry of a list a bare lead-in opens ("Giao Sở Tài
    chính: - Cập nhật …; - Quán triệt …"): a task of its own, led by whom the lead-in
    names unless it names its own lead."""

    lead_in: int | None  # the lead-in paragraph; None: the list stands under a title
    separate: bool = True


_NOT_WORK_RE = re.compile("|".join(map(re.escape, _NOT_WORK)))
# Only the clause's first words are read: a long clause is not folded whole.
_HEAD_CHARS = 80


def _is_work(clause: str) -> bool:
    head = BULLET_RE.sub("", clause.lstrip()[:_HEAD_CHARS], count=1).strip()
    return _NOT_WORK_RE.match(fold_word(head).lower()) is None


@dataclass
class _Draft:
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (paragraph, start, end)
    roles: Roles = field(default_factory=Roles)
    explicit: bool = False  # a clause of it names its lead
    work: bool = False  # a clause without a lead describes work (not a decision or a note)
    lead_in: int | None = None
    default: DefaultRoles | None = None  # whom a list's lead-in names, for this entry
    named_by_lead_in: bool = False


class DefaultRoles(Protocol):
    """What split_units reads of its default roles: a Roles, or roles worked out
    only when asked (the "Kính gửi" addressees, parsing._Addressees)."""

    @property
    def lead_key(self) -> str | None: ...

    def copy(self) -> Roles: ...


def split_units(paragraphs: list[str], default: DefaultRoles | None = None, *,
                by_paragraph: bool = False,
                places: Sequence[ListPlace | None] | None = None) -> list[Unit]:
    """Cut an item's paragraphs into units of work, one per lead (see module doc).

    A clause naming a lead joins the current unit when that unit has no lead yet
    ("Thống nhất chủ trương …. Giao Sở X chủ trì …" is one unit), unless the unit
    already holds work that the default lead does. Units without a lead of their
    own get the default roles (a preamble's addressee).

    `by_paragraph` (text without numbering): each paragraph is a unit of its own,
    except one that only names coordinating agencies ("Sở X và các cơ quan liên
    quan phối hợp …"), which belongs to the task before it.

    `places` (the document tree): an entry of a list that a bare lead-in opens is a
    unit of its own, led by whom the lead-in names (else by the default); the bare
    lead-in itself ("Giao Sở Tài chính:", "Đề nghị:") is no unit."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    default_key = default.lead_key if default is not None else None
    places = places or [None] * len(paragraphs)
    bare = {p.lead_in for p in places if p is not None and p.lead_in is not None}
    lead_in_roles: dict[int, DefaultRoles | None] = {}
    for index, paragraph in enumerate(paragraphs):
        # Read, never changed here (current.roles.add copies what it takes).
        clauses = [(a, b, read_roles(paragraph[a:b])) for a, b in clause_spans(paragraph)
                   if not _COURTESY_RE.search(paragraph[a:b])]
        place = places[index] if index < len(places) else None
        if index in bare:
            # A bare lead-in: whom it names leads its entries; it is no task itself.
            named = Roles()
            for _, _, roles in clauses:
                named.add(roles)
            if not named.leads:
                named = label_roles(paragraph) or named  # "Sở Y tế" over its dashes
            inherited = _entry_default(place, lead_in_roles, default)
            lead_in_roles[index] = named if named.leads else inherited
            current = None
            continue
        if place is not None:
            own_default = _entry_default(place, lead_in_roles, default)
            current = _Draft(lead_in=place.lead_in, default=own_default,
                             named_by_lead_in=own_default is not default
                             and own_default is not None and own_default.lead_key is not None)
            drafts.append(current)
        elif by_paragraph and current is not None and current.spans:
            leads = any(roles.leads for _, _, roles in clauses)
            coordinates = any(roles.coordinates for _, _, roles in clauses)
            if leads or not coordinates or _acts_itself(paragraph):
                current = None
        for a, b, roles in clauses:
            clause = paragraph[a:b]
            if current is None:
                current = _Draft()
                drafts.append(current)
            if roles.leads:
                if current.explicit:
                    split = roles.lead_key != current.roles.lead_key
                else:
                    own_default = current.default if current.default is not None else default
                    own_key = own_default.lead_key if own_default is not None else default_key
                    split = current.work and own_key is not None and roles.lead_key != own_key
                if split:
                    current = _Draft(lead_in=current.lead_in, default=current.default,
                                     named_by_lead_in=current.named_by_lead_in)
                    drafts.append(current)
                current.explicit = True
            elif not current.work and _is_work(clause):  # once is enough
                current.work = True
            current.roles.add(roles)
            current.spans.append((index, a, b))

    units: list[Unit] = []
    for draft in drafts:
        if not draft.spans:
            continue
        roles = draft.roles
        fallback = draft.default if draft.default is not None else default
        if not draft.explicit and fallback is not None:
            roles = fallback.copy()
            roles.add(draft.roles)
        explicit = draft.explicit
        if not roles.leads and roles.coordinates:
            roles = _subjects_lead(paragraphs, draft, roles)
            # Its own subjects lead: named in its text, not taken from a heading.
            explicit = explicit or bool(roles.leads)
        used = tuple(sorted({i for i, _, _ in draft.spans}))
        units.append(Unit(_unit_text(paragraphs, draft.spans), roles, explicit,
                          draft.work, used[0], draft.lead_in, used,
                          draft.named_by_lead_in and not explicit))
    return units


def _subjects_lead(paragraphs: list[str], draft: _Draft, roles: Roles) -> Roles:
    """Nobody leads, but the text opens with the agencies that "phối hợp" ("- Trạm Y
    tế xã, Hội Phụ nữ xã phối hợp tuyên truyền …"): they are the ones who act, so they
    lead rather than leave the task without a lead."""
    index, a, b = draft.spans[0]
    opening = BULLET_RE.sub("", paragraphs[index][a:b], count=1)
    subjects = {agency_key(name) for name, _ in _opening_agencies(opening)}
    if not subjects:
        return roles
    promoted = Roles(with_related=roles.with_related)
    for assignment in roles.coordinates:
        role = Role.LEAD if agency_key(assignment.agency) in subjects else Role.COORDINATE
        promoted.put(assignment.agency, role, assignment.group)
    return promoted


def _acts_itself(paragraph: str) -> bool:
    """A paragraph of an unnumbered text naming only agencies that "phối hợp" is still
    a task of its own when it sets its own deadline ("- Hội Cựu chiến binh xã, Đoàn
    Thanh niên xã phối hợp giúp các hộ neo đơn gia cố nhà ở trước ngày 31/12/2026"): a
    deadline belongs to the smallest part that states it, never to the task before.
    Without one ("Sở X và các cơ quan liên quan phối hợp cung cấp hồ sơ khi được yêu
    cầu.") it names the coordinators of the task before it."""
    return bool(find_deadlines(paragraph, issued_on=None))


def _opening_agencies(text: str) -> list[tuple[str, bool]]:
    t = clause_text(text)
    lst = agency_list(t, 0)
    return [(n.name, n.group) for n in lst.names] if lst is not None else []


def _entry_default(place: ListPlace | None, lead_in_roles: dict[int, DefaultRoles | None],
                   default: DefaultRoles | None) -> DefaultRoles | None:
    """Whom a list entry is led by when it names no one: its lead-in's addressee."""
    if place is not None and place.lead_in is not None:
        found = lead_in_roles.get(place.lead_in)
        if found is not None:
            return found
    return default


def _unit_text(paragraphs: list[str], spans: list[tuple[int, int, int]]) -> str:
    by_paragraph: dict[int, tuple[int, int]] = {}
    for index, a, b in spans:
        lo, hi = by_paragraph.get(index, (a, b))
        by_paragraph[index] = (min(lo, a), max(hi, b))
    return "\n".join(paragraphs[i][a:b].strip() for i, (a, b) in sorted(by_paragraph.items()))
