"""Text of a notice → `ParsedNotice`: header, references, directives, warnings.

`parse_notice` is pure: it reads a string and touches no file or database.

Deadline of a directive: `find_deadlines` returns every phrase of the
directive's text. A chain (`gửi Sở … trước ngày 01/11 … trình UBND tỉnh trước
ngày 15/11`) ends when its last step is done, so the directive takes the LAST
phrase that names a fixed day (date, month, quarter, half, year, relative,
working days) and a warning lists the chain; without one it takes the first
recurring phrase, else the first phrase at all (ongoing duties).

Relative deadlines count from the issue date; a notice without one counts from
its meeting date, with a warning. Other warnings: a deadline earlier than the
notice's own date (kept: real documents carry such typos), a directive without a
lead, no directive at all.

Text counts as a notice when it opens like one (a type line such as `THÔNG
BÁO`, a number line `Số: 12/TB-UBND`, a Công văn's `V/v …`), or when its own
structure gives directives: numbered or lettered items, rows of a task table,
paragraphs after a "… như sau:" lead-in. A notice without directives is kept
with a warning (the official adds them by hand); anything else is a
BadInputError: prose that merely cites a date or names an agency, a README, a
markdown page, binary junk. A date alone proves nothing: READMEs quote them.

In a provincial notice, an agency named with the issuing province in full is the
province's agency: "Báo và Phát thanh, Truyền hình Quảng Ngãi" in a notice of
UBND tỉnh Quảng Ngãi is the catalogue's "Báo và Phát thanh, Truyền hình tỉnh".
"""

from __future__ import annotations

import re
from datetime import date

from tui_tracker.agencies import (
    AGENCY_HEADS,
    agency_key,
    canonical_agency,
    is_group,
    is_known_agency,
)
from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t
from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.parsing.assignments import (
    DefaultRoles,
    Roles,
    Unit,
    cell_roles,
    preamble_roles,
    split_agencies,
    split_units,
)
from tui_tracker.parsing.chains import find_chain
from tui_tracker.parsing.coverage import audit
from tui_tracker.parsing.deadlines import FIXED_KINDS, find_deadlines, pick_deadline
from tui_tracker.parsing.flags import FLAGS, is_vietnamese_name
from tui_tracker.parsing.header import has_notice_header, parse_header
from tui_tracker.parsing.references import find_references
from tui_tracker.parsing.role_words import BULLET_RE
from tui_tracker.parsing.sections import Block, Structure, find_blocks
from tui_tracker.text import normalize

__all__ = ["parse_notice"]

_RELATIVE_KINDS = {DeadlineKind.RELATIVE, DeadlineKind.WORKING_DAYS}


