"""The JSON export: the whole database, one record per line, and reading it back.

The file is one JSON object (so any JSON tool reads it), written record by
record as `Store.dump()` hands them over, so memory stays bounded by one notice:

    {"format": "tui-tracker-export", "format_version": 2, "schema_version": 3,
     "exported_at": "...",
    "agencies": [
    {...one agency with its aliases...},
    ...],
    "notices": [
    {...one notice with its references, directives, tasks and their history...},
    ...],
    "changes": [
    {...one correction of the change log...},
    ...]}

Reading uses ijson, which parses the same file notice by notice, so restoring a
large export does not hold it in memory either.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t

if TYPE_CHECKING:
    from tui_tracker.store import Store

Record = tuple[str, dict[str, Any]]
_SECTIONS = {"agency": "agencies", "notice": "notices", "change": "changes"}
_KINDS = {section: kind for kind, section in _SECTIONS.items()}


class JsonExportWriter:
    """A `Store.dump()` sink that writes the export to a text stream as records arrive."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.section: str | None = None
        self.opened: set[str] = set()
        self.first_in_section = True
        self.counts = dict.fromkeys(_SECTIONS, 0)

    def __call__(self, kind: str, record: dict[str, Any]) -> None:
        if kind == "header":
            head = json.dumps(record, ensure_ascii=False)
            self.out.write(head[:-1])  # the object stays open for the sections
            return
        section = _SECTIONS[kind]
        if section != self.section:
            self._open(section)
        self.out.write("\n" if self.first_in_section else ",\n")
        self.out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        self.first_in_section = False
        self.counts[kind] += 1

    def _open(self, section: str) -> None:
        if self.section is not None:
            self.out.write("]")
        self.out.write(f',\n"{section}": [')
        self.section = section
        self.opened.add(section)
        self.first_in_section = True

    def close(self) -> None:
        """End the document: every section present, empty ones as []."""
        for section in _SECTIONS.values():
            if section not in self.opened:
                self._open(section)
        self.out.write("]}\n")


def write_json(store: Store, path: Path) -> dict[str, int]:
    """Write the export of `store` to `path`; the number of agencies and notices."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        writer = JsonExportWriter(out)
        store.dump(writer)
        writer.close()
    return writer.counts


def looks_like_export(path: str) -> bool:
    """True when the file starts like a JSON object (a notice never does): `import`
    then treats it as an export, and refuses it clearly if it is not ours."""
    if path == "-":
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError:
        return False  # the notice reader reports unreadable files
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def read_records(stream: IO[bytes]) -> Iterator[Record]:
    """The records of an export, in file order: ("header", {...}) first, then
    ("agency", {...}), ("notice", {...}) and ("change", {...}) one at a time. Raises
    BadInputError
    for a file that is not an export or is not valid JSON."""
    import ijson

    head = stream.read(3)
    if head != b"\xef\xbb\xbf":  # a byte-order mark an editor may have added
        stream.seek(0)
    events = ijson.parse(stream, use_float=True)
    try:
        yield from _records(events)
    except ijson.JSONError as exc:
        detail = (str(exc).strip().splitlines() or ["?"])[0][:160]
        raise BadInputError(t("exports.restore.not_json", detail=detail)) from exc


def _records(events: Iterator[tuple[str, str, Any]]) -> Iterator[Record]:
    import ijson

    header: dict[str, Any] = {}
    header_sent = False
    first = next(events, None)
    if first is None or first[1] != "start_map":
        raise BadInputError(t("exports.restore.not_export"))
    for prefix, event, value in events:
        if prefix == "" and event == "end_map":
            break
        if event == "map_key" and prefix == "":
            continue
        section = prefix.split(".", 1)[0]
        if section in _KINDS:
            if not header_sent:
                yield "header", header
                header_sent = True
            if prefix == section and event in ("start_array", "end_array"):
                continue
            if prefix == f"{section}.item" and event == "start_map":
                builder = ijson.ObjectBuilder()
                builder.event(event, value)
                depth = 1
                for _prefix, inner_event, inner_value in events:
                    builder.event(inner_event, inner_value)
                    if inner_event in ("start_map", "start_array"):
                        depth += 1
                    elif inner_event in ("end_map", "end_array"):
                        depth -= 1
                        if depth == 0:
                            break
                yield _KINDS[section], builder.value
                continue
            raise BadInputError(t("exports.restore.damaged", detail=prefix))
        if header_sent:
            continue  # a later top-level key another version may add
        # A top-level value before the sections: part of the header (scalars only).
        if event in ("start_map", "start_array"):
            _skip(events, 1)
        else:
            header[prefix] = value
    if not header_sent:
        yield "header", header


def _skip(events: Iterator[tuple[str, str, Any]], depth: int) -> None:
    """Consume the events of a nested value whose start event was already read."""
    for _prefix, event, _value in events:
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                return
