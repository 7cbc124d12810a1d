"""The intake's memory with the page count, and hostile files: time, peak memory, outcome.

    python benchmarks/bench_intake_bounds.py [--pages 50,100,200] [--skip-bomb]

Every measurement runs in a fresh process (peak RSS: its VmHWM at exit;
capped at 3 GB of address space and 300 s, so that a regression cannot eat
the shared machine). Needs the test extra (fpdf2) and
the DejaVu fonts.

1. PDF memory: the seed notice's body repeated to 50, 100, 200 pages, read by
   `read_source` (the intake alone), beside the same reading with pdfplumber's
   pages left open (`Page.close` a no-op: the code before pages were closed).
   Target: peak at most 100 MB at 200 pages, flat with the page count.
2. Hostile files, through `tui-tracker parse FILE --json` as a user runs it:
   a zip-bomb .docx (1 GB of XML in 2.4 MB), a .docx of 100,000 paragraphs,
   a PDF page larger than A0, 1 MB of dots as .txt, .docx and .pdf. Target:
   read within 2 s/MB and 300 MB, or refused with exit 4 and one sentence.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "intake"))

from notice_files import font_paths, seed_notice, text_pdf  # noqa: E402

LIMIT_BYTES = 3 * 1024 ** 3
TIMEOUT = 300


# Prepended to the measured program: at exit it writes its own peak RSS (VmHWM,
# kept per address space, so exec starts it afresh; a fork's rusage would carry
# this benchmark's own memory) to the file named by BENCH_PEAK_FILE.
PEAK = """\
import atexit, os
def _peak():
    with open('/proc/self/status') as status:
        peak = next(line.split()[1] for line in status if line.startswith('VmHWM'))
    with open(os.environ['BENCH_PEAK_FILE'], 'w') as out:
        out.write(peak)
atexit.register(_peak)
"""


def run(code: str, *args: str) -> tuple[float, float, int, str]:
    """(seconds, peak RSS MB, exit code, first line of stderr) of `python -c code args`,
    run with the address-space cap and the time limit."""
    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))

    with tempfile.NamedTemporaryFile() as peak_file:
        env = dict(os.environ, BENCH_PEAK_FILE=peak_file.name)
        start = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-c", PEAK + code, *args], env=env,
                                  capture_output=True, timeout=TIMEOUT, preexec_fn=limited)
            code_, err = done.returncode, done.stderr
        except subprocess.TimeoutExpired as expired:
            code_, err = -9, expired.stderr or b""
        elapsed = time.perf_counter() - start
        text = Path(peak_file.name).read_text().strip()
    lines = err.decode("utf-8", "replace").strip().splitlines()
    return elapsed, int(text) / 1024 if text else float("nan"), code_, lines[0] if lines else ""


READ = ("import sys; from tui_tracker.parsing.source import read_source;"
        "read_source(sys.argv[1])")
READ_PAGES_OPEN = ("import sys; from pdfplumber.page import Page; Page.close = lambda self: None;"
                   "from tui_tracker.parsing.source import read_source; read_source(sys.argv[1])")
PARSE = ("import sys; from tui_tracker.cli import main;"
         "sys.argv = ['tui-tracker', *sys.argv[1:]]; main()")


def pdf_of_pages(folder: Path, pages: int) -> Path:
    notice = seed_notice()
    body = notice.body
    notice.body = (body * (pages // 3 + 1))[: int(pages * 9.5)]
    path = folder / f"notice-{pages}.pdf"
    path.write_bytes(text_pdf(notice))
    return path


def page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def memory(folder: Path, sizes: list[int]) -> None:
    print("PDF memory (read_source alone, fresh process each):")
    print(f"{'pages':>6} {'ours s':>8} {'ours MB':>8} {'pages open s':>13} {'pages open MB':>14}")
    for size in sizes:
        path = pdf_of_pages(folder, size)
        ours = run(READ, str(path))
        naive = run(READ_PAGES_OPEN, str(path))
        print(f"{page_count(path):>6} {ours[0]:>8.1f} {ours[1]:>8.0f} {naive[0]:>13.1f} "
              f"{naive[1]:>14.0f}")
    base = run("import tui_tracker.intake.pdf, pdfplumber, pypdfium2, tui_tracker.parsing.source")
    print(f"(the imports alone: {base[1]:.0f} MB)")


def zip_bomb(path: Path) -> Path:
    """A .docx whose body inflates to 1 GB (a 1000-letter paragraph a million times)."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    template = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    paragraph = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in template.infolist():
            data = template.read(info.filename)
            if info.filename != "word/document.xml":
                out.writestr(info.filename, data)
                continue
            head, tail = data.split(b"<w:body>")
            with out.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head + b"<w:body>")
                for _ in range(1_000_000):
                    part.write(paragraph)
                part.write(tail)
    return path


