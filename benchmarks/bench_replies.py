"""Reading and applying an agency's 30-item report letter, beside the naive way.

For each database size (`bench_store.build`'s synthetic notices, plus one notice of 30
directives for "Sở Thử nghiệm" that the letter answers point by point):

- read: the letter's text → `ReportLetter` (parsing only, no database);
- match: `replies.review_letter` (the cited notice found by its number, its tasks read
  on one snapshot) beside the naive way: every task of the database listed
  (`store.list_tasks`) and the letter's items looked up among them in Python;
- apply: `replies.apply_review`, the 30 changes (statuses, notes, extension requests) in
  one transaction, beside the naive way: one `set_status` / `add_note` call per task, each
  its own transaction (what 30 `tui-tracker set-status` commands do, minus their start);
- undo: `undo-change` of the whole letter.

    python benchmarks/bench_replies.py [--sizes 1000,10000,100000] [--repeat 5]

Medians of --repeat runs, in milliseconds. Each apply is undone before the next run (the
same letter twice changes nothing), on a copy of the database per size.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench_store import build  # noqa: E402
from builders import directive, notice  # noqa: E402

from tui_tracker.model import Status  # noqa: E402
from tui_tracker.parsing.report_letter import read_report_letter  # noqa: E402
from tui_tracker.replies import apply_review, review_letter  # noqa: E402
from tui_tracker.store import Store  # noqa: E402

ITEMS = 30
AGENCY = "Sở Thử nghiệm"
NUMBER = "777/TB-UBND"
TODAY = date(2026, 12, 1)
LETTERS = "abcdefghik"


def refs() -> list[str]:
    return [f"{section}.{letter}" for section in (1, 2, 3) for letter in LETTERS][:ITEMS]


def add_notice(store: Store) -> None:
    directives = [directive(ref, AGENCY, coordinate=("Sở Tài chính",), due=date(2026, 11, 30),
                            text=f"Giao {AGENCY} chủ trì thực hiện nội dung số {n + 1}.")
                  for n, ref in enumerate(refs())]
    store.import_notice(notice(directives, number=NUMBER, issued_on=date(2026, 10, 1),
                               text=f"THÔNG BÁO {NUMBER}\n"), source="bench")


def letter_text() -> str:
    said = ("Sở đã hoàn thành, đã ban hành Quyết định số {n}/QĐ-STN ngày 10/11/2026.",
            "Sở đang phối hợp với Sở Tài chính triển khai thực hiện.",
            "Chưa thực hiện do chưa được bố trí kinh phí; Sở kính đề nghị UBND tỉnh cho gia "
            "hạn đến ngày 31/12/2026.")
    lines = ["UBND TỈNH QUẢNG NGÃI", AGENCY.upper(), "Số: 999/BC-STN",
             "Quảng Ngãi, ngày 20 tháng 11 năm 2026", "", "BÁO CÁO",
             f"Kết quả thực hiện Thông báo số {NUMBER} ngày 01/10/2026", "",
             "Kính gửi: UBND tỉnh.", "",
             f"Thực hiện Thông báo số {NUMBER} ngày 01/10/2026 của UBND tỉnh, {AGENCY} báo "
             "cáo kết quả thực hiện như sau:", ""]
    for n, ref in enumerate(refs()):
        lines += [f"{n + 1}. Đối với nhiệm vụ tại điểm {ref}: {said[n % 3].format(n=n + 1)}", ""]
    lines += ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn Thử"]
    return "\n".join(lines) + "\n"


def timed(function: Callable[[], object], repeat: int,
          reset: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
        if reset is not None:
            reset()
    return statistics.median(times) * 1000


def naive_match(store: Store, letter) -> list[int]:
    """Every task of the database, then the items looked up among them in Python."""
    rows = store.list_tasks(None, today=TODAY)
    wanted = {(NUMBER, ref) for item in letter.items for ref in item.refs}
    return [row.id for row in rows if (row.notice_number, row.directive_ref) in wanted
            and row.agency == AGENCY]


def bench_size(path: Path, letter, repeat: int) -> tuple[float, ...]:
    """(match, naive match, apply, naive apply, undo) in ms on the database at `path`."""
    store = Store.open(path, user="bench")
    review = review_letter(store, letter)
    assert len(review.proposals) == ITEMS and not review.unmatched
    match_ms = timed(lambda: review_letter(store, letter), repeat)
    naive_ms = timed(lambda: naive_match(store, letter), repeat)
    assert sorted(naive_match(store, letter)) == sorted(p.task.id for p in review.proposals)
    applied: list[int] = []
    undo_times: list[float] = []

    def apply() -> None:
        fresh = review_letter(store, letter)
        applied.append(apply_review(store, fresh, today=TODAY).change_id or 0)

    def undo() -> None:
        start = time.perf_counter()
        store.undo_change(applied[-1])
        undo_times.append(time.perf_counter() - start)

    apply_ms = timed(apply, repeat, reset=undo)

    def naive_apply() -> None:
        for proposal in review_letter(store, letter).proposals:
            task = store.get_task(proposal.task.id, today=TODAY)
            new = proposal.new_status
            if new:
                store.set_status(task.id, Status(new), today=TODAY, note="bench",
                                 if_version=task.version)
            else:
                store.add_note(task.id, "bench", today=TODAY, if_version=task.version)

    def naive_reset() -> None:
        for proposal in review.proposals:
            if proposal.new_status:
                store.undo_last(proposal.task.id, today=TODAY)

    naive_apply_ms = timed(naive_apply, repeat, reset=naive_reset)
    store.close()
    return match_ms, naive_ms, apply_ms, naive_apply_ms, statistics.median(undo_times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = letter_text()
    read_ms = timed(lambda: read_report_letter(text), args.repeat)
    letter = read_report_letter(text)
    assert len(letter.items) == ITEMS, len(letter.items)
    print(f"read a {ITEMS}-item letter ({len(text)} characters): {read_ms:.1f} ms\n")
    print(f"{'tasks':>8} | {'match':>7} | {'naive':>8} | {'apply':>7} | {'naive':>8} | "
          f"{'undo':>6}")
    print(f"{'':>8} | {'ours':>7} | {'all rows':>8} | {'1 tx':>7} | {'30 tx':>8} | {'':>6}")
    print("-" * 62)
    with tempfile.TemporaryDirectory(prefix="bench-replies-") as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            base = Path(folder) / f"base-{size}.db"
            build(base, size, random.Random(size)).close()
            store = Store.open(base, user="bench")
            add_notice(store)
            store.close()
            work = Path(folder) / f"work-{size}.db"
            shutil.copy(base, work)
            match_ms, naive_ms, apply_ms, naive_apply_ms, undo_ms = bench_size(
                work, letter, args.repeat)
            print(f"{size:>8} | {match_ms:>7.1f} | {naive_ms:>8.1f} | {apply_ms:>7.1f} | "
                  f"{naive_apply_ms:>8.1f} | {undo_ms:>6.1f}")


if __name__ == "__main__":
    main()
