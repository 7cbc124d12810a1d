from datetime import date

import pytest
from builders import TODAY

from tui_tracker.model import (
    Assignment,
    Deadline,
    NoticeHeader,
    ParsedDirective,
    ParsedNotice,
    Status,
    TaskClass,
    Urgency,
    classify,
    urgency,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("done", Status.DONE),
        ("in_progress", Status.IN_PROGRESS),
        ("in-progress", Status.IN_PROGRESS),
        ("hoàn thành", Status.DONE),
        ("hoan thanh", Status.DONE),
        ("Đang thực hiện", Status.IN_PROGRESS),
        ("chờ xác nhận", Status.REPORTED),
        ("tạm dừng", Status.PAUSED),
        ("hủy", Status.CANCELLED),
        ("chua thuc hien", Status.TODO),
    ],
)
def test_status_parse_accepts_english_and_vietnamese(word, expected):
    assert Status.parse(word) is expected


def test_status_parse_rejects_unknown_word():
    with pytest.raises(ValueError):
        Status.parse("finished-ish")


AS_OF = TODAY  # the reference day of every test


@pytest.mark.parametrize(
    ("status", "due", "completed", "expected"),
    [
        ("done", date(2026, 5, 1), date(2026, 5, 1), TaskClass.DONE_ON_TIME),
        ("done", date(2026, 5, 1), date(2026, 5, 2), TaskClass.DONE_LATE),
        ("done", None, date(2026, 5, 2), TaskClass.DONE_ON_TIME),
        ("in_progress", date(2026, 5, 5), None, TaskClass.ON_TRACK),
        ("todo", date(2026, 5, 4), None, TaskClass.OVERDUE),
        ("paused", None, None, TaskClass.ON_TRACK),
        ("cancelled", date(2026, 1, 1), None, TaskClass.CANCELLED),
    ],
)
def test_classify_follows_the_report_rules(status, due, completed, expected):
    assert classify(status, due, completed, AS_OF) is expected


@pytest.mark.parametrize(
    ("status", "days", "expected"),
    [
        ("todo", -5, Urgency.OVERDUE),
        ("todo", 0, Urgency.TODAY),
        ("reported", 7, Urgency.SOON),
        ("todo", 8, Urgency.LATER),
        ("todo", None, Urgency.NO_DEADLINE),
        ("done", -3, Urgency.CLOSED),
    ],
)
def test_urgency_bands(status, days, expected):
    assert urgency(status, days, soon_days=7) is expected


def test_parsed_notice_json_uses_iso_dates_and_plain_values():
    notice = ParsedNotice(
        notice=NoticeHeader(doc_type="TB", meeting_on=date(2026, 4, 14)),
        directives=[
            ParsedDirective(
                ref="3.d",
                heading="Về xử lý tồn tại",
                text="Giao Sở Khoa học và Công nghệ chủ trì",
                assignments=[Assignment("Sở Khoa học và Công nghệ", "lead")],
                deadline=Deadline("trước ngày 30/6/2026", date(2026, 6, 29), "date"),
            )
        ],
    )
    data = notice.to_json()
    assert data["notice"]["meeting_on"] == "2026-04-14"
    assert data["notice"]["number"] is None
    directive = data["directives"][0]
    assert directive["deadline"] == {
        "text": "trước ngày 30/6/2026", "due_on": "2026-06-29", "kind": "date", "recurrence": None,
    }
    assert directive["assignments"][0]["role"] == "lead"
    assert directive["lead"] == "Sở Khoa học và Công nghệ"
