"""The opening paragraph of a notice of conclusions: meeting date and place,
the presiding official, the attendees.

An inspection visit is read like a meeting: "Ngày 20/11/2026, Phó Chủ tịch UBND
tỉnh Lê Văn Minh đã đi kiểm tra thực tế …", "đồng chí X – Phó Chủ tịch UBND tỉnh
dẫn đầu đoàn công tác …", "Đoàn công tác do X làm Trưởng đoàn …" give the date
(the first of several days) and the official with the title; "Cùng đi có …" the
attendees."""

from __future__ import annotations

import re
from datetime import date

from tui_tracker.parsing.header.common import (
    DATE,
    KINH_GUI,
    SEPARATOR,
    make_date,
)
from tui_tracker.parsing.header.names import split_agencies, split_top
from tui_tracker.parsing.references import NUMBER

# A meeting date opens a clause: "Ngày 14/4/2026, tại …", "Chiều ngày …",
# "Vào ngày …", "…, ngày …", "Tại hội nghị ngày …"; never "Quyết định số … ngày …".
# Several days give the first one: "Ngày 14 và 15/4/2026", "Trong 2 ngày 19 và 20/11/2026",
# "Từ ngày 19 đến ngày 20/11/2026".
# A part of the day may stand for "ngày" ("Chiều 20/11/2026, …", "Sáng nay (20/11/2026)"),
# an hour may come first ("Vào lúc 14 giờ 00 ngày …").
_MEETING_DATE = re.compile(
    r"(?:^|[,;.:]\s+|\b(?:vào|hôm)\s+"
    r"|\b(?:họp|hội nghị|làm việc|phiên họp|kỳ họp|cuộc họp|buổi làm việc)\s+"
    r"(?:thường kỳ\s+|định kỳ\s+|mở rộng\s+)?"
    r"|\b(?:trong|vào)\s+(?:\d{1,2}|hai|ba|bốn|các)\s+(?=ngày)|\btừ\s+(?=ngày)"
    r"|\blúc\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|chiều|tối))?,?\s+)"
    r"(?:(?:sáng|chiều|trưa|tối)(?:\s+nay)?\s*\(?\s*(?:ngày\s+)?|(?:vào\s+)?ngày\s+)"
    r"(?:(?P<first>\d{1,2})\s*"
    rf"(?:,|và|-|–|(?:đến|tới)(?:\s+ngày)?)\s*)?{DATE}",
    re.IGNORECASE)
# A place after the date: "tại Trụ sở UBND tỉnh", "tại Phòng họp số 1, Văn phòng UBND tỉnh".
_PLACE_PART = re.compile(
    r"^(?:Trụ sở|UBND|Ủy ban|Văn phòng|Tỉnh ủy|Thành ủy|tỉnh|thành phố|TP\.|huyện|xã|phường"
    r"|đặc khu|số|tầng|đường|thôn|Khu|Tòa|Hội trường|Nhà|Trung tâm|Phòng họp)\b")
_TITLE_WORD = re.compile(
    r"^(?:đồng chí|Đ/c|Phó|Chủ tịch|Bí thư|Ủy viên|Uỷ viên|(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy viên"
    r"|Giám đốc|Trưởng|Thứ trưởng|Bộ trưởng|Chánh|Tổng|Thủ tướng|Thường trực|Ban Thường vụ"
    r"|Chủ nhiệm|Lãnh đạo|Tập thể|PCT|CT UBND|PGĐ|GĐ|Đại biểu Quốc hội)\b", re.IGNORECASE)
