"""What the export tests share on top of builders' command line (imported by name)."""

from __future__ import annotations

import json
from typing import Any

from builders import run
from click.testing import Result


def run_ok(*args: str) -> Result:
    """`run(*args)`, which must succeed."""
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return result


def as_json(result: Result) -> Any:
    return json.loads(result.stdout)
