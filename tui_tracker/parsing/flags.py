"""The fixed set of flags a parsed directive can carry: what the parser was unsure of.

Each code names one kind of doubt, so that the import review can point a person
at the rows to check (`n` jumps to the next flagged row) and `parse --json`
tells a script why. The codes are a contract: scripts read them, the README
lists them, a test keeps the three equal. Labels live in the catalog
(`parse.flag.<code>`), in both languages.
"""

from __future__ import annotations

__all__ = ["FLAGS", "flag_label"]

# Code → what it means (English, for the code's readers; users see the catalog's label).
FLAGS: dict[str, str] = {
    # Roles
    "lead_inherited": "the lead is not named in the directive's own text: it comes from a "
                      "heading, a lead-in or the letter's addressees",
    "lead_not_found": "no lead agency could be read",
    "unknown_agency": "a lead or coordinator is not in the agency catalogue (kept as written)",
    # Deadlines
    "deadline_inherited": "the deadline is not stated in the directive's own text: it comes "
                          "from the item or lead-in above it",
    "deadline_from_parent_all": "the deadline comes from a parent that says it applies to "
                                "all of its points",
    "deadline_chain": "the text names several deadlines (steps); the last one is used",
    "deadline_before_notice": "the deadline is earlier than the notice's own date",
    # Text and structure
    "long_text": "the directive's text is long: it may hold several tasks",
    "unclassified_paragraph_nearby": "a paragraph next to it was neither a task nor "
                                     "recognised background",
    "ocr_text": "the text was read from a scanned page (OCR)",
    "name_not_vietnamese": "an agency name has letters Vietnamese does not use (an OCR slip?)",
}


def flag_label(code: str) -> str:
    """The user's words for a flag (the catalog's `parse.flag.<code>`)."""
    from tui_tracker.i18n import t

    return t(f"parse.flag.{code}")
