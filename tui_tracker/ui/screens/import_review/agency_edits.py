"""Rules for the agencies an official types when correcting a parsed directive: the lists are
read by the parser's own splitter and "related agencies" marker
(`tui_tracker.parsing.agency_list`), so a correction means what the same words mean in a
notice; then the edit is applied to the parsed directive, every lead kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from tui_tracker.agencies import agency_key, canonical_agency
from tui_tracker.model import Assignment, Deadline, DeadlineKind, ParsedDirective, Role
from tui_tracker.ui.formatting import fmt_date

if TYPE_CHECKING:
    from tui_tracker.parsing.agency_list import TypedAgency

# Written back into the coordinators field for `with_related`; the parser reads it as the marker.
RELATED_MARKER = "các cơ quan liên quan"


@dataclass
class DirectiveEdit:
    """What the user typed in the edit dialog, checked."""

    leads: list[TypedAgency] = field(default_factory=list)
    coordinators: list[TypedAgency] = field(default_factory=list)
    with_related: bool = False
    due_on: date | None = None
    # A deadline phrase typed in the due field ("trước ngày 30/6/2026"), read by the
    # parser's rule: it replaces the directive's deadline, phrase and all.
    deadline: Deadline | None = None


def read_edit(lead_text: str, coordinate_text: str, due_on: date | None,
              deadline: Deadline | None = None) -> DirectiveEdit:
    """The edit the two agency fields and the date describe.

    As in the parser, the related-agencies marker alone in the lead's place is the group that
    leads ("các cơ quan, đơn vị liên quan" chủ trì); anywhere else it sets `with_related`."""
    # Imported here: the parser loads when the first edit is read, not at start-up.
    from tui_tracker.parsing.agency_list import TypedAgency, split_agency_list

    leads = split_agency_list(lead_text)
    coordinators = split_agency_list(coordinate_text)
    lead_agencies = list(leads.agencies)
    with_related = coordinators.with_related
    if leads.with_related:
        if lead_agencies:
            with_related = True
        elif leads.related_text:
            lead_agencies.append(TypedAgency(canonical_agency(leads.related_text), True))
    if deadline is not None:
        due_on = deadline.due_on
    return DirectiveEdit(leads=lead_agencies, coordinators=list(coordinators.agencies),
                         with_related=with_related, due_on=due_on, deadline=deadline)


def apply_edit(directive: ParsedDirective, edit: DirectiveEdit) -> None:
    """Change the leads, the coordinating agencies and the due date of a parsed directive.

    An agency named twice keeps its first role (a lead stays a lead). An agency that
    keeps its role keeps its own step's date of a chain ("gửi Sở Tài chính trước ngày
    15/12 …, báo cáo UBND tỉnh trước ngày 20/12"), unless the new deadline comes
    before that date."""
    assignments: list[Assignment] = []
    seen: set[str] = set()
    steps = {(agency_key(a.agency), Role(a.role)): a.due_on
             for a in directive.assignments if a.due_on is not None}

    def add(agency: TypedAgency, role: Role) -> None:
        key = agency_key(agency.name)
        if not agency.name.strip() or key in seen:
            return
        seen.add(key)
        step = steps.get((key, role))
        if step is not None and edit.due_on is not None and step > edit.due_on:
            step = None
        assignments.append(Assignment(agency=agency.name, role=role, group=agency.group,
                                      due_on=step))

    for agency in edit.leads:
        add(agency, Role.LEAD)
    for agency in edit.coordinators:
        add(agency, Role.COORDINATE)
    directive.assignments = assignments
    directive.with_related = edit.with_related
    if edit.deadline is not None:
        directive.deadline = Deadline(text=edit.deadline.text, due_on=edit.deadline.due_on,
                                      kind=edit.deadline.kind,
                                      recurrence=edit.deadline.recurrence)
    elif directive.deadline is not None:
        directive.deadline.due_on = edit.due_on
    elif edit.due_on is not None:
        # The notice gave no deadline; the official sets one: record it as a plain date.
        directive.deadline = Deadline(text=fmt_date(edit.due_on), due_on=edit.due_on,
                                      kind=DeadlineKind.DATE)


def leads_of(directive: ParsedDirective) -> list[str]:
    return [a.agency for a in directive.assignments if a.role == Role.LEAD]


def coordinators_of(directive: ParsedDirective) -> list[str]:
    return [a.agency for a in directive.assignments if a.role == Role.COORDINATE]


def leads_text(directive: ParsedDirective) -> str:
    """Every lead, in the order the parser found them (co-subjects all lead)."""
    return "; ".join(leads_of(directive))


def coordinators_text(directive: ParsedDirective) -> str:
    names = coordinators_of(directive)
    if directive.with_related:
        names.append(RELATED_MARKER)
    return "; ".join(names)


