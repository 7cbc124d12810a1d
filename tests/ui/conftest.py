"""Fixtures for the UI shell tests: databases built through the store, apps, helpers.

- `sample_db`: a small, fixed set of notices (hand-built ParsedNotice objects, so the
  snapshots do not move when the parser improves) covering every countdown class, a
  closed task, markup and an escape sequence in the text;
- `fixtures_db`: every notice of fixtures/*.txt, parsed and imported like the CLI does;
- `store` / `other_store`: two connections to `sample_db`, as two SSH sessions ("tester"
  and "colleague");
- `make_app(store, **kw)`: a TrackerApp with a fixed today and no timers;
- `settle(pilot, *keys)` / `wait_for_data(pilot)`: (press the keys, then) wait until the
  workers are done, the messages handled and the tables loaded (a condition, not a sleep);
- `until(pilot, condition)`: wait for what no worker announces (a timer, a push);
- `freeze_timestamps(path)`: import and change times set to a fixed minute (snapshots);
- `table_lines(table)`: the text of a VirtualTable's visible lines;
- `plain(widget)`: the text a Static shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from builders import TODAY, directive, notice
from textual.worker import WorkerCancelled

from tui_tracker.i18n import get_language, set_language
from tui_tracker.model import (
    ParsedDirective,
    ParsedNotice,
    Status,
)
from tui_tracker.store import Store

REPO = Path(__file__).resolve().parents[2]


def _directive(ref: str, heading: str | None, text: str, lead: str, due: date | None,
               coordinate: tuple[str, ...] = ()) -> ParsedDirective:
    return directive(ref, lead, coordinate=coordinate, due=due, heading=heading, text=text,
                     section="2. Nhiệm vụ trọng tâm")


def sample_notices(today: date = TODAY) -> list[ParsedNotice]:
    day = timedelta(days=1)
    first = notice(
        number="123/TB-UBND",
        title="Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với "
              "Sở Khoa học và Công nghệ",
        issued_on=date(2026, 4, 16), text="THÔNG BÁO 123\n",
        directives=[
            _directive("3.d", "Về xử lý tồn tại trước hợp nhất tỉnh",
                       "Thống nhất chủ trương xử lý tồn tại trước hợp nhất tỉnh.",
                       "Sở Khoa học và Công nghệ", today - 5 * day, ("Thanh tra tỉnh",)),
            _directive("2.a", None, "Tham mưu [bold]kế hoạch[/] chuyển đổi số\x1b[31m năm 2026.",
                       "Sở Tài chính", today),
            _directive("2.b", "Rà soát nhiệm vụ khoa học và công nghệ",
                       "Rà soát các nhiệm vụ khoa học và công nghệ chuyển tiếp.",
                       "Sở Nội vụ", today + 3 * day),
            _directive("2.c", "Xây dựng đề án đổi mới sáng tạo",
                       "Xây dựng đề án đổi mới sáng tạo giai đoạn 2026-2030.",
                       "Sở Xây dựng", today + 40 * day),
            _directive("2.d", "Theo dõi thường xuyên hạ tầng số",
                       "Thường xuyên theo dõi, bảo đảm hạ tầng số.", "Sở Y tế", None),
        ],
    )
    second = notice(
        number=None, title="Kết luận về giải ngân vốn đầu tư công",
        issued_on=date(2026, 4, 20), text="THÔNG BÁO KHÔNG SỐ\n",
        directives=[
            _directive("1.a", "Đẩy nhanh giải ngân vốn đầu tư công",
                       "Đẩy nhanh tiến độ giải ngân vốn đầu tư công.", "Sở Tài chính",
                       today - 12 * day),
            _directive("1.b", "Báo cáo tình hình thu ngân sách",
                       "Báo cáo tình hình thu ngân sách quý II.", "Sở Công Thương",
                       today + 10 * day),
            _directive("1.c", "Tổng kết công tác chuyển đổi số",
                       "Tổng kết công tác chuyển đổi số.", "Sở Giáo dục và Đào tạo",
                       today + 1 * day),
        ],
    )
    return [first, second]


def build_sample_db(path: Path) -> Path:
    store = Store.open(path, user="importer")
    try:
        for notice in sample_notices():
            store.import_notice(notice, source="tests")
        # One closed task: it must not appear on the countdown.
        row = next(r for r in store.list_tasks(None, today=TODAY)
                   if r.directive_ref == "1.b")
        store.set_status(row.id, Status.DONE, today=TODAY, on=TODAY)
    finally:
        store.close()
    return path


FROZEN_AT = "2026-05-04 08:30:00"


def freeze_timestamps(path: Path) -> Path:
    """Every import/change time set to FROZEN_AT, so history panes and snapshots do not show
    the minute the test ran. (Plain SQL on the documented file; the store keeps no copy.)"""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("UPDATE notices SET imported_at = ?", (FROZEN_AT,))
            connection.execute("UPDATE tasks SET created_at = ?, updated_at = ?",
                               (FROZEN_AT, FROZEN_AT))
            connection.execute("UPDATE task_history SET at = ?", (FROZEN_AT,))
    finally:
        connection.close()
    return path


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    return freeze_timestamps(build_sample_db(tmp_path / "sample.db"))


@pytest.fixture
def store(sample_db: Path) -> Iterator[Store]:
    opened = Store.open(sample_db, user="tester")
    yield opened
    opened.close()


@pytest.fixture
def other_store(sample_db: Path) -> Iterator[Store]:
    """A second connection: another official's SSH session."""
    opened = Store.open(sample_db, user="colleague")
    yield opened
    opened.close()


