"""What the tests compare between formats: the directives as the parser found them."""

from __future__ import annotations

from typing import Any

from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.source import read_source


def directives(path: str) -> list[tuple[Any, ...]]:
    """(ref, lead, assignments, due date, deadline kind) of every directive."""
    parsed = parse_notice(read_source(path).text)
    return [(d["ref"], d["lead"], [(a["agency"], a["role"]) for a in d["assignments"]],
             (d["deadline"] or {}).get("due_on"), (d["deadline"] or {}).get("kind"))
            for d in parsed.to_json()["directives"]]


def notice_header(path: str) -> dict[str, Any]:
    return parse_notice(read_source(path).text).to_json()["notice"]
