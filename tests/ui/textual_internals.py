"""What the UI tests read of Textual that Textual does not publish, in one place.

- `notifications(app)`: the notifications the app holds (shown or about to be), from
  `App._notifications`: Textual has `notify()` but no public list of what was notified.

Pinned by tests/ui/test_textual_internals.py, so that a Textual release that changes it
fails there, by name, rather than in every test that reads notifications. (Textual itself is
pinned below its next major version in pyproject.toml.)
"""

from __future__ import annotations

from typing import Any

from textual.notifications import Notification


def notifications(app: Any) -> list[Notification]:
    return list(app._notifications)
