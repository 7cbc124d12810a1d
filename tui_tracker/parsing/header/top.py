"""The top of a notice: agency lines, number/symbol (`Số: 123/TB-UBND`), place
and date (`Gia Lai, ngày 05 tháng 6 năm 2026`), the type line (`THÔNG BÁO`) and
the summary (trích yếu) under it, or the `V/v …` line of a Công văn.

Text copied out of a PDF or Word often flattens the two header columns into
one line ("Số: 215/TB-UBND Quảng Ngãi, ngày …") or lists them one after the
other: both layouts work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from tui_tracker.parsing.header.common import (
    BODY_START,
    DATE,
    KINH_GUI,
    SEPARATOR,
    VV,
    fold_chars,
    is_caps,
    make_date,
)
from tui_tracker.parsing.header.footer import is_signature_line
from tui_tracker.parsing.header.names import recase
from tui_tracker.parsing.references import SO_LINE, doc_code, tidy_number
from tui_tracker.text import fold

# The national motto and the Party's own, in the right-hand header column.
_MOTTOS = [
    re.compile(r"cong hoa xa hoi chu nghia viet nam"),
    re.compile(r"doc lap\s*[-–—]?\s*tu do\s*[-–—]?\s*hanh phuc"),
    re.compile(r"dang cong san viet nam"),
]
# Type lines (folded) → code; longest first. "THÔNG BÁO KẾT LUẬN" is a
# Thông báo whose content is conclusions.
_TYPE_LINES: dict[str, str] = {
    "thong bao": "TB", "ket luan": "KL", "quyet dinh": "QĐ", "chi thi": "CT",
    "ke hoach": "KH", "bao cao": "BC", "cong dien": "CĐ", "to trinh": "TTr",
    "bien ban": "BB", "huong dan": "HD", "chuong trinh": "CTr", "giay moi": "GM",
    "nghi quyet": "NQ", "quy dinh": "QyĐ", "quy che": "QC", "phuong an": "PA",
    "de an": "ĐA", "du an": "DA", "thong cao": "TC", "cong van": "CV",
}
_TYPE_LINE = re.compile(
    r"^(?P<type>" + "|".join(sorted(_TYPE_LINES, key=len, reverse=True)) + r")\b(?P<rest>.*)$")
# "Gia Lai, ngày 05 tháng 6 năm 2026", "Hà Nội, ngày 5/6/2026", and a draft
# with the day left blank ("Quảng Ngãi, ngày tháng 11 năm 2026").
_PLACE_DATE = re.compile(rf"(?:^|,?\s+)ngày\s+(?:{DATE}|(?:tháng\s+\d{{1,2}}\s+)?năm\s+\d{{4}}|tháng)",
                         re.IGNORECASE)


@dataclass
class _Zone:
    """What the header lines gave."""

    number: str | None = None
    number_code: str | None = None  # code of a draft's blank number ("/TB-UBND")
    place: str | None = None
    issued_on: date | None = None
    agency_lines: list[str] = field(default_factory=list)
    vv: list[str] = field(default_factory=list)
    summary: str | None = None  # "Kết luận của …" when the type line is missing


def _remove_mottos(line: str) -> str:
    folded = fold_chars(line)
    for pattern in _MOTTOS:
        m = pattern.search(folded)
        if m:
            line = line[:m.start()] + " " + line[m.end():]
            folded = folded[:m.start()] + " " + folded[m.end():]
    return re.sub(r"\s{2,}", " ", line).strip()


def _type_line(line: str) -> tuple[str, str] | None:
    """(code, rest) when the line is a type line such as `THÔNG BÁO` or
    `THÔNG BÁO KẾT LUẬN của …`: the type words must be in capitals."""
    core = line.strip().strip(":").strip()
    m = _TYPE_LINE.match(fold_chars(core))
    if not m or not is_caps(core[:m.end("type")]):
        return None
    rest = core[m.end("type"):].strip()
    return _TYPE_LINES[m.group("type")], rest


def find_type_line(lines: list[str]) -> tuple[int, str, str] | None:
    for i, line in enumerate(lines[:60]):
        if KINH_GUI.match(line):
            return None  # a Công văn: no type line above its addressees
        found = _type_line(line)
        if found:
            return i, found[0], found[1]
    return None


def _split_place(before: str) -> tuple[str, str]:
    """("left-over text", "place") from the text before ", ngày": the place is
    the trailing run of capitalised words ("… dự án Quảng Ngãi" → "Quảng Ngãi")."""
    words = before.split()
    if len(words) <= 5 and words and words[0][0].isupper():
        return "", before.strip()
    run: list[str] = []
    for word in reversed(words):
        if word[0].isupper() and len(run) < 4:
            run.insert(0, word)
        else:
            break
    return " ".join(words[:len(words) - len(run)]), " ".join(run)


def _header_cells(lines: list[str]) -> list[str]:
    """The header lines with a table flattened to pipes ("VĂN PHÒNG CHÍNH PHỦ |
    CỘNG HÒA … |") read cell by cell: each cell is a line of its column."""
    out: list[str] = []
    for line in lines:
        if "|" in line:
            out.extend(cell.strip() for cell in line.split("|") if cell.strip())
        else:
            out.append(line)
    return out


# Stamps of urgency and secrecy in the header (Decree 30/2020 puts them under the
# number or above the addressees): "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "HẸN GIỜ",
# "MẬT", "TỐI MẬT", "TUYỆT MẬT". They say how to handle the document, not who issued it.
_MARK_LINE = re.compile(
    r"^(?:(?:hoa toc|thuong khan|khan|hen gio|toi mat|tuyet mat|mat)\b[\s!.,:;\-–]*)+$")


def _is_mark_line(line: str) -> bool:
    return is_caps(line) and bool(_MARK_LINE.match(fold(line)))


def read_zone(lines: list[str]) -> _Zone:
    zone = _Zone()
    in_vv = False
    for raw in _header_cells(lines):
        line = _remove_mottos(raw)
        if not raw:
            in_vv = False  # the V/v summary ends at a blank line
        if not line or SEPARATOR.match(line):
            continue
        m = SO_LINE.match(line)
        if m and (m.group("num") or m.group("blank")):
            if m.group("num") and zone.number is None:
                zone.number = tidy_number(m.group("num"))
            elif m.group("blank"):
                zone.number_code = doc_code("0" + tidy_number(m.group("blank")))
            line = line[m.end():].strip()
        elif re.match(r"^S[ốỐ]\s*[:.]", line):
            line = re.sub(r"^S[ốỐ]\s*[:.]\s*", "", line)
        pd = _PLACE_DATE.search(line)
        # A V/v summary may itself cite a date: only "Place, ngày … tháng … năm …" there.
        if pd and VV.match(line) and not (pd.group(0).lstrip().startswith(",") and pd.group("wd")):
            pd = None
        left, place = _split_place(line[:pd.start()]) if pd else ("", "")
        if pd and not place and (line[:pd.start()].strip()
                                 or re.search(r"\w", re.sub(r"\([^()]*\)", "", line[pd.end():]))):
            # "… báo cáo trước ngày 30/6/2026", "Ngày 20/11/2026, Phó Chủ tịch …": a date
            # in a sentence, not the line that dates the notice (a place before it, or
            # the date alone on its line).
            pd = None
        if pd:
            if zone.place is None and place:
                zone.place = place
            if zone.issued_on is None and (pd.group("d") or pd.group("wd")):
                zone.issued_on = make_date(pd, phrase=pd.group(0).lstrip(", "))
            line = (left + " " + line[pd.end():]).strip()
        if not line or _is_mark_line(line):
            continue
        if VV.match(line):
            zone.vv.append(line)
            in_vv = True
        elif in_vv and not is_caps(line):
            zone.vv.append(line)
        elif is_caps(line) or (not zone.number and not zone.vv and _looks_like_agency(line)):
            in_vv = False
            zone.agency_lines.append(line)
        elif zone.summary is None and _SUMMARY.match(line):
            zone.summary = line
    return zone


# A summary that lost its type line above it.
_SUMMARY = re.compile(r"^(?:Kết luận|Thông báo kết luận|Ý kiến kết luận|Ý kiến chỉ đạo)\s+(?:của|tại)\b")


def _looks_like_agency(line: str) -> bool:
    return bool(re.match(r"^(?:Ủy ban|UBND|Văn phòng|Sở|Bộ|Tỉnh ủy|Ban|Hội đồng|Thành ủy)\b",
                         line)) and len(line) < 80


# A line of a body, never of a header: a lettered item ("a)", "b."), a bullet, or a
# sentence that assigns work ("Giao Sở …", "Yêu cầu …"). Case matters: a wrapped
# summary line may begin with "giao".
BODY_LINE = re.compile(
    r"^(?:[a-zđ]\s*[.)]\s|[-+•–]\s*[^\W\d_]|(?:Giao|Yêu cầu|Đề nghị|Chỉ đạo|Phân công)\s)")


def zone_end(lines: list[str], type_at: int | None) -> int:
    """Index of the first line after the header zone."""
    if type_at is not None:
        return type_at
    for i, line in enumerate(lines[:40]):
        if KINH_GUI.match(line) or (line and (BODY_START.match(line) or BODY_LINE.match(line))
                                    and not VV.match(line)):
            return i
    return min(len(lines), 15)


def title_after_type(lines: list[str], type_at: int, rest: str) -> tuple[str | None, int]:
    """The summary under the type line, and the index where the body starts."""
    i = type_at + 1
    while i < len(lines) and (not lines[i] or SEPARATOR.match(lines[i])):
        i += 1
    parts: list[str] = []
    while i < len(lines) and lines[i] and not SEPARATOR.match(lines[i]):
        # A summary has no closing period: a line with one, when the summary
        # already started, is the body run on without a blank line.
        if (BODY_START.match(lines[i]) or is_signature_line(lines[i]) or len(parts) >= 3
                or (parts and re.search(r"[.:;]$", lines[i]))):
            break
        parts.append(lines[i])
        i += 1
    text = " ".join(recase(p) if is_caps(p) else p for p in parts)
    if rest:
        # "THÔNG BÁO KẾT LUẬN" / "của Ban Thường vụ …" → "Kết luận của Ban Thường vụ …"
        head = recase(rest) if is_caps(rest) else rest
        if re.match(r"^(?:Về|Của|Tại|Với|Đối với)\s", text):
            text = text[0].lower() + text[1:]
        text = f"{head} {text}".strip()
    return (text or None), i
