"""The fixed set of flags a parsed directive can carry: what the parser was unsure of.

Each code names one kind of doubt, so that the import review can point a person
at the rows to check (`n` jumps to the next flagged row) and `parse --json`
tells a script why. The codes are a contract: scripts read them, the README
lists them, a test keeps the three equal. Labels live in the catalog
(`parse.flag.<code>`), in both languages.
"""

from __future__ import annotations

import unicodedata

__all__ = ["FLAGS", "flag_label", "is_vietnamese_name"]

# Code → what it means (English, for the code's readers; users see the catalog's label).
FLAGS: dict[str, str] = {
    # Roles
    "lead_inherited": "the lead is not named in the directive's own text: it comes from a "
                      "heading, a lead-in or the letter's addressees",
    "lead_not_found": "no lead agency could be read",
    "unknown_agency": "a lead or coordinator is not in the agency catalogue (kept as written)",
    # Deadlines
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


# The marks Vietnamese writes on a letter: circumflex, breve, horn (letters), and the
# five tones. Any other mark (diaeresis, cedilla, ring, caron …) is a misread letter.
_VIETNAMESE_MARKS = frozenset("\u0302\u0306\u031b\u0300\u0301\u0303\u0309\u0323")


def is_vietnamese_name(name: str) -> bool:
    """Whether every letter of a name is one Vietnamese writes (a-z with its marks,
    đ): an OCR slip gives "Sở Tài chínḥ" or "Sở Xâý dựng", a foreign script "Sở Ү tế"."""
    for char in name:
        if not char.isalpha():
            continue
        if char in "đĐ":
            continue
        base, *marks = list(unicodedata.normalize("NFD", char))
        if not ("a" <= base.lower() <= "z"):
            return False
        if marks and (base.lower() not in "aeiouy" or len(marks) > 2
                      or any(mark not in _VIETNAMESE_MARKS for mark in marks)):
            return False  # marks sit on vowels only: "ḥ", "ñ" are misread letters
    return True
