"""The command line (cli-contract.md): every capability of the UI, for scripts and tests.

Two things shape this module:

- The interface language must be known before any text is produced, and click
  bakes help texts into the command objects. So the commands are built by
  `build_cli()` *after* the language was read from argv, the environment and the
  settings file (`TrackerGroup.main`), and a group built for another language
  hands over to a fresh one.
- Exit codes and error text are the contract: click runs in non-standalone mode
  and `TrackerGroup.main` turns every exception into one or two plain sentences
  on stderr and a code (0 done, 1 bug, 2 usage, 3 conflict, 4 bad input, 5 database).

Store, parsing and the UI are imported lazily inside the commands: `--help` stays
fast and `parse` never loads the database layer.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tui_tracker import config
from tui_tracker.errors import ConflictError, TrackerError, UsageError
from tui_tracker.i18n import LANGUAGES, get_language, set_language, t
from tui_tracker.model import Role, Status, Urgency
from tui_tracker.text import strip_terminal_escapes

if TYPE_CHECKING:
    from rich.console import Console

    from tui_tracker.model import ParsedNotice
    from tui_tracker.store import Store, TaskRow

PROG_NAME = "tui-tracker"
EXIT_INTERRUPTED = 130  # Ctrl-C: the shell convention; nothing was written

# `list --json` keys in contract order; the CSV columns are the same.
LIST_KEYS = ("id", "version", "notice_id", "notice_number", "directive_ref", "summary",
             "agency", "role", "status", "due_on", "original_due_on", "days_left", "class",
             "updated_at")


# --------------------------------------------------------------------------- runtime state


@dataclass
class Runtime:
    """What the global options chose; shared by the group and its subcommands."""

    db: str | None = None
    today: date | None = None
    lang: str | None = None
    debug: bool = False
    settings: config.Settings | None = None

    def db_path(self) -> Path:
        return config.resolve_db_path(self.db)

    def fixed_today(self) -> date | None:
        """The reference day if one was fixed (--today or TUI_TRACKER_TODAY), else None."""
        return config.resolve_today(self.today)

    def reference_day(self) -> date:
        return self.fixed_today() or date.today()

    @property
    def soon_days(self) -> int:
        return self.settings.soon_days if self.settings else config.DEFAULT_SOON_DAYS


def _runtime() -> Runtime:
    ctx = click.get_current_context()
    runtime = ctx.find_object(Runtime)
    if runtime is None:  # a command invoked outside TrackerGroup.main (should not happen)
        runtime = ctx.ensure_object(Runtime)
    return runtime


# --------------------------------------------------------------------------- argv pre-scan


def _scan_option(argv: Sequence[str], name: str) -> str | None:
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


def _scan_flag(argv: Sequence[str], name: str) -> bool:
    for arg in argv:
        if arg == "--":
            return False
        if arg == name:
            return True
    return False


# --------------------------------------------------------------------------- translated click


class _TranslatedHelp:
    """Help page headings and the help option in the interface language.

    click takes them from gettext, which has no Vietnamese catalog."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("cli.help.help_option")
        return option

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces),
                              prefix=t("cli.help.usage") + " ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx)
            if record is not None and isinstance(param, click.Option):
                records.append(record)
        if records:
            with formatter.section(t("cli.help.options")):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)


class TrackerCommand(_TranslatedHelp, click.Command):
    pass


