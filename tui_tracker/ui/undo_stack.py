"""What `u` undoes: this UI session's own changes, newest first.

A session changes tasks (status, extension: undone by the store's per-task, per-session
undo) and makes corrections (a directive's leads or deadline, an assignment, a delete:
undone by their change number). `u` takes the newest of either kind. The list lives on
the app object, so it is one per UI run; the store checks again that an undo only ever
reverts this session's own change and refuses when someone changed it since.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message

_ATTRIBUTE = "_session_undo"


def _stack(app: Any) -> list[tuple[str, int]]:
    stack = getattr(app, _ATTRIBUTE, None)
    if stack is None:
        stack = []
        setattr(app, _ATTRIBUTE, stack)
    return stack


def push(app: Any, kind: str, ident: int) -> None:
    """kind 'task' (a task id) or 'correction' (a change number)."""
    _stack(app).append((kind, ident))


def last(app: Any) -> tuple[str, int] | None:
    stack = _stack(app)
    return stack[-1] if stack else None


def drop(app: Any, kind: str, ident: int) -> None:
    """Forget the newest entry for this (kind, ident): it was undone."""
    stack = _stack(app)
    for index in range(len(stack) - 1, -1, -1):
        if stack[index] == (kind, ident):
            del stack[index]
            return


class UndoNewest(Message):
    """`u`, from any screen: undo this session's newest change (TrackerApp handles it)."""
