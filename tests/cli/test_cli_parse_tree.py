"""`parse` shows the document tree and the parser's doubts (issue 14, points 1 and 3):
`--json` carries the tree and each directive's path and flags; the table marks a flagged
row with "!", says why and counts the rows to check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import run

from tui_tracker.i18n import set_language

NOTICE = """THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh

Ngày 18/11/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp và kết luận như sau:

1. Giao Sở Tài chính chủ trì rà soát, hoàn thành trước ngày 30/12/2026.

2. Giao Sở Y tế thực hiện các nội dung sau:
- Kiểm tra các cơ sở khám bệnh;
- Báo cáo kết quả trước ngày 15/12/2026.
"""


@pytest.fixture
def notice_file(tmp_path: Path) -> Path:
    path = tmp_path / "tb.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return path


def parse_out(*args: str) -> str:
    """What `tui-tracker ARGS` prints on a wide terminal; it must succeed."""
    result = run(*args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_carries_the_tree_paths_and_flags(notice_file: Path) -> None:
    data = json.loads(parse_out("parse", str(notice_file), "--json", "--lang", "en"))
    # The section's own first paragraph is the lead-in that owns the dashes.
    assert [d["path"] for d in data["directives"]] == [["1"], ["2", "-1"], ["2", "-2"]]
    assert [d["flags"] for d in data["directives"]] == [[], ["lead_inherited"],
                                                       ["lead_inherited"]]
    assert [d["text"] for d in data["directives"]][1] == "Kiểm tra các cơ sở khám bệnh;"
    sections = [c for c in data["tree"]["children"] if c["kind"] == "section"]
    assert [s["marker"] for s in sections] == ["1.", "2."]
    assert sections[1]["text"] == "Giao Sở Y tế thực hiện các nội dung sau:"
    assert [c["marker"] for c in sections[1]["children"]] == ["-", "-"]


def test_the_table_marks_and_counts_the_rows_to_check(notice_file: Path) -> None:
    out = parse_out("parse", str(notice_file), "--lang", "en")
    assert "2-2 !" in out and "1 !" not in out
    assert "lead taken from a heading or lead-in" in out
    assert "2 directives to check (!)" in out
    set_language("vi")
    assert "2 chỉ đạo cần kiểm tra (!)" in parse_out("parse", str(notice_file), "--lang", "vi")
