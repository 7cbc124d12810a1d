"""Extracting a notice's text from the files offices really receive.

One module per job: `layout` turns positioned words of a page (from a PDF's
text layer or from OCR) into reading-order lines and paragraphs; `pdf` reads a
PDF with pdfplumber; `ocr` reads image-only pages with tesseract (optional);
`ruled` finds ruled tables in a scanned page's image and lays their cells out for OCR;
`markers` puts right the list markers OCR misreads; `docx` reads Word files
with python-docx; `limits` refuses, before any of them reads it, a file that
would ask for unbounded work. `tui_tracker.parsing.source` picks the reader
from the file's first bytes; callers use its `read_source`.
"""
