"""The click Group, Command and Option classes: help pages in the interface language,
and `TrackerGroup.main`, where every exception becomes an exit code and plain sentences.

- Help texts are catalog keys (`help="cli.opt.json"`), not texts: the tracker's
  commands, groups and options keep the key and read it in the interface language each
  time click shows it (cli/help_texts.py). So the command tree has no language of its own:
  it is built once, when the group modules of cli/commands/ are imported, and
  `TrackerGroup.main` decides the language once per call (argv, the environment, the
  settings file) before anything is printed.
- Exit codes and error text are the contract: click runs in non-standalone mode
  and every exception becomes one or two plain sentences on stderr and a code
  (0 done, 1 bug, 2 usage, 3 conflict, 4 bad input, 5 database).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from tui_tracker import config
from tui_tracker.cli.click_errors import click_message
from tui_tracker.cli.global_options import scan_flag, scan_option
from tui_tracker.cli.help_texts import Translated
from tui_tracker.cli.runtime import Runtime
from tui_tracker.errors import TrackerError
from tui_tracker.i18n import LANGUAGES, set_language, t

PROG_NAME = "tui-tracker"
EXIT_INTERRUPTED = 130  # Ctrl-C: the shell convention; nothing was written
OPTIONS_METAVAR = "cli.help.options_metavar"
SUBCOMMAND_METAVAR = "cli.help.subcommand_metavar"


if TYPE_CHECKING:
    _Command = click.Command  # what the mixin below is mixed into, for the type checker
else:
    _Command = object


class _TranslatedHelp(_Command):
    """Help texts, headings and the help option in the interface language.

    click takes its own words from gettext, which has no Vietnamese catalog."""

    help = Translated()
    short_help = Translated()
    options_metavar = Translated()

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = t("cli.help.help_option")
        return option

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces),
                              prefix=t("cli.help.usage") + " ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None and isinstance(param, click.Option):
                records.append(record)
        if records:
            with formatter.section(t("cli.help.options")):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)


class _ReaderLeft(Exception):
    """stdout's reader closed the pipe (`list | head`). Not an OSError: click turns an
    EPIPE OSError into exit code 1, which the contract keeps for bugs."""


class TrackerCommand(_TranslatedHelp, click.Command):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError as exc:
            raise _ReaderLeft() from exc


class TrackerGroup(_TranslatedHelp, click.Group):
    command_class = TrackerCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    @property
    def subcommand_metavar(self) -> str:
        return t(self._subcommand_metavar_key)

    @subcommand_metavar.setter
    def subcommand_metavar(self, key: str) -> None:
        self._subcommand_metavar_key = key

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if self.name == PROG_NAME and cmd_name not in self.commands:
            # The root loads a command's module when the command is named (see
            # cli/commands/__init__.py); a name it does not know loads them all, so
            # that click's "did you mean" sees every command.
            from tui_tracker.cli import commands

            group = commands.INDEX.get(cmd_name)
            if group is None:
                commands.load_all()
            else:
                commands.load(group)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        if self.name == PROG_NAME:
            from tui_tracker.cli import commands

            commands.load_all()
        return super().list_commands(ctx)

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
        runtime = Runtime(debug=scan_flag(argv, "--debug"))
        try:
            runtime.settings = _settings_for(argv)
            lang = scan_option(argv, "--lang")
            if lang not in LANGUAGES:
                lang = runtime.settings.lang  # a bad --lang value is reported by click below
            set_language(lang)  # before click shows any text (help texts are read then)
            extra.setdefault("obj", runtime)
            result = click.Group.main(self, args=argv, prog_name=prog_name,
                                      complete_var=complete_var, standalone_mode=False,
                                      **extra)
            return result if isinstance(result, int) else 0
        except click.exceptions.Exit as exc:
            return exc.exit_code
        except click.ClickException as exc:
            _debug_traceback(runtime)
            _error(click_message(exc))
            return exc.exit_code
        except (click.Abort, KeyboardInterrupt, EOFError):
            _error(t("cli.error.interrupted"))
            return EXIT_INTERRUPTED
        except TrackerError as exc:
            _debug_traceback(runtime)
            _error(exc.cli_text())
            return exc.exit_code
        except (BrokenPipeError, _ReaderLeft):
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


def _settings_for(argv: list[str]) -> config.Settings:
    """The settings file, read first (it may set the language). A page of help or the
    version does not depend on it: when the file or its folder cannot be read, they are
    printed with the defaults rather than refused (any other command reports it, exit 2)."""
    try:
        return config.load_settings()
    except TrackerError:
        if any(scan_flag(argv, flag) for flag in ("--help", "-h", "--version")):
            return config.Settings()
        raise


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