def paragraphs_docx(path: Path, count: int) -> Path:
    """A .docx of `count` different short paragraphs (it packs as a real one does)."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    template = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    body = b"".join(b"<w:p><w:r><w:t>%d. R\xc3\xa0 so\xc3\xa1t h\xe1\xbb\x93 s\xc6\xa1 %d"
                    b"</w:t></w:r></w:p>" % (i, i * 7919 % 100003) for i in range(count))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in template.infolist():
            data = template.read(info.filename)
            if info.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>")
                data = head + b"<w:body>" + body + tail
            out.writestr(info.filename, data)
    return path


def poster_pdf(path: Path) -> Path:
    """One 5 × 5 m page (14,400 pt, the largest PDF allows) of text."""
    from fpdf import FPDF

    regular, _ = font_paths()
    pdf = FPDF(unit="pt", format=(14400, 14400))
    pdf.add_font("DejaVu", "", str(regular))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    for y in range(20, 14000, 14):
        pdf.set_xy(20, y)
        pdf.cell(text="Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát " * 30)
    path.write_bytes(bytes(pdf.output()))
    return path


def dots(folder: Path) -> list[tuple[str, Path]]:
    """1 MB of dots as .txt, as one .docx paragraph, and as PDF pages of 12-point lines."""
    import docx
    from fpdf import FPDF

    text = folder / "dots.txt"
    text.write_text("." * 1_000_000)
    document = docx.Document()
    document.add_paragraph("." * 1_000_000)
    word = folder / "dots.docx"
    document.save(str(word))
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    line = "." * 125
    for _ in range(1_000_000 // len(line)):
        pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    pdf_path = folder / "dots.pdf"
    pdf_path.write_bytes(bytes(pdf.output()))
    return [("1 MB of dots, .txt", text), ("1 MB of dots, .docx", word),
            ("1 MB of dots, .pdf", pdf_path)]


def hostile(folder: Path, skip_bomb: bool) -> None:
    files: list[tuple[str, Path]] = []
    if not skip_bomb:
        files.append(("zip bomb .docx (1 GB of XML)", zip_bomb(folder / "bomb.docx")))
    files.append((".docx, 100,000 paragraphs", paragraphs_docx(folder / "p100k.docx", 100_000)))
    files.append(("PDF page 5 × 5 m (> A0)", poster_pdf(folder / "poster.pdf")))
    files += dots(folder)
    files.append(("reference: PDF, 200 pages", pdf_of_pages(folder, 200)))
    print()
    print("Hostile files (tui-tracker parse FILE --json, fresh process each):")
    print(f"{'file':<30} {'size MB':>8} {'s':>6} {'s/MB':>6} {'peak MB':>8} {'exit':>5}  message")
    for label, path in files:
        size = path.stat().st_size / 1024 / 1024
        elapsed, peak, code, message = run(PARSE, "parse", str(path), "--json")
        message = message.replace(str(path), "FILE")
        print(f"{label:<30} {size:>8.2f} {elapsed:>6.2f} {elapsed / size:>6.2f} {peak:>8.0f} "
              f"{code:>5}  {message[:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="50,100,200")
    parser.add_argument("--skip-bomb", action="store_true", help="do not build the 1 GB bomb")
    parser.add_argument("--only", choices=["memory", "hostile"])
    args = parser.parse_args()
    os.environ.setdefault("TUI_TRACKER_LANG", "en")
    with tempfile.TemporaryDirectory(prefix="bench-bounds-") as folder:
        os.environ["TUI_TRACKER_DB"] = str(Path(folder) / "tracker.db")
        if args.only != "hostile":
            memory(Path(folder), [int(n) for n in args.pages.split(",")])
        if args.only != "memory":
            hostile(Path(folder), args.skip_bomb)


if __name__ == "__main__":
    main()
