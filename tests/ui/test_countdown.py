"""The home screen: order, labels, counts, filters, literal text, day rollover."""

from __future__ import annotations

from datetime import date, timedelta

from builders import TODAY

from tui_tracker.i18n import set_language
from tui_tracker.model import Status, Urgency
from tui_tracker.ui.dialogs.filter import FilterDialog
from tui_tracker.ui.screens.countdown import CountdownScreen
from tui_tracker.ui.tasks.task_list import TaskList
from tui_tracker.ui.widgets.filter_bar import FilterBar


def rows_of(tasks: TaskList) -> list:
    return [tasks.get_cached_row(i) for i in range(tasks.row_count)]


def plain(widget) -> str:
    content = widget.content
    return getattr(content, "plain", str(content))


async def test_every_open_task_most_urgent_first(store, make_app, settle, table_lines):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CountdownScreen)
        tasks = app.screen.query_one(TaskList)
        rows = rows_of(tasks)
        # 9 tasks imported (3.d has a lead and a coordinating agency), one done.
        assert len(rows) == 8
        assert all(Status(r.status).is_open for r in rows)
        assert [r.directive_ref for r in rows] == ["1.a", "3.d", "3.d", "2.a", "1.c", "2.b",
                                                   "2.c", "2.d"]
        lines = table_lines(tasks)
        assert lines[1].startswith("quá hạn 12 ngày")
        assert "quá hạn 5 ngày" in lines[2]
        assert lines[4].startswith("hôm nay")
        assert lines[5].startswith("còn 1 ngày")
        assert lines[6].startswith("còn 3 ngày")
        assert lines[8].startswith("không thời hạn")  # no deadline last
        assert "05/05/2026" in lines[4]  # due date dd/mm/yyyy
        assert "TB 123 · 2.a" in lines[4]  # notice type + number · item
        assert "#2 · 1.a" in lines[1]  # a notice without a number: its id


