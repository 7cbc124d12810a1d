"""The document tree (parsing/tree.py): sections → items → points → bullets → paragraphs."""

from __future__ import annotations

from tui_tracker.parsing.tree import (
    BULLET,
    ITEM,
    PARA,
    POINT,
    SECTION,
    Node,
    build_tree,
    marker_of,
    split_inline,
)


def kinds(node: Node) -> list[tuple[str, str]]:
    return [(c.kind, c.label) for c in node.children]


def test_markers_of_every_kind() -> None:
    assert marker_of("II. NHIỆM VỤ") == (SECTION, "II", "II.", "NHIỆM VỤ")
    assert marker_of("2.1. Rà soát") == (SECTION, "2.1", "2.1.", "Rà soát")
    assert marker_of("3/ Giao Sở Y tế") == (SECTION, "3", "3/", "Giao Sở Y tế")
    assert marker_of("đ) Về đất đai") == (ITEM, "đ", "đ)", "Về đất đai")
    assert marker_of("b. Giao Sở Y tế") == (ITEM, "b", "b.", "Giao Sở Y tế")
    assert marker_of("Hai là, tăng cường kiểm tra")[:2] == (SECTION, "2")
    assert marker_of("(iii) UBND tỉnh bàn giao") == (POINT, "iii", "(iii)", "UBND tỉnh bàn giao")
    assert marker_of("(2) Sở Y tế rà soát") == (POINT, "2", "(2)", "Sở Y tế rà soát")
    assert marker_of("- Cập nhật số liệu")[:2] == (BULLET, "-")
    assert marker_of("– Cập nhật số liệu")[:2] == (BULLET, "-")  # an en dash is a dash
    assert marker_of("+ Rà soát")[:2] == (BULLET, "+")
    assert marker_of("-5 độ C") is None  # a negative number, not a bullet
    assert marker_of("2026 là năm") is None


def test_sections_items_paragraphs_and_bullets_nest() -> None:
    root = build_tree([
        "Kết luận như sau:",
        "1. Về đầu tư công",
        "Yêu cầu các chủ đầu tư đẩy nhanh tiến độ:",
        "- Rà soát hồ sơ;",
        "+ hồ sơ đất đai;",
        "+ hồ sơ xây dựng;",
        "- Báo cáo trước ngày 15/12/2026.",
        "Thời gian hoàn thành các nội dung trên: trước ngày 20/12/2026.",
        "a) Giao Sở Tài chính bố trí vốn.",
        "b) Giao Sở Xây dựng kiểm tra.",
        "2. Về đất đai",
    ])
    assert kinds(root) == [(PARA, ""), (SECTION, "1"), (SECTION, "2")]
    one = root.children[1]
    assert kinds(one) == [(PARA, ""), (PARA, ""), (ITEM, "a"), (ITEM, "b")]
    lead_in = one.children[0]
    # The paragraph that ends with a colon owns its list; "+" goes one level deeper.
    assert kinds(lead_in) == [(BULLET, "-"), (BULLET, "-")]
    assert kinds(lead_in.children[0]) == [(BULLET, "+"), (BULLET, "+")]
    # A paragraph after the list belongs to the section again, not to the last bullet.
    assert one.children[1].text.startswith("Thời gian hoàn thành")
    assert one.children[2].ref == "1.a"
    plus = lead_in.children[0].children[1]
    assert plus.path() == ["1", "¶1", "-1", "+2"]
    assert one.children[3].path() == ["1", "b"]


def test_a_marker_out_of_sequence_is_text_or_a_nested_list() -> None:
    root = build_tree([
        "1. Về chuyển đổi số",
        "a) Giao Sở Y tế thực hiện.",
        "b) Giao Sở Nội vụ rà soát các hệ thống, gồm:",
        "a) hệ thống văn bản;",
        "b) hệ thống một cửa.",
        "4. Một dòng ngoài thứ tự.",
        "c) Giao Sở Tài chính báo cáo.",
        "2. Về đất đai",
    ])
    assert [c.label for c in root.children] == ["1", "2"]
    assert [c.label for c in root.children[0].children] == ["a", "b", "c"]
    b = root.children[0].children[1]
    # The a) b) restarting after "gồm:" are a list of item b)'s text; "4." is a paragraph.
    assert [(c.kind, c.label) for c in b.children] == [(POINT, "a"), (POINT, "b"), (PARA, "")]
    assert b.children[2].text == "4. Một dòng ngoài thứ tự."


