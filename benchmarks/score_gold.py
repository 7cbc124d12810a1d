"""Score the parser on the gold notices of tests/parsing/gold/ (see its README).

usage: python benchmarks/score_gold.py [-v] [--set SET] [NAME ...]

Prints one row per notice (facts right / total, percent) and the overall figure;
-v lists each notice's misses under its row. NAME picks notices by a part of their
file name. --set names the folder of notices under tests/parsing/: `gold` (the
default, the set the parser is tuned on) or `heldout` (tests/parsing/heldout/, the
held-out set scored once at the end, never tuned on: do not read its misses). The
scorer is tests/parsing/gold_score.py; the floor the tests keep is FLOOR in
tests/parsing/test_gold.py (gold only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "parsing"))

from gold_score import Score, load_gold, score_notice  # noqa: E402

SETS_DIR = REPO / "tests" / "parsing"


def set_folder(name: str) -> Path | None:
    """The folder of notice set `name` (tests/parsing/<name>/), or None when there is
    no such set: a plain name of a folder that holds notices."""
    if not name or name != Path(name).name or name.startswith("."):
        return None
    folder = SETS_DIR / name
    return folder if folder.is_dir() and any(folder.glob("*.json")) else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    parser.add_argument("--set", default="gold", metavar="SET",
                        help="the notices of tests/parsing/SET/: gold (default) or heldout")
    parser.add_argument("names", nargs="*", help="only notices whose file name holds one")
    args = parser.parse_args(argv)

    folder = set_folder(args.set)
    if folder is None:
        print(f"no notice set {args.set!r} under {SETS_DIR}", file=sys.stderr)
        return 1
    notices = [n for n in load_gold(folder)
               if not args.names or any(part in n.name for part in args.names)]
    if not notices:
        print(f"no {args.set} notice matches", file=sys.stderr)
        return 1
    width = max(len(n.name) for n in notices)
    overall = Score()
    print(f"{'notice':<{width}}  {'right/total':>11}  {'%':>6}")
    print("-" * (width + 21))
    for notice in notices:
        result = score_notice(notice)
        overall += result
        fraction = f"{result.right}/{result.total}"
        print(f"{notice.name:<{width}}  {fraction:>11}  {result.percent:6.1f}")
        if args.verbose:
            for miss in result.misses:
                print(f"    - {miss}")
    print("-" * (width + 21))
    fraction = f"{overall.right}/{overall.total}"
    print(f"{'overall':<{width}}  {fraction:>11}  {overall.percent:6.1f}")
    if overall.false_directives:
        print(f"false directives (non-task text read as a task): {len(overall.false_directives)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
