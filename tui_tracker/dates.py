"""Dates typed by a person, read the same way by the command line and the UI.

Accepted: day/month/year with slashes, dashes or dots (`30/6/2026`, `30-6-2026`,
`30.6.2026`, one separator throughout) and ISO `2026-06-30`. Refused with one sentence
naming what was typed: anything else, and a day that does not exist (`31/2/2026` is never
rolled over to March).

Part of the core: no Textual, no click. On the command line a text that is no date is a
usage error (exit code 2) and a day that does not exist bad input (exit code 4, as the
contract says); the UI shows either sentence under the field.
"""

from __future__ import annotations

import re
from datetime import date

from tui_tracker.errors import UsageError
from tui_tracker.i18n import t

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
# Vietnamese writing order: day, month, year; the same separator both times.
_DMY = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})\s*$")


class DateTypoError(UsageError):
    """A typed date that is not one; `message` is the sentence to show."""


class NoSuchDayError(DateTypoError):
    """A date written right that does not exist (`31/2/2026`): bad input, exit code 4 on
    the command line, whichever command or option it came to (the contract's rule)."""

    exit_code = 4


def parse_user_date(text: str) -> date:
    """The date in `text`; DateTypoError (a UsageError) when it is not a real date."""
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.match(text)
        if not match:
            raise DateTypoError(t("dates.bad_format", value=text.strip()))
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDayError(t("dates.no_such_day", value=text.strip())) from None


def parse_optional_date(text: str) -> date | None:
    """As `parse_user_date`, but blank text means "no date" (None)."""
    return parse_user_date(text) if text.strip() else None
