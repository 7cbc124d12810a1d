# ruff: noqa
# Copied from ../shared/tools/make_office_docs.py (the project's shared tool), so that the
# fidelity test and benchmarks/bench_formats_fidelity.py run in a fresh clone. One change:
# consecutive "| a | b |" rows of the body are laid out as a ruled Word table (`ruled_table`),
# as offices lay out a task table, instead of paragraphs of text with "|" characters.
#!/usr/bin/env python3
"""Build realistic office files (.docx, .pdf, scanned .pdf) from plain-text notices.

usage: make_office_docs.py OUT_DIR FILE.txt... [--expected EXPECTED.json]
                           [--formats docx,pdf,scan] [--dpi 200] [--skew 0.0]
                           [--no-autonum]

For each text notice (a .txt with a Decree 30 header) it writes, under OUT_DIR:
  NAME.docx       Decree 30 layout (Nghị định 30/2020/NĐ-CP): a borderless 2-column
                  table at the top (issuer, number and "V/v" summary on the left;
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"
                  and the place/date on the right), "THÔNG BÁO" title or "Kính gửi"
                  block, body paragraphs (Times New Roman 14, justified, first-line
                  indent) where "1." / "I." items and "-" bullets use Word automatic
                  numbering (the typed marker is removed; "a)" items stay typed,
                  since Word has no "đ)"), consecutive "| a | b |" body lines as a
                  Word table ruled with 0.5 pt borders (header row bold; a markdown
                  "|---|" separator row dropped), and a borderless 2-column signature
                  table ("Nơi nhận:" list left; "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"
                  right).
  NAME.pdf        that .docx converted by LibreOffice headless (soffice).
  NAME-scan.pdf   the PDF rasterised (pdftoppm, --dpi, grey), optionally rotated by
                  --skew degrees (Pillow), packed as an image-only PDF (img2pdf).
With --expected, OUT_DIR/expected_<format>.json holds the same expected facts keyed
by the new file names, for tools/score_parse.py.

The text layout is recovered heuristically: header zone (split at runs of 3+ spaces
or markdown '|' cells), "Kính gửi" block, body (hard-wrapped lines are joined into
paragraphs by indentation; lines of a page number alone are dropped), footer from
"Nơi nhận". The wording of the body is unchanged, so expected answers still hold.
Needs python-docx; soffice (libreoffice-writer), pdftoppm, img2pdf for pdf/scan.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

SEG = re.compile(r"\s{3,}|\s*\|\s*")
MARK = re.compile(r"^(\d+(?:\.\d+)*\.|[a-zđ]\)|[IVX]+\.|-|\+)\s")
MOTTO = re.compile(r"C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I|Độc\s+[Ll]ập|ĐẢNG CỘNG SẢN VIỆT NAM", re.I)
DATE = re.compile(r"^\*?\s*[^\d,]{2,30},\s*ngày\b.*", re.I)


def is_upper(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def segs(line):
    out = []
    for s in SEG.split(line.strip().strip("|")):
        s = s.strip(" *")
        if not s.strip("-_"):
            continue
        # one-space layouts: "ỦY BAN NHÂN DÂN CỘNG HÒA ...", "Số: 454/UBND-NCTH Vị Thanh, ngày ..."
        m = MOTTO.search(s)
        if m and m.start() > 0:
            out += [s[:m.start()].strip(), s[m.start():]]
            continue
        m = re.match(r"^(Số:?\s*\S+)\s+(\S[^,]{1,25},\s*ngày\b.*)$", s)
        if m:
            out += [m.group(1), m.group(2)]
            continue
        if out and (re.search(r"(ngày|Số:?)$", out[-1]) or re.match(r"^(tháng|/)", s)):
            out[-1] += "      " + s  # a blank left for the number or the day
            continue
        out.append(s)
    return out


def analyse(text):
    lines = text.replace("\r", "").split("\n")
    foot = next((i for i, l in enumerate(lines) if "Nơi nhận" in l), len(lines))
    # header zone ends at the body start: after the "Kính gửi" block, else after the title block
    kg = next((i for i, l in enumerate(lines[:foot]) if "Kính gửi" in l), None)
    title_i = next((i for i, l in enumerate(lines[:foot]) if re.fullmatch(r"\s*THÔNG BÁO\s*", l)), None)
    addressees, body_start = [], None
    if kg is not None:
        first = lines[kg].split("Kính gửi", 1)[1].lstrip(": ").strip()
        items = [first] if first else []
        j = kg + 1
        while j < foot:
            s = lines[j].strip()
            if not s:
                nxt = next((k for k in range(j, foot) if lines[k].strip()), foot)
                if nxt < foot and lines[nxt].strip().startswith("-"):
                    j = nxt
                    continue
                break
            if s.startswith("-") or (items and not re.search(r"[;.]$", items[-1]) and len(s) < 70):
                if s.startswith("-") or not items:
                    items.append(s)
                else:
                    items[-1] += " " + s
                j += 1
                continue
            break
        addressees = [re.sub(r"^-\s*", "", x).strip() for x in items if x.strip("- ")]
        body_start, head_end = j, kg
    if title_i is not None and (kg is None or title_i < kg):
        j = title_i + 1
        tl = []
        while j < foot and lines[j].strip() and not re.fullmatch(r"\s*[_\-=]{3,}\s*", lines[j]) \
                and (is_upper(lines[j]) or (len(lines[j].strip()) < 80 and not lines[j].strip().endswith("."))):
            tl.append(lines[j].strip())
            j += 1
        title = tl
        if kg is None:
            body_start, head_end = j, title_i
    else:
        title = None
        if kg is None:
            raise SystemExit("no 'Kính gửi' and no 'THÔNG BÁO': cannot find the body")
    # header fields
    issuer, number, date, vv, party = [], None, None, [], False
    in_vv = False
    for l in lines[:head_end]:
        for s in segs(l):
            s = s.strip()
            if MOTTO.search(s):
                party = party or "ĐẢNG CỘNG SẢN" in s
                in_vv = False
                continue
            if re.match(r"^Số\b", s):
                number = s
                in_vv = False
            elif DATE.match(s) or re.match(r"^[^,]{2,20},\s*ngày", s):
                date = s.strip("* ")
            elif re.match(r"^(V/v|về việc)\b", s, re.I):
                vv, in_vv = [s], True
            elif in_vv:
                vv.append(s)
            elif is_upper(s) and s.strip("*-– ") and not re.fullmatch(r"[*\-–_ ]+", s):
                issuer.append(re.sub(r"\s*-{3,}\s*", "", s))
    body = lines[body_start:foot]
    # footer
    recips, sig, name = [], [], None
    flines = lines[foot:]
    if flines and flines[0].lstrip().startswith("|"):  # markdown table row
        cells = [c.strip() for c in flines[0].strip().strip("|").split("|")]
        left = re.sub(r"\*?Nơi nhận:\*?", "", cells[0])
        recips = [x.strip() for x in re.split(r"\s-\s|^-\s", " " + left) if x.strip()]
        right = cells[1] if len(cells) > 1 else ""
        parts = [p for p in re.split(r"\s{3,}", right) if p.strip()]
        if parts and not is_upper(parts[-1]):
            name = parts.pop().strip()
        for p in parts:
            sig += [x for x in re.split(r"\s+(?=PHÓ |THỨ TRƯỞNG)", p.strip()) if x]
    else:
        for l in flines:
            if "\\" in l:  # a file path typed under the recipients (r05)
                continue
            ss = segs(l)
            for s in ss:
                if "Nơi nhận" in s:
                    continue
                if s.startswith("-") and not sig:
                    recips.append(s.lstrip("- ").strip())
                elif s.startswith("-"):
                    recips.append(s.lstrip("- ").strip())
                elif is_upper(s):
                    sig.append(s)
                elif s:
                    name = s
    return dict(issuer=issuer, number=number, date=date, vv=vv, party=party, title=title,
                addressees=addressees, body=body, recips=recips, sig=sig, name=name)


def paragraphs(body):
    rows = [l.rstrip() for l in body]
    rows = [l for l in rows if not re.fullmatch(r"\s*(\d{1,3}|-\s*\d{1,3}\s*-|[_=]{3,})\s*", l)]  # page numbers, rules
    nonblank = [l for l in rows if l.strip()]
    if not nonblank:
        return []
    lens = sorted(len(l.strip()) for l in nonblank)
    wrapped = lens[len(lens) // 2] < 110 and len(nonblank) > 8
    if not wrapped:
        return [l.strip() for l in nonblank]
    ind = [len(l) - len(l.lstrip()) for l in nonblank]
    base = max(set(ind), key=ind.count)
    paras = []
    for l in nonblank:
        s, i = l.strip(), len(l) - len(l.lstrip())
        # a table row is a paragraph of its own, and nothing wraps into it
        if not paras or i >= base + 2 or MARK.match(s) or s.startswith("|") or paras[-1].startswith("|"):
            paras.append(s)
        else:
            prev = paras[-1]
            if prev.endswith("-") and len(prev) > 1 and prev[-2].isalnum():
                paras[-1] = prev + s
            else:
                paras[-1] = prev + " " + s
    return paras


class Numbering:
    """Adds abstract numbering definitions and restartable list instances to a document."""

    def __init__(self, doc):
        self.np = doc.part.numbering_part.element
        self.next_abs = 100
        self.next_num = 100
        self.abs = {}

    def abstract(self, fmt, text):
        key = (fmt, text)
        if key in self.abs:
            return self.abs[key]
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(self.next_abs))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        a.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "720")
        ppr.append(ind)
        lvl.append(ppr)
        a.append(lvl)
        first_num = self.np.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.np.append(a)
        self.abs[key] = self.next_abs
        self.next_abs += 1
        return self.abs[key]

    def new_list(self, fmt, text):
        aid = self.abstract(fmt, text)
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(self.next_num))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        n.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        n.append(ov)
        self.np.append(n)
        self.next_num += 1
        return self.next_num - 1


def set_num(par, num_id):
    ppr = par._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    np_.append(il)
    np_.append(ni)
    ppr.append(np_)


def roman(n):
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out, n = out + s, n - v
    return out


def cell_par(cell, text, bold=False, italic=False, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    return p


def no_borders(table):
    borders(table, "nil")


def borders(table, val, size=4):
    """Every edge and inner rule of `table` drawn as `val` ("nil": none), `size` in
    eighths of a point."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(size))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


