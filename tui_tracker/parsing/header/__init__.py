"""The parts of a notice around its directives: header, meeting, footer.

Reads normalised text (`tui_tracker.text.normalize`) and finds what Decree
30/2020 puts around the body of an administrative document, one module per zone:

- `top`: the header: issuing agency lines, number/symbol (`Số: 123/TB-UBND`),
  place and date (`Gia Lai, ngày 05 tháng 6 năm 2026`), the type line
  (`THÔNG BÁO`) and the summary (trích yếu) under it, or the `V/v …` line of a
  Công văn;
- `names`: names written in capitals re-cased, the issuer, agency lists;
- `meeting`: the opening paragraph of a notice of conclusions: meeting date
  and place, the presiding official, the attendees;
- `footer`: the `Kính gửi:` list of a Công văn, recipients (Nơi nhận), the
  signature block and the signer.

Anything missing becomes a warning; the parser never invents a value. A body
pasted without its header (from a portal page or an e-mail) is still read: the
header zone ends at its first body line, no date of its sentences dates the
notice, and the warnings say that the number, the date and the issuer are missing.
"""

from __future__ import annotations

import re

from tui_tracker.i18n import t
from tui_tracker.model import NoticeHeader
from tui_tracker.parsing.header.common import KINH_GUI
from tui_tracker.parsing.header.footer import addressees, footer
from tui_tracker.parsing.header.meeting import attendees, body_paragraphs, meeting, presiding
from tui_tracker.parsing.header.names import issuer_name, recase, split_agencies
from tui_tracker.parsing.header.top import find_type_line, read_zone, title_after_type, zone_end
from tui_tracker.parsing.references import doc_code

__all__ = ["has_notice_header", "opens_with_directives", "parse_header", "recase", "split_agencies"]


def has_notice_header(text: str) -> bool:
    """Whether a normalised text opens like an administrative document: a type
    line in capitals (`THÔNG BÁO`, `KẾT LUẬN`, …), a number line (`Số: 12/TB-UBND`,
    or a draft's blank `Số: /TB-UBND`) or a Công văn's `V/v …` summary — or like
    the body of one pasted without its header (`opens_with_directives`).

    A date alone is not enough: prose and READMEs cite dates too."""
    lines = [ln.strip() for ln in text.split("\n")]
    found = find_type_line(lines)
    if found:
        return True
    zone = read_zone(lines[:zone_end(lines, None)])
    return bool(zone.number or zone.number_code or zone.vv) or opens_with_directives(lines)


# A body pasted from a portal page or an e-mail, without type line, number or issuer:
# its paragraphs or list entries assign work to someone a notice addresses.
_SUBJECT = (
    r"(?:(?:Các|các)\s+)?(?:Sở|Bộ|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Ban|Văn phòng|Công an|Thanh tra"
    r"|Trung tâm|Phòng|Hội|Đoàn|Trường|Trạm|Kho bạc|Cục|Chi cục|Tổng cục|Vụ|Viện|Bệnh viện|Đài"
    r"|Báo|Liên đoàn|Mặt trận|Tỉnh đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy|Đảng ủy|Đảng uỷ"
    r"|Đảng đoàn|Ban cán sự|Thường trực|Chủ tịch|Phó Chủ tịch|Giám đốc|Thủ trưởng|Trưởng"
    r"|Chỉ huy|Hiệu trưởng|Ngân hàng|Bảo hiểm|Quỹ|Công ty|Tổng công ty|Tập đoàn|Chủ đầu tư"
    r"|Bộ Chỉ huy|Cảnh sát|sở|ban|ngành|cơ quan|đơn vị|địa phương|công chức|cán bộ"
    r"|người đứng đầu|thủ trưởng|trưởng)(?!\w)")
# "Giao Sở Y tế …", "- Yêu cầu UBND các xã …", "Đề nghị các sở, ngành …": a verb of
# assignment, then whom it addresses …
_ASSIGNS = re.compile(
    r"^(?:[-+•–]\s*|\d{1,2}[.)]\s*|[a-zđ][.)]\s*)?(?:Giao|Yêu cầu|Đề nghị|Chỉ đạo|Phân công)"
    rf"\s+(?:cho\s+)?{_SUBJECT}")
# … or list entries that open with their subject ("- Sở Y tế rà soát …;").
_AGENCY_ENTRY = re.compile(rf"^(?:[-+•–]|\d{{1,2}}[.)]|[a-zđ][.)])\s*{_SUBJECT}\s+\S")
# Markdown, the shape of READMEs and pages that quote notices: never a notice's body.
_MARKDOWN = re.compile(r"^(?:#{1,6}\s|```|\|.*\|\s*$|>\s)")


def opens_with_directives(lines: list[str]) -> bool:
    """Whether stripped lines read as the body of a notice pasted without its header:
    one of the first paragraphs assigns work ("Giao Sở X …", "Yêu cầu …", "Đề nghị
    …") or a list entry opens with an agency ("- Sở Y tế rà soát …"), and nothing
    is markdown. Prose that names an agency ("Sáng nay, Sở Tài chính chủ trì hội
    thảo …") does neither."""
    first = [line for line in lines if line][:60]
    if any(_MARKDOWN.match(line) for line in first):
        return False
    return any(_ASSIGNS.match(line) or _AGENCY_ENTRY.match(line) for line in first)


def parse_header(text: str) -> tuple[NoticeHeader, list[str]]:
    """Everything around the directives of a normalised notice, plus warnings
    (catalog strings) for what a notice should have and this one lacks.

    A missing issue date stays None: the caller falls back to the meeting date
    (the warning says so)."""
    lines = [ln.strip() for ln in text.split("\n")]
    header = NoticeHeader()
    warnings: list[str] = []

    found = find_type_line(lines)
    type_at = found[0] if found else None
    zone = read_zone(lines[:zone_end(lines, type_at)])
    header.number = zone.number
    header.place = zone.place
    header.issued_on = zone.issued_on
    header.issuer = issuer_name(zone.agency_lines)

    number_code = doc_code(zone.number) if zone.number else zone.number_code
    if found:
        header.doc_type = found[1]
        header.title, body_from = title_after_type(lines, found[0], found[2])
    else:
        header.doc_type = number_code
        body_from = zone_end(lines, None)
        if zone.vv:
            header.title = " ".join(zone.vv)
        elif zone.summary:
            header.title = zone.summary
        if header.doc_type is None and (zone.vv or any(KINH_GUI.match(ln) for ln in lines[:40])):
            header.doc_type = "CV"

    header.addressees = addressees(lines, 60)
    paragraphs = body_paragraphs(lines, body_from)
    header.meeting_on, header.meeting_place = meeting(paragraphs, header.issued_on)
    header.presiding = presiding(paragraphs)
    header.attendees = attendees(paragraphs)
    header.recipients, block, header.signer = footer(lines, body_from)
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
