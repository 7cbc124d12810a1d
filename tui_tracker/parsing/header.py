"""The parts of a notice around its directives: header, meeting, footer.

Reads normalised text (`tui_tracker.text.normalize`) and finds what Decree
30/2020 puts around the body of an administrative document:

- the header: issuing agency lines, number/symbol (`Số: 123/TB-UBND`),
  place and date (`Gia Lai, ngày 05 tháng 6 năm 2026`), the type line
  (`THÔNG BÁO`) and the summary (trích yếu) under it, or the `V/v …` line and
  the `Kính gửi:` list of a Công văn;
- the opening paragraph of a notice of conclusions: meeting date and place,
  the presiding official, the attendees;
- the footer: recipients (Nơi nhận), the signature block and the signer.

Text copied out of a PDF or Word often flattens the two header columns into
one line ("Số: 215/TB-UBND Quảng Ngãi, ngày …") or lists them one after the
other, and interleaves Nơi nhận with the signature block: both layouts work.
Anything missing becomes a warning; the parser never invents a value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from tui_tracker.errors import InvalidDateError
from tui_tracker.i18n import t
from tui_tracker.model import NoticeHeader
from tui_tracker.parsing.references import NUMBER, SO_LINE, doc_code, tidy_number
from tui_tracker.text import fold

# ---------------------------------------------------------------------------
# Small text helpers


def _fold_chars(text: str) -> str:
    """Like `fold` but one output character per input character, so a match in
    the folded text gives positions in the original."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append("d" if base in "đĐ" else base.lower())
    return "".join(out)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _strip_item(text: str) -> str:
    """An item of a list without its bullet and its closing punctuation."""
    text = re.sub(r"^\s*[-+•–—*]+\s*", "", text)
    return re.sub(r"[\s;,.]+$", "", text).strip()


_SEPARATOR = re.compile(r"^[\s\-_*=.~–—•]+$")


# ---------------------------------------------------------------------------
# Dates: "ngày 05 tháng 6 năm 2026", "ngày 5/6/2026", "14/4" (year implied)

_DATE_NUM = r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?"
_DATE_WORDS = r"(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<wy>\d{4}))?"
_DATE = rf"(?:{_DATE_WORDS}|{_DATE_NUM})"


def _make_date(m: re.Match[str], *, default_year: int | None = None,
               phrase: str | None = None) -> date | None:
    """The date of a `_DATE` match; None without a year to use.

    A day that does not exist (31/2/2026) is an error the user must fix, not a
    value to guess."""
    if m.group("wd"):
        d, mo, y = m.group("wd"), m.group("wm"), m.group("wy")
    else:
        d, mo, y = m.group("d"), m.group("m"), m.group("y")
    year = int(y) if y else default_year
    if year is None:
        return None
    try:
        return date(year, int(mo), int(d))
    except ValueError:
        text = phrase or m.group(0)
        raise InvalidDateError(t("parse.header.invalid_date", phrase=text), phrase=text) from None


# ---------------------------------------------------------------------------
# Header zone: agency lines, number, place and date, type line, summary

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
_VV = re.compile(r"^(?:V/v|V\.v\.?|Về việc)\s*[:.]?\s*", re.IGNORECASE)
_KINH_GUI = re.compile(r"^Kính\s+gửi\s*[:.]?\s*", re.IGNORECASE)
# "Gia Lai, ngày 05 tháng 6 năm 2026", "Hà Nội, ngày 5/6/2026", and a draft
# with the day left blank ("Quảng Ngãi, ngày tháng 11 năm 2026").
_PLACE_DATE = re.compile(rf"(?:^|,?\s+)ngày\s+(?:{_DATE}|(?:tháng\s+\d{{1,2}}\s+)?năm\s+\d{{4}}|tháng)",
                         re.IGNORECASE)
