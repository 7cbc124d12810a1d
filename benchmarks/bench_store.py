"""How the store's list queries scale: 1k, 10k and 100k tasks.

Builds a synthetic database for each size (notices of 10 directives with
3 agency tasks each, written straight into the real schema, then the search
index rebuilt by the store) and times the calls the home screen and the CLI
make, beside the naive way of doing the same work: read every task row and
sort, filter or count in Python.

    /work/venv/bin/python benchmarks/bench_store.py [--sizes 1000,10000,100000]

Runs in well under two minutes on two cores. Prints milliseconds, the median
of several runs; "-" where there is no naive counterpart.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tui_tracker.model import Status, Urgency, classify, urgency
from tui_tracker.store import Store, TaskFilter
from tui_tracker.text import fold

TODAY = date(2026, 5, 5)
PAGE = 50
WORDS = (
    "rà soát tham mưu triển khai thực hiện khoa học công nghệ đổi mới sáng tạo chuyển đổi số "
    "nhiệm vụ trọng tâm kế hoạch giai đoạn doanh nghiệp hợp tác đề xuất đăng ký xử lý tồn tại "
    "hợp nhất tỉnh thanh tra kết luận trụ sở kinh phí phương án bố trí sắp xếp đánh giá trình độ "
    "năng lực báo cáo kết quả tổng hợp chỉ đạo địa bàn đồng bộ thống nhất hiệu quả quy định"
).split()
STATUSES = [("todo", 60), ("in_progress", 15), ("reported", 5), ("done", 15), ("paused", 3),
            ("cancelled", 2)]


def build(path: Path, n_tasks: int, rng: random.Random) -> Store:
    """A database of about n_tasks tasks in the real schema."""
    store = Store.open(path, user="bench")
    conn = sqlite3.connect(path)
    agencies = [f"Sở Ban ngành số {i}" for i in range(60)]
    conn.executemany("INSERT INTO agencies (name, key, folded) VALUES (?, ?, ?)",
                     [(name, fold(name), fold(name)) for name in agencies])
    agency_ids = [row[0] for row in conn.execute("SELECT id FROM agencies")]
    now = "2026-05-01 08:00:00"
    statuses = [s for s, _ in STATUSES]
    weights = [w for _, w in STATUSES]
    n_directives = max(1, n_tasks // 3)
    notices, directives, tasks, history = [], [], [], []
    task_id = 0
    for d in range(1, n_directives + 1):
        notice_id = (d - 1) // 10 + 1
        if (d - 1) % 10 == 0:
            notices.append((notice_id, f"{notice_id}/TB-UBND", "TB",
                            "Kết luận " + " ".join(rng.choices(WORDS, k=8)), "UBND tỉnh",
                            (date(2025, 1, 1) + timedelta(days=notice_id % 700)).isoformat(),
                            "…", "…", f"hash{notice_id}", now))
        due = (None if rng.random() < 0.1
               else (date(2025, 6, 1) + timedelta(days=rng.randrange(900))).isoformat())
        heading = "Về " + " ".join(rng.choices(WORDS, k=6))
        directives.append((d, notice_id, (d - 1) % 10, f"{(d - 1) % 10 + 1}.a", heading, heading,
                           " ".join(rng.choices(WORDS, k=45)) + ".", due))
        for k, agency_id in enumerate(rng.sample(agency_ids, 3)):
            task_id += 1
            status = rng.choices(statuses, weights)[0]
            completed = due if status == "done" else None
            tasks.append((task_id, d, agency_id, "lead" if k == 0 else "coordinate", status,
                          due, due, completed, now, now))
            history.append((task_id, now, "bench", "import", "status", "todo", 1))
    conn.executemany(
        "INSERT INTO notices (id, number, doc_type, title, issuer, issued_on, text, original_text,"
        " text_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", notices)
    conn.executemany(
        "INSERT INTO directives (id, notice_id, position, ref, heading, summary, text, due_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", directives)
    conn.executemany(
        "INSERT INTO tasks (id, directive_id, agency_id, role, status, due_on, original_due_on,"
        " completed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks)
    conn.executemany(
        "INSERT INTO task_history (task_id, at, user, action, field, to_value, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", history)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    store.rebuild_search_index()
    return store


def timed(function: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


# ---------------------------------------------------------------- the naive way

NAIVE_SQL = """
    SELECT t.id, t.status, t.due_on, t.completed_on, a.name, d.ref, d.summary, d.heading,
           d.text, n.title, n.number
    FROM tasks t JOIN directives d ON d.id = t.directive_id
    JOIN notices n ON n.id = d.notice_id JOIN agencies a ON a.id = t.agency_id
