"""OCR's misread list markers put right by the order lists follow."""

from __future__ import annotations

from tui_tracker.intake.markers import repair


def fixed(words: list[str], ocr: bool = True) -> list[str]:
    """The first words of lines (each followed by text), as read after repair."""
    fixes = repair([(word, ocr, True) for word in words])
    return [fixes.get(i, word) for i, word in enumerate(words)]


def test_section_numerals_misread_by_ocr_follow_the_order() -> None:
    # As tesseract read three notices: the dot taken for a tone mark, "I" for
    # "L" or "[", one stroke of "III" lost.
    assert fixed(["IỆ", "IL.", "1.", "2.", "II.", "1."]) == ["I.", "II.", "1.", "2.", "III.", "1."]
    assert fixed(["L.", "1.", "2.", "I.", "1."]) == ["I.", "1.", "2.", "II.", "1."]
    assert fixed(["I[.", "I.", "1.", "II."]) == ["I.", "II.", "1.", "III."]


def test_numerals_in_order_restarts_and_jumps_are_kept() -> None:
    words = ["I.", "II.", "III.", "IV.", "V.", "I.", "II.", "VII."]
    assert fixed(words) == words


def test_text_pages_are_never_changed() -> None:
    assert fixed(["I.", "I.", "L."], ocr=False) == ["I.", "I.", "L."]


def test_numerals_with_v_or_x_are_not_guessed() -> None:
    assert fixed(["I.", "II.", "III.", "IL."]) == ["I.", "II.", "III.", "IL."]


def test_item_letters_d_and_dj_follow_the_order() -> None:
    assert fixed(["a)", "b)", "c)", "đ)", "đ)", "e)"]) == ["a)", "b)", "c)", "d)", "đ)", "e)"]
    assert fixed(["a)", "b)", "c)", "d)", "d)", "e)"]) == ["a)", "b)", "c)", "d)", "đ)", "e)"]


def test_an_item_letter_read_as_no_letter_takes_the_one_due() -> None:
    assert fixed(["a)", "b)", "ø)"]) == ["a)", "b)", "c)"]
    # After "e" both "f" (some offices) and "g" (Decree 30's order) may come: left.
    assert fixed(["a)", "b)", "c)", "d)", "đ)", "e)", "0)"])[-1] == "0)"


def test_a_new_numbered_item_or_section_restarts_the_letters() -> None:
    assert fixed(["1.", "a)", "b)", "2.", "a)", "đ)"]) == ["1.", "a)", "b)", "2.", "a)", "đ)"]


def test_a_number_read_with_a_comma_continues_its_list() -> None:
    assert fixed(["1.", "2,", "3."]) == ["1.", "2.", "3."]
    assert fixed(["1.", "5,"]) == ["1.", "5,"]  # out of order: a wrapped line's "5," stays


def test_a_marker_alone_on_its_line_is_left() -> None:
    fixes = repair([("IỆ", True, False), ("c)", True, False)])
    assert fixes == {}
