"""`export`: every notice as JSON (restorable with `import`), the tasks as CSV or XLSX,
the open deadlines as ICS.

The body is in cli/exports.py, loaded when the command runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.root import command
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import exports
else:
    exports = LazyModule("tui_tracker.cli.exports")


@command("export")
@option("--format", "fmt", metavar="json|csv|ics|xlsx", help="exports.opt.format")
@option("-o", "--output", "output", metavar="FILE", help="exports.opt.output")
@option("--csv-keys", "csv_keys", is_flag=True, help="exports.opt.csv_keys")
def export_command(fmt: str | None, output: str | None, csv_keys: bool) -> None:
    exports.export(fmt, output, keys=csv_keys)
