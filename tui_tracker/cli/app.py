"""The command tree, with help texts in the current language, and the console script.

The commands only check their arguments and hand over to notices, tasks and ui;
store, parsing and the UI are imported lazily there, so `--help` stays fast and
`parse` never loads the database layer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import click

from tui_tracker.cli.global_options import GLOBAL_OPTIONS, global_options
from tui_tracker.cli.group import PROG_NAME, TrackerCommand, TrackerGroup
from tui_tracker.cli.output import print_json
from tui_tracker.cli.params import COUNT, DAY, TASK_ID, parse_status
from tui_tracker.errors import UsageError
from tui_tracker.i18n import get_language, t
from tui_tracker.lazy import LazyModule
from tui_tracker.model import Status

# Each command's module is executed when that command runs, not at every start.
corrections = LazyModule("tui_tracker.cli.corrections")
drafts = LazyModule("tui_tracker.cli.drafts")
exports = LazyModule("tui_tracker.cli.exports")
maintenance = LazyModule("tui_tracker.cli.maintenance")
notices = LazyModule("tui_tracker.cli.notices")
replies = LazyModule("tui_tracker.cli.replies")
reports = LazyModule("tui_tracker.cli.reports")
setup = LazyModule("tui_tracker.cli.setup")
tasks = LazyModule("tui_tracker.cli.tasks")
ui = LazyModule("tui_tracker.cli.ui")


def build_cli() -> TrackerGroup:
    """The command tree, with help texts in the current language."""

    @click.group(cls=TrackerGroup, name=PROG_NAME, lang=get_language(), rebuild=build_cli,
                 invoke_without_command=True, help=t("cli.cmd.root"),
                 options_metavar=t("cli.help.options_metavar"),
                 subcommand_metavar=t("cli.help.subcommand_metavar"),
                 context_settings={"help_option_names": ["-h", "--help"]})
    @global_options
    # The version installed (package metadata), not a copy kept in the code.
    @click.version_option(package_name="tui-tracker", prog_name=PROG_NAME,
                          message="%(prog)s %(version)s", help=t("importui.cli.version"))
    @click.pass_context
    def root(ctx: click.Context) -> None:
        if ctx.invoked_subcommand is None:
            ui.open_ui()

    def command(name: str, *, db: bool = True,
                **kwargs: Any) -> Callable[[Callable[..., Any]], click.Command]:
        """A subcommand with the global options; `db=False`: a command that opens no
        database of the user's (`parse`, `demo`) does not offer --db."""
        def decorate(function: Callable[..., Any]) -> click.Command:
            cmd = root.command(name, cls=TrackerCommand, help=t(f"cli.cmd.{name}"),
                               short_help=t(f"cli.cmd.{name}.short"),
                               options_metavar=t("cli.help.options_metavar"),
                               **kwargs)(global_options(function, db=db))
            # The command's own options first in its help page, the global ones after.
            cmd.params.sort(key=lambda param: param.name in GLOBAL_OPTIONS)
            return cmd
        return decorate

    @command("demo", db=False)
    def demo_command() -> None:
        ui.run_demo()

    @command("parse", db=False)
    @click.argument("file", metavar="FILE")
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def parse_command(file: str, as_json: bool) -> None:
        source, parsed = notices.read_and_parse_source(file)
        if as_json:
            print_json(notices.parsed_json(source, parsed))
        else:
            notices.print_parsed(parsed, source)

    @command("import")
    @click.argument("files", metavar="FILE...", nargs=-1, required=True)
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    @click.option("--dry-run", is_flag=True, help=t("cli.opt.dry_run"))
    def import_command(files: tuple[str, ...], as_json: bool, dry_run: bool) -> None:
        if exports.is_export(files):  # a JSON export: restore it (empty database only)
            exports.restore(files, as_json=as_json, dry_run=dry_run)
            return
        notices.import_notices(files, as_json=as_json, dry_run=dry_run)

    @command("list")
    @click.option("--overdue", is_flag=True, help=t("cli.opt.overdue"))
    @click.option("--due-within", "due_within", metavar="DAYS", type=COUNT,
                  help=t("cli.opt.due_within"))
    @click.option("--agency", metavar="TEXT", help=t("cli.opt.agency"))
    @click.option("--status", "statuses", metavar="STATUS", multiple=True,
                  help=t("cli.opt.status"))
    @click.option("--notice", "notice_id", metavar="ID", type=TASK_ID, help=t("cli.opt.notice"))
    @click.option("--search", metavar="TEXT", help=t("cli.opt.search"))
    @click.option("--open", "open_only", is_flag=True, help=t("cli.opt.open"))
    @click.option("--limit", metavar="N", type=COUNT, help=t("cli.opt.limit"))
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    @click.option("--csv", "as_csv", is_flag=True, help=t("exports.opt.list_csv"))
    @click.option("--csv-keys", "csv_keys", is_flag=True, help=t("exports.opt.csv_keys"))
    @click.option("--extension-requested", "extension_requested", is_flag=True,
                  help=t("replies.opt.extension_requested"))
    def list_command(overdue: bool, due_within: int | None, agency: str | None,
                     statuses: tuple[str, ...], notice_id: int | None, search: str | None,
                     open_only: bool, limit: int | None, as_json: bool, as_csv: bool,
                     csv_keys: bool, extension_requested: bool) -> None:
        as_csv = as_csv or csv_keys  # --csv-keys alone means CSV too
        if as_json and as_csv:
            raise UsageError(t("cli.usage.json_or_csv"))
        from tui_tracker.store.search_index import match_expression  # the store, lazily

        if search is not None and match_expression(search) is None:
            # Only punctuation: refused rather than silently listing every task.
            raise UsageError(t("cli.search.no_words", text=search))
        parsed_statuses: list[Status] = []
        for value in statuses:
            # `--status todo,in_progress` as well as repeated --status.
            parsed_statuses.extend(parse_status(word) for word in value.split(",") if word.strip())
        tasks.list_tasks(overdue=overdue, due_within=due_within, agency=agency,
                         statuses=tuple(parsed_statuses) or None, notice_id=notice_id,
                         search=search, open_only=open_only, limit=limit, as_json=as_json,
                         as_csv=as_csv, csv_keys=csv_keys,
                         extension_requested=extension_requested)

    @command("set-status")
    @click.argument("task", metavar="TASK", type=TASK_ID)
    @click.argument("status_word", metavar="STATUS")
    @click.option("--note", metavar="TEXT", help=t("cli.opt.note"))
    @click.option("--on", "on", metavar="YYYY-MM-DD", type=DAY, help=t("cli.opt.on"))
    @click.option("--if-version", "if_version", metavar="N", type=COUNT,
                  help=t("cli.opt.if_version"))
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def set_status_command(task: int, status_word: str, note: str | None, on: date | None,
                           if_version: int | None, as_json: bool) -> None:
        status = parse_status(status_word)
        if on is not None and status is not Status.DONE:
            raise UsageError(t("cli.set_status.on_needs_done"))
        tasks.set_status(task, status, note=note, on=on, if_version=if_version,
                         as_json=as_json)

    @command("extend")
    @click.argument("task", metavar="TASK", type=TASK_ID)
    @click.argument("new_due", metavar="DATE", type=DAY)
    @click.option("--reason", metavar="TEXT", help=t("cli.opt.reason"))
    @click.option("--earlier", is_flag=True, help=t("corrections.opt.earlier"))
    @click.option("--on", "on", metavar="DATE", type=DAY, help=t("cli.opt.extend_on"))
    @click.option("--if-version", "if_version", metavar="N", type=COUNT,
                  help=t("cli.opt.if_version"))
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def extend_command(task: int, new_due: date, reason: str | None, earlier: bool,
                       on: date | None, if_version: int | None, as_json: bool) -> None:
        # Checked here rather than with required=True: click would print "[required]"
        # in English in the help page.
        if reason is None or not reason.strip():
            raise UsageError(t("cli.extend.reason_required"))
        tasks.extend(task, new_due, reason=reason.strip(), if_version=if_version,
                     as_json=as_json, earlier=earlier, on=on)

    @command("history")
    @click.argument("task", metavar="TASK", type=TASK_ID)
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def history_command(task: int, as_json: bool) -> None:
        tasks.history(task, as_json=as_json)

    @command("report")
    @click.option("--as-of", "as_of", metavar="DATE", type=DAY, help=t("report.opt.as_of"))
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    @click.option("--format", "fmt", type=click.Choice(reports.FORMATS), help=t("report.opt.format"))
    @click.option("-o", "--output", metavar="FILE", help=t("report.opt.output"))
    @click.option("--from", "date_from", metavar="DATE", type=DAY, help=t("report.opt.from"))
    @click.option("--to", "date_to", metavar="DATE", type=DAY, help=t("report.opt.to"))
    @click.option("--notice", "notice_id", metavar="ID", type=TASK_ID, help=t("report.opt.notice"))
    @click.option("--by", type=click.Choice(("agency", "notice")), default="agency",
                  help=t("report.opt.by"))
    def report_command(**options: Any) -> None:
        reports.report(**options)

    @command("due")
    @click.option("--days", metavar="N", type=COUNT, help=t("due.opt.days"))
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def due_command(days: int | None, as_json: bool) -> None:
        reports.due(days=days, as_json=as_json)
    @command("init")
    @click.argument("folder", metavar="[DIR]", required=False)
    @click.option("--shared", metavar="GROUP", help=t("storeops.opt.shared"))
    def init_command(folder: str | None, shared: str | None) -> None:
        setup.init_database(folder, shared=shared)

    @command("backup")
    @click.argument("file", metavar="FILE")
    @click.option("--force", is_flag=True, help=t("storeops.opt.force"))
    def backup_command(file: str, force: bool) -> None:
        maintenance.backup(file, force=force)

    @command("check")
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    @click.option("--rebuild-search", "rebuild_search", is_flag=True,
                  help=t("storeops.opt.rebuild_search"))
    def check_command(as_json: bool, rebuild_search: bool) -> int:
        return maintenance.check(as_json=as_json, rebuild_search=rebuild_search)

    corrections.register(command)  # edit-directive, assign, delete-notice, ... (own module)
    replies.register(command)  # read-report, apply-report (own module)

    @command("export")
    @click.option("--format", "fmt", metavar="json|csv|ics|xlsx", help=t("exports.opt.format"))
    @click.option("-o", "--output", "output", metavar="FILE", help=t("exports.opt.output"))
    @click.option("--csv-keys", "csv_keys", is_flag=True, help=t("exports.opt.csv_keys"))
    def export_command(fmt: str | None, output: str | None, csv_keys: bool) -> None:
        exports.export(fmt, output, keys=csv_keys)

    @root.group("draft", cls=TrackerGroup, lang=get_language(), help=t("cli.cmd.draft"),
                short_help=t("cli.cmd.draft.short"),
                options_metavar=t("cli.help.options_metavar"),
                subcommand_metavar=t("cli.help.subcommand_metavar"))
    @global_options
    def draft_group() -> None:
        pass

    def draft_command(name: str) -> Callable[[Callable[..., Any]], click.Command]:
        def decorate(function: Callable[..., Any]) -> click.Command:
            cmd = draft_group.command(
                name, cls=TrackerCommand, help=t(f"cli.cmd.draft.{name}"),
                short_help=t(f"cli.cmd.draft.{name}.short"),
                options_metavar=t("cli.help.options_metavar"))(global_options(function))
            cmd.params.sort(key=lambda param: param.name in GLOBAL_OPTIONS)
            return cmd
        return decorate

    @draft_command("report")
    @click.argument("notice", metavar="NOTICE", type=TASK_ID)
    @click.option("-o", "--output", "output", metavar="FILE", help=t("drafts.opt.output"))
    def draft_report_command(notice: int, output: str | None) -> None:
        drafts.draft_report(notice, output)

    @draft_command("reminder")
    @click.option("--agency", metavar="TEXT", help=t("drafts.opt.agency"))
    @click.option("-o", "--output", "output", metavar="FILE", help=t("drafts.opt.output"))
    def draft_reminder_command(agency: str | None, output: str | None) -> None:
        drafts.draft_reminder(agency, output)

    return root


def run(argv: Sequence[str] | None = None) -> None:
    """The whole command line (the console script's front door, cli/front.py, hands every
    call but a plain `due` here)."""
    build_cli().main(args=argv, prog_name=PROG_NAME)


main = run  # the command tree's own entry, as before the front door