class TrackerGroup(_TranslatedHelp, click.Group):
    command_class = TrackerCommand

    def __init__(self, *args: Any, lang: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang  # the language the help texts were built in

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
        if rows:
            with formatter.section(t("cli.help.commands")):
                formatter.write_dl(rows)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        code = self._run(argv, prog_name or PROG_NAME, complete_var, extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, argv: list[str], prog_name: str, complete_var: str | None,
             extra: dict[str, Any]) -> int:
        runtime = Runtime(debug=_scan_flag(argv, "--debug"))
        try:
            runtime.settings = config.load_settings()
            lang = _scan_option(argv, "--lang")
            if lang not in LANGUAGES:
                lang = runtime.settings.lang  # a bad --lang value is reported by click below
            set_language(lang)
            group = self if self.lang == lang else build_cli()
            extra.setdefault("obj", runtime)
            result = click.Group.main(group, args=argv, prog_name=prog_name,
                                      complete_var=complete_var, standalone_mode=False,
                                      **extra)
            return result if isinstance(result, int) else 0
        except click.exceptions.Exit as exc:
            return exc.exit_code
        except click.ClickException as exc:
            _debug_traceback(runtime)
            _error(_click_message(exc))
            return exc.exit_code
        except (click.Abort, KeyboardInterrupt, EOFError):
            _error(t("cli.error.interrupted"))
            return EXIT_INTERRUPTED
        except TrackerError as exc:
            _debug_traceback(runtime)
            _error(exc.message)
            return exc.exit_code
        except BrokenPipeError:
            # `tui-tracker list | head`: the reader left; not an error of ours.
            _silence_stdout()
            return 0
        except Exception as exc:  # the last line of defence: a bug
            if runtime.debug:
                traceback.print_exc()
                _error(t("cli.error.bug_debug", error=f"{type(exc).__name__}: {exc}"))
            else:
                _error(t("cli.error.bug", error=type(exc).__name__))
            return 1


def _debug_traceback(runtime: Runtime) -> None:
    if runtime.debug:
        traceback.print_exc()


def _error(message: str) -> None:
    click.echo(message, err=True)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not raise
    again on the closed pipe (the recipe of Python's signal module docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests' captured output): nothing left to flush


def _param_name(param: click.Parameter | None) -> str | None:
    if param is None:
        return None
    if isinstance(param, click.Option):
        return "/".join(param.opts)
    return param.human_readable_name.rstrip(".")  # "FILE..." reads badly before a full stop


_EXTRA_ARGS = re.compile(r"unexpected extra arguments? \((.*)\)")
_NO_COMMAND = re.compile(r"No such command '(.*)'")


def _click_message(exc: click.ClickException) -> str:
    """click's usage errors in the interface language; where the command line itself
    is malformed, also where to get help (a bad value explains itself)."""
    message = _translate_click_error(exc)
    ctx = getattr(exc, "ctx", None)
    explains_itself = isinstance(exc, click.BadParameter) and not isinstance(
        exc, click.MissingParameter)
    if isinstance(exc, click.UsageError) and not explains_itself and ctx is not None:
        return f"{message} {t('cli.usage.hint', command=ctx.command_path)}"
    return message


def _translate_click_error(exc: click.ClickException) -> str:
    if isinstance(exc, click.NoSuchOption):
        message = t("cli.usage.no_such_option", name=exc.option_name)
        if exc.possibilities:
            message += " " + t("cli.usage.did_you_mean", names=", ".join(exc.possibilities))
        return message
    if isinstance(exc, click.BadOptionUsage):
        if "does not take" in exc.message:
            return t("cli.usage.takes_no_value", name=exc.option_name)
        return t("cli.usage.needs_value", name=exc.option_name)
    if isinstance(exc, click.MissingParameter):
        name = _param_name(exc.param) or exc.param_hint or "?"
        if isinstance(exc.param, click.Argument):
            return t("cli.usage.missing_argument", name=name)
        return t("cli.usage.missing_option", name=name)
    if isinstance(exc, click.BadParameter):
        name = _param_name(exc.param) or exc.param_hint
        return t("cli.usage.bad_value", name=name, message=exc.message) if name else exc.message
    no_such_command = getattr(click.exceptions, "NoSuchCommand", None)  # click >= 8.4
    if no_such_command is not None and isinstance(exc, no_such_command):
        return _no_such_command(exc.command_name, exc.possibilities)
    match = _NO_COMMAND.search(exc.message)
    if match:
        return _no_such_command(match.group(1), None)
    match = _EXTRA_ARGS.search(exc.message)
    if match:
        return t("cli.usage.extra_args", args=match.group(1))
    return exc.format_message()


def _no_such_command(name: str, possibilities: Sequence[str] | None) -> str:
    message = t("cli.usage.no_such_command", name=name)
    if possibilities:
        message += " " + t("cli.usage.did_you_mean", names=", ".join(possibilities))
    return message


# --------------------------------------------------------------------------- parameter types


class DayType(click.ParamType):
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return config.parse_day(str(value))
        except UsageError as exc:
            self.fail(exc.message, param, ctx)


class NumberType(click.ParamType):
    """A whole number >= minimum, with errors from the catalog (click.INT's are English)."""

    name = "number"

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            try:
                number = int(str(value).strip().lstrip("#"))
            except ValueError:
                self.fail(t("cli.usage.not_a_number", value=value), param, ctx)
        if number < self.minimum:
            self.fail(t("cli.usage.too_small", value=number, minimum=self.minimum), param, ctx)
        return number


class LangType(click.ParamType):
    name = "lang"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        lang = str(value).strip().lower()
        if lang not in LANGUAGES:
            self.fail(t("cli.usage.bad_lang", value=value, choices=", ".join(LANGUAGES)),
                      param, ctx)
        return lang


def _status_words() -> str:
    english = ", ".join(status.value for status in Status)
    labels = ", ".join(t(f"status.{status.value}") for status in Status)
    return t("cli.status.valid_words", english=english, labels=labels)


def parse_status(word: str) -> Status:
    try:
        return Status.parse(word)
    except ValueError:
        raise UsageError(t("cli.status.unknown", word=word, valid=_status_words())) from None


DAY = DayType()
TASK_ID = NumberType(1)
COUNT = NumberType(0)
LANG = LangType()


# --------------------------------------------------------------------------- global options


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


def _global_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db, --today, --lang, --debug, accepted before and after the command name
    (`tui-tracker --today X list` and `tui-tracker list --today X` mean the same).

    The environment variables are read in config, not by click, so that an
    option given before the command is not overridden by the environment here."""
    options = [
        click.option("--db", "db", metavar="PATH", default=None, expose_value=False,
                     callback=_remember, help=t("cli.opt.db")),
        click.option("--today", "today", metavar="YYYY-MM-DD", type=DAY, default=None,
                     expose_value=False, callback=_remember, help=t("cli.opt.today")),
        click.option("--lang", "lang", metavar="vi|en", type=LANG, default=None,
                     expose_value=False, is_eager=True, callback=_remember,
                     help=t("cli.opt.lang")),
        click.option("--debug", "debug", is_flag=True, default=False, expose_value=False,
                     callback=_remember, help=t("cli.opt.debug")),
    ]
    for option in reversed(options):
        command = option(command)
    return command


# --------------------------------------------------------------------------- output helpers


def _console() -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich exits with code 1 here, which the contract reserves for bugs;
            # TrackerGroup.main treats a closed pipe as a normal end.
            self.quiet = True
            raise BrokenPipeError

    # highlight=False: numbers and paths in notice text must not be recoloured.
    return _Console(highlight=False)


def _plain(text: object) -> Any:
    """Notice text as a rich Text: markup like `[bold]` and terminal escapes are data."""
    from rich.text import Text

    return Text(strip_terminal_escapes("" if text is None else str(text)))


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def format_day(day: date | None) -> str:
    if day is None:
        return "—"
    return t("cli.date.format", d=day.day, m=day.month, y=day.year)


def countdown(status: str, days_left: int | None, task_class: str) -> str:
    """`quá hạn 5 ngày` / `hôm nay` / `còn 3 ngày`; the report class once closed."""
    if not Status(status).is_open:
        return t(f"class.{task_class}")
    if days_left is None:
        return t("countdown.none")
    if days_left < 0:
        return t("countdown.overdue", days=-days_left)
    if days_left == 0:
        return t("countdown.today")
    return t("countdown.left", days=days_left)


_URGENCY_STYLE = {
    Urgency.OVERDUE.value: "bold red",
    Urgency.TODAY.value: "bold yellow",
    Urgency.SOON.value: "yellow",
    Urgency.LATER.value: "",
    Urgency.NO_DEADLINE.value: "dim",
    Urgency.CLOSED.value: "dim",
}


def _agency_cell(agency: str, role: str) -> str:
    if role == Role.COORDINATE.value:
        return t("cli.list.coordinating", agency=agency)
    return agency


# --------------------------------------------------------------------------- store access


def _open_store(path: Path | None = None) -> Store:
    from tui_tracker.store import Store

    return Store.open(path or _runtime().db_path())


def _read_and_parse(file: str) -> ParsedNotice:
    """Read and parse one file; errors name the file and, for a bad date, the phrase."""
    from tui_tracker.errors import BadInputError, InvalidDateError
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_notice_file

    label = t("cli.stdin") if file == "-" else file

    def named(message: str) -> str:
        # With several files the user must know which one failed; the reader's
        # own messages often name it already.
        return message if file != "-" and file in message else f"{label}: {message}"

    try:
        return parse_notice(read_notice_file(file))
    except InvalidDateError as exc:
        message = exc.message
        if exc.phrase and exc.phrase not in message:
            message = f"{message} ({exc.phrase})"
        raise InvalidDateError(named(message), phrase=exc.phrase) from exc
    except BadInputError as exc:
        raise BadInputError(named(exc.message)) from exc


# --------------------------------------------------------------------------- commands


def build_cli() -> TrackerGroup:
    """The command tree, with help texts in the current language."""

    @click.group(cls=TrackerGroup, name=PROG_NAME, lang=get_language(),
                 invoke_without_command=True, help=t("cli.cmd.root"),
                 options_metavar=t("cli.help.options_metavar"),
                 subcommand_metavar=t("cli.help.subcommand_metavar"),
                 context_settings={"help_option_names": ["-h", "--help"]})
    @_global_options
    @click.pass_context
    def root(ctx: click.Context) -> None:
        if ctx.invoked_subcommand is None:
            _open_ui(ctx)

    def command(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Command]:
        def decorate(function: Callable[..., Any]) -> click.Command:
            cmd = root.command(name, cls=TrackerCommand, help=t(f"cli.cmd.{name}"),
                               short_help=t(f"cli.cmd.{name}.short"),
                               options_metavar=t("cli.help.options_metavar"),
                               **kwargs)(_global_options(function))
            # The command's own options first in its help page, the global ones after.
            cmd.params.sort(key=lambda param: param.name in GLOBAL_OPTIONS)
            return cmd
        return decorate

    @command("demo")
    def demo_command() -> None:
        _run_demo()

    @command("parse")
    @click.argument("file", metavar="FILE")
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def parse_command(file: str, as_json: bool) -> None:
        parsed = _read_and_parse(file)
        if as_json:
            _print_json(parsed.to_json())
        else:
            _print_parsed(parsed)

    @command("import")
    @click.argument("files", metavar="FILE...", nargs=-1, required=True)
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    @click.option("--dry-run", is_flag=True, help=t("cli.opt.dry_run"))
    def import_command(files: tuple[str, ...], as_json: bool, dry_run: bool) -> None:
        _import(files, as_json=as_json, dry_run=dry_run)

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
    @click.option("--csv", "as_csv", is_flag=True, help=t("cli.opt.csv"))
    def list_command(overdue: bool, due_within: int | None, agency: str | None,
                     statuses: tuple[str, ...], notice_id: int | None, search: str | None,
                     open_only: bool, limit: int | None, as_json: bool, as_csv: bool) -> None:
        if as_json and as_csv:
            raise UsageError(t("cli.usage.json_or_csv"))
        parsed_statuses: list[Status] = []
        for value in statuses:
            # `--status todo,in_progress` as well as repeated --status.
            parsed_statuses.extend(parse_status(word) for word in value.split(",") if word.strip())
        _list(overdue=overdue, due_within=due_within, agency=agency,
              statuses=tuple(parsed_statuses) or None, notice_id=notice_id, search=search,
              open_only=open_only, limit=limit, as_json=as_json, as_csv=as_csv)

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
        _set_status(task, status, note=note, on=on, if_version=if_version, as_json=as_json)

    @command("extend")
    @click.argument("task", metavar="TASK", type=TASK_ID)
    @click.argument("new_due", metavar="DATE", type=DAY)
    @click.option("--reason", metavar="TEXT", help=t("cli.opt.reason"))
    @click.option("--if-version", "if_version", metavar="N", type=COUNT,
                  help=t("cli.opt.if_version"))
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def extend_command(task: int, new_due: date, reason: str | None, if_version: int | None,
                       as_json: bool) -> None:
        # Checked here rather than with required=True: click would print "[required]"
        # in English in the help page.
        if reason is None or not reason.strip():
            raise UsageError(t("cli.extend.reason_required"))
        _extend(task, new_due, reason=reason.strip(), if_version=if_version, as_json=as_json)

    @command("history")
    @click.argument("task", metavar="TASK", type=TASK_ID)
    @click.option("--json", "as_json", is_flag=True, help=t("cli.opt.json"))
    def history_command(task: int, as_json: bool) -> None:
        _history(task, as_json=as_json)

    return root


# --------------------------------------------------------------------------- UI


def _open_ui(ctx: click.Context) -> None:
    runtime = _runtime()
    path = runtime.db_path()
    # Open (and create) the database before the UI takes the screen, so a
    # corrupt or read-only file is reported here with exit code 5.
    _open_store(path).close()
    _launch_ui(path, today=runtime.fixed_today(), runtime=runtime)


def _launch_ui(path: Path, *, today: date | None, runtime: Runtime) -> None:
    from tui_tracker.ui.app import run_app  # lazy: Textual loads only for the UI

    run_app(path, today=today, lang=get_language(), soon_days=runtime.soon_days)


def _run_demo() -> None:
    from tui_tracker.demo import build_demo_db

    runtime = _runtime()
    with tempfile.TemporaryDirectory(prefix="tui-tracker-demo-") as folder:
        path = Path(folder) / "demo.db"
        demo_today = build_demo_db(path)
        _launch_ui(path, today=runtime.fixed_today() or demo_today, runtime=runtime)


# --------------------------------------------------------------------------- parse


def _print_parsed(parsed: ParsedNotice) -> None:
    from rich import box
    from rich.table import Table

    console = _console()
    header = parsed.notice
    title = header.title or t("cli.parse.no_title")
    console.print(_plain(f"{header.doc_type or '?'} {header.number or t('cli.notice.no_number')}"
                         f" — {title}"))
    facts = [
        (t("cli.parse.issuer"), header.issuer),
        (t("cli.parse.issued_on"), format_day(header.issued_on) if header.issued_on else None),
        (t("cli.parse.meeting_on"), format_day(header.meeting_on) if header.meeting_on else None),
        (t("cli.parse.presiding"), header.presiding),
        (t("cli.parse.signer"), header.signer),
    ]
    for label, value in facts:
        if value:
            console.print(_plain(f"  {label}: {value}"))
    if parsed.references:
        console.print(_plain(f"  {t('cli.parse.references')}: "
                             + "; ".join(r.number or r.text for r in parsed.references)))

    table = Table(title=t("cli.parse.directives", count=len(parsed.directives)),
                  title_justify="left", box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False,
                  show_edge=False)
    table.add_column(t("cli.col.ref"), no_wrap=True)
    table.add_column(t("cli.col.agencies"), ratio=3)
    table.add_column(t("cli.col.deadline"), ratio=2)
    table.add_column(t("cli.col.summary"), ratio=4)
    for d in parsed.directives:
        coordinating = [a.agency for a in d.assignments if a.role == Role.COORDINATE]
        if d.with_related:
            coordinating.append(t("cli.parse.related"))
        agencies = _plain(d.lead or "—")
        agencies.stylize("bold")
        if coordinating:
            agencies.append_text(_plain("\n" + t("cli.parse.coordinating",
                                                  agencies=", ".join(coordinating))))
        if d.deadline:
            deadline = _plain(format_day(d.deadline.due_on) if d.deadline.due_on else "—")
            deadline.append_text(_plain("\n" + d.deadline.text))
        else:
            deadline = _plain("—")
        table.add_row(_plain(d.ref), agencies, deadline,
                      _plain(d.heading or _first_sentence(d.text)))
    console.print(table)
    for warning in parsed.warnings:
        console.print(_plain(f"{t('cli.parse.warning')}: {warning}"), style="yellow")


def _first_sentence(text: str, limit: int = 160) -> str:
    sentence = re.split(r"(?<=[.;:])\s", text.strip(), maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


# --------------------------------------------------------------------------- import


def _import(files: Sequence[str], *, as_json: bool, dry_run: bool) -> None:
    # Read and parse every file before touching the database: a bad file among
    # several stops the command with nothing stored.
    parsed = [(file, _read_and_parse(file)) for file in files]
    path = _runtime().db_path()
    with tempfile.TemporaryDirectory(prefix="tui-tracker-dry-") as scratch:
        if dry_run and not path.exists():
            # A dry run never creates the database; against an empty one every
            # notice would be new, which a scratch database answers the same way.
            path = Path(scratch) / "dry-run.db"
        store = _open_store(path)
        try:
            # One transaction for all the files: a database failure halfway leaves
            # nothing of this command behind (cli-contract: a failed command changes
            # nothing), not the first half of the batch.
            sources = [None if file == "-" else str(Path(file).resolve()) for file, _ in parsed]
            stored = store.import_notices([notice for _, notice in parsed], sources=sources,
                                          dry_run=dry_run)
        finally:
            store.close()
        results = list(zip(files, stored, strict=True))

    if as_json:
        _print_json({"notices": [
            {"id": r.id, "number": r.number, "title": r.title, "directives": r.directives,
             "tasks": r.tasks, "status": r.status, "file": file, "dry_run": dry_run}
            for file, r in results]})
        return
    for file, r in results:
        key = "cli.import.unchanged" if r.status == "unchanged" else (
            "cli.import.would_import" if dry_run else "cli.import.imported")
        click.echo(strip_terminal_escapes(t(
            key, file=t("cli.stdin") if file == "-" else file,
            number=r.number or t("cli.notice.no_number"), id=r.id if r.id is not None else "—",
            directives=r.directives, tasks=r.tasks)))


# --------------------------------------------------------------------------- list


def _list(*, overdue: bool, due_within: int | None, agency: str | None,
          statuses: tuple[Status, ...] | None, notice_id: int | None, search: str | None,
          open_only: bool, limit: int | None, as_json: bool, as_csv: bool) -> None:
    from tui_tracker.store import TaskFilter

    runtime = _runtime()
    today = runtime.reference_day()
    task_filter = TaskFilter(statuses=statuses, open_only=open_only, agency=agency,
                             notice_id=notice_id, search=search, overdue=overdue,
                             due_within=due_within)
    store = _open_store()
    try:
        rows = store.list_tasks(task_filter, today=today, soon_days=runtime.soon_days,
                                limit=limit)
    finally:
        store.close()

    if as_json:
        _print_json([row.to_json() for row in rows])
    elif as_csv:
        _print_csv(rows)
    else:
        _print_task_table(rows, today)


def _print_csv(rows: Sequence[TaskRow]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(LIST_KEYS)
    for row in rows:
        data = row.to_json()
        writer.writerow(["" if data.get(key) is None else data.get(key) for key in LIST_KEYS])
    click.echo(buffer.getvalue(), nl=False)


def _print_task_table(rows: Sequence[TaskRow], today: date) -> None:
    """Two lines per task, so that it reads at 80 columns: the countdown over the due
    day, the agency over the item and its summary; long text is cut, never wrapped."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    console = _console()
    if not rows:
        console.print(t("cli.list.empty"))
        return
    lines = [(str(row.id), countdown_short(row.status, row.days_left, row.task_class),
              format_day(row.due_on), t(f"status.{row.status}"),
              _agency_cell(row.agency, row.role),
              _item_cell(row.notice_number, row.directive_ref, row.summary)) for row in rows]

    def widest(index: int, heading: str) -> int:
        return max(cell_len(heading), *(cell_len(line[index]) for line in lines))

    # The short columns keep their full width; only the last one is cut to fit.
    heads = ("#", t("cli.col.countdown"), t("cli.col.status"), t("cli.col.task"))
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False, show_edge=False)
    table.add_column(heads[0], justify="right", no_wrap=True, min_width=widest(0, heads[0]))
    table.add_column(heads[1], no_wrap=True,
                     min_width=max(widest(1, heads[1]), widest(2, heads[1])))
    table.add_column(heads[2], no_wrap=True, min_width=widest(3, heads[2]))
    # Wrappable for rich's width calculation (so that only this column shrinks), while
    # the cell itself is cut with an ellipsis, line by line.
    table.add_column(heads[3])
    for row, (number, when_text, due_text, status_text, agency_text, item_text) in zip(
            rows, lines, strict=True):
        when = Text(when_text, style=_URGENCY_STYLE.get(row.urgency, ""))
        when.append("\n" + due_text, style="dim")
        what = _plain(agency_text)
        what.no_wrap, what.overflow = True, "ellipsis"
        what.append("\n")
        what.append_text(_plain(item_text).copy())
        what.stylize("dim", len(what.plain) - len(strip_terminal_escapes(item_text)))
        table.add_row(number, when, status_text, what)
    console.print(table)
    overdue = sum(1 for row in rows if row.urgency == Urgency.OVERDUE.value)
    soon = sum(1 for row in rows if row.urgency in (Urgency.TODAY.value, Urgency.SOON.value))
    console.print(t("cli.list.footer", count=len(rows), overdue=overdue, soon=soon,
                    today=format_day(today)))


