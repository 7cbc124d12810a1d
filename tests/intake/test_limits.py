"""Hostile files: refused with one sentence (exit 4) before the costly reading,
or read with bounded work. The inputs are built small where a limit can be
shown on a small file (a limit lowered for the test); the time and memory of
the full-sized ones are in benchmarks/bench_intake.py."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import docx
import pytest
from builders import run
from notice_files import font_paths

from tui_tracker import config, i18n
from tui_tracker.errors import BadInputError
from tui_tracker.intake import limits, ocr
from tui_tracker.parsing.source import read_source

# The figures of intake.docx.unpacks_too_large: total MB, MB of XML, packing ratio.
FIGURES = re.compile(r"\((\d+) MB, trong đó (\d+) MB XML; tỉ lệ nén (\d+):1\)")


def _refused(path: Path) -> str:
    with pytest.raises(BadInputError) as error:
        read_source(str(path))
    assert error.value.exit_code == 4
    return error.value.message


def _template() -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


TEMPLATE = _template()  # before any test replaces docx.Document


def docx_with_body(path: Path, body: bytes, extra: dict[str, bytes] | None = None) -> Path:
    """A real .docx (python-docx's template) whose body is `body` (XML of paragraphs)."""
    template = zipfile.ZipFile(io.BytesIO(TEMPLATE))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in template.infolist():
            data = template.read(info.filename)
            if info.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>")
                data = head + b"<w:body>" + body + tail
            out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return path


@pytest.fixture
def no_docx_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused before parsing: python-docx must not even open the file."""
    def opened(*args, **kwargs):
        raise AssertionError("python-docx opened a file that should have been refused")
    monkeypatch.setattr(docx, "Document", opened)


def test_a_zip_bomb_docx_is_refused_before_parsing(tmp_path: Path, no_docx_parsing) -> None:
    # 8 MB of one paragraph repeated packs to a few KB (over 100:1), as a bomb does;
    # a real bomb unpacks to gigabytes (benchmarks/bench_intake.py: 1 GB in 2.4 MB).
    paragraph = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
    path = docx_with_body(tmp_path / "bom.docx", paragraph * 8000)
    message = _refused(path)
    assert message.startswith(f"Tệp {path} giải nén ra quá lớn hoặc bất thường (")
    assert message.endswith("rồi nhập bản đó.") and "\n" not in message
    total, xml, ratio = map(int, FIGURES.search(message).groups())
    assert total >= 8 and xml >= 8 and ratio > limits.MAX_RATIO
    i18n.set_language("en")
    assert _refused(path).startswith(f"{path} unpacks to too much or to something unusual")


def test_a_docx_unpacking_past_the_total_limit_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_docx_parsing) -> None:
    """Pictures pack little, so only the total catches a package of huge ones."""
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 1024 * 1024)
    picture = random.Random(4).randbytes(2 * 1024 * 1024)  # packs 1:1, as a photo does
    path = docx_with_body(tmp_path / "anh.docx", b"<w:p/>", {"word/media/image1.png": picture})
    total, xml, ratio = map(int, FIGURES.search(_refused(path)).groups())
    assert total >= 2 and xml < total and ratio == 1


def test_too_much_xml_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 no_docx_parsing) -> None:
    monkeypatch.setattr(limits, "MAX_XML_BYTES", 200_000)
    body = b"".join(b"<w:p><w:r><w:t>%d Giao S\xe1\xbb\x9f T\xc3\xa0i ch\xc3\xadnh %d</w:t>"
                    b"</w:r></w:p>" % (i, i * 7919 % 10007) for i in range(6000))
    assert "MB XML" in _refused(docx_with_body(tmp_path / "xml.docx", body))


def test_a_docx_of_100000_paragraphs_is_refused(tmp_path: Path, no_docx_parsing) -> None:
    # Each paragraph different, so the package packs as a real one does (not a bomb).
    body = b"".join(b"<w:p><w:r><w:t>%d. R\xc3\xa0 so\xc3\xa1t h\xe1\xbb\x93 s\xc6\xa1 %d"
                    b"</w:t></w:r></w:p>" % (i, i * 7919 % 100003) for i in range(100_000))
    path = docx_with_body(tmp_path / "doan.docx", body)
    assert _refused(path) == i18n.t("intake.docx.too_many_paragraphs", path=str(path),
                                    count=100_000, limit=limits.MAX_PARAGRAPHS)


def test_a_docx_under_the_limits_is_read(tmp_path: Path) -> None:
    body = b"".join(b'<w:p><w:r><w:t>%d</w:t></w:r></w:p>' % i for i in range(50))
    text = read_source(str(docx_with_body(tmp_path / "ngan.docx", body))).text
    assert text.splitlines() == [str(i) for i in range(50)]


# --- PDF -----------------------------------------------------------------------------------

def pdf_page(path: Path, size: tuple[float, float], text: str, font_size: float = 12) -> Path:
    from fpdf import FPDF

    regular, _ = font_paths()
    pdf = FPDF(unit="pt", format=size)
    pdf.add_font("DejaVu", "", str(regular))
    pdf.set_font("DejaVu", size=font_size)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.multi_cell(0, font_size * 1.2, text)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_page_larger_than_a0_is_refused(tmp_path: Path) -> None:
    path = pdf_page(tmp_path / "ap-phich.pdf", (2600, 3600), "THÔNG BÁO")
    message = _refused(path)
    assert message == i18n.t("intake.pdf.page_too_large", path=str(path), page=1,
                             width=917, height=1270)
    i18n.set_language("en")
    assert _refused(path).startswith(f"Page 1 of {path} is 917 × 1270 mm, larger than A0")


def test_an_a0_page_is_read_and_rendered_for_ocr_within_the_pixel_limit(tmp_path: Path) -> None:
    path = pdf_page(tmp_path / "a0.pdf", (3370, 2384), "THÔNG BÁO số 12/TB-UBND")
    assert read_source(str(path)).text == "THÔNG BÁO số 12/TB-UBND\n"
    dpi = ocr.render_dpi(3370, 2384)
    assert dpi < ocr.DPI
    assert (3370 * dpi / 72) * (2384 * dpi / 72) <= ocr.MAX_PIXELS * 1.001
    assert ocr.render_dpi(595, 842) == ocr.DPI  # A4 keeps the full resolution


def test_a_page_packed_with_dots_is_refused(tmp_path: Path) -> None:
    path = pdf_page(tmp_path / "cham.pdf", (595, 842), "." * 20_000, font_size=8)
    message = _refused(path)
    assert message.startswith(f"Trang 1 của tệp {path} có ")
    assert message.endswith(f"(tối đa {limits.MAX_PAGE_CHARS}), nên không đọc: hãy kiểm tra "
                            "đúng tệp thông báo; nếu đúng, hãy lưu phần cần nhập ra tệp .docx "
                            "hoặc .txt rồi nhập tệp đó.")


def test_too_many_characters_in_all_are_refused(tmp_path: Path, seed_pdf: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CHARS", 5000)  # the seed has about 14,000
    assert _refused(seed_pdf) == i18n.t("intake.pdf.too_many_chars", path=str(seed_pdf),
                                        limit=5000)


def test_too_many_pages_are_refused(seed_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PAGES", 3)
    assert _refused(seed_pdf) == i18n.t("intake.pdf.too_many_pages", path=str(seed_pdf),
                                        count=4, limit=3)


def test_each_pdf_page_is_closed_before_the_next_is_read(
        seed_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfplumber keeps a page's objects until page.close(): memory stays flat
    with the page count only if pages are closed as they are read (200 pages:
    benchmarks/bench_intake.py)."""
    from pdfplumber.page import Page

    open_pages: set[int] = set()
    most_open = 0
    extract_words, close = Page.extract_words, Page.close

    def reading(self, *args, **kwargs):
        nonlocal most_open
        open_pages.add(self.page_number)
        most_open = max(most_open, len(open_pages))
        return extract_words(self, *args, **kwargs)

    def closing(self):
        open_pages.discard(self.page_number)
        close(self)

    monkeypatch.setattr(Page, "extract_words", reading)
    monkeypatch.setattr(Page, "close", closing)
    assert read_source(str(seed_pdf)).pages == 4
    assert most_open == 1 and not open_pages


# --- as a user runs it ---------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["txt", "docx"])
def test_a_megabyte_of_dots_ends_in_one_sentence(tmp_path: Path, suffix: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """1 MB of dots is no notice: `parse` says so in one sentence, exit 4 (its time
    and memory: benchmarks/bench_intake.py)."""
    monkeypatch.setenv(config.ENV_DB, str(tmp_path / "tracker.db"))
    path = tmp_path / f"cham.{suffix}"
    if suffix == "txt":
        path.write_text("." * 1_000_000)
    else:
        document = docx.Document()
        document.add_paragraph("." * 1_000_000)
        document.save(str(path))
    result = run("parse", str(path))
    assert result.exit_code == 4
    message = result.stderr.strip()
    assert message.startswith(f"{path}: ")  # the file, then the one sentence
    assert "\n" not in message and "Traceback" not in message


def test_a_docx_holding_more_text_than_a_text_file_may_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui_tracker.parsing import source

    monkeypatch.setattr(source, "MAX_BYTES", 1024 * 1024)  # 524,288 characters at most
    sentence = "Giao Sở Tài chính rà soát hồ sơ số {} và báo cáo trước ngày {}/12/2026. "
    body = "".join(f"<w:p><w:r><w:t>{sentence.format(i, i % 28 + 1) * 4}</w:t></w:r></w:p>"
                   for i in range(2000)).encode("utf-8")
    path = docx_with_body(tmp_path / "dai.docx", body)
    message = _refused(path)
    assert message.startswith(f"Văn bản trong tệp {path} dài ")
    assert message.endswith("(một tệp .txt được tối đa 1 MB): hãy kiểm tra đúng tệp, hoặc "
                            "tách phần cần nhập ra tệp riêng.")
