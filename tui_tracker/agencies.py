"""The agency catalogue: canonical names, aliases and spelling-proof keys.

One agency is written many ways in real notices: `Sở Khoa học và Công nghệ`,
`Sở KH&CN`, `Sở KHCN`, `SKHCN`, and as a bare short name in attendee lists
(`Khoa học và Công nghệ`). `agency_key` folds every spelling of one agency to
one key (case, diacritics, abbreviations, punctuation and the word "và" do not
count); `canonical_agency` turns a known alias into the display name the store
uses and leaves unknown agencies as written, so the store can create them.

The seed list is a province's usual agencies after the 2025 reorganisation
(two-level local government, merged departments). Pre-2025 departments such as
`Sở Kế hoạch và Đầu tư` are deliberately absent: old notices keep their names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tui_tracker.text import fold

# (canonical display name, aliases). Bare short names ("Tài chính") are the
# way attendee lists and "các Sở: Tài chính, Xây dựng" lists write them.
SEED_AGENCIES: list[tuple[str, list[str]]] = [
    ("Sở Tài chính", ["Tài chính", "STC", "Sở TC"]),
    ("Sở Nội vụ", ["Nội vụ", "SNV"]),
    ("Sở Tư pháp", ["Tư pháp", "STP"]),
    ("Sở Xây dựng", ["Xây dựng", "SXD"]),
    ("Sở Nông nghiệp và Môi trường", [
        "Nông nghiệp và Môi trường", "Sở NN&MT", "Sở NNMT", "SNNMT", "NN&MT",
        "Sở Nông nghiệp - Môi trường"]),
    ("Sở Khoa học và Công nghệ", [
        "Khoa học và Công nghệ", "Sở KH&CN", "Sở KHCN", "SKHCN", "KH&CN",
        "Sở Khoa học Công nghệ"]),
    ("Sở Công Thương", ["Công Thương", "SCT"]),
    ("Sở Giáo dục và Đào tạo", [
        "Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở GDĐT", "SGDĐT", "GD&ĐT"]),
    ("Sở Y tế", ["Y tế", "SYT"]),
    ("Sở Văn hóa, Thể thao và Du lịch", [
        "Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "Sở VH,TT&DL", "Sở VHTT&DL", "SVHTTDL",
        "VHTTDL"]),
    ("Sở Ngoại vụ", ["Ngoại vụ"]),
    ("Sở Dân tộc và Tôn giáo", ["Dân tộc và Tôn giáo", "Sở DT&TG", "Sở DTTG"]),
    ("Thanh tra tỉnh", ["Thanh tra Tỉnh"]),
    ("Văn phòng UBND tỉnh", [
        "VPUB", "VPUBND", "VP UBND tỉnh", "VPUBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
        "Văn phòng UBND"]),
    ("Công an tỉnh", ["CA tỉnh"]),
    ("Bộ Chỉ huy Quân sự tỉnh", ["Bộ CHQS tỉnh", "BCHQS tỉnh", "Bộ Chỉ huy quân sự"]),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", [
        "Bộ đội Biên phòng tỉnh", "BĐBP tỉnh", "Bộ CHBĐBP tỉnh"]),
    ("Tỉnh Đoàn", [
        "Tỉnh đoàn Thanh niên", "Tỉnh Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Tỉnh Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên tỉnh"]),
    ("Ban Quản lý Khu kinh tế tỉnh", ["Ban Quản lý Khu kinh tế", "BQL KKT tỉnh", "BQL KKT"]),
    ("Báo và Phát thanh, Truyền hình tỉnh", [
        "Báo và Phát thanh, Truyền hình", "Đài Phát thanh - Truyền hình tỉnh",
        "Đài Phát thanh và Truyền hình tỉnh", "Đài PT-TH tỉnh", "Đài PTTH tỉnh"]),
    ("Bảo hiểm xã hội tỉnh", ["BHXH tỉnh", "Bảo hiểm xã hội"]),
    ("Thuế tỉnh", ["Cục Thuế tỉnh", "Cục Thuế"]),
    ("Thống kê tỉnh", ["Cục Thống kê tỉnh"]),
    ("Kho bạc Nhà nước", ["Kho bạc Nhà nước tỉnh", "KBNN", "KBNN tỉnh", "Kho bạc Nhà nước khu vực"]),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", [
        "Ngân hàng Nhà nước tỉnh", "NHNN chi nhánh tỉnh", "Ngân hàng Nhà nước khu vực"]),
    ("Trường Chính trị tỉnh", ["Trường Chính trị"]),
    ("Liên minh Hợp tác xã tỉnh", ["Liên minh HTX tỉnh", "Liên minh Hợp tác xã"]),
    ("Ủy ban MTTQ Việt Nam tỉnh", [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ Việt Nam tỉnh", "UBMTTQVN tỉnh",
        "Ủy ban MTTQVN tỉnh", "Ủy ban MTTQ tỉnh", "Mặt trận Tổ quốc tỉnh", "MTTQ tỉnh"]),
    ("Liên đoàn Lao động tỉnh", ["LĐLĐ tỉnh"]),
    ("Hội Nông dân tỉnh", []),
    ("Hội Liên hiệp Phụ nữ tỉnh", ["Hội LHPN tỉnh"]),
    ("Hội Cựu chiến binh tỉnh", ["Hội CCB tỉnh"]),
    ("Trung tâm Phục vụ hành chính công tỉnh", ["Trung tâm Phục vụ hành chính công"]),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh", ["Ban QLDA ĐTXD tỉnh"]),
    # Its name holds a verb ("tìm kiếm"): only the catalogue keeps it whole.
    ("Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", [
        "Ban Chỉ đạo PCTT và TKCN tỉnh", "Ban Chỉ đạo PCTT&TKCN tỉnh", "BCĐ PCTT và TKCN tỉnh",
        "Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh"]),
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", [
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]),
    ("Đảng đoàn HĐND tỉnh", ["Đảng đoàn Hội đồng nhân dân tỉnh"]),
    ("Ban cán sự đảng UBND tỉnh", ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "BCS đảng UBND tỉnh"]),
    ("Đảng ủy UBND tỉnh", ["Đảng ủy Ủy ban nhân dân tỉnh"]),
    ("Ủy ban Kiểm tra Tỉnh ủy", ["UBKT Tỉnh ủy"]),
    ("Ban Tổ chức Tỉnh ủy", []),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", []),
    ("Ban Nội chính Tỉnh ủy", []),
    ("Văn phòng Tỉnh ủy", []),
    ("Tỉnh ủy", ["Tỉnh uỷ"]),
    ("HĐND tỉnh", ["Hội đồng nhân dân tỉnh"]),
    ("UBND tỉnh", ["Ủy ban nhân dân tỉnh"]),
    ("Tòa án nhân dân tỉnh", ["TAND tỉnh"]),
    ("Viện kiểm sát nhân dân tỉnh", ["VKSND tỉnh"]),
]

# Group addressees: "every agency of that kind". Canonical name -> variants.
# Iterating gives the canonical names (what the store shows).
GROUP_ADDRESSEES: dict[str, list[str]] = {
    "các sở, ngành, địa phương": [
        "các sở, ngành và địa phương", "các sở ngành, địa phương", "các sở, ngành và các địa phương",
        "các sở, ngành, địa phương trong tỉnh"],
    "các sở, ban, ngành": [
        "các sở, ban, ngành tỉnh", "các sở ban ngành", "các sở, ban, ngành của tỉnh",
        "các sở, ban ngành", "các sở, ban, ngành thuộc tỉnh"],
    "các sở, ban, ngành, địa phương": [
        "các sở, ban, ngành và địa phương", "các sở, ban, ngành và các địa phương",
        "các sở, ban, ngành, các địa phương"],
    "các sở, ban, ngành, đoàn thể": [
        "các sở, ban, ngành, đoàn thể tỉnh", "các sở, ban, ngành và đoàn thể tỉnh"],
    "các sở, ngành": ["các sở, ngành tỉnh", "các sở ngành", "các sở, ngành của tỉnh"],
    "các cơ quan, đơn vị": [
        "các cơ quan, đơn vị tỉnh", "các cơ quan đơn vị", "các cơ quan, đơn vị của tỉnh"],
    "các cơ quan, đơn vị, địa phương": [
        "các cơ quan, đơn vị và địa phương", "các cơ quan, đơn vị và các địa phương",
        "các cơ quan, đơn vị, địa phương trong tỉnh"],
    "các địa phương": ["các địa phương trong tỉnh", "các địa phương trên địa bàn tỉnh"],
    "UBND các xã, phường, đặc khu": [
        "Ủy ban nhân dân các xã, phường, đặc khu", "UBND các xã, phường và đặc khu",
        "UBND các xã, phường, đặc khu trên địa bàn tỉnh", "UBND các xã, phường",
        "Ủy ban nhân dân các xã, phường", "UBND cấp xã", "Ủy ban nhân dân cấp xã",
        "các xã, phường, đặc khu"],
    "UBND các xã, phường, thị trấn": [
        "Ủy ban nhân dân các xã, phường, thị trấn", "các xã, phường, thị trấn"],
    "UBND các huyện, thị xã, thành phố": [
        "Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thành phố",
        "UBND các huyện, thị xã, thành phố thuộc tỉnh", "UBND cấp huyện",
        "Ủy ban nhân dân cấp huyện", "các huyện, thị xã, thành phố"],
    "các Bộ, cơ quan ngang Bộ": ["các bộ, cơ quan ngang bộ"],
    "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ": [
        "các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP"],
    "các Bộ, ngành": ["các Bộ, ngành Trung ương", "các Bộ, ngành trung ương", "các bộ ngành"],
    "các Bộ, ngành, địa phương": ["các Bộ, ngành và địa phương", "các bộ, ngành, địa phương"],
    "UBND các tỉnh, thành phố trực thuộc Trung ương": [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "UBND các tỉnh, thành phố",
        "các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân các tỉnh, thành phố"],
    "các tổ chức chính trị - xã hội": [
        "các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị xã hội"],
    "các hội, đoàn thể": ["các đoàn thể", "các hội, đoàn thể tỉnh"],
    # The Front's member organisations (Công đoàn, Hội Nông dân, Hội Phụ nữ, Đoàn Thanh
    # niên, Hội Cựu chiến binh) of the level that issues the notice.
    "các đoàn thể chính trị - xã hội": [
        "các đoàn thể chính trị xã hội", "các đoàn thể chính trị - xã hội tỉnh",
        "các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội xã"],
    "các thành viên Ban Chỉ đạo": ["thành viên Ban Chỉ đạo", "các thành viên Ban chỉ đạo"],
    "các cấp ủy, tổ chức đảng": [
        "cấp ủy, tổ chức đảng các cấp", "các cấp ủy, tổ chức đảng các cấp", "các cấp ủy đảng"],
    # The usual addressee of a Party notice's general duties.
    "các cấp ủy, tổ chức đảng, cơ quan, đơn vị": [
        "các cấp ủy, tổ chức đảng, các cơ quan, đơn vị", "cấp ủy, tổ chức đảng, cơ quan, đơn vị"],
    "các cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương": [
        "các cấp ủy, tổ chức đảng, các cơ quan, đơn vị, địa phương",
        "các cấp ủy, tổ chức đảng, cơ quan, đơn vị và địa phương"],
    "các đảng ủy trực thuộc Tỉnh ủy": [
        "các đảng bộ trực thuộc Tỉnh ủy", "các đảng ủy trực thuộc", "các đảng bộ trực thuộc"],
    "các chủ đầu tư": ["các chủ đầu tư dự án"],
    # Below the commune: villages and residential groups, through their heads.
    # (thôn; làng, buôn, ấp in other regions; tổ dân phố, khu phố in towns).
    "các thôn, tổ dân phố": [
        "các thôn", "các tổ dân phố", "các thôn, làng, tổ dân phố", "Trưởng thôn",
        "Trưởng các thôn", "các Trưởng thôn", "Trưởng thôn, Tổ trưởng tổ dân phố",
        "Trưởng thôn, tổ dân phố", "các thôn, làng", "các khu phố", "Trưởng khu phố",
        "Trưởng các khu phố", "các Trưởng khu phố", "các ấp", "Trưởng ấp", "Trưởng các ấp",
        # ("bản" folds like "ban", a board: not listed, it would take "các Ban …")
        "các buôn", "Trưởng buôn", "Trưởng các buôn", "các thôn, buôn", "các ấp, khu phố",
        "Tổ trưởng tổ dân phố", "các Tổ trưởng tổ dân phố"],
}

# First words of an agency name (folded). A word here, capitalised in the
# text, starts a name the parser does not know yet ("UBND xã Tư Nghĩa").
AGENCY_HEADS: tuple[str, ...] = (
    "so", "bo", "ban", "uy ban", "ubnd", "hdnd", "hoi dong", "van phong", "thanh tra",
    "cong an", "bo chi huy", "bo doi", "tinh doan", "tinh uy", "thanh uy", "huyen uy",
    "dang uy", "dang doan", "ban can su", "dai", "bao", "kho bac", "ngan hang", "cuc",
    "chi cuc", "tong cuc", "vu", "trung tam", "truong", "vien", "benh vien", "bao hiem", "thue",
    "lien minh", "lien doan", "lien hiep", "hoi", "mat tran", "cong ty", "tong cong ty",
    "tap doan", "quy", "phong", "chi nhanh", "hoc vien", "dai hoc", "doan", "to", "cang vu",
    "chinh phu", "quoc hoi", "toa an", "kiem toan", "hai quan", "buu dien", "dien luc",
    "canh sat", "hop tac xa", "hat", "vuon quoc gia", "vpub", "vpubnd", "bql", "kbnn", "bhxh",
    "ubmttq", "bchqs", "hoi lien hiep", "thong ke", "hoi nong dan", "tand", "vksnd", "vp",
    "tram", "chi bo", "dang bo", "chi hoi", "don", "hiep hoi",
)

# Abbreviations seen in notices, folded, with their expansion.
_ABBREVIATIONS: dict[str, str] = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "ubmttqvn": "uy ban mat tran to quoc viet nam",
    "mttq": "mat tran to quoc",
    "mttqvn": "mat tran to quoc viet nam",
    "khcn": "khoa hoc cong nghe",
    "nnmt": "nong nghiep moi truong",
    "nnptnt": "nong nghiep phat trien nong thon",
    "tnmt": "tai nguyen moi truong",
    "gddt": "giao duc dao tao",
    "vhttdl": "van hoa the thao du lich",
    "ldtbxh": "lao dong thuong binh xa hoi",
    "tttt": "thong tin truyen thong",
    "gtvt": "giao thong van tai",
    "khdt": "ke hoach dau tu",
    "dttg": "dan toc ton giao",
    "bhxh": "bao hiem xa hoi",
    "kbnn": "kho bac nha nuoc",
    "nhnn": "ngan hang nha nuoc",
    "htx": "hop tac xa",
    "bql": "ban quan ly",
    "qlda": "quan ly du an",
    "dtxd": "dau tu xay dung",
    "kkt": "khu kinh te",
    "kcn": "khu cong nghiep",
    "bchqs": "bo chi huy quan su",
    "chqs": "chi huy quan su",
    "bdbp": "bo doi bien phong",
    "ptth": "phat thanh truyen hinh",
    "dbqh": "dai bieu quoc hoi",
    "lhpn": "lien hiep phu nu",
    "ccb": "cuu chien binh",
    "tncs": "thanh nien cong san",
    "ldld": "lien doan lao dong",
    "ubkt": "uy ban kiem tra",
    "tand": "toa an nhan dan",
    "vksnd": "vien kiem sat nhan dan",
    "vp": "van phong",
    "tp": "thanh pho",
    "bcs": "ban can su",
    "bcd": "ban chi dao",
    "pctt": "phong chong thien tai",
    "tkcn": "tim kiem cuu nan",
    "pctttkcn": "phong chong thien tai tim kiem cuu nan",  # "PCTT&TKCN" glued by "&"
}
# Abbreviations that may also follow an "S" for Sở: SKHCN, SNNMT, SGDĐT.
_SO_ABBREVIATIONS = ("khcn", "nnmt", "nnptnt", "tnmt", "gddt", "vhttdl", "ldtbxh", "tttt",
                     "gtvt", "khdt", "dttg")
# "KH&CN", "VHTT&DL": an ampersand inside an upper-case abbreviation glues it.
_AMP_ABBREV = re.compile(r"(?<![^\W\d_])([A-ZĐ]{1,5})\s*&\s*([A-ZĐ]{1,5})(?![^\W\d_])")
_NON_WORD = re.compile(r"[^a-z0-9&]+")
_EDGE_JUNK = " \t\n,;:.-–—•*+\"'“”‘’()[]"
_TINH_TAIL = re.compile(r"\s+tỉnh$")
# Bodies that central notices address one province at a time: "UBND tỉnh Gia Lai"
# and "UBND tỉnh Quảng Ngãi" must stay two agencies there.
_PROVINCE_LEVEL = ("UBND tỉnh", "HĐND tỉnh", "Tỉnh ủy")


@lru_cache(maxsize=8192)
def agency_key(name: str) -> str:
    """Matching key: folded, abbreviations expanded, punctuation and "và" dropped.

    `Sở KH&CN`, `Sở KHCN`, `SKHCN` and `Sở Khoa học và Công nghệ` share one key;
    `UBND` and `Ủy ban nhân dân` too."""
    text = _AMP_ABBREV.sub(r"\1\2", name)
    text = fold(text).replace("&", " va ")
    words: list[str] = []
    for token in _NON_WORD.sub(" ", text).split():
        if token in _ABBREVIATIONS:
            words.extend(_ABBREVIATIONS[token].split())
        elif len(token) > 3 and token[0] == "s" and token[1:] in _SO_ABBREVIATIONS:
            words.append("so")
            words.extend(_ABBREVIATIONS[token[1:]].split())
        elif token != "va":  # "Khoa học Công nghệ" is "Khoa học và Công nghệ"
            words.append(token)
    return " ".join(words)


def clean_name(name: str) -> str:
    """Spaces collapsed, list punctuation and quotes trimmed at both ends."""
    text = " ".join(name.split()).strip(_EDGE_JUNK)
    # A trimmed "(...)" may leave half a pair behind.
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "").strip()
    return text


@dataclass(frozen=True)
class AliasEntry:
    """One spelling the parser can look for in running text."""

    alias: str
    canonical: str
    group: bool
    bare: bool  # a short name without its head word ("Tài chính" for Sở Tài chính)


@cache
def _alias_index() -> dict[str, tuple[str, bool]]:
    index: dict[str, tuple[str, bool]] = {}
    for canonical, aliases in SEED_AGENCIES:
        for alias in (canonical, *aliases):
            index.setdefault(agency_key(alias), (canonical, False))
    for canonical, variants in GROUP_ADDRESSEES.items():
        for alias in (canonical, *variants):
            index.setdefault(agency_key(alias), (canonical, True))
    return index


@cache
def alias_entries() -> tuple[AliasEntry, ...]:
    """Every known spelling, longest first (so the longest match wins)."""
    entries: list[AliasEntry] = []
    for canonical, aliases in SEED_AGENCIES:
        for alias in (canonical, *aliases):
            entries.append(AliasEntry(alias, canonical, False, _is_bare(alias)))
    for canonical, variants in GROUP_ADDRESSEES.items():
        for alias in (canonical, *variants):
            entries.append(AliasEntry(alias, canonical, True, False))
    entries.sort(key=lambda e: -len(e.alias))
    return tuple(entries)


def _is_bare(alias: str) -> bool:
    if alias.replace("&", "").replace("Đ", "D").isupper():
        return False  # an abbreviation such as SKHCN or VPUB
    folded = fold(alias)
    return not any(folded == head or folded.startswith(head + " ") for head in AGENCY_HEADS)


def _lookup(name: str) -> tuple[str, bool] | None:
    key = agency_key(name)
    found = _alias_index().get(key)
    if found is None:
        units = _unit_list_key(key)
        if units is not None:
            found = _unit_list_index().get(units)
    return found


# Kinds of local government, folded, longest first: "UBND các phường, xã, đặc khu" and
# "UBND các xã, phường, đặc khu" are one group whatever the order of its list.
_UNIT_KINDS = ("to dan pho", "dac khu", "thi tran", "thi xa", "thanh pho", "xa", "phuong",
               "huyen", "quan", "tinh", "thon", "lang")
_UNIT_HEADS = ("uy ban nhan dan cac ", "uy ban nhan dan ", "cac ")
_UNIT_TAILS = (" tren dia ban tinh", " truc thuoc trung uong", " thuoc tinh", " trong tinh")


def _unit_list_key(key: str) -> tuple[str, frozenset[str]] | None:
    """The order-free key of a group of local governments ("uy ban nhan dan cac
    phuong xa dac khu"): its head and the set of kinds it lists, when it lists only
    kinds (two or more, or one after "các")."""
    for head in _UNIT_HEADS:
        if key.startswith(head):
            rest = key[len(head):]
            break
    else:
        return None
    tail = ""
    for suffix in _UNIT_TAILS:
        if rest.endswith(suffix):
            rest, tail = rest[: -len(suffix)], suffix
    kinds: set[str] = set()
    while rest:
        kind = next((k for k in _UNIT_KINDS if rest == k or rest.startswith(k + " ")), None)
        if kind is None:
            return None
        kinds.add(kind)
        rest = rest[len(kind):].lstrip()
    if not kinds or (len(kinds) == 1 and "cac" not in head):
        return None  # "UBND huyện" is the one district's committee, not a group
    # "các xã, phường" are the communes' and wards' committees: one group either way.
    return "uy ban nhan dan" + tail, frozenset(kinds)


@cache
def _unit_list_index() -> dict[tuple[str, frozenset[str]], tuple[str, bool]]:
    index: dict[tuple[str, frozenset[str]], tuple[str, bool]] = {}
    for canonical, variants in GROUP_ADDRESSEES.items():
        for alias in (canonical, *variants):
            units = _unit_list_key(agency_key(alias))
            if units is not None:
                index.setdefault(units, (canonical, True))
    return index


@lru_cache(maxsize=8192)
def canonical_agency(name: str) -> str:
    """Canonical display name of a known agency or group, else the cleaned name.

    Matching ignores case, diacritics, abbreviations and a trailing province
    name ("Sở Tài chính tỉnh Gia Lai" is Sở Tài chính)."""
    cleaned = clean_name(name)
    if not cleaned:
        return cleaned
    for candidate in _candidates(cleaned):
        found = _lookup(candidate)
        if found:
            return found[0]
    if cleaned.startswith("Các ") and is_group(cleaned):
        cleaned = "c" + cleaned[1:]  # a group at the start of a sentence
    return cleaned


def _candidates(name: str) -> list[str]:
    """The name, then without a trailing province name ("Công an tỉnh Quảng Ngãi"
    is Công an tỉnh), then without a trailing "tỉnh" ("Sở Tài chính tỉnh")."""
    out = [name]
    shorter = _strip_province(name)
    if shorter != name:
        found = _lookup(shorter)
        if not (found and found[0] in _PROVINCE_LEVEL):
            out.append(shorter)
    no_tinh = _TINH_TAIL.sub("", shorter)
    if no_tinh != shorter:
        out.append(no_tinh)
    return out


def _strip_province(name: str) -> str:
    """Drop capitalised words after the last "tỉnh": the province's own name."""
    words = name.split()
    for i in range(len(words) - 1, 0, -1):
        if fold(words[i]) == "tinh" and words[i].islower():
            tail = words[i + 1:]
            if tail and all(w[:1].isupper() for w in tail):
                return " ".join(words[:i + 1])
            break
    return name


def is_known_agency(name: str) -> bool:
    return any(_lookup(c) for c in _candidates(clean_name(name)))


def is_group(name: str) -> bool:
    """A group addressee: a known group, or a plural "các …" / "UBND các …" phrase."""
    found = _lookup(clean_name(name))
    if found:
        return found[1]
    key = agency_key(name)
    return key.startswith("cac ") or key.startswith("uy ban nhan dan cac ") \
        or _unit_list_key(key) is not None
