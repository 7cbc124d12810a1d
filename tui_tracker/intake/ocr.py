"""Optical character recognition of image-only pages with tesseract (optional).

Scanned notices are PDFs of page images without a text layer. tesseract with
its Vietnamese data (`apt-get install tesseract-ocr tesseract-ocr-vie`) reads
them, through pytesseract (`pip install 'tui-tracker[ocr]'`). Both are
optional: without them such a PDF is refused with a sentence saying how to
enable OCR, never read as an empty notice.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tui_tracker.intake.layout import Word

LANGUAGE = "vie"
# Rasterising resolution: tesseract reads body text best at about 300 dpi.
DPI = 300


@dataclass(frozen=True)
class OcrEngine:
    """A usable tesseract: `words(image)` gives the positioned words of a page image."""

    words: Callable[[Any], list[Word]]
    version: str


@functools.lru_cache(maxsize=1)
def find_engine() -> OcrEngine | None:
    """tesseract with Vietnamese data through pytesseract, or None when any
    part is missing (the caller refuses the file and says how to install it)."""
    try:
        import pytesseract
    except ImportError:
        return None
    try:
        version = str(pytesseract.get_tesseract_version())
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        return None
    if LANGUAGE not in languages:
        return None
    return OcrEngine(words=_words, version=version)


def _words(image: Any) -> list[Word]:
    """tesseract's words with their boxes. Each word takes its line's vertical
    extent, so a slightly skewed scan still groups into the lines tesseract saw."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang=LANGUAGE, config="--psm 3",
                                     output_type=pytesseract.Output.DICT)
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if text and text.strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    words: list[Word] = []
    for indices in lines.values():
        top = min(data["top"][i] for i in indices)
        bottom = max(data["top"][i] + data["height"][i] for i in indices)
        for i in indices:
            left = float(data["left"][i])
            words.append(Word(data["text"][i].strip(), left, left + data["width"][i],
                              float(top), float(bottom)))
    return words
