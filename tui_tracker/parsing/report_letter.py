"""An agency's answer to a notice (báo cáo kết quả thực hiện) → `ReportLetter`.

`read_report_letter(raw)` is pure, like `parse_notice`: text in, data out, no file and
no database. It finds:

- the sender: the header's issuer (`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG`), as the agency
  catalogue names it; else the agency that "báo cáo" in the opening sentence;
- the letter's number and date, its type (`BC`, or `CV` for a công văn) and summary;
- the notices it answers (`answers`): documents that give work (a Thông báo, a Kết
  luận, a Công văn …) cited in its summary, its opening, a heading or next to a cited
  item; a document cited only inside what an item reports (`theo Quyết định số …`)
  is evidence, not an answered notice;
- one `ReportedItem` per task it reports on (`report_items`), with the item cited,
  the quoted task, its notice, and what `report_status` reads in it.

`letter_kind(text)` tells a report from a notice, for the UI's `i` (see its doc).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tui_tracker.agencies import alias_entries, canonical_agency, is_known_agency
from tui_tracker.errors import BadInputError
from tui_tracker.i18n import catalog, t
from tui_tracker.model import Reference
from tui_tracker.parsing.header import parse_header
from tui_tracker.parsing.header.common import fold_chars, is_caps
from tui_tracker.parsing.references import find_references, number_key
from tui_tracker.parsing.report_items import Unit, body_paragraphs, find_units
from tui_tracker.parsing.report_status import StatusReading, read_status
from tui_tracker.text import fold, normalize

__all__ = ["REPORT", "NOTICE", "ReportLetter", "ReportedItem", "is_report_letter", "letter_kind",
           "read_report_letter"]

REPORT, NOTICE = "report", "notice"

# Types that are a notice to follow up, never an answer to one.
_NOTICE_CODES = frozenset({"TB", "KL", "QĐ", "CT", "NQ", "KH", "CTr", "CĐ", "QC", "QyĐ", "HD",
                           "ĐA", "PA", "GM", "TTr", "BB", "TC"})
# Words of a summary (trích yếu, V/v) that make a letter an answer.
_ANSWER_WORDS = re.compile(
    r"\b(?:ket qua thuc hien|ket qua trien khai|tien do thuc hien|tinh hinh thuc hien"
    r"|gia han|dieu chinh thoi gian|de nghi (?:xem xet )?(?:cho )?(?:thoi|dung|dieu chinh))\b")
# A letter that gives work, even one whose summary says "báo cáo" (it asks others to
# report): "UBND tỉnh có ý kiến như sau:", "Giao Sở …", "Đề nghị các sở, ngành …".
_ASKS = re.compile(
    r"\bco y kien(?: chi dao)? nhu sau\b|\b(?:chi dao|ket luan|yeu cau) nhu sau\b"
    r"|(?:^|\n)(?:\d{1,2}[.)]\s*|[-+•]\s*)?(?:giao|yeu cau|de nghi (?:cac|quy|thu truong))\b")
# Opening sentences of an answer: "…, Sở Xây dựng báo cáo kết quả thực hiện như sau:".
_REPORTS_ON = re.compile(r"(?<!viec )\b(?:xin\s+|kinh\s+)?bao\s+cao\s+(?:ket\s+qua|tinh\s+hinh|tien\s+do"
                         r"|nhu\s+sau|cu\s+the|ubnd|uy\s+ban|chu\s+tich|voi)")
# Where a cited document is one the letter answers: "Thực hiện Thông báo số …".
_ANSWERING = re.compile(r"(?:thực hiện|triển khai|theo chỉ đạo (?:tại|của)|tại|của|trả lời|phúc đáp"
                        r"|thuc hien|trien khai|tai|cua)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# "…, Sở Tài chính gửi kết quả:", "…, Sở Xây dựng trả lời như sau:": the writer's verbs.
_WRITES = re.compile(r"\s(?:xin\s+|kinh\s+)?(?:gui|tra\s+loi|phuc\s+dap|bao\s+cao)\b")
# "Sở Thử nghiệm tỉnh Quảng Ngãi": an agency the catalogue does not know, named with its
# province (the store keeps "… tỉnh" at most).
_TRAILING_PROVINCE = re.compile(r"(\s+tỉnh)(?:\s+[A-ZĐ][^\s,]*)+$")
_INNER_PROVINCE = re.compile(r"\s+tỉnh(?:\s+[A-ZĐ][^\s,]*)+(?=\s+[a-zđ])")
_AND = re.compile(r"(?:\s+và|,)\s+(?:(?:của|tại)\s+\S+\s+)?$|\s+và\s+$", re.IGNORECASE)
_BASIS = re.compile(r"(?:căn cứ|can cu)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


@dataclass
class ReportedItem:
    """One task reported on, as the letter words it (no task of the database yet)."""

    index: int  # 1-based, in the letter's order
    path: str  # where it stands: "1", "I.2", "¶5", "#3" (a table's row)
    text: str
    topic: str | None
    refs: list[str]  # the items cited, as a notice's directive refs: ["2.a"]
    ref_text: str | None  # as written: "điểm a khoản 1 Mục II"
    numbered: bool  # "nhiệm vụ số 4": may be the fourth task rather than item 4
    notice: Reference | None  # the notice it belongs to, when the letter says so
    quote: str | None
    reading: StatusReading

    @property
    def basis(self) -> str:
        """How the letter names the task: by item number, by quoting it, or not at all."""
        if self.refs:
            return "item"
        if self.quote or self.topic:
            return "quote"
        return "order"

    def to_json(self) -> dict[str, Any]:
        r = self.reading
        extension = None
        if r.extension is not None:
            e = r.extension
            extension = {"due_on": _iso(e.due_on), "days": e.days, "months": e.months,
                         "phrase": e.phrase, "text": e.text}
        return {
            "index": self.index,
            "path": self.path,
            "notice": _reference_json(self.notice),
            "items": self.refs,
            "item_text": self.ref_text,
            "quote": self.quote,
            "topic": self.topic,
            "match": self.basis,
            "status": r.status,
            "status_phrase": r.phrase,
            "reason": r.reason,
            "completed_on": _iso(r.completed_on),
            "completed_by": r.completed_by,
            "extension_request": extension,
            "requests": [{"kind": q.kind, "text": q.text} for q in r.requests],
            "sentence": r.sentence or (r.extension.text if r.extension else None)
            or (r.requests[0].text if r.requests else None),
            "text": self.text,
        }


@dataclass
class ReportLetter:
    doc_type: str | None  # "BC", "CV"
    number: str | None
    issued_on: date | None
    title: str | None
    issuer: str | None  # the header's issuer as read
    sender: str | None  # the agency, as the catalogue names it
    signer: str | None
    answers: list[Reference]
    items: list[ReportedItem]
    warnings: list[str]
    text: str  # normalised
    original: str
    # Documents cited only inside what the items report ("đã ban hành Quyết định số …").
    evidence: list[Reference] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def identity(self) -> str:
        """The same letter whatever file it comes in: its number, date and sender when
        it has a number, else its normalised text."""
        if self.number and self.issued_on:
            sender = fold(self.sender or self.issuer or "")
            return f"{number_key(self.number)}|{self.issued_on.isoformat()}|{sender}"
        return f"sha256:{self.sha256}"

    def evidence_text(self) -> str:
        """"Báo cáo số 45/BC-SNNMT ngày 12/5/2026": how the history names this letter.
        In Vietnamese whatever the interface language: it is the document's name, kept
        in the database like the notice's own text."""
        kind = _vi("replies.doc.bc") if self.doc_type == "BC" else _vi("replies.doc.cv")
        text = _vi("replies.evidence.number").format(kind=kind, number=self.number) \
            if self.number else kind
        if self.issued_on:
            text += " " + _vi("replies.evidence.date").format(date=_day(self.issued_on))
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "letter": {
                "doc_type": self.doc_type, "number": self.number,
                "issued_on": _iso(self.issued_on), "title": self.title,
                "issuer": self.issuer, "sender": self.sender, "signer": self.signer,
                "sha256": self.sha256, "identity": self.identity(),
            },
            "answers": [_reference_json(r) for r in self.answers],
            "items": [item.to_json() for item in self.items],
            "warnings": list(self.warnings),
        }


