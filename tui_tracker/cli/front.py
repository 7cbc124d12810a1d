"""The console script's front door: `due` answered without click, everything else handed
to the command tree.

`due` is the SSH login banner (issue 16, point 6: at most half the time of Taskwarrior's
`task +OVERDUE count`). Loading click, the command tree and the whole store costs more
than the banner's own work, so a plain `due` call (its options, the global ones, nothing
else) is answered here with the store's banner reader (store/banner.py: sqlite3 alone)
and the banner's wording.

Nothing is lost for the unusual call: anything this door does not recognise (`--help`,
`--debug`, an option it does not know, a value it cannot read) and anything that fails
before a line is printed (no database yet, a broken settings file, a locked database)
goes to the full command line, which reports it with its sentence and exit code as it
always did. `due` only reads, so trying twice changes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

_VALUED = ("--days", "--db", "--today", "--lang")
_FLAGS = ("--json",)


def main(argv: Sequence[str] | None = None) -> None:
    """The `tui-tracker` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = plain_due(args)
    if options is not None:
        code = run_due(options)
        if code is not None:
            sys.exit(code)
    from tui_tracker.cli.app import run

    run(args)


def plain_due(args: list[str]) -> dict[str, str] | None:
    """The options of a plain `due` call ("--days": "3", "--json": ""), or None when the
    call is anything else."""
    options: dict[str, str] = {}
    command = None
    index = 0
    while index < len(args):
        arg = args[index]
        name, equals, value = arg.partition("=")
        if name in _VALUED:
            if not equals:
                index += 1
                if index >= len(args):
                    return None
                value = args[index]
            options[name] = value
        elif arg in _FLAGS:
            options[arg] = ""
        elif arg == "due" and command is None:
            command = arg
        else:
            return None  # --help, --debug, --version, a typo: the full command line
        index += 1
    return options if command == "due" else None


def run_due(options: dict[str, str]) -> int | None:
    """Print the banner; the exit code, or None to let the full command line answer
    (`--json`, which prints whole task rows, and whatever went wrong: it reports it)."""
    if "--json" in options:
        return None
    try:
        from datetime import date

        from tui_tracker import config
        from tui_tracker.dates import parse_user_date
        from tui_tracker.i18n import LANGUAGES, set_language

        settings = config.load_settings()
        lang = options.get("--lang", settings.lang)
        if lang not in LANGUAGES:
            return None
        set_language(lang)
        typed_today = options.get("--today")
        day = config.resolve_today(parse_user_date(typed_today) if typed_today else None) \
            or date.today()
        days_text = options.get("--days")
        within = settings.soon_days if days_text is None else int(days_text)
        if within < 0:
            return None
        path = config.resolve_db_path(options.get("--db"))
        if not path.is_file():
            return None  # the full command line says so, or creates the default one
        from tui_tracker.cli.banner import banner_lines
        from tui_tracker.store.banner import read_banner

        banner = read_banner(path, day, within)
        if banner is None:
            return None
        lines = banner_lines(banner.overdue, banner.due_soon, within, banner.tasks)
    except Exception:  # noqa: BLE001 - the full command line reports it properly
        return None
    try:
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()  # the reader left (`due | head -1`): not an error
    return 0


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
