"""Where a stored notice came from: the file's path, checksum, format, OCR'd pages."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceFile:
    """A notice's file as the store records it (the reader's SourceText, without
    the text). A plain string given as a source is its path alone."""

    path: str | None
    sha256: str | None = None
    format: str | None = None  # 'text', 'pdf', 'docx'
    ocr_pages: tuple[int, ...] = ()


def as_source_file(source: str | SourceFile | None) -> SourceFile:
    if isinstance(source, SourceFile):
        return source
    return SourceFile(path=source)


def record_source(conn: sqlite3.Connection, notice_id: int, source: SourceFile) -> None:
    """Store the file's checksum, format and OCR'd pages on the new notice."""
    if source.sha256 is None and source.format is None and not source.ocr_pages:
        return
    conn.execute(
        "UPDATE notices SET source_sha256 = ?, source_format = ?, source_ocr_pages = ? "
        "WHERE id = ?", (source.sha256, source.format, json.dumps(list(source.ocr_pages)),
                         notice_id))
