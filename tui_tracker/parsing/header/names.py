"""Names in the header: capitals re-cased ("UBND TỈNH GIA LAI" → "UBND tỉnh Gia
Lai"), the issuer assembled from its agency lines, and lists of agencies split
on their commas (attendees).
"""

from __future__ import annotations

import re
import unicodedata

from tui_tracker.parsing.header.common import fold_chars, is_caps, strip_item
from tui_tracker.text import fold

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
    "Việt Nam", "Nhà nước", "Hội nghị", "Đoàn ĐBQH", "Đoàn đại biểu Quốc hội",
    "Bộ Công Thương", "Sở Công Thương",
    # Titles: "Bộ trưởng" is a person's title, not the ministry "Bộ …" with a name after.
    "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Phó Chủ nhiệm", "Giám đốc", "Phó Giám đốc",
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
_AGENCY_HEADS = {"sở", "bộ", "ban", "cục", "viện", "chi cục", "trung tâm", "phòng"}
# "phòng, chống", "ban hành": the head word used as a verb, no agency after it.
_NOT_AN_AGENCY_AFTER = {"hành", "chống", "ngừa", "tránh", "họp", "làm"}
_ROMAN = re.compile(r"^[IVXLC]{1,6}$")
# Vowels, and never three consonants in a row ("pleiku", "blang"; not "ubnd", "ubmttq").
_PRONOUNCEABLE = re.compile(r"^(?!.*[^aeiouy]{3})(?=.*[aeiouy])[a-z]+$")
_ROMAN_BEFORE = {"quý", "khóa", "lần", "phần", "đợt", "kỳ", "mục", "chương", "thứ"}
# A Vietnamese syllable (folded): capitals that are not one are an acronym.
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")
# Old-style tone placement ("uỷ", "hoà") written the new way, for keys only.
_OLD_TONE_PAIRS = {"uỷ": "ủy", "uý": "úy", "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy", "oà": "òa",
                   "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
                   "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe"}


_OLD_TONE = re.compile("(" + "|".join(_OLD_TONE_PAIRS) + r")(?!\w)")


def _key(text: str) -> str:
    """Lower case with the tone marks placed the new way: the key of a word. Only an
    open syllable moves its mark ("uỷ" → "ủy"); "đoàn", "toàn" are written so in both."""
    text = text.lower().strip(",.;:")
    return _OLD_TONE.sub(lambda m: _OLD_TONE_PAIRS[m.group(1)], text)


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
                    # The key is read without its punctuation; the text keeps it.
                    out[-1] += chunk[-1][len(chunk[-1].rstrip(",.;:")):]
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
            # In a place's name a long word that is no Vietnamese syllable is a
            # minority-language name, not an acronym: "THÀNH ỦY PLEIKU", "XÃ IA BLANG".
            place_word = bool(proper) and core.isalpha() and len(core) >= 4 \
                and _PRONOUNCEABLE.match(fold(core)) is not None
            if (_is_acronym(core) and not place_word) \
                    or (_ROMAN.match(core) and prev in _ROMAN_BEFORE):
                out.append(token)
                proper = 0
            elif key in _NAME_STOP and key != "và":
                out.append(token.lower())
                proper, agency, cap_next = 0, False, False
            elif proper or cap_next:
                out.append(token[:1].upper() + token[1:].lower())
                proper = max(proper - 1, 0)
                cap_next = False
            elif key in _AGENCY_HEADS and following not in _NOT_AN_AGENCY_AFTER \
                    and not token.endswith(",") and (key != "phòng" or i == 0):
                # "Phòng" heads a name only on its own line ("PHÒNG NỘI VỤ"); inside a
                # title it prevents ("phòng cháy", "phòng thủ", "phòng dịch").
                out.append(token[:1].upper() + token[1:].lower())
                agency = cap_next = True
            else:
                out.append(token.lower())
                cap_next = agency and key == "và"
            if agency and (token.endswith(",") or token in ("-", "–")):
                cap_next = True  # "Sở Văn hóa, Thể thao …", "Phòng Tài chính - Kế hoạch"
            i += 1
    result = " ".join(out)
    return result[:1].upper() + result[1:]