async def test_counts_by_class(store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        counts = {u: plain(screen.query_one(f"#count-{u}")) for u in
                  (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON, Urgency.LATER,
                   Urgency.NO_DEADLINE)}
        assert counts == {
            Urgency.OVERDUE: "Quá hạn 3",
            Urgency.TODAY: "Hôm nay 1",
            Urgency.SOON: "Sắp đến hạn 2",
            Urgency.LATER: "Còn hạn 1",
            Urgency.NO_DEADLINE: "Không thời hạn 1",
        }
        assert screen.query_one(f"#count-{Urgency.OVERDUE}").has_class("-some")


async def test_notice_text_is_shown_literally(store, make_app, settle, table_lines):
    app = make_app(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        lines = table_lines(app.screen.query_one(TaskList))
        line = next(line for line in lines if "2.a" in line)
        assert "[bold]kế hoạch[/]" in line  # markup is data, not style
        assert "\x1b" not in "".join(lines)


async def test_english_labels(store, make_app, settle, table_lines):
    set_language("en")
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = table_lines(app.screen.query_one(TaskList))
        assert lines[0].startswith("Countdown")
        assert lines[1].startswith("12 days overdue")
        assert lines[4].startswith("today")
        assert lines[5].startswith("1 day left ")  # singular: never "1 days left"
        assert plain(app.screen.query_one(f"#count-{Urgency.OVERDUE}")) == "Overdue 3"


async def test_wider_terminal_shows_more_columns(store, make_app, settle, table_lines):
    app = make_app(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        header = table_lines(app.screen.query_one(TaskList))[0]
        assert "Trạng thái" in header and "Vai trò" in header
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        header = table_lines(app.screen.query_one(TaskList))[0]
        assert "Trạng thái" not in header


async def test_overdue_toggle_and_clear(store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tasks = app.screen.query_one(TaskList)
        bar = app.screen.query_one(FilterBar)
        await settle(pilot, "o")
        assert tasks.row_count == 3
        assert all(r.urgency == Urgency.OVERDUE for r in rows_of(tasks))
        assert "quá hạn" in plain(bar)
        assert bar.has_class("-active")
        # The counts still show every class.
        assert plain(app.screen.query_one(f"#count-{Urgency.LATER}")) == "Còn hạn 1"
        await settle(pilot, "escape")
        assert tasks.row_count == 8
        assert not bar.has_class("-active")


async def test_filter_dialog_agency_alias_and_text(store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tasks = app.screen.query_one(TaskList)
        await settle(pilot, "f")
        assert isinstance(app.screen, FilterDialog)
        app.screen.query_one("#agency").value = "Sở KH&CN"
        await settle(pilot, "enter")
        assert [r.agency for r in rows_of(tasks)] == ["Sở Khoa học và Công nghệ"]
        assert "Sở KH&CN" in plain(app.screen.query_one(FilterBar))

        await settle(pilot, "f")
        app.screen.query_one("#agency").value = ""
        app.screen.query_one("#search").value = "chuyen doi so"
        await settle(pilot, "enter")
        assert sorted(r.directive_ref for r in rows_of(tasks)) == ["1.c", "2.a"]

        await settle(pilot, "f")
        app.screen.query_one("#search").value = ""
        app.screen.query_one("#due_within").value = "3"
        await settle(pilot, "enter")
        assert sorted(r.directive_ref for r in rows_of(tasks)) == ["1.c", "2.a", "2.b"]
        await settle(pilot, "x")
        assert tasks.row_count == 8


async def test_empty_filter_result_says_how_to_clear(store, make_app, settle, table_lines):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        from tui_tracker.store import TaskFilter

        screen.set_task_filter(TaskFilter(open_only=True, search="khong co chu nay"))
        await settle(pilot)
        tasks = screen.query_one(TaskList)
        assert tasks.row_count == 0
        assert "Esc" in table_lines(tasks)[1]


async def test_day_rolls_over_by_itself(store, make_app, settle, table_lines):
    clock = [date(2026, 5, 4)]
    app = make_app(store, today=None, clock=lambda: clock[0])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.today == date(2026, 5, 4)
        tasks = app.screen.query_one(TaskList)
        first = table_lines(tasks)[1]
        assert first.startswith("quá hạn 11 ngày")
        assert app.check_day() is False  # same day: nothing happens
        clock[0] = date(2026, 5, 4) + timedelta(days=1)
        assert app.check_day() is True
        await settle(pilot)
        assert app.today == TODAY
        assert table_lines(tasks)[1].startswith("quá hạn 12 ngày")
        assert "05/05/2026" in plain(app.screen.query_one("#countdown-title"))
        assert "ngày cố định" not in plain(app.screen.query_one("#countdown-title"))


async def test_fixed_today_never_rolls_over(store, make_app, settle):
    app = make_app(store, clock=lambda: date(2030, 1, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.check_day() is False
        assert app.today == TODAY
        assert "ngày cố định" in plain(app.screen.query_one("#countdown-title"))


async def test_day_check_runs_on_a_timer(store, make_app, settle, until):
    clock = [date(2026, 5, 4)]
    app = make_app(store, today=None, clock=lambda: clock[0], day_check_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        clock[0] = TODAY
        await until(pilot, lambda: app.today == TODAY)


def test_notice_label_reads_type_and_number_even_when_mangled():
    from types import SimpleNamespace

    from tui_tracker.ui.tasks.labels import notice_label

    def label(number):
        return notice_label(SimpleNamespace(notice_number=number, notice_id=7,
                                            directive_ref="3.d"))

    assert label("123/TB-UBND") == "TB 123 · 3.d"
    assert label("2927-TB/TU") == "TB 2927 · 3.d"
    assert label("1961/TBUBND") == "TB 1961 · 3.d"  # copied from a PDF without the dash
    assert label("08/2023/QĐ-UBND") == "QĐ 08 · 3.d"
    assert label(None) == "#7 · 3.d"


def test_notice_label_names_the_stored_document_type():
    from types import SimpleNamespace

    from tui_tracker.ui.tasks.labels import notice_label

    def label(number, doc_type):
        return notice_label(SimpleNamespace(notice_number=number, notice_doc_type=doc_type,
                                            notice_id=7, directive_ref="2"))

    # A Công văn numbered like an office's letter is not labelled as its letters suggest.
    assert label("45/UBND-KT", "CV") == "CV 45 · 2"
    assert label("1961/TBUBND", "TB") == "TB 1961 · 2"
    assert label("45/UBND-KT", None) == "UBND 45 · 2"  # nothing stored: the old guess


def test_notice_label_keeps_the_item_whole_when_short_of_room():
    from types import SimpleNamespace

    from tui_tracker.ui.tasks.labels import notice_label_fit

    row = SimpleNamespace(notice_number="1961/TBUBND", notice_id=7, directive_ref="II.1.đ")
    assert notice_label_fit(row, 20) == "TB 1961 · II.1.đ"
    assert notice_label_fit(row, 14) == "TB 1961·II.1.đ"
    assert notice_label_fit(row, 12) == "TB 1…·II.1.đ"


def test_counts_of_one_are_singular_in_english():
    from types import SimpleNamespace

    from tui_tracker.i18n import set_language, tn
    from tui_tracker.ui.tasks.labels import countdown_label

    def row(days):
        return SimpleNamespace(status="todo", days_left=days)

    set_language("en")
    assert [countdown_label(row(d)) for d in (1, 2, -1, -3)] == [
        "1 day left", "2 days left", "1 day overdue", "3 days overdue"]
    assert tn("ui.n.tasks", 1) == "1 task" and tn("ui.n.tasks", 0) == "0 tasks"
    assert tn("ui.notices.count", 1) == "1 notice"
    set_language("vi")
    assert countdown_label(row(1)) == "còn 1 ngày"
    assert countdown_label(row(-1)) == "quá hạn 1 ngày"