def _vi(key: str) -> str:
    return catalog()[key][0]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _reference_json(ref: Reference | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"text": ref.text, "number": ref.number, "doc_type": ref.doc_type,
            "issued_on": _iso(ref.issued_on)}


# ---------------------------------------------------------------- kind


def letter_kind(raw: str) -> str | None:
    """"report" for an agency's answer, "notice" for a notice that gives work, None
    when it could be either (the caller asks).

    A `BÁO CÁO` type line (or a `…/BC-…` number) is a report. A công văn is a report
    when its summary (`V/v …`) or its opening sentence reports on work or asks for
    an extension (`V/v báo cáo kết quả thực hiện Thông báo số 77/TB-UBND`, `V/v đề
    nghị gia hạn …`, `…, Sở Xây dựng báo cáo như sau:`) and it cites a document
    that gives work. A Thông báo, Kết luận, Quyết định, Kế hoạch … is a notice, and
    so is a công văn that reads like neither. A text without a header is a notice,
    unless it cites a notice and reports on its items by number with status words
    ("Điểm 2.a: đã hoàn thành"): then None."""
    text = normalize(raw)
    try:
        header, _ = parse_header(text)
    except BadInputError:
        return None
    code = header.doc_type
    if code == "BC":
        return REPORT
    if code in _NOTICE_CODES:
        return NOTICE
    summary = fold(header.title or "")
    paragraphs = body_paragraphs(text)
    opening = fold(" ".join(paragraphs[:2]))
    cites = any(r.doc_type in ("TB", "KL", "CV", "CĐ", "CT") for r in find_references(text))
    asks = _ASKS.search(fold("\n".join(paragraphs))) is not None
    if cites and not asks and (_REPORTS_ON.search(opening) or _ANSWER_WORDS.search(summary)):
        return REPORT
    if code is not None:
        return NOTICE
    # No header (text pasted from an e-mail): a text that cites a notice and reports on
    # its items by number could be either; anything else is read as a notice, as before.
    if cites and any(unit.refs and read_status(unit.said, letter_date=None).status
                     for unit in find_units(paragraphs)):
        return None
    return NOTICE


