"""Import throughput and memory: `tui-tracker import` of many generated notices.

Generates realistic notices of conclusions (header, meeting paragraph, an
assessment section, lettered directives with leads, coordinators, deadlines and
references, Nơi nhận, signature; about 3 KB each, every one with its own number)
into a temporary folder, then runs the real command, `tui-tracker --db X import
FILE…` (read, parse, store in one transaction), in a fresh process per
measurement, for two versions of the code:

- before: the commit the throughput work started from (default 893216a), checked
  out in a temporary `git worktree`;
- now: this checkout.

    python benchmarks/bench_import.py [--rate-files 1000] [--memory-files 10000]
                                      [--baseline 893216a] [--skip-baseline-memory]

Prints notices/s for the import command and for `parse_notice` alone (the
parser's share), and the peak resident memory (ru_maxrss) of one import of
`--memory-files` files: the command used to parse every file into a list before
storing; now each notice is parsed when its turn comes inside the one
transaction, so memory stays flat. Processes are timed by CPU time as well as
wall time: the machine is shared, and wall time moves with the other users.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

AGENCIES = [
    "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Nội vụ", "Sở Công Thương", "Sở Tư pháp",
    "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
    "Ban Quản lý Khu kinh tế tỉnh", "Sở Dân tộc và Tôn giáo",
]
PROVINCES = ["Quảng Ngãi", "Gia Lai", "Đắk Lắk", "Khánh Hòa", "Bình Định", "Nghệ An", "Hà Tĩnh"]
TOPICS = [
    "giải ngân vốn đầu tư công", "chuyển đổi số", "cải cách hành chính", "phòng, chống thiên tai",
    "quản lý đất đai", "phát triển du lịch", "xây dựng nông thôn mới", "an toàn thực phẩm",
    "thu ngân sách nhà nước", "sắp xếp trụ sở làm việc",
]
VERBS = [
    "rà soát, tổng hợp danh mục dự án chậm tiến độ", "tham mưu UBND tỉnh ban hành kế hoạch thực hiện",
    "hướng dẫn các địa phương hoàn thiện hồ sơ", "kiểm tra, đôn đốc việc triển khai",
    "đề xuất giải pháp tháo gỡ khó khăn, vướng mắc", "xây dựng dự thảo quy chế phối hợp",
    "tổ chức tuyên truyền, phổ biến rộng rãi", "báo cáo kết quả thực hiện",
]
DEADLINES = [
    "trước ngày {d}/{m}/2027", "chậm nhất trong tháng {m}/2027", "trong quý {q}/2027",
    "trước ngày 20 hằng tháng", "thường xuyên", "trong 10 ngày làm việc kể từ ngày ký",
    "hoàn thành trong năm 2027",
]


def notice_text(i: int, rng: random.Random) -> str:
    province = rng.choice(PROVINCES)
    topic = rng.choice(TOPICS)
    day, month = rng.randint(1, 28), rng.randint(1, 12)

    def deadline() -> str:
        return rng.choice(DEADLINES).format(d=rng.randint(1, 28), m=rng.randint(2, 12),
                                            q=rng.choice(["I", "II", "III", "IV"]))

    items = []
    for n in range(rng.randint(4, 7)):
        lead, *coordinates = rng.sample(AGENCIES, 3)
        letter = "abcdđeg"[n]
        items.append(
            f"{letter}) Giao {lead} chủ trì, phối hợp với {coordinates[0]}, {coordinates[1]} và các "
            f"cơ quan, đơn vị liên quan {rng.choice(VERBS)} về {topic}, bảo đảm đúng quy định, "
            f"hiệu quả, tránh lãng phí; thời gian hoàn thành {deadline()}.")
    proposals = []
    for n in range(rng.randint(2, 3)):
        lead = rng.choice(AGENCIES)
        proposals.append(
            f"{'abc'[n]}) Về đề xuất của UBND xã {rng.choice(['An Bình', 'Tư Nghĩa', 'Vạn Tường'])}\n\n"
            f"Thống nhất chủ trương. Giao {lead} nghiên cứu, tham mưu UBND tỉnh xem xét theo "
            f"Quyết định số {rng.randint(100, 3000)}/QĐ-UBND ngày {rng.randint(1, 28)}/"
            f"{rng.randint(1, 12)}/2026; báo cáo trước ngày {rng.randint(1, 28)}/"
            f"{rng.randint(2, 12)}/2027.")
    attendees = ", ".join(a.removeprefix("Sở ") for a in rng.sample(AGENCIES, 6))
    return f"""ỦY BAN NHÂN DÂN