def countdown_short(status: str, days_left: int | None, task_class: str) -> str:
    """The countdown, or for a closed task a short verdict (`đúng hạn`, `trễ hạn`)."""
    if not Status(status).is_open:
        return t(f"cli.list.closed.{task_class}")
    return countdown(status, days_left, task_class)


def _item_cell(number: str | None, ref: str, summary: str) -> str:
    return f"{number} · {ref} · {summary}" if number else f"{ref} · {summary}"


# --------------------------------------------------------------------------- set-status, extend


def _conflict_message(task: int, exc: ConflictError) -> str:
    current = exc.current
    if current is None:
        return exc.message
    return t("cli.conflict", task=task, version=current.version,
             by=exc.changed_by or current.updated_by or "?",
             at=exc.changed_at or current.updated_at or "?")


# How often a change without --if-version re-reads the task when someone changed it
# between our read and our write; past that the conflict is reported (exit 3).
CHANGE_ATTEMPTS = 10


def _versioned_change(store: Store, task: int, if_version: int | None,
                      change: Callable[[int], TaskRow]) -> tuple[TaskRow, TaskRow]:
    """(the task as it was, the task after `change(version)`), read and written
    under a version check even without --if-version: so the "before" we print is
    really what our change replaced when another session writes at the same time
    (without --if-version a conflict just means: read again, write again)."""
    today = _runtime().reference_day()
    for attempt in range(1, CHANGE_ATTEMPTS + 1):
        before = store.get_task(task, today=today)
        try:
            return before, change(before.version if if_version is None else if_version)
        except ConflictError as exc:
            if if_version is None and attempt < CHANGE_ATTEMPTS:
                continue
            raise ConflictError(_conflict_message(task, exc), current=exc.current,
                                changed_by=exc.changed_by, changed_at=exc.changed_at) from exc
    raise AssertionError("unreachable")


