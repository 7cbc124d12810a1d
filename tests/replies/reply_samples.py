"""What every sample report letter (samples/) says, item by item, and which stored task
each proposal must land on once the demo notices are in the database.

Written by reading the letters, not by running the code: a test fails when the reader
or the matcher disagrees with a person reading the same letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

SAMPLES = Path(__file__).parent / "samples"
# After every sample letter's date: the tests apply them on this day.
REPLY_TODAY = date(2026, 12, 1)


@dataclass(frozen=True)
class Item:
    """One reported item as the letter words it."""

    refs: tuple[str, ...]  # cited items, () when the letter names none
    status: str | None
    completed_on: date | None = None
    extension: date | None = None
    basis: str = "item"  # item | quote | order
    notice: str | None = None  # the notice the item itself (or its heading) cites
    requests: tuple[str, ...] = ()  # "drop", "adjust"


@dataclass(frozen=True)
class Proposal:
    """One proposal once matched: the task (notice, item, agency) and the change."""

    notice: str
    ref: str
    agency: str
    status: str | None  # None: no status change (an extension request alone)
    completed_on: date | None = None
    extension: date | None = None
    match: str = "item"


@dataclass(frozen=True)
class Letter:
    file: str
    sender: str
    number: str
    issued_on: date
    answers: tuple[str, ...]
    items: tuple[Item, ...]
    proposals: tuple[Proposal, ...] = ()
    unmatched: tuple[str, ...] = ()  # refs (or paths) of the items listed, never guessed
    refused: str | None = None  # a notice the database lacks: the letter is refused

    @property
    def path(self) -> Path:
        return SAMPLES / self.file


STC, SNNMT, SKHCN, SXD = ("Sở Tài chính", "Sở Nông nghiệp và Môi trường",
                          "Sở Khoa học và Công nghệ", "Sở Xây dựng")
BXD, SYT = "Bộ Xây dựng", "Sở Y tế"
BCSD = "Ban cán sự đảng UBND tỉnh"
XA_BINH_SON = "UBND xã Bình Sơn"
BQLDA = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
TB215, TB412, TB1961, TB2927, TB45 = ("215/TB-UBND", "412/TB-VP", "1961/TBUBND", "2927-TB/TU",
                                      "45/TB-VPCP")

LETTERS: tuple[Letter, ...] = (
    # Point by point.
    Letter("01_bc_stc_215_tung_diem.txt", STC, "688/BC-STC", date(2026, 11, 18), (TB215,),
           (Item(("2.a",), "reported", date(2026, 10, 16)),
            Item(("2.d",), "in_progress"),
            Item(("3",), "todo")),
           (Proposal(TB215, "2.a", STC, "reported", date(2026, 10, 16)),
            Proposal(TB215, "2.d", STC, "in_progress"),
            Proposal(TB215, "3", STC, "todo"))),
    Letter("02_bc_skhcn_1961_muc_khoan.txt", SKHCN, "412/BC-SKHCN", date(2026, 11, 21),
           ("1961/TB-UBND",),
           (Item(("II.1.a",), "in_progress"),
            Item(("II.1.b",), "reported", date(2026, 11, 19)),
            Item(("II.2.a",), "in_progress"),
            Item(("II.1.a",), None, extension=date(2026, 12, 25))),
           (Proposal(TB1961, "II.1.a", SKHCN, "in_progress", extension=date(2026, 12, 25)),
            Proposal(TB1961, "II.1.b", SKHCN, "reported", date(2026, 11, 19)),
            Proposal(TB1961, "II.2.a", SKHCN, "in_progress"))),
    Letter("03_bc_bcsd_2927_dang.txt", BCSD, "87-BC/BCSĐ", date(2026, 11, 16), (TB2927,),
           (Item(("2.a",), "in_progress"),
            Item(("2.c",), "reported", date(2026, 11, 10))),
           (Proposal(TB2927, "2.a", BCSD, "in_progress"),
            Proposal(TB2927, "2.c", BCSD, "reported", date(2026, 11, 10)))),
    # A table.
    Letter("04_bc_stc_215_bang.txt", STC, "702/BC-STC", date(2026, 11, 24), (TB215,),
           (Item(("2.a",), "reported", date(2026, 10, 16)),
            Item(("2.d",), "in_progress"),
            Item(("3",), "todo", extension=date(2027, 1, 31))),
           (Proposal(TB215, "2.a", STC, "reported", date(2026, 10, 16)),
            Proposal(TB215, "2.d", STC, "in_progress"),
            Proposal(TB215, "3", STC, "todo", extension=date(2027, 1, 31)))),
    Letter("05_bc_skhcn_1961_bang_tab.txt", SKHCN, "430/BC-SKHCN", date(2026, 11, 30),
           ("1961/TB-UBND",),
           (Item((), "in_progress", extension=date(2026, 12, 25), basis="quote"),
            Item((), "reported", date(2026, 11, 19), basis="quote"),
            Item((), "todo", basis="quote")),
           (Proposal(TB1961, "II.1.a", SKHCN, "in_progress", extension=date(2026, 12, 25),
                     match="quote"),
            Proposal(TB1961, "II.1.b", SKHCN, "reported", date(2026, 11, 19), match="quote"),
            Proposal(TB1961, "II.2.a", SKHCN, "todo", match="quote"))),
    # Quoting the task.
    Letter("06_bc_bxd_45_trich_dan.txt", BXD, "215/BC-BXD", date(2026, 11, 20), (TB45,),
           (Item((), "in_progress", basis="quote"),
            Item((), "reported", date(2026, 11, 17), basis="quote"),
            Item((), "in_progress", basis="quote")),
           (Proposal(TB45, "2.b", BXD, "in_progress", match="quote"),
            Proposal(TB45, "2.a", BXD, "reported", date(2026, 11, 17), match="quote"),
            Proposal(TB45, "3", BXD, "in_progress", match="quote"))),
    Letter("07_cv_snnmt_412_dien_giai.txt", SNNMT, "2210/SNNMT-TL", date(2026, 11, 19),
           (TB412,),
           (Item((), "reported", date(2026, 11, 8), basis="quote"),),
           (Proposal(TB412, "2.a", SNNMT, "reported", date(2026, 11, 8), match="quote"),)),
    Letter("08_cv_stc_215_dien_giai_dao_thu_tu.txt", STC, "3301/STC-ĐT", date(2026, 11, 26),
           (TB215,),
           (Item((), "in_progress", basis="quote", notice=TB215),
            Item((), "reported", date(2026, 11, 21), basis="quote", notice=TB215),
            Item((), "reported", date(2026, 10, 16), basis="quote", notice=TB215)),
           (Proposal(TB215, "3", STC, "in_progress", match="quote"),
            Proposal(TB215, "2.d", STC, "reported", date(2026, 11, 21), match="quote"),
            Proposal(TB215, "2.a", STC, "reported", date(2026, 10, 16), match="quote"))),
    # Plain order.
    Letter("09_bc_bxd_45_thu_tu.txt", BXD, "230/BC-BXD", date(2026, 11, 27), (TB45,),
           (Item((), "reported", date(2026, 11, 17), basis="order"),
            Item((), "in_progress", basis="order"),
            Item((), "reported", date(2026, 11, 27), basis="order"),
            Item((), "in_progress", basis="order")),
           (Proposal(TB45, "2.a", BXD, "reported", date(2026, 11, 17), match="order"),
            Proposal(TB45, "2.b", BXD, "in_progress", match="order"),
            Proposal(TB45, "2.c", BXD, "reported", date(2026, 11, 27), match="order"),
            Proposal(TB45, "3", BXD, "in_progress", match="order"))),
    # Two notices.
    Letter("10_bc_snnmt_hai_thong_bao.txt", SNNMT, "512/BC-SNNMT", date(2026, 11, 20),
           (TB215, TB412),
           (Item(("2.b",), "reported", date(2026, 11, 12), notice=TB215),
            Item(("2.a",), "in_progress", extension=date(2026, 11, 30), notice=TB412)),
           (Proposal(TB215, "2.b", SNNMT, "reported", date(2026, 11, 12)),
            Proposal(TB412, "2.a", SNNMT, "in_progress", extension=date(2026, 11, 30)))),
    Letter("11_cv_sxd_hai_thong_bao_tron.txt", SXD, "1874/SXD-HTKT", date(2026, 11, 25),
           (TB215, TB412),
           (Item(("2.d",), "reported", date(2026, 11, 24), notice=TB215),
            Item(("2.b",), "in_progress", extension=date(2026, 12, 20), notice=TB412)),
           (Proposal(TB215, "2.d", SXD, "reported", date(2026, 11, 24)),
            Proposal(TB412, "2.b", SXD, "in_progress", extension=date(2026, 12, 20)))),
    # A công văn asking only for an extension.
    Letter("12_cv_bqlda_gia_han.txt", BQLDA, "955/BQLDA-KH", date(2026, 11, 28), (TB215,),
           (Item(("2.c",), None, extension=date(2027, 1, 15), notice=TB215),),
           (Proposal(TB215, "2.c", BQLDA, None, extension=date(2027, 1, 15)),)),
    Letter("13_cv_syt_1961_gia_han_quy.txt", SYT, "3377/SYT-KHTC", date(2026, 11, 25),
           ("1961/TB-UBND",),
           (Item(("II.1.đ",), None, extension=date(2027, 6, 30), notice="1961/TB-UBND"),),
           (Proposal(TB1961, "II.1.đ", SYT, None, extension=date(2027, 6, 30)),)),
    # Refused: the notice it answers is not in the database.
    Letter("14_bc_khong_co_thong_bao.txt", STC, "777/BC-STC", date(2026, 11, 20),
           ("999/TB-UBND",),
           (Item(("2.a",), "reported", date(2026, 11, 20)),),
           refused="999/TB-UBND"),
    # Items that match nothing are listed: 2.h does not exist, 2.b is not the sender's.
    Letter("15_bc_stc_215_khong_khop.txt", STC, "790/BC-STC", date(2026, 11, 27), (TB215,),
           (Item(("2.a",), "reported", date(2026, 10, 16)),
            Item(("2.h",), "in_progress"),
            Item(("2.b",), "reported", date(2026, 11, 27))),
           (Proposal(TB215, "2.a", STC, "reported", date(2026, 10, 16)),),
           unmatched=("2.h", "2.b")),
    # More shapes: labelled parts under a title ("- Kết quả: …", "- Tiến độ: hoàn thành
    # 100%"), background and proposals sections that report nothing.
    Letter("16_bc_sxd_215_nhan_ket_qua.txt", SXD, "2001/BC-SXD", date(2026, 11, 22), (TB215,),
           (Item(("2.d",), "reported", date(2026, 11, 22)),),
           (Proposal(TB215, "2.d", SXD, "reported", date(2026, 11, 22)),)),
    # A commune's committee: its lead task and the one it coordinates.
    Letter("17_bc_ubnd_xa_binh_son_215.txt", "Ủy ban nhân dân xã Bình Sơn", "145/BC-UBND",
           date(2026, 11, 21), (TB215,),
           (Item(("2.đ",), "in_progress"),
            Item(("2.b",), "reported", date(2026, 11, 21))),
           (Proposal(TB215, "2.đ", XA_BINH_SON, "in_progress"),
            Proposal(TB215, "2.b", XA_BINH_SON, "reported", date(2026, 11, 21)))),
    # A request to drop the task: a note, no status.
    Letter("18_cv_stc_215_de_nghi_thoi.txt", STC, "3400/STC-QLNS", date(2026, 11, 23),
           (TB215,),
           (Item(("3",), None, notice=TB215, requests=("drop",)),),
           (Proposal(TB215, "3", STC, None),)),
    # A table with a column for the item.
    Letter("19_bc_stc_215_bang_cot_diem.txt", STC, "805/BC-STC", date(2026, 11, 28), (TB215,),
           (Item(("2.a",), "reported", date(2026, 10, 16)),
            Item(("2.d",), "in_progress"),
            Item(("3",), "todo", extension=date(2027, 1, 31))),
           (Proposal(TB215, "2.a", STC, "reported", date(2026, 10, 16)),
            Proposal(TB215, "2.d", STC, "in_progress"),
            Proposal(TB215, "3", STC, "todo", extension=date(2027, 1, 31)))),
    # "Nhiệm vụ thứ nhất (điểm 2.a)" over "- Nội dung: …", "- Kết quả: …", "- Lý do: …".
    Letter("20_bc_stc_215_nhan_noi_dung.txt", STC, "806/BC-STC", date(2026, 11, 28), (TB215,),
           (Item(("2.a",), "reported", date(2026, 10, 16)),
            Item(("2.d",), "in_progress"),
            Item(("3",), "todo", extension=date(2027, 1, 31))),
           (Proposal(TB215, "2.a", STC, "reported", date(2026, 10, 16)),
            Proposal(TB215, "2.d", STC, "in_progress"),
            Proposal(TB215, "3", STC, "todo", extension=date(2027, 1, 31)))),
    # An answer to the office's urging letter (not stored: a warning), items as dashes.
    Letter("21_cv_stc_215_phuc_dap.txt", STC, "3500/STC-ĐT", date(2026, 11, 29),
           ("990/VP-TH", TB215),
           (Item(("2.a",), "reported", date(2026, 11, 29), notice=TB215),
            Item(("2.d",), "in_progress", notice=TB215),
            Item(("3",), "todo", notice=TB215)),
           (Proposal(TB215, "2.a", STC, "reported", date(2026, 11, 29)),
            Proposal(TB215, "2.d", STC, "in_progress"),
            Proposal(TB215, "3", STC, "todo"))),
)
