"""Deadline phrases (thời hạn) of one directive paragraph → `Deadline`s.

A date only counts when a deadline cue introduces it (`trước`, `chậm nhất`,
`trong`, `hạn`, `đến hết`, `hoàn thành`, a `Thời gian hoàn thành:` label, …):
the bare `ngày 13/4/2026` after a document number is the date of a referenced
document, not a deadline. Each rule below is one regular expression for one
shape of phrase plus a resolver that turns a match into a due date (or rejects
it after looking at the context). Matches of every rule are collected and the
earliest, longest non-overlapping ones win, so `trước ngày 15/12 hằng năm` is
one recurring deadline rather than a date plus an ongoing duty.

A bare `Quý II/2026` or `30/6/2026` counts after a label (`Thời gian hoàn
thành:`) or when it is the whole text (a table cell). A bare `trong`/`vào` before
a period is weak: "kết quả trong Quý I/2026" is narrative, so such a phrase is
dropped after a qualifying noun or when the period was over at the notice date.

`due_on` is the last day on which completion is still on time (domain.md):
`trước ngày 30/6` is strictly before (29/6), `trước 14 giờ ngày 30/6` is on 30/6.

Recurring duties (kind `recurring`): `recurrence` names the rhythm and the day
the text CITES, `due_on` is the next occurrence on or after the notice date
with the cue's strictness APPLIED. So `trước ngày 20 hằng tháng` gives
recurrence `monthly:20` and due_on the 19th; `chậm nhất ngày 20 hằng tháng`
gives `monthly:20` and the 20th. Likewise `yearly:MM-DD[,MM-DD…]` and
`weekly:N` (ISO weekday, 1 = Monday). Rolling a task forward: take the next
cited day from `recurrence` and shift it as `due_on` is shifted from the cited
day (one day earlier after `trước`). A rhythm without a day (`định kỳ hằng
quý`) gives `monthly`, `quarterly`, `semiannual`, `yearly`, `daily`, `weekly`
or `months:N`, due at the end of the period the notice date falls in.

A day of a period's month recurs each period: `trước ngày 10 tháng cuối quý` is
the 10th of March, June, September and December, written as the days of the
year they fall on (`yearly:03-10,06-10,09-10,12-10`; `tháng đầu quý sau`: January,
April, July, October; `tháng cuối kỳ`, `tháng sau` take the period of the rhythm
stated before them, `monthly:D` for a month). No new code: the store rolls these
like any yearly list.

Labelled periodic reports (`- Báo cáo quý: …`, `Báo cáo 6 tháng: trước ngày 15/6;
báo cáo năm: trước ngày 15/12`): a label rules the text up to the next label. A
day of the year without its year under it is that report's day every year
(`yearly:06-15`: the half-year report is sent once a year, the year report
covers the second half). A bare day (`trước ngày 15`, no month) takes its month
from what comes before it: a monthly label (`Báo cáo tháng: trước ngày 20` →
`monthly:20`), else the step before it — a recurring step gives its rhythm and
months (`… trước ngày 10 tháng cuối quý; Sở Nội vụ tổng hợp trước ngày 15` → the
15th of the same months), a dated step of the same sentence its month (the next
one when the day is not after it). With nothing before it, a bare day is no
deadline. A rhythm without its day (`Định kỳ hằng quý, …`, a label's own `Báo cáo 6
tháng`) gives way to the step of the same paragraph that names the day.

An event over several days is due on its last day: `trong 2 ngày 26/9 và
27/9/2026`, `từ ngày 26/9 đến ngày 27/9/2026`, `các ngày 26, 27/9/2026`, `trong 02
ngày (26 và 27/9/2026)` → 27/9 (`trước` it: the day before the first). Two days
months apart (`trước ngày 15/6 và 15/12`) are not one event. Past days told
without a firm cue (`Trong 2 ngày 12 và 13/4, Đoàn đã kiểm tra`) are narrative.

A year in a programme's name (`Chiến lược … đến năm 2030, tầm nhìn đến năm 2050`,
`giai đoạn 2026 - 2030`, `giai đoạn I từ năm 2026 đến năm 2030`) dates no task;
`hoàn thành đến năm 2027` does.

Periods named some other way:
- through a meeting held in them, `tại phiên họp thường kỳ tháng 12/2026`:
  the period's last day (the meeting's day is unknown), unless the meeting is
  the purpose of someone else's later step (`… trước ngày 05/12 để tổng hợp
  báo cáo tại phiên họp tháng 12`). `trước kỳ họp HĐND tỉnh cuối năm 2026`
  names no day nor period to fit in: no deadline, rather than a guess;
- part of a month, `trong tuần đầu tháng 01/2027` (the 7th), `tuần thứ hai`
  (14th), `tuần cuối` (last day), `10 ngày đầu tháng` (10th): kind `date`;
- `trước Tết (Nguyên đán)`: the day before the first Tết holiday of the
  holidays.VN calendar (`29 Tết` or New Year's Eve), of the year written
  (`2027`, or the sexagenary `Đinh Mùi`), else the next Tết after the notice
  date: kind `date`. `trước Tết Dương lịch`: 31 December.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays
from dateutil.relativedelta import relativedelta

from tui_tracker.errors import InvalidDateError
from tui_tracker.i18n import t
from tui_tracker.model import Deadline, DeadlineKind
from tui_tracker.text import fold

__all__ = ["FIXED_KINDS", "find_deadlines", "pick_deadline", "read_deadline", "working_days_after"]


# ---------------------------------------------------------------------------
# Working days

@lru_cache(maxsize=16)
def _vn_calendar(first_year: int, last_year: int) -> holidays.HolidayBase:
    # Vietnamese public holidays, Tết included; the library also knows the
    # Saturdays that are worked to make up for a bridged holiday.
    return holidays.country_holidays("VN", years=range(first_year, last_year + 1))


def working_days_after(start: date, n: int) -> date:
    """The day `n` working days after `start`, skipping Saturdays, Sundays and
    Vietnamese public holidays (`n == 0` gives `start`)."""
    if n < 0:
        raise ValueError("n must not be negative")
    # About 245 working days a year: size the holiday table once for the span.
    cal = _vn_calendar(start.year, start.year + 1 + n // 200)
    # is_working_day (recent `holidays`) also counts make-up Saturdays as worked.
    is_working = getattr(cal, "is_working_day", None) or (
        lambda d: d.weekday() < 5 and d not in cal)
    day = start
    left = n
    while left:
        day += timedelta(days=1)
        if is_working(day):
            left -= 1
    return day


# ---------------------------------------------------------------------------
# Building blocks of the patterns. A literal space in a pattern below means
# "some white space, tolerating stray bold marks" (see `_rx`).

def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace(" ", r"[\s*]+"), re.IGNORECASE)


def _alts(words: list[str]) -> str:
    # Longest first so that "nhận được" wins over "nhận".
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\w)"


_W = r"(?<!\w)"  # a cue starts a word
_DM = r"(?:\s?[/\-]\s?|\.)"  # 30/6, 30-6, 20.7
_END = r"(?![\d/]|[.\-]\d)"  # not the head of a longer number or of a 2-digit year
# The year after a slash, or in words: "15/12 năm 2027".
_YEAR_PART = rf"(?:{_DM}\d{{4}}| năm \d{{4}}(?!\d))"
_NO_YEAR_AFTER = r"(?! năm \d)"
_NUM_DATE = rf"(?<![\d/.])\d{{1,2}}{_DM}\d{{1,2}}{_YEAR_PART}?{_END}"
_NUM_DATE_Y = rf"(?<![\d/.])\d{{1,2}}{_DM}\d{{1,2}}{_YEAR_PART}{_END}"
_NUM_DATE_NY = rf"(?<![\d/.])\d{{1,2}}{_DM}\d{{1,2}}{_END}{_NO_YEAR_AFTER}"
_WORD_DATE = r"\d{1,2} tháng \d{1,2}(?:(?: năm |\s?[/\-]\s?)\d{4})?(?!\d)"
_WORD_DATE_NY = r"\d{1,2} tháng \d{1,2}(?!\d)(?! năm \d)(?!\s?[/\-]\s?\d)"
_WEEKDAY = r"(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?!\w)"
_HOUR = r"\d{1,2}\s?(?:giờ|h|g)(?:\s?\d{1,2}(?:\s?phút|')?)?(?: (?:sáng|trưa|chiều|tối))?"
# "14 giờ, thứ Sáu, " before the day: the hour is on that day.
_HOUR_PART = rf"(?:(?P<hour>{_HOUR})[\s,*]*(?:{_WEEKDAY}[\s,*]*)?)?"
# A named day: "ngày 30/6/2026", "ngày 05 tháng 12 năm 2017", "thứ Sáu, ngày 5/12",
# or a full date with its year and without "ngày".
_WORD_DATE_Y = r"\d{1,2} tháng \d{1,2}(?: năm |\s?[/\-]\s?)\d{4}(?!\d)"
_SLASH_DATE_NY = rf"(?<![\d/.])\d{{1,2}}\s?[/\-]\s?\d{{1,2}}{_END}{_NO_YEAR_AFTER}"
_DAYREF = (rf"(?:{_WEEKDAY}[\s,*]*)?"
           rf"(?:ngày[\s*]*(?:\(?{_WEEKDAY}\)?[\s,(*]*)?(?P<when>{_WORD_DATE}|{_NUM_DATE})"
           rf"|(?P<whenY>{_NUM_DATE_Y}|{_WORD_DATE_Y})|(?P<whenNY>{_SLASH_DATE_NY}))")

_LIST = r"(?:[\s*]*,[\s*]*| (?:và|hoặc|đến) |[\s*]*[-–][\s*]*)"
_YSEP = r"(?:\s?[/\-–]\s?| năm )"
_QNUM = r"(?:IV|III|II|I|[1-4])(?!\w)"
_PERIOD = (
    rf"(?:tháng (?:(?P<months>\d{{1,2}}(?!\d)(?:{_LIST}(?:tháng )?\d{{1,2}}(?!\d))*)"
    rf"(?:{_YSEP}(?P<my>\d{{4}})(?!\d))?|(?P<mnow>này)(?!\w))"
    rf"|quý (?:(?P<qs>{_QNUM}(?:{_LIST}(?:quý )?{_QNUM})*)"
    rf"(?:{_YSEP}(?P<qy>\d{{4}})(?!\d))?|(?P<qnow>này)(?!\w))"
    rf"|(?:(?:0?6|sáu) tháng|nửa) (?P<half>đầu|cuối) năm"
    rf"(?: (?P<hy>\d{{4}})(?!\d)| (?P<hnow>nay)(?!\w))?"
    rf"|năm (?:(?P<y>\d{{4}})(?!\d)(?![\s*]*[-–][\s*]*\d)|(?P<ynow>nay)(?!\w)))"
)

# Cues that name the deadline itself and may take a colon: "thời hạn: 30/6/2026".
_NOT_HAN = r"(?! (?:chế|mức|ngạch)(?!\w))"  # "hạn chế", "hạn mức": other words
_HAN_CUE = (rf"(?:thời hạn|(?<!gia\s)(?<!quá\s)hạn{_NOT_HAN})"
            r"(?: (?:chót|cuối cùng|cuối|hoàn thành|thực hiện|nộp|gửi|báo cáo|xử lý))?")
# "Hạn chót nộp hồ sơ: 30/9/2025": a few words may sit between the cue and its colon.
_HAN_PART = (rf"(?P<hcue>{_HAN_CUE}(?:(?: [^\W\d_]+){{1,4}}?[\s*]*(?=[:\-–]))?)"
             r"[\s*]*(?:[:\-–][\s*]*)?(?:(?:là|đến|vào|đến hết) )?")
# A completion verb before the cue makes the cue firm; the phrase starts at the cue.
_PRE = r"(?:(?P<pre>hoàn thành|hoàn tất|thực hiện xong|xong) )?"
_LATEST = r"(?:chậm|muộn) nhất(?: (?:là|vào|đến|trong|hết|trước))*"
_DAY_CUE = (rf"{_LATEST}|trước(?: (?:hoặc|và) (?:trong|vào))?|(?:ngay )?trong"
            r"|(?:đến|tới)(?: hết)?|hết|không (?:quá|chậm hơn|muộn hơn|để quá)"
            r"|(?:hoàn thành|hoàn tất|xong)(?: (?:vào|trong))?")
_PERIOD_CUE = (rf"{_LATEST}|trước(?: (?:hoặc|và) trong)?|(?:ngay )?trong(?: suốt)?|vào"
               r"|(?:đến|tới)(?: hết)?|hết|không quá|hoàn thành|hoàn tất|xong")
_REC_CUE = (rf"(?:(?P<cue>(?:chậm|muộn) nhất(?: (?:là|vào|trước))*"
            rf"|trước(?: (?:hoặc|và) (?:trong|vào))?|vào|trong|(?:đến|tới)(?: hết)?)[\s*]*)?"
            rf"{_HOUR_PART}")

_NUM_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
              "chín": 9, "mười": 10, "mười lăm": 15, "hai mươi": 20, "ba mươi": 30}
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")(?!\w)"
# What a relative deadline counts from: "kể từ ngày ký", "từ ngày nhận được văn bản này".
_ANCHOR_WORDS = _alts(["ký", "ban hành", "ký ban hành", "nhận được", "nhận", "phát hành",
                       "có hiệu lực", "hiệu lực", "văn bản", "thông báo", "quyết định",
                       "công văn", "kết luận", "kế hoạch", "chỉ thị", "này", "được", "giao",
                       "yêu cầu", "kết thúc", "cuộc họp", "họp", "hội nghị", "UBND tỉnh"])

_FREQ_ITEM = (r"(?:(?:hằng|hàng|mỗi) (?:ngày|tuần|tháng|quý|năm)(?!\w)(?![\s*]*\d)"
              r"|(?:\d{1,2}|ba|sáu|mười hai) tháng(?: (?:một|1) lần|\s?/\s?lần)?(?!\w))")
_FREQ_BARE = r"(?:ngày|tuần|tháng|quý|năm)(?!\w)(?![\s*]*\d)"


# ---------------------------------------------------------------------------
# Context checks

# "Thời gian hoàn thành:", "Tiến độ thực hiện -", "Thời hạn:" just before a bare value.
_LABEL_BEFORE = _rx(
    rf"(?<!\w)(?:thời gian|thời hạn|tiến độ|hạn{_NOT_HAN})"
    r"(?:(?P<sub> (?:hoàn thành|thực hiện|báo cáo|gửi báo cáo|gửi|nộp|trình|triển khai|xử lý"
    r"|xong))|(?: [^\W\d_]+){0,4}?)[\s*]*(?P<colon>[:\-–])?[\s*]*$")
# "trước 3/4 số hộ": a fraction of something, not the 3rd of April.
_FRACTION_OF = _rx(r"[\s*]+(?:số|tổng|diện tích|dân số|kinh phí|khối lượng|lượng|thời gian|trở lên"
                   r"|các|những)(?!\w)")
_FROM_IN_CLAUSE = _rx(r"(?<!\w)từ(?!\w)")
# "số liệu tính đến ngày 31/3", "có hiệu lực đến ngày": a cut-off, not a deadline.
_CUTOFF = _rx(r"(?<!\w)(?:tính (?:đến|tới|từ|hết)|số liệu|kỳ báo cáo|(?:có|hết) hiệu lực)(?!\w)")
_CLAUSE_START = re.compile(r"[;:(\n]|\.(?!\d)")
_PART_START = re.compile(r"[;:,(\n]|\.(?!\d)")
# A part of a sentence that opens with completing its work: "hoàn thành chỉ tiêu …".
_COMPLETION_OPENS = _rx(r"[\s*\-–]*(?:(?:phấn đấu|bảo đảm|đảm bảo|cố gắng) )?"
                        r"(?:hoàn thành|hoàn tất|thực hiện xong|xong)(?!\w)(?:\S*[\s*]+){0,8}$")
# Nouns a period qualifies in narrative: "các tháng còn lại trong năm 2026",
# "nhiệm vụ trọng tâm trong Quý I/2026", "người đứng đầu cơ quan, đơn vị trong năm 2026".
_NARRATIVE_BEFORE = _rx(
    r"(?<!\w)(?:còn lại|nhiệm vụ|trọng tâm|kết quả|tình hình|số liệu|đơn vị|cơ quan|địa phương"
    r"|người đứng đầu|đạt được|phát sinh|thời gian|các tháng|tháng cuối|những tháng|được giao"
    r"|đã thực hiện|thực hiện được)[\s*,]*$")
# "chi thường xuyên", "không thường xuyên", "ngân sách hằng năm": not a duty.
_NOT_DUTY_BEFORE = _rx(r"(?<!\w)(?:chi|không|kinh phí|ngân sách|dự toán|nguồn|thu)[\s*]*$")
# "thực hiện liên tục": a duty; "tăng liên tục": a trend.
_DUTY_VERB_BEFORE = _rx(
    r"(?<!\w)(?:thực hiện|triển khai|tiến hành|cập nhật|theo dõi|duy trì|kiểm tra|giám sát"
    r"|thường xuyên(?:[\s*]*(?:,|và))?)[\s*]*$")
_AFTER_SAU = _rx(r"(?<!\w)sau[\s*]*$")
# "giai đoạn I từ năm 2026", "thời kỳ từ năm 2021", "nhiệm kỳ 2025 - 2030 từ năm …": the
# years of a programme's phase, not of a task.
_PHASE_BEFORE = _rx(r"(?<!\w)(?:giai đoạn|thời kỳ|nhiệm kỳ)(?: (?:[IVX]{1,4}|\d{1,2}))?[\s*,:]*"
                    r"từ năm \d{4}[\s*]*$")


def _before(text: str, pos: int, span: int = 80) -> str:
    return text[max(0, pos - span):pos]


def _after_label(text: str, pos: int) -> bool:
    m = _LABEL_BEFORE.search(_before(text, pos))
    return bool(m and (m.group("sub") or m.group("colon")))


def _clause_before(text: str, pos: int, span: int = 300) -> str:
    # A window, not the whole text before: a paragraph of thousands of phrases stays linear.
    before = text[max(0, pos - span):pos]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    return before[starts[-1]:] if starts else before


def _part_before(text: str, pos: int, span: int = 120) -> str:
    """The text before `pos` back to the last clause mark or comma (within `span`)."""
    before = text[max(0, pos - span):pos]
    starts = [m.end() for m in _PART_START.finditer(before)]
    return before[starts[-1]:] if starts else before


def _is_cutoff(text: str, pos: int) -> bool:
    return bool(_CUTOFF.search(_clause_before(text, pos)))


_WORD_CHAR = re.compile(r"\w")


def _alone(text: str, start: int, end: int) -> bool:
    """The phrase is all there is (a table cell "Quý II/2026"): a deadline by position."""
    # Searched in place (no copy of the text around): the first letter ends the search.
    return not _WORD_CHAR.search(text, 0, start) and not _WORD_CHAR.search(text, end)


def _strict(cue: str | None, hour: str | None) -> bool:
    """`trước ngày X` ends the day before X; `trước hoặc trong ngày X` and
    `trước 14 giờ ngày X` end on X."""
    if not cue or hour:
        return False
    words = fold(cue).split()
    return "truoc" in words and "hoac" not in words and "va" not in words


# ---------------------------------------------------------------------------
# Dates and periods

@dataclass(frozen=True)
class _Mark:
    """A rhythm the text states: a report's label (`Báo cáo quý:`) or a frequency
    (`hằng tháng`, `định kỳ 6 tháng`); `months` is its period (None: a week)."""

    start: int
    end: int
    months: int | None
    label: bool


@dataclass(frozen=True)
class _Ctx:
    text: str
    issued_on: date | None
    marks: tuple[_Mark, ...] = ()  # in order of the text
    labels: tuple[_Mark, ...] = ()  # the marks that are report labels
    _mark_ends: tuple[int, ...] = ()
    _label_ends: tuple[int, ...] = ()
    _sentence_ends: tuple[int, ...] = ()  # only read when the text has labels

    @classmethod
    def of(cls, text: str, issued_on: date | None) -> _Ctx:
        marks = _rhythm_marks(text)
        labels = tuple(mk for mk in marks if mk.label)
        ends = tuple(m.start() for m in _SENTENCE_END.finditer(text)) if labels else ()
        return cls(text, issued_on, marks, labels, tuple(mk.end for mk in marks),
                   tuple(mk.end for mk in labels), ends)

    def same_sentence(self, start: int, end: int) -> bool:
        """Whether no sentence ends between `start` and `end` (texts with labels)."""
        k = bisect.bisect_left(self._sentence_ends, start)
        return k == len(self._sentence_ends) or self._sentence_ends[k] >= end

    def rhythm_at(self, pos: int) -> int | None:
        """Months of the rhythm stated last before `pos` (None: none, or weekly)."""
        k = bisect.bisect_right(self._mark_ends, pos) - 1
        return self.marks[k].months if k >= 0 else None

    def label_at(self, pos: int) -> _Mark | None:
        """The report label whose part of the text `pos` is in ("Báo cáo quý: …" up
        to the next label)."""
        k = bisect.bisect_right(self._label_ends, pos) - 1
        return self.labels[k] if k >= 0 else None


def _invalid(phrase: str) -> InvalidDateError:
    return InvalidDateError(t("deadline.invalid_date", phrase=phrase), phrase=phrase)


def _day_month_year(s: str) -> tuple[int, int, int | None]:
    nums = [int(n) for n in re.findall(r"\d+", s)]
    return nums[0], nums[1], (nums[2] if len(nums) > 2 else None)


def _check_day_month(phrase: str, day: int, month: int) -> None:
    # 2000 is a leap year: 29/2 passes here and is checked again once the year is known.
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        raise _invalid(phrase)


def _make_date(phrase: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _invalid(phrase) from None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _named_day(phrase: str, s: str, issued_on: date | None) -> date | None:
    """The day named by `s`; without a year it is the notice's year, or the next
    one when that day had already passed at the notice date."""
    day, month, year = _day_month_year(s)
    _check_day_month(phrase, day, month)
    if year is None:
        if issued_on is None:
            return None
        year = issued_on.year
        if (month, day) < (issued_on.month, issued_on.day):
            year += 1
    return _make_date(phrase, year, month, day)


def _quarter(s: str) -> int:
    s = s.strip().upper()
    return {"I": 1, "II": 2, "III": 3, "IV": 4}.get(s) or int(s)


def _period_bounds(m: re.Match[str], phrase: str,
                   issued_on: date | None) -> tuple[DeadlineKind, date, date] | None:
    """(kind, first day, last day) of the period a `_PERIOD` match names, the
    last of a list (`tháng 11, tháng 12 năm 2025`); None when the year is unknown."""
    bounds: Callable[[int], tuple[date, date]]
    if m.group("months") or m.group("mnow"):
        kind = DeadlineKind.MONTH
        explicit, now = m.group("my"), m.group("mnow")
        months = [int(n) for n in re.findall(r"\d+", m.group("months") or "")]
        if any(not 1 <= n <= 12 for n in months):
            raise _invalid(phrase)
        month = months[-1] if months else (issued_on.month if issued_on else 1)

        def bounds(y: int) -> tuple[date, date]:
            return date(y, month, 1), _month_end(y, month)
    elif m.group("qs") or m.group("qnow"):
        kind = DeadlineKind.QUARTER
        explicit, now = m.group("qy"), m.group("qnow")
        found = re.findall(r"IV|III|II|I|[1-4]", m.group("qs") or "", re.IGNORECASE)
        q = _quarter(found[-1]) if found else ((issued_on.month - 1) // 3 + 1 if issued_on else 1)

        def bounds(y: int) -> tuple[date, date]:
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    elif m.group("half"):
        kind = DeadlineKind.HALF
        explicit, now = m.group("hy"), m.group("hnow")
        first_half = fold(m.group("half")) == "dau"

        def bounds(y: int) -> tuple[date, date]:
            if first_half:
                return date(y, 1, 1), date(y, 6, 30)
            return date(y, 7, 1), date(y, 12, 31)
    else:
        kind = DeadlineKind.YEAR
        explicit, now = m.group("y"), m.group("ynow")

        def bounds(y: int) -> tuple[date, date]:
            return date(y, 1, 1), date(y, 12, 31)

    if explicit:
        return (kind, *bounds(int(explicit)))
    if issued_on is None:
        return None
    first_day, last_day = bounds(issued_on.year)
    if not now and last_day < issued_on:
        # A period named without its year that is already over at the notice
        # date means next year's ("tháng 3" in a notice of May).
        first_day, last_day = bounds(issued_on.year + 1)
    return kind, first_day, last_day


# ---------------------------------------------------------------------------
# Rules

Resolver = Callable[[re.Match[str], _Ctx], Deadline | None]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Resolver
    # Words one of which every match contains (lower case): a text without any of
    # them is not scanned by this rule's pattern at all.
    needs: tuple[str, ...] = ()


def _phrase(text: str, start: int, end: int) -> str:
    # Trim what the flexible spacing may have swallowed at the edges.
    while end > start and text[end - 1] in " \t\n*,(:":
        end -= 1
    while start < end and text[start] in " \t\n*,(:":
        start += 1
    phrase = text[start:end]
    if phrase.count("(") > phrase.count(")") and text[end:end + 1] == ")":
        phrase += ")"  # "hằng tuần (trước 16 giờ thứ Năm)": keep the bracket closed
    return phrase


def _cue_start(m: re.Match[str], *groups: str) -> int:
    for g in groups:
        if m.group(g) is not None:
            return m.start(g)
    return m.start()


def _deadline(phrase: str, due: date | None, kind: DeadlineKind,
              recurrence: str | None = None) -> Deadline:
    return Deadline(text=phrase, due_on=due, kind=kind.value, recurrence=recurrence)


# --- a named day -----------------------------------------------------------

_DATE_RX = _rx(rf"{_W}(?:{_HAN_PART}|{_PRE}(?P<cue>{_DAY_CUE})[\s*]*)?"
               rf"{_HOUR_PART}{_DAYREF}")


def _resolve_date(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    cue = m.group("hcue") or m.group("cue")
    start = _cue_start(m, "hcue", "cue")
    labelled = cue is None and _after_label(ctx.text, start)
    if cue is None and not (labelled or _alone(ctx.text, start, m.end())):
        return None  # a bare date: a document's date, a meeting day…
    up_to = bool(m.group("cue")) and fold(m.group("cue")).split()[0] in ("den", "toi", "het")
    if up_to and _is_cutoff(ctx.text, start):
        return None
    phrase = _phrase(ctx.text, start, m.end())
    if m.group("whenNY"):
        # "trước 15/7": a day only after a firm cue and when it is a real day;
        # "không quá 1/3 tổng số", "đến 2/3 số xã" are fractions.
        first = fold(m.group("cue") or "").split()[:1]
        day_of_month, month, _ = _day_month_year(m.group("whenNY"))
        if not (labelled or m.group("hcue") or first in (["truoc"], ["cham"], ["muon"])) \
                or not 1 <= month <= 12 \
                or not 1 <= day_of_month <= calendar.monthrange(2000, month)[1] \
                or _FRACTION_OF.match(ctx.text, m.end()):
            return None
    day = _named_day(phrase, m.group("when") or m.group("whenY") or m.group("whenNY"),
                     ctx.issued_on)
    if up_to and day is not None and ctx.issued_on is not None and day < ctx.issued_on:
        return None  # "Đến ngày 25/9/2026, đã giải ngân 52,3%": a status as of that day
    if day is not None and _strict(m.group("cue"), m.group("hour")):
        day -= timedelta(days=1)
    return _deadline(phrase, day, DeadlineKind.DATE)


# --- a month, quarter, half-year or year ------------------------------------

_PERIOD_RX = _rx(rf"{_W}(?:{_HAN_PART}|{_PRE}(?P<cue>{_PERIOD_CUE}) )?"
                 rf"(?:các )?(?P<cuoi>cuối )?{_PERIOD}")


def _resolve_period(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    cue = m.group("hcue") or m.group("cue")
    start = _cue_start(m, "hcue", "cue")
    labelled = _after_label(ctx.text, start) or _alone(ctx.text, start, m.end())
    if cue is None and not labelled:
        return None  # "kế hoạch năm 2026", "Báo cáo tháng 4/2026": a title, not a deadline
    folded = fold(m.group("cue") or "").split()
    if folded and folded[0] in ("den", "toi", "het"):
        if _is_cutoff(ctx.text, start):
            return None  # "số liệu tính đến hết tháng 6/2025"
        if folded[-1] != "het" and (m.group("y") or m.group("ynow")) and not m.group("pre"):
            clause = _clause_before(ctx.text, start)
            if not _FROM_IN_CLAUSE.search(clause) or _PHASE_BEFORE.search(clause):
                # "tầm nhìn đến năm 2030": a horizon, unless "từ … đến năm …" or a
                # completion verb says so ("hoàn thành đến năm 2027"); "giai đoạn I từ
                # năm 2026 đến năm 2030" names a programme's phase.
                return None
    # A bare "trong"/"vào" is also how narrative dates things ("kết quả trong Quý I/2026"),
    # unless a completion verb opens its part of the sentence ("; hoàn thành chỉ tiêu được
    # giao trong năm 2026", never "mức độ hoàn thành nhiệm vụ … trong năm 2026").
    weak = bool(folded) and folded[0] in ("trong", "vao") and not m.group("pre") and not labelled \
        and not _COMPLETION_OPENS.match(_part_before(ctx.text, start))
    if weak and _NARRATIVE_BEFORE.search(_before(ctx.text, start)):
        return None
    phrase = _phrase(ctx.text, start, m.end())
    bounds = _period_bounds(m, phrase, ctx.issued_on)
    if bounds is None:
        kind = (DeadlineKind.MONTH if m.group("months") or m.group("mnow")
                else DeadlineKind.QUARTER if m.group("qs") or m.group("qnow")
                else DeadlineKind.HALF if m.group("half") else DeadlineKind.YEAR)
        return _deadline(phrase, None, kind)
    kind, first_day, last_day = bounds
    up_to = bool(folded) and folded[0] in ("den", "toi", "het")
    if (weak or up_to) and ctx.issued_on is not None and last_day < ctx.issued_on:
        return None  # over when the notice was issued: narrative, or a status "đến tháng 9"
    if _strict(m.group("cue"), None) and not m.group("cuoi"):
        return _deadline(phrase, first_day - timedelta(days=1), kind)  # trước tháng 5 → 30/4
    return _deadline(phrase, last_day, kind)


# --- a period named through a meeting: "tại phiên họp thường kỳ tháng 12/2026" ---

# Words that may qualify the meeting: "phiên họp thường kỳ của UBND tỉnh".
_SESSION_WORDS = ("thường kỳ|định kỳ|thường lệ|của|UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân"
                  "|Chính phủ|Thường trực|Ban Thường vụ|Tỉnh ủy|Thành ủy|tỉnh|thành phố")
_SESSION_RX = _rx(rf"{_W}(?P<cue>tại|trong|vào) (?:(?:phiên|kỳ|cuộc) họp|hội nghị)"
                  rf"(?: (?:{_SESSION_WORDS})(?!\w)){{0,5}} {_PERIOD}")


_PURPOSE = _rx(r"(?<!\w)(?:để|nhằm|phục vụ)(?!\w)")


def _resolve_session(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    """The work is presented at a meeting held in that period: it is due by the
    period's last day, the meeting's own day being unknown. ("trước kỳ họp …" names
    no period the work must fit in, so it gives nothing.)"""
    if _PURPOSE.search(_clause_before(ctx.text, m.start())):
        # "gửi … trước ngày 05/12 để tổng hợp báo cáo tại phiên họp tháng 12": the
        # meeting is what the report is for, someone else's step after the deadline.
        return None
    phrase = _phrase(ctx.text, m.start(), m.end())
    bounds = _period_bounds(m, phrase, ctx.issued_on)
    if bounds is None:
        return _deadline(phrase, None, DeadlineKind.MONTH if m.group("months") else
                         DeadlineKind.QUARTER if m.group("qs") else
                         DeadlineKind.HALF if m.group("half") else DeadlineKind.YEAR)
    kind, _, last_day = bounds
    if ctx.issued_on is not None and last_day < ctx.issued_on:
        return None  # a past meeting: narrative ("tại phiên họp tháng 9 đã thống nhất …")
    return _deadline(phrase, last_day, kind)


# --- part of a month: "trong tuần đầu tháng 01/2027", "10 ngày cuối tháng 12" ---------

_WEEK_RX = _rx(
    rf"{_W}(?:{_HAN_PART}|{_PRE}(?P<cue>{_PERIOD_CUE}) )?"
    r"(?:tuần (?P<wk>đầu(?: tiên)?|cuối(?: cùng)?|thứ (?:nhất|hai|ba|tư|[1-4]))"
    rf"|(?P<nd>{_NUMBER}) ngày (?P<dp>đầu|cuối))(?: (?:của|trong))? tháng (?P<mo>\d{{1,2}})(?!\d)"
    r"(?:(?:\s?[/\-]\s?| năm )(?P<yr>\d{4})(?!\d))?")
_WEEK_NUMBER = {"dau": 1, "dau tien": 1, "thu nhat": 1, "thu 1": 1, "thu hai": 2, "thu 2": 2,
                "thu ba": 3, "thu 3": 3, "thu tu": 4, "thu 4": 4}


def _resolve_week(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    """A week or the first/last days of a month end on a known day: the first week
    on the 7th, the second on the 14th, the last one on the month's last day;
    "10 ngày đầu tháng" on the 10th. "trước tuần đầu tháng 1" ends the day before
    that week starts. The phrase names a day, so its kind is `date`."""
    cue = m.group("hcue") or m.group("cue")
    start = _cue_start(m, "hcue", "cue")
    if cue is None and not (_after_label(ctx.text, start) or _alone(ctx.text, start, m.end())):
        return None
    phrase = _phrase(ctx.text, start, m.end())
    month = int(m.group("mo"))
    if not 1 <= month <= 12:
        raise _invalid(phrase)
    if m.group("yr"):
        year = int(m.group("yr"))
    elif ctx.issued_on is not None:
        year = ctx.issued_on.year
        if _month_end(year, month) < ctx.issued_on:
            year += 1  # "tuần đầu tháng 01" in a notice of December: next January
    else:
        return _deadline(phrase, None, DeadlineKind.DATE)
    last = calendar.monthrange(year, month)[1]
    if m.group("wk"):
        which = fold(m.group("wk"))
        if which.startswith("cuoi"):
            first_day, last_day = last - 6, last
        else:
            n = _WEEK_NUMBER[which]
            first_day, last_day = 7 * n - 6, 7 * n
    else:
        word = m.group("nd").lower()
        n = int(word) if word.isdigit() else _NUM_WORDS[" ".join(word.split())]
        if not 1 <= n <= last:
            return None
        first_day, last_day = (1, n) if fold(m.group("dp")) == "dau" else (last - n + 1, last)
    if _strict(m.group("cue"), None):
        return _deadline(phrase, date(year, month, first_day) - timedelta(days=1), DeadlineKind.DATE)
    return _deadline(phrase, date(year, month, last_day), DeadlineKind.DATE)


# --- Tết: "trước Tết Nguyên đán", "trước Tết Nguyên đán Đinh Mùi năm 2027" -------------

_CAN = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"]
_CHI = ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"]
_CHI_VARIANTS = {"tí": "tý", "mẹo": "mão", "tị": "tỵ"}
_TET_RX = _rx(
    rf"{_W}{_PRE}(?P<cue>(?:{_LATEST} )?trước)(?: (?:dịp|kỳ nghỉ|thời điểm|khi nghỉ))? Tết"
    r"(?: (?P<solar>Dương lịch|Tây)| (?:Nguyên đán|Âm lịch|cổ truyền))?"
    rf"(?: (?:Xuân )?(?P<can>{'|'.join(_CAN)}) (?P<chi>{'|'.join(_CHI + list(_CHI_VARIANTS))}))?"
    r"(?:(?: năm)? (?P<ty>\d{4})(?!\d))?(?!\w)")


def _year_of(can: str, chi: str, from_year: int) -> int | None:
    """The first year from `from_year` named by a sexagenary pair (Bính Ngọ = 2026)."""
    c, z = _CAN.index(can), _CHI.index(_CHI_VARIANTS.get(chi, chi))
    for year in range(from_year, from_year + 60):
        if (year - 4) % 10 == c and (year - 4) % 12 == z:
            return year
    return None  # a pair that names no year (Giáp Sửu)


def _day_before_tet(year: int) -> date | None:
    """The day before the first day off of the Lunar New Year of `year` (the
    holidays.VN calendar: "29 Tết" or New Year's Eve, and any bridged day)."""
    cal = holidays.country_holidays("VN", years=range(year - 1, year + 1), language="en_US")
    named = [d for d in cal.get_named("Lunar New Year", lookup="exact") if d.year == year]
    if not named:
        return None
    day: date = named[0]
    while day - timedelta(days=1) in cal:
        day -= timedelta(days=1)
    return day - timedelta(days=1)


def _resolve_tet(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    """"trước Tết (Nguyên đán)": the day before the first Tết holiday of the given
    year, else of the notice's year, or the next one when that is already past.
    "trước Tết Dương lịch": 31 December."""
    phrase = _phrase(ctx.text, m.start("cue"), m.end())
    if m.group("solar"):
        if m.group("ty"):
            return _deadline(phrase, date(int(m.group("ty")) - 1, 12, 31), DeadlineKind.DATE)
        if ctx.issued_on is None:
            return _deadline(phrase, None, DeadlineKind.DATE)
        return _deadline(phrase, date(ctx.issued_on.year, 12, 31), DeadlineKind.DATE)
    year: int | None = int(m.group("ty")) if m.group("ty") else None
    if year is None and m.group("can") and ctx.issued_on is not None:
        year = _year_of(m.group("can").lower(), m.group("chi").lower(), ctx.issued_on.year - 1)
    if year is not None:
        return _deadline(phrase, _day_before_tet(year), DeadlineKind.DATE)
    if ctx.issued_on is None:
        return _deadline(phrase, None, DeadlineKind.DATE)
    for candidate in (ctx.issued_on.year, ctx.issued_on.year + 1):
        due = _day_before_tet(candidate)
        if due is not None and due >= ctx.issued_on:
            return _deadline(phrase, due, DeadlineKind.DATE)
    return _deadline(phrase, None, DeadlineKind.DATE)


# --- N days / working days / weeks / months from the notice ------------------

_RELATIVE_RX = _rx(
    rf"{_W}{_PRE}(?:(?P<cue>(?:ngay )?trong(?: (?:vòng|thời hạn|thời gian|khoảng|phạm vi|tối đa))?"
    rf"|thời hạn|{_LATEST}(?: (?:sau|không quá|vòng|thời hạn))*|không quá|tối đa) )?"
    rf"(?P<n>{_NUMBER}) (?P<unit>ngày làm việc|ngày|tuần|tháng|năm)(?!\w)(?![\s*]*\d)"
    r"(?! (?:qua|vừa qua|gần đây|trước|đầu|cuối|liên tiếp|liền|của năm)(?!\w))"
    rf"(?P<tail>[\s,*]*(?:kể )?từ (?:ngày|khi|thời điểm)"
    rf"(?: (?:(?P<anchor>{_NUM_DATE_Y}|{_WORD_DATE}|{_NUM_DATE})|{_ANCHOR_WORDS}"
    rf"(?: {_ANCHOR_WORDS})*))?)?")


def _resolve_relative(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    cue, tail = m.group("cue"), m.group("tail")
    if not (cue or m.group("pre") or tail):
        return None  # "10 ngày" alone is a duration, not a deadline
    start = m.start("cue") if cue else m.start("n")
    if not cue and _AFTER_SAU.search(_before(ctx.text, start)):
        return None  # "sau 10 ngày kể từ…": what happens afterwards
    phrase = _phrase(ctx.text, start, m.end())
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _NUM_WORDS[" ".join(word.split())]
    unit = fold(m.group("unit"))
    kind = DeadlineKind.WORKING_DAYS if unit.endswith("lam viec") else DeadlineKind.RELATIVE
    anchor = ctx.issued_on
    if m.group("anchor"):
        anchor = _named_day(phrase, m.group("anchor"), ctx.issued_on)
    if anchor is None:
        return _deadline(phrase, None, kind)
    if kind is DeadlineKind.WORKING_DAYS:
        due = working_days_after(anchor, n)
    elif unit == "ngay":
        due = anchor + timedelta(days=n)
    elif unit == "tuan":
        due = anchor + timedelta(weeks=n)
    elif unit == "thang":
        due = anchor + relativedelta(months=n)
    else:
        due = anchor + relativedelta(years=n)
    return _deadline(phrase, due, kind)


_SAME_DAY_RX = _rx(rf"{_W}(?:ngay )?trong ngày(?: hôm nay)?(?=[\s*]*(?:[,.;)]|$))")


def _resolve_same_day(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    # "báo cáo ngay trong ngày": on the notice's own day.
    return _deadline(_phrase(ctx.text, m.start(), m.end()), ctx.issued_on, DeadlineKind.RELATIVE)


# --- recurring duties --------------------------------------------------------

_EVERY = r"(?:hằng|hàng|mỗi)"
_MONTHLY_DAY_FIRST = _rx(rf"{_W}{_REC_CUE}ngày (?P<day>\d{{1,2}}) (?:(?:của|trong) )?"
                         rf"{_EVERY} tháng(?!\w)")
_MONTHLY_FREQ_FIRST = _rx(rf"{_W}(?:định kỳ )?{_EVERY} tháng[\s,(*]*{_REC_CUE}"
                          r"ngày (?P<day>\d{1,2})(?!\d)(?![\s*]*(?:[/\-.]\s?\d|tháng))")
_DAY_MONTH = rf"(?:{_WORD_DATE_NY}|{_NUM_DATE_NY})"
# "trước ngày 15/5 và 15/11 hằng năm": several days a year.
# "… hằng năm kể từ năm 2027": the first occurrence is in that year.
_FROM_YEAR = r"(?:[\s,*]*(?:(?:kể|bắt đầu) )?từ năm (?P<from>\d{4})(?!\d))?"
_YEARLY_DAY_FIRST = _rx(rf"{_W}{_REC_CUE}ngày (?P<ymd>{_DAY_MONTH}(?:(?:[\s*]*,[\s*]*| (?:và|hoặc) )"
                        rf"(?:trước )?(?:ngày )?{_DAY_MONTH})*) (?:(?:của|trong) )?{_EVERY} năm(?!\w)"
                        rf"{_FROM_YEAR}")
# "trước ngày 15 tháng 6 và tháng 12 hằng năm": one day of several months.
_YEARLY_MONTHS = _rx(rf"{_W}{_REC_CUE}ngày (?P<day>\d{{1,2}})(?!\d) (?:(?:của|trong) )?tháng "
                     r"(?P<months>\d{1,2}(?:(?:[\s*]*,[\s*]*| và )(?:tháng )?\d{1,2}(?!\d)){1,11})"
                     rf" (?:(?:của|trong) )?{_EVERY} năm(?!\w){_FROM_YEAR}")
_YEARLY_FREQ_FIRST = _rx(rf"{_W}(?:định kỳ )?{_EVERY} năm[\s,(*]*{_REC_CUE}"
                         rf"ngày (?P<ymd>{_DAY_MONTH})(?![\s*]*năm)")
_WEEKLY_DAY = _rx(rf"{_W}{_REC_CUE}(?P<wd>{_WEEKDAY}) (?:(?:của|trong) )?{_EVERY} tuần(?!\w)")
_WEEKLY_FREQ_FIRST = _rx(rf"{_W}(?:định kỳ )?{_EVERY} tuần[\s,(*]*{_REC_CUE}(?P<wd>{_WEEKDAY})")
# A weekday under a weekly report's label: "Báo cáo tuần: trước 16 giờ thứ Sáu".
_LABELLED_WEEKDAY = _rx(rf"{_W}{_REC_CUE}(?:ngày )?(?P<wd>{_WEEKDAY})")
_FREQ_LIST = _rx(rf"{_W}(?P<dk>định kỳ )?(?P<freq>{_FREQ_ITEM}(?:{_LIST}(?:{_FREQ_ITEM}"
                 rf"|{_FREQ_BARE}))*)")

_WEEKDAYS = {"hai": 1, "2": 1, "ba": 2, "3": 2, "tu": 3, "4": 3, "nam": 4, "5": 4,
             "sau": 5, "6": 5, "bay": 6, "7": 6}
# Most frequent first: a duty reported "6 tháng, hằng năm" is next due at the half-year.
_FREQ_ORDER = ["daily", "weekly", "monthly", "months:2", "quarterly", "months:4", "semiannual",
               "yearly"]


def _next_monthly(day: int, strict: bool, start: date | None) -> date | None:
    """The first deadline on or after `start` of a duty due on `day` of every month
    (the 31st falls on a shorter month's last day; one day earlier when strict)."""
    if start is None:
        return None
    due = None
    y, mo = start.year, start.month
    while due is None or due < start:
        due = date(y, mo, min(day, calendar.monthrange(y, mo)[1]))
        due -= timedelta(days=1 if strict else 0)
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return due


def _next_yearly(days: list[tuple[int, int]], strict: bool, start: date | None) -> date | None:
    """The first deadline on or after `start` of a duty due on each (month, day) of a year."""
    if start is None:
        return None
    due = None
    for y in (start.year, start.year + 1):
        for month, day in sorted(days):
            candidate = date(y, month, min(day, calendar.monthrange(y, month)[1]))
            candidate -= timedelta(days=1 if strict else 0)
            if candidate >= start and (due is None or candidate < due):
                due = candidate
    return due


def _yearly_code(days: list[tuple[int, int]]) -> str:
    return "yearly:" + ",".join(f"{mo:02d}-{d:02d}" for mo, d in days)


def _resolve_monthly(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    phrase = _phrase(ctx.text, m.start(), m.end())
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        raise _invalid(phrase)
    due = _next_monthly(day, _strict(m.group("cue"), m.group("hour")), ctx.issued_on)
    return _deadline(phrase, due, DeadlineKind.RECURRING, f"monthly:{day}")


_PAIR = re.compile(r"(\d{1,2})(?:\s?[/\-.]\s?|[\s*]+tháng[\s*]+)(\d{1,2})", re.IGNORECASE)


def _resolve_yearly(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    phrase = _phrase(ctx.text, m.start(), m.end())
    if m.re.groupindex.get("months"):
        days = [(int(mo), int(m.group("day"))) for mo in re.findall(r"\d+", m.group("months"))]
    else:
        days = [(int(mo), int(d)) for d, mo in _PAIR.findall(m.group("ymd"))]
    for month, day in days:
        _check_day_month(phrase, day, month)
    first_year = int(m.group("from")) if m.re.groupindex.get("from") and m.group("from") else None
    start = ctx.issued_on
    if first_year is not None and (start is None or start.year < first_year):
        start = date(first_year, 1, 1)
    # The next of the named days still ahead at the notice date (or in the first year).
    due = _next_yearly(days, _strict(m.group("cue"), m.group("hour")), start)
    return _deadline(phrase, due, DeadlineKind.RECURRING, _yearly_code(days))


# "trước ngày 10 tháng cuối quý", "chậm nhất ngày 15 của tháng đầu quý sau", "ngày 20 tháng
# cuối kỳ báo cáo", "trước ngày 05 của tháng tiếp theo": a day of a month named by its
# place in a reporting period. `per` names the period, or "kỳ" leaves it to the rhythm the
# text states before (`_Ctx.rhythm_at`); `after` is the month after the period.
_MONTH_PLACE = r"(?P<place>cuối(?: cùng)?|đầu(?: tiên)?|thứ (?:nhất|hai|ba|[1-3]))"
_PERIOD_WORD = r"(?:quý|kỳ(?: báo cáo)?|năm|(?:0?6|sáu) tháng)"
_NEXT_WORD = r"(?:sau|tiếp theo|kế tiếp|liền kề|liền sau)"
_PLACED_DAY_RX = _rx(
    rf"{_W}(?:(?:định kỳ (?:{_EVERY} )?|{_EVERY} )(?P<every>quý|năm|tháng|(?:0?6|sáu) tháng)"
    rf"(?!\w)[\s,(*]*)?{_REC_CUE}ngày (?P<day>\d{{1,2}})(?!\d) (?:(?:của|trong) )?tháng "
    rf"(?:{_MONTH_PLACE} (?:(?:của|trong) )?(?:(?:mỗi|hằng|hàng) )?(?P<per>{_PERIOD_WORD})"
    rf"(?: (?P<next>{_NEXT_WORD}))?"
    rf"|(?P<after>{_NEXT_WORD}))(?!\w)(?![\s*]*[/\-]?[\s*]*\d)")
_PLACE_OFFSET = {"cuoi": 0, "cuoi cung": 0, "dau": 1, "dau tien": 1, "thu nhat": 1, "thu 1": 1,
                 "thu hai": 2, "thu 2": 2, "thu ba": 3, "thu 3": 3}


def _months_of(word: str) -> int | None:
    """Months in a period named by `word` (tháng 1, quý 3, 6 tháng 6, năm 12); None
    for a week, or for a word that names none."""
    folded = fold(word)
    if folded in ("thang", "hang thang"):
        return 1
    if folded.endswith("quy"):
        return 3
    if folded.endswith(("6 thang", "sau thang")) or folded == "hoc ky":
        return 6
    if folded.endswith(("nam", "nam hoc", "9 thang", "chin thang")) or folded.startswith("hoc ky "):
        return 12  # a named half, nine months, a school year or one term: once a year
    return None


def _resolve_placed_day(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    """`trước ngày 10 tháng cuối quý`: the 10th of March, June, September and
    December, every year. A quarter's (or half-year's) months are written as the
    days of the year they fall on (`yearly:03-10,06-10,09-10,12-10`), a month's as
    `monthly:D`: the codes the store already rolls forward."""
    phrase = _phrase(ctx.text, m.start(), m.end())
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        raise _invalid(phrase)
    per = m.group("per")
    span = _months_of(per) if per and not fold(per).startswith("ky") else None
    if span is None:
        # "tháng cuối kỳ", "tháng sau": the period is the rhythm stated before.
        span = _months_of(m.group("every")) if m.group("every") else ctx.rhythm_at(m.start())
    if span is None:
        return None
    if m.group("after"):
        offset = span + 1  # the month after the period
    else:
        offset = _PLACE_OFFSET[fold(m.group("place"))] or span
        if offset > span:
            return None  # "tháng thứ ba của 1 tháng"
    strict = _strict(m.group("cue"), m.group("hour"))
    if span == 1:
        return _deadline(phrase, _next_monthly(day, strict, ctx.issued_on), DeadlineKind.RECURRING,
                         f"monthly:{day}")
    days = sorted(((offset - 1 + span * i) % 12 + 1, day) for i in range(12 // span))
    return _deadline(phrase, _next_yearly(days, strict, ctx.issued_on), DeadlineKind.RECURRING,
                     _yearly_code(days))


def _resolve_weekly(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    phrase = _phrase(ctx.text, m.start(), m.end())
    words = fold(m.group("wd")).split()
    iso = 7 if words[0] == "chu" else _WEEKDAYS[words[-1]]
    due = None
    if ctx.issued_on is not None:
        due = ctx.issued_on + timedelta(days=(iso - ctx.issued_on.isoweekday()) % 7)
        if _strict(m.group("cue"), m.group("hour")):
            due -= timedelta(days=1)
            if due < ctx.issued_on:
                due += timedelta(weeks=1)
    return _deadline(phrase, due, DeadlineKind.RECURRING, f"weekly:{iso}")


def _resolve_labelled_weekday(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    """A weekday that a weekly report's label rules ("Báo cáo tuần: trước 16 giờ thứ
    Sáu"): the week is the rhythm, as "hằng tuần" would say."""
    label = ctx.label_at(m.start())
    if label is None or label.months is not None \
            or not ctx.same_sentence(label.end, m.start()):
        return None
    return _resolve_weekly(m, ctx)


def _freq_code(item: str) -> str | None:
    words = fold(item).replace("/", " ").split()
    if words[0] in ("hang", "moi") or len(words) == 1:
        return {"ngay": "daily", "tuan": "weekly", "thang": "monthly", "quy": "quarterly",
                "nam": "yearly"}[words[-1] if len(words) == 1 else words[1]]
    number = " ".join(words[:words.index("thang")])
    n = int(number) if number.isdigit() else {"ba": 3, "sau": 6, "muoi hai": 12}[number]
    # "Báo cáo 9 tháng" is the nine-month report, sent once a year; no duty recurs every 9 months.
    return {1: "monthly", 3: "quarterly", 6: "semiannual", 9: "yearly", 12: "yearly"}.get(
        n, f"months:{n}")


def _next_end(code: str, issued_on: date) -> date | None:
    """Last day of the current reporting period the notice date falls in."""
    y, mo = issued_on.year, issued_on.month
    if code == "daily":
        return issued_on
    if code == "monthly":
        return _month_end(y, mo)
    if code == "quarterly":
        return _month_end(y, ((mo - 1) // 3 + 1) * 3)
    if code == "semiannual":
        return date(y, 6, 30) if mo <= 6 else date(y, 12, 31)
    if code == "yearly":
        return date(y, 12, 31)
    return None  # weekly without a weekday, every N months: no anchor to count from


_FREQ_ITEMS = _rx(f"{_FREQ_ITEM}|{_FREQ_BARE}")


# "Báo cáo 6 tháng", "báo cáo 6 tháng, hằng năm": a report named by its rhythm.
_REPORT_BEFORE = _rx(r"(?<!\w)báo cáo(?: (?:kết quả|tình hình))?[\s*]*$")
# … but "báo cáo 6 tháng đầu năm 2026" names one period.
_ONE_PERIOD_AFTER = _rx(r"[\s*]*(?:đầu|cuối|năm|qua|vừa|gần|tới|\d)")


def _periodic_report(text: str, m: re.Match[str]) -> bool:
    return bool(_REPORT_BEFORE.search(_before(text, m.start()))) \
        and not _ONE_PERIOD_AFTER.match(text, m.end())


def _resolve_freq(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    items = _FREQ_ITEMS.findall(m.group("freq"))
    first = fold(items[0]).split()
    if not m.group("dk") and first[0] not in ("hang", "moi") and "lan" not in first \
            and not _periodic_report(ctx.text, m):
        return None  # "6 tháng" alone is a duration; "định kỳ 6 tháng" a rhythm
    if not m.group("dk") and _NOT_DUTY_BEFORE.search(_before(ctx.text, m.start())):
        return None  # "ngân sách hằng năm"
    codes = [c for c in (_freq_code(i) for i in items) if c]
    phrase = _phrase(ctx.text, m.start(), m.end())
    if not m.group("dk") and set(codes) == {"yearly"}:
        # domain.md: "hằng năm" without a day is an ongoing duty, not a dated one.
        return _deadline(phrase, None, DeadlineKind.ONGOING)
    code = min(codes, key=lambda c: _FREQ_ORDER.index(c) if c in _FREQ_ORDER else 99)
    due = _next_end(code, ctx.issued_on) if ctx.issued_on else None
    return _deadline(phrase, due, DeadlineKind.RECURRING, code)


# --- ongoing duties ----------------------------------------------------------

_ONGOING_RX = _rx(rf"{_W}(?P<o>thường xuyên|liên tục|lâu dài)(?:[\s*]*(?:,|và)[\s*]*"
                  rf"(?:thường xuyên|liên tục|{_EVERY} năm(?![\s*]*\d)))*(?!\w)")


def _resolve_ongoing(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    before = _before(ctx.text, m.start())
    head = fold(m.group("o"))
    if head == "thuong xuyen" and _NOT_DUTY_BEFORE.search(before):
        return None  # "chi thường xuyên" (recurrent spending), "không thường xuyên"
    if head == "lien tuc" and not (_after_label(ctx.text, m.start())
                                   or _DUTY_VERB_BEFORE.search(before)):
        return None  # "tăng liên tục": a trend, not a duty
    if head == "lau dai" and not _after_label(ctx.text, m.start()):
        return None
    return _deadline(_phrase(ctx.text, m.start(), m.end()), None, DeadlineKind.ONGOING)


# --- an event over several days: "trong 2 ngày 26/9 và 27/9/2026" -------------------

# Days that share the last one's month ("26, 27/9/2026", "26 - 27/9", "26 và 27 tháng 9
# năm 2026") or carry their own ("26/9 và 27/9/2026", "25/9 đến ngày 27/9/2026"). At most
# ten: an event is not longer, and a bounded list keeps a text of numbers linear.
_LIST_SEP = r"(?:[\s*]*,[\s*]*(?:và )?|[\s*]*[-–][\s*]*| (?:và|đến|tới) (?:hết )?)(?:ngày )?"
_DAY_ONLY = r"\d{1,2}(?![\d/.])"
_DAY_MONTH_ITEM = r"\d{1,2}\s?[/.]\s?\d{1,2}(?:\s?[/.]\s?\d{4})?(?![\d/.]|-\d)"
_LAST_DAY = (rf"\d{{1,2}}{_DM}\d{{1,2}}{_YEAR_PART}?{_END}"
             r"|\d{1,2} tháng \d{1,2}(?:(?: năm |\s?[/\-]\s?)\d{4})?(?!\d)")
# A match starts with a word (a cue, "các", "ngày") or a count of days ("02 ngày"), never
# with a bare number: the days of a list are not tried one by one as starts.
_DAYS_RX = _rx(
    rf"{_W}(?=[^\W\d]|\d{{1,3}} ngày)(?:{_HAN_PART}|{_PRE}(?P<cue>{_DAY_CUE}|từ)[\s*]*)?(?:(?P<vao>vào) )?"
    rf"(?:(?:thời gian )?(?P<count>{_NUMBER}) ngày(?: (?:liên tục|liên tiếp))?[\s,:(*]*"
    rf"(?:(?P<conn>là|gồm|vào|trong|từ) )?)?"
    rf"(?:(?P<cac>các|những) )?(?:ngày[\s*]*)?"
    rf"(?:(?P<items>{_DAY_MONTH_ITEM}(?:{_LIST_SEP}{_DAY_MONTH_ITEM}){{0,9}}){_LIST_SEP}"
    rf"(?P<last>{_LAST_DAY})"
    rf"|(?P<days>{_DAY_ONLY}(?:{_LIST_SEP}{_DAY_ONLY}){{0,9}}){_LIST_SEP}(?P<blast>{_LAST_DAY})"
    # One day after its count: "trong 01 ngày, ngày 26/9/2026" (never "trong 01 ngày" from now).
    rf"|(?(count)(?P<single>{_LAST_DAY})|(?!)))")
_RANGE_SEP = re.compile(r"[-–]|(?<!\w)(?:đến|tới)(?!\w)", re.IGNORECASE)
# Cues that date the work itself, whatever the day: the others ("trong", "từ … đến",
# "các ngày") also tell of past events ("Trong 2 ngày 12 và 13/4, Đoàn đã kiểm tra").
_FIRM_DAYS_CUES = ("truoc", "cham", "muon", "khong", "hoan", "xong")


def _resolve_days(m: re.Match[str], ctx: _Ctx) -> Deadline | None:
    """An event over several days is due on its last day ("trước" it: the day
    before its first). A list ("26, 27/9") is one event when its days follow
    each other within a week; a range ("từ 26/9 đến 27/9", "26 - 27/9") whatever
    its length. Anything else (two report days "15/6 và 15/12") is left to the
    other rules."""
    cue = m.group("hcue") or m.group("cue")
    event = m.group("count") or m.group("cac")
    if m.group("single") and (not m.group("count") or m.group("conn") == "từ"):
        # One day without a count of days: the other rules read it; "trong 10 ngày từ
        # ngày 20/4" counts from that day (a relative deadline).
        return None
    start = _cue_start(m, "hcue", "cue", "vao", "count", "cac")
    labelled = cue is None and _after_label(ctx.text, start)
    if cue is None and not (labelled or event or _alone(ctx.text, start, m.end())):
        return None
    if _FRACTION_OF.match(ctx.text, m.end()):
        return None  # "từ 1/3 đến 2/3 số xã"
    listed = m.group("items") or m.group("days") or ""
    last_group = "last" if m.group("items") else "blast" if m.group("days") else "single"
    is_range = bool(listed) and bool(_RANGE_SEP.search(
        listed + ctx.text[m.end("items" if m.group("items") else "days"):m.start(last_group)]))
    first_word = fold(m.group("cue") or "").split()[:1]
    if first_word == ["tu"] and not is_range:
        return None
    if (first_word in (["tu"], ["den"], ["toi"], ["het"]) or is_range) \
            and _is_cutoff(ctx.text, start):
        return None  # "số liệu tính từ ngày 01/01 đến ngày 31/3/2026"
    phrase = _phrase(ctx.text, start, m.end())
    last_text = m.group(last_group)
    last_day, last_month, last_year = _day_month_year(last_text)
    _check_day_month(phrase, last_day, last_month)
    items: list[tuple[int, int, int | None]] = (
        [(int(d), int(mo), int(y) if y else None) for d, mo, y in
         re.findall(r"(\d{1,2})\s?[/.]\s?(\d{1,2})(?:\s?[/.]\s?(\d{4}))?", listed)]
        if m.group("items") else [(int(d), last_month, None) for d in re.findall(r"\d+", listed)])
    for d, mo, _ in items:
        _check_day_month(phrase, d, mo)
    last = _named_day(phrase, f"{last_day}/{last_month}" + (f"/{last_year}" if last_year else ""),
                      ctx.issued_on)
    if last is None:
        return _deadline(phrase, None, DeadlineKind.DATE)
    # Earlier days without a year are in the last one's, or the year before across New Year.
    days = [_make_date(phrase, y or last.year - ((mo, d) > (last.month, last.day)), mo, d)
            for d, mo, y in items] + [last]
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    if any(g <= 0 for g in gaps) or (not is_range and any(g > 7 for g in gaps)):
        return None
    firm = labelled or bool(m.group("hcue") or m.group("pre")) or (
        bool(first_word) and first_word[0] in _FIRM_DAYS_CUES)
    if not firm and ctx.issued_on is not None and last < ctx.issued_on:
        return None  # a past event: narrative
    if _strict(m.group("cue"), None):
        return _deadline(phrase, days[0] - timedelta(days=1), DeadlineKind.DATE)
    return _deadline(phrase, last, DeadlineKind.DATE)


_DIGITS = tuple("0123456789")
_UNITS = ("ngày", "tuần", "tháng", "quý", "năm")
_RULES: list[_Rule] = [
    _Rule(_MONTHLY_DAY_FIRST, _resolve_monthly, ("tháng",)),
    _Rule(_MONTHLY_FREQ_FIRST, _resolve_monthly, ("tháng",)),
    _Rule(_PLACED_DAY_RX, _resolve_placed_day, ("tháng",)),
    _Rule(_YEARLY_DAY_FIRST, _resolve_yearly, ("năm",)),
    _Rule(_YEARLY_FREQ_FIRST, _resolve_yearly, ("năm",)),
    _Rule(_YEARLY_MONTHS, _resolve_yearly, ("năm",)),
    _Rule(_WEEKLY_DAY, _resolve_weekly, ("tuần",)),
    _Rule(_WEEKLY_FREQ_FIRST, _resolve_weekly, ("tuần",)),
    _Rule(_LABELLED_WEEKDAY, _resolve_labelled_weekday, ("tuần",)),
    _Rule(_DATE_RX, _resolve_date, _DIGITS),
    _Rule(_DAYS_RX, _resolve_days, _DIGITS),
    _Rule(_RELATIVE_RX, _resolve_relative, _UNITS),
    _Rule(_PERIOD_RX, _resolve_period, ("tháng", "quý", "năm")),
    _Rule(_SESSION_RX, _resolve_session, ("họp", "hội")),
    _Rule(_WEEK_RX, _resolve_week, ("tháng",)),
    _Rule(_TET_RX, _resolve_tet, ("tết",)),
    _Rule(_SAME_DAY_RX, _resolve_same_day, ("ngày",)),
    _Rule(_FREQ_LIST, _resolve_freq, _UNITS),
    _Rule(_ONGOING_RX, _resolve_ongoing, ("thường", "liên", "lâu")),
]


# ---------------------------------------------------------------------------
# Steps in a rhythm: report labels, and a bare day after a step ("… trước ngày 10
# tháng cuối quý; Sở Nội vụ tổng hợp trước ngày 15")

# "Báo cáo quý:", "- Báo cáo 6 tháng:", "Báo cáo định kỳ hằng tháng (gửi qua hệ thống):" label
# the part of the text up to the next label; "hằng tháng", "định kỳ 6 tháng" state a rhythm.
# A school's reports name their term: "Báo cáo học kỳ I:", "Báo cáo năm học:"; "Báo cáo sơ
# kết 6 tháng đầu năm:", "Báo cáo 9 tháng:" are reports once a year.
_RHYTHM_RX = _rx(
    r"(?<!\w)(?:(?P<label>(?:chế độ )?báo cáo(?: (?:định kỳ|sơ kết|tổng kết|kết quả|tình hình))*"
    r"(?: (?:hằng|hàng|mỗi))? (?P<lr>tuần|tháng|quý|năm học|năm|học kỳ(?: (?:I|II|1|2))?"
    r"|(?:0?6|sáu|0?9|chín) tháng(?: (?:đầu|cuối) năm)?)(?![\s*]*\d)"
    r"(?:[\s*]*\([^()\n]{0,80}\))?[\s*]*:)"
    r"|(?:định kỳ )?(?:hằng|hàng|mỗi) (?P<er>tuần|tháng|quý|năm)(?!\w)(?![\s*]*\d)"
    r"|định kỳ (?P<dr>tuần|tháng|quý|năm|(?:0?6|sáu) tháng)(?!\w)(?![\s*]*\d))")


def _rhythm_marks(text: str) -> tuple[_Mark, ...]:
    low = text.lower()
    if not any(word in low for word in ("tháng", "quý", "năm", "tuần")):
        return ()
    return tuple(_Mark(m.start(), m.end(), _months_of(m.group("lr") or m.group("er")
                                                      or m.group("dr")), bool(m.group("label")))
                 for m in _RHYTHM_RX.finditer(text))


# "trước ngày 15" (no month): only a step of a rhythm or of a date stated before.
_BARE_DAY_RX = _rx(rf"{_W}{_REC_CUE}ngày (?P<day>\d{{1,2}})(?!\d)(?!\s?[/.\-]\s?\d)"
                   r"(?![\s*]+(?:(?:của|trong) )?(?:tháng|hằng|hàng|mỗi|năm)(?!\w))")
# More days of the year after a labelled one: "Báo cáo quý: trước ngày 15/3, 15/6, 15/9 và 15/12".
_MORE_DAYS_RX = _rx(r"(?:[\s*]*,[\s*]*(?:và )?| và )(?:ngày )?"
                    r"(?P<d>\d{1,2})\s?[/.]\s?(?P<mo>\d{1,2})(?![\d/.]|\s?-\s?\d)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZĐ]|\s*$)")


@dataclass
class _Hit:
    start: int
    end: int
    match: re.Match[str]
    deadline: Deadline


def _code_days(code: str | None) -> tuple[str, list[tuple[int, int]]] | None:
    """("monthly", []) or ("yearly", [(month, day), …]) of a recurrence code that
    a bare day can take over; None for other rhythms."""
    if not code:
        return None
    head, _, arg = code.partition(":")
    if head == "monthly":
        return "monthly", []
    if head == "yearly" and arg:
        return "yearly", [(int(mo), int(d)) for mo, d in
                          (item.split("-") for item in arg.split(","))]
    return None


def _cited(hit: _Hit, ctx: _Ctx) -> date | None:
    """The day a dated step names (before "trước" moves its deadline a day back)."""
    m = hit.match
    if m.re is _DATE_RX:
        named = m.group("when") or m.group("whenY") or m.group("whenNY")
    elif m.re is _DAYS_RX:
        named = m.group("last") or m.group("blast") or m.group("single")
    else:
        return None
    return _named_day(hit.deadline.text, named, ctx.issued_on)


def _labelled(hit: _Hit, ctx: _Ctx) -> _Hit:
    """A day of the year without its year under a report's label ("Báo cáo 6 tháng:
    trước ngày 15/6") is that report's day every year: `yearly:06-15`. (A day of a
    period's month, `ngày 10 tháng cuối quý`, recurs each period: `_PLACED_DAY_RX`.)
    A day with its year names one occurrence and stays a date."""
    m = hit.match
    label = ctx.label_at(hit.start)
    if m.re is not _DATE_RX or hit.deadline.kind != DeadlineKind.DATE or label is None \
            or label.months is None or not ctx.same_sentence(label.end, hit.start):
        return hit
    named = m.group("when") or m.group("whenY") or m.group("whenNY")
    day, month, year = _day_month_year(named)
    if year is not None or m.group("whenY"):
        return hit
    days = [(month, day)]
    end = hit.end
    for _ in range(11):
        more = _MORE_DAYS_RX.match(ctx.text, end)
        if more is None:
            break
        days.append((int(more.group("mo")), int(more.group("d"))))
        end = more.end()
    start = _cue_start(m, "hcue", "cue")
    phrase = _phrase(ctx.text, start, end)
    for mo, d in days:
        _check_day_month(phrase, d, mo)
    due = _next_yearly(days, _strict(m.group("cue"), m.group("hour")), ctx.issued_on)
    return _Hit(hit.start, end, m, _deadline(phrase, due, DeadlineKind.RECURRING,
                                             _yearly_code(days)))


def _bare_day(m: re.Match[str], prev: _Hit | None, ctx: _Ctx) -> Deadline | None:
    """`trước ngày 15` takes its month from what comes before it: a report label
    of a monthly rhythm (`Báo cáo tháng: trước ngày 20` → `monthly:20`), else the
    step before it: a recurring one gives its rhythm and months (`trước ngày 10
    tháng cuối quý; … tổng hợp trước ngày 15` → the 15th of the same months), a
    dated one in the same sentence its month (the next month when the day is not
    after it: chains go forward)."""
    phrase = _phrase(ctx.text, m.start("cue"), m.end())
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    strict = _strict(m.group("cue"), m.group("hour"))
    label = ctx.label_at(m.start())
    usable = prev is not None and prev.deadline.kind in (DeadlineKind.RECURRING, DeadlineKind.DATE)
    if label is not None and (not usable or (prev is not None and label.start >= prev.end)):
        if label.months != 1:
            return None  # "Báo cáo quý: trước ngày 15": which month of the quarter?
        return _deadline(phrase, _next_monthly(day, strict, ctx.issued_on),
                         DeadlineKind.RECURRING, f"monthly:{day}")
    if prev is None:
        return None
    rhythm = _code_days(prev.deadline.recurrence) \
        if prev.deadline.kind == DeadlineKind.RECURRING else None
    if rhythm is not None:
        kind, days = rhythm
        if kind == "monthly":
            return _deadline(phrase, _next_monthly(day, strict, ctx.issued_on),
                             DeadlineKind.RECURRING, f"monthly:{day}")
        days = sorted({(mo, day) for mo, _ in days})
        return _deadline(phrase, _next_yearly(days, strict, ctx.issued_on),
                         DeadlineKind.RECURRING, _yearly_code(days))
    if prev.deadline.kind != DeadlineKind.DATE or _SENTENCE_END.search(ctx.text, prev.end,
                                                                         m.start()):
        return None
    cited = _cited(prev, ctx)
    if cited is None:
        return _deadline(phrase, None, DeadlineKind.DATE) if ctx.issued_on is None else None
    year, month = cited.year, cited.month
    if day <= cited.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    due = _make_date(phrase, year, month, day)
    return _deadline(phrase, due - timedelta(days=1) if strict else due, DeadlineKind.DATE)


def _cites_day(code: str) -> bool:
    """`monthly:20`, `yearly:12-15`, `weekly:5` name their day; `quarterly`, `months:2` do not."""
    head, _, arg = code.partition(":")
    return bool(arg) and head in ("monthly", "yearly", "weekly")


def _vague_codes(dated: str) -> set[str]:
    """The rhythms without a day (`quarterly`) a dated code states (`yearly:03-10,
    06-10,09-10,12-10`)."""
    rhythm = _code_days(dated)
    if rhythm is None:
        return set()
    kind, days = rhythm
    if kind == "monthly":
        return {"monthly"}
    per_year = len({mo for mo, _ in days})
    return {code for code, n in (("quarterly", 4), ("semiannual", 2), ("yearly", 1))
            if n == per_year}


def _in_rhythm(hits: list[_Hit], ctx: _Ctx) -> list[_Hit]:
    """Labelled days recur, bare days join the step before them, and a rhythm
    stated without a day ("Định kỳ hằng quý, …", a label's "Báo cáo 6 tháng") gives
    way to the step of the same paragraph that names its day."""
    if ctx.labels:
        labelled: list[_Hit] = []
        for hit in hits:
            if labelled and hit.start < labelled[-1].end:
                continue  # a day the list before it took in
            labelled.append(_labelled(hit, ctx))
        hits = labelled
    if "ngày" in ctx.text.lower() and (hits or ctx.labels):
        starts = [hit.start for hit in hits]
        added: list[_Hit] = []
        for m in _BARE_DAY_RX.finditer(ctx.text):
            if not m.group("cue"):
                continue
            k = bisect.bisect_right(starts, m.start()) - 1
            if (k >= 0 and hits[k].end > m.start()) \
                    or (k + 1 < len(hits) and hits[k + 1].start < m.end()):
                continue  # part of a phrase already read
            prev = added[-1] if added and (k < 0 or added[-1].start > hits[k].start) else (
                hits[k] if k >= 0 else None)
            deadline = _bare_day(m, prev, ctx)
            if deadline is not None:
                added.append(_Hit(m.start("cue"), m.end(), m, deadline))
        if added:
            hits = sorted(hits + added, key=lambda hit: hit.start)
    # Right to left: which rhythms a later step dates, and where the next dated step is.
    label_starts = [label.start for label in ctx.labels]
    dated_later: set[str] = set()
    next_dated: int | None = None
    keep: list[_Hit] = []
    for hit in reversed(hits):
        code = hit.deadline.recurrence or ""
        if hit.deadline.kind not in (DeadlineKind.RECURRING, DeadlineKind.ONGOING):
            keep.append(hit)
            continue
        if _cites_day(code):
            dated_later.update(_vague_codes(code))
            next_dated = hit.start
            keep.append(hit)
            continue
        k = bisect.bisect_right(label_starts, hit.start) - 1
        in_label = k >= 0 and hit.end <= ctx.labels[k].end
        label_part_end = label_starts[k + 1] if in_label and k + 1 < len(label_starts) else None
        if (code and code in dated_later) or (in_label and next_dated is not None and (
                label_part_end is None or next_dated < label_part_end)):
            continue  # the rhythm without its day: a later step says when
        keep.append(hit)
    return keep[::-1]


def find_deadlines(text: str, *, issued_on: date | None) -> list[Deadline]:
    """Every deadline phrase of a paragraph (normalised text), in order of appearance.

    `issued_on` resolves relative deadlines and dates without a year; without it
    those get `due_on=None`. Raises InvalidDateError for a day that does not
    exist (`31/2/2026`), naming the phrase."""
    ctx = _Ctx.of(text, issued_on)
    candidates: list[tuple[int, int, int, re.Match[str], Resolver]] = []
    low = text.lower()
    for order, rule in enumerate(_RULES):
        if rule.needs and not any(word in low for word in rule.needs):
            continue
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                candidates.append((m.start(), m.start() - m.end(), order, m, rule.resolve))
    # Earliest first, then longest: the fullest reading of a phrase wins.
    candidates.sort(key=lambda c: c[:3])
    # Candidates come by start: one overlaps a taken phrase iff it starts before the
    # furthest end taken so far (a running maximum keeps this linear).
    taken_end = -1
    hits: list[_Hit] = []
    for start, neg_len, _, m, resolve in candidates:
        end = start - neg_len
        if start < taken_end:
            continue
        deadline = resolve(m, ctx)
        if deadline is None:
            continue
        taken_end = max(taken_end, end)
        hits.append(_Hit(start, end, m, deadline))
    return [hit.deadline for hit in _in_rhythm(hits, ctx)]


# Kinds that name a day by which the work is due (not a rhythm, not an ongoing duty).
FIXED_KINDS = frozenset({DeadlineKind.DATE, DeadlineKind.MONTH, DeadlineKind.QUARTER,
                         DeadlineKind.HALF, DeadlineKind.YEAR, DeadlineKind.RELATIVE,
                         DeadlineKind.WORKING_DAYS})


def pick_deadline(found: list[Deadline]) -> Deadline | None:
    """THE rule that picks a directive's deadline among the phrases of its text.

    A chain (`gửi Sở … trước ngày 01/11 … trình UBND tỉnh trước ngày 15/11`) ends
    when its last step is done, so the LAST phrase that names a fixed day wins;
    without one, the first recurring phrase; else the first phrase at all (an
    ongoing duty). The parser and every correction path call this, so a phrase
    typed in a correction is read exactly as the parser reads it."""
    if not found:
        return None
    fixed = [d for d in found if d.due_on is not None and d.kind in FIXED_KINDS]
    if fixed:
        return fixed[-1]
    recurring = [d for d in found if d.kind == DeadlineKind.RECURRING]
    return recurring[0] if recurring else found[0]


def read_deadline(text: str, *, issued_on: date | None) -> Deadline | None:
    """The deadline of a text (a directive's, or a phrase a user typed): every phrase
    found, then `pick_deadline`. InvalidDateError for a day that does not exist."""
    return pick_deadline(find_deadlines(" ".join(text.split()), issued_on=issued_on))