TABLE_ROW = re.compile(r"^\|.*\|$")
SEPARATOR_ROW = re.compile(r"^\|[\s:|-]*\|$")  # markdown's "|---|---|" under the header


def blocks(paras):
    """The body's paragraphs with each run of "| a | b |" rows gathered into one list of
    rows (lists of cells): a table."""
    out = []
    for para in paras:
        if TABLE_ROW.match(para):
            if not out or not isinstance(out[-1], list):
                out.append([])
            if not SEPARATOR_ROW.match(para):
                out[-1].append([c.strip() for c in para[1:-1].split("|")])
        else:
            out.append(para)
    return [b for b in out if b]


def ruled_table(doc, rows, text_width=Cm(16.5)):
    """A task table as offices draw it: 0.5 pt rules around every cell, the header row
    bold and centred, 12 pt text; each column as wide as its longest word and a share
    of the rest as large as its text, the whole as wide as the text."""
    cols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    borders(t, "single")
    column = [[r[j] if j < len(r) else "" for r in rows] for j in range(cols)]
    # room for the longest word (about 0.22 cm a character at 12 pt, 0.4 cm of cell
    # margins: a date must not break inside), the rest shared as the text asks
    least = [max(Cm(1), Cm(0.22 * max(len(w) for c in col for w in c.split() or [""]) + 0.4)) for col in column]
    need = [sum(len(c) for c in col) for col in column]
    spare = max(text_width - sum(least), 0)
    widths = [int(w + spare * n / max(sum(need), 1)) for w, n in zip(least, need)]
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for i, row in enumerate(rows):
        for j in range(cols):
            cell = t.cell(i, j)
            cell.width = widths[j]
            text = row[j] if j < len(row) else ""
            align = WD_ALIGN_PARAGRAPH.CENTER if i == 0 or len(text) < 4 else WD_ALIGN_PARAGRAPH.LEFT
            cell_par(cell, text, bold=(i == 0), size=12, align=align, first=True)
    return t


