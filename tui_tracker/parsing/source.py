"""Reading a notice file: bytes on disk (or stdin) → text.

Officials receive notices as PDF (text layer or scan), Word (.docx) and text
copies. The format is told from the file's first bytes, not its name:

- PDF → `tui_tracker.intake.pdf` (pdfplumber; OCR of image-only pages);
- Word 2007+ (.docx) → `tui_tracker.intake.docx` (python-docx);
- text → decoded here: UTF-8 (with or without BOM), UTF-16, or Windows-1258;
- anything else (old .doc, RTF, spreadsheets, images, binary junk) is refused
  with a sentence saying what to do instead of a traceback.

`read_source` is the one entry point of the CLI and the UI; `read_notice_file`
is its text alone.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui_tracker.errors import BadInputError
from tui_tracker.i18n import t

# A notice is a few pages of text; anything far larger is the wrong file.
MAX_BYTES = 10 * 1024 * 1024
# A PDF or .docx carries fonts and, for a scan, page images: a few MB a page.
MAX_DOCUMENT_BYTES = 60 * 1024 * 1024

# Magic numbers. A PDF may have a few bytes of junk before its header.
_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, and password-protected .docx
_RTF = b"{\\rtf"
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8")


@dataclass(frozen=True)
class SourceText:
    """A notice file as read: its text and where it came from.

    `text` is what was extracted (decoded text, or the PDF/DOCX text in
    reading order): the parser normalises it and the store keeps it as the
    notice's original text."""

    text: str
    name: str  # the path as given, or the stdin label
    path: str | None  # absolute path of the file, None for stdin
    sha256: str  # of the file's bytes
    format: str  # "text" | "pdf" | "docx"
    size: int  # bytes
    pages: int | None = None  # PDF pages
    ocr_pages: tuple[int, ...] = field(default=())  # 1-based PDF pages read by OCR

    def to_json(self) -> dict[str, Any]:
        """The extra `source` object of `parse --json`."""
        return {"file": self.name, "path": self.path, "sha256": self.sha256,
                "format": self.format, "size": self.size, "pages": self.pages,
                "ocr_pages": list(self.ocr_pages)}


def read_notice_file(path: str) -> str:
    """The text of the notice at `path` ("-" reads standard input); see `read_source`."""
    return read_source(path).text


def read_source(path: str) -> SourceText:
    """The notice at `path` ("-" reads standard input): .txt/.md in any usual
    encoding, .pdf (scans with OCR when installed), .docx.

    Raises BadInputError (one sentence: what is wrong, what to do) when the
    file is missing, a directory, unreadable, too large, empty, encrypted,
    damaged, of a format not read (.doc, RTF, images ...) or needs OCR that is
    not installed."""
    name, data, resolved = _read_bytes(path)
    fmt = sniff_format(data)
    limit = MAX_BYTES if fmt == "text" else MAX_DOCUMENT_BYTES
    if len(data) > limit:
        size = f"{file_size(path, data):.0f}"
        raise BadInputError(t("parse.file.too_large", path=name, size=size))
    pages: int | None = None
    ocr_pages: tuple[int, ...] = ()
    if fmt == "pdf":
        from tui_tracker.intake.pdf import read_pdf

        pdf = read_pdf(data, name)
        text, pages, ocr_pages = pdf.text, pdf.pages, tuple(pdf.ocr_pages)
    elif fmt == "docx":
        from tui_tracker.intake.docx import read_docx

        text = read_docx(data, name)
    elif fmt == "text":
        text = decode_notice(data, name)
    else:
        raise BadInputError(t(f"intake.format.{fmt}", path=name))
    if not text.strip():
        raise BadInputError(t("parse.file.empty", path=name))
    if fmt != "text" and len(text) > MAX_BYTES // 2:
        # A .docx or PDF may hold more text than a text file may (its XML and fonts
        # pack well): the parser gets no more from it than from a .txt, about
        # 10 MB of Vietnamese (two bytes a letter).
        raise BadInputError(t("intake.text.too_long", path=name,
                              size=f"{len(text.encode('utf-8')) / 1024 / 1024:.0f}",
                              limit=MAX_BYTES // 1024 // 1024))
    return SourceText(text=text, name=name, path=resolved,
                      sha256=hashlib.sha256(data).hexdigest(), format=fmt, size=len(data),
                      pages=pages, ocr_pages=ocr_pages)


def sniff_format(data: bytes) -> str:
    """"pdf", "docx", "text", or what the file is when it is not read: "doc"
    (old Word, or any password-protected Office file), "rtf", "zip" (another
    Office or archive format), "image"."""
    if _PDF in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            # A damaged zip: call it Word when the name of its main part shows.
            return "docx" if b"word/" in data[:4096] else "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if data.startswith(_OLE):
        return "doc"
    if data.lstrip().startswith(_RTF):
        return "rtf"
    if data.startswith(_IMAGES):
        return "image"
    return "text"


def _read_bytes(path: str) -> tuple[str, bytes, str | None]:
    """(name for messages, the bytes, the absolute path or None for stdin)."""
    if path == "-":
        name = t("parse.file.stdin")
        if sys.stdin is None:  # no stdin at all (a daemon, pythonw)
            raise BadInputError(t("parse.file.empty", path=name))
        stream = getattr(sys.stdin, "buffer", None)
        if stream is not None:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
        else:  # a text-only stream (tests, embedding)
            data = sys.stdin.read().encode("utf-8", "surrogatepass")
        return name, data, None
    name = path
    file = Path(path).expanduser()
    if file.is_dir():
        raise BadInputError(t("parse.file.directory", path=name))
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise BadInputError(t("parse.file.missing", path=name)) from None
    except IsADirectoryError:
        raise BadInputError(t("parse.file.directory", path=name)) from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise BadInputError(t("parse.file.unreadable", path=name, reason=reason)) from None
    return name, data, str(file.resolve())


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
