"""The commands of `tui-tracker`, one module per group; importing a module registers
its commands on the root (cli/root.py), so importing this package builds the tree.

- tasks: list, set-status, extend, history
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

from tui_tracker.cli.commands import (
    corrections,
    drafts,
    exports,
    notices,
    replies,
    reports,
    setup,
    tasks,
    ui,
)

GROUPS = (tasks, notices, corrections, replies, reports, exports, drafts, setup, ui)
