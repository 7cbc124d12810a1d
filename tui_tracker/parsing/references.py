"""Documents a notice cites: `Báo cáo số 95/BC-SKHHCN ngày 13/4/2026`.

Also home of the document-number helpers the header parser shares: the shape
of a number/symbol (số, ký hiệu) and the Decree 30/2020 type code inside it.

Number shapes (Decree 30/2020/NĐ-CP, Appendix I and III; Party rules):
- administrative: `95/BC-SKHHCN`, `184/TB-VPCP` (number / code - issuer);
- legal normative: `08/2023/QĐ-UBND` (a year between);
- Công văn, with no type code: `3653/UBND-TNMT`;
- Party: `57-NQ/TW`, `2927-TB/TU` (number - code / issuer).
PDF copies mangle them (`1961/QĐUBND`, `2927 -TB/TU`): still numbers. Spaces
around the separators (`111 /CV - UBND`) and a dot inside the issuer's part
(`26/TB-VP.UBND`) are kept apart from the text around them by `tidy_number`,
the one normalisation of a number (the header's `Số:` line uses it too).

A reference's date follows its number (`… số 95/BC-SKHHCN ngày 13/4/2026`),
possibly after the issuer (`… số 77/SXD-QLXD của Sở Xây dựng ngày 3/9/2026`),
or comes before it (`Văn bản ngày 12/8/2026 số 345/UBND-KT`).
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from tui_tracker.model import Reference

# Type codes of Decree 30/2020 (Appendix III), of legal normative documents
# and of Party documents; values are the spelling we report.
DOC_CODES: dict[str, str] = {c.upper(): c for c in (
    "NQ", "QĐ", "CT", "QC", "QyĐ", "QĐi", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA",
    "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
    "KL", "NĐ", "TT", "TTLT", "NQLT", "CV",
)}

# One piece after a separator: starts with a capital or a digit so that
# "… 57-NQ/TW - ngày" or "- Trung ương" never extends a number. An issuer's
# unit may follow a dot ("26/TB-VP.UBND", "15/QĐ-UBND.KT"): capitals only there,
# so that a sentence's full stop ("57-NQ/TW. Theo …") never joins the next word.
# Case matters in those two places even inside patterns that ignore it (`(?-i:…)`).
_TOKEN = r"[0-9A-ZĐ][0-9A-Za-zĐđ&]*(?-i:(?:\.[A-ZĐ][0-9A-ZĐ&]*(?![^\W\d_]))*)"
# A separator, with a stray space on one side at most ("2927 -TB/TU").
_SEP = r"(?:\s[/\-–]|[/\-–]\s?)"
# Spaces on both sides ("111 /CV - UBND", "123 / QĐ - UBND") only before a piece in
# capitals, a code of the symbol: "57-NQ/TW - Trung ương" is a number and a dash.
_SPACED_SEP = r"\s[/\-–]\s"
_CODE_TOKEN = r"(?-i:(?:TTg|CTr|TTr|QyĐ|QĐi|[0-9A-ZĐ][0-9A-ZĐ&]*(?:\.[A-ZĐ][0-9A-ZĐ&]*)*)(?![\w&]))"
_PIECE = rf"(?:{_SEP}{_TOKEN}|{_SPACED_SEP}{_CODE_TOKEN})"
NUMBER = rf"\d{{1,6}}[a-z]?{_PIECE}+"

# The notice's own number line: "Số: 123/TB-UBND", "Số 2927 -TB/TU", "Số:1961/QĐUBND".
# A draft leaves the number blank ("Số:      /TB-UBND"): `blank` catches the symbol.
SO_LINE = re.compile(
    rf"^\s*S[ốỐ]\s*[:.]?\s*(?:(?P<num>{NUMBER})|(?P<blank>[/\-–]\s?{_TOKEN}{_PIECE}*))?",
    re.IGNORECASE)

_DAY_MONTH_YEAR = (
    r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s*(?:năm|,|/)\s*(?P<wy>\d{4})"
)
# "… ngày 5/6/2026", "…, ngày …", "… (ngày 5/6/2026)": the bracket closes only one it opened.
_DATE_AFTER = re.compile(
    rf"\s*,?\s*(?P<open>\(\s*)?(?:ban hành\s+)?ngày\s+(?:{_DAY_MONTH_YEAR})(?(open)\s*\))",
    re.IGNORECASE)
_DMY = re.compile(_DAY_MONTH_YEAR, re.IGNORECASE)
# The same date without its groups, to be written before the number:
# "Văn bản ngày 12/8/2026 số 345/UBND-KT".
_DMY_TEXT = (r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}"
             r"|\d{1,2}\s+tháng\s+\d{1,2}\s*(?:năm|,|/)\s*\d{4}")
# The issuer between the number and the date: "Công văn số 77/SXD-QLXD của Sở Xây
# dựng ngày 3/9/2026", "… của UBND tỉnh Quảng Ngãi, ngày …". Checked by `_is_issuer`.
_ISSUER_DATE = re.compile(
    rf"\s*,?\s+(?:của|do)\s+(?P<by>[^\W\d_][^\n,;.()“”\"]{{0,80}}?"
    rf"(?:,\s*[^\W\d_][^\n,;.()“”\"]{{0,40}}?)?)\s*,?\s+(?:ban hành\s+|ký\s+)?ngày\s+"
    rf"(?:{_DAY_MONTH_YEAR})", re.IGNORECASE)
# Words that open a clause and never sit inside an agency's name ("của UBND tỉnh
# về việc …", "của Sở gửi …"): the date after them is not the document's.
_NOT_IN_ISSUER = frozenset((
    "về", "việc", "v/v", "gửi", "đã", "để", "đề", "theo", "với", "là", "có", "được",
    "đang", "sẽ", "tại", "trình", "thì", "khi", "nhằm", "số", "báo", "giao", "yêu", "cầu"))

# Type words before a number, longest first so "Thông báo kết luận" wins over
# "Thông báo". A code in the number beats the word; the word decides when the
# number has no code ("Công văn số 3653/UBND-TNMT").
_TYPE_WORDS: dict[str, str | None] = {
    "nghị quyết liên tịch": "NQLT", "thông tư liên tịch": "TTLT",
    "thông báo kết luận": "TB", "nghị quyết": "NQ", "quyết định": "QĐ", "chỉ thị": "CT",
    "kết luận": "KL", "thông báo": "TB", "báo cáo": "BC", "công văn": "CV",
    "văn bản": None, "kế hoạch": "KH", "đề án": "ĐA", "dự án": "DA", "tờ trình": "TTr",
    "thông tư": "TT", "nghị định": "NĐ", "bộ luật": "Luật", "luật": "Luật",
    "pháp lệnh": "Pháp lệnh", "hướng dẫn": "HD", "chương trình": "CTr", "quy định": "QyĐ",
    "quy chế": "QC", "công điện": "CĐ", "biên bản": "BB", "phương án": "PA",
    "thông cáo": "TC", "giấy mời": "GM", "hợp đồng": "HĐ", "bản ghi nhớ": "BGN",
}
_TYPED = re.compile(
    r"(?<![\w])(?P<type>" + "|".join(sorted(_TYPE_WORDS, key=len, reverse=True)) + r")"
    rf"\s+(?:ngày\s+(?P<before>{_DMY_TEXT})\s*,?\s+số\s*:?\s*|(?:số\s*:?\s*)?)"
    rf"(?P<num>{NUMBER})(?![\w/])",
    re.IGNORECASE)
# More numbers after one type word: "Công văn số 111/UBND-VX ngày 05/8/2026 và số
# 112/UBND-VX ngày 06/8/2026" cites two Công văn.
_MORE = re.compile(rf"\s*(?:,|;|,?\s+và)\s*(?P<ref>(?:số\s*:?\s*)?(?P<num>{NUMBER}))(?![\w/])",
                   re.IGNORECASE)
# A type word abbreviated before "số": "theo CV số 123/UBND-KT", "VB số …", "QĐ số …".
_ABBREVIATED: dict[str, str | None] = {
    "CV": "CV", "VB": None, "QĐ": "QĐ", "TB": "TB", "KH": "KH", "NQ": "NQ", "CT": "CT",
    "BC": "BC", "TTr": "TTr", "CĐ": "CĐ", "HD": "HD", "KL": "KL", "TT": "TT", "NĐ": "NĐ"}
_ABBR_TYPED = re.compile(
    r"(?<![\w/\-])(?P<type>" + "|".join(sorted(_ABBREVIATED, key=len, reverse=True)) + r")"
    rf"\s+(?i:số)\s*:?\s*(?P<num>{NUMBER})(?![\w/])")
# A law cited by its name: "Luật Ngân sách nhà nước số 89/2025/QH15".
_NAMED_LAW = re.compile(
    rf"(?<![\w])(?P<type>Bộ luật|Luật|Pháp lệnh)\s+[A-ZĐ][^\d,;.()“”\n]{{2,80}}?\s+số\s*:?\s*"
    rf"(?P<num>{NUMBER})(?![\w/])")
_BARE = re.compile(rf"(?<![\w/\-–])(?P<num>{NUMBER})(?![\w/])")


_SPACES = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")
_PARTY = re.compile(r"^\d+[A-Z]?-([^/\-]+)/")
_YEAR_PIECE = re.compile(r"\d{4}")
_CAPITAL = re.compile(r"[A-ZĐ]")
_CODES_LONGEST_FIRST = sorted(DOC_CODES, key=len, reverse=True)


def tidy_number(number: str) -> str:
    """The number as written, without the stray spaces a PDF copy adds and with
    Word's typographic dashes back to the hyphen of the symbol: `111 /CV – UBND`
    is `111/CV-UBND`. The one normalisation of a number, for the notice's own
    (`Số: …`) and for the documents it cites."""
    return _SPACES.sub("", number).replace("–", "-").replace("—", "-")


def number_key(number: str) -> str:
    """Compare numbers whatever their spacing, dash or case."""
    return tidy_number(number).upper()


def doc_code(number: str) -> str | None:
    """The Decree 30 type code inside a number, "CV" when it has none.

    `95/BC-SKHHCN` → BC, `08/2023/QĐ-UBND` → QĐ, `57-NQ/TW` → NQ,
    `3653/UBND-TNMT` → CV, mangled `1961/QĐUBND` → QĐ. None when the text
    is no document number at all."""
    if not _LETTER.search(number):
        return None  # "13/4/2026", "1/500": no code without a letter
    s = number_key(number)
    party = _PARTY.match(s)
    if party:
        return DOC_CODES.get(party.group(1))
    parts = s.split("/")
    if len(parts) < 2:
        return None
    rest = [p for p in parts[1:] if not _YEAR_PIECE.fullmatch(p)]
    if not rest or not rest[0]:
        return None
    head = rest[0].split("-")[0]
    if head in DOC_CODES:
        return DOC_CODES[head]
    if "-" not in rest[0]:
        # A lost hyphen: "QĐUBND" = QĐ + UBND. Longest code first.
        for code in _CODES_LONGEST_FIRST:
            if head.startswith(code) and len(head) - len(code) >= 2:
                return DOC_CODES[code]
    return "CV" if _CAPITAL.search(head) else None


def own_numbers(text: str) -> set[str]:
    """Keys of the notice's own number(s), from `Số: …` lines near the top."""
    keys = set()
    for line in text.split("\n")[:30]:
        m = SO_LINE.match(line)
        if m and m.group("num"):
            keys.add(number_key(m.group("num")))
    return keys


