"""Choose a notice file (a path Input with Tab completion, or a folder tree on ctrl+t), or
paste its text (F6 switches to a text area; a multi-line paste into the path field switches
by itself); Enter / ctrl+s reads and parses it in a thread worker, then the review opens. A
bad file or text shows the one sentence of the BadInputError / InvalidDateError, never a
traceback."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button, DirectoryTree, Footer, Input, Label, Static

from tui_tracker.i18n import t, tn
from tui_tracker.model import ParsedNotice
from tui_tracker.store.source_file import SourceFile
from tui_tracker.ui.bindings import bindings, key_for
from tui_tracker.ui.formatting import error_text, literal
from tui_tracker.ui.messages import OpenNotice
from tui_tracker.ui.screens.base import TrackerScreen
from tui_tracker.ui.screens.import_review.paste import PasteArea, parse_pasted
from tui_tracker.ui.screens.import_review.path_input import (
    FileTree,
    PathInput,
    PathSuggester,
    typed_path,
)
from tui_tracker.ui.screens.import_review.review_screen import ImportReviewScreen


class ImportScreen(TrackerScreen):
    """Choose a notice file, read and parse it, then review it before anything is stored."""

    BINDINGS = bindings("import", only=lambda id: id != "import.complete")

    CSS_PATH = "import_screen.tcss"  # its rules, beside it

    class Parsed(Message):
        def __init__(self, parsed: ParsedNotice, source: SourceFile | None) -> None:
            super().__init__()
            self.parsed = parsed
            self.source = source  # the file (path, checksum, format); None: pasted text

    class Failed(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class ReportRead(Message):
        """The file (or text) is an agency's report letter: its review opens."""

        def __init__(self, letter: Any, path: str | None) -> None:
            super().__init__()
            self.letter = letter
            self.path = path  # None: pasted text

    class KindUnknown(Message):
        """Nothing says whether the text is a notice or a report: ask the user."""

        def __init__(self, text: str, source: SourceFile | None, name: str) -> None:
            super().__init__()
            self.text = text
            self.source = source
            self.name = name

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.start_path = path or ""
        self.reading = False
        self.imported_id: int | None = None  # the notice just saved (or found stored)
        self.source_read: str | None = None  # the file being read (None: pasted text)

    def compose(self) -> ComposeResult:
        yield Static(literal(t("ui.import.title")), classes="screen-title")
        with Vertical(id="import-form"):
            yield Label(t("importui.path_label"), id="import-label")
            # Start in the folder of the last file imported in this run, else the
            # current one: Tab then lists what is there. (The demo offers its report
            # letter: the app's import_path.)
            last = self.tracker.last_import_folder
            start = self.start_path or self.tracker.import_path \
                or os.path.join(last or os.getcwd(), "")
            path_input = PathInput(value=start, id="import-path",
                                   placeholder=t("ui.import.path_placeholder",
                                                 complete=key_for("import.complete", self.keymap)),
                                   suggester=PathSuggester(), select_on_focus=False)
            yield path_input
        with Vertical(id="import-paste-form"):
            yield Label(t("importui.paste.label"), id="import-paste-label")
            yield PasteArea(id="import-paste")
        yield Static("", id="import-message")
        # After a save: Enter on this button (focused then) or ctrl+o opens the notice.
        yield Button("", id="import-open", compact=True, variant="primary")
        yield Static(self._hint(), id="import-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.title = t("ui.import.title")
        self.query_one("#import-path", Input).focus()

    def _hint(self) -> Any:
        keys = {"save": key_for("import.review.save", self.keymap),
                "paste": key_for("import.paste", self.keymap),
                "file": key_for("import.paste", self.keymap),
                "parse": key_for("import.read_pasted", self.keymap)}
        if self.has_class("-paste"):
            return literal(t("importui.paste.hint", **keys))
        return literal(t("importui.file.hint", **keys))

    @property
    def pasting(self) -> bool:
        return self.has_class("-paste")

    def action_toggle_paste(self) -> None:
        self.action_paste_mode(not self.pasting)

    def action_paste_mode(self, on: bool, text: str | None = None) -> None:
        """Switch between choosing a file and pasting the notice's text."""
        self.set_class(on, "-paste")
        if on:
            self.remove_class("-tree")
        area = self.query_one("#import-paste", PasteArea)
        if text is not None:
            area.load_text(text)
            area.move_cursor(area.document.end)
        self.query_one("#import-hint", Static).update(self._hint())
        self.query_one("#import-paste" if on else "#import-path").focus()
        self._message("")
        self.refresh_bindings()

    @on(PathInput.PastedLines)
    def _pasted_into_path(self, event: PathInput.PastedLines) -> None:
        # A whole notice pasted where a path goes: it is the text, not a path.
        self.action_paste_mode(True, event.text)

    def action_read_pasted(self) -> None:
        if not self.pasting or self.reading:
            return
        self.reading = True
        self.source_read = None
        self._message(t("importui.paste.reading"))
        self._parse_pasted(self.query_one("#import-paste", PasteArea).text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-parse")
    def _parse_pasted(self, text: str, kind: str | None = "") -> None:
        try:
            if self._report(text, None, t("importui.paste.source"), kind):
                return
            parsed = parse_pasted(text)
        except Exception as exc:  # BadInputError, InvalidDateError: their own sentence
            self.post_message(self.Failed(error_text(exc)))
            return
        self.post_message(self.Parsed(parsed, None))

    def _report(self, text: str, source: SourceFile | None, name: str,
                kind: str | None = "") -> bool:
        """In a worker: when `text` is an agency's report letter (its header says so,
        or the user said so: `kind`), post its reading and say True; when nothing tells,
        ask (True); a notice: False. See parsing.report_letter.letter_kind."""
        from tui_tracker.parsing.report_letter import NOTICE, REPORT, letter_kind

        if kind == "":
            kind = letter_kind(text) if text.strip() else NOTICE
        if kind is None:
            self.post_message(self.KindUnknown(text, source, name))
            return True
        if kind != REPORT:
            return False
        from tui_tracker.replies import read_text

        letter = read_text(text, name=name)
        self.post_message(self.ReportRead(letter, source.path if source else None))
        return True

    def _message(self, text: str, kind: str = "") -> None:
        message = self.query_one("#import-message", Static)
        message.set_classes(kind)
        message.update(literal(text))

    @on(PathInput.Candidates)
    def _candidates(self, event: PathInput.Candidates) -> None:
        if not event.candidates:
            self._message(t("ui.import.no_match"))
            return
        names = [Path(c.rstrip(os.sep)).name + (os.sep if c.endswith(os.sep) else "")
                 for c in event.candidates]
        self._message("  ".join(names))

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        self.read(event.value)

    @on(DirectoryTree.FileSelected)
    def _file_selected(self, event: DirectoryTree.FileSelected) -> None:
        path_input = self.query_one("#import-path", Input)
        path_input.value = str(event.path)
        self.read(str(event.path))

    def read(self, value: str) -> None:
        """Read and parse the file named `value` in a worker, then open the review."""
        value = value.strip()
        if not value:
            self._message(t("ui.import.no_path"), "error")
            return
        value = typed_path(value)
        path = os.path.expanduser(value)
        if os.path.isdir(path):
            self._message(t("ui.import.is_dir", path=value), "error")
            return
        if self.reading:
            return
        self.reading = True
        self.source_read = path
        self._message(t("ui.import.reading", path=value))
        self._parse(path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-parse")
    def _parse(self, path: str) -> None:
        # Imported lazily: the parser is only needed once a file is chosen.
        # read_source reads .txt/.md, .pdf and .docx, as the CLI's import does.
        from tui_tracker.parsing import parse_notice
        from tui_tracker.parsing.source import read_source

        try:
            read = read_source(path)
            # Kept with the notice, as by the CLI: the file's checksum, format, OCR'd pages.
            source = SourceFile(path=read.path, sha256=read.sha256, format=read.format,
                                ocr_pages=read.ocr_pages)
            # An agency's report letter is matched to its tasks, not imported.
            if self._report(read.text, source, Path(path).name):
                return
            parsed = parse_notice(read.text, ocr=bool(read.ocr_pages))
        except Exception as exc:  # BadInputError, InvalidDateError: their own sentence
            self.post_message(self.Failed(error_text(exc)))
            return
        self.post_message(self.Parsed(parsed, source))

    @work(thread=True, exclusive=True, exit_on_error=False, group="import-parse")
    def _parse_as(self, kind: str, text: str, source: SourceFile | None, name: str) -> None:
        """The text read as the user said: a notice or a report."""
        from tui_tracker.parsing import parse_notice

        try:
            if self._report(text, source, name, kind):
                return
            parsed = parse_notice(text, ocr=bool(source.ocr_pages) if source else False)
        except Exception as exc:  # BadInputError, InvalidDateError: their own sentence
            self.post_message(self.Failed(error_text(exc)))
            return
        self.post_message(self.Parsed(parsed, source))

    @on(KindUnknown)
    def _ask_kind(self, message: KindUnknown) -> None:
        from tui_tracker.ui.screens.report_review import LetterKindDialog

        def answered(kind: str | None) -> None:
            if kind is None:
                self.reading = False
                self._message(t("ui.import.cancelled"))
                return
            self._parse_as(kind, message.text, message.source, message.name)

        self.app.push_screen(LetterKindDialog(message.name), answered)

    @on(ReportRead)
    def _report_read(self, message: ReportRead) -> None:
        from tui_tracker.ui.screens.report_review import ReportReviewScreen

        self.reading = False
        self._message("")
        label = None if message.path else t("importui.paste.source")
        self.app.push_screen(ReportReviewScreen(message.letter, message.path, label=label),
                             self._report_reviewed)

    def _report_reviewed(self, result: Any) -> None:
        self._offer_open(None, None)
        if result is None or result.status != "applied":
            self._message(t("replies.ui.done.cancelled"))
            return
        self._message(t("replies.ui.done.applied", letter=result.evidence,
                        count=len(result.task_ids)), "success")

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.reading = False
        self._message(message.text, "error")

    @on(Parsed)
    def _parsed(self, message: Parsed) -> None:
        self.reading = False
        self._message("")
        label = None if message.source else t("importui.paste.source")
        self.app.push_screen(ImportReviewScreen(message.parsed, message.source, label=label),
                             self._reviewed)

    def _reviewed(self, result: Any) -> None:
        self._offer_open(None, None)
        path_input = self.query_one("#import-path", Input)
        if result is None:
            self._message(t("ui.import.cancelled"))
            return
        number = result.number or t("ui.notices.no_number")
        if result.status == "unchanged":
            text = t("ui.import.done.unchanged", number=number)
        else:
            text = t("ui.import.done.imported", number=number,
                     directives=tn("ui.n.directives", result.directives),
                     tasks=tn("ui.n.tasks", result.tasks))
        # The message says it where the user looks; no toast over the screen as well.
        self._message(text, "success")
        self._offer_open(result.id, number)
        if isinstance(self.source_read, str):
            # The next notice is most often beside this one: the field keeps the focus,
            # ready in this file's folder (remembered for the next visit too).
            folder = os.path.join(os.path.dirname(os.path.abspath(self.source_read)), "")
            self.tracker.last_import_folder = folder
            path_input.value = folder
            path_input.cursor_position = len(folder)
        path_input.focus()

    def _offer_open(self, notice_id: int | None, number: str | None) -> None:
        self.imported_id = notice_id
        self.set_class(notice_id is not None, "-imported")
        if notice_id is not None:
            button = self.query_one("#import-open", Button)
            button.label = t("ui.import.open_button", number=number,
                             key=key_for("import.open", self.keymap))
        self.refresh_bindings()

    @on(Button.Pressed, "#import-open")
    def action_open_imported(self) -> None:
        if self.imported_id is not None:
            self.post_message(OpenNotice(self.imported_id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_imported":
            return self.imported_id is not None
        if action == "read_pasted":
            return self.pasting
        if action == "toggle_tree":
            return not self.pasting
        return True

    def action_toggle_tree(self) -> None:
        if not self.query("#import-tree"):
            value = os.path.expanduser(typed_path(
                self.query_one("#import-path", Input).value.strip()))
            folder = value if os.path.isdir(value) else os.path.dirname(value)
            tree = FileTree(folder if folder and os.path.isdir(folder) else ".", id="import-tree")
            self.mount(tree, after=self.query_one("#import-message"))
        self.toggle_class("-tree")
        if self.has_class("-tree"):
            self.query_one("#import-tree").focus()
        else:
            self.query_one("#import-path").focus()

    def action_back(self) -> None:
        self.tracker.go_back()
