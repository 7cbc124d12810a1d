"""The commands of `tui-tracker`, one module per group; importing a module registers
its commands on the root (cli/root.py).

`INDEX` says which module defines each command of the root, so that a call loads only
the module of the command it names: the bare `tui-tracker` (the terminal UI) loads
none, `list` loads tasks.py alone. `--help`, a mistyped name and anything that lists
the commands load them all (`load_all`). tests/cli/test_command_tree.py checks the
index against what the modules define.

- tasks: list, set-status, extend, refuse-extension, history
- notices: parse, import
- corrections: edit-directive, assign, unassign, delete-directive, delete-notice,
  restore-directive, restore-notice, edit-notice, undo-change, corrections
- replies: read-report, apply-report
- reports: report, due
- exports: export
- drafts: draft report, draft reminder
- setup: init, backup, check
- ui: demo (the bare `tui-tracker` is the root's own: cli/root.py)
"""

from __future__ import annotations

import importlib
from types import ModuleType

GROUPS = ("tasks", "notices", "corrections", "replies", "reports", "exports", "drafts",
          "setup", "ui")

INDEX: dict[str, str] = {
    "list": "tasks", "set-status": "tasks", "extend": "tasks", "refuse-extension": "tasks",
    "history": "tasks",
    "parse": "notices", "import": "notices",
    "edit-directive": "corrections", "assign": "corrections", "unassign": "corrections",
    "delete-directive": "corrections", "delete-notice": "corrections",
    "restore-directive": "corrections", "restore-notice": "corrections",
    "edit-notice": "corrections", "undo-change": "corrections",
    "corrections": "corrections",
    "read-report": "replies", "apply-report": "replies",
    "report": "reports", "due": "reports",
    "export": "exports",
    "draft": "drafts",
    "init": "setup", "backup": "setup", "check": "setup",
    "demo": "ui",
}


def load(group: str) -> ModuleType:
    """The group module `group` ("tasks"), imported: its commands are on the root."""
    return importlib.import_module(f"{__name__}.{group}")


def load_all() -> tuple[ModuleType, ...]:
    """Every group module, imported: the whole tree."""
    return tuple(load(group) for group in GROUPS)