_COMRADE = re.compile(r"^(?:đồng chí|Đ/c|do)\s+", re.IGNORECASE)
# "Tham dự cuộc họp có …", "Cùng dự có …", "Dự họp có: …", "Tham gia buổi làm việc có …"
_ATTEND = re.compile(
    r"(?:^|[.;]\s+)(?:cùng\s+)?(?:tham\s+dự|dự\s+(?:họp|cuộc|buổi|hội|phiên)|tham\s+gia"
    r"\s+(?:cuộc|buổi|hội|phiên|đoàn)|cùng\s+dự|cùng\s+làm\s+việc|thành\s+phần(?:\s+tham\s+dự)?\s*:"
    # An inspection visit's party: "Cùng đi có …", "Thành viên Đoàn công tác gồm: …".
    r"|cùng\s+đi|thành\s+viên\s+đoàn(?:\s+công\s+tác)?)",
    re.IGNORECASE)


def body_paragraphs(lines: list[str], start: int) -> list[str]:
    """The paragraphs between the summary and the first numbered section."""
    out: list[str] = []
    for line in lines[start:]:
        if not line or SEPARATOR.match(line) or KINH_GUI.match(line):
            continue
        if re.match(r"^(?:\d{1,2}|[IVX]{1,4})\s*[.)]", line) or len(out) >= 6:
            break
        out.append(line)
    return out


# What a meeting's sentence speaks of; a date whose sentence names none of it
# dates something else (a decision issued, a report sent).
_MEETING_WORDS = re.compile(
    r"(?<!\w)(?:họp|hội nghị|hội thảo|làm việc|chủ trì|kiểm tra|khảo sát|nghe|tọa đàm|toạ đàm"
    r"|giao ban|đối thoại|tiếp xúc|thăm|dự|tham dự|phiên|dẫn đầu|thị sát|thực địa|hiện trường"
    r"|đoàn công tác)(?!\w)", re.IGNORECASE)


def _sentence_at(para: str, pos: int) -> str:
    starts = [m.end() for m in re.finditer(r"[.;!?]\s+(?=[A-ZĐ])", para[:pos + 1])]
    start = starts[-1] if starts else 0
    end = re.search(r"[.;!?](?:\s+[A-ZĐ]|\s*$)", para[pos:])
    return para[start:pos + end.start() if end else len(para)]


def meeting(paragraphs: list[str], issued_on: date | None) -> tuple[date | None, str | None]:
    for para in paragraphs:
        for m in _MEETING_DATE.finditer(para):
            if re.search(rf"{NUMBER}\s*,?\s*$", para[:m.start() + 2]):
                continue  # "Thông báo số 184/TB-VPCP, ngày 10/4/2026": a citation
            if not _MEETING_WORDS.search(_sentence_at(para, m.start())):
                continue  # "Ngày 05/12/2026, UBND tỉnh ban hành Quyết định …": not a meeting
            explicit_year = bool(m.group("y") or m.group("wy"))
            year = issued_on.year if issued_on else None
            when = make_date(m, default_year=year, phrase=m.group(0).lstrip(",;.: "))
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
    for back in range(1, min(6, len(pieces)) + 1):
        piece = pieces[-back]
        if _COMRADE.match(piece):
            return _clean_person(", ".join(pieces[-back:]))
        if not _TITLE_WORD.match(piece):
            break
    last = pieces[-1]
    return _clean_person(last) if _TITLE_WORD.match(last) or _COMRADE.match(last) else None


# "Lê Văn Minh – Phó Chủ tịch UBND tỉnh": a dash between a name and a title reads as
# the comma of "Lê Văn Minh, Phó Chủ tịch UBND tỉnh".
_DASH_BEFORE_TITLE = re.compile(
    r"\s+[-–—]\s+(?=(?:Phó|Chủ tịch|Bí thư|Ủy viên|Uỷ viên|Giám đốc|Trưởng|Thứ trưởng|Bộ trưởng"
    r"|Chánh|Tổng|PCT|Thường trực|Chủ nhiệm)\b)")


_WITH_OTHERS = re.compile(r"\s+(?:cùng(?:\s+với)?|và)\s+(?=(?:lãnh đạo|đại diện|các|đoàn|thành viên"
                          r"|một số|đồng chí)\b)")