@pytest.fixture
def fixtures_db(tmp_path: Path) -> Path:
    """Every notice of fixtures/*.txt, read, parsed and imported as `tui-tracker import`."""
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file

    files = sorted((REPO / "fixtures").glob("*.txt"))
    assert files, "fixtures/*.txt are missing"
    path = tmp_path / "fixtures.db"
    store = Store.open(path, user="importer")
    try:
        for file in files:
            store.import_notice(parse_notice(read_notice_file(str(file))), source=file.name)
    finally:
        store.close()
    return path


@pytest.fixture(autouse=True)
def _language() -> Iterator[None]:
    """Tests start in Vietnamese and leave the language as they found it."""
    before = get_language()
    set_language("vi")
    yield
    set_language(before)


@pytest.fixture
def make_app() -> Callable[..., Any]:
    def make(store: Store, **kwargs: Any) -> Any:
        from tui_tracker.ui.app import TrackerApp

        kwargs.setdefault("today", TODAY)
        kwargs.setdefault("poll_interval", None)
        kwargs.setdefault("day_check_interval", None)
        return TrackerApp(store, **kwargs)

    return make


def _busy(app: Any) -> list[str]:
    """What is still on its way in `app`: running workers, unhandled messages, tables whose
    rows have not arrived. Empty when the screen shows its data."""
    from tui_tracker.ui.widgets.virtual_table import VirtualTable

    busy = [f"worker {worker.name}" for worker in app.workers
            if worker.state.name in ("PENDING", "RUNNING")]
    nodes: list[Any] = [app]
    for screen in app.screen_stack:
        nodes += list(screen.walk_children(with_self=True))
    busy += [f"messages of {node!r}" for node in nodes if node.message_queue_size]
    for screen in app.screen_stack:
        for table in screen.query(VirtualTable):
            if table.source is not None and (not table.loaded or table._inflight is not None
                                             or table._ensure_scheduled):
                busy.append(f"rows of {table!r}")
    return busy


async def wait_for_data(pilot: Any, *, strict: bool = True, rounds: int = 400) -> None:
    """Wait until every worker is done, every message handled and every table has its
    rows, twice in a row (a handled message may start another worker).

    Deterministic, unlike a sleep or `pilot.pause()` alone: a pause waits until the process
    *looks* idle (process time vs wall time), which a loaded machine fakes by starving the
    process; a snapshot then caught the countdown before its rows and counts arrived."""
    app = pilot.app
    quiet = 0
    for _ in range(rounds):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # a load superseded by a newer one (exclusive workers): done as well
        await pilot.pause()
        if _busy(app):
            quiet = 0
            continue
        quiet += 1
        if quiet >= 2:
            return
    if strict:
        raise AssertionError(f"the app did not settle: {_busy(app)}")


async def until(pilot: Any, condition: Callable[[], bool], *, seconds: float = 10.0) -> None:
    """Let the app run until `condition()` holds; fail the test if it never does.

    For what no worker announces (a timer firing, a screen being pushed): never a fixed
    pause, which passes or fails with the machine's load."""
    step = 0.02
    for _ in range(int(seconds / step)):
        if condition():
            return
        await pilot.pause(step)
    assert condition(), f"not reached within {seconds} s"


@pytest.fixture(name="until")
def _until_fixture() -> Callable[..., Any]:
    return until


async def _settle(pilot: Any, *keys: str) -> None:
    """Press `keys` (if any), then pause until no worker runs any more (their results
    posted and handled): `await settle(pilot, "f2")` is a key and its consequences."""
    if keys:
        await pilot.press(*keys)
    await wait_for_data(pilot, strict=False, rounds=50)


@pytest.fixture
def settle() -> Callable[..., Any]:
    return _settle


@pytest.fixture(name="wait_for_data")
def _wait_for_data_fixture() -> Callable[..., Any]:
    return wait_for_data


def _table_lines(table: Any) -> list[str]:
    return [table.render_line(y).text.rstrip() for y in range(table.size.height)]


@pytest.fixture
def table_lines() -> Callable[[Any], list[str]]:
    return _table_lines


@pytest.fixture
def plain() -> Callable[[Any], str]:
    """The text a Static shows (Content, or a Rich grid of label/value rows)."""
    from tui_tracker.ui.formatting import plain_text

    return lambda widget: plain_text(widget.content)
