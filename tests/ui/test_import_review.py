"""Import from the UI: choose a file, review, correct, save, or cancel and store nothing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from builders import TODAY

from tui_tracker.i18n import t
from tui_tracker.model import Assignment, Deadline, ParsedDirective, Role
from tui_tracker.store import Store, TaskFilter
from tui_tracker.ui.screens.import_review.agency_edits import (
    apply_edit,
    coordinators_text,
    leads_text,
    read_edit,
)
from tui_tracker.ui.screens.import_review.path_input import complete_path, typed_path

# --- fixtures -------------------------------------------------------------------------------

NOTICE = """UỶ BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 321/TB-UBND
Quảng Ngãi, ngày 16 tháng 4 năm 2026

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Trần Phước Hiền tại buổi làm việc với Sở Khoa học và Công nghệ

Ngày 14/4/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Phước Hiền đã chủ trì buổi làm việc với Sở Khoa học và Công nghệ. Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:

1. Đánh giá chung
UBND tỉnh ghi nhận kết quả đạt được của Sở Khoa học và Công nghệ trong Quý I/2026.

2. Nhiệm vụ trọng tâm
a) Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch chuyển đổi số năm 2026, trình UBND tỉnh trước ngày 30/6/2026.
b) Giao Sở Nội vụ chủ trì rà soát, kiện toàn bộ máy các đơn vị sự nghiệp, báo cáo UBND tỉnh trong tháng 5/2026.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Phùng Tô Long
"""


@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "import.db", user="tester")
    yield store
    store.close()


@pytest.fixture
def notice_file(tmp_path) -> Path:
    path = tmp_path / "tb321.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return path


def row_counts(store: Store) -> tuple[int, int]:
    return store.count_notices(), store.count_tasks(None, today=TODAY)


async def open_file(pilot, settle, path: Path | str) -> None:
    """From anywhere: `i`, the path, Enter; then wait for the parse."""
    from tui_tracker.ui.screens.import_review import ImportScreen

    await pilot.press("i")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ImportScreen)
    field = pilot.app.screen.query_one("#import-path")
    field.value = str(path)
    await pilot.press("enter")
    await settle(pilot)


def expected_error(path: Path) -> str:
    """The sentence the CLI would print for this file."""
    from tui_tracker.errors import BadInputError
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file

    with pytest.raises(BadInputError) as caught:
        parse_notice(read_notice_file(str(path)))
    return caught.value.message


# --- pure helpers ---------------------------------------------------------------------------


def test_apply_edit_changes_leads_coordinators_related_marker_and_due_date():
    directive = ParsedDirective(
        ref="2.a", heading=None, text="…",
        assignments=[Assignment("Sở Tài chính", Role.LEAD),
                     Assignment("Sở Nội vụ", Role.COORDINATE)],
        deadline=Deadline("trước ngày 30/6/2026", date(2026, 6, 29), "date"))
    apply_edit(directive, read_edit(
        "Sở KH&CN", "Sở Tài chính; UBND các xã, phường, đặc khu; các cơ quan liên quan",
        date(2026, 7, 15)))
    assert directive.lead == "Sở Khoa học và Công nghệ"  # an alias becomes the canonical name
    coordinators = [a for a in directive.assignments if a.role == Role.COORDINATE]
    assert [a.agency for a in coordinators] == ["Sở Tài chính", "UBND các xã, phường, đặc khu"]
    assert [a.group for a in coordinators] == [False, True]
    assert directive.with_related
    assert directive.deadline.due_on == date(2026, 7, 15)
    assert directive.deadline.text == "trước ngày 30/6/2026"  # the phrase stays as written
    assert coordinators_text(directive).endswith("các cơ quan liên quan")

    bare = ParsedDirective(ref="2.b", heading=None, text="…")
    apply_edit(bare, read_edit("", "", date(2026, 8, 1)))
    assert bare.assignments == [] and bare.deadline.due_on == date(2026, 8, 1)


def test_every_lead_survives_an_edit_that_does_not_touch_it():
    directive = ParsedDirective(
        ref="3", heading=None, text="Sở Công Thương và Công an tỉnh chủ trì …",
        assignments=[Assignment("Sở Công Thương", Role.LEAD),
                     Assignment("Công an tỉnh", Role.LEAD),
                     Assignment("Sở Văn hóa, Thể thao và Du lịch", Role.COORDINATE)])
    # The dialog's fields start from these texts; submitting them unchanged changes nothing.
    assert leads_text(directive) == "Sở Công Thương; Công an tỉnh"
    apply_edit(directive, read_edit(leads_text(directive), coordinators_text(directive), None))
    assert [(a.agency, a.role) for a in directive.assignments] == [
        ("Sở Công Thương", Role.LEAD), ("Công an tỉnh", Role.LEAD),
        ("Sở Văn hóa, Thể thao và Du lịch", Role.COORDINATE)]


def test_a_chain_step_date_survives_an_edit_of_the_other_fields():
    # "gửi Sở Tài chính trước ngày 15/12 để tổng hợp, báo cáo UBND tỉnh trước ngày 20/12"
    directive = ParsedDirective(
        ref="1", heading=None, text="…",
        assignments=[Assignment("Sở Xây dựng", Role.LEAD, due_on=date(2026, 12, 15)),
                     Assignment("Sở Tài chính", Role.COORDINATE)],
        deadline=Deadline(text="trước ngày 20/12/2026", due_on=date(2026, 12, 20), kind="date"))
    apply_edit(directive, read_edit("Sở Xây dựng", "Sở Tài chính; Sở Y tế", date(2026, 12, 20)))
    steps = {a.agency: (a.role, a.due_on) for a in directive.assignments}
    assert steps == {"Sở Xây dựng": (Role.LEAD, date(2026, 12, 15)),
                     "Sở Tài chính": (Role.COORDINATE, None),
                     "Sở Y tế": (Role.COORDINATE, None)}
    # A new deadline before the step's own date: the step takes the deadline.
    apply_edit(directive, read_edit("Sở Xây dựng", "Sở Tài chính", date(2026, 12, 10)))
    assert directive.assignments[0].due_on is None
    # A lead made a coordinator has a new role: its lead step date does not follow it.
    directive.assignments[0].due_on = date(2026, 12, 5)
    apply_edit(directive, read_edit("Sở Tài chính", "Sở Xây dựng", date(2026, 12, 10)))
    assert all(a.due_on is None for a in directive.assignments)


def test_the_related_agencies_marker_is_the_parsers():
    # "các địa phương liên quan" is a marker to the parser: the same in the review's fields.
    edit = read_edit("Sở Y tế", "Sở Nội vụ, các địa phương liên quan", None)
    assert [a.name for a in edit.coordinators] == ["Sở Nội vụ"]
    assert edit.with_related
    # Alone in the lead's place it is the group that leads, as in a notice.
    alone = read_edit("các cơ quan, đơn vị liên quan", "", None)
    assert [(a.name, a.group) for a in alone.leads] == [("các cơ quan, đơn vị liên quan", True)]
    assert not alone.with_related


def test_path_completion(tmp_path):
    for name in ("thong_bao_1.txt", "thong_bao_2.txt", "khac.md"):
        (tmp_path / name).write_text("x")
    (tmp_path / "thu_muc").mkdir()
    base = str(tmp_path) + os.sep
    assert complete_path(base + "k")[0] == base + "khac.md"
    completed, candidates = complete_path(base + "th")
    assert completed == base + "th"  # thong_bao_… and thu_muc/ share only "th"
    assert len(candidates) == 3
    assert complete_path(base + "tho")[0] == base + "thong_bao_"
    assert complete_path(base + "thu")[0] == base + "thu_muc" + os.sep
    assert complete_path(base + "zzz") == (base + "zzz", [])


def test_a_path_typed_after_the_start_folder_starts_afresh(tmp_path):
    # The field opens on the current folder; "//" or "/~" starts a new path, as in
    # Emacs and GTK file choosers.
    (tmp_path / "khac.md").write_text("x")
    base = str(tmp_path) + os.sep
    assert typed_path("/work/main/" + base) == base
    assert typed_path("/work/main/~/a.txt") == "~/a.txt"
    assert typed_path(base + "khac.md") == base + "khac.md"
    assert complete_path("/work/main/" + base + "k")[0] == base + "khac.md"


# --- the screens ----------------------------------------------------------------------------


async def test_review_edit_and_save_stores_the_edited_values(
        store, notice_file, make_app, settle, plain):
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file
    from tui_tracker.ui.screens.import_review import (
        EditDirectiveScreen,
        ImportReviewScreen,
        ImportScreen,
    )

    parsed = parse_notice(read_notice_file(str(notice_file)))
    first = parsed.directives[0]
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, settle, notice_file)
        review = app.screen
        assert isinstance(review, ImportReviewScreen)
        assert "321/TB-UBND" in plain(review.query_one("#review-header-body"))
        assert review.query_one("#review-table").row_count == len(parsed.directives)
        assert row_counts(store) == (0, 0)  # reviewing stores nothing

        await pilot.press("enter")  # edit the first directive
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EditDirectiveScreen)
        dialog.query_one("#edit-lead").value = "Sở Y tế"
        dialog.query_one("#edit-coordinate").value = "Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ"
        dialog.query_one("#edit-due").value = "15/07/2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is review
        assert row_counts(store) == (0, 0)  # still nothing before ctrl+s on the review

        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)
        message = plain(app.screen.query_one("#import-message"))
        assert "321/TB-UBND" in message and ("Đã nhập" in message)

    notice = store.list_notices(today=TODAY)[0]
    assert notice.number == "321/TB-UBND"
    directives = {d.ref: d for d in store.list_directives(notice.id, today=TODAY)}
    edited = directives[first.ref]
    assert edited.lead == "Sở Y tế"
    assert edited.due_on == date(2026, 7, 15)
    tasks = store.list_tasks(TaskFilter(directive_id=edited.id), today=TODAY)
    assert {(task.agency, task.role) for task in tasks} == {
        ("Sở Y tế", "lead"), ("Sở Văn hóa, Thể thao và Du lịch", "coordinate"),
        ("Sở Nội vụ", "coordinate")}
    assert all(task.due_on == date(2026, 7, 15) for task in tasks)
    # The other directives are stored as parsed.
    for directive in parsed.directives[1:]:
        assert directives[directive.ref].lead == directive.lead


async def test_importing_the_same_file_again_says_unchanged(
        store, notice_file, make_app, settle, plain):
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file

    store.import_notice(parse_notice(read_notice_file(str(notice_file))))
    before = row_counts(store)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, settle, notice_file)
        assert t("ui.import.review.exists") in plain(app.screen.query_one("#review-count"))
        await pilot.press("ctrl+s")
        await settle(pilot)
        message = plain(app.screen.query_one("#import-message"))
        assert message == t("ui.import.done.unchanged", number="321/TB-UBND")
    assert row_counts(store) == before


async def test_cancel_leaves_the_database_as_it_was(store, notice_file, make_app, settle, plain):
    from tui_tracker.ui.screens.import_review import ImportReviewScreen, ImportScreen

    before = row_counts(store)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, settle, notice_file)
        assert isinstance(app.screen, ImportReviewScreen)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#edit-lead").value = "Sở Y tế"
        await pilot.press("ctrl+s")  # an edit, then the whole import is cancelled
        await settle(pilot)
        await pilot.press("escape")  # asks first: there is a correction to lose
        await settle(pilot)
        await pilot.press("D")  # yes, discard (its own key: Ctrl+S means save)
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)
        assert plain(app.screen.query_one("#import-message")) == t("ui.import.cancelled")
    assert row_counts(store) == before == (0, 0)


async def test_invalid_typed_date_is_one_sentence_and_keeps_the_dialog(
        store, notice_file, make_app, settle, plain):
    from tui_tracker.ui.screens.import_review import EditDirectiveScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, settle, notice_file)
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#edit-due").value = "31/02/2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert plain(dialog.query_one("#edit-error")) == t("dates.no_such_day",
                                                            value="31/02/2026")
        dialog.query_one("#edit-due").value = "2026-07-01"  # ISO is fine too
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EditDirectiveScreen)
    assert row_counts(store) == (0, 0)


@pytest.mark.parametrize("content", [
    b"",  # empty
    b"\x00\x01\x02PK\x03\x04 binary \x00\xff\xfe",  # binary
    NOTICE.replace("trước ngày 30/6/2026", "trước ngày 31/2/2026").encode(),  # no such day
])
async def test_bad_files_show_the_error_sentence_and_store_nothing(
        store, tmp_path, content, make_app, settle, plain):
    from tui_tracker.ui.screens.import_review import ImportScreen

    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    sentence = expected_error(path)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, settle, path)
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        message = screen.query_one("#import-message")
        assert plain(message) == sentence
        assert "Traceback" not in plain(message)
        assert message.has_class("error")
    assert row_counts(store) == (0, 0)


async def test_missing_file_and_folder(store, tmp_path, make_app, settle, plain):
    from tui_tracker.ui.screens.import_review import ImportScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, settle, tmp_path)
        assert isinstance(app.screen, ImportScreen)
        assert plain(app.screen.query_one("#import-message")) == t(
            "ui.import.is_dir", path=str(tmp_path))
        app.screen.query_one("#import-path").value = str(tmp_path / "nope.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#import-message").has_class("error")
    assert row_counts(store) == (0, 0)


async def test_tab_completes_the_path_and_the_tree_opens_a_file(
        store, tmp_path, notice_file, make_app, settle, until):
    from tui_tracker.ui.screens.import_review import ImportReviewScreen, ImportScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        field = app.screen.query_one("#import-path")
        field.value = str(tmp_path) + os.sep + "tb3"
        field.cursor_position = len(field.value)
        await pilot.press("tab")
        assert field.value == str(notice_file)
        assert field.has_focus

        await pilot.press("ctrl+t")  # the folder tree, opened where the path points
        # (no settle: the DirectoryTree keeps a loader worker waiting for requests)
        tree = app.screen.query_one("#import-tree")
        await until(pilot, lambda: tree.has_focus and tree.cursor_node is not None)
        assert Path(tree.path) == tmp_path
        for _ in range(12):  # down to the file, then Enter reads it
            node = tree.cursor_node
            if node is not None and node.data is not None and node.data.path == notice_file:
                break
            await pilot.press("down")
            await pilot.pause(0.05)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ImportReviewScreen))
        source = app.screen.source  # kept with the notice, as by the CLI's import
        assert source.path == str(notice_file) and source.format == "text"
        assert len(source.sha256) == 64
        await pilot.press("escape")  # cancel the review
        await until(pilot, lambda: isinstance(app.screen, ImportScreen))
        await pilot.press("ctrl+t", "escape")  # tree hidden, then leave the import screen
        await settle(pilot)
        assert not isinstance(app.screen, (ImportScreen, ImportReviewScreen))
    assert row_counts(store) == (0, 0)


async def test_after_saving_ctrl_o_opens_the_notice_and_the_countdown_has_its_tasks(
        store, notice_file, make_app, settle, plain):
    from tui_tracker.ui.screens.countdown import CountdownScreen
    from tui_tracker.ui.screens.import_review import ImportScreen
    from tui_tracker.ui.screens.notices import NoticeScreen
    from tui_tracker.ui.tasks.task_list import TaskList

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, CountdownScreen)
        assert home.query_one(TaskList).row_count == 0
        await open_file(pilot, settle, notice_file)
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        button = screen.query_one("#import-open")
        assert button.display and "321/TB-UBND" in str(button.label)
        assert "Ctrl+O" in str(button.label)
        # The path field keeps the focus, ready in the imported file's folder.
        field = screen.query_one("#import-path")
        assert field.has_focus and field.value == str(notice_file.parent) + "/"
        # The countdown under the import screen already shows the new open tasks.
        open_tasks = store.count_tasks(TaskFilter(open_only=True), today=TODAY)
        assert open_tasks > 0
        assert home.query_one(TaskList).row_count == open_tasks
        counts = store.urgency_counts(TaskFilter(open_only=True), today=TODAY)
        overdue = plain(home.query_one("#count-overdue"))
        assert overdue.endswith(str(counts["overdue"]))
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, NoticeScreen)
        assert app.screen.notice.number == "321/TB-UBND"
        # The import screen, opened again, starts in that folder too.
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert app.screen.query_one("#import-path").value == str(notice_file.parent) + "/"
