"""The command line: every capability of the UI, for scripts and tests.

- app: the command tree (`build_cli`) and the console script (`main`)
- group: the translated click classes; exceptions become exit codes and plain sentences
- click_errors: click's usage errors in the interface language
- global_options: --db/--today/--lang/--debug, and reading --lang before click parses
- params: dates, numbers, languages and status words as click parameter types
- runtime: what the global options chose; opening the database
- output, task_table: console, JSON, days and countdowns; the `list` table and CSV
- notices: `parse` and `import`; tasks: `list`, `set-status`, `extend`, `history`
- ui: the bare command and `demo`, loading Textual only then
"""

from tui_tracker.cli.app import build_cli, main
from tui_tracker.cli.group import EXIT_INTERRUPTED, PROG_NAME, TrackerCommand, TrackerGroup
from tui_tracker.cli.output import countdown, countdown_short, format_day
from tui_tracker.cli.params import parse_status
from tui_tracker.cli.runtime import Runtime
from tui_tracker.cli.task_table import LIST_KEYS

__all__ = [
    "EXIT_INTERRUPTED", "LIST_KEYS", "PROG_NAME", "Runtime", "TrackerCommand", "TrackerGroup",
    "build_cli", "countdown", "countdown_short", "format_day", "main", "parse_status",
]
