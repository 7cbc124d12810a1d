"""Vietnamese text: normalisation of dirty input and folding for search.

Text copied out of PDFs and e-office systems arrives decomposed (NFD), with
look-alike letters, non-breaking spaces, control characters, markdown bold
marks and page breaks that split a sentence across a blank line. The parser
reads the normalised text; the store keeps the original beside it.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that look like Đ/đ but are other code points (Icelandic eth, African D).
_LOOKALIKES = str.maketrans({
    "\u00d0": "Đ",  # Ð LATIN CAPITAL LETTER ETH
    "\u0189": "Đ",  # Ɖ LATIN CAPITAL LETTER AFRICAN D
    "\u00f0": "đ",  # ð LATIN SMALL LETTER ETH
    "\u0256": "đ",  # ɖ LATIN SMALL LETTER D WITH TAIL
})
# Every kind of Unicode space becomes a plain space.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# C0/C1 controls except newline; \r is handled before this.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_BOLD = re.compile(r"\*\*|__")
# A line that starts a new block: an item marker, a numbered section, a list dash.
_BLOCK_START = re.compile(
    r"^(?:[a-zđ]\)|[0-9]+(?:\.[0-9]+)*[.)]|[IVXLC]+[.)]|[-+•*–]\s|\(\d+\))", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;!?)\]”\"…/]$")


def normalize(text: str) -> str:
    """NFC text with look-alikes, odd spaces, controls and bold marks cleaned,
    and sentences split by a PDF page break joined again."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_LOOKALIKES)
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    text = _BOLD.sub("", text)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(_repair_page_breaks(lines)).strip() + "\n"


def _repair_page_breaks(lines: list[str]) -> list[str]:
    """Join `chưa thực` / blank / `sự theo` back into one line.

    A page break shows as one or more blank lines between a line that does not
    end a sentence and a line that starts in lower case (and is not an item
    marker such as `đ)`)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line and out and out[-1] == "" and len(out) >= 2:
            prev = out[-2]
            if (prev and not _SENTENCE_END.search(prev) and line[0].islower()
                    and not _BLOCK_START.match(line) and not prev.isupper()):
                while out and out[-1] == "":
                    out.pop()
                out[-1] = f"{prev} {line}"
                i += 1
                continue
        if line == "" and out and out[-1] == "":
            i += 1  # collapse runs of blank lines
            continue
        out.append(line)
        i += 1
    return out


def fold(text: str) -> str:
    """Lower case without diacritics, đ as d: `Đăng ký` → `dang ky`.

    Used for search and matching, since users type without diacritics."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LOOKALIKES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return " ".join(stripped.lower().split())


def strip_terminal_escapes(text: str) -> str:
    """Remove ANSI escape sequences so notice text cannot drive the terminal."""
    return re.sub(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])", "", text)
