"""Hand-built notices for the store tests.

Built from the model's dataclasses, not parsed, so these tests do not depend
on the parser. (A module of its own, not conftest: test files import it.)
"""

from __future__ import annotations

from datetime import date

from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Reference,
    Role,
)

SKHCN = "Sở Khoa học và Công nghệ"


def directive(ref: str, heading: str | None, text: str, *agencies: tuple[str, Role],
              due: date | None = None, phrase: str | None = None,
              kind: DeadlineKind = DeadlineKind.DATE, group: bool = False) -> ParsedDirective:
    deadline = None
    if due is not None or phrase is not None:
        deadline = Deadline(text=phrase or f"chậm nhất ngày {due:%d/%m/%Y}", due_on=due, kind=kind)
    return ParsedDirective(
        ref=ref, heading=heading, text=text,
        assignments=[Assignment(agency=name, role=role, group=group) for name, role in agencies],
        deadline=deadline)


def seed_like_notice(number: str | None = "123/TB-UBND", *, extra: str = "") -> ParsedNotice:
    """A small notice shaped like the seed: 3.c, 3.d, 3.e and one without agency."""
    directives = [
        directive("3.c", "Về đăng ký nhiệm vụ khoa học và công nghệ",
                  "Yêu cầu các sở, ngành, địa phương khẩn trương rà soát, đề xuất nhiệm vụ.",
                  ("các sở, ngành, địa phương", Role.LEAD), due=date(2026, 4, 30),
                  phrase="chậm nhất trong tháng 4/2026", kind=DeadlineKind.MONTH, group=True),
        directive("3.d", "Về xử lý tồn tại trước hợp nhất tỉnh",
                  "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Thanh tra tỉnh "
                  "tiếp tục rà soát, phân loại, xử lý theo đúng quy định.",
                  (SKHCN, Role.LEAD), ("Thanh tra tỉnh", Role.COORDINATE),
                  due=date(2026, 6, 29), phrase="trước ngày 30/6/2026"),
        directive("3.e", "Về đánh giá trình độ và năng lực công nghệ của doanh nghiệp",
                  "Giao Sở KH&CN tiếp tục triển khai nhiệm vụ tại Đà Nẵng.",
                  ("Sở KH&CN", Role.LEAD), due=date(2026, 4, 30),
                  phrase="trong tháng 4/2026", kind=DeadlineKind.MONTH),
        directive("2.g", None,
                  "Tập thể lãnh đạo phát huy tinh thần gương mẫu. Nâng cao trách nhiệm."),
    ]
    text = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n" + "\n".join(
        f"{d.ref} {d.heading or ''} {d.text}" for d in directives) + extra
    return ParsedNotice(
        notice=NoticeHeader(
            doc_type="TB", number=number,
            title="Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Khoa học và Công nghệ",
            issuer="UBND tỉnh", place="Quảng Ngãi", issued_on=date(2026, 4, 16),
            meeting_on=date(2026, 4, 14), meeting_place="Trụ sở UBND tỉnh",
            presiding="Phó Chủ tịch UBND tỉnh Trần Phước Hiền",
            attendees=["Tài chính", "Thanh tra tỉnh"],
            signer="Phùng Tô Long", signer_title="TL. CHỦ TỊCH",
            recipients=["Chủ tịch, PCT UBND tỉnh", "Các sở, ban, ngành tỉnh"]),
        references=[Reference(text="Báo cáo số 95/BC-SKHHCN ngày 13/4/2026",
                              number="95/BC-SKHHCN", doc_type="BC", issued_on=date(2026, 4, 13))],
        directives=directives,
        warnings=["no document number found"] if number is None else [],
        text=text, original=text.replace("tồn tại", "to\u0302\u0300n tại"))
