"""Task and directive rows carry the notice's stored document type (its Decree 30 code),
so the UI names a Công văn "CV 45" whatever its number's letters say."""

from __future__ import annotations

import dataclasses

from builders import TODAY
from store_helpers import seed_like_notice

from tui_tracker.wording import notice_code


def test_rows_carry_the_stored_document_type(store):
    notice = seed_like_notice("45/UBND-KT")
    notice = dataclasses.replace(notice, notice=dataclasses.replace(notice.notice,
                                                                    doc_type="CV"))
    store.import_notice(notice, source="cv.txt")
    tasks = store.list_tasks(today=TODAY)
    assert tasks and {row.notice_doc_type for row in tasks} == {"CV"}
    directives = store.list_directives(tasks[0].notice_id, today=TODAY)
    assert directives and {row.notice_doc_type for row in directives} == {"CV"}
    assert notice_code(tasks[0].notice_number, tasks[0].notice_doc_type,
                       tasks[0].notice_id) == "CV 45"
    assert "notice_doc_type" not in tasks[0].to_json()  # the CLI contract is unchanged
