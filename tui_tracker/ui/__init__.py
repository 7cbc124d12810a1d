"""The terminal UI (Textual). Only the CLI imports it, lazily: `from tui_tracker.ui.app
import run_app`. Nothing outside this package imports Textual (tests/test_layering.py).

Rooms:
- app.py, app.tcss: the shell (navigation, live refresh, theme) and the look every screen
  shares, the `.screen-title` and `.dialog` rules included; bindings.py, commands.py,
  messages.py;
- styles: a screen or dialog keeps its rules in a .tcss file beside its module
  (`CSS_PATH`, read when it is first shown), as Harlequin does; `DEFAULT_CSS` only for the
  reusable widgets (VirtualTable, FilterBar, ScoreChart), which an app may restyle;
- access.py: typed access to the app (`self.tracker`, `self.store`, `self.today`);
- formatting.py: text helpers (dates shown, literal notice text, error sentences);
- screens/: full screens, all on screens/base.py's TrackerScreen;
- tasks/: the task list, how a task reads (labels), its triage dialogs and its history;
- dialogs/: the other modal dialogs (filter, a long text shown literally);
- widgets/: VirtualTable, FilterBar, QuietInput (every text field).
"""