def build_docx(info, out, autonum=True):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2), Cm(2), Cm(3), Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    t.columns[0].width, t.columns[1].width = Cm(6.5), Cm(10.0)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(6.5), Cm(10.0)
    L, R = t.cell(0, 0), t.cell(0, 1)
    iss = info["issuer"] or [""]
    for k, line in enumerate(iss):
        cell_par(L, line, bold=(k == len(iss) - 1), first=(k == 0))
    cell_par(L, "_______")
    if info["party"]:
        cell_par(R, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, first=True)
    else:
        cell_par(R, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, first=True)
        cell_par(R, "Độc lập - Tự do - Hạnh phúc", bold=True)
    cell_par(R, "_______________________")
    L2, R2 = t.cell(1, 0), t.cell(1, 1)
    cell_par(L2, info["number"] or "Số:      /", first=True)
    for v in info["vv"]:
        cell_par(L2, v, size=12)
    cell_par(R2, info["date"] or "", italic=True, first=True)
    if info["title"] is not None:
        doc.add_paragraph()
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("THÔNG BÁO").bold = True
        for tl in info["title"]:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            p.add_run(tl).bold = True
        doc.add_paragraph().alignment = WD_ALIGN_PARAGRAPH.CENTER
    if info["addressees"]:
        doc.add_paragraph()
        if len(info["addressees"]) == 1:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run("Kính gửi: " + info["addressees"][0])
        else:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(3)
            p.paragraph_format.space_after = Pt(0)
            p.add_run("Kính gửi:")
            for a in info["addressees"]:
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Cm(5)
                q.paragraph_format.space_after = Pt(0)
                q.add_run("- " + a)
        doc.add_paragraph()
    num = Numbering(doc) if autonum else None
    cur = {"dec": None, "rom": None}
    last = {"dec": 0, "rom": 0}
    bullet = None
    for para in blocks(paragraphs(info["body"])):
        if isinstance(para, list):
            ruled_table(doc, para)
            continue
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf = p.paragraph_format
        pf.first_line_indent, pf.space_after, pf.line_spacing = Cm(1.27), Pt(6), 1.15
        text = para
        if num:
            m = re.match(r"^(\d+)\.\s+(?=\S)", para)
            mr = re.match(r"^([IVX]+)\.\s+(?=\S)", para)
            mb = re.match(r"^-\s+(?=\S)", para)
            if m:
                n = int(m.group(1))
                if n == 1 or (cur["dec"] and n == last["dec"] + 1):
                    if n == 1:
                        cur["dec"] = num.new_list("decimal", "%1.")
                    set_num(p, cur["dec"])
                    last["dec"] = n
                    text = para[m.end():]
            elif mr and mr.group(1) in [roman(k) for k in range(1, 11)]:
                n = [roman(k) for k in range(1, 11)].index(mr.group(1)) + 1
                if n == 1 or (cur["rom"] and n == last["rom"] + 1):
                    if n == 1:
                        cur["rom"] = num.new_list("upperRoman", "%1.")
                    set_num(p, cur["rom"])
                    last["rom"] = n
                    cur["dec"], last["dec"] = None, 0
                    text = para[mr.end():]
            elif mb:
                bullet = bullet or num.new_list("bullet", "-")
                set_num(p, bullet)
                text = para[mb.end():]
        p.add_run(text)
    doc.add_paragraph()
    s = doc.add_table(rows=1, cols=2)
    no_borders(s)
    for c, w in zip(s.rows[0].cells, (Cm(8), Cm(8.5))):
        c.width = w
    L, R = s.cell(0, 0), s.cell(0, 1)
    p = cell_par(L, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, first=True)
    for r in info["recips"]:
        cell_par(L, "- " + r, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    for k, line in enumerate(info["sig"] or [""]):
        cell_par(R, line, bold=True, size=14, first=(k == 0))
    for _ in range(3):
        cell_par(R, "")
    cell_par(R, info["name"] or "", bold=True, size=14)
    doc.save(out)


def to_pdf(docx, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, docx], check=True, capture_output=True, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx))[0] + ".pdf")