def _clean_person(text: str) -> str | None:
    text = _COMRADE.sub("", text.strip())
    text = re.sub(r"(?:\s+(?:đã|đồng|đi|trực tiếp|cùng|và))+$", "", text).strip(" ,")
    text = _DASH_BEFORE_TITLE.sub(", ", text)
    return text if any(c.isupper() for c in text) else None


# "Chủ trì hội nghị: đồng chí X – Phó Chủ tịch UBND tỉnh.", "Chủ trì: …".
_CHAIR_LABEL = re.compile(
    r"^(?:người\s+)?chủ\s+trì(?:\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc|phiên\s+họp|họp))?"
    r"\s*:\s*", re.IGNORECASE)


def presiding(paragraphs: list[str]) -> str | None:
    for para in paragraphs:
        for sentence in re.split(r"(?<=[.;])\s+", para):
            label = _CHAIR_LABEL.match(sentence)
            m = re.search(r"dưới sự chủ trì của\s+(?P<who>[^;.]+)", sentence, re.IGNORECASE)
            who = m.group("who") if m else (
                sentence[label.end():].split(";")[0].rstrip(" .") if label else None)
            if who:
                pieces = re.split(r",\s*", who)
                keep = [pieces[0]]
                if _COMRADE.match(pieces[0]):
                    for piece in pieces[1:]:
                        if not _TITLE_WORD.match(piece):
                            break
                        keep.append(piece)
                first = re.split(r"\s+(?:đã|để|về|với|cùng)\s", ", ".join(keep))[0]
                return _clean_person(first)
            # "do X chủ trì", "Đoàn công tác do X làm Trưởng đoàn / dẫn đầu".
            m = re.search(r"\bdo\s+(?P<who>[^;]+?)\s+(?:làm\s+)?(?:chủ\s+trì|trưởng\s+đoàn"
                          r"|dẫn\s+đầu)\b", sentence, re.IGNORECASE)
            if m:
                who = _clean_person(m.group("who"))
                if who:
                    return who
            # An inspection visit names its leader like a meeting: "X đã đi kiểm tra thực tế",
            # "X dẫn đầu đoàn công tác kiểm tra …", "X đã đi thăm, khảo sát …".
            for verb in (r"(?:đã\s+)?(?:đồng\s+)?chủ\s+trì\b", r"(?:đã\s+)?kết\s+luận\b",
                         r"(?:đã\s+)?(?:(?:có\s+buổi|đi|trực\s+tiếp|cùng\s+đoàn\s+công\s+tác)\s+)*"
                         r"(?:làm\s+việc|họp|kiểm\s+tra|dẫn\s+đầu|khảo\s+sát|thăm|thị\s+sát"
                         r"|đi\s+thực\s+(?:tế|địa))\b"):
                m = re.search(verb, sentence, re.IGNORECASE)
                if not m or re.search(r"\b(?:[Gg]iao|[Yy]êu cầu)\b", sentence[:m.start()]):
                    continue
                before = sentence[:m.start()]
                before = re.split(r"\b(?:[Ss]au khi|[Tt]rên cơ sở)\b[^,]*,", before)[-1]
                # "X cùng lãnh đạo các sở đã kiểm tra": those who went with X do not preside.
                before = _WITH_OTHERS.split(before)[0]
                who = _appositive(re.split(r",\s*", before))
                if who:
                    return who
    return None


def attendees(paragraphs: list[str]) -> list[str]:
    for para in paragraphs:
        m = _ATTEND.search(para)
        if not m:
            continue
        text = para[m.end():]
        # The sentence ends at a period followed by a capital ("TP. Hồ Chí Minh" does not).
        end = re.search(r"(?<!TP)\.(?:\s+[A-ZĐ]|\s*$)", text)
        text = text[:end.start()] if end else text
        head = split_top(text, ";")[0]
        if ":" in head:
            text = text.split(":", 1)[1]
        else:
            cut = re.search(r"\bcó\s+", text)
            text = text[cut.end():] if cut else text
        items: list[str] = []
        for group in split_top(text, ";"):
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