def is_report_letter(text: str, doc_type: str | None = None) -> bool:
    """True when `text` is surely an agency's answer (letter_kind's "report"): `import`
    refuses it, since stored as a notice its reported items would become tasks. A
    notice's type already read (`doc_type`, "TB") answers without reading it again;
    a text that could be either stays a notice, as before."""
    if doc_type in _NOTICE_CODES:
        return False
    return letter_kind(text) == REPORT


# ---------------------------------------------------------------- reading


def read_report_letter(raw: str) -> ReportLetter:
    """Read an agency's report letter (see the module doc). Raises BadInputError when
    the text is no letter at all, InvalidDateError for a day that does not exist in
    its header."""
    text = normalize(raw)
    header, _ = parse_header(text)
    warnings: list[str] = []
    paragraphs = body_paragraphs(text)
    if not paragraphs:
        raise BadInputError(t("replies.read.empty"))
    units = find_units(paragraphs)
    sender = _sender(header.issuer, paragraphs)
    if sender is None:
        warnings.append(t("replies.read.no_sender"))
    if header.number is None:
        warnings.append(t("replies.read.no_number"))
    if header.issued_on is None:
        warnings.append(t("replies.read.no_date"))
    references = find_references(text, header.number)
    answers = _answers(header.title or "", paragraphs, units, references)
    items: list[ReportedItem] = []
    for unit in units:
        reading = read_status(unit.said, letter_date=header.issued_on, sender=sender)
        if unit.done_cell and reading.status == "reported" and reading.completed_from_letter:
            _done_cell(reading, unit.done_cell, header.issued_on)
        if not reading.says_something:
            continue  # names a task but says nothing of it: context
        items.append(ReportedItem(
            index=len(items) + 1, path=unit.path, text=unit.text, topic=unit.topic,
            refs=list(dict.fromkeys(r.ref for r in unit.refs)),
            ref_text=unit.refs[0].text if unit.refs else None, numbered=unit.numbered,
            notice=unit.notice or unit.scope_notice, quote=unit.quote, reading=reading))
    answered = {number_key(r.number or "") for r in answers}
    evidence = [r for r in references if number_key(r.number or "") not in answered]
    if not items:
        warnings.append(t("replies.read.no_items"))
    return ReportLetter(doc_type=header.doc_type, number=header.number,
                        issued_on=header.issued_on, title=header.title, issuer=header.issuer,
                        sender=sender, signer=header.signer, answers=answers, items=items,
                        warnings=warnings, text=text, original=raw, evidence=evidence)


