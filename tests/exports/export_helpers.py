"""Running the command line in the export tests (imported by name: see conftest)."""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner, Result

from tui_tracker import cli


def run(*args: str, input: str | bytes | None = None) -> Result:
    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        runner = CliRunner()
    return runner.invoke(cli.build_cli(), list(args), input=input, catch_exceptions=False)


def run_ok(*args: str) -> Result:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return result


def as_json(result: Result) -> Any:
    import json

    return json.loads(result.stdout)
