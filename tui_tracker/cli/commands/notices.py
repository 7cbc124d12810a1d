"""`parse` and `import`: reading notice files, showing what was found, storing them.

The bodies are in cli/notices.py (and cli/exports.py for a JSON export given to
`import`), loaded when a command runs: `parse` never loads the database layer."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from tui_tracker.cli.help_texts import option
from tui_tracker.cli.output import print_json
from tui_tracker.cli.root import command
from tui_tracker.lazy import LazyModule

if TYPE_CHECKING:
    from tui_tracker.cli import exports, notices, reading
else:
    exports = LazyModule("tui_tracker.cli.exports")
    notices = LazyModule("tui_tracker.cli.notices")
    reading = LazyModule("tui_tracker.cli.reading")


@command("parse", db=False)
@click.argument("file", metavar="FILE")
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
def parse_command(file: str, as_json: bool) -> None:
    source, parsed = reading.read_and_parse_source(file)
    if as_json:
        print_json(notices.parsed_json(source, parsed))
    else:
        notices.print_parsed(parsed, source)


@command("import")
@click.argument("files", metavar="FILE...", nargs=-1, required=True)
@option("--json", "as_json", is_flag=True, help="cli.opt.json")
@option("--dry-run", is_flag=True, help="cli.opt.dry_run")
@option("--as-notice", "as_notice", is_flag=True, help="notices.opt.as_notice")
def import_command(files: tuple[str, ...], as_json: bool, dry_run: bool,
                   as_notice: bool) -> None:
    if exports.is_export(files):  # a JSON export: restore it (empty database only)
        exports.restore(files, as_json=as_json, dry_run=dry_run)
        return
    notices.import_notices(files, as_json=as_json, dry_run=dry_run, as_notice=as_notice)