def _done_cell(reading: StatusReading, cell: str, letter_date: date | None) -> None:
    done = read_status(f"Hoàn thành ngày {cell}", letter_date=letter_date)
    if done.completed_on is not None and not done.completed_from_letter:
        reading.completed_on = done.completed_on
        reading.completed_from_letter = False


def _sender(issuer: str | None, paragraphs: list[str]) -> str | None:
    """The agency that writes: the header's issuer, else the one that "báo cáo" in the
    opening paragraphs ("…, Sở Xây dựng báo cáo như sau:")."""
    if issuer:
        # A parent line folded into a two-line name ("Ban Quản lý dự án đầu tư xây dựng
        # tỉnh Quảng Ngãi các công trình giao thông tỉnh"): the province's name goes.
        if is_known_agency(issuer):
            return canonical_agency(issuer)
        name = _TRAILING_PROVINCE.sub(r"\1", _INNER_PROVINCE.sub("", issuer))
        return canonical_agency(name)
    for paragraph in paragraphs[:3]:
        folded = fold_chars(paragraph)
        verb = _REPORTS_ON.search(folded) or _WRITES.search(folded)
        if verb is None:
            continue
        before = folded[:verb.start()]
        best: tuple[int, str] | None = None
        for entry in alias_entries():
            if entry.bare or entry.group:
                continue
            key = fold_chars(entry.alias)
            at = before.rfind(key)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, entry.canonical)
        if best is not None:
            return best[1]
    return None


def _answers(title: str, paragraphs: list[str], units: list[Unit],
             references: list[Reference]) -> list[Reference]:
    """The documents the letter answers, in order: those of its summary, its opening,
    its headings and its items' own citations."""
    places: list[str] = [title]
    first_unit_text = units[0].text if units else None
    for paragraph in paragraphs:
        if first_unit_text is not None and paragraph in first_unit_text:
            break
        places.append(paragraph)
    found: dict[str, Reference] = {}

    def take(ref: Reference | None) -> None:
        if ref is None or ref.number is None:
            return
        key = number_key(ref.number)
        if key not in found:
            found[key] = _fuller(ref, references)
        elif found[key].issued_on is None and ref.issued_on is not None:
            found[key] = ref

    for place in places:
        taken = False  # "Thực hiện Thông báo số … và Công văn số …": both are answered
        for ref in find_references(place):
            before = place[:place.find(ref.text)] if ref.text in place else ""
            if _BASIS.search(before):
                continue  # "Căn cứ Quyết định số …": a legal basis, not an answered notice
            if ref.doc_type in ("TB", "KL") or (
                    ref.doc_type in ("CV", "CĐ", "CT", "KH") and (
                        _ANSWERING.search(before) or (taken and _AND.search(before)))):
                take(ref)
                taken = True
    for unit in units:
        take(unit.notice)
        take(unit.scope_notice)
    return list(found.values())


def _fuller(ref: Reference, references: list[Reference]) -> Reference:
    """The same document as cited elsewhere with its date, or written in lower case (a
    heading in capitals cites "CÔNG VĂN SỐ 3653/UBND-KTTH")."""
    key = number_key(ref.number or "")
    same = [other for other in references if number_key(other.number or "") == key]
    for other in same:
        if other.issued_on is not None and not is_caps(other.text) \
                and (ref.issued_on is None or is_caps(ref.text)):
            return other
    if ref.issued_on is not None:
        return ref
    return next((other for other in same if other.issued_on is not None), ref)

