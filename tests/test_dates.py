"""Typed dates: one parser for the command line and the UI, the same set accepted and
refused with the same sentence."""

from __future__ import annotations

from datetime import date

import pytest

from tui_tracker.dates import DateTypoError, parse_optional_date, parse_user_date
from tui_tracker.errors import UsageError
from tui_tracker.i18n import set_language, t

ACCEPTED = [
    ("30/6/2026", date(2026, 6, 30)),
    ("30-6-2026", date(2026, 6, 30)),
    ("30.6.2026", date(2026, 6, 30)),
    ("2026-06-30", date(2026, 6, 30)),
    (" 2026-5-5 ", date(2026, 5, 5)),
    ("05.12.2026", date(2026, 12, 5)),
    ("2028-02-29", date(2028, 2, 29)),
]
NOT_DATES = ["", "tomorrow", "2026/05/05", "2026-05", "30/6-2026", "30 6 2026", "6/2026"]
NO_SUCH_DAYS = ["2026-02-31", "31/2/2026", "31-2-2026", "2026-13-01", "2027-02-29"]


@pytest.fixture(autouse=True)
def vietnamese():
    set_language("vi")
    yield
    set_language("vi")


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_accepts_day_month_year_with_any_separator_and_iso(text: str, expected: date) -> None:
    assert parse_user_date(text) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_refuses_what_is_not_a_date_naming_the_text_and_the_forms(text: str) -> None:
    with pytest.raises(DateTypoError) as info:
        parse_user_date(text)
    assert info.value.message == t("dates.bad_format", value=text.strip())
    assert "30/6/2026" in info.value.message and "YYYY-MM-DD" in info.value.message
    assert isinstance(info.value, UsageError) and info.value.exit_code == 2


@pytest.mark.parametrize("text", NO_SUCH_DAYS)
def test_refuses_days_that_do_not_exist_never_rolling_over(text: str) -> None:
    with pytest.raises(DateTypoError) as info:
        parse_user_date(text)
    assert info.value.message == t("dates.no_such_day", value=text)


def test_the_sentence_follows_the_language() -> None:
    set_language("en")
    with pytest.raises(DateTypoError) as info:
        parse_user_date("soon")
    assert info.value.message.startswith("“soon” is not a date")


def test_blank_is_no_date_only_where_a_date_is_optional() -> None:
    assert parse_optional_date("  ") is None
    assert parse_optional_date("30-6-2026") == date(2026, 6, 30)
    with pytest.raises(DateTypoError):
        parse_user_date("  ")


# --- the command line and the UI read dates through this one parser --------------------


def _cli_result(text: str, tmp_path) -> tuple[int, str]:
    from builders import run

    from tui_tracker import config

    env: dict[str, str | None] = {config.ENV_DB: str(tmp_path / "tracker.db"),
                                  config.ENV_SETTINGS: str(tmp_path / "settings.toml")}
    # A database named by TUI_TRACKER_DB must exist (only init/import create one).
    run("init", env=env)
    result = run("list", "--today", text, env=env)
    return result.exit_code, result.stderr.strip()


def _ui_result(text: str) -> tuple[int, str]:
    from tui_tracker.ui.tasks.dialogs import required_date

    try:
        required_date(text)
    except UsageError as error:
        return error.exit_code, error.message
    return 0, ""


@pytest.mark.parametrize("text", [text for text, _ in ACCEPTED] + NOT_DATES[1:] + NO_SUCH_DAYS)
def test_the_cli_and_the_ui_accept_and_refuse_the_same_dates_with_the_same_sentence(
        text: str, tmp_path) -> None:
    cli_code, cli_error = _cli_result(text, tmp_path)
    ui_code, ui_error = _ui_result(text)
    # A text that is no date is wrong usage (2), a day that does not exist bad input (4).
    assert (cli_code, ui_code) in {(0, 0), (2, 2), (4, 4)}, (text, cli_error, ui_error)
    if ui_code:
        assert ui_error in cli_error  # click adds the option's name before the sentence
        assert cli_error.count("\n") == 0
