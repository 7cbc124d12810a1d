"""--db, --today, --lang, --debug: accepted before and after the command name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

from tui_tracker.cli.help_texts import TrackerOption
from tui_tracker.cli.params import DAY, LANG
from tui_tracker.cli.runtime import Runtime
from tui_tracker.i18n import set_language

GLOBAL_OPTIONS = ("db", "today", "lang", "debug")


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Store a global option in the Runtime; a later (subcommand) occurrence wins."""
    if value is None or value is False:
        return value
    runtime = ctx.find_object(Runtime) or ctx.ensure_object(Runtime)
    setattr(runtime, param.name or "", value)
    if param.name == "lang":
        set_language(value)
    return value


def global_options(command: Callable[..., Any], *, db: bool = True) -> Callable[..., Any]:
    """--db, --today, --lang, --debug, accepted before and after the command name
    (`tui-tracker --today X list` and `tui-tracker list --today X` mean the same).

    The environment variables are read in config, not by click, so that an
    option given before the command is not overridden by the environment here."""
    options = [
        click.option("--db", "db", cls=TrackerOption, metavar="PATH", default=None,
                     expose_value=False, callback=_remember, help="cli.opt.db"),
        click.option("--today", "today", cls=TrackerOption, metavar="YYYY-MM-DD", type=DAY,
                     default=None, expose_value=False, callback=_remember,
                     help="cli.opt.today"),
        click.option("--lang", "lang", cls=TrackerOption, metavar="vi|en", type=LANG,
                     default=None, expose_value=False, is_eager=True, callback=_remember,
                     help="cli.opt.lang"),
        click.option("--debug", "debug", cls=TrackerOption, is_flag=True, default=False,
                     expose_value=False, callback=_remember, help="cli.opt.debug"),
    ]
    if not db:
        options = options[1:]  # the command opens no database of the user's
    for option in reversed(options):
        command = option(command)
    return command


def scan_option(argv: Sequence[str], name: str) -> str | None:
    """The value of `--name X` / `--name=X` anywhere before `--` (last one wins), read
    before click parses, because help texts depend on the language."""
    value = None
    items = list(argv)
    for i, arg in enumerate(items):
        if arg == "--":
            break
        if arg == name and i + 1 < len(items):
            value = items[i + 1]
        elif arg.startswith(name + "="):
            value = arg[len(name) + 1:]
    return value


def scan_flag(argv: Sequence[str], name: str) -> bool:
    for arg in argv:
        if arg == "--":
            return False
        if arg == name:
            return True
    return False
