"""The shell: navigation, keys and keymap, palette, live refresh, the virtual table."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from builders import TODAY
from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.widgets import Input
from textual_internals import notifications

from tui_tracker.i18n import LANGUAGES, catalog, set_language
from tui_tracker.model import Status
from tui_tracker.ui.bindings import KEYS
from tui_tracker.ui.commands import TrackerCommands
from tui_tracker.ui.messages import DataChanged
from tui_tracker.ui.screens.countdown import CountdownScreen
from tui_tracker.ui.screens.help import HelpScreen
from tui_tracker.ui.screens.search import SearchScreen
from tui_tracker.ui.tasks.task_list import TaskList
from tui_tracker.ui.widgets.virtual_table import Column, VirtualTable

UI = Path(__file__).resolve().parents[2] / "tui_tracker" / "ui"
SHELL_MODULES = sorted(path.relative_to(UI).as_posix() for path in UI.rglob("*.py"))


# --- the virtual table on its own -------------------------------------------------------


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class BigSource:
    """A million rows that exist only when asked for; records what was fetched."""

    def __init__(self, total: int = 1_000_000) -> None:
        self.total = total
        self.inserted: list[Item] = []
        self.fetches: list[tuple[int, int]] = []

    def count(self) -> int:
        return self.total + len(self.inserted)

    def fetch(self, offset: int, limit: int) -> list[Item]:
        self.fetches.append((offset, limit))
        rows: list[Item] = []
        for index in range(offset, min(offset + limit, self.count())):
            if index < len(self.inserted):
                rows.append(self.inserted[index])
            else:
                number = index - len(self.inserted)
                rows.append(Item(number, f"row {number}"))
        return rows


class TableApp(App[None]):
    def __init__(self, source: BigSource) -> None:
        super().__init__()
        self.source = source

    def compose(self) -> ComposeResult:
        yield VirtualTable(self.source, [
            Column("id", "Id", lambda r: str(r.id), width=8, justify="right"),
            Column("name", "Name", lambda r: r.name),
        ])

    def on_mount(self) -> None:
        self.query_one(VirtualTable).focus()


async def test_virtual_table_fetches_only_windows(settle, table_lines):
    source = BigSource()
    app = TableApp(source)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(VirtualTable)
        assert table.row_count == 1_000_000
        await settle(pilot, "pagedown", "pagedown", "down")
        assert table.cursor_index == 2 * 23 + 1  # a page is the height minus the header
        await settle(pilot, "end")
        assert table.cursor_index == 999_999
        assert table.cursor_row == Item(999_999, "row 999999")
        assert table_lines(table)[-1].strip().endswith("row 999999")
        await settle(pilot, "home")
        assert table.cursor_row == Item(0, "row 0")
        # Every fetch is a window of a few screens, never the table.
        assert source.fetches and max(limit for _, limit in source.fetches) <= 100


async def test_refresh_keeps_cursor_on_the_same_row_and_scroll(settle):
    source = BigSource(total=500)
    app = TableApp(source)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.query_one(VirtualTable)
        table.move_cursor(30)
        await settle(pilot)
        scroll_before = table.scroll_offset.y
        screen_row_before = table.cursor_index - scroll_before
        source.inserted = [Item(-1, "new one"), Item(-2, "new two")]
        table.refresh_data()
        await settle(pilot)
        assert table.row_count == 502
        assert table.cursor_row == Item(30, "row 30")
        assert table.cursor_index == 32
        assert table.cursor_index - table.scroll_offset.y == screen_row_before


async def test_enter_posts_row_selected(settle):
    selected = []

    class SelectingApp(TableApp):
        def on_virtual_table_row_selected(self, message: VirtualTable.RowSelected) -> None:
            selected.append(message.row)

    app = SelectingApp(BigSource(total=10))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot, "down", "down", "enter")
        assert selected == [Item(2, "row 2")]


# --- the app ----------------------------------------------------------------------------


async def test_home_screen_keys_and_quit(store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CountdownScreen)
        assert app.animation_level == "none"
        await settle(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        assert all(field.cursor_blink is False for field in app.screen.query(Input))
        await settle(pilot, "escape")
        assert isinstance(app.screen, CountdownScreen)
        await pilot.press("ctrl+q")
    assert app.return_code == 0


async def test_sections_open_from_anywhere_without_piling_up(store, make_app, settle):
    from tui_tracker.ui.screens.agencies import AgenciesScreen
    from tui_tracker.ui.screens.notices import NoticesScreen

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot, "f2")
        assert isinstance(app.screen, NoticesScreen)
        await settle(pilot, "f3")
        assert isinstance(app.screen, AgenciesScreen)
        assert len(app.screen_stack) == 2  # home + one section
        await settle(pilot, "f4")
        assert isinstance(app.screen, CountdownScreen)


async def test_keymap_from_settings_remaps_by_id(store, make_app, settle):
    app = make_app(store, keys={"app.help": "f9", "tasks.done": "d"})
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot, "question_mark")
        assert isinstance(app.screen, CountdownScreen)  # ? no longer opens help
        await settle(pilot, "f9")
        assert isinstance(app.screen, HelpScreen)
        help_text = "\n".join(app.screen.query_one(VirtualTable).render_line(y).text
                              for y in range(40))
        assert "F9" in help_text
        await settle(pilot, "escape")
        await settle(pilot, "d")
        assert type(app.screen).__name__ == "DoneDialog"


async def test_help_lists_every_key(store, make_app, settle):
    from tui_tracker.ui.screens.help import help_rows

    rows = help_rows({})
    assert {row.id for row in rows} == {spec.id for spec in KEYS}
    assert all(row.keys and row.action and not row.action.startswith("ui.") for row in rows)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot, "f1")
        table = app.screen.query_one(VirtualTable)
        assert table.row_count >= len(KEYS)


async def test_palette_offers_every_action_by_name(store, make_app, settle):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        assert app.focused.cursor_blink is False
        await settle(pilot, "escape")
        provider = TrackerCommands(app.screen)
        names = [name for name, _help, _run in provider._commands()]
        for label in ("Thông báo", "Cơ quan", "Tìm", "Trợ giúp", "Thoát", "Hoàn tác",
                      "Gia hạn", "Ghi chú", "Hoàn thành…", "Lọc", "Chỉ quá hạn"):
            assert label in names
        hits = [hit async for hit in provider.search("hoan tac")]  # no diacritics
        assert any(hit.text == "Hoàn tác" for hit in hits)
        # Running a palette command runs the action on the task list.
        run = next(run for name, _help, run in provider._commands() if name == "Hoàn thành…")
        await run()
        await settle(pilot)
        assert type(app.screen).__name__ == "DoneDialog"


async def test_change_from_another_session_appears(store, other_store, make_app, settle):
    seen: list[DataChanged] = []
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.poll_data_version()  # the timer does this every second
        await settle(pilot)
        screen = app.screen
        screen.on_data_changed = seen.append  # type: ignore[method-assign]
        tasks = screen.query_one(TaskList)
        tasks.move_cursor(2)
        await settle(pilot)
        cursor_id = tasks.cursor_row.id
        first = tasks.get_cached_row(0)
        other_store.set_status(first.id, Status.DONE, today=TODAY)
        app.poll_data_version()
        await settle(pilot)
        assert tasks.row_count == 7
        assert all(tasks.get_cached_row(i).id != first.id for i in range(7))
        assert tasks.cursor_row.id == cursor_id  # the cursor followed its row


async def test_live_refresh_polls_by_itself(store, other_store, make_app, settle, until):
    app = make_app(store, poll_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tasks = app.screen.query_one(TaskList)
        first = tasks.get_cached_row(0)
        other_store.set_status(first.id, Status.DONE, today=TODAY)
        await until(pilot, lambda: tasks.row_count == 7)


async def test_english_footer_and_title(store, make_app, settle):
    set_language("en")
    app = make_app(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        descriptions = {b.binding.description for b in app.screen.active_bindings.values()}
        assert {"Note", "Extend", "Undo", "Help", "Search"} <= descriptions
        assert not any(d.startswith("ui.") for d in descriptions)


def test_every_ui_string_is_in_the_catalog_in_both_languages():
    """Each `t("ui....")` of the shell's modules names a catalog entry with vi and en."""
    entries = catalog()
    used: set[str] = set()
    for name in SHELL_MODULES:
        path = UI / name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                used.add(node.args[0].value)
    used |= {spec.label for spec in KEYS} | {spec.group for spec in KEYS if spec.group}
    missing = sorted(key for key in used if key not in entries)
    assert missing == []
    for key in used:
        assert len(entries[key]) == len(LANGUAGES) and all(entries[key])


