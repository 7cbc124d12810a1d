"""click's usage errors as one or two plain sentences in the interface language."""

from __future__ import annotations

import re
from collections.abc import Sequence

import click

from tui_tracker.i18n import t


def _param_name(param: click.Parameter | None) -> str | None:
    if param is None:
        return None
    if isinstance(param, click.Option):
        return "/".join(param.opts)
    return param.human_readable_name.rstrip(".")  # "FILE..." reads badly before a full stop


_EXTRA_ARGS = re.compile(r"unexpected extra arguments? \((.*)\)")
_NO_COMMAND = re.compile(r"No such command '(.*)'")


def click_message(exc: click.ClickException) -> str:
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
        bad = _param_name(exc.param) or exc.param_hint
        return t("cli.usage.bad_value", name=bad, message=exc.message) if bad else exc.message
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
