"""The lists and the foot of a notice: `Kính gửi` addressees, recipients (Nơi
nhận), the signature block and the signer.

Text copied out of a PDF or Word often interleaves Nơi nhận with the signature
block ("- Như trên; PHÓ CHỦ TỊCH"): both layouts work.
"""

from __future__ import annotations

import re

from tui_tracker.parsing.header.common import (
    BODY_START,
    KINH_GUI,
    fold_chars,
    is_caps,
    strip_item,
)
from tui_tracker.text import fold

# ---------------------------------------------------------------------------
# Lists: Kính gửi and Nơi nhận

BULLET = re.compile(r"^\s*[-+•–—*]")
# Lines of the signature block: the role words of the signer, in capitals.
_SIG_PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|TUQ)\s*[.:/]", re.IGNORECASE)
SIG_WORDS = re.compile(
    r"\b(?:chu tich|giam doc|chanh van phong|bi thu|thu tuong|bo truong|thu truong"
    r"|truong ban|tong thu ky|chu nhiem|vien truong|cuc truong|tong cuc truong"
    r"|uy ban nhan dan|ban thuong vu|ban chap hanh|thuong truc|nguoi ky)\b")
_SIGNED = re.compile(r"^[(\[]?\s*(?:đã\s+ký|ký(?:\s+tên)?(?:,?\s*(?:và\s+)?đóng\s+dấu)?|"
                     r"đã\s+ký\s+và\s+đóng\s+dấu|signed)\s*[)\]]?\.?$", re.IGNORECASE)


def is_signature_line(line: str) -> bool:
    """"TL. CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG": a short line of role words in capitals."""
    line = line.strip()
    if not is_caps(line) or BULLET.match(line) or len(line.split()) > 8:
        return False
    return bool(_SIG_PREFIX.match(line) or SIG_WORDS.search(fold_chars(line)))


_LIST_MARK = re.compile(r"[,;]")
_CLOSED = re.compile(r"[;:,.]$")
_NAME_AFTER_MARK = re.compile(r"[.;,]\s+(\S[^.;,]*)$")
_ITEM_END = re.compile(r"[;,.]$")
_LINE_END = re.compile(r"[;.]$")
_ITEM_SPLIT = re.compile(r";\s*")
_RECIPIENT_SPLIT = re.compile(r";\s+(?=\S)")


def _split_trailing_signature(line: str) -> tuple[str, str | None]:
    """A flattened two-column footer: "- Như trên; PHÓ CHỦ TỊCH" →
    ("- Như trên;", "PHÓ CHỦ TỊCH"); "Nơi nhận: KT. CHỦ TỊCH" likewise."""
    words = line.split()
    # A signature line is in capitals: only the tails after the last word with a
    # lower-case letter can be one (in most lines, none).
    first = len(words)
    while first > 0 and not any(c.isalpha() and not c.isupper() for c in words[first - 1]):
        first -= 1
    for k in range(first, len(words) - 1):
        tail = " ".join(words[k:])
        head = " ".join(words[:k])
        if (is_signature_line(tail) and not _LIST_MARK.search(tail)
                and (not head or _CLOSED.search(head))):
            return head, tail
    return line, None


def _split_trailing_name(line: str) -> tuple[str, str | None]:
    """A flattened two-column footer whose right column held the signer's name on the
    row of a recipient: "- Lưu: VT, KTTC. Đầu Thanh Tùng" → ("- Lưu: VT, KTTC.",
    "Đầu Thanh Tùng"). The recipient item ends at its closing mark."""
    m = _NAME_AFTER_MARK.search(line)
    if m and looks_like_name(m.group(1)):
        return line[:m.start() + 1], m.group(1).strip()
    return line, None


