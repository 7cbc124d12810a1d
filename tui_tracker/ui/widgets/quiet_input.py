"""QuietInput: an Input whose cursor does not blink and whose keys keep their order;
`labelled_field`, a dialog's form line.

A blinking cursor redraws twice a second, ~20 KB per 10 s of idle SSH traffic; every text
field of the UI is a QuietInput (the app also stills Textual's own fields, such as the
command palette's, when they take the focus).

Keys in order: Textual's Input inserts a printable key in its key handler, but its own
bound keys (Backspace, arrows, Ctrl+K…) go round through the app's binding dispatch, so
a Backspace typed quickly between letters can land after them ("ba⌫c" gives "bac", not
"bc"): Textualize/textual#6605, fixed upstream by running the widget's own bindings in
its key handler (pull request #6631, not released in Textual 8). QuietInput does the
same, so a fast typist or an over-SSH burst of keys gets what was typed. Drop this once
the Textual the project requires has the fix (tests/ui/test_typing_order.py says when).
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Label


class QuietInput(Input):
    """An Input whose cursor does not blink and whose bound keys run in typing order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cursor_blink = False

    async def _on_key(self, event: events.Key) -> None:
        # The field's own (non-priority) bindings run here, in the order the keys came,
        # instead of after the letters that followed them (textual#6605).
        for binding in self._bindings.key_to_bindings.get(event.key, []):
            if binding.priority:
                continue  # the app ran those before the key came here
            # run_action is False when the action stood aside (SkipAction: a scroll key in
            # a field that cannot scroll): the key then goes on as before, to the screen.
            if await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
        await super()._on_key(event)


def labelled_field(label: str, value: str = "", *, id: str, **kwargs: Any) -> list[Widget]:
    """A form line of the dialogs: its label (muted, above) and a compact QuietInput."""
    return [Label(Content(label)), QuietInput(value, id=id, compact=True, **kwargs)]