# The first line of the body: the summary ends before it.
_BODY_START = re.compile(
    r"^(?:(?:Sáng|Chiều|Trưa|Tối|Vào|Hôm)\b|Ngày\s+\d|Căn\s+cứ|Thực\s+hiện|Tham\s+dự|Kính\s+gửi"
    r"|Sau\s+khi|Tại\s+|Theo\s+|Trên\s+cơ\s+sở|Nhằm|Để\s|Dưới\s+sự|Hôm\s+nay|Điều\s+\d"
    r"|\d{1,2}\s*[.)]|[IVX]{1,4}\s*[.)])",
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
    folded = _fold_chars(line)
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
    m = _TYPE_LINE.match(_fold_chars(core))
    if not m or not _is_caps(core[:m.end("type")]):
        return None
    rest = core[m.end("type"):].strip()
    return _TYPE_LINES[m.group("type")], rest


def _find_type_line(lines: list[str]) -> tuple[int, str, str] | None:
    for i, line in enumerate(lines[:60]):
        if _KINH_GUI.match(line):
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
    return _is_caps(line) and bool(_MARK_LINE.match(fold(line)))


def _read_zone(lines: list[str]) -> _Zone:
    zone = _Zone()
    in_vv = False
    for raw in _header_cells(lines):
        line = _remove_mottos(raw)
        if not raw:
            in_vv = False  # the V/v summary ends at a blank line
        if not line or _SEPARATOR.match(line):
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
        if pd and _VV.match(line) and not (pd.group(0).lstrip().startswith(",") and pd.group("wd")):
            pd = None
        if pd:
            left, place = _split_place(line[:pd.start()])
            if zone.place is None and place:
                zone.place = place
            if zone.issued_on is None and (pd.group("d") or pd.group("wd")):
                zone.issued_on = _make_date(pd, phrase=pd.group(0).lstrip(", "))
            line = (left + " " + line[pd.end():]).strip()
        if not line or _is_mark_line(line):
            continue
        if _VV.match(line):
            zone.vv.append(line)
            in_vv = True
        elif in_vv and not _is_caps(line):
            zone.vv.append(line)
        elif _is_caps(line) or (not zone.number and not zone.vv and _looks_like_agency(line)):
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


def _zone_end(lines: list[str], type_at: int | None) -> int:
    """Index of the first line after the header zone."""
    if type_at is not None:
        return type_at
    for i, line in enumerate(lines[:40]):
        if _KINH_GUI.match(line) or (line and _BODY_START.match(line) and not _VV.match(line)):
            return i
    return min(len(lines), 15)


# ---------------------------------------------------------------------------
# Re-casing names written in capitals: "UBND TỈNH GIA LAI" → "UBND tỉnh Gia Lai"

# Phrase (lower case) → how it is written inside a sentence. Keys keep their
# diacritics: folded, "tài" would be "tại" and "tình" would be "tỉnh".
_PHRASES: dict[str, str] = {p.lower(): p for p in (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Văn phòng", "Chính phủ", "Thủ tướng",
    "Phó Thủ tướng", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy", "Ban Thường vụ",
    "Thường trực", "Ban Chấp hành", "Bộ Chính trị", "Trung ương", "Quốc hội", "Chủ tịch",
    "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Đảng đoàn", "Ban cán sự đảng",
    "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Đảng bộ", "Công an", "Ban Chỉ đạo",
    "Việt Nam", "Nhà nước", "Hội nghị",
)}
# Common words that start like a place word: "xã hội" is society, not a commune.
_PHRASES.update({"xã hội": "xã hội", "kinh tế - xã hội": "kinh tế - xã hội",
                 "tỉnh ủy viên": "Tỉnh ủy viên", "huyện ủy viên": "Huyện ủy viên"})
# After these a proper name follows ("tỉnh Quảng Ngãi", "Tỉnh ủy Gia Lai").
_PLACE_WORDS = {"tỉnh", "thành phố", "tp.", "huyện", "xã", "phường", "quận", "thị xã",
                "đặc khu", "tỉnh ủy", "thành ủy", "huyện ủy", "đảng bộ"}
# Words that end a proper name or an agency's field.
_NAME_STOP = {"về", "tại", "với", "của", "và", "trong", "năm", "ngày", "đối", "để", "theo",
              "trên", "các", "cho", "từ", "đến", "lần", "khóa", "quý", "tháng", "nhiệm",
              "giai", "những", "sau", "trước", "ở", "là", "thực", "triển", "khối"}
# After "Sở", "Bộ", "Ban" … the agency's field is capitalised, and again after
# "và" or a comma inside it ("Sở Văn hóa, Thể thao và Du lịch").
_AGENCY_HEADS = {"sở", "bộ", "ban", "cục", "viện", "chi cục", "trung tâm"}
_ROMAN = re.compile(r"^[IVXLC]{1,6}$")
_ROMAN_BEFORE = {"quý", "khóa", "lần", "phần", "đợt", "kỳ", "mục", "chương", "thứ"}
# A Vietnamese syllable (folded): capitals that are not one are an acronym.
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")
# Old-style tone placement ("uỷ", "hoà") written the new way, for keys only.
_OLD_TONE_PAIRS = {"uỷ": "ủy", "uý": "úy", "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy", "oà": "òa",
                   "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
                   "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe"}


def _key(text: str) -> str:
    """Lower case with the tone marks placed the new way: the key of a word."""
    text = text.lower().strip(",.;:")
    for old, new in _OLD_TONE_PAIRS.items():
        text = text.replace(old, new)
    return text


def _is_acronym(core: str) -> bool:
    if re.search(r"[\d/&]", core):
        return True
    if len(core) < 2 or not core.isupper():
        return False
    if any(unicodedata.normalize("NFD", c) != c for c in core):
        return False  # tone or vowel marks: a word written in capitals
    return not _SYLLABLE.match(fold(core))


def recase(text: str) -> str:
    """A name or title written in capitals, written as inside a sentence:
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh Quảng Ngãi".

    Acronyms (UBND, HĐND, VPCP), numbers and Roman numerals stay as written;
    institution names and place names keep their capitals."""
    tokens = text.split()
    out: list[str] = []
    proper = 0  # words of a proper name still to capitalise
    agency = cap_next = False
    i = 0
    while i < len(tokens):
        for size in (5, 4, 3, 2, 1):
            chunk = tokens[i:i + size]
            key = _key(" ".join(chunk))
            if len(chunk) == size and (key in _PHRASES or key in _PLACE_WORDS
                                       or (size > 1 and key in _AGENCY_HEADS)):
                if key in _PHRASES:
                    out.extend(_PHRASES[key].split())
                elif key in _AGENCY_HEADS:
                    out.extend([chunk[0].capitalize(), *(w.lower() for w in chunk[1:])])
                else:
                    out.extend(w.lower() for w in chunk)
                proper = 3 if key in _PLACE_WORDS else 0
                agency = cap_next = key in _AGENCY_HEADS
                i += size
                break
        else:
            token = tokens[i]
            core = token.rstrip(",.;:")
            key = _key(core)
            prev = _key(out[-1]) if out else ""
            following = _key(tokens[i + 1]) if i + 1 < len(tokens) else ""
            if _is_acronym(core) or (_ROMAN.match(core) and prev in _ROMAN_BEFORE):
                out.append(token)
                proper = 0
            elif key in _NAME_STOP and key != "và":
                out.append(token.lower())
                proper, agency, cap_next = 0, False, False
            elif proper or cap_next:
                out.append(token[:1].upper() + token[1:].lower())
                proper = max(proper - 1, 0)
                cap_next = False
            elif key in _AGENCY_HEADS and following != "hành":
                out.append(token[:1].upper() + token[1:].lower())
                agency = cap_next = True
            else:
                out.append(token.lower())
                cap_next = agency and key == "và"
            if agency and token.endswith(","):
                cap_next = True
            i += 1
    result = " ".join(out)
    return result[:1].upper() + result[1:]


def _issuer(lines: list[str]) -> str | None:
    """One name from the agency lines of the header.

    "UBND TỈNH GIA LAI / VĂN PHÒNG" is the office of the province's committee:
    "Văn phòng UBND tỉnh Gia Lai". "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI" is one
    name on two lines. A department under its committee is the province's
    department: "UBND TỈNH ĐẮK LẮK / SỞ TÀI CHÍNH" is "Sở Tài chính tỉnh Đắk Lắk".
    A Party committee under its Party organisation takes the place's name:
    "ĐẢNG BỘ TỈNH NGHỆ AN / TỈNH ỦY" is "Tỉnh ủy Nghệ An"."""
    lines = [ln.strip(" *") for ln in lines if ln.strip(" *")]
    if not lines:
        return None
    name = lines[0]
    for line in lines[1:]:
        party = _party_committee(name, line)
        if party:
            name = party
        elif fold(line).startswith(_SUBORDINATE):
            name = f"{line} {_parent_of_unit(name, line)}"  # the unit of the parent above it
        else:
            name = f"{name} {line}"
    return recase(name) if _is_caps(name) else name


# A header line naming a unit of the agency on the line above.
_SUBORDINATE = ("van phong", "so ", "ban ", "phong ", "trung tam", "chi cuc", "cuc ", "vu ",
                "thanh tra", "dang doan", "tinh uy", "thanh uy", "huyen uy", "dang uy", "to ",
                "hoi dong", "vien ")
# Levels of local government (folded), longest first, as they follow "UBND" or "Đảng bộ".
_LEVELS = ("thanh pho", "thi xa", "dac khu", "tinh", "huyen", "quan", "xa", "phuong")
# The Party committee of each level: "Tỉnh ủy" leads "Đảng bộ tỉnh …".
_COMMITTEE_LEVEL = {"tinh uy": "tinh", "thanh uy": "thanh pho", "huyen uy": "huyen",
                    "quan uy": "quan", "thi uy": "thi xa"}
# Units of a committee named after their place rather than their committee: a
# department, an inspectorate, a steering board. Its office, Party units and
# unions keep "UBND" ("Văn phòng UBND tỉnh", "Ban cán sự đảng UBND tỉnh").
_KEEPS_PARENT = ("van phong", "dang doan", "dang uy", "ban can su", "to ", "cong doan")


def _split_level(name: str) -> tuple[str, str, str] | None:
    """("ĐẢNG BỘ" / "UBND", "tinh", "NGHỆ AN") of "ĐẢNG BỘ TỈNH NGHỆ AN"."""
    folded = _fold_chars(name)
    m = re.match(rf"^(?P<org>dang bo|uy ban nhan dan|ubnd)\s+(?P<level>{'|'.join(_LEVELS)})"
                 r"\s+(?P<place>\S.*)$", folded)
    if not m:
        return None
    return name[:m.end("org")], m.group("level"), name[m.start("place"):]


def _parent_of_unit(parent: str, unit: str) -> str:
    """What follows a unit's name: "UBND TỈNH ĐẮK LẮK" under "SỞ TÀI CHÍNH" is
    "TỈNH ĐẮK LẮK" (the province's department), "THANH TRA TỈNH" takes only
    "ĐẮK LẮK"; the office keeps its committee ("VĂN PHÒNG UBND TỈNH …")."""
    split = _split_level(parent)
    folded_unit = fold(unit)
    if split is None or _fold_chars(split[0]) not in ("uy ban nhan dan", "ubnd") \
            or folded_unit.startswith(_KEEPS_PARENT):
        return parent
    _, level, place = split
    if folded_unit.endswith(" " + level):
        return place  # "THANH TRA TỈNH" + "ĐẮK LẮK"
    return parent[len(split[0]):].strip()  # "TỈNH ĐẮK LẮK"


def _party_committee(parent: str, line: str) -> str | None:
    """"ĐẢNG BỘ TỈNH NGHỆ AN" over "TỈNH ỦY" → "TỈNH ỦY NGHỆ AN"; over "ĐẢNG ỦY"
    or "ĐẢNG ỦY XÃ" → "ĐẢNG ỦY XÃ …"; over "BAN TUYÊN GIÁO TỈNH ỦY" → "BAN TUYÊN
    GIÁO TỈNH ỦY NGHỆ AN". None when `parent` is not a Party organisation."""
    split = _split_level(parent)
    if split is None or _fold_chars(split[0]) != "dang bo":
        return None
    _, level, place = split
    folded = fold(line)
    for committee, its_level in _COMMITTEE_LEVEL.items():
        if folded.endswith(committee) and its_level == level:
            return f"{line} {place}"
    if folded.endswith(" " + level):
        return f"{line} {place}"  # "ĐẢNG ỦY XÃ" + "AN BÌNH"
    if folded.endswith("dang uy"):
        return f"{line} {parent[len(split[0]):].strip()}"  # "ĐẢNG ỦY" + "XÃ AN BÌNH"
    return None


def _title(lines: list[str], type_at: int, rest: str) -> tuple[str | None, int]:
    """The summary under the type line, and the index where the body starts."""
    i = type_at + 1
    while i < len(lines) and (not lines[i] or _SEPARATOR.match(lines[i])):
        i += 1
    parts: list[str] = []
    while i < len(lines) and lines[i] and not _SEPARATOR.match(lines[i]):
        # A summary has no closing period: a line with one, when the summary
        # already started, is the body run on without a blank line.
        if (_BODY_START.match(lines[i]) or _is_signature_line(lines[i]) or len(parts) >= 3
                or (parts and re.search(r"[.:;]$", lines[i]))):
            break
        parts.append(lines[i])
        i += 1
    text = " ".join(recase(p) if _is_caps(p) else p for p in parts)
    if rest:
        # "THÔNG BÁO KẾT LUẬN" / "của Ban Thường vụ …" → "Kết luận của Ban Thường vụ …"
        head = recase(rest) if _is_caps(rest) else rest
        if re.match(r"^(?:Về|Của|Tại|Với|Đối với)\s", text):
            text = text[0].lower() + text[1:]
        text = f"{head} {text}".strip()
    return (text or None), i


# ---------------------------------------------------------------------------
# The opening paragraph: meeting date and place, presiding, attendees

# A meeting date opens a clause: "Ngày 14/4/2026, tại …", "Chiều ngày …",
# "Vào ngày …", "…, ngày …", "Tại hội nghị ngày …"; never "Quyết định số … ngày …".
_MEETING_DATE = re.compile(
    r"(?:^|[,;.:]\s+|\b(?:sáng|chiều|trưa|tối|vào|hôm)\s+"
    r"|\b(?:họp|hội nghị|làm việc|phiên họp|kỳ họp|cuộc họp|buổi làm việc)\s+"
    r"(?:thường kỳ\s+|định kỳ\s+|mở rộng\s+)?)"
    rf"(?:sáng\s+|chiều\s+|vào\s+)?ngày\s+(?:(?P<first>\d{{1,2}})\s*(?:,|và|-|–)\s*)?{_DATE}",
    re.IGNORECASE)
# A place after the date: "tại Trụ sở UBND tỉnh", "tại Phòng họp số 1, Văn phòng UBND tỉnh".
_PLACE_PART = re.compile(
    r"^(?:Trụ sở|UBND|Ủy ban|Văn phòng|Tỉnh ủy|Thành ủy|tỉnh|thành phố|TP\.|huyện|xã|phường"
    r"|đặc khu|số|tầng|đường|thôn|Khu|Tòa|Hội trường|Nhà|Trung tâm|Phòng họp)\b")
_TITLE_WORD = re.compile(
    r"^(?:đồng chí|Đ/c|Phó|Chủ tịch|Bí thư|Ủy viên|Giám đốc|Trưởng|Thứ trưởng|Bộ trưởng|Chánh"
    r"|Tổng|Thủ tướng|Thường trực|Ban Thường vụ|Chủ nhiệm|Lãnh đạo|Tập thể|PCT|CT UBND"
    r"|PGĐ|GĐ)\b", re.IGNORECASE)
_COMRADE = re.compile(r"^(?:đồng chí|Đ/c|do)\s+", re.IGNORECASE)
# "Tham dự cuộc họp có …", "Cùng dự có …", "Dự họp có: …", "Tham gia buổi làm việc có …"
_ATTEND = re.compile(
    r"(?:^|[.;]\s+)(?:cùng\s+)?(?:tham\s+dự|dự\s+(?:họp|cuộc|buổi|hội|phiên)|tham\s+gia"
    r"\s+(?:cuộc|buổi|hội|phiên)|cùng\s+dự|cùng\s+làm\s+việc|thành\s+phần(?:\s+tham\s+dự)?\s*:)",
    re.IGNORECASE)
# Agency names that contain a comma: the comma does not separate two agencies.
_COMMA_NAMES = ["Văn hóa, Thể thao và Du lịch", "Lao động, Thương binh và Xã hội",
                "Báo và Phát thanh, Truyền hình", "Phát thanh, Truyền hình"]


def _body_paragraphs(lines: list[str], start: int) -> list[str]:
    """The paragraphs between the summary and the first numbered section."""
    out: list[str] = []
    for line in lines[start:]:
        if not line or _SEPARATOR.match(line) or _KINH_GUI.match(line):
            continue
        if re.match(r"^(?:\d{1,2}|[IVX]{1,4})\s*[.)]", line) or len(out) >= 6:
            break
        out.append(line)
    return out


def _meeting(paragraphs: list[str], issued_on: date | None) -> tuple[date | None, str | None]:
    for para in paragraphs:
        for m in _MEETING_DATE.finditer(para):
            if re.search(rf"{NUMBER}\s*,?\s*$", para[:m.start() + 2]):
                continue  # "Thông báo số 184/TB-VPCP, ngày 10/4/2026": a citation
            explicit_year = bool(m.group("y") or m.group("wy"))
            year = issued_on.year if issued_on else None
            when = _make_date(m, default_year=year, phrase=m.group(0).lstrip(",;.: "))
            if when is not None and m.group("first"):
                when = when.replace(day=int(m.group("first")))
            if when and issued_on and not explicit_year and when > issued_on:
                when = when.replace(year=when.year - 1)  # "14/12" in a notice of 05/01
            return when, _meeting_place(para, m)
    return None, None


def _meeting_place(para: str, m: re.Match[str]) -> str | None:
    after = para[m.end():]
    pm = re.match(r"^\s*,?\s*tại\s+", after, re.IGNORECASE)
    if pm:
        text = after[pm.end():]
    else:
        before = re.search(r"(?:^|,\s*)Tại\s+([^,]+?)\s*,?\s*$", para[:m.start()], re.IGNORECASE)
        if before:
            return before.group(1).strip()
        # "…, Chủ tịch UBND tỉnh chủ trì cuộc họp tại Phòng họp số 2, UBND tỉnh."
        sentence = re.split(r"(?<=[.;])\s+", after)[0]
        later = re.search(r"\btại\s+(?=(?:Trụ sở|Phòng họp|Hội trường|Nhà khách|Tòa|Khu|Trung tâm"
                          r"|UBND|Văn phòng|Tỉnh ủy|Thành ủy)\b)", sentence)
        if not later:
            return None
        text = sentence[later.end():]
    pieces = [p.strip() for p in re.split(r",\s*", re.split(r"[;.](?:\s|$)", text)[0])]
    place = [pieces[0]]
    for piece in pieces[1:]:
        if _PLACE_PART.match(piece) and not _TITLE_WORD.match(piece) and len(piece.split()) <= 6:
            place.append(piece)
        else:
            break
    return ", ".join(place).strip() or None


def _appositive(pieces: list[str]) -> str | None:
    """The person from the comma pieces before "chủ trì": "Phó Chủ tịch UBND tỉnh
    Trần Phước Hiền", or "đồng chí X, Bí thư Tỉnh ủy" read back to "đồng chí"."""
    pieces = [p.strip() for p in pieces if p.strip()]
    if not pieces:
        return None
    for back in range(1, min(4, len(pieces)) + 1):
        piece = pieces[-back]
        if _COMRADE.match(piece):
            return _clean_person(", ".join(pieces[-back:]))
        if not _TITLE_WORD.match(piece):
            break
    last = pieces[-1]
    return _clean_person(last) if _TITLE_WORD.match(last) or _COMRADE.match(last) else None


def _clean_person(text: str) -> str | None:
    text = _COMRADE.sub("", text.strip())
    text = re.sub(r"\s+(?:đã|đồng)$", "", text).strip(" ,")
    return text if any(c.isupper() for c in text) else None


def _presiding(paragraphs: list[str]) -> str | None:
    for para in paragraphs:
        for sentence in re.split(r"(?<=[.;])\s+", para):
            m = re.search(r"dưới sự chủ trì của\s+(?P<who>[^;.]+)", sentence, re.IGNORECASE)
            if m:
                pieces = re.split(r",\s*", m.group("who"))
                keep = [pieces[0]]
                if _COMRADE.match(pieces[0]):
                    for piece in pieces[1:]:
                        if not _TITLE_WORD.match(piece):
                            break
                        keep.append(piece)
                first = re.split(r"\s+(?:đã|để|về|với|cùng)\s", ", ".join(keep))[0]
                return _clean_person(first)
            m = re.search(r"\bdo\s+(?P<who>[^;]+?)\s+(?:làm\s+)?chủ\s+trì\b", sentence,
                          re.IGNORECASE)
            if m:
                who = _clean_person(m.group("who"))
                if who:
                    return who
            for verb in (r"(?:đã\s+)?(?:đồng\s+)?chủ\s+trì\b", r"(?:đã\s+)?kết\s+luận\b",
                         r"(?:đã\s+)?(?:có\s+buổi\s+)?(?:làm\s+việc|họp|kiểm\s+tra)\b"):
                m = re.search(verb, sentence, re.IGNORECASE)
                if not m or re.search(r"\b(?:[Gg]iao|[Yy]êu cầu)\b", sentence[:m.start()]):
                    continue
                before = sentence[:m.start()]
                before = re.split(r"\b(?:[Ss]au khi|[Tt]rên cơ sở)\b[^,]*,", before)[-1]
                who = _appositive(re.split(r",\s*", before))
                if who:
                    return who
    return None


def _known_comma_names() -> list[str]:
    names = list(_COMMA_NAMES)
    try:  # agencies.py belongs to another module owner and may not exist yet
        from tui_tracker.agencies import SEED_AGENCIES
    except ImportError:
        return names
    for canonical, aliases in SEED_AGENCIES:
        names.extend(n for n in [canonical, *aliases] if "," in n)
    return names


def _split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def split_agencies(text: str) -> list[str]:
    """"Tài chính, Văn hóa, Thể thao và Du lịch, Y tế" → three agencies: a
    comma splits the list unless it sits inside a known multi-part name."""
    pieces = [p.strip() for p in _split_top(text, ",") if p.strip()]
    known = [[part.strip() for part in _fold_chars(k).split(",")] for k in _known_comma_names()]
    out: list[str] = []
    i = 0
    while i < len(pieces):
        take = 1
        for parts in known:
            span = pieces[i:i + len(parts)]
            if len(span) < len(parts) or len(parts) <= take:
                continue
            folded = [_fold_chars(p) for p in span]
            # The first piece ends with the name's first part ("Sở Văn hóa"), the
            # middle ones are its parts, the last one starts with its last part.
            if (folded[0].endswith(parts[0]) and folded[1:-1] == parts[1:-1]
                    and folded[-1].startswith(parts[-1])):
                take = len(parts)
        name = ", ".join(pieces[i:i + take])
        if out and name[:1].islower() and _open_group(out[-1]):
            out[-1] = f"{out[-1]}, {name}"  # "UBND các xã, phường, đặc khu": one group
        else:
            out.append(name)
        i += take
    # "Sở Tư pháp và UBND thành phố Quy Nhơn": two agencies; "Dân tộc và Tôn
    # giáo", "Báo và Phát thanh, Truyền hình" stay one.
    out = [part for name in out for part in _AND_AGENCY.split(name)]
    items = (_strip_item(re.sub(r"^(?:và|cùng)\s+", "", p)) for p in out)
    return [item for item in items if item]


def _open_group(name: str) -> bool:
    """"UBND các xã" or "UBND các xã, phường": a group a lower-case kind may extend."""
    parts = name.split(", ")
    for k in range(len(parts) - 1, -1, -1):
        if re.search(r"\bcác\s+\w+$", parts[k]):
            return all(p[:1].islower() for p in parts[k + 1:])
    return False


# " và " followed by the head of an agency's name.
_AND_AGENCY = re.compile(
    r"\s+(?:và|cùng)\s+(?=(?:Sở|UBND|Ủy ban|Bộ|Ban|Công an|Văn phòng|Thanh tra|Tỉnh Đoàn|Đài|"
    r"Báo|Trung tâm|Liên đoàn|Ngân hàng|Kho bạc|Cục|Chi cục|Viện|Trường|Hội|Tòa án|"
    r"Viện kiểm sát|Cổng)\b)")


def _attendees(paragraphs: list[str]) -> list[str]:
    for para in paragraphs:
        m = _ATTEND.search(para)
        if not m:
            continue
        text = para[m.end():]
        # The sentence ends at a period followed by a capital ("TP. Hồ Chí Minh" does not).
        end = re.search(r"(?<!TP)\.(?:\s+[A-ZĐ]|\s*$)", text)
        text = text[:end.start()] if end else text
        head = _split_top(text, ";")[0]
        if ":" in head:
            text = text.split(":", 1)[1]
        else:
            cut = re.search(r"\bcó\s+", text)
            text = text[cut.end():] if cut else text
        items: list[str] = []
        for group in _split_top(text, ";"):
            prefix = ""
            if ":" in group:
                # "các Sở: Tài chính, Xây dựng" → the list after the colon;
                # "UBND các xã: Bình Sơn, Vạn Tường" → "UBND xã Bình Sơn", …
                intro, group = group.split(":", 1)
                local = _LOCAL_LIST.search(intro)
                if local:
                    prefix = f"{local.group('org')} {local.group('kind')} "
            # "lãnh đạo Sở … và các phòng, đơn vị trực thuộc Sở": the host agency,
            # its own units are no separate attendees.
            group = _UNITS_TAIL.sub("", _ATTENDEE_NOISE.sub("", group.strip()))
            for item in split_agencies(group):
                item = _ATTENDEE_NOISE.sub("", item).strip()
                # "các Phó Chủ tịch UBND tỉnh" attend; "các phòng chuyên môn" are units.
                item = re.sub(r"^(?:các|những)\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])", "", item)
                if item and not re.match(r"^(?:các|những|một số|phòng|đơn vị)\s", item):
                    items.append(prefix + item)
        if items:
            return items
    return []


# "UBND các xã:", "Ủy ban nhân dân các tỉnh:" before a list of place names.
_LOCAL_LIST = re.compile(r"(?P<org>UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)\s+các\s+"
                         r"(?P<kind>xã|phường|huyện|tỉnh|thành phố|đặc khu)\s*$")
# "… và các phòng, đơn vị trực thuộc Sở", "… và các cơ quan liên quan".
_UNITS_TAIL = re.compile(r"\s+(?:và|cùng)\s+(?:các|một số)\s+(?:phòng|đơn vị|cơ quan|ban|bộ phận)\b.*$",
                         re.IGNORECASE)
# "lãnh đạo", "đại diện lãnh đạo", "các Sở:" before an attendee's name.
_ATTENDEE_NOISE = re.compile(
    r"^(?:(?:đại diện|lãnh đạo|các đồng chí|đồng chí|Thủ trưởng)\s+)*(?:các\s+(?:Sở|Bộ|sở, ngành|"
    r"cơ quan)\s*:\s*)?", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Lists: Kính gửi and Nơi nhận

_BULLET = re.compile(r"^\s*[-+•–—*]")
# Lines of the signature block: the role words of the signer, in capitals.
_SIG_PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|TUQ)\s*[.:/]", re.IGNORECASE)
_SIG_WORDS = re.compile(
    r"\b(?:chu tich|giam doc|chanh van phong|bi thu|thu tuong|bo truong|thu truong"
    r"|truong ban|tong thu ky|chu nhiem|vien truong|cuc truong|tong cuc truong"
    r"|uy ban nhan dan|ban thuong vu|ban chap hanh|thuong truc|nguoi ky)\b")
_SIGNED = re.compile(r"^[(\[]?\s*(?:đã\s+ký|ký(?:\s+tên)?(?:,?\s*(?:và\s+)?đóng\s+dấu)?|"
                     r"đã\s+ký\s+và\s+đóng\s+dấu|signed)\s*[)\]]?\.?$", re.IGNORECASE)


def _is_signature_line(line: str) -> bool:
    """"TL. CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG": a short line of role words in capitals."""
    line = line.strip()
    if not _is_caps(line) or _BULLET.match(line) or len(line.split()) > 8:
        return False
    return bool(_SIG_PREFIX.match(line) or _SIG_WORDS.search(_fold_chars(line)))


def _split_trailing_signature(line: str) -> tuple[str, str | None]:
    """A flattened two-column footer: "- Như trên; PHÓ CHỦ TỊCH" →
    ("- Như trên;", "PHÓ CHỦ TỊCH"); "Nơi nhận: KT. CHỦ TỊCH" likewise."""
    words = line.split()
    for k in range(0, len(words) - 1):
        tail = " ".join(words[k:])
        head = " ".join(words[:k])
        if (_is_signature_line(tail) and not re.search(r"[,;]", tail)
                and (not head or re.search(r"[;:,.]$", head))):
            return head, tail
    return line, None


def _collect_list(lines: list[str], start: int, inline: str) -> tuple[list[str], list[str], int]:
    """Items of a dash list (Kính gửi, Nơi nhận) from `inline` (the text after
    the colon) and the lines from `start`; a continuation line joins its item
    ("- VPUB: CVP, PCVP," / "Các phòng, ban, đơn vị;").

    Returns the items, the signature-block lines met at the ends of the list
    lines (a flattened footer), and the index of the first line after the list."""
    items: list[str] = []
    caps: list[str] = []
    inline, tail = _split_trailing_signature(inline.strip())
    if tail:
        caps.append(tail)
    if inline:
        # "Kính gửi: Sở A; Sở B." or "Kính gửi: - Sở A; - Sở B"
        items.extend(p for p in re.split(r";\s*", inline) if _strip_item(p))
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
        if _is_signature_line(line) or _SIGNED.match(line):
            break
        line, tail = _split_trailing_signature(line)
        if tail:
            caps.append(tail)
        # The last item of a list closes with a period; a semicolon or a comma
        # (Party style) means more follow; no mark at all, the item runs on.
        open_item = bool(last) and not re.search(r"[;,.]$", last)
        if not line:
            pass
        elif _BULLET.match(line):
            items.append(line)
            bulleted = True
        elif (items and (open_item or last.endswith(",")) and not blank and len(line) < 100
              and (bulleted or _runs_on(last, line)) and not _BODY_START.match(line)
              and not line.endswith(":") and not _looks_like_name(line)):
            # A dash item without its closing mark runs on ("- VPUB: CVP, PCVP, các
            # phòng" / "N/cứu, CBTH;"); an item after "Kính gửi:" only when the
            # next line plainly carries it on (a sentence of the body may follow).
            items[-1] = f"{items[-1]} {line}"
        elif (not blank and (not last or last.endswith((";", ","))) and re.search(r"[;.]$", line)
              and len(line) < 100
              and not _BODY_START.match(line) and not _looks_like_name(line)):
            items.append(line)  # a list written without dashes
            bulleted = False
        else:
            break
        last = line or last
        blank = False
        i += 1
    # "- Công an tỉnh; Bộ CHQS tỉnh;" names two recipients.
    parts = [p for x in items for p in re.split(r";\s+(?=\S)", x)]
    return [s for s in (_strip_item(x) for x in parts) if s], caps, i


def _runs_on(item: str, line: str) -> bool:
    """Whether `line` continues a list item: after a comma or a function word,
    or when it starts in lower case ("thành phố" / "trực thuộc Trung ương")."""
    last_word = item.rsplit(" ", 1)[-1].lower()
    return (item.endswith(",") or line[:1].islower() or line[:1].isdigit()
            or last_word in {"và", "các", "của", "với", "tại", "thuộc"})


def _addressees(lines: list[str], limit: int) -> list[str]:
    for i, line in enumerate(lines[:limit]):
        m = _KINH_GUI.match(line)
        if m:
            return _collect_list(lines, i + 1, line[m.end():])[0]
    return []


# ---------------------------------------------------------------------------
# Footer: recipients, signature block, signer

_NAME_WORD = re.compile(r"^[^\W\d_]+$")


def _looks_like_name(line: str) -> bool:
    """"Phùng Tô Long": two to six capitalised words, letters only."""
    words = line.strip().split()
    if not 2 <= len(words) <= 6 or _SIG_WORDS.search(_fold_chars(line)):
        return False
    for w in words:
        if not _NAME_WORD.match(w) or not w[0].isupper():
            return False
        if not (w[1:].islower() or w.isupper()):
            return False
    return not fold(line).startswith(("noi nhan", "kinh gui", "thong bao", "van phong"))


def _footer(lines: list[str], body_from: int) -> tuple[list[str], list[str], str | None]:
    """(recipients, signature-block lines, signer)."""
    n = len(lines)
    recipients: list[str] = []
    caps: list[str] = []
    noi = next((i for i in range(n - 1, body_from - 1, -1)
                if re.match(r"^N[ơo]i\s+nh[ậa]n\b", lines[i], re.IGNORECASE)), None)
    list_end = None
    if noi is not None:
        head = re.sub(r"^N[ơo]i\s+nh[ậa]n\s*[:.]?\s*", "", lines[noi], flags=re.IGNORECASE)
        recipients, caps, list_end = _collect_list(lines, noi + 1, head)
    # The footer starts at Nơi nhận or after the closing "./.", whichever comes first.
    ends = [i for i in range(body_from, n) if lines[i].endswith("/.")]
    starts = [i for i in (noi, ends[-1] + 1 if ends else None) if i is not None]
    tail_from = min(starts) if starts else max(body_from, n - 30)
    # The signature block: consecutive lines in capitals from the first role line.
    block: list[str] = []
    after = list_end if caps else None
    for i in range(tail_from, n):
        if _is_signature_line(lines[i]):
            j = i
            while (j < n and lines[j] and _is_caps(lines[j]) and not _BULLET.match(lines[j])
                   and not _looks_like_name(lines[j])):
                block.append(lines[j])
                j += 1
            after = j
            break
    block = caps + block
    signer = None
    if after is not None:
        signer = next((ln for ln in lines[after:after + 14]
                       if ln and _looks_like_name(ln) and not _BULLET.match(ln)), None)
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
                if line and _looks_like_name(line):
                    return line
    return None


# ---------------------------------------------------------------------------


def has_notice_header(text: str) -> bool:
    """Whether a normalised text opens like an administrative document: a type
    line in capitals (`THÔNG BÁO`, `KẾT LUẬN`, …), a number line (`Số: 12/TB-UBND`,
    or a draft's blank `Số: /TB-UBND`) or a Công văn's `V/v …` summary.

    A date alone is not enough: prose and READMEs cite dates too."""
    lines = [ln.strip() for ln in text.split("\n")]
    found = _find_type_line(lines)
    if found:
        return True
    zone = _read_zone(lines[:_zone_end(lines, None)])
    return bool(zone.number or zone.number_code or zone.vv)


def parse_header(text: str) -> tuple[NoticeHeader, list[str]]:
    """Everything around the directives of a normalised notice, plus warnings
    (catalog strings) for what a notice should have and this one lacks.

    A missing issue date stays None: the caller falls back to the meeting date
    (the warning says so)."""
    lines = [ln.strip() for ln in text.split("\n")]
    header = NoticeHeader()
    warnings: list[str] = []

    found = _find_type_line(lines)
    type_at = found[0] if found else None
    zone = _read_zone(lines[:_zone_end(lines, type_at)])
    header.number = zone.number
    header.place = zone.place
    header.issued_on = zone.issued_on
    header.issuer = _issuer(zone.agency_lines)

    number_code = doc_code(zone.number) if zone.number else zone.number_code
    if found:
        header.doc_type = found[1]
        header.title, body_from = _title(lines, found[0], found[2])
    else:
        header.doc_type = number_code
        body_from = _zone_end(lines, None)
        if zone.vv:
            header.title = " ".join(zone.vv)
        elif zone.summary:
            header.title = zone.summary
        if header.doc_type is None and (zone.vv or any(_KINH_GUI.match(ln) for ln in lines[:40])):
            header.doc_type = "CV"

    header.addressees = _addressees(lines, 60)
    paragraphs = _body_paragraphs(lines, body_from)
    header.meeting_on, header.meeting_place = _meeting(paragraphs, header.issued_on)
    header.presiding = _presiding(paragraphs)
    header.attendees = _attendees(paragraphs)
    header.recipients, block, header.signer = _footer(lines, body_from)
    header.signer_title = " / ".join(block) if block else None

    if header.number is None:
        warnings.append(t("parse.header.no_number"))
    if header.issued_on is None:
        if header.meeting_on is not None:
            warnings.append(t("parse.header.no_issue_date_meeting",
                              date=header.meeting_on.strftime("%d/%m/%Y")))
        else:
            warnings.append(t("parse.header.no_issue_date"))
    if header.issuer is None:
        warnings.append(t("parse.header.no_issuer"))
    if header.title is None:
        warnings.append(t("parse.header.no_title"))
    if header.signer is None:
        warnings.append(t("parse.header.no_signer"))
    return header, warnings
