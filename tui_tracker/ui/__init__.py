"""The terminal UI (Textual). Only the CLI imports it, lazily: `from tui_tracker.ui.app
import run_app`. Nothing outside this package imports Textual (tests/test_layering.py).

Rooms:
- app.py, app.tcss: the shell (navigation, live refresh, theme) and the whole look, the
  `.screen-title` and `.dialog` rules included; bindings.py, commands.py, messages.py;
- access.py: typed access to the app (`self.tracker`, `self.store`, `self.today`);
- formatting.py: text helpers (dates shown, literal notice text, error sentences);
- screens/: full screens, all on screens/base.py's TrackerScreen;
- tasks/: the task list, how a task reads (labels), its triage dialogs and its history;
- dialogs/: the other modal dialogs (filter, a long text shown literally);
- widgets/: VirtualTable, FilterBar, QuietInput (every text field).
"""
