"""A settings file the UI cannot follow is refused at start with exit 2 and one sentence
(issue 16, point 4): an unknown binding id, a key that collides with another binding of the
same screen, a theme that does not exist. Not a toast over a half-followed UI."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import isolate_cli, run

from tui_tracker.ui.bindings import keymap_collisions, resolve_keymap


@pytest.mark.parametrize(("settings", "said"), [
    ('[ui]\ntheme = "nope"\n', "nope"),
    ('[keys]\n"tasks.nope" = "z"\n', "tasks.nope"),
    ('[keys]\n"app.notices" = "f2,n"\n', "tasks.note"),  # the README's old example
    ('[keys]\n"tasks.done" = "e"\n', "tasks.extend"),
])
def test_a_settings_file_the_ui_cannot_follow_exits_2(settings, said, tmp_path: Path,
                                                      monkeypatch) -> None:
    isolate_cli(monkeypatch, tmp_path, db=tmp_path / "tracker.db")
    path = tmp_path / "settings.toml"
    path.write_text(settings, encoding="utf-8")
    run("init")
    launched = []
    monkeypatch.setattr("tui_tracker.ui.app.TrackerApp.run",
                        lambda self, *a, **k: launched.append(self))
    result = run()
    assert result.exit_code == 2, result.output
    assert said in result.output and str(path) in result.output
    assert not launched  # the screen was never taken


def test_remapped_keys_that_share_no_screen_do_not_collide() -> None:
    keymap = resolve_keymap({"tasks.done": "d", "app.notices": "f2,N", "directive.text": "v",
                             "import.review.save": "ctrl+w", "quit": "ctrl+x"})
    assert keymap_collisions(keymap) == []
    # The defaults share keys on purpose (u undoes everywhere): nothing to report.
    assert keymap_collisions({}) == []
