"""Upgrades of an existing database, one schema version at a time.

Version N's upgrade is every module `vN_<topic>.py` of this package, run in name
order inside the one migration transaction; each module has `upgrade(conn)` and
makes the same change that schema.sql (which new databases start from) already
describes. Several features may add to one version: each keeps its own module.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable

Upgrade = Callable[[sqlite3.Connection], None]


def upgrades_for(version: int) -> list[Upgrade]:
    """The upgrade steps that take a database from version-1 to `version`, in order."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__)
                   if info.name.startswith(f"v{version}_"))
    return [importlib.import_module(f"{__name__}.{name}").upgrade for name in names]


def upgrade_to(version: int) -> Upgrade:
    """One callable for MIGRATIONS[version]: all of that version's steps."""
    def run(conn: sqlite3.Connection) -> None:
        for step in upgrades_for(version):
            step(conn)
    return run
