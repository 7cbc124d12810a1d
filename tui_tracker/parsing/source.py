"""Reading a notice file: bytes on disk (or stdin) → text.

Officials save notices from e-office systems, Word and PDF viewers, so the
bytes come as UTF-8 (with or without BOM), UTF-16, or Windows-1258. A file
that is none of these, or no text at all (a PDF, a .docx, an image), is
refused with a sentence saying what to do instead of a traceback.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from pathlib import Path

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t

# A notice is a few pages of text; anything far larger is the wrong file.
MAX_BYTES = 10 * 1024 * 1024

# Magic numbers of formats users mistake for text.
_PDF = b"%PDF"
_OFFICE = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf")


def read_notice_file(path: str) -> str:
    """The text of the notice at `path` ("-" reads standard input).

    Raises BadInputError when the file is missing, a directory, unreadable,
    empty (or only whitespace), or not text (NUL bytes, undecodable)."""
    if path == "-":
        name = t("parse.file.stdin")
        if sys.stdin is None:  # no stdin at all (a daemon, pythonw)
            raise BadInputError(t("parse.file.empty", path=name))
        stream = getattr(sys.stdin, "buffer", None)
        if stream is not None:
            data = stream.read(MAX_BYTES + 1)
        else:  # a text-only stream (tests, embedding)
            data = sys.stdin.read().encode("utf-8", "surrogatepass")
    else:
        name = path
        file = Path(path).expanduser()
        if file.is_dir():
            raise BadInputError(t("parse.file.directory", path=name))
        try:
            with file.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise BadInputError(t("parse.file.missing", path=name)) from None
        except IsADirectoryError:
            raise BadInputError(t("parse.file.directory", path=name)) from None
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            raise BadInputError(t("parse.file.unreadable", path=name, reason=reason)) from None
    if len(data) > MAX_BYTES:
        size = f"{file_size(path, data):.0f}"
        raise BadInputError(t("parse.file.too_large", path=name, size=size))
    text = decode_notice(data, name)
    if not text.strip():
        raise BadInputError(t("parse.file.empty", path=name))
    return text


def file_size(path: str, data: bytes) -> float:
    """Size in MB, from the file when there is one (we stop reading early)."""
    try:
        return Path(path).stat().st_size / 1024 / 1024
    except OSError:
        return len(data) / 1024 / 1024


def decode_notice(data: bytes, name: str) -> str:
    """Bytes → text: UTF-8 (BOM optional), UTF-16 (BOM, or plainly
    alternating NULs), else Windows-1258 or Latin-1 when that gives readable
    text. `name` names the file in error messages."""
    if not data.strip():
        raise BadInputError(t("parse.file.empty", path=name))
    if data.startswith(_PDF):
        raise BadInputError(t("parse.file.pdf", path=name))
    if data.startswith(_OFFICE):
        raise BadInputError(t("parse.file.office", path=name))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_decode(data, "utf-16"), name)
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_decode(data[3:], "utf-8"), name)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise BadInputError(t("parse.file.binary", path=name))
        return _checked(utf16, name)
    text = _decode(data, "utf-8")
    # Old Vietnamese Windows files, then Latin-1. Both map almost every byte,
    # so a result counts only when it reads as text.
    for legacy in ("cp1258", "latin-1"):
        if text is None:
            text = _decode(data, legacy)
            if text is not None and _control_ratio(text) > 0.01:
                text = None
    return _checked(text, name)


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: ASCII letters leave a NUL in every other byte."""
    if len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) > len(zeros) * 0.3 and other.count(0) == 0:
            return _decode(data, encoding)
    return None


def _control_ratio(text: str) -> float:
    controls = sum(1 for c in text
                   if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\n\r\t\f")
    return controls / max(len(text), 1)


def _checked(text: str | None, name: str) -> str:
    """Refuse undecodable bytes and text that is mostly control characters."""
    if text is None or "\x00" in text or _control_ratio(text) > 0.01:
        raise BadInputError(t("parse.file.binary", path=name))
    return text.removeprefix("\ufeff")