def parse_notice(raw: str, *, ocr: bool = False) -> ParsedNotice:
    """Parse the text of a notice. Raises BadInputError when nothing in it looks
    like a notice, InvalidDateError for a deadline on a day that does not exist.
    `ocr`: the text was read from scanned pages (every directive is flagged)."""
    text = normalize(raw)
    header, warnings = parse_header(text)
    warnings = list(warnings)
    references = find_references(text, header.number)
    structure = find_blocks(text)

    counted_from = header.issued_on or header.meeting_on
    addressees = _addressee_roles(header)
    directives: list[ParsedDirective] = []
    read_from: dict[int, tuple[int, ...]] = {}  # id(directive) -> body paragraphs
    loose_number = 0
    structured = 0  # directives found by the document's own structure
    for block in structure.blocks:
        if block.kind == "row":
            # A table row: its cells say who leads and who coordinates.
            roles = cell_roles(block.cells.get("lead", ""), block.cells.get("coordinate", ""))
            unit = Unit(block.paragraphs[0] if block.paragraphs else "", roles, True)
            directive = _directive(block.ref, block, unit)
            directive.deadline = _deadline(directive, block.cells.get("deadline") or unit.text,
                                           header, counted_from, warnings)
            directives.append(directive)
            structured += 1
            continue
        by_paragraph = block.kind in ("loose", "opening", "trailing")
        units = split_units(block.paragraphs, _default_roles(block, addressees),
                            by_paragraph=by_paragraph, places=block.places())
        explicit_only = by_paragraph and not block.preambles
        # A decision or a note without work and without a lead of its own ("Đồng ý
        # chủ trương …", "Thống nhất với đề xuất …"): an approval, not a task.
        units = [u for u in units if u.explicit or u.work]
        if block.kind != "item":
            # Numbered paragraphs and unnumbered text count only when they assign work;
            # unnumbered text without a "… như sau:" lead-in only when it names the lead
            # (itself or in the lead-in of its list).
            units = [u for u in units if u.roles.leads and (
                u.explicit or u.named_by_lead_in or not explicit_only
                or (addressees is not None and _REQUEST_RE.match(u.text) is not None))]
        for n, unit in enumerate(units):
            if block.kind == "loose":
                loose_number += 1
                ref = str(loose_number)
            elif block.kind == "opening":
                ref = f"0.{n + 1}"  # before item 1
            elif block.kind == "trailing":
                ref = f"{block.ref}+{n + 1}"  # after the last item
            else:
                ref = block.ref if n == 0 else f"{block.ref}-{n + 1}"
            directive = _directive(ref, block, unit)
            directive.deadline = _deadline(directive, unit.text, header, counted_from,
                                           warnings)
            if directive.deadline is None:
                directive.deadline = _parent_deadline(directive, block, unit, header,
                                                      counted_from, warnings)
            if not unit.explicit and directive.lead is not None:
                directive.flags.append("lead_inherited")
            _date_steps(directive, counted_from)
            directives.append(directive)
            read_from[id(directive)] = _read_from(block, unit)
            structured += not explicit_only or not unit.explicit or unit.named_by_lead_in

    if addressees is not None:
        for directive in directives:
            _addressed(directive, header)
    province = _province(header)
    if province:
        for directive in directives:
            for assignment in directive.assignments:
                assignment.agency = _localise(assignment.agency, province)

    if not structured and not has_notice_header(text):
        raise BadInputError(t("parse.structure.not_a_notice"))
    for directive in directives:
        if directive.lead is None:
            warnings.append(t("parse.structure.no_lead", ref=directive.ref))
    if not directives:
        warnings.append(t("parse.structure.no_directives"))
    _audit(structure, directives, read_from, warnings)
    for directive in directives:
        _flag_names_and_length(directive, ocr=ocr)
    return ParsedNotice(notice=header, references=references, directives=directives,
                        warnings=warnings, text=text, original=raw,
                        tree=structure.tree.to_json() if structure.tree is not None else None)


def _parent_deadline(directive: ParsedDirective, block: Block, unit: Unit,
                     header: NoticeHeader, counted_from: date | None,
                     warnings: list[str]) -> Deadline | None:
    """A deadline the directive does not state but a node above it gives: a bare
    lead-in's ("Giao Sở Tài chính thực hiện các nội dung sau, hoàn thành trước ngày
    30/6:"), a preamble over items ("… các nhiệm vụ sau, hoàn thành trước ngày
    30/6/2027:"), both said of all their points. A sibling's date is never taken,
    nor a title's ("Về kế hoạch năm 2027" names the plan, not a deadline)."""
    parents: list[tuple[str, str]] = []
    if unit.lead_in is not None:
        parents.append((block.paragraphs[unit.lead_in], "deadline_from_parent_all"))
    if block.kind == "item" and block.preambles:
        # A section title ("Nhiệm vụ năm 2027") dates nothing: only a preamble does.
        parents.append((" ".join(block.preambles[-1]), "deadline_from_parent_all"))
    for text, flag in parents:
        deadline = _deadline(directive, text, header, counted_from, warnings)
        if deadline is not None:
            directive.flags.append(flag)
            return deadline
    return None


def _audit(structure: Structure, directives: list[ParsedDirective],
           read_from: dict[int, tuple[int, ...]], warnings: list[str]) -> None:
    """Every paragraph of the body placed (`coverage`): a warning names each one the
    parser could not place, and the directives beside it are flagged."""
    placed = audit(structure, directives)
    by_index: dict[int, list[ParsedDirective]] = {}
    for directive in directives:
        for index in read_from.get(id(directive), ()):
            by_index.setdefault(index, []).append(directive)
    for paragraph in placed:
        if paragraph.kind is not None:
            continue
        warnings.append(t("parse.structure.unclassified", text=_excerpt(paragraph.text)))
        for index in (paragraph.index - 1, paragraph.index + 1):
            for directive in by_index.get(index, []):
                if "unclassified_paragraph_nearby" not in directive.flags:
                    directive.flags.append("unclassified_paragraph_nearby")


