"""Errors the user can act on, each mapped to an exit code of the command line.

The message is one or two plain sentences in the interface language: what is
wrong and what to do. Build it with `i18n.t` where the error is raised.
"""

from __future__ import annotations


class TrackerError(Exception):
    """`message`: the sentence every interface shows, in the user's words (no command-line
    option, no internal id the screen does not show). `cli_hint`: what only the command
    line can do about it ("use --earlier"), printed after the message there."""

    exit_code = 1

    def __init__(self, message: str, *, cli_hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.cli_hint = cli_hint

    def cli_text(self) -> str:
        """The message as the command line prints it, its hint after it."""
        return f"{self.message} {self.cli_hint}" if self.cli_hint else self.message


class UsageError(TrackerError):
    """Wrong usage: unknown status word, a task that does not exist, bad option value."""

    exit_code = 2


class ConflictError(TrackerError):
    """The task changed since the caller read it (optimistic concurrency)."""

    exit_code = 3

    def __init__(self, message: str, *, current: object = None, changed_by: str | None = None,
                 changed_at: str | None = None, cli_hint: str | None = None) -> None:
        super().__init__(message, cli_hint=cli_hint)
        self.current = current  # the fresh TaskRow
        self.changed_by = changed_by
        self.changed_at = changed_at


class BadInputError(TrackerError):
    """Unreadable, binary or empty file; nothing recognisable as a notice."""

    exit_code = 4


class InvalidDateError(BadInputError):
    """A deadline phrase names a day that does not exist (31/2/2026)."""

    def __init__(self, message: str, *, phrase: str) -> None:
        super().__init__(message)
        self.phrase = phrase


class DatabaseError(TrackerError):
    """Busy for too long, corrupt, read-only, or written by a newer version."""

    exit_code = 5
