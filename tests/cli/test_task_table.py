"""`list` output streams: rows are written as the cursor yields them, in any width."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from builders import TODAY
from rich.cells import cell_len

from tui_tracker.cli import task_table
from tui_tracker.cli.task_table import TaskTableWriter, _fit, print_task_table, write_json
from tui_tracker.i18n import set_language
from tui_tracker.store.rows import TaskLine


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    set_language("vi")
    yield
    set_language("vi")


def line(task_id: int, *, days: int | None = -3, status: str = "todo",
         agency: str = "Sở Khoa học và Công nghệ", summary: str = "Rà soát tồn tại") -> TaskLine:
    due = None if days is None else TODAY + timedelta(days=days)
    urgency = ("overdue" if days is not None and days < 0 else
               "no_deadline" if days is None else "later")
    return TaskLine(task_id, status, "lead", due, days, urgency,
                    "overdue" if urgency == "overdue" else "on_track", agency, "12/TB-UBND",
                    task_id, "2.a", summary)


class CountingOut(io.StringIO):
    """Records how many rows the producer had handed out at each write."""

    def __init__(self, produced: list[int]) -> None:
        super().__init__()
        self.produced = produced
        self.seen_at_write: list[int] = []

    def write(self, text: str) -> int:
        self.seen_at_write.append(self.produced[0])
        return super().write(text)


def produce(n: int, produced: list[int]) -> Iterator[TaskLine]:
    for task_id in range(1, n + 1):
        produced[0] += 1
        yield line(task_id)


def test_the_table_is_written_while_rows_still_come() -> None:
    produced = [0]
    out = CountingOut(produced)
    print_task_table(produce(5000, produced), TODAY, largest_id=5000, out=out)
    # The first lines went out long before the last row was read: nothing held them all.
    assert out.seen_at_write[0] < 1000
    assert len(out.seen_at_write) > 10
    assert out.getvalue().count("Sở Khoa học và Công nghệ") == 5000
    assert "5000 nhiệm vụ · 5000 quá hạn" in out.getvalue().splitlines()[-1]


def test_json_is_one_array_written_as_rows_come() -> None:
    produced = [0]
    out = CountingOut(produced)

    class Row:
        def __init__(self, task_id: int) -> None:
            self.task_id = task_id

        def to_json(self) -> dict[str, object]:
            return {"id": self.task_id, "summary": "tồn tại"}

    def rows() -> Iterator[Row]:
        for task_id in range(1, 2001):
            produced[0] += 1
            yield Row(task_id)

    write_json(rows(), out)
    data = json.loads(out.getvalue())
    assert [item["id"] for item in data] == list(range(1, 2001))
    assert data[0]["summary"] == "tồn tại"  # not \\u escapes
    assert out.seen_at_write[0] == 1


def test_json_of_nothing_is_an_empty_array() -> None:
    out = io.StringIO()
    write_json(iter(()), out)
    assert json.loads(out.getvalue()) == []


@pytest.mark.parametrize("width", [60, 80, 120])
def test_no_line_is_wider_than_the_terminal(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    long_agency = "Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan liên quan " * 3
    out = io.StringIO()
    rows = [line(7, agency=long_agency, summary="Về xử lý tồn tại trước hợp nhất tỉnh " * 4),
            line(123456, days=None, status="paused"), line(8, days=40)]
    print_task_table(rows, TODAY, largest_id=123456, out=out)
    lines = out.getvalue().splitlines()
    assert all(cell_len(text) <= width for text in lines[:-1]), lines
    assert any(text.rstrip().endswith("…") for text in lines)  # cut, never wrapped
    assert "123456" in out.getvalue() and "tạm dừng" in out.getvalue()


def test_colour_only_on_a_terminal_and_never_with_no_color(
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    writer = TaskTableWriter(largest_id=9, width=80, color=True, out=out)
    writer.row(line(1), first=True)
    writer.flush()
    assert "\x1b[1;31m" in out.getvalue()  # overdue in bold red
    monkeypatch.setenv("NO_COLOR", "1")
    assert task_table.use_color() is False


def test_text_is_cut_at_the_right_cell_in_any_script() -> None:
    assert _fit("Sở Khoa học và Công nghệ", 10) == "Sở Khoa h…"
    assert _fit("ngắn", 10) == "ngắn"
    wide = _fit("中文字符测试", 7)
    assert wide.endswith("…") and cell_len(wide) <= 7
    # NFD text (combining marks) is measured by cells, not characters.
    decomposed = "Ho\u0302\u0300 so\u031b"
    assert _fit(decomposed, 20) == decomposed


def test_notice_text_cannot_drive_the_terminal() -> None:
    out = io.StringIO()
    print_task_table([line(1, summary="\x1b[31mđỏ\x1b[0m [bold]x[/]")], TODAY, largest_id=1,
                     out=out)
    assert "\x1b" not in out.getvalue()
    assert "[bold]x[/]" in out.getvalue()


def test_list_refuses_a_search_of_only_punctuation(tmp_path, monkeypatch) -> None:
    from builders import run

    monkeypatch.setenv("TUI_TRACKER_DB", str(tmp_path / "t.db"))
    for lang, words in (("vi", "không có chữ hay số"), ("en", "has no letter or digit")):
        set_language(lang)
        result = run("--lang", lang, "list", "--search", "...")
        assert result.exit_code == 2
        assert words in result.output
