"""Issue 14, point 2: no silent loss. Every paragraph of the body ends in a directive,
in recognised non-task text, or in a warning that names it (parsing/coverage.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.coverage import KINDS, audit
from tui_tracker.parsing.sections import find_blocks
from tui_tracker.text import normalize

ROOT = Path(__file__).resolve().parents[2]
NOTICES = sorted([*ROOT.glob("fixtures/*.txt"), *(ROOT / "tests/parsing/samples").glob("*.txt"),
                  *(ROOT / "tests/parsing/gold").glob("*.txt")])
UNCLASSIFIED = "chưa được phân loại"


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.name)
def test_every_paragraph_of_the_body_ends_in_one_of_three_places(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    notice = parse_notice(raw)
    structure = find_blocks(normalize(raw))
    placed = audit(structure, notice.directives)
    assert placed, "the body has paragraphs"
    # Each paragraph once, in order.
    assert [p.index for p in placed] == sorted({p.index for p in placed})
    named = [w for w in notice.warnings if UNCLASSIFIED in w]
    unplaced = [p for p in placed if p.kind is None]
    for paragraph in placed:
        assert paragraph.kind in KINDS or paragraph.kind is None
    # A paragraph the parser could not place is named by a warning, with its first words.
    assert len(named) == len(unplaced)
    for paragraph, warning in zip(unplaced, named, strict=True):
        assert " ".join(paragraph.text.split()[:6]) in warning
    # The text of every directive is the body's text.
    body = " ".join(p.text for p in placed)
    for directive in notice.directives:
        first_words = " ".join(directive.text.split()[1:6])
        assert first_words in " ".join(body.split()), directive.ref


SEED = (ROOT / "fixtures" / "01_seed_tb_kl_khcn.txt").read_text(encoding="utf-8")


def test_the_seed_is_placed_whole_and_by_kind() -> None:
    notice = parse_notice(SEED)
    placed = audit(find_blocks(normalize(SEED)), notice.directives)

    def kind(start: str) -> str | None:
        return next(p.kind for p in placed if p.text.startswith(start))

    assert kind("1. Đánh giá chung") == "heading"
    assert kind("UBND tỉnh ghi nhận, đánh giá cao") == "assessment"
    assert kind("Ngày 14/4/2026, tại Trụ sở UBND tỉnh") == "meeting"
    assert kind("Cơ bản thống nhất với một số nhiệm vụ") == "approval"
    assert kind("a) Tiếp tục rà soát toàn diện") == "directive"
    assert kind("b) Về cơ quan thường trực Ban Chỉ đạo") == "heading"
    assert not any(UNCLASSIFIED in w for w in notice.warnings)


def test_a_paragraph_nobody_recognises_is_named_and_flags_its_neighbours() -> None:
    text = SEED.replace(
        "Nay thông báo để",
        "4. Một đoạn văn lạc chỗ, không nói việc gì cần làm mà cũng không kể lại điều gì.\n\n"
        "Nay thông báo để")
    notice = parse_notice(text)
    warnings = [w for w in notice.warnings if UNCLASSIFIED in w]
    assert len(warnings) == 1 and "4. Một đoạn văn lạc chỗ" in warnings[0]
    flagged = [d.ref for d in notice.directives if "unclassified_paragraph_nearby" in d.flags]
    assert flagged == ["3.e"]


LAST_TASK = "thời gian hoàn thành **trong tháng 4/2026**.\n"


@pytest.mark.parametrize(("paragraph", "kind"), [
    ("(Đính kèm Báo cáo số 88/BC-SVHTTDL ngày 10/11/2026)", "attachment"),
    ("Trên đây là kết luận của Phó Chủ tịch UBND tỉnh.", "closing"),
    ("Biểu dương Sở Khoa học và Công nghệ đã chủ động triển khai.", "praise"),
])
def test_asides_inside_an_item_are_no_part_of_its_task(paragraph: str, kind: str) -> None:
    text = SEED.replace(LAST_TASK, f"{LAST_TASK}\n{paragraph}\n")
    notice = parse_notice(text)
    assert paragraph[:20] not in notice.directives[-1].text
    placed = audit(find_blocks(normalize(text)), notice.directives)
    assert [p.kind for p in placed if p.text.startswith(paragraph[:25])] == [kind]
    assert not any(UNCLASSIFIED in w for w in notice.warnings)


@pytest.mark.parametrize(("paragraph", "kind"), [
    ("Biểu dương Sở Y tế đã chủ động triển khai tiêm chủng.", "praise"),
    ("Đồng ý chủ trương đầu tư dự án đường ven biển.", "approval"),
    ("Theo báo cáo của Sở Y tế, tỷ lệ tiêm chủng đạt 95%.", "background"),
])
def test_items_that_ask_nothing_are_recognised(paragraph: str, kind: str) -> None:
    text = SEED.replace("Nay thông báo để", f"4. {paragraph}\n\nNay thông báo để")
    notice = parse_notice(text)
    assert [d.ref for d in notice.directives][-1] == "3.e"
    placed = audit(find_blocks(normalize(text)), notice.directives)
    assert [p.kind for p in placed if p.text.startswith("4. ")] == [kind]
    assert not any(UNCLASSIFIED in w for w in notice.warnings)


def test_a_paragraph_whose_points_were_split_off_is_their_lead_in() -> None:
    # "…, Phó Thủ tướng yêu cầu: (i) …; (ii) …" inside an unnumbered body: the points are
    # tasks, the words before them their lead-in, and nothing is left to warn about.
    text = ("THÔNG BÁO\nKết luận của Phó Thủ tướng\n\nPhó Thủ tướng kết luận như sau:\n\n"
            "Bộ Y tế chủ trì hoàn thiện quy trình kiểm dịch trong tháng 3 năm 2027.\n\n"
            "Về thị trường xuất khẩu, Phó Thủ tướng yêu cầu: (i) Bộ Công Thương làm việc "
            "với nước nhập khẩu; (ii) Bộ Ngoại giao hỗ trợ thông tin thị trường.\n")
    notice = parse_notice(text)
    assert len(notice.directives) == 3
    placed = audit(find_blocks(normalize(text)), notice.directives)
    assert [p.kind for p in placed if p.text.startswith("Về thị trường")] == ["lead_in"]
    assert not any(UNCLASSIFIED in w for w in notice.warnings)
