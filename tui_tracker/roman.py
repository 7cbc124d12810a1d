"""Roman numerals as notices number their parts ("I.", "IV.", "XII."): one home for
the parser's document tree and the OCR's marker repairs."""

from __future__ import annotations

__all__ = ["roman_value", "to_roman"]

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def to_roman(value: int) -> str:
    """"IV" for 4; "" for 0 or less. Notices stop well before 40."""
    out = ""
    for number, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral written the canonical way ("IV", not "IIII"),
    between 1 and 39; None for anything else."""
    if not text or any(c not in _VALUES for c in text):
        return None
    total = 0
    values = [_VALUES[c] for c in text]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and v < values[i + 1] else v
    return total if 0 < total < 40 and to_roman(total) == text else None