"""


def naive_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    rows = conn.execute(NAIVE_SQL).fetchall()
    conn.close()
    return rows


def _key(row: tuple) -> tuple:
    closed = row[1] in ("done", "cancelled")
    return (closed, row[2] is None, row[2] or "", row[0])


def naive_page(path: Path, offset: int) -> list[tuple]:
    return sorted(naive_rows(path), key=_key)[offset:offset + PAGE]


def naive_count_open(path: Path) -> int:
    return sum(1 for row in naive_rows(path) if Status(row[1]).is_open)


def naive_urgency(path: Path) -> dict[Urgency, int]:
    counts = dict.fromkeys(Urgency, 0)
    for row in naive_rows(path):
        due = date.fromisoformat(row[2]) if row[2] else None
        days = (due - TODAY).days if due else None
        classify(row[1], due, None, TODAY)
        counts[urgency(row[1], days)] += 1
    return counts


def naive_search(path: Path, text: str) -> list[tuple]:
    needle = fold(text)
    rows = [row for row in naive_rows(path)
            if needle in fold(" ".join(str(v) for v in row[7:] if v))]
    return sorted(rows, key=_key)[:PAGE]


# ---------------------------------------------------------------- main


def bench_size(store: Store, path: Path, size: int,
               repeat: int) -> list[tuple[str, float, float | None]]:
    """(operation, store ms, naive ms or None) for one database."""
    total = store.count_tasks(today=TODAY)
    deep = max(0, total - 2 * PAGE)
    naive_repeat = 1 if size >= 100_000 else 3
    search = TaskFilter(search="ton tai")
    cases: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
        ("list page 1 (50)",
         lambda: store.list_tasks(today=TODAY, limit=PAGE),
         lambda: naive_page(path, 0)),
        (f"list deep page (offset {deep})",
         lambda: store.list_tasks(today=TODAY, limit=PAGE, offset=deep),
         lambda: naive_page(path, deep)),
        ("list overdue, page 1",
         lambda: store.list_tasks(TaskFilter(overdue=True), today=TODAY, limit=PAGE), None),
        ("list by agency text, page 1",
         lambda: store.list_tasks(TaskFilter(agency="ban nganh so 7"), today=TODAY,
                                  limit=PAGE), None),
        ("count open tasks",
         lambda: store.count_tasks(TaskFilter(open_only=True), today=TODAY),
         lambda: naive_count_open(path)),
        ("urgency_counts",
         lambda: store.urgency_counts(today=TODAY),
         lambda: naive_urgency(path)),
        ("list search 'ton tai', page 1",
         lambda: store.list_tasks(search, today=TODAY, limit=PAGE),
         lambda: naive_search(path, "ton tai")),
        ("search() 'tồn tại'",
         lambda: store.search("tồn tại", today=TODAY), None),
    ]
    results = [(name, timed(fast, repeat), timed(naive, naive_repeat) if naive else None)
               for name, fast, naive in cases]
    task_id = store.list_tasks(TaskFilter(open_only=True), today=TODAY, limit=1)[0].id
    states = iter([Status.IN_PROGRESS, Status.TODO] * repeat * 2)
    results.append(("set_status (+history)",
                    timed(lambda: store.set_status(task_id, next(states), today=TODAY),
                          repeat * 2), None))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(2026)
    rows: list[tuple[int, str, float, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(size) for size in args.sizes.split(",")):
            path = Path(tmp) / f"bench_{size}.db"
            start = time.perf_counter()
            store = build(path, size, rng)
            print(f"built {size} tasks in {time.perf_counter() - start:.1f} s", file=sys.stderr)
            rows.extend((size, *result) for result in bench_size(store, path, size, args.repeat))
            store.close()

    print(f"{'tasks':>7}  {'operation':<34} {'store ms':>9} {'naive ms':>9}")
    for size, name, store_ms, naive_ms in rows:
        naive_text = f"{naive_ms:9.1f}" if naive_ms is not None else f"{'-':>9}"
        print(f"{size:>7}  {name:<34} {store_ms:9.2f} {naive_text}")


if __name__ == "__main__":
    main()