TỈNH {province.upper()}
Số: {i + 1}/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{province}, ngày {day:02d} tháng {month:02d} năm 2026

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về {topic}

Ngày {day}/{month}/2026, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp về {topic}. Tham dự cuộc họp có lãnh đạo các cơ quan, đơn vị: {attendees}.

Sau khi nghe báo cáo và ý kiến của các thành viên dự họp, Phó Chủ tịch UBND tỉnh kết luận như sau:

1. Đánh giá chung

Thời gian qua, các sở, ban, ngành và địa phương đã tích cực triển khai nhiệm vụ về {topic}, đạt một số kết quả quan trọng theo Kế hoạch số {rng.randint(10, 400)}/KH-UBND ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/2025. Tuy nhiên, tiến độ một số nhiệm vụ còn chậm, công tác phối hợp chưa chặt chẽ.

2. Nhiệm vụ trọng tâm trong thời gian tới

{chr(10).join(item + chr(10) for item in items)}
3. Đối với các đề xuất, kiến nghị

{chr(10).join(p + chr(10) for p in proposals)}
Nay thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường, đặc khu;
- Lưu: VT, KTTH.

TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Trần Thị Bình
"""


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"tb_{i:05d}.txt"
        path.write_text(notice_text(i, rng), encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------
# A measured child process: the code under test is imported from `src`.

def child(src: str, mode: str, db: str, list_file: str, out: str) -> None:
    sys.path.insert(0, src)
    files = Path(list_file).read_text(encoding="utf-8").split("\n")
    wall, cpu = time.perf_counter(), time.process_time()
    if mode == "import":
        from tui_tracker.cli.app import main
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                main(["--db", db, "import", *files])
            except SystemExit as exc:
                if exc.code not in (0, None):
                    raise
    else:
        from tui_tracker.parsing import parse_notice
        for file in files:
            parse_notice(Path(file).read_text(encoding="utf-8"))
    result = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
              "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
              "module": sys.modules["tui_tracker"].__file__}
    Path(out).write_text(json.dumps(result), encoding="utf-8")


def measure(src: Path, mode: str, files: list[Path], scratch: Path) -> dict:
    list_file = scratch / "files.txt"
    list_file.write_text("\n".join(map(str, files)), encoding="utf-8")
    db = scratch / f"bench-{time.monotonic_ns()}.db"
    out = scratch / "result.json"
    subprocess.run([sys.executable, __file__, "--child", str(src), mode, str(db), str(list_file),
                    str(out)], check=True)
    result = json.loads(out.read_text(encoding="utf-8"))
    if not result["module"].startswith(str(src)):
        raise SystemExit(f"measured the wrong code: {result['module']}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return result


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate-files", type=int, default=1000)
    parser.add_argument("--memory-files", type=int, default=10000)
    parser.add_argument("--baseline", default="893216a")
    parser.add_argument("--skip-baseline-memory", action="store_true",
                        help="do not import the memory batch with the old code (slow)")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-import-"))
    old = scratch / "baseline"
    try:
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--quiet", "--detach", str(old),
                        args.baseline], check=True)
        files = generate(scratch / "notices", max(args.rate_files, args.memory_files))
        size = sum(p.stat().st_size for p in files[:args.rate_files]) / args.rate_files
        print(f"{len(files)} generated notices, {size / 1024:.1f} KB each on average\n")
        rows = []
        for label, src in ((f"before ({args.baseline})", old), ("now", REPO)):
            parse = measure(src, "parse", files[:args.rate_files], scratch)
            imp = measure(src, "import", files[:args.rate_files], scratch)
            memory = None
            if label == "now" or not args.skip_baseline_memory:
                memory = measure(src, "import", files[:args.memory_files], scratch)
            rows.append((label, parse, imp, memory))
        n, m = args.rate_files, args.memory_files
        print(f"| code | parse_notice, notices/s (CPU) | import {n} files, notices/s (CPU / wall) "
              f"| import {m} files: wall s, peak RSS MB |")
        print("|---|---|---|---|")
        for label, parse, imp, memory in rows:
            mem = (f"{memory['wall']:.0f} s, {memory['maxrss_mb']:.0f} MB" if memory else "not run")
            print(f"| {label} | {n / parse['cpu']:.0f} | {n / imp['cpu']:.0f} / {n / imp['wall']:.0f} "
                  f"| {mem} |")
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(old)],
                       check=False)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
