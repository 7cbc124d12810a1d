"""`tui-tracker --version`: the installed package's version, from its metadata."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import click

from tui_tracker.i18n import set_language


def test_version_comes_from_the_package_metadata():
    done = subprocess.run([sys.executable, "-m", "tui_tracker", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"tui-tracker {version('tui-tracker')}\n"
    assert done.stderr == ""


def test_version_is_in_the_help_in_both_languages():
    from tui_tracker.cli.app import cli

    for lang, words in (("vi", "In phiên bản"), ("en", "Print the installed version")):
        set_language(lang)
        text = cli.get_help(click.Context(cli))
        assert "--version" in text and words in text
