"""The docs are tested against the code, as sqlite-utils' tests/test_docs.py does
(issue 16, point 8):

- every command and every option of the CLI appears in docs/cli.md, in its command's
  section, and docs/cli.md names no command the CLI lacks;
- the README's key table equals the key registry (tui_tracker/ui/bindings.py): the same
  ids, each with the keys the registry gives it;
- the README's exit-code table equals docs/cli.md's, one row per code;
- the README's list of parser flags equals parsing/flags.py's FLAGS;
- the README's example [keys] section is one the UI accepts (no collision);
- the README has one "What works" list and no "Not yet" line.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import click
import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
CLI_MD = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")


def commands() -> dict[str, click.Command]:
    """Every command path of the CLI ("list", "draft report")."""
    from tui_tracker.cli.app import cli as root

    found: dict[str, click.Command] = {}

    def walk(group: click.Group, prefix: str) -> None:
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            assert command is not None
            found[f"{prefix}{name}"] = command
            if isinstance(command, click.Group):
                walk(command, f"{prefix}{name} ")

    walk(root, "")
    found[""] = root
    return found


GLOBAL = {"--db", "--today", "--lang", "--debug", "--version", "--help", "-h"}


def section(name: str) -> str:
    """The part of docs/cli.md about `tui-tracker NAME`: its heading to the next one."""
    heading = re.compile(rf"^#+ `tui-tracker{' ' + re.escape(name) if name else ''}"
                         rf"(?: [^`]*)?`\s*$", re.MULTILINE)
    match = heading.search(CLI_MD)
    assert match, f"docs/cli.md has no section for `tui-tracker {name}`"
    following = re.compile(r"^#+ ", re.MULTILINE).search(CLI_MD, match.end())
    return CLI_MD[match.end(): following.start() if following else len(CLI_MD)]


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_and_option_is_in_docs_cli_md(name: str) -> None:
    command = commands()[name]
    text = section(name)
    for param in command.params:
        if not isinstance(param, click.Option):
            continue
        for option in param.opts + param.secondary_opts:
            if option in GLOBAL:
                assert f"`{option}" in CLI_MD, option  # the global options' table
            else:
                assert f"`{option}" in text, f"{option} of `{name}` is not in docs/cli.md"


def test_docs_cli_md_names_no_command_the_cli_lacks() -> None:
    documented = set(re.findall(r"^#+ `tui-tracker ?([a-z -]*?)(?: [A-Z\[][^`]*)?`\s*$",
                                CLI_MD, re.MULTILINE))
    assert documented == set(commands())


def table_rows(text: str, header: str) -> list[list[str]]:
    """The cells of the markdown table whose header row is `header`."""
    start = text.index(header)
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([cell.strip() for cell in cells])
    return rows


def test_the_readme_key_table_equals_the_key_registry() -> None:
    from tui_tracker.ui.bindings import KEYS, keys_text

    rows = table_rows(README, "| where | keys | action | id |")
    readme = {row[3].strip("`"): ", ".join(key.strip("` ") for key in row[1].split("`, `"))
              for row in rows}
    assert len(readme) == len(rows), "an id appears twice in the README's key table"
    registry = {spec.id: keys_text(spec) for spec in KEYS}
    assert set(readme) == set(registry)
    assert readme == registry


def test_the_readme_exit_codes_equal_docs_cli_md() -> None:
    readme = table_rows(README, "| code | meaning |")
    docs = table_rows(CLI_MD, "| code | meaning |")
    assert readme == docs
    codes = [row[0] for row in readme]
    assert len(codes) == len(set(codes)), "one row per exit code"
    assert {"0", "1", "2", "3", "4", "5"} <= set(codes)


def test_the_readme_flags_equal_the_parsers() -> None:
    from tui_tracker.parsing.flags import FLAGS

    rows = table_rows(README, "| flag | meaning |")
    assert {row[0].strip("`"): row[1] for row in rows} == FLAGS


def test_the_readme_keys_example_is_accepted_by_the_ui() -> None:
    from tui_tracker.ui.bindings import keymap_collisions, resolve_keymap, validate_keymap

    block = README[README.index("### Remapping keys"):]
    example = block[block.index("```toml") + len("```toml"):]
    example = example[:example.index("```")]
    keymap = resolve_keymap(tomllib.loads(example)["keys"])
    assert validate_keymap(keymap) == []
    assert keymap_collisions(keymap) == []


def test_one_what_works_list_and_no_not_yet() -> None:
    assert README.count("## What works") == 1
    assert "Not yet" not in README
    formats = README[README.index("## Formats"):README.index("\n## ", README.index("## Formats") + 3)]
    assert "Correcting what an import" not in formats  # back in "What works"


def test_help_and_readme_point_to_docs_cli_md() -> None:
    from builders import run

    assert "docs/cli.md" in README
    assert "docs/cli.md" in " ".join(run("--help").output.split())


def test_the_readme_test_command_is_what_ci_runs() -> None:
    """The README's "run the tests" line and .ci/run run the same steps (issue 17)."""
    block = README[README.index("Run the tests"):]
    start = block.index("```sh\n") + len("```sh\n")
    command = block[start:block.index("\n```", start)]
    steps = [step.strip() for step in command.split("&&")]
    assert steps[:2] == ["python3 -m venv .venv", ". .venv/bin/activate"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    ci_lines = [line.split("#")[0].strip() for line in ci.splitlines()]
    for step in steps[2:]:
        if step.startswith("pip install"):
            assert "pip install -q " + step.removeprefix("pip install ") in ci_lines, step
        else:
            assert any(line == step or line.endswith(f" {step} || status=$?")
                       for line in ci_lines), f"{step!r} is not run by .ci/run"
