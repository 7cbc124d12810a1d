"""Parse time of pathological inputs: seconds per megabyte, before and now.

The shapes are those of `tests/parsing/test_linear_time.py` (runs of spaces
around form feeds, sentence punctuation, thousands of numbered or lettered
lines, long "Kính gửi" and addressee lists, …). The code before the fix (default
893216a, checked out in a temporary `git worktree`) was quadratic on several:
it is timed at 20 KB and 40 KB (doubling the input should double the time; four
times means quadratic), each run capped by `--cap` seconds. The current code is
timed at `--size` (1 MB by default). CPU time of a fresh process per run.

    python benchmarks/bench_parse_shapes.py [--size 1000000] [--baseline 893216a] [--cap 60]

Target (issue 7): at most 2 s per MB for every shape, up to the 10 MB limit.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHILD = """
import json, sys, time
sys.path.insert(0, {src!r})
sys.path.insert(1, {tests!r})
from test_linear_time import shape
from tui_tracker.errors import TrackerError
from tui_tracker.parsing import parse_notice
text = shape({name!r}, {size})
start = time.process_time()
try:
    parse_notice(text)
except TrackerError:
    pass
print(json.dumps({{"cpu": time.process_time() - start, "bytes": len(text.encode())}}))
"""


def run(src: Path, name: str, size: int, cap: float) -> tuple[float, int] | None:
    code = CHILD.format(src=str(src), tests=str(REPO / "tests" / "parsing"), name=name, size=size)
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=cap, check=True).stdout
    except subprocess.TimeoutExpired:
        return None
    data = json.loads(out.strip().splitlines()[-1])
    return data["cpu"], data["bytes"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--baseline", default="893216a")
    parser.add_argument("--cap", type=float, default=60.0)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "tests" / "parsing"))
    from test_linear_time import SHAPES

    scratch = Path(tempfile.mkdtemp(prefix="bench-shapes-"))
    old = scratch / "baseline"
    try:
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--quiet", "--detach", str(old),
                        args.baseline], check=True)
        print(f"| shape | before, 20 KB | before, 40 KB | now, {args.size / 1e6:g} M chars "
              "| now, s/MB |")
        print("|---|---|---|---|---|")
        for name in SHAPES:
            small = run(old, name, 20_000, args.cap)
            double = run(old, name, 40_000, args.cap) if small else None
            now = run(REPO, name, args.size, args.cap)

            def show(result: tuple[float, int] | None) -> str:
                return f"{result[0]:.2f} s" if result else f"> {args.cap:g} s"

            rate = f"{now[0] / (now[1] / 1e6):.2f}" if now else "—"
            print(f"| {name} | {show(small)} | {show(double)} | {show(now)} | {rate} |", flush=True)
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(old)],
                       check=False)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
