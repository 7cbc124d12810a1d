"""How many facts of a notice survive its trip through Word, PDF and a scanner.

A notice's .txt copy, parsed, is the reference. The same notice laid out as
a .docx, converted to PDF by LibreOffice and scanned (tests/intake/
make_office_docs.py) is read by the intake and parsed again; each fact of the
reference the other version gets right counts one:

- per directive of the reference: a directive with the same ref exists; it
  has the same leads, the same coordinators (agencies compared by
  `agency_key`, so "Sở KH&CN" matches "Sở Khoa học và Công nghệ"); the same
  deadline day (both without one counts as the same);
- the notice's number, issue date and issuer.

Both sides are parsed by the same build of the parser, so the difference
measures the intake alone, whatever the parser reads today. Used by
`benchmarks/bench_formats_fidelity.py` and `test_formats_fidelity.py`.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui_tracker.agencies import agency_key
from tui_tracker.errors import BadInputError
from tui_tracker.parsing import parse_notice
from tui_tracker.parsing.source import read_source

TOOL = Path(__file__).with_name("make_office_docs.py")
FORMATS = ("docx", "pdf", "scan")
HEADER_FACTS = ("number", "issued_on", "issuer")


@dataclass(frozen=True)
class Directive:
    ref: str
    leads: frozenset[str]
    coordinators: frozenset[str]
    due_on: str | None


@dataclass(frozen=True)
class Facts:
    header: dict[str, str | None]
    directives: tuple[Directive, ...]

    @property
    def count(self) -> int:
        return len(HEADER_FACTS) + 4 * len(self.directives)


def facts_of_text(text: str) -> Facts:
    """The facts the parser reads in a notice's text."""
    data = parse_notice(text).to_json()
    notice = data["notice"]
    issuer = notice.get("issuer")
    header = {"number": notice.get("number"), "issued_on": notice.get("issued_on"),
              "issuer": agency_key(issuer) if issuer else None}
    directives = []
    for d in data["directives"]:
        roles: dict[str, set[str]] = defaultdict(set)
        for a in d["assignments"]:
            roles[a["role"]].add(agency_key(a["agency"]))
        directives.append(Directive(d["ref"] or "", frozenset(roles["lead"]),
                                    frozenset(roles["coordinate"]),
                                    (d["deadline"] or {}).get("due_on")))
    return Facts(header, tuple(directives))


def facts_of_file(path: Path) -> Facts:
    return facts_of_text(read_source(str(path)).text)


@dataclass(frozen=True)
class Score:
    total: int  # facts of the reference
    matched: int
    missed: tuple[str, ...]  # what was lost, for a person to read

    @property
    def lost(self) -> int:
        return self.total - self.matched


def score(reference: Facts, other: Facts) -> Score:
    """How many of `reference`'s facts `other` has. Directives pair by ref, the
    k-th directive of a ref with the k-th of the same ref on the other side
    (a notice may have two directives under one ref)."""
    missed: list[str] = []
    matched = 0
    for name in HEADER_FACTS:
        if reference.header[name] == other.header[name]:
            matched += 1
        else:
            missed.append(f"{name}: {reference.header[name]!r} → {other.header[name]!r}")
    by_ref: dict[str, list[Directive]] = defaultdict(list)
    for directive in other.directives:
        by_ref[directive.ref].append(directive)
    seen: dict[str, int] = defaultdict(int)
    for directive in reference.directives:
        index = seen[directive.ref]
        seen[directive.ref] += 1
        candidates = by_ref.get(directive.ref, [])
        if index >= len(candidates):
            missed.append(f"{directive.ref or '(no ref)'}: missing (4 facts)")
            continue
        found = candidates[index]
        matched += 1
        for name in ("leads", "coordinators", "due_on"):
            if getattr(directive, name) == getattr(found, name):
                matched += 1
            else:
                missed.append(f"{directive.ref}: {name} {_show(getattr(directive, name))} → "
                              f"{_show(getattr(found, name))}")
    return Score(reference.count, matched, tuple(missed))


def _show(value: Any) -> str:
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(value)) + "}"
    return repr(value)


# --- building the office versions ----------------------------------------------------------

def missing_programs(formats: tuple[str, ...] = FORMATS) -> list[str]:
    """The programs building `formats` needs that this machine lacks."""
    needed = []
    if "pdf" in formats or "scan" in formats:
        needed.append("soffice")
    if "scan" in formats:
        needed += ["pdftoppm", "img2pdf"]
    return [name for name in needed if shutil.which(name) is None]


def _tool():
    spec = importlib.util.spec_from_file_location("make_office_docs", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(samples: list[Path], out: Path, formats: tuple[str, ...] = FORMATS, dpi: int = 200
          ) -> tuple[dict[str, dict[str, Path]], dict[str, str]]:
    """Each sample as a .docx, a LibreOffice .pdf and a scanned .pdf under `out`.

    Returns ({sample name: {format: path}}, {sample name: why it was not built}):
    the tool cannot lay out every notice (it needs a "THÔNG BÁO" title or a
    "Kính gửi" block to find the body). LibreOffice converts all the .docx
    files in one run (it takes seconds to start)."""
    tool = _tool()
    built: dict[str, dict[str, Path]] = {}
    skipped: dict[str, str] = {}
    for sample in samples:
        try:
            # An office's .docx has bold type where a text copy has markdown "**": the
            # tool would print the asterisks, which no real document carries.
            info = tool.analyse(sample.read_text(encoding="utf-8").replace("**", ""))
        except SystemExit as exc:  # the tool's way of saying it cannot lay this one out
            skipped[sample.stem] = str(exc)
            continue
        path = out / f"{sample.stem}.docx"
        tool.build_docx(info, str(path))
        built[sample.stem] = {"docx": path}
    if ("pdf" in formats or "scan" in formats) and built:
        with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(out),
                            *(str(files["docx"]) for files in built.values())],
                           check=True, capture_output=True, timeout=600)
        for name, files in built.items():
            files["pdf"] = out / f"{name}.pdf"
            if "scan" in formats:
                files["scan"] = out / f"{name}-scan.pdf"
                tool.to_scan(str(files["pdf"]), str(files["scan"]), dpi)
    return ({name: {f: p for f, p in files.items() if f in formats}
             for name, files in built.items()}, skipped)


def compare(sample: Path, files: dict[str, Path]) -> dict[str, Score | str]:
    """The score of each format of `sample` against its .txt, or why it could
    not be read (the intake's refusal, as a user would see it)."""
    reference = facts_of_file(sample)
    out: dict[str, Score | str] = {}
    for fmt, path in files.items():
        try:
            out[fmt] = score(reference, facts_of_file(path))
        except BadInputError as exc:
            out[fmt] = exc.message
    return out
