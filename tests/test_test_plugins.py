"""The suite's own plugins (tests/skip_policy.py, tests/privileges.py), run on small suites
of their own in a fresh pytest process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

TESTS = Path(__file__).resolve().parent

SKIPS = """
import pytest

def test_runs():
    pass

def test_listed():
    pytest.skip("the pool needs two cores")

def test_unlisted():
    pytest.skip("LibreOffice is not installed")

@pytest.mark.xfail(reason="known", strict=True)
def test_expected_to_fail():
    assert False
"""


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, (
        str(TESTS), os.environ.get("PYTHONPATH")))))
    pytester.makepyprojecttoml("""
        [tool.pytest.ini_options]
        ci_allowed_skips = ["the pool needs two cores"]
        markers = ["without_root: see tests/privileges.py"]
    """)
    return pytester


def test_in_ci_a_skip_fails_unless_pyproject_lists_its_reason(
        suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    suite.makepyfile(test_skips=SKIPS)
    result = suite.runpytest_subprocess("-p", "skip_policy", "-rA")
    result.assert_outcomes(passed=1, skipped=1, failed=1, xfailed=1)
    result.stdout.fnmatch_lines(["*skipped in CI: 'LibreOffice is not installed'*",
                                 "*FAILED*test_unlisted*"])
    assert result.ret == 1


def test_in_ci_a_module_skipped_whole_fails_too(suite: pytest.Pytester,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    suite.makepyfile(test_gone="""
        import pytest
        pytest.importorskip("no_such_module_anywhere")

        def test_never():
            pass
    """)
    result = suite.runpytest_subprocess("-p", "skip_policy")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*skipped in CI*no_such_module_anywhere*"])


def test_outside_ci_a_skip_stays_a_skip(suite: pytest.Pytester,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    suite.makepyfile(test_skips=SKIPS)
    result = suite.runpytest_subprocess("-p", "skip_policy")
    result.assert_outcomes(passed=1, skipped=2, xfailed=1)
    assert result.ret == 0


PERMISSIONS = """
import os
import pytest

@pytest.mark.without_root
def test_a_read_only_folder_refuses_a_new_file(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            (folder / "x.txt").write_text("x")
        assert not os.access(folder, os.W_OK)
    finally:
        folder.chmod(0o700)

@pytest.mark.without_root
def test_a_failure_is_reported(tmp_path):
    assert os.access(tmp_path, os.W_OK)  # its own folder stays writable
    assert 1 + 1 == 3, "arithmetic"

def test_root_keeps_its_privileges_elsewhere(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert os.access(folder, os.W_OK) == (os.geteuid() == 0)
    finally:
        folder.chmod(0o700)
"""


def test_without_root_runs_the_test_as_a_user_whom_permissions_refuse(
        suite: pytest.Pytester) -> None:
    suite.makepyfile(test_permissions=PERMISSIONS)
    result = suite.runpytest_subprocess("-p", "privileges", "-rA")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*FAILED*test_a_failure_is_reported*"])
    assert "arithmetic" in result.stdout.str()
