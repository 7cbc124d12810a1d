"""Facts kept by the .docx, text-layer .pdf and scanned .pdf of each sample notice.

    python benchmarks/bench_formats_fidelity.py [--formats docx,pdf,scan] [--keep DIR]
                                                [--only NAME ...] [--seed FILE] [--misses]

Lays out every sample notice (fixtures/*.txt, tests/parsing/samples/*.txt and
the shared seed when present) as a Decree 30 .docx (a task table as a ruled
Word table), converts it to PDF with
LibreOffice and scans that PDF (200 dpi page images), with
tests/intake/make_office_docs.py; then parses each version and counts the
facts of the .txt parse it gets right (tests/intake/fidelity.py says which).
Prints one table: per sample, the .txt's facts and, per format, the facts
matched and the difference. Target: each format at most 2 facts below the
.txt on every sample. `--misses` lists what each format lost.

Needs libreoffice-writer-nogui, poppler-utils and img2pdf (apt), tesseract
with Vietnamese data and the ocr extra for the scans. The scans take minutes
(OCR of ~50 pages on one thread); `--formats docx,pdf` takes about a minute.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "intake"))

from fidelity import FORMATS, Score, build, compare, missing_programs  # noqa: E402

SEED = ROOT.parent.parent / "shared" / "seeds" / "000_311ac5686ab8bcb9.txt"


def samples(seed: Path | None, only: list[str]) -> list[Path]:
    found = sorted((ROOT / "fixtures").glob("*.txt"))
    found += sorted((ROOT / "tests" / "parsing" / "samples").glob("*.txt"))
    if seed is not None and seed.is_file():
        found.append(seed)
    if only:
        found = [p for p in found if any(name in p.stem for name in only)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--keep", type=Path, help="build into (and leave) this folder")
    parser.add_argument("--only", nargs="*", default=[], help="samples whose name contains")
    parser.add_argument("--seed", type=Path, default=SEED)
    parser.add_argument("--misses", action="store_true", help="list the facts each lost")
    args = parser.parse_args()
    formats = tuple(f for f in args.formats.split(",") if f)
    missing = missing_programs(formats)
    if missing:
        print(f"missing programs: {', '.join(missing)} "
              "(apt-get install libreoffice-writer-nogui poppler-utils img2pdf)")
        return 2
    if "scan" in formats:
        from tui_tracker.intake import ocr

        if ocr.find_engine() is None:
            print("OCR not installed: apt-get install tesseract-ocr tesseract-ocr-vie, "
                  "pip install -e '.[ocr]'")
            return 2
    with tempfile.TemporaryDirectory(prefix="bench-fidelity-") as folder:
        out = args.keep or Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        files, skipped = build(samples(args.seed, args.only), out, formats)
        print(f"built {len(files)} samples in {time.perf_counter() - start:.0f} s")
        rows = []
        for name, paths in files.items():
            sample = next(p for p in samples(args.seed, [name]) if p.stem == name)
            rows.append((name, compare(sample, paths)))
    header = f"{'sample':<32} {'.txt':>5}" + "".join(f" {f:>6} {'diff':>5}" for f in formats)
    print(header)
    print("-" * len(header))
    worst = {f: 0 for f in formats}
    over = 0
    for name, results in rows:
        total = next((r.total for r in results.values() if isinstance(r, Score)), 0)
        cells = ""
        for fmt in formats:
            result = results[fmt]
            if isinstance(result, Score):
                cells += f" {result.matched:>6} {-result.lost:>5}"
                worst[fmt] = max(worst[fmt], result.lost)
                over += result.lost > 2
            else:
                cells += f" {'refused':>6} {'':>5}"
                over += 1
        print(f"{name[:32]:<32} {total:>5}{cells}")
    print("-" * len(header))
    print("most facts lost: " + ", ".join(f"{f} {worst[f]}" for f in formats)
          + f"; cells over the target (2): {over}")
    for name, reason in skipped.items():
        print(f"not built: {name} ({reason})")
    if args.misses:
        for name, results in rows:
            for fmt, result in results.items():
                lost = result.missed if isinstance(result, Score) else (result,)
                for miss in lost:
                    print(f"  {name} {fmt}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
