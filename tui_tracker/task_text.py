"""What a directive asks to be done, without the assignment that precedes it.

A directive's first sentence usually opens with who does it: "Giao Sở Tài chính chủ trì,
phối hợp với Kho bạc Nhà nước khu vực XIII và các cơ quan liên quan rà soát, tham mưu
điều chuyển vốn…". A list that already has an agency column then shows the same agency
twice and the work not at all. `what_to_do(text)` drops that opening:

    Giao Sở Tài chính chủ trì, phối hợp với … rà soát, tham mưu điều chuyển vốn…
    → rà soát, tham mưu điều chuyển vốn…

The opening is recognised by its shape: an assigning word ("Giao", "Yêu cầu", "Đề nghị"),
then the agencies (words starting with a capital letter, "các …" groups, joined by
commas and "và"), then, optionally, "chủ trì" and "phối hợp với" and their own list, up
to the first verb of the work. When the shape is not there (a heading, "Thống nhất chủ
trương…", a sentence the rules do not know) the text is returned as it is: the full text
stays in the directive screen whatever this shows.

Part of the core: no Textual; only used for display (the stored text is never changed).
"""

from __future__ import annotations

import re

# The assigning word that opens an assignment.
_OPENING = re.compile(r"^\s*(?:Giao(?:\s+cho)?|Yêu cầu|Đề nghị|Chỉ đạo|Phân công)\s+")
# Role words between the agencies and the work.
_LEAD = re.compile(r"^\s*,?\s*(?:là cơ quan\s+)?chủ trì\b\s*,?\s*")
_WITH = re.compile(r"^\s*,?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+")
# "và các cơ quan, đơn vị liên quan", "các sở, ngành, địa phương": group names.
_GROUP = re.compile(
    r"^(?:và\s+)?(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?các\s+(?:cơ quan|đơn vị|sở|ban|ngành|địa phương|bộ|tổ chức|xã|phường|"
    r"huyện|thôn|trường|doanh nghiệp|chủ đầu tư|hội|đoàn thể)"
    r"(?:\s*,\s*(?:cơ quan|đơn vị|sở|ban|ngành|địa phương|bộ|tổ chức|xã|phường|đặc khu|"
    r"thị xã|thành phố|đoàn thể))*(?:\s+(?:có\s+)?liên quan)?")
# The first words of the work: a verb a notice uses to ask for something.
_VERBS = (
    "rà soát", "tham mưu", "xây dựng", "kiểm tra", "báo cáo", "chỉ đạo", "triển khai",
    "hoàn thiện", "hoàn thành", "đôn đốc", "tổ chức", "thực hiện", "nghiên cứu",
    "hướng dẫn", "theo dõi", "khẩn trương", "tiếp tục", "chủ động", "có trách nhiệm",
    "lập", "trình", "đề xuất", "cập nhật", "bố trí", "giải quyết", "xử lý", "tập trung",
    "làm rõ", "tổng hợp", "quản lý", "phối hợp", "giám sát", "đánh giá", "chuẩn bị",
    "ban hành", "soạn thảo", "thẩm định", "cân đối", "hỗ trợ", "vận động", "tuyên truyền",
    "đẩy nhanh", "đẩy mạnh", "quyết liệt", "sớm", "khắc phục", "tháo gỡ", "bảo đảm",
    "đảm bảo", "chịu trách nhiệm", "kịp thời", "thống nhất", "tiếp thu", "điều chỉnh",
    "tăng cường", "nâng cao", "rà soát lại", "gửi", "thông báo", "công khai", "thanh tra",
    "lựa chọn", "phê duyệt", "bổ sung", "thu hồi", "phân bổ", "điều chuyển",
)
_VERB = re.compile(r"^(?:" + "|".join(re.escape(v) for v in sorted(_VERBS, key=len,
                                                                    reverse=True))
                   + r")\b")
# Words that name an agency's business inside its name, though they read like the work:
# "Ban Quản lý dự án đầu tư xây dựng …", "Ban Quản lý …".
_INSIDE_NAMES = re.compile(r"(?:\bđầu tư|\bBan|\bcông)$")
# Agencies hold lower-case words ("Sở Tài chính", "Kho bạc Nhà nước khu vực XIII") but
# always start with a capital letter, a digit or an abbreviation; at most this many words.
_MAX_NAME_WORDS = 20


def _skip_agency(text: str) -> str | None:
    """`text` after one agency (or group) at its start; None when none starts there."""
    group = _GROUP.match(text)
    # "UBND các xã Bình Sơn, …": a group followed by its members' names is a name.
    if group and not text[group.end():group.end() + 2].strip()[:1].isupper():
        return text[group.end():]
    if not text[:1].isupper():
        return None
    words = text.split(" ")
    for count in range(1, min(len(words), _MAX_NAME_WORDS) + 1):
        rest = " ".join(words[count:])
        if not rest:
            return None  # no work after the name: not an assignment
        if words[count - 1].endswith(","):
            return ", " + rest  # "Sở Tài chính, …": the comma ends the name
        # The name ends where a joining word, a role word or the work begins.
        if re.match(r"^(?:và\s|chủ trì\b|phối hợp\b|là cơ quan\b)", rest):
            return rest
        if _VERB.match(rest) and not _INSIDE_NAMES.search(" ".join(words[:count])):
            return rest
    return None


def _skip_agencies(text: str) -> str | None:
    """`text` after a list of agencies ("A, B và C"); None when no agency starts it."""
    rest = _skip_agency(text)
    if rest is None:
        return None
    while True:
        joined = re.match(r"^\s*(?:,\s*|và\s+)", rest)
        if joined is None:
            return rest
        after = _skip_agency(rest[joined.end():])
        if after is None:
            return rest  # ", rà soát …": the list ended before the comma
        rest = after


def what_to_do(text: str) -> str:
    """The work a directive asks for, its assignment dropped; `text` itself when it does
    not open with one."""
    opening = _OPENING.match(text)
    if opening is None:
        return text
    rest = _skip_agencies(text[opening.end():])
    if rest is None:
        return text
    lead = _LEAD.match(rest)
    if lead:
        rest = rest[lead.end():]
    with_ = _WITH.match(rest)
    if with_:
        after = _skip_agencies(rest[with_.end():])
        if after is None:
            return text
        rest = after
    rest = re.sub(r"^\s*[,:]?\s*", "", rest)
    if not rest or not _VERB.match(rest):
        return text  # not the shape this knows: the text as written
    return rest
