"""What every test folder shares as fixtures (tests/builders.py holds the helpers):

- every test starts in Vietnamese (`vietnamese`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tui_tracker.i18n import set_language


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    """Every test starts in Vietnamese, the default language, and leaves it so: a test
    that needs English says so (--lang en, set_language("en"))."""
    set_language("vi")
    yield
    set_language("vi")