def _set_status(task: int, status: Status, *, note: str | None, on: date | None,
                if_version: int | None, as_json: bool) -> None:
    today = _runtime().reference_day()
    store = _open_store()
    try:
        before, row = _versioned_change(store, task, if_version, lambda version: store.set_status(
            task, status, today=today, note=note, on=on, if_version=version))
    finally:
        store.close()
    if as_json:
        _print_json(row.to_json())
        return
    click.echo(t("cli.set_status.done", task=row.id, before=t(f"status.{before.status}"),
                 after=t(f"status.{row.status}"), version=row.version,
                 countdown=countdown(row.status, row.days_left, row.task_class)))


def _extend(task: int, new_due: date, *, reason: str, if_version: int | None,
            as_json: bool) -> None:
    today = _runtime().reference_day()
    store = _open_store()
    try:
        before, row = _versioned_change(store, task, if_version, lambda version: store.extend(
            task, new_due, reason=reason, today=today, if_version=version))
    finally:
        store.close()
    if as_json:
        _print_json(row.to_json())
        return
    click.echo(t("cli.extend.done", task=row.id, before=format_day(before.due_on),
                 after=format_day(row.due_on),
                 original=format_day(row.original_due_on or before.due_on),
                 version=row.version,
                 countdown=countdown(row.status, row.days_left, row.task_class)))


