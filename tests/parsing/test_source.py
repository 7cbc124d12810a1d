"""Reading notice files: encodings users really have, and clear refusals."""

import io
import sys
import unicodedata
from pathlib import Path

import pytest

from tui_tracker import i18n
from tui_tracker.errors import BadInputError
from tui_tracker.parsing import source
from tui_tracker.parsing.source import read_notice_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
NOTICE = "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n\nGiao Sở Tài chính chủ trì.\n"


@pytest.fixture(autouse=True)
def vietnamese():
    before = i18n.get_language()
    i18n.set_language("vi")
    yield
    i18n.set_language(before)


def write(tmp_path: Path, data: bytes, name: str = "tb.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def refused(path: str) -> BadInputError:
    with pytest.raises(BadInputError) as error:
        read_notice_file(path)
    assert error.value.exit_code == 4
    return error.value


# --- what is accepted ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["tb.txt", "tb.md", "thong-bao"])
def test_utf8_text_with_any_name(tmp_path, name):
    assert read_notice_file(write(tmp_path, NOTICE.encode("utf-8"), name)) == NOTICE


def test_utf8_with_bom(tmp_path):
    assert read_notice_file(write(tmp_path, b"\xef\xbb\xbf" + NOTICE.encode("utf-8"))) == NOTICE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom(tmp_path, encoding):
    data = NOTICE.encode(encoding)
    if encoding != "utf-16":  # "utf-16" writes a BOM; the others do not
        assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert read_notice_file(write(tmp_path, data)) == NOTICE


def cp1258_form(text: str) -> str:
    """cp1258 stores Vietnamese as precomposed vowels (â, ơ …) plus a combining
    tone mark: split only the tone marks off."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tone)
    return "".join(out)


def test_windows_1258_file(tmp_path):
    data = cp1258_form(NOTICE).encode("cp1258", errors="strict")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = read_notice_file(write(tmp_path, data))
    assert unicodedata.normalize("NFC", text) == NOTICE


def test_the_file_is_returned_as_written_not_normalised():
    raw = (FIXTURES / "05_tb_vp_nfd_nbsp.txt").read_text(encoding="utf-8")
    text = read_notice_file(str(FIXTURES / "05_tb_vp_nfd_nbsp.txt"))
    assert text == raw and "\u00a0" in text and unicodedata.is_normalized("NFD", text)


def test_seed_fixture_is_read_byte_for_byte():
    path = FIXTURES / "01_seed_tb_kl_khcn.txt"
    assert read_notice_file(str(path)).encode("utf-8") == path.read_bytes()


def test_stdin_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOTICE.encode("utf-8"))))
    assert read_notice_file("-") == NOTICE


def test_stdin_text_only_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(NOTICE))
    assert read_notice_file("-") == NOTICE


# --- what is refused, with a sentence that says what to do ---------------------------------

def test_missing_file(tmp_path):
    path = str(tmp_path / "khong-co.txt")
    error = refused(path)
    assert error.message == i18n.t("parse.file.missing", path=path)
    assert path in error.message


def test_directory(tmp_path):
    error = refused(str(tmp_path))
    assert error.message == i18n.t("parse.file.directory", path=str(tmp_path))


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, NOTICE.encode("utf-8"))

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    error = refused(path)
    assert error.message == i18n.t("parse.file.unreadable", path=path, reason="Permission denied")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff \n".encode()])
def test_empty_or_whitespace_only(tmp_path, data):
    path = write(tmp_path, data)
    assert refused(path).message == i18n.t("parse.file.empty", path=path)


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n\n")))
    assert refused("-").message == i18n.t("parse.file.empty", path=i18n.t("parse.file.stdin"))


def test_binary_with_nul_bytes(tmp_path):
    path = write(tmp_path, b"\x00\x01SQLite junk\x00\x00\x00\rIHDR\x00\x00\x07")
    assert refused(path).message == i18n.t("parse.file.binary", path=path)


def test_image_is_named_as_such(tmp_path):
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "scan.png")
    assert refused(path).message == i18n.t("intake.format.image", path=path)


def test_undecodable_control_soup(tmp_path):
    path = write(tmp_path, bytes(range(1, 32)) * 20 + b"\x81\x8d\x8f\x90\x9d")
    assert refused(path).message == i18n.t("parse.file.binary", path=path)


def test_truncated_pdf_is_named_as_a_damaged_pdf(tmp_path):
    path = write(tmp_path, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "tb.pdf")
    message = refused(path).message
    assert message.startswith(f"Tệp {path} là PDF bị hỏng")
    assert "tải hoặc xuất lại" in message


def test_truncated_word_document_is_named_as_a_damaged_docx(tmp_path):
    path = write(tmp_path, b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "tb.docx")
    message = refused(path).message
    assert message.startswith(f"Tệp {path} là tệp Word (.docx) bị hỏng")
    assert "lưu lại dưới dạng .docx hoặc .pdf" in message


@pytest.mark.parametrize(("data", "key"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "intake.format.doc"),
    (b"{\\rtf1\\ansi Th\\u244?ng b\\u225?o}", "intake.format.rtf"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "intake.format.image"),
])
def test_formats_not_read_say_what_to_save_as(tmp_path, data, key):
    path = write(tmp_path, data, "tb.doc")
    assert refused(path).message == i18n.t(key, path=path)


def test_zip_that_is_not_word(tmp_path):
    import io
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    path = write(tmp_path, buffer.getvalue(), "bang.xlsx")
    assert refused(path).message == i18n.t("intake.format.zip", path=path)


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(source, "MAX_BYTES", 100)
    path = write(tmp_path, NOTICE.encode("utf-8") * 10)
    assert refused(path).message.startswith(f"Tệp {path} quá lớn")


def test_messages_in_english(tmp_path):
    i18n.set_language("en")
    path = str(tmp_path / "missing.txt")
    assert refused(path).message == f"File {path} does not exist. Check the path."
    doc = write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "tb.doc")
    assert refused(doc).message.endswith("save it as .docx (without a password) or .pdf.")


# --- what a source records ---------------------------------------------------------------

def test_read_source_records_name_checksum_and_format(tmp_path):
    import hashlib
    data = NOTICE.encode("utf-8")
    path = write(tmp_path, data, "tb.txt")
    got = source.read_source(path)
    assert got.text == NOTICE and got.name == path and got.format == "text"
    assert got.sha256 == hashlib.sha256(data).hexdigest() and got.size == len(data)
    assert got.path == str(Path(path).resolve()) and got.pages is None
    assert got.to_json()["sha256"] == got.sha256


def test_text_is_told_from_bytes_not_from_the_name(tmp_path):
    path = write(tmp_path, NOTICE.encode("utf-8"), "tb.pdf")
    assert source.read_source(path).format == "text"
