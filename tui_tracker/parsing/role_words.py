"""Role words: the triggers, role phrases and subject tests of `roles` (domain.md, "Roles").

Kept apart from the rules so that `clauses` (which must know a trigger's list
of addressees) and `roles` share one spelling of each.
"""

from __future__ import annotations

import re

from tui_tracker.agencies import agency_key
from tui_tracker.parsing.agency_names import alternation, phrases

# After an agency at the start of a clause: the agency is a subject, not a lead.
_NOT_AN_ACTION = """
đã, đang, được, bị, là, vừa, cũng, ghi nhận, cho biết, trình bày, có ý kiến, nêu,
đề xuất, kiến nghị, của, và, với, về, tại, trong, khi, nếu, như, do, cho, từ, đến,
mà, thì, vì, bởi, không, chưa, còn, đề nghị, báo cáo kết quả, thống nhất, đồng ý,
nhất trí, chấp thuận, kết luận, quyết định
"""
# The issuer as the subject of a clause assigns nothing ("UBND tỉnh ghi nhận").
ISSUER_KEYS = {agency_key(n) for n in (
    "UBND tỉnh", "Tỉnh ủy", "Thủ tướng Chính phủ", "Phó Thủ tướng", "Chính phủ",
    "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Bộ Chính trị", "Ban Bí thư",
    "Phó Thủ tướng Chính phủ", "Thường trực Tỉnh ủy")}
NOT_ACTION_RE = re.compile(rf"(?:{alternation(phrases(_NOT_AN_ACTION))})(?!\w)")

# Role words.
TRIGGER_RE = re.compile(
    r"(?<!\w)(giao nhiệm vụ cho|giao cho|giao|yêu cầu|đề nghị|ủy quyền cho|uỷ quyền cho"
    r"|ủy quyền|uỷ quyền|phân công cho|phân công)(?!\w)\s*:?\s*")
TRIGGER_NOT_AFTER: dict[str, set[str]] = {
    "giao": {"bàn", "chuyển", "được", "đã", "phân", "nhận", "thì", "ngoại"},
    "yêu cầu": {"theo", "đáp", "ứng", "đúng", "các", "những", "có", "được", "đã"},
    "đề nghị": {"theo", "xét", "có", "các", "bản", "trình", "đã", "những", "được"},
}
COORD_RE = re.compile(
    r"(?<!\w)(?:phối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?|cùng với|với sự phối hợp của"
    r"|có sự phối hợp của)(?!\w)\s*:?\s*")
COORD_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:có|chịu)\s+trách\s+nhiệm\s+|tích cực\s+|chủ động\s+)?phối\s+hợp(?!\w)")
# After "X phối hợp": a partner named ("… với Sở Y tế"), so X is the one who acts.
PARTNER_RE = re.compile(r"\s*(?:chặt chẽ\s+)?(?:với|cùng)(?!\w)")
LEAD_AFTER_RE = re.compile(
    r"\s*,?\s*(?:là\s+(?:cơ quan|đơn vị)\s+)?(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách"
    r"\s+nhiệm|là\s+(?:cơ\s+quan\s+)?đầu\s+mối|làm\s+đầu\s+mối|là\s+cơ\s+quan\s+thường\s+trực"
    r"|là\s+cơ\s+quan\s+chủ\s+trì|phụ\s+trách)(?!\w)")
# "… chủ trì cuộc họp": chairing the meeting, not leading a task.
MEETING_RE = re.compile(r"\s*,?\s*(?:cuộc họp|buổi|hội nghị|phiên họp|họp|cuộc)(?!\w)")
# A bullet or numbering that opens a paragraph.
BULLET_RE = re.compile(r"^\s*(?:[-+•*–—]\s*|\(\d+\)\s*|\d+[.)]\s+|[a-zđ]\)\s+)")

# "A, B theo chức năng, nhiệm vụ (được giao)", "… trong phạm vi thẩm quyền": each does
# its own part, so each leads.
EACH_RE = re.compile(
    r"\s*,?\s*(?:theo|trong\s+phạm\s+vi|căn\s+cứ)\s+(?:(?:đúng|từng)\s+)?(?:chức\s+năng"
    r"|thẩm\s+quyền|lĩnh\s+vực|phạm\s+vi)")
