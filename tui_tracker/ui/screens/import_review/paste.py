"""Pasted notices: text copied from an e-mail or a web page, read like a file's text.

`parse_pasted` is what the import screen's worker runs: the same parser as a file, with
sentences about pasted text (not about a file) when it is empty, too large or no notice.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import TextArea

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t
from tui_tracker.model import ParsedNotice


class PasteArea(TextArea):
    """A plain TextArea for the pasted notice: wrapped, no line numbers, no blinking."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, tab_behavior="focus",
                         **kwargs)
        self.cursor_blink = False


def parse_pasted(text: str) -> ParsedNotice:
    """The notice in `text`, or BadInputError with one sentence on what to paste instead."""
    # Imported here: the parser loads when the first notice is read, not at start-up.
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import MAX_BYTES

    if not text.strip():
        raise BadInputError(t("importui.paste.empty"))
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise BadInputError(t("importui.paste.too_large", size=size // (1024 * 1024),
                              limit=MAX_BYTES // (1024 * 1024)))
    not_a_notice = t("parse.structure.not_a_notice")
    try:
        return parse_notice(text)
    except BadInputError as exc:
        if exc.message == not_a_notice:  # its sentence speaks of a file: say it for a paste
            raise BadInputError(t("importui.paste.not_a_notice")) from None
        raise