# --------------------------------------------------------------------------- history


def _history(task: int, *, as_json: bool) -> None:
    today = _runtime().reference_day()
    store = _open_store()
    try:
        store.get_task(task, today=today)  # UsageError (exit 2) when there is no such task
        entries = store.history(task)
    finally:
        store.close()

    if as_json:
        _print_json([{"id": e.id, "task_id": e.task_id, "at": e.at, "user": e.user,
                      "action": e.action, "field": e.field, "from": e.from_value,
                      "to": e.to_value, "note": e.note} for e in entries])
        return

    from rich import box
    from rich.table import Table

    table = Table(title=t("cli.history.title", task=task), title_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(t("cli.col.at"), no_wrap=True)
    table.add_column(t("cli.col.user"), no_wrap=True)
    table.add_column(t("cli.col.action"), no_wrap=True)
    table.add_column(t("cli.col.change"))
    for e in entries:
        change = _plain(f"{_history_value(e.field, e.from_value)} → "
                        f"{_history_value(e.field, e.to_value)}")
        if e.note:
            change.append_text(_plain("\n" + e.note))
        table.add_row(e.at, _plain(e.user), t(f"cli.action.{e.action}"), change)
    _console().print(table)


def _history_value(field: str | None, value: str | None) -> str:
    if value is None:
        return "—"
    if field == "status" and value in {s.value for s in Status}:
        return t(f"status.{value}")
    if field in ("due_on", "completed_on", "original_due_on"):
        try:
            return format_day(date.fromisoformat(value))
        except ValueError:
            return value
    return value


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> None:
    """The `tui-tracker` console script."""
    build_cli().main(args=argv, prog_name=PROG_NAME)
