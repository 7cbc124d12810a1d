"""The command tree (issue 17, point 2): every command defined at module level in its
group's module, found there by its name; help texts read in the interface language when
shown, from one tree built once."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import click
import pytest

from tui_tracker.cli import commands
from tui_tracker.cli.app import cli
from tui_tracker.cli.group import TrackerCommand, TrackerGroup
from tui_tracker.cli.help_texts import TrackerOption
from tui_tracker.i18n import catalog, set_language

COMMANDS = Path(commands.__file__).parent


def every_command() -> dict[str, click.Command]:
    """Every command and group by its path ("list", "draft report"), the root as ""."""
    found: dict[str, click.Command] = {"": cli}
    commands.load_all()  # the root loads a module when its command is named

    def walk(group: click.Group, prefix: str) -> None:
        for name, command in group.commands.items():
            found[f"{prefix}{name}"] = command
            if isinstance(command, click.Group):
                walk(command, f"{prefix}{name} ")

    walk(cli, "")
    return found


@pytest.mark.parametrize("path", sorted(p for p in every_command() if p))
def test_each_command_is_found_by_its_name_with_one_grep_in_its_group_module(path: str) -> None:
    command = every_command()[path]
    module = inspect.getmodule(command.callback)
    assert module is not None and module.__name__.startswith("tui_tracker.cli.commands.")
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    name = path.split()[-1]
    decorators = re.findall(rf'^@(?:command|group)\("{re.escape(name)}"', source, re.MULTILINE)
    assert len(decorators) == 1, f"`{path}`: {module.__name__} should define it once"
    # The body is a plain module-level function of that module, not a closure.
    assert command.callback is not None and "<locals>" not in command.callback.__qualname__


def test_every_group_module_is_imported_and_defines_commands() -> None:
    modules = {path.stem for path in COMMANDS.glob("*.py") if path.stem != "__init__"}
    assert {module.__name__.rsplit(".", 1)[1] for module in commands.load_all()} == modules
    defining = {inspect.getmodule(command.callback).__name__.rsplit(".", 1)[1]  # type: ignore[union-attr]
                for path, command in every_command().items() if path}
    assert defining == modules


def test_every_help_text_is_a_catalog_key_with_both_languages() -> None:
    strings = catalog()
    keys: dict[str, str] = {}  # key -> where it is used
    for path, command in every_command().items():
        assert isinstance(command, TrackerCommand | TrackerGroup), path
        stored = vars(command)  # the keys as cli/help_texts.py's Translated keeps them
        names = ["_help_key", "_options_metavar_key"] + (["_short_help_key"] if path else [])
        if isinstance(command, TrackerGroup):
            names.append("_subcommand_metavar_key")
        keys |= {stored[name]: f"`{path}` {name}" for name in names}
        for param in command.params:
            if isinstance(param, click.Option):
                assert isinstance(param, TrackerOption), (path, param.opts)
                keys[vars(param)["_help_key"]] = f"`{path}` {param.opts[0]}"
    for key, where in keys.items():
        assert key in strings, f"{where}: {key} is not in the catalog"
        vi, en = strings[key]
        assert vi.strip() and en.strip(), where


def test_one_tree_shows_each_language_when_asked() -> None:
    """No tree per language: the same objects read their texts in the language of the
    moment (decided once per call by TrackerGroup.main, before anything is shown)."""
    from tui_tracker.cli import app

    assert app.cli is cli
    listing = cli.commands["list"]
    pages = {}
    for lang in ("vi", "en"):
        set_language(lang)
        pages[lang] = listing.get_help(click.Context(listing, info_name="list"))
    assert pages["vi"] != pages["en"]
    assert "Tùy chọn" in pages["vi"] and "Options" in pages["en"]
    assert "--overdue" in pages["vi"] and "--overdue" in pages["en"]
    set_language("vi")
    assert listing.get_help(click.Context(listing, info_name="list")) == pages["vi"]


def test_the_index_names_the_module_of_every_command_of_the_root() -> None:
    # The root loads only the module the index names for a command (bare `tui-tracker`
    # loads none): a command missing from the index, or under the wrong module, would
    # be "no such command" until something else loaded its module.
    defined = {name: inspect.getmodule(command.callback).__name__.rsplit(".", 1)[1]  # type: ignore[union-attr]
               for name, command in every_command().items() if name and " " not in name}
    assert commands.INDEX == defined


def test_a_command_loads_only_its_own_module() -> None:
    import subprocess
    import sys

    probe = ("import sys; from tui_tracker.cli.app import cli; import click; "
             "ctx = click.Context(cli); cli.get_command(ctx, 'list'); "
             "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules "
             "if m.startswith('tui_tracker.cli.commands.')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "['tasks']"