def collect_list(lines: list[str], start: int,
                 inline: str) -> tuple[list[str], list[str], int, list[str]]:
    """Items of a dash list (Kính gửi, Nơi nhận) from `inline` (the text after
    the colon) and the lines from `start`; a continuation line joins its item
    ("- VPUB: CVP, PCVP," / "Các phòng, ban, đơn vị;").

    Returns the items, the signature-block lines met at the ends of the list
    lines (a flattened footer), the index of the first line after the list, and
    the names met there (the signer, from the same flattened footer)."""
    items: list[str] = []
    caps: list[str] = []
    names: list[str] = []
    inline, tail = _split_trailing_signature(inline.strip())
    if tail:
        caps.append(tail)
    if inline:
        # "Kính gửi: Sở A; Sở B." or "Kính gửi: - Sở A; - Sở B"
        items.extend(p for p in _ITEM_SPLIT.split(inline) if strip_item(p))
    last = inline
    bulleted = False  # whether the last item opened with a dash
    blank = False
    i = start
    while i < len(lines):
        line = lines[i]
        if not line:
            blank = True
            i += 1
            continue
        if is_signature_line(line) or _SIGNED.match(line):
            break
        line, tail = _split_trailing_signature(line)
        if tail:
            caps.append(tail)
        line, name = _split_trailing_name(line)
        if name:
            names.append(name)
        # The last item of a list closes with a period; a semicolon or a comma
        # (Party style) means more follow; no mark at all, the item runs on.
        open_item = bool(last) and not _ITEM_END.search(last)
        if not line:
            pass
        elif BULLET.match(line):
            items.append(line)
            bulleted = True
        elif (items and (open_item or last.endswith(",")) and not blank and len(line) < 100
              and (bulleted or _runs_on(last, line)) and not BODY_START.match(line)
              and not line.endswith(":") and not looks_like_name(line)):
            # A dash item without its closing mark runs on ("- VPUB: CVP, PCVP, các
            # phòng" / "N/cứu, CBTH;"); an item after "Kính gửi:" only when the
            # next line plainly carries it on (a sentence of the body may follow).
            items[-1] = f"{items[-1]} {line}"
        elif (not blank and (not last or last.endswith((";", ","))) and _LINE_END.search(line)
              and len(line) < 100
              and not BODY_START.match(line) and not looks_like_name(line)):
            items.append(line)  # a list written without dashes
            bulleted = False
        else:
            break
        last = line or last
        blank = False
        i += 1
    # "- Công an tỉnh; Bộ CHQS tỉnh;" names two recipients.
    parts = [p for x in items for p in _RECIPIENT_SPLIT.split(x)]
    return [s for s in (strip_item(x) for x in parts) if s], caps, i, names


def _runs_on(item: str, line: str) -> bool:
    """Whether `line` continues a list item: after a comma or a function word,
    or when it starts in lower case ("thành phố" / "trực thuộc Trung ương")."""
    last_word = item.rsplit(" ", 1)[-1].lower()
    return (item.endswith(",") or line[:1].islower() or line[:1].isdigit()
            or last_word in {"và", "các", "của", "với", "tại", "thuộc"})


# An e-mail's or a letter's greeting ("Kính gửi anh chị,", "Kính gửi: Quý cơ quan"):
# people greeted, no agency to lead the work.
# (A page-break repair may have joined the next sentence on: "anh chị, Văn phòng gửi …".)
_GREETING = re.compile(
    r"^(?:các\s+)?(?:anh(?:\s*/?\s*chị)?|chị|ông(?:\s*/?\s*bà)?|bà|bạn|đồng\s+chí"
    r"|quý\s+(?:vị|anh\s*/?\s*chị|ông\s*/?\s*bà|cơ\s+quan|đơn\s+vị|lãnh\s+đạo))"
    r"(?:\s+[^\W\d_]+){0,2}?\s*(?:[,.!]|$)", re.IGNORECASE)


def addressees(lines: list[str], limit: int) -> list[str]:
    for i, line in enumerate(lines[:limit]):
        m = KINH_GUI.match(line)
        if m:
            if _GREETING.match(line[m.end():].strip()):
                return []
            return collect_list(lines, i + 1, line[m.end():])[0]
    return []


# ---------------------------------------------------------------------------
# Footer: recipients, signature block, signer

_NAME_WORD = re.compile(r"^[^\W\d_]+$")


def looks_like_name(line: str) -> bool:
    """"Phùng Tô Long": two to six capitalised words, letters only."""
    words = line.strip().split()
    if not 2 <= len(words) <= 6 or SIG_WORDS.search(fold_chars(line)):
        return False
    for w in words:
        if not _NAME_WORD.match(w) or not w[0].isupper():
            return False
        if not (w[1:].islower() or w.isupper()):
            return False
    return not fold(line).startswith(("noi nhan", "kinh gui", "thong bao", "van phong"))


