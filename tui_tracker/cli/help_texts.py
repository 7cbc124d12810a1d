"""Help texts given as catalog keys, read in the interface language when click shows them.

The command tree is built once (the group modules of cli/commands/ register their
commands when imported), before the language of the call is known: so a command's,
a group's or an option's help is the key of its text in the catalog (`help="cli.opt.json"`,
tui_tracker/catalog/), and the text is looked up each time click reads it: on a help
page, after `TrackerGroup.main` has chosen the language.

- `option(...)`: click.option for the tracker's commands; `help` is a catalog key.
- `TrackerOption`: the option class behind it.
- `Translated`: the attribute that does the lookup (also used by cli/group.py for
  commands' help and the usage line's metavars).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar, overload

import click

from tui_tracker.i18n import t

F = TypeVar("F", bound=Callable[..., Any])


class Translated:
    """A text attribute of a click object (`help`, `short_help`, a metavar) set to a
    catalog key: reading it gives the key's text in the interface language of the moment.
    `clean`: the text is dedented as click dedents an option's help when it stores it."""

    def __init__(self, *, clean: bool = False) -> None:
        self.clean = clean
        self.slot = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}_key"

    @overload
    def __get__(self, instance: None, owner: type) -> Translated: ...
    @overload
    def __get__(self, instance: object, owner: type) -> str | None: ...
    def __get__(self, instance: object | None, owner: type) -> Translated | str | None:
        if instance is None:
            return self
        key: str | None = instance.__dict__.get(self.slot)
        if not key:
            return None
        return inspect.cleandoc(t(key)) if self.clean else t(key)

    def __set__(self, instance: object, key: str | None) -> None:
        instance.__dict__[self.slot] = key


class TrackerOption(click.Option):
    """An option whose help is a catalog key."""

    help = Translated(clean=True)


def option(*param_decls: str, help: str | None = None, **attrs: Any) -> Callable[[F], F]:
    """`click.option`, its `help` a catalog key (see the module's docstring)."""
    return click.option(*param_decls, cls=TrackerOption, help=help, **attrs)