def to_scan(pdf, out, dpi=200, skew=0.0):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "p")], check=True)
        pngs = sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".png"))
        if skew:
            from PIL import Image  # pdfplumber depends on Pillow
            for f in pngs:
                im = Image.open(f)
                im.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=255).save(f, dpi=(dpi, dpi))
        subprocess.run(["img2pdf", "--output", out] + pngs, check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--expected")
    ap.add_argument("--formats", default="docx,pdf,scan")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--skew", type=float, default=0.0)
    ap.add_argument("--no-autonum", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    fmts = a.formats.split(",")
    exp = json.load(open(a.expected, encoding="utf-8")) if a.expected else {}
    derived = {f: {} for f in fmts}
    for f in a.files:
        base = os.path.splitext(os.path.basename(f))[0]
        info = analyse(open(f, encoding="utf-8").read())
        dx = os.path.join(a.out, base + ".docx")
        build_docx(info, dx, autonum=not a.no_autonum)
        names = {"docx": base + ".docx"}
        if "pdf" in fmts or "scan" in fmts:
            pdf = to_pdf(dx, a.out)
            names["pdf"] = os.path.basename(pdf)
            if "scan" in fmts:
                names["scan"] = base + "-scan.pdf"
                to_scan(pdf, os.path.join(a.out, names["scan"]), a.dpi, a.skew)
        for k in fmts:
            if os.path.basename(f) in exp:
                derived[k][names[k]] = exp[os.path.basename(f)]
        print(base, {k: names[k] for k in fmts if k in names}, file=sys.stderr)
    if exp:
        for k in fmts:
            with open(os.path.join(a.out, f"expected_{k}.json"), "w", encoding="utf-8") as fh:
                json.dump(derived[k], fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