async def test_no_color_renders_every_screen(store, make_app, settle, monkeypatch):
    """NO_COLOR: Textual's monochrome filter needs a style on every segment we render."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color
        for key in ("f1", "escape", "slash", "escape", "h", "escape", "4", "escape"):
            await settle(pilot, key)
        assert isinstance(app.screen, CountdownScreen)
        svg = app.export_screenshot().replace("&#160;", " ")
        assert "quá hạn 12 ngày" in svg


def test_binding_ids_are_unique_and_namespaced():
    ids = [spec.id for spec in KEYS]
    assert len(ids) == len(set(ids))
    assert all(spec.id.rsplit(".", 1)[0] == spec.scope for spec in KEYS)


def test_every_binding_of_every_screen_is_in_the_registry():
    """No class declares a key of its own: every binding can be remapped and is in help."""
    import importlib
    import inspect
    import pkgutil

    import tui_tracker.ui.dialogs as dialogs
    import tui_tracker.ui.screens as screens
    import tui_tracker.ui.tasks as tasks
    import tui_tracker.ui.widgets as widgets

    known = {spec.id for spec in KEYS}
    checked = 0
    for package in (screens, widgets, tasks, dialogs):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if not cls.__module__.startswith("tui_tracker."):
                    continue
                for binding in cls.__dict__.get("BINDINGS", []):
                    checked += 1
                    assert getattr(binding, "id", None) in known, (cls.__name__, binding)
    assert checked > 20


async def test_help_lists_the_keys_of_the_screen_below_first(store, make_app, settle):
    from tui_tracker.ui.screens.help import help_rows

    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the directive screen, with keys of its own
        await settle(pilot)
        below = app.screen
        rows = help_rows({"directive.text": "f6"}, below)
        assert {row.id for row in rows} == {spec.id for spec in KEYS}  # nothing else
        ids = [row.id for row in rows]
        first_app = next(i for i, row_id in enumerate(ids) if row_id.startswith("app."))
        # The directive's own key and the triage keys of its task list come first.
        assert ids.index("directive.text") < first_app
        assert ids.index("tasks.done") < first_app
        assert ids.index("notices.open") > first_app
        text_row = rows[ids.index("directive.text")]
        assert text_row.keys == "F6" and not text_row.action.startswith("ui.")


def test_short_key_ids_of_the_settings_file_are_understood():
    from tui_tracker.ui.bindings import resolve_keymap, validate_keymap

    resolved = resolve_keymap({"quit": "ctrl+x", "done": "d", "notices.open": "o",
                               "tasks.nope": "z", "original": "v", "switch": "w"})
    assert resolved == {"app.quit": "ctrl+x", "tasks.done": "d", "notices.open": "o",
                        "tasks.nope": "z", "original": "v", "agency.switch": "w"}
    # "original" is ambiguous (a notice's, the import review's): reported, like a typo.
    assert validate_keymap(resolved) == ["tasks.nope", "original"]
    # Every screen's ids are known: none of them is reported.
    every = {spec.id: "z" for spec in KEYS}
    assert validate_keymap(every) == []
    for binding_id in ("notices.open", "notices.filter", "notices.clear_filter", "notice.open",
                       "notice.original", "directive.text", "agencies.open",
                       "agencies.filter", "agencies.clear_filter", "agency.switch",
                       "import.tree", "import.back", "import.complete",
                       "import.review.edit", "import.review.save",
                       "import.review.original", "import.review.cancel", "text.close"):
        assert binding_id in every


async def test_other_screens_keys_are_remapped(store, make_app, settle):
    """notices.filter → y, directive.text → v, text.close → x: the settings file moves them."""
    keys = {"notices.filter": "y", "directive.text": "v", "text.close": "x"}
    app = make_app(store, keys=keys)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not any("cài đặt" in n.message for n in notifications(app))  # settings
        await settle(pilot, "t")
        assert type(app.screen).__name__ == "NoticesScreen"
        await settle(pilot, "f")
        assert not app.screen.has_class("-filtering")
        await settle(pilot, "y")
        assert app.screen.has_class("-filtering")
        await pilot.press("escape", "c", "enter")  # home, then a task's directive
        await settle(pilot)
        assert type(app.screen).__name__ == "DirectiveScreen"
        await settle(pilot, "v")
        assert type(app.screen).__name__ == "LiteralTextScreen"
        await settle(pilot, "x")
        assert type(app.screen).__name__ == "DirectiveScreen"


async def test_unknown_theme_falls_back_and_says_so(store, make_app, settle):
    app = make_app(store, theme="no-such-theme")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "tracker"
        assert any("no-such-theme" in n.message for n in notifications(app))
    app = make_app(store, theme="ansi-dark")  # 16 colours, the terminal's own palette
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "ansi-dark"
