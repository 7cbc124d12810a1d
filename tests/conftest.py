"""What every test folder shares as pytest plugins and fixtures (tests/builders.py holds
the helpers):

- skip_policy: in CI (CI=true), a skip whose reason pyproject.toml does not list fails;
- privileges: `@pytest.mark.without_root` tests run without root's capabilities, so that
  the permission tests run in CI too, where everything runs as root;
- every test starts in Vietnamese (`vietnamese`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tui_tracker.i18n import set_language

pytest_plugins = ["skip_policy", "privileges"]


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    """Every test starts in Vietnamese, the default language, and leaves it so: a test
    that needs English says so (--lang en, set_language("en"))."""
    set_language("vi")
    yield
    set_language("vi")