# Where a signature block written on one line (a table cell) starts a new line.
_ROLE_START = re.compile(r"^(?:PHÓ|KT\.|TL\.|TM\.|TUQ\.|Q\.|T/M|K/T|T/L)$")


def _cell_lines(cell: str) -> list[str]:
    """One cell of a footer table as the lines it stands for: "Nơi nhận: - A; - B"
    → "Nơi nhận:", "- A;", "- B"; "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Văn
    Bình" → the role lines in capitals, then the name."""
    noi = re.match(r"^(N[ơo]i\s+nh[ậa]n\s*[:.]?)\s*", cell, re.IGNORECASE)
    if noi:
        items = [p.strip() for p in re.split(r"(?:^|\s)(?=[-+•]\s)", cell[noi.end():]) if p.strip()]
        return [noi.group(1), *items]
    words = cell.split()
    k = 0
    while k < len(words) and is_caps(" ".join(words[:k + 1])):
        k += 1
    if k == 0 or not is_signature_line(" ".join(words[:min(k, 8)])):
        return [cell]
    out: list[str] = []
    for i, word in enumerate(words[:k]):
        if not out or (_ROLE_START.match(word) and not _ROLE_START.match(words[i - 1])):
            out.append(word)
        else:
            out[-1] = f"{out[-1]} {word}"
    rest = " ".join(words[k:])
    return [*out, *([""] if rest else []), *([rest] if rest else [])]


def _untable(lines: list[str], body_from: int) -> list[str]:
    """The footer with table rows ("| Nơi nhận: … | KT. CHỦ TỊCH … |") read cell by
    cell: the left cell's lines first, then the right one's."""
    out = lines[:body_from]
    for line in lines[body_from:]:
        if line.count("|") >= 2:
            cells = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
            for cell in cells:
                out.extend(_cell_lines(cell))
                out.append("")
        else:
            out.append(line)
    return out


def footer(lines: list[str], body_from: int) -> tuple[list[str], list[str], str | None]:
    """(recipients, signature-block lines, signer)."""
    lines = _untable(lines, body_from)
    n = len(lines)
    recipients: list[str] = []
    caps: list[str] = []
    names: list[str] = []
    noi = next((i for i in range(n - 1, body_from - 1, -1)
                if re.match(r"^N[ơo]i\s+nh[ậa]n\b", lines[i], re.IGNORECASE)), None)
    list_end = None
    if noi is not None:
        head = re.sub(r"^N[ơo]i\s+nh[ậa]n\s*[:.]?\s*", "", lines[noi], flags=re.IGNORECASE)
        recipients, caps, list_end, names = collect_list(lines, noi + 1, head)
    # The footer starts at Nơi nhận or after the closing "./.", whichever comes first.
    ends = [i for i in range(body_from, n) if lines[i].endswith("/.")]
    starts = [i for i in (noi, ends[-1] + 1 if ends else None) if i is not None]
    tail_from = min(starts) if starts else max(body_from, n - 30)
    # The signature block: consecutive lines in capitals from the first role line.
    block: list[str] = []
    after = list_end if caps else None
    for i in range(tail_from, n):
        if is_signature_line(lines[i]):
            j = i
            while (j < n and lines[j] and is_caps(lines[j]) and not BULLET.match(lines[j])
                   and not looks_like_name(lines[j])):
                block.append(lines[j])
                j += 1
            after = j
            break
    block = caps + block
    signer = None
    if after is not None:
        signer = next((ln for ln in lines[after:after + 14]
                       if ln and looks_like_name(ln) and not BULLET.match(ln)), None)
    if signer is None and names:
        signer = names[-1]
    if signer is None:
        signer = _signed_marker_name(lines, tail_from)
    if signer and signer.isupper():
        signer = " ".join(w.capitalize() for w in signer.split())  # "NGUYỄN VĂN TRÍ"
    return recipients, block, signer


def _signed_marker_name(lines: list[str], start: int) -> str | None:
    """The name after "(Đã ký)" when the block itself was not recognised."""
    for i in range(start, len(lines)):
        if _SIGNED.match(lines[i]):
            for line in lines[i + 1:i + 6]:
                if line and looks_like_name(line):
                    return line
    return None
