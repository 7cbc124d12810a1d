"""Messages shared by the app and every screen.

Flow of a change:

- a widget that wrote to the store posts `DataWritten` (it bubbles up to the app);
- the app also polls `store.data_version()` every second (another SSH session committed)
  and checks the date every minute (the day rolled over);
- in every case the app posts `DataChanged` to each screen of the stack (the top one and
  those under it, so a screen shown again after a dialog is already up to date) and calls
  `refresh_data()` on their `VirtualTable`s that have `auto_refresh` on.

Screens implement `on_data_changed` (or `@on(DataChanged)`) to refresh whatever else they
show (titles, counts, detail panes), keeping cursor and scroll. `DataChanged` does not
bubble: each screen gets its own.

`OpenDirective`, `OpenNotice` and `OpenAgencyTasks` bubble to the app, which pushes the
matching screen; any widget may post them (TaskList does on Enter).
"""

from __future__ import annotations

from textual.message import Message


class DataChanged(Message, bubble=False):
    """The database (or the reference day) changed: refresh what is shown.

    `reason` is "write" (this session wrote), "external" (another connection committed),
    "day" (the date rolled over) or "manual". `generation` grows with every change."""

    def __init__(self, reason: str = "manual", generation: int = 0) -> None:
        super().__init__()
        self.reason = reason
        self.generation = generation


class DataWritten(Message):
    """This session wrote to the store; the app turns it into `DataChanged` everywhere.

    `task_id` is the task that changed, when one did (undo uses it)."""

    def __init__(self, task_id: int | None = None) -> None:
        super().__init__()
        self.task_id = task_id


class OpenDirective(Message):
    """Ask the app to show `DirectiveScreen(directive_id)`."""

    def __init__(self, directive_id: int, task_id: int | None = None) -> None:
        super().__init__()
        self.directive_id = directive_id
        self.task_id = task_id


class OpenNotice(Message):
    """Ask the app to show `NoticeScreen(notice_id)`."""

    def __init__(self, notice_id: int) -> None:
        super().__init__()
        self.notice_id = notice_id


class OpenAgencyTasks(Message):
    """Ask the app to show `AgencyTasksScreen(agency_id)`."""

    def __init__(self, agency_id: int) -> None:
        super().__init__()
        self.agency_id = agency_id