def date_from_match(m: re.Match[str]) -> date | None:
    """A date from a `_DAY_MONTH_YEAR` match; None when the day does not exist."""
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (
        m.group("wd"), m.group("wm"), m.group("wy"))
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _is_issuer(name: str) -> bool:
    """Whether the words between a number and a date name who issued it."""
    words = name.split()
    return (name[:1].isupper() and len(words) <= 14 and "/" not in name
            and not any(word.lower() in _NOT_IN_ISSUER for word in words))


def _date_after(text: str, pos: int) -> tuple[date | None, int]:
    """The date that follows a number at `pos`, right after it or after its
    issuer ("… của Sở Xây dựng ngày 3/9/2026"), and where it ends."""
    m = _DATE_AFTER.match(text, pos)
    if not m:
        m = _ISSUER_DATE.match(text, pos)
        if not m or not _is_issuer(m.group("by")):
            return None, pos
    return date_from_match(m), m.end()


def _date_before(m: re.Match[str]) -> date | None:
    """The date written between the type word and "số" ("Văn bản ngày 12/8/2026 số …")."""
    before = m.groupdict().get("before")
    if not before:
        return None
    found = _DMY.fullmatch(before.strip())
    return date_from_match(found) if found else None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of the (sorted, disjoint) spans."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def find_references(text: str, own_number: str | None = None) -> list[Reference]:
    """Documents cited in the (normalised) text, in order of first mention,
    one per number; a later mention fills a date the first one lacked.

    The notice's own number (its `Số:` line, or `own_number` as the header read
    it, say from a table) is not a reference, wherever the text repeats it
    ("báo cáo kết quả thực hiện Thông báo số 88/TB-VPCP")."""
    own = own_numbers(text)
    if own_number:
        own.add(number_key(own_number))
    found: list[tuple[int, Reference]] = []
    spans: list[tuple[int, int]] = []
    typed = sorted([*_TYPED.finditer(text), *_NAMED_LAW.finditer(text),
                    *_ABBR_TYPED.finditer(text)], key=lambda m: m.start())
    for m in typed:
        if _inside(spans, m.start()):
            continue
        number = tidy_number(m.group("num"))
        code = doc_code(number)
        if code is None or not re.search(r"[A-Za-zĐđ]", number):
            continue
        word = (_ABBREVIATED[m.group("type")] if m.re is _ABBR_TYPED
                else _TYPE_WORDS[m.group("type").lower()])
        if code == "CV" and word not in (None, "CV"):
            code = word  # "Luật số 12/2017/QH14": the number has no type code
        issued, end = _date_after(text, m.end())
        issued = issued or _date_before(m)
        found.append((m.start(), Reference(text=text[m.start():end], number=number,
                                           doc_type=code, issued_on=issued)))
        spans.append((m.start(), end))
        # The same type word goes on: ", số 112/UBND-VX ngày …", "và 68-NQ/TW".
        more = _MORE.match(text, end)
        while more:
            number = tidy_number(more.group("num"))
            code = doc_code(number)
            if code is None:
                break
            if code == "CV" and word not in (None, "CV"):
                code = word
            start = more.start("ref")
            issued, end = _date_after(text, more.end())
            found.append((start, Reference(text=text[start:end], number=number,
                                           doc_type=code, issued_on=issued)))
            spans.append((start, end))
            more = _MORE.match(text, end)
    for m in _BARE.finditer(text):
        if _inside(spans, m.start()):
            continue
        number = tidy_number(m.group("num"))
        code = doc_code(number)
        # Without a type word only a number carrying a real type code counts;
        # "13/4/2026" or "1/500" never do.
        if code is None or (code == "CV" and "CV" not in number_key(number)):
            continue
        issued, end = _date_after(text, m.end())
        found.append((m.start(), Reference(text=text[m.start():end], number=number,
                                           doc_type=code, issued_on=issued)))
    found.sort(key=lambda item: item[0])
    by_key: dict[str, Reference] = {}
    for _, ref in found:
        key = number_key(ref.number or "")
        if key in own:
            continue
        first = by_key.get(key)
        if first is None:
            by_key[key] = ref
        elif first.issued_on is None and ref.issued_on is not None:
            first.issued_on = ref.issued_on
    return list(by_key.values())
