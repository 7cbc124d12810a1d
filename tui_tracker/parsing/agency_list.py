"""A list of agencies typed by a person ("Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, các địa
phương liên quan"), read with the parser's own agency-list scanner and its own
"related agencies" marker, so a correction means what the same words mean in a notice.

The UI's correction dialogs call `split_agency_list`; the parser itself is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui_tracker.agencies import canonical_agency, clean_name, is_group
from tui_tracker.parsing.agency_names import RELATED_RE as _RELATED_RE
from tui_tracker.parsing.agency_names import ClauseText as _Text
from tui_tracker.parsing.agency_names import agency_list as _agency_list

# Where a name the scanner does not recognise ends: a person may type any agency, and the
# name they typed is kept as it is.
_FREE_NAME_END = re.compile(r"[,;]")
_SEPARATOR = re.compile(r"\s*[,;]?\s*(?:và\s+)?")


@dataclass
class TypedAgency:
    name: str  # canonical when known ("Sở KH&CN" -> "Sở Khoa học và Công nghệ")
    group: bool  # a group addressee ("các sở, ngành, địa phương")


@dataclass
class AgencyList:
    agencies: list[TypedAgency] = field(default_factory=list)
    with_related: bool = False  # the list named "các cơ quan (đơn vị, địa phương) liên quan"
    related_text: str | None = None  # that marker as typed, e.g. to lead alone

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.agencies]


def is_related_agencies(text: str) -> bool:
    """Whether `text` is the parser's "related agencies" marker and nothing else."""
    low = text.strip().lower()
    m = _RELATED_RE.match(low)
    return m is not None and m.end() == len(low)


def split_agency_list(text: str) -> AgencyList:
    """The agencies of a typed list, each once, and whether it names the related agencies.

    Known names and groups are split where the parser splits them (commas inside "Sở Văn
    hóa, Thể thao và Du lịch" stay); a piece the scanner does not know is taken up to the
    next comma or semicolon as the person typed it."""
    out = AgencyList()
    seen: set[str] = set()
    t = _Text(text)
    pos = 0
    while True:
        pos = start = t.skip_space(pos)
        if pos >= len(text):
            break
        found = _agency_list(t, pos)
        if found is not None and found.end > pos:
            if found.related:
                out.with_related = True
                marker = _RELATED_RE.search(t.low, pos, found.end)
                if marker and out.related_text is None:
                    out.related_text = clean_name(text[marker.start():marker.end()])
            items = [(n.name, n.group) for n in found.names]
            pos = found.end
        else:
            stop = _FREE_NAME_END.search(text, pos)
            end = stop.start() if stop else len(text)
            name = clean_name(text[pos:end])
            items = [(canonical_agency(name), is_group(name))] if name else []
            pos = end
        for name, group in items:
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                out.agencies.append(TypedAgency(name, group))
        pos = _SEPARATOR.match(t.low, pos).end()  # type: ignore[union-attr]  # may be empty
        if pos == start:  # neither a name nor a separator here: step over one character
            pos += 1
    return out