def issuer_name(lines: list[str]) -> str | None:
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
    return recase(name) if is_caps(name) else name


# A header line naming a unit of the agency on the line above.
_SUBORDINATE = ("van phong", "so ", "ban ", "phong ", "trung tam", "chi cuc", "cuc ", "vu ",
                "thanh tra", "dang doan", "tinh uy", "thanh uy", "huyen uy", "dang uy", "to ",
                "hoi dong", "vien ", "thuong truc")
# Levels of local government (folded), longest first, as they follow "UBND" or "Đảng bộ".
_LEVELS = ("thanh pho", "thi xa", "dac khu", "tinh", "huyen", "quan", "xa", "phuong")
# The Party committee of each level: "Tỉnh ủy" leads "Đảng bộ tỉnh …".
_COMMITTEE_LEVEL = {"tinh uy": "tinh", "thanh uy": "thanh pho", "huyen uy": "huyen",
                    "quan uy": "quan", "thi uy": "thi xa"}
# Units of a committee named after their place rather than their committee: a
# department, an inspectorate, a steering board. Its office, Party units and
# unions keep "UBND" ("Văn phòng UBND tỉnh", "Ban cán sự đảng UBND tỉnh").
_KEEPS_PARENT = ("van phong", "dang doan", "dang uy", "ban can su", "to ", "cong doan",
                 "thuong truc")


def _split_level(name: str) -> tuple[str, str, str] | None:
    """("ĐẢNG BỘ" / "UBND", "tinh", "NGHỆ AN") of "ĐẢNG BỘ TỈNH NGHỆ AN"."""
    folded = fold_chars(name)
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
    if split is not None and fold_chars(split[0]) in ("uy ban nhan dan", "ubnd") \
            and re.search(r"(?:^|\s)(?:ubnd|uy ban nhan dan)$", folded_unit):
        # "VĂN PHÒNG HĐND VÀ UBND" under "UBND HUYỆN NGHI LỘC": the unit already names
        # the committee, the line above gives its place.
        return parent[len(split[0]):].strip()
    if split is None or fold_chars(split[0]) not in ("uy ban nhan dan", "ubnd") \
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
    if split is None or fold_chars(split[0]) != "dang bo":
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
    if _OWN_COMMITTEE.match(folded):
        # "ĐẢNG BỘ TỈNH GIA LAI" over "HUYỆN ỦY CHƯ SÊ": a lower committee named with its
        # own place; the organisation above it is not part of its name.
        return line
    return None


# A Party committee with its own place: "HUYỆN ỦY CHƯ SÊ", "ĐẢNG ỦY XÃ IA BLANG".
_OWN_COMMITTEE = re.compile(r"^(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy"
                            r"|dang uy (?:xa|phuong|thi tran|dac khu))\s+\S")


# Agency names that contain a comma: the comma does not separate two agencies.
_COMMA_NAMES = ["Văn hóa, Thể thao và Du lịch", "Lao động, Thương binh và Xã hội",
                "Báo và Phát thanh, Truyền hình", "Phát thanh, Truyền hình"]


def _known_comma_names() -> list[str]:
    names = list(_COMMA_NAMES)
    try:  # agencies.py belongs to another module owner and may not exist yet
        from tui_tracker.agencies import SEED_AGENCIES
    except ImportError:
        return names
    for canonical, aliases in SEED_AGENCIES:
        names.extend(n for n in [canonical, *aliases] if "," in n)
    return names


def split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
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
    pieces = [p.strip() for p in split_top(text, ",") if p.strip()]
    known = [[part.strip() for part in fold_chars(k).split(",")] for k in _known_comma_names()]
    out: list[str] = []
    i = 0
    while i < len(pieces):
        take = 1
        for parts in known:
            span = pieces[i:i + len(parts)]
            if len(span) < len(parts) or len(parts) <= take:
                continue
            folded = [fold_chars(p) for p in span]
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
    items = (strip_item(re.sub(r"^(?:và|cùng)\s+", "", p)) for p in out)
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
