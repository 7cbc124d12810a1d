"""Parameter types and status words, with errors from the catalog (click's are English)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import click

from tui_tracker.dates import DateTypoError, NoSuchDayError, parse_user_date
from tui_tracker.errors import UsageError
from tui_tracker.i18n import LANGUAGES, t
from tui_tracker.model import Status

if TYPE_CHECKING:
    # Generic since click 8.4 (in the type a value converts to); left plain at run time,
    # where click.ParamType[date] needs 8.4 and Python 3.13.
    _DayParam = click.ParamType[date]
    _NumberParam = click.ParamType[int]
    _LangParam = click.ParamType[str]
else:
    _DayParam = _NumberParam = _LangParam = click.ParamType


class DayType(_DayParam):
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return parse_user_date(str(value))
        except NoSuchDayError as exc:
            # Bad input (exit 4), for every option alike; named as click names a value.
            name = (param.opts[0] if isinstance(param, click.Option) else
                    param.human_readable_name) if param is not None else None
            raise NoSuchDayError(f"{name}: {exc.message}" if name else exc.message) from exc
        except DateTypoError as exc:
            self.fail(exc.message, param, ctx)


class NumberType(_NumberParam):
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


class LangType(_LangParam):
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
