"""TrackerApp: the shell around the screens, and `run_app`, the CLI's entry point.

The app owns what every screen shares:

- `app.store` (a Store; it serialises its own calls), `app.today` (reactive date),
  `app.soon_days`, `app.fixed_today` (None = follow the clock);
- live refresh: `store.data_version()` is polled every second in a thread worker; when
  another session committed, when this session wrote (`messages.DataWritten`) or when the
  day rolled over (checked every minute unless today is fixed), it posts
  `messages.DataChanged` to every screen of the stack and refreshes their VirtualTables;
- navigation: keys to the countdown (home), notices, agencies, import, search, help;
  `OpenDirective` / `OpenNotice` / `OpenAgencyTasks` messages push the other screens;
- keys: every binding has an id (ui/bindings.py); the settings file's [keys] remaps them;
- terminal habits: no animation, no blinking cursor, a theme that reads in 16 colours,
  NO_COLOR honoured by Textual itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from textual import events, on, work
from textual.app import App
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Input

from tui_tracker.errors import TrackerError
from tui_tracker.i18n import set_language, t
from tui_tracker.state import remember_theme, remembered_theme, state_path
from tui_tracker.ui import undo_stack
from tui_tracker.ui.bindings import (
    CatalogBindings,
    bindings,
    key_for,
    resolve_keymap,
    validate_keymap,
)
from tui_tracker.ui.messages import (
    DataChanged,
    DataWritten,
    OpenAgencyTasks,
    OpenDirective,
    OpenNotice,
)
from tui_tracker.ui.screens.countdown import CountdownScreen
from tui_tracker.ui.screens.too_small import TooSmallScreen, too_small
from tui_tracker.ui.widgets.virtual_table import VirtualTable
from tui_tracker.wording import day_text

if TYPE_CHECKING:
    from tui_tracker.config import Settings
    from tui_tracker.store import Store
    from tui_tracker.ui.screens.agencies import AgencyTasksScreen
    from tui_tracker.ui.screens.directive import DirectiveScreen
    from tui_tracker.ui.screens.help import HelpScreen
    from tui_tracker.ui.screens.notices import NoticeScreen
    from tui_tracker.ui.screens.search import SearchScreen

# Every other screen is imported when it is first opened, not at start: the first frame
# costs only the countdown's code (issue 16, point 6; the import review, the report, the
# agencies and the palette were most of the package's 150 ms before anything was drawn).
SCREENS = {
    "notices": ("tui_tracker.ui.screens.notices", "NoticesScreen"),
    "notice": ("tui_tracker.ui.screens.notices", "NoticeScreen"),
    "agencies": ("tui_tracker.ui.screens.agencies", "AgenciesScreen"),
    "agency": ("tui_tracker.ui.screens.agencies", "AgencyTasksScreen"),
    "directive": ("tui_tracker.ui.screens.directive", "DirectiveScreen"),
    "help": ("tui_tracker.ui.screens.help", "HelpScreen"),
    "import": ("tui_tracker.ui.screens.import_review", "ImportScreen"),
    "report": ("tui_tracker.ui.screens.report", "ReportScreen"),
    "search": ("tui_tracker.ui.screens.search", "SearchScreen"),
}
# Where `q` quits: the home screen and the sections' lists. Not the import screen (its path
# field has the focus) nor a screen pushed over them (q there would lose the user's place).
TOP_LEVEL = ("countdown", "notices", "agencies")


def _commands() -> Any:
    from tui_tracker.ui.commands import TrackerCommands

    return TrackerCommands


# The screens opened with arguments, typed for the type checker (their modules are
# imported at run time only when first opened, by screen_class).
@overload
def screen_class(name: Literal["agency"]) -> type[AgencyTasksScreen]: ...
@overload
def screen_class(name: Literal["directive"]) -> type[DirectiveScreen]: ...
@overload
def screen_class(name: Literal["help"]) -> type[HelpScreen]: ...
@overload
def screen_class(name: Literal["notice"]) -> type[NoticeScreen]: ...
@overload
def screen_class(name: Literal["search"]) -> type[SearchScreen]: ...
@overload
def screen_class(name: str) -> type[Screen[Any]]: ...
def screen_class(name: str) -> type[Screen[Any]]:
    """The screen class `name` of SCREENS, its module imported now if it was not yet."""
    module, cls = SCREENS[name]
    found: type[Screen[Any]] = getattr(import_module(module), cls)
    return found


def showing(screen: Screen[Any], name: str) -> bool:
    """Whether `screen` is the screen `name`, without importing it: a screen never opened
    cannot be the one showing."""
    if name == "countdown":
        return isinstance(screen, CountdownScreen)
    module, cls = SCREENS[name]
    loaded = getattr(sys.modules.get(module), cls, None)
    return loaded is not None and isinstance(screen, loaded)

# Colours chosen so that their nearest 16-colour equivalents are the usual red, yellow,
# green, blue: the countdown stays readable on an old terminal over SSH.
TRACKER_THEME = Theme(
    name="tracker",
    primary="#3b82f6",
    secondary="#06b6d4",
    accent="#22d3ee",
    warning="#eab308",
    error="#ef4444",
    success="#22c55e",
    foreground="#e5e7eb",
    background="#0f1419",
    surface="#151b23",
    panel="#1f2937",
    dark=True,
)
TRACKER_LIGHT_THEME = Theme(
    name="tracker-light",
    primary="#1d4ed8",
    secondary="#0e7490",
    accent="#0e7490",
    warning="#a16207",
    error="#b91c1c",
    success="#15803d",
    foreground="#111827",
    background="#ffffff",
    surface="#f8fafc",
    panel="#e5e7eb",
    dark=False,
)


class TrackerApp(CatalogBindings, App[None]):
    """The terminal UI of the tracker."""

    CSS_PATH = "app.tcss"
    BINDINGS = bindings("app")
    COMMANDS = {_commands}  # a callable: the palette's provider is imported with the palette
    ENABLE_COMMAND_PALETTE = True

    today: reactive[date] = reactive(date.today, init=False)

    class _VersionSeen(Message, bubble=False):
        def __init__(self, version: int) -> None:
            super().__init__()
            self.version = version

    def __init__(
        self,
        store: Store,
        *,
        today: date | None = None,
        soon_days: int = 7,
        keys: Mapping[str, str] | None = None,
        theme: str | None = None,
        clock: Callable[[], date] | None = None,
        poll_interval: float | None = 1.0,
        day_check_interval: float | None = 60.0,
        state_file: Path | None = None,
        import_path: str | None = None,
    ) -> None:
        super().__init__()
        # What the import screen's path field offers first (the demo: its report letter).
        self.import_path = import_path
        # Where the theme picked in the palette is kept (tui_tracker/state.py); None: not kept.
        self.state_file = state_file
        self.settings_theme = theme
        self._theme_save_failed = False
        if state_file is not None:
            theme = remembered_theme(theme, state_file)
        self.store = store
        self.fixed_today = today
        self.soon_days = soon_days
        self.clock: Callable[[], date] = clock or date.today
        self.set_reactive(TrackerApp.today, today or self.clock())
        self.poll_interval = poll_interval
        self.day_check_interval = day_check_interval
        self.keymap_ids: dict[str, str] = resolve_keymap(keys or {})
        self.last_search = ""
        self.data_generation = 0
        self.last_import_folder: str | None = None  # where the import screen opens next
        self._data_version: int | None = None
        self.animation_level = "none"  # no animation over SSH
        self.title = t("ui.app.title")
        if store.read_only:  # the terminal's title says it too, on every screen
            self.title += " · " + t("storeops.ui.read_only_mark")
        self.register_theme(TRACKER_THEME)
        self.register_theme(TRACKER_LIGHT_THEME)
        self.unknown_theme = theme if theme and theme not in self.available_themes else None
        self.theme = theme if theme and not self.unknown_theme else "tracker"
        if self.keymap_ids:
            self.set_keymap(self.keymap_ids)

    # ----------------------------------------------------------------- start

    def get_default_screen(self) -> Screen[Any]:
        return CountdownScreen()

    def on_mount(self) -> None:
        unknown = validate_keymap(self.keymap_ids)
        if unknown:
            self.notify(t("ui.app.bad_keys", ids=", ".join(sorted(unknown))),
                        severity="warning", markup=False)
        if self.unknown_theme:
            self.notify(t("ui.app.bad_theme", theme=self.unknown_theme,
                          themes=", ".join(sorted(self.available_themes))),
                        severity="warning", markup=False)
        if self.poll_interval:
            self.poll_data_version()
            self.set_interval(self.poll_interval, self.poll_data_version)
        if self.fixed_today is None and self.day_check_interval:
            self.set_interval(self.day_check_interval, self.check_day)
        self.check_terminal_size(self.size.width, self.size.height)
        self.theme_changed_signal.subscribe(self, self._theme_picked)
        if self.import_path:
            self.notify(t("replies.ui.demo_hint", key=key_for("app.import", self.keymap_ids),
                          name=Path(self.import_path).name), markup=False, timeout=15)

    def _theme_picked(self, theme: Theme) -> None:
        """Keep the theme for the next run (the settings file itself is never rewritten)."""
        if self.state_file is None:
            return
        try:
            remember_theme(theme.name, self.settings_theme, self.state_file)
        except (OSError, TrackerError) as exc:
            if not self._theme_save_failed:  # said once, not at every pick
                self._theme_save_failed = True
                reason = (exc.message if isinstance(exc, TrackerError)
                          else exc.strerror or str(exc))
                self.notify(t("importui.theme.not_saved", path=str(self.state_file),
                              reason=reason),
                            severity="warning", markup=False)

    # ----------------------------------------------------------------- terminal size

    def on_resize(self, event: events.Resize) -> None:
        self.check_terminal_size(event.size.width, event.size.height)

    def check_terminal_size(self, width: int, height: int) -> None:
        """Below 80×24 a centred sentence covers the screens; it goes when the size is back."""
        showing = next((s for s in self.screen_stack if isinstance(s, TooSmallScreen)), None)
        if too_small(width, height):
            if showing is None:
                self.push_screen(TooSmallScreen(width, height))
            else:
                showing.show_size(width, height)
        elif showing is not None:
            if self.screen is showing:
                self.pop_screen()
            else:  # something opened over it meanwhile: take it out of the stack anyway
                showing.dismiss()

    # ----------------------------------------------------------------- live refresh

    def poll_data_version(self) -> None:
        """Ask the store (in a worker) whether another connection committed."""
        self._read_data_version(self.store)

    @work(thread=True, exclusive=True, exit_on_error=False, group="poll")
    def _read_data_version(self, store: Store) -> None:
        try:
            version = store.data_version()
        except Exception:  # a busy database is retried next second
            return
        self.post_message(self._VersionSeen(version))

    def on_tracker_app__version_seen(self, message: TrackerApp._VersionSeen) -> None:
        previous = self._data_version
        self._data_version = message.version
        if previous is not None and previous != message.version:
            self.broadcast_data_changed("external")

    def check_day(self) -> bool:
        """Roll the reference day over when the clock passed midnight; True if it did."""
        if self.fixed_today is not None:
            return False
        day = self.clock()
        if day == self.today:
            return False
        self.today = day
        self.notify(t("ui.app.day_changed", date=day_text(day)), markup=False)
        self.broadcast_data_changed("day")
        return True

    def broadcast_data_changed(self, reason: str = "manual") -> None:
        """Every screen of the stack refreshes (cursor and scroll kept)."""
        self.data_generation += 1
        for screen in list(self.screen_stack):
            screen.post_message(DataChanged(reason, self.data_generation))
            for table in screen.query(VirtualTable):
                if table.auto_refresh:
                    table.refresh_data()

    @on(DataWritten)
    def _data_written(self, message: DataWritten) -> None:
        self.broadcast_data_changed("write")

    # ----------------------------------------------------------------- undo

    @on(undo_stack.UndoNewest)
    def action_undo(self) -> None:
        """`u` on any screen: this session's newest change, a task's (status, extension)
        or a correction (an edit, a delete...), wherever it was made."""
        if self.store.read_only:
            self.notify(t("storeops.ui.read_only_key"), severity="warning", markup=False)
            return
        newest = undo_stack.last(self)
        if newest is None:
            self.notify(t("ui.undo.nothing"), markup=False)
            return
        self._undo(self.store, *newest)

    @work(thread=True, exit_on_error=False, group="undo")
    def _undo(self, store: Store, kind: str, ident: int) -> None:
        try:
            if kind == "task":
                store.undo_last(ident, today=self.today)
            else:
                store.undo_change(ident)
        except Exception as error:  # noqa: BLE001 - shown, never fatal
            self.call_from_thread(self._undo_refused, error)
        else:
            self.call_from_thread(self._undone, kind, ident)

    def _undone(self, kind: str, ident: int) -> None:
        undo_stack.drop(self, kind, ident)
        self.notify(t("ui.triage.undone" if kind == "task" else "corrections.ui.undone"),
                    markup=False)
        self.broadcast_data_changed("write")

    def _undo_refused(self, error: BaseException) -> None:
        from tui_tracker.errors import ConflictError, TrackerError
        from tui_tracker.ui.formatting import error_text

        if isinstance(error, ConflictError) and error.current is not None:
            from tui_tracker.ui.tasks.dialogs import ConflictDialog

            self.push_screen(ConflictDialog(error))
            return
        self.notify(error_text(error), markup=False,
                    severity="warning" if isinstance(error, TrackerError) else "error")

    # ----------------------------------------------------------------- navigation

    def leave_then(self, go: Callable[[], object], *, top_only: bool = False) -> None:
        """Run `go` (a key that takes the user elsewhere), unless a screen it would close
        holds unsaved work (a corrected import review): that screen asks first, and `go`
        runs once the user agreed to lose it. `top_only`: `go` closes the top screen alone."""
        for screen in [self.screen] if top_only else reversed(self.screen_stack):
            asks = getattr(screen, "ask_before_leaving", None)
            if asks is not None and asks(go):
                return
        go()

    def _open_section(self, name: str) -> None:
        """A top-level section: back to the home screen, then the section on top of it."""
        if showing(self.screen, name):
            return

        def go() -> None:
            while len(self.screen_stack) > 1:
                self.pop_screen()
            self.push_screen(screen_class(name)())

        self.leave_then(go)

    def action_home(self) -> None:
        def go() -> None:
            while len(self.screen_stack) > 1:
                self.pop_screen()

        self.leave_then(go)

    async def action_quit(self) -> None:
        """Ctrl+Q: quit, after the question when a screen holds unsaved work."""
        self.leave_then(self.exit)

    def action_notices(self) -> None:
        self._open_section("notices")

    def action_agencies(self) -> None:
        self._open_section("agencies")

    def action_import_notices(self) -> None:
        if self.store.read_only:
            self.notify(t("storeops.ui.read_only_key"), severity="warning", markup=False)
            return
        self._open_section("import")

    def action_report(self) -> None:
        self._open_section("report")

    def action_search(self) -> None:
        if not showing(self.screen, "search"):
            self.push_screen(screen_class("search")(self.last_search))

    def action_help(self) -> None:
        if not showing(self.screen, "help"):
            self.push_screen(screen_class("help")(self.screen))

    async def action_back(self) -> None:
        """Esc (Textual's own action, async there too): see go_back."""
        self.go_back()

    def go_back(self) -> None:
        """Close the top screen, unless it holds unsaved work and the user keeps it."""
        if len(self.screen_stack) > 1:
            self.leave_then(self.pop_screen, top_only=True)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from tui_tracker.ui.dialogs.palette import TrackerPalette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(TrackerPalette(placeholder=t("ui.palette.placeholder"),
                                            id="--command-palette"))

    def action_help_quit(self) -> None:
        """ctrl+c: Textual's own hint ("Press ctrl+q to quit the app"), in our language."""
        key = key_for("app.quit", self.keymap_ids)
        self.notify(t("importui.quit_hint", key=key), title=t("importui.quit_hint.title"),
                    markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Already searching: the footer need not offer "/" (the field types it anyway).
        if action == "search" and showing(self.screen, "search"):
            return False
        if action == "quit_top":
            return any(showing(self.screen, name) for name in TOP_LEVEL)
        if isinstance(self.screen, TooSmallScreen):
            return action == "quit"  # nothing else can be seen to happen
        return True

    def action_quit_top(self) -> None:
        """q: quit, as in less or htop, from the countdown and the lists of sections."""
        if any(showing(self.screen, name) for name in TOP_LEVEL):
            self.exit()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Our fields are QuietInputs; this stills the fields Textual makes itself (the
        # command palette's): a blinking cursor redraws twice a second, ~20 KB per 10 s of
        # idle SSH traffic.
        if isinstance(event.widget, Input):
            event.widget.cursor_blink = False

    @on(OpenDirective)
    def _open_directive(self, message: OpenDirective) -> None:
        self.push_screen(screen_class("directive")(message.directive_id, task_id=message.task_id))

    @on(OpenNotice)
    def _open_notice(self, message: OpenNotice) -> None:
        self.push_screen(screen_class("notice")(message.notice_id))

    @on(OpenAgencyTasks)
    def _open_agency_tasks(self, message: OpenAgencyTasks) -> None:
        self.push_screen(screen_class("agency")(message.agency_id))


def settings_problems(app: TrackerApp) -> list[str]:
    """What the settings file asks of the UI that cannot be: a binding id that names
    none, a key given to a binding that another one on the same screen has, a theme
    that does not exist. One sentence each, for the command line to report (exit 2)."""
    from tui_tracker.ui.bindings import key_label, keymap_collisions

    problems = []
    unknown = validate_keymap(app.keymap_ids)
    if unknown:
        problems.append(t("ui.app.bad_keys", ids=", ".join(sorted(unknown))))
    for key, mine, other in keymap_collisions(app.keymap_ids):
        problems.append(t("ui.app.key_collision", key=key_label(key), id=mine, other=other))
    if app.unknown_theme:
        problems.append(t("ui.app.bad_theme_start", theme=app.unknown_theme,
                          themes=", ".join(sorted(app.available_themes))))
    return problems


def run_app(store: Store, settings: Settings, *, today: date | None, lang: str,
            import_path: str | None = None) -> None:
    """Run the UI on the store and settings the CLI opened and loaded, until the user quits
    (ctrl+q). The caller owns the store: it opened it and closes it afterwards.
    `import_path`: the file the import screen offers first (the demo's report letter).

    A settings file the UI cannot follow is refused before the screen is taken
    (UsageError: the command line's exit 2), rather than half-followed under a toast."""
    from tui_tracker.errors import UsageError

    set_language(lang)
    app = TrackerApp(store, today=today, soon_days=settings.soon_days, keys=dict(settings.keys),
                     theme=settings.theme, state_file=state_path(), import_path=import_path)
    problems = settings_problems(app)
    if problems:
        raise UsageError(" ".join(problems) + " " + t("ui.app.fix_settings",
                                                      path=str(settings.path or "")))
    app.run()
