"""Reading one notice file and parsing it, with errors that name the file: for
`parse`, `import` and the import's worker processes (parse_worker.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui_tracker.i18n import t

if TYPE_CHECKING:
    from tui_tracker.model import ParsedNotice
    from tui_tracker.parsing.source import SourceText


def read_and_parse_source(file: str, *, notices_only: bool = False
                          ) -> tuple[SourceText, ParsedNotice]:
    """The file as read (.txt/.md, .pdf, .docx) and what the parser finds in it;
    errors name the file and, for a bad date, the phrase. `notices_only` (`import`):
    an agency's report letter is refused with a sentence saying how to read it."""
    from tui_tracker.errors import BadInputError, InvalidDateError
    from tui_tracker.parsing import parse_notice
    from tui_tracker.parsing.source import read_source

    label = t("cli.stdin") if file == "-" else file

    def named(message: str) -> str:
        # With several files the user must know which one failed; the reader's
        # own messages often name it already.
        return message if file != "-" and file in message else f"{label}: {message}"

    try:
        source = read_source(file)
        parsed = parse_notice(source.text, ocr=bool(source.ocr_pages))
        if notices_only:
            from tui_tracker.parsing.report_letter import is_report_letter

            if is_report_letter(source.text, parsed.notice.doc_type):
                raise BadInputError(t("notices.import.is_report", file=label))
        return source, parsed
    except InvalidDateError as exc:
        message = exc.message
        if exc.phrase and exc.phrase not in message:
            message = f"{message} ({exc.phrase})"
        raise InvalidDateError(named(message), phrase=exc.phrase) from exc
    except BadInputError as exc:
        raise BadInputError(named(exc.message)) from exc
