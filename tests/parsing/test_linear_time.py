"""Issue 7 item 4: inputs that used to take minutes to hours parse in linear time.

Each shape is a run of what made some step quadratic: spaces around form feeds
(`text.normalize`), sentence punctuation (the clause splitter), thousands of
numbered or lettered lines, a long "Kính gửi" list, a long list of agencies, a
paragraph of thousands of clauses, thousands of wrapped lines. The default run
feeds 100 KB of each; `pytest -m slow tests/parsing/test_linear_time.py` feeds
1 MB. No timing is asserted here: `benchmarks/bench_parse_shapes.py` times them (s/MB, before and now).
"""

from __future__ import annotations

import pytest

from tui_tracker.errors import TrackerError
from tui_tracker.model import ParsedNotice
from tui_tracker.parsing import parse_notice

HEAD = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"


def shape(name: str, size: int) -> str:
    """`size` characters (about) of one pathological shape."""
    makers = {
        "spaces_around_form_feeds": lambda: HEAD + ("a" + " " * 1000 + "\f" + " " * 1000 + "b\n")
        * (size // 2003 + 1),
        "spaces_without_form_feed": lambda: HEAD + "a" + " " * size + "b\f",
        "dots": lambda: HEAD + "1. Giao Sở Tài chính " + "." * size,
        "sentence_punctuation": lambda: HEAD + "1. Giao Sở Tài chính " + ".!?…;" * (size // 5),
        "dots_before_capitals": lambda: HEAD + "1. Giao Sở Tài chính rà soát" + ". A" * (size // 3),
        "numbered_lines": lambda: HEAD + "".join(
            f"{i % 99 + 1}. Giao Sở Tài chính rà soát trước ngày 30/6/2026.\n" for i in range(size // 50)),
        "lettered_lines": lambda: HEAD + "1. Nhiệm vụ\n" + "".join(
            f"{'abcdđeg'[i % 7]}) Giao Sở Y tế thực hiện.\n" for i in range(size // 30)),
        "kinh_gui_list": lambda: "Số: 12/UBND-KT\nV/v rà soát\n\nKính gửi:\n" + "".join(
            f"- Sở Số {i};\n" for i in range(size // 12)) + "\nGiao các sở thực hiện.\n",
        "agency_list": lambda: HEAD + "1. Giao " + ", ".join(["Sở Tài chính"] * (size // 14))
        + " thực hiện.",
        "semicolon_addressees": lambda: HEAD + "1. Giao " + "; ".join(["Sở Y tế"] * (size // 9))
        + " báo cáo.",
        "one_long_name": lambda: HEAD + "1. Giao Sở " + " ".join(["Tài"] * (size // 4)) + " làm.",
        "clauses_in_one_paragraph": lambda: HEAD + "1. " + "Giao Sở Tài chính rà soát; "
        * (size // 27),
        "wrapped_lines": lambda: HEAD + "1. Giao Sở Tài chính\n" + "rà soát các hồ sơ\n" * (size // 18),
        "open_parentheses": lambda: HEAD + "1. Giao Sở A " + "(" * size,
        "deadlines": lambda: HEAD + "1. Giao Sở Y tế rà soát " + "trước ngày 30/6/2026, " * (size // 22),
        "dashes": lambda: HEAD + "- " * (size // 2),
        "blank_lines": lambda: HEAD + "\n" * size,
    }
    return makers[name]()


SHAPES = ["spaces_around_form_feeds", "spaces_without_form_feed", "dots", "sentence_punctuation",
          "dots_before_capitals", "numbered_lines", "lettered_lines", "kinh_gui_list",
          "agency_list", "semicolon_addressees", "one_long_name", "clauses_in_one_paragraph",
          "wrapped_lines", "open_parentheses", "deadlines", "dashes", "blank_lines"]


def _parse(text: str) -> ParsedNotice | None:
    try:
        return parse_notice(text)
    except TrackerError:
        return None  # the project's own error (say, "not a notice") is a fine answer


@pytest.mark.parametrize("name", SHAPES)
def test_100_kb_of_each_shape_parses(name: str) -> None:
    text = shape(name, 100_000)
    assert len(text) >= 90_000
    parsed = _parse(text)
    assert parsed is None or parsed.original == text


@pytest.mark.slow
@pytest.mark.parametrize("name", SHAPES)
def test_1_mb_of_each_shape_parses(name: str) -> None:
    text = shape(name, 1_000_000)
    assert len(text) >= 900_000
    parsed = _parse(text)
    assert parsed is None or parsed.original == text


def test_shapes_keep_their_meaning() -> None:
    """The fixes changed no reading: a long list still gives every agency."""
    parsed = parse_notice(shape("semicolon_addressees", 2_000))
    assert [a.agency for a in parsed.directives[0].assignments] == ["Sở Y tế"]
    numbered = parse_notice(shape("numbered_lines", 5_000))
    assert [d.ref for d in numbered.directives][:3] == ["1", "2", "3"]
    assert numbered.directives[0].lead == "Sở Tài chính"
