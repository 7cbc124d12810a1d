import string
import subprocess
import sys

import pytest

from tui_tracker import i18n


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_catalog_entry_has_both_languages_with_the_same_placeholders():
    for key, (vi, en) in i18n.catalog().items():
        assert vi.strip() and en.strip(), key
        assert _fields(vi) == _fields(en), key


def test_language_switch_and_formatting():
    try:
        i18n.set_language("en")
        assert i18n.t("countdown.overdue", days=5) == "5 days overdue"
        i18n.set_language("vi")
        assert i18n.t("countdown.overdue", days=5) == "quá hạn 5 ngày"
    finally:
        i18n.set_language("vi")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_core_layers_never_import_textual():
    # Start-up stays fast and the core stays usable without a terminal.
    code = (
        "import sys, tui_tracker.cli, tui_tracker.store, tui_tracker.parsing, "
        "tui_tracker.text, tui_tracker.model, tui_tracker.agencies\n"
        "assert 'textual' not in sys.modules, 'textual imported by the core'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_scope_of_keys_has_a_name_for_the_help() -> None:
    # The help screen names where each key works (ui.scope.<scope>): a new scope without
    # one would show its catalog key.
    from tui_tracker.i18n import catalog
    from tui_tracker.ui.bindings import SCOPES

    assert [scope for scope in SCOPES if f"ui.scope.{scope}" not in catalog()] == []
