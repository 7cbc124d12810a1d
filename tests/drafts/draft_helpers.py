"""Running the command line in the draft tests."""

from __future__ import annotations

from click.testing import CliRunner, Result

from tui_tracker import cli


def run(*args: str) -> Result:
    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        runner = CliRunner()
    return runner.invoke(cli.build_cli(), list(args), catch_exceptions=False)