def _excerpt(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# Longer than this, a directive's text likely holds several tasks.
_LONG_TEXT = 900


def _flag_names_and_length(directive: ParsedDirective, *, ocr: bool) -> None:
    flags = directive.flags
    if directive.lead is None:
        flags.append("lead_not_found")
    if any(_unknown(a.agency, a.group) for a in directive.assignments):
        flags.append("unknown_agency")
    if any(not is_vietnamese_name(a.agency) for a in directive.assignments):
        flags.append("name_not_vietnamese")
    if len(directive.text) > _LONG_TEXT:
        flags.append("long_text")
    if ocr:
        flags.append("ocr_text")
    directive.flags[:] = [f for f in FLAGS if f in flags]  # one order, no repeats


def _unknown(agency: str, group: bool) -> bool:
    """Not in the catalogue and not read from a head word ("Sở …", "UBND …"): a
    subject the parser kept as written ("Chủ đầu tư", "công chức Văn hóa - Xã hội")."""
    if group or is_known_agency(agency):
        return False
    key = agency_key(agency)
    return not any(key == head or key.startswith(head + " ") for head in AGENCY_HEADS)


def _directive(ref: str, block: Block, unit: Unit) -> ParsedDirective:
    directive = ParsedDirective(
        ref=ref,
        heading=block.heading,
        # A point's own marker ("- ", "+ ", "(ii) ") is no part of what is to be done.
        text=BULLET_RE.sub("", unit.text, count=1) if _starts_an_entry(block, unit)
        else unit.text,
        assignments=unit.roles.assignments(),
        with_related=unit.roles.with_related,
        section=block.section,
        path=_path(block, unit),
    )
    return directive


def _starts_an_entry(block: Block, unit: Unit) -> bool:
    """The unit opens with a list entry (a bullet or a point) of the tree."""
    if unit.first >= len(block.entries):
        return False
    node = block.entries[unit.first].node
    return node is not None and node.is_list_entry


def _read_from(block: Block, unit: Unit) -> tuple[int, ...]:
    """The body paragraphs a unit was read from (for the audit's neighbours)."""
    nodes = [block.entries[i].node for i in unit.paragraphs if i < len(block.entries)]
    if block.kind == "row" and block.node is not None:
        return (block.node.index,)
    return tuple(n.index for n in nodes if n is not None)


def _path(block: Block, unit: Unit) -> list[str]:
    """Where the directive starts in the document tree."""
    if unit.first < len(block.entries):
        node = block.entries[unit.first].node
        if node is not None:
            return node.path()
    return block.node.path() if block.node is not None else []


def _date_steps(directive: ParsedDirective, counted_from: date | None) -> None:
    """A two-step chain (`chains`): the leads take the first step's date, the
    agency of the second step takes part with its own."""
    if directive.deadline is None or not directive.assignments:
        return
    chain = find_chain(directive.text, counted_from)
    if chain is None:
        return
    for assignment in directive.assignments:
        if assignment.role == Role.LEAD:
            assignment.due_on = chain.first_due
    key = agency_key(chain.recipient)
    for assignment in directive.assignments:
        if agency_key(assignment.agency) == key:
            if assignment.role == Role.LEAD:
                return  # a lead sending to itself: no step of its own
            assignment.due_on = chain.second_due
            return
    directive.assignments.append(Assignment(chain.recipient, Role.COORDINATE,
                                            is_group(chain.recipient), chain.second_due))


# A letter's sentence that asks without naming who: "Đề nghị khẩn trương rà soát …",
# "Yêu cầu báo cáo …". It asks the addressees of the letter (Kính gửi).
_REQUEST_RE = re.compile(r"(?:[-+•]\s*)?(?:kính\s+)?(?:đề\s+nghị|yêu\s+cầu)\b", re.IGNORECASE)


def _default_roles(block: Block, addressees: DefaultRoles | None) -> DefaultRoles | None:
    """The addressee of the nearest preamble that names one, else the notice's
    "Kính gửi" addressees."""
    for preamble in reversed(block.preambles):
        roles = preamble_roles(preamble)
        if roles is not None:
            return roles
    return addressees


class _Addressees:
    """A Công văn's "Kính gửi" addressees: each leads the work the text gives them.

    Read only as far as asked: splitting an item into units needs only the first
    addressee (`lead_key`), and the whole list is read only for a unit that names
    no lead of its own (`copy`). A letter to thousands of addressees whose text
    names its leads no longer reads every one of them for nothing."""

    def __init__(self, entries: list[str]) -> None:
        self._entries = entries
        self._roles: Roles | None = None

    @property
    def lead_key(self) -> str | None:
        if self._roles is not None:
            return self._roles.lead_key
        for entry in self._entries:
            for agency, _ in split_agencies(entry):
                return agency_key(agency)  # the first one put is the first lead
        return None

    def copy(self) -> Roles:
        if self._roles is None:
            roles = Roles()
            for entry in self._entries:
                # "Các Bộ: Tài chính, Y tế" addresses each ministry.
                for agency, group in split_agencies(entry):
                    roles.put(agency, Role.LEAD, group)
            self._roles = roles
        return self._roles.copy()


def _addressee_roles(header: NoticeHeader) -> DefaultRoles | None:
    """The "Kính gửi" addressees as the default roles of the text."""
    return _Addressees(header.addressees) if header.addressees else None


def _deadline(directive: ParsedDirective, text: str, header: NoticeHeader,
              counted_from: date | None, warnings: list[str]) -> Deadline | None:
    ref = directive.ref
    found = find_deadlines(text, issued_on=counted_from)
    if not found:
        return None
    chosen = pick_deadline(found)
    assert chosen is not None
    fixed = [d for d in found if d.due_on is not None and d.kind in FIXED_KINDS]
    if len({d.due_on for d in fixed}) > 1:
        directive.flags.append("deadline_chain")
        warnings.append(t("parse.structure.deadline_chain", ref=ref,
                          phrases="; ".join(d.text for d in fixed), phrase=chosen.text))
    if header.issued_on is None and header.meeting_on is not None \
            and chosen.kind in _RELATIVE_KINDS:
        warnings.append(t("parse.structure.relative_from_meeting", ref=ref, phrase=chosen.text,
                          date=_show(header.meeting_on)))
    notice_date = header.issued_on or header.meeting_on
    if chosen.due_on is not None and notice_date is not None and chosen.due_on < notice_date:
        directive.flags.append("deadline_before_notice")
        warnings.append(t("parse.structure.deadline_before_notice", ref=ref,
                          due=_show(chosen.due_on), phrase=chosen.text,
                          notice_date=_show(notice_date)))
    return chosen


# What a letter calls its addressees in its text: "Đề nghị các đơn vị khẩn trương …".
_ADDRESSEE_WORDS = frozenset(agency_key(n) for n in (
    "các đơn vị", "các cơ quan", "các cơ quan, đơn vị", "quý cơ quan", "quý đơn vị",
    "các cơ quan, đơn vị, địa phương", "các đơn vị, địa phương"))


def _addressed(directive: ParsedDirective, header: NoticeHeader) -> None:
    """In a letter with "Kính gửi" addressees, a lead named only as "các đơn vị" /
    "Quý cơ quan" is those addressees, each of them."""
    leads = [a for a in directive.assignments if a.role == Role.LEAD]
    if len(leads) != 1 or agency_key(leads[0].agency) not in _ADDRESSEE_WORDS:
        return
    named = _Addressees(header.addressees).copy()
    if not named.leads:
        return
    others = [a for a in directive.assignments if a.role != Role.LEAD]
    directive.assignments = [*named.leads, *others]


def _province(header: NoticeHeader) -> str | None:
    """The issuing province ("Quảng Ngãi" of "UBND tỉnh Quảng Ngãi", "Tỉnh ủy Quảng Ngãi")."""
    m = re.search(r"(?:tỉnh|Tỉnh ủy|Tỉnh uỷ)\s+(\S.*)$", header.issuer or "")
    if m and m.group(1)[0].isupper():
        return m.group(1).strip()
    return None


def _localise(agency: str, province: str) -> str:
    """The notice's own province named in full is the province's agency:
    "Báo và Phát thanh, Truyền hình Quảng Ngãi" in a Quảng Ngãi notice is the
    known "Báo và Phát thanh, Truyền hình tỉnh", "UBND tỉnh Quảng Ngãi" is UBND tỉnh."""
    if not agency.endswith(" " + province):
        return agency
    base = agency[: -len(province)].rstrip()
    candidates = [base] if base.endswith(" tỉnh") else [f"{base} tỉnh", base]
    for candidate in candidates:
        if is_known_agency(candidate):
            return canonical_agency(candidate)
    return agency


def _show(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
