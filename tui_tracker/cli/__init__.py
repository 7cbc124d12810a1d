"""The command line: every capability of the UI, for scripts and tests.

- front: the console script (`main`): `due`, the login banner, answered without click;
  every other command handed to the command tree
- app: the whole command tree (`cli`, with every group module imported) and its entry
  (`run`)
- root: the root group `cli` and `command`, with which the group modules register
- commands/: the commands, one module per group (tasks, notices, corrections, replies,
  reports, exports, drafts, setup, ui), each defining its own at module level
- tasks, notices, corrections, replies, reports, exports, drafts, setup, maintenance,
  ui: what the commands do, loaded when one of them runs
- group: the translated click classes; exceptions become exit codes and plain sentences
- help_texts: help texts as catalog keys, read in the interface language when shown
- click_errors: click's usage errors in the interface language
- global_options: --db/--today/--lang/--debug, and reading --lang before click parses
- params: dates, numbers, languages and status words as click parameter types
- runtime: what the global options chose; opening the database
- output, task_table: console, JSON, days and countdowns; the `list` table and CSV
- banner: what `due` prints (shared by the front door and the command)

Importing this package loads nothing but `front`: the names below are found when first
asked for (PEP 562), so that the login banner does not pay for click (issue 16, point 6).
"""

from __future__ import annotations

from importlib import import_module

from tui_tracker.cli.front import main

_WHERE = {
    "cli": "app", "EXIT_INTERRUPTED": "group", "PROG_NAME": "group",
    "TrackerCommand": "group", "TrackerGroup": "group", "countdown": "output",
    "countdown_short": "output", "format_day": "output", "parse_status": "params",
    "Runtime": "runtime", "LIST_KEYS": "task_table",
}


def __getattr__(name: str) -> object:  # not typing.Any: `typing` costs the banner 5 ms
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"tui_tracker.cli.{module}"), name)


__all__ = ["main", *_WHERE]
