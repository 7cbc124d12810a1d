"""`parse` and `import`: reading notice files, showing what was found, storing them."""

from __future__ import annotations

import contextlib
import functools
import itertools
import multiprocessing
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tui_tracker.cli.output import console, format_day, plain, print_json
from tui_tracker.cli.reading import read_and_parse_source
from tui_tracker.cli.runtime import current_runtime, open_store
from tui_tracker.i18n import t, tn
from tui_tracker.model import Role
from tui_tracker.text import strip_terminal_escapes

if TYPE_CHECKING:
    from tui_tracker.model import ParsedNotice
    from tui_tracker.parsing.source import SourceText


def read_and_parse(file: str) -> ParsedNotice:
    """Read and parse one file; errors name the file and, for a bad date, the phrase."""
    return read_and_parse_source(file)[1]


def parsed_json(source: SourceText, parsed: ParsedNotice) -> dict[str, Any]:
    """`parse --json`: the contract's keys, plus the file's name, checksum and
    format under the extra key "source"."""
    data = parsed.to_json()
    data["source"] = source.to_json()
    return data


def _source_summary(source: SourceText) -> str | None:
    """"PDF, 3 trang (OCR trang 2)", "Word (.docx)"; None for text files."""
    if source.format == "pdf":
        summary = t("intake.source.pdf", pages=source.pages)
        if source.ocr_pages:
            pages = ", ".join(map(str, source.ocr_pages))
            summary += f" ({t('intake.source.ocr', pages=pages)})"
        return summary
    if source.format == "docx":
        return t("intake.source.docx")
    return None


def print_parsed(parsed: ParsedNotice, source: SourceText | None = None) -> None:
    from rich import box
    from rich.table import Table

    out = console()
    header = parsed.notice
    title = header.title or t("cli.parse.no_title")
    out.print(plain(f"{header.doc_type or '?'} {header.number or t('cli.notice.no_number')}"
                    f" — {title}"))
    facts = [
        (t("cli.parse.issuer"), header.issuer),
        (t("cli.parse.issued_on"), format_day(header.issued_on) if header.issued_on else None),
        (t("cli.parse.meeting_on"), format_day(header.meeting_on) if header.meeting_on else None),
        (t("cli.parse.presiding"), header.presiding),
        (t("cli.parse.signer"), header.signer),
    ]
    if source is not None:
        facts.append((t("intake.source.summary"), _source_summary(source)))
    for label, value in facts:
        if value:
            out.print(plain(f"  {label}: {value}"))
    if parsed.references:
        out.print(plain(f"  {t('cli.parse.references')}: "
                        + "; ".join(r.number or r.text for r in parsed.references)))

    count = len(parsed.directives)
    table = Table(title=tn("cli.parse.directives", count, count=count),
                  title_justify="left", box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False,
                  show_edge=False)
    table.add_column(t("cli.col.ref"), no_wrap=True)
    table.add_column(t("cli.col.agencies"), ratio=3)
    table.add_column(t("cli.col.deadline"), ratio=2)
    table.add_column(t("cli.col.summary"), ratio=4)
    for d in parsed.directives:
        coordinating = [a.agency for a in d.assignments if a.role == Role.COORDINATE]
        if d.with_related:
            coordinating.append(t("cli.parse.related"))
        # Co-subjects ("Sở Nội vụ và Công an tỉnh chủ trì") all lead: show each of them.
        leads = [a.agency for a in d.assignments if a.role == Role.LEAD]
        agencies = plain("; ".join(leads) or d.lead or "—")
        agencies.stylize("bold")
        if coordinating:
            agencies.append_text(plain("\n" + t("cli.parse.coordinating",
                                                agencies=", ".join(coordinating))))
        if d.deadline:
            deadline = plain(format_day(d.deadline.due_on) if d.deadline.due_on else "—")
            deadline.append_text(plain("\n" + d.deadline.text))
        else:
            deadline = plain("—")
        summary = plain(d.heading or _first_sentence(d.text))
        if d.flags:
            # The parser was unsure: say of what, as the import review does ("!").
            from tui_tracker.parsing.flags import flag_label

            flags = plain("\n! " + "; ".join(flag_label(f) for f in d.flags))
            flags.stylize("yellow")
            summary.append_text(flags)
        table.add_row(plain(d.ref + (" !" if d.flags else "")), agencies, deadline, summary)
    out.print(table)
    flagged = sum(1 for d in parsed.directives if d.flags)
    if flagged:
        out.print(plain(tn("cli.parse.to_check", flagged, count=flagged)), style="yellow")
    for warning in parsed.warnings:
        out.print(plain(f"{t('cli.parse.warning')}: {warning}"), style="yellow")


