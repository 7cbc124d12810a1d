"""Modules imported when first used, so that a short command does not pay for all.

A shell script may call `tui-tracker list` thousands of times; at each start,
loading the code of every other command (parsing, exports, corrections, writers,
a process pool) cost tens of milliseconds that `list` never used.

`importlib.import_module` does the work, under the import lock: unlike the
standard library's LazyLoader (not thread-safe before Python 3.12), two UI worker
threads reaching the same module first are safe."""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands for the module `name`: the first attribute read imports it."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"
