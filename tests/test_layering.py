"""The layering is enforced, not only written down: the import-linter contracts of
pyproject.toml hold, the import graph has no cycle, and the check really fails when a core
module (or a new core package) imports Textual."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

REPO = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` over the `tui_tracker` found in `root` (the repository or a copy)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config",
                           str(root / "pyproject.toml")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def copy_of_the_package(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "tui_tracker", tmp_path / "tui_tracker",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_hold():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout
    assert "Layers: ui / cli above reports / exports / drafts" in result.stdout


def test_the_import_graph_has_no_cycle():
    graph = grimp.build_graph("tui_tracker", exclude_type_checking_imports=True)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                cycles.append([module, *back])
    assert len(graph.modules) > 50
    assert cycles == []


def test_a_core_module_importing_textual_breaks_the_contract(tmp_path: Path):
    root = copy_of_the_package(tmp_path)
    model = root / "tui_tracker" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nimport textual  # noqa\n",
                     encoding="utf-8")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout
    assert "BROKEN" in result.stdout and "tui_tracker.model -> textual" in result.stdout


def test_a_new_core_package_is_covered_the_day_it_is_created(tmp_path: Path):
    root = copy_of_the_package(tmp_path)
    reports = root / "tui_tracker" / "reports"
    reports.mkdir(exist_ok=True)  # exists once h/reports is merged
    (reports / "__init__.py").write_text("", encoding="utf-8")
    (reports / "table.py").write_text("import rich.table\nimport click\n", encoding="utf-8")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout
    assert "tui_tracker.reports.table -> rich" in result.stdout
    assert "tui_tracker.reports.table -> click" in result.stdout


def test_the_ui_importing_the_cli_breaks_the_contract(tmp_path: Path):
    root = copy_of_the_package(tmp_path)
    screen = root / "tui_tracker" / "ui" / "screens" / "help.py"
    screen.write_text(screen.read_text(encoding="utf-8")
                      + "\nfrom tui_tracker.cli import output  # noqa\n", encoding="utf-8")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout
    assert "tui_tracker.ui.screens.help -> tui_tracker.cli.output" in result.stdout


def test_the_store_importing_the_parser_breaks_the_contract(tmp_path: Path):
    # The bug of issue 15: store/corrections read typed deadlines with a rule of its own.
    root = copy_of_the_package(tmp_path)
    corrections = root / "tui_tracker" / "store" / "corrections.py"
    corrections.write_text(corrections.read_text(encoding="utf-8")
                           + "\nfrom tui_tracker.parsing import deadlines  # noqa\n",
                           encoding="utf-8")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout
    assert "The store does not import the parser BROKEN" in result.stdout
    assert "tui_tracker.store.corrections -> tui_tracker.parsing.deadlines" in result.stdout


@pytest.mark.parametrize(("module", "line", "chain"), [
    # A base module reaching up into the store.
    ("model.py", "from tui_tracker.store import rows", "tui_tracker.model -> tui_tracker.store.rows"),
    # The store reaching up into the reports.
    ("store/task_queries.py", "from tui_tracker.reports import scoreboard",
     "tui_tracker.store.task_queries -> tui_tracker.reports.scoreboard"),
    # Two siblings of one layer: the drafts borrowing from the exports.
    ("drafts/files.py", "from tui_tracker.exports import columns",
     "tui_tracker.drafts.files -> tui_tracker.exports.columns"),
])
def test_an_import_against_the_layers_breaks_the_contract(tmp_path: Path, module: str,
                                                          line: str, chain: str):
    root = copy_of_the_package(tmp_path)
    path = root / "tui_tracker" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout
    assert "Layers: ui / cli above reports / exports / drafts" in result.stdout
    assert chain in result.stdout