def _first_sentence(text: str, limit: int = 160) -> str:
    sentence = re.split(r"(?<=[.;:])\s", text.strip(), maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


# Parsing is the whole cost of an import: from this many files on, they are parsed
# on every core, in order, while this process stores them.
_POOL_MIN_FILES = 64
_POOL_MAX_WORKERS = 4


@contextlib.contextmanager
def _parsed(files: Sequence[str], *, notices_only: bool
            ) -> Iterator[Iterator[tuple[SourceText, ParsedNotice]]]:
    """The notices of `files`, in order, each parsed when needed: in this process
    for a few files, by a pool of worker processes for many, started on entering
    (the workers warm up while this process reads its first file) and stopped on
    leaving. A bad file raises when its turn comes (the caller's transaction rolls
    back)."""
    workers = min(os.cpu_count() or 1, _POOL_MAX_WORKERS)
    if len(files) < _POOL_MIN_FILES or workers < 2 or "-" in files:
        yield (read_and_parse_source(file, notices_only=notices_only) for file in files)
        return
    from tui_tracker.cli import parse_worker

    # forkserver: the workers do not inherit this process's open database. The
    # server loads and warms the parser once and forks the workers from it
    # (parse_worker.py); "__main__" is the default it would preload otherwise.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", parse_worker.__name__])
    with context.Pool(workers) as pool:
        work = functools.partial(parse_worker.parse_in_worker, notices_only=notices_only)
        yield _checked(pool.imap(work, files, chunksize=8))


def _checked(results: Iterator[tuple[Any, Any]]) -> Iterator[tuple[SourceText, ParsedNotice]]:
    """The workers' results, their errors raised again here (see parse_worker)."""
    from tui_tracker.errors import BadInputError, InvalidDateError

    for notice, error in results:
        if error is not None:
            kind, message, phrase = error
            if kind == "date":
                raise InvalidDateError(message, phrase=phrase or "")
            raise BadInputError(message)
        assert notice is not None
        yield notice


def _remove_database(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)


def import_notices(files: Sequence[str], *, as_json: bool, dry_run: bool,
                   as_notice: bool = False) -> None:
    # An agency's report letter is refused (its items would be stored as new tasks)
    # unless the user says it is a notice (`--as-notice`).
    notices_only = not as_notice
    # Each file is read and parsed when its turn comes, inside the one transaction
    # of the batch: memory stays flat for thousands of files, and a bad file among
    # several raises there, which rolls back the whole batch: nothing stored.
    with _parsed(files[1:], notices_only=notices_only) as rest:
        # A bad first file fails before any database is opened.
        first = read_and_parse_source(files[0], notices_only=notices_only)
        _store(files, itertools.chain([first], rest), as_json=as_json, dry_run=dry_run)


def _store(files: Sequence[str], pairs: Iterator[tuple[SourceText, ParsedNotice]], *,
           as_json: bool, dry_run: bool) -> None:
    """Store the parsed files in one transaction (or try it, dry_run) and say what
    became of each."""
    import dataclasses

    from tui_tracker.errors import BadInputError
    from tui_tracker.store.source_file import SourceFile

    notices_in, sources_in = itertools.tee(pairs)  # consumed in step: one pair buffered
    read: list[SourceText] = []  # what was read, without the text: for the summary

    def file_records() -> Iterator[SourceFile]:
        for source, _ in sources_in:
            read.append(dataclasses.replace(source, text=""))
            yield SourceFile(path=source.path, sha256=source.sha256, format=source.format,
                             ocr_pages=source.ocr_pages)
    path = current_runtime().db_path()
    with tempfile.TemporaryDirectory(prefix="tui-tracker-dry-") as scratch:
        if dry_run and not path.exists():
            # A dry run never creates the database; against an empty one every
            # notice would be new, which a scratch database answers the same way.
            path = Path(scratch) / "dry-run.db"
        created = not path.exists()
        store = open_store(path, create=True)  # import may start a new database
        if dry_run and store.read_only:
            # Nothing is kept by a dry run, so a database this user may only read
            # answers too: the same question is put to a copy of it.
            copy = Path(scratch) / "dry-run.db"
            store.backup(copy)
            store.close()
            store = open_store(copy, create=False)
        try:
            # One transaction for all the files: a database failure halfway leaves
            # nothing of this command behind (cli-contract: a failed command changes
            # nothing), not the first half of the batch.
            stored = store.import_notices((notice for _, notice in notices_in),
                                          sources=file_records(),
                                          dry_run=dry_run)
        except BadInputError:
            store.close()
            if created:
                # A bad file leaves nothing behind, not even the database this
                # command created for it (a failure of the database itself keeps
                # the empty, valid database).
                _remove_database(path)
            raise
        finally:
            store.close()
        results = list(zip(files, stored, strict=True))

    if as_json:
        # "sha256", "format", "pages", "ocr_pages": extra keys (the contract allows them).
        print_json({"notices": [
            {"id": r.id, "number": r.number, "title": r.title, "directives": r.directives,
             "tasks": r.tasks, "status": r.status, "file": file, "dry_run": dry_run,
             "sha256": source.sha256, "format": source.format, "pages": source.pages,
             "ocr_pages": list(source.ocr_pages)}
            for (file, r), source in zip(results, read, strict=True)]})
        return
    for file, r in results:
        key = "cli.import.unchanged" if r.status == "unchanged" else (
            "cli.import.would_import" if dry_run else "cli.import.imported")
        click.echo(strip_terminal_escapes(t(
            key, file=t("cli.stdin") if file == "-" else file,
            number=r.number or t("cli.notice.no_number"), id=r.id if r.id is not None else "—",
            directives=r.directives, tasks=r.tasks)))
