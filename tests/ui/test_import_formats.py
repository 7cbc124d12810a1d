"""The import screen reads .docx and .pdf notices as the CLI does, and completes their names."""

from __future__ import annotations

import os

from intake.notice_files import SEED, docx_file, seed_notice

from tui_tracker.parsing import parse_notice
from tui_tracker.ui.screens.import_review import ImportReviewScreen, ImportScreen
from tui_tracker.ui.screens.import_review.path_input import complete_path


def test_tab_completion_offers_pdf_and_docx_files(tmp_path):
    for name in ("tb_12.pdf", "tb_13.docx", "tb_14.txt"):
        (tmp_path / name).write_bytes(b"x")
    base = str(tmp_path) + os.sep
    completed, candidates = complete_path(base + "tb_1")
    assert sorted(os.path.basename(c) for c in candidates) == [
        "tb_12.pdf", "tb_13.docx", "tb_14.txt"]
    assert complete_path(base + "tb_13")[0] == base + "tb_13.docx"


async def test_a_docx_notice_opens_the_same_review_as_its_text(store, tmp_path, make_app,
                                                                settle):
    path = tmp_path / "thong_bao.docx"
    path.write_bytes(docx_file(seed_notice()))
    expected = parse_notice(SEED.read_text(encoding="utf-8"))
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, "i")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path").value = str(path)
        await settle(pilot, "enter")
        review = app.screen
        assert isinstance(review, ImportReviewScreen)
        assert review.source.format == "docx"
        assert [d.ref for d in review.parsed.directives] == [d.ref for d in expected.directives]
        assert [d.lead for d in review.parsed.directives] == [d.lead for d in expected.directives]
        assert review.table.row_count == len(expected.directives)
