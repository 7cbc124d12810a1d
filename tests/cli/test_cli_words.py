"""Messages in the user's words (issue 16, point 3): days as people write them in the
history and the corrections, one word for a task, no "#N" for two kinds of numbers, the
next period of a recurring duty, a corrected number clears its warning."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from builders import TODAY, isolate_cli, run

from tui_tracker.i18n import catalog
from tui_tracker.model import (
    Assignment,
    Deadline,
    DeadlineKind,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Role,
)
from tui_tracker.store import Store

ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")


def recurring_notice() -> ParsedNotice:
    return ParsedNotice(
        notice=NoticeHeader(doc_type="TB", number=None, issuer="UBND tỉnh",
                            issued_on=date(2026, 5, 2)),
        directives=[ParsedDirective(
            ref="2.a", heading="Báo cáo tiến độ", text="Sở Y tế báo cáo trước ngày 20 hằng tháng.",
            assignments=[Assignment(agency="Sở Y tế", role=Role.LEAD)],
            deadline=Deadline(text="trước ngày 20 hằng tháng", due_on=date(2026, 5, 19),
                              kind=DeadlineKind.RECURRING, recurrence="monthly:20"))],
        warnings=["Không tìm thấy số, ký hiệu văn bản."],
        text="THÔNG BÁO\n", original="THÔNG BÁO\n")


@pytest.fixture(autouse=True)
def database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    path = tmp_path / "tracker.db"
    isolate_cli(monkeypatch, tmp_path, db=path, today=TODAY)
    monkeypatch.setenv("COLUMNS", "160")
    store = Store.open(path, user="importer")
    store.import_notice(recurring_notice())
    store.close()
    return path


def test_a_recurring_duty_reported_says_its_next_deadline() -> None:
    result = run("set-status", "1", "reported")
    assert result.exit_code == 0, result.stderr
    assert "19/05/2026" in result.stdout and "19/06/2026" in result.stdout
    assert "chưa thực hiện → chưa thực hiện" not in result.stdout


def test_history_and_corrections_write_days_as_people_do() -> None:
    run("set-status", "1", "reported")
    assert run("edit-notice", "1", "--issued-on", "6/5/2026").exit_code == 0
    for args in (("history", "1"), ("corrections", "--notice", "1")):
        text = run(*args).stdout
        assert not ISO_DAY.search(text), text
        assert "#" not in text
    assert "06/05/2026" in run("corrections", "--notice", "1").stdout
    # Scripts keep ISO days in JSON.
    entries = json.loads(run("corrections", "--notice", "1", "--json").stdout)
    assert entries[0]["after"]["show"]["issued_on"] == "2026-05-06"


def test_correcting_the_number_clears_the_number_not_found_warning(database: Path) -> None:
    def warnings() -> list[str]:
        store = Store.open(database)
        try:
            return store.get_notice(1, today=date(2026, 5, 5)).warnings
        finally:
            store.close()

    assert warnings() == ["Không tìm thấy số, ký hiệu văn bản."]
    assert run("edit-notice", "1", "--number", "12/TB-UBND").exit_code == 0
    assert warnings() == []
    assert run("undo-change", "1").exit_code == 0  # the undo brings it back
    assert warnings() == ["Không tìm thấy số, ký hiệu văn bản."]


def test_one_word_for_a_task() -> None:
    vietnamese = [vi for vi, _ in catalog().values()]
    assert not [text for text in vietnamese if "công việc" in text.lower()]
