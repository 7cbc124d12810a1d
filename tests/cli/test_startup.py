"""`list` starts without the code of the other commands: scripts call it in loops,
and every module loaded at start is paid at every call (benchmarks/bench_cli.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tui_tracker.store import Store

# Loaded only by the commands that need them (tui_tracker/lazy.py, task_rows.py).
NOT_FOR_LIST = (
    "tui_tracker.cli.notices",      # parse/import, with its process pool
    "tui_tracker.cli.exports",
    "tui_tracker.cli.drafts",
    "tui_tracker.parsing",
    "tui_tracker.store.changes",
    "tui_tracker.store.corrections",
    "tui_tracker.store.importer",
    "tui_tracker.store.rows",       # the notice and directive dataclasses
    "tui_tracker.store.queries",
    "multiprocessing",
    "rich",
    "textual",
)

PROBE = """
import json, sys
from tui_tracker.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def test_list_loads_none_of_the_other_commands_code(tmp_path: Path) -> None:
    db = tmp_path / "tasks.db"
    Store.open(db).close()
    env = {**os.environ, "TUI_TRACKER_DB": str(db), "TUI_TRACKER_TODAY": "2026-12-06",
           "TUI_TRACKER_SETTINGS": str(tmp_path / "settings.toml")}
    done = subprocess.run([sys.executable, "-c", PROBE, "list", "--open"], env=env,
                          capture_output=True, text=True, check=True)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] in (0, None)
    loaded = set(report["modules"])
    assert "tui_tracker.store.task_queries" in loaded  # it did list
    assert [name for name in NOT_FOR_LIST if name in loaded] == []


def test_the_commands_load_what_they_need_when_they_run(tmp_path: Path) -> None:
    # The lazily loaded modules are really there when a command uses them.
    db = tmp_path / "tasks.db"
    env = {**os.environ, "TUI_TRACKER_DB": str(db), "TUI_TRACKER_SETTINGS": str(tmp_path / "settings.toml")}
    notice = next((Path(__file__).parents[2] / "fixtures").glob("*.txt"))
    done = subprocess.run([sys.executable, "-m", "tui_tracker", "import", "--json", str(notice)],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)
