"""Rules for the agencies an official types when correcting a parsed directive: split a typed
list, recognise the related-agencies marker, and apply the edit to the parsed directive."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from tui_tracker.model import Assignment, Deadline, DeadlineKind, ParsedDirective, Role
from tui_tracker.text import fold
from tui_tracker.ui.formatting import fmt_date

# "các cơ quan liên quan", "các cơ quan, đơn vị liên quan", "các đơn vị liên quan" are a marker
# (ParsedDirective.with_related), not an agency.
_RELATED = re.compile(r"^cac (co quan|don vi|ban, nganh|so, nganh)\b.*\blien quan$")
RELATED_MARKER = "các cơ quan liên quan"


@cache
def _agency_tables() -> tuple[set[str], set[str]]:
    """Keys of every known agency name and alias, and of the group addressees (with theirs)."""
    from tui_tracker.agencies import GROUP_ADDRESSEES, SEED_AGENCIES, agency_key

    known = {agency_key(name) for name, _ in SEED_AGENCIES}
    known |= {agency_key(alias) for _, aliases in SEED_AGENCIES for alias in aliases}
    groups = {agency_key(name) for name in GROUP_ADDRESSEES}
    if isinstance(GROUP_ADDRESSEES, dict):
        groups |= {agency_key(alias) for aliases in GROUP_ADDRESSEES.values()
                   for alias in aliases}
    return known | groups, groups


def is_related_marker(text: str) -> bool:
    return bool(_RELATED.match(fold(text)))


def split_agencies(text: str) -> list[str]:
    """Agencies typed as a list: "Sở Y tế, Sở Văn hóa, Thể thao và Du lịch".

    Names themselves may hold commas, so consecutive pieces are joined again when together
    they name a known agency, group or the related-agencies marker. A semicolon, when
    present, is the only separator."""
    from tui_tracker.agencies import agency_key

    pieces = [p.strip() for p in re.split(";" if ";" in text else ",", text)]
    pieces = [p for p in pieces if p]
    known, _ = _agency_tables()
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            name = ", ".join(pieces[i:j])
            if j == i + 1 or agency_key(name) in known or is_related_marker(name):
                out.append(name)
                i = j
                break
    return out


@dataclass
class DirectiveEdit:
    """What the user typed in the edit dialog, checked."""

    lead: str
    coordinators: list[str]
    with_related: bool
    due_on: date | None


def apply_edit(directive: ParsedDirective, edit: DirectiveEdit) -> None:
    """Change the lead, the coordinating agencies and the due date of a parsed directive."""
    from tui_tracker.agencies import agency_key, canonical_agency

    _, groups = _agency_tables()
    assignments: list[Assignment] = []
    seen: set[str] = set()

    def add(name: str, role: Role) -> None:
        name = canonical_agency(name.strip())
        key = agency_key(name)
        if not name or key in seen:
            return
        seen.add(key)
        assignments.append(Assignment(agency=name, role=role, group=key in groups))

    if edit.lead.strip():
        add(edit.lead, Role.LEAD)
    for name in edit.coordinators:
        add(name, Role.COORDINATE)
    directive.assignments = assignments
    directive.with_related = edit.with_related
    if directive.deadline is not None:
        directive.deadline.due_on = edit.due_on
    elif edit.due_on is not None:
        # The notice gave no deadline; the official sets one: record it as a plain date.
        directive.deadline = Deadline(text=fmt_date(edit.due_on), due_on=edit.due_on,
                                      kind=DeadlineKind.DATE)


def coordinators_of(directive: ParsedDirective) -> list[str]:
    return [a.agency for a in directive.assignments if a.role == Role.COORDINATE]


def coordinators_text(directive: ParsedDirective) -> str:
    names = coordinators_of(directive)
    if directive.with_related:
        names.append(RELATED_MARKER)
    return ", ".join(names)