def test_roman_after_arabic_is_a_list_not_a_section() -> None:
    root = build_tree(["1. Về đầu tư", "I. Một dòng", "2. Về đất đai"])
    assert [c.label for c in root.children] == ["1", "2"]


def test_points_inside_a_paragraph_are_its_entries() -> None:
    head, pieces = split_inline(
        "Đề nghị: (i) Tổng công ty Điện lực báo cáo tiến độ; (ii) Chủ đầu tư hoàn thiện hồ "
        "sơ; (iii) UBND tỉnh bàn giao mặt bằng trước ngày 30/01/2027; (iv) Giao Bộ Xây dựng "
        "đôn đốc.")
    assert head == "Đề nghị:"
    assert [label for _, label, _ in pieces] == ["i", "ii", "iii", "iv"]
    assert pieces[2][2] == "UBND tỉnh bàn giao mặt bằng trước ngày 30/01/2027;"
    numbered = split_inline("Yêu cầu: (1) Sở A rà soát; (2) Sở B báo cáo.")[1]
    assert [label for _, label, _ in numbered] == ["1", "2"]
    # A single "(1)" or a run that does not start at its first value is no list.
    assert split_inline("theo Nghị định (1) của Chính phủ.")[1] == []
    assert split_inline("các điểm (ii) và (iii) của Quyết định.")[1] == []


def test_dashes_after_a_colon_inside_a_paragraph_are_a_list() -> None:
    head, pieces = split_inline("Giao Sở Tài chính: - Cập nhật số liệu trước ngày "
                                "10/12/2026; - Quán triệt cán bộ; - Bảo mật hồ sơ.")
    assert head == "Giao Sở Tài chính:"
    assert [text for _, _, text in pieces] == [
        "Cập nhật số liệu trước ngày 10/12/2026;", "Quán triệt cán bộ;", "Bảo mật hồ sơ."]
    # A dash in a range or a name is not a list.
    assert split_inline("Giai đoạn 2026 - 2030: Phòng Tài chính - Kế hoạch báo cáo.")[1] == []


def test_an_item_with_inline_points_keeps_its_words_and_gets_children() -> None:
    root = build_tree(["b) Đề nghị: (i) Sở A rà soát; (ii) Sở B báo cáo."])
    item = root.children[0]
    assert item.own_text == "Đề nghị:" and item.text.startswith("Đề nghị: (i)")
    assert [(c.kind, c.label, c.text) for c in item.children] == [
        (POINT, "i", "Sở A rà soát;"), (POINT, "ii", "Sở B báo cáo.")]
    assert item.children[1].path() == ["b", "ii"]


def test_closing_paragraphs_stand_at_the_top() -> None:
    root = build_tree(["1. Giao Sở A rà soát.",
                       "Nay thông báo để các cơ quan biết, thực hiện./.",
                       "2. Giao Sở B báo cáo."], closings={1})
    assert [(c.kind, c.label) for c in root.children] == [
        (SECTION, "1"), (PARA, ""), (SECTION, "2")]
    assert root.children[0].children == []


def test_json_shows_markers_texts_and_children() -> None:
    root = build_tree(["1. Giao Sở Tài chính:", "- Cập nhật số liệu;", "- Bảo mật hồ sơ."])
    data = root.to_json()
    assert data["kind"] == "root"
    section = data["children"][0]
    assert section == {"kind": "section", "marker": "1.", "text": "Giao Sở Tài chính:",
                       "children": [
                           {"kind": "bullet", "marker": "-", "text": "Cập nhật số liệu;"},
                           {"kind": "bullet", "marker": "-", "text": "Bảo mật hồ sơ."}]}


def test_walk_visits_in_document_order() -> None:
    root = build_tree(["1. A:", "- b;", "- c.", "2. D."])
    assert [n.own_text for n in root.walk()][1:] == ["A:", "b;", "c.", "D."]
