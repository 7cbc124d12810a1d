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
BULLET_RE = re.compile(
    r"^\s*(?:[-+•*–—]\s*|\((?:\d+|i{1,3}|iv|vi{0,3}|ix|x)\)\s*|\d+[.)]\s+|[a-zđ]\)\s+)")

# "A, B theo chức năng, nhiệm vụ (được giao)", "… trong phạm vi thẩm quyền": each does
# its own part, so each leads.
EACH_RE = re.compile(
    r"\s*,?\s*(?:theo|trong\s+phạm\s+vi|căn\s+cứ)\s+(?:(?:đúng|từng)\s+)?(?:chức\s+năng"
    r"|thẩm\s+quyền|lĩnh\s+vực|phạm\s+vi)")

# Verbs of general effort that only lead into a list ("tập trung thực hiện các nội
# dung sau:"): they name no work of their own. Folded.
_GENERIC_VERBS = """
thuc hien, trien khai, tap trung, quan tam, chu y, luu y, lam tot, chi dao, tiep tuc,
khan truong, nghiem tuc, to chuc thuc hien, chu dong, quyet liet, dong bo, kip thoi,
hoan thanh truoc, hoan thanh trong, hoan thanh cham nhat, hoan thanh xong, hoan thanh cac,
hoan thanh truoc ngay, thoi gian hoan thanh
"""
# Verbs that name work ("rà soát", "hoàn thiện", "trình"): a lead-in with one of them
# outside the generic phrase is a task of its own, and its list spells out its parts.
_WORK_VERBS = """
ra soat, nghien cuu, huong dan, tong hop, tham muu, xay dung, hoan thanh, hoan thien,
hoan chinh, bao cao, kiem tra, theo doi, don doc, cap nhat, xu ly, giai quyet, lap,
tham dinh, trinh, ban hanh, danh gia, quan ly, bo tri, can doi, huy dong, tang cuong,
day manh, day nhanh, nang cao, khac phuc, chuan bi, pho bien, tuyen truyen, van dong,
ho tro, giai ngan, thanh toan, quyet toan, phan bo, su dung, dam bao, bao dam, tien hanh,
cung cap, gui, lay y kien, tiep thu, giai trinh, chan chinh, kiem diem, thu hoi, ban giao,
tiep nhan, dieu chinh, bo sung, sua doi, cong bo, cong khai, van hanh, duy tri, thao go,
dang ky, lua chon, khao sat, ke khai, tong ket, so ket, giam sat, thu thap, kien toan,
sap xep, thanh lap, nghiem thu, phe duyet, niem yet, to chuc, de xuat, xac dinh,
thong ke, phan loai, rut kinh nghiem, lam ro, xem xet, thanh tra, dieu tra, ngan chan,
phong chong, khoi cong, thi cong, cai tao, nang cap, sua chua, mua sam, dau tu, dao tao,
boi duong, kiem ke, do dac, cap phep, cap, xac minh, phoi hop voi
"""


def _folded_phrases(text: str) -> list[str]:
    return sorted({p.strip() for p in text.replace("\n", " ").split(",") if p.strip()},
                  key=len, reverse=True)


GENERIC_VERB_RE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _folded_phrases(_GENERIC_VERBS)))})\b")
WORK_VERB_RE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _folded_phrases(_WORK_VERBS)))})\b")
# How a list is announced at the end of its lead-in: "… các nội dung sau:", "Cụ thể:",
# "như sau:", "gồm:". An enumeration ("gồm:", "bao gồm:", "như:") lists the parts of
# what the lead-in names; the others list tasks.
ENUMERATION_RE = re.compile(r"(?:\bbao gom|\bgom|\bnhu|\bla|\bsau day la)\s*:$")
