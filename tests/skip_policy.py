"""In CI a skipped test is a failed test, unless its reason is one that pyproject.toml
lists (`ci_allowed_skips` in [tool.pytest.ini_options]).

A skip hides a broken install as well as a missing optional program: CI installs
everything the suite needs (.ci/run: tesseract, LibreOffice, the fonts; the `test` extra),
so there a skip means something is wrong, and the run fails saying which test and why.
Outside CI (CI is not "true") skips stay skips: a developer without LibreOffice still runs
the rest. A test's `xfail` is not a skip.

Loaded by tests/conftest.py (`pytest_plugins`); tests/test_skip_policy.py runs it on a
small suite of its own.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest

INI = "ci_allowed_skips"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(INI, type="linelist", default=[],
                  help="skip reasons that do not fail the run when CI=true (exact text)")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    """The reason a skipped report gives (pytest stores "Skipped: <reason>")."""
    longrepr = report.longrepr
    text = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return text.removeprefix("Skipped: ")


def _fail_unlisted_skip(config: pytest.Config,
                        report: pytest.TestReport | pytest.CollectReport) -> None:
    if not in_ci() or not report.skipped or hasattr(report, "wasxfail"):
        return
    reason = skip_reason(report)
    allowed = config.getini(INI)
    if reason in allowed:
        return
    report.outcome = "failed"
    report.longrepr = (
        f"skipped in CI: {reason!r}. A skip there is a failure unless pyproject.toml's "
        f"[tool.pytest.ini_options] {INI} lists its reason "
        f"({', '.join(map(repr, allowed)) or 'none listed'}): install what the test "
        f"needs, or make it run.")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    _fail_unlisted_skip(item.config, outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, None]:
    outcome = yield
    _fail_unlisted_skip(collector.config, outcome.get_result())
