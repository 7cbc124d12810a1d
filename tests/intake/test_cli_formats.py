"""`parse` and `import` of PDF and Word notices, as a user runs them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from builders import isolate_cli, run, run_json
from notice_files import SEED

from tui_tracker.intake import ocr


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    isolate_cli(monkeypatch, tmp_path, db=tmp_path / "db" / "tracker.db")


def test_parse_json_of_pdf_and_docx_matches_the_txt(seed_pdf: Path, seed_docx: Path) -> None:
    txt = run_json("parse", str(SEED))
    for path, fmt in ((seed_pdf, "pdf"), (seed_docx, "docx")):
        got = run_json("parse", str(path))
        assert got["directives"] == txt["directives"]
        assert got["notice"] == txt["notice"] and got["warnings"] == txt["warnings"]
        # The contract's keys stay; "source" and "tree" are extra keys.
        assert set(got) == {"notice", "references", "directives", "warnings", "source", "tree"}
        assert got["source"]["format"] == fmt
        assert got["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert txt["source"]["format"] == "text"


def test_parse_shows_where_the_text_came_from(seed_pdf: Path) -> None:
    result = run("parse", str(seed_pdf))
    assert result.exit_code == 0
    assert "Nguồn: PDF, 4 trang" in result.stdout
    assert "15 chỉ đạo" in result.stdout


def test_import_records_the_file_and_is_idempotent(seed_pdf: Path, tmp_path: Path) -> None:
    first = run_json("import", str(seed_pdf))["notices"][0]
    assert first["status"] == "imported" and first["directives"] == 15
    assert first["format"] == "pdf" and first["pages"] == 4
    again = run_json("import", str(seed_pdf))["notices"][0]
    assert again["status"] == "unchanged" and again["id"] == first["id"]
    # The .txt copy of the same notice is the same notice.
    assert run_json("import", str(SEED))["notices"][0]["status"] == "unchanged"
    conn = sqlite3.connect(tmp_path / "db" / "tracker.db")
    rows = conn.execute("SELECT source, source_sha256, source_format, source_ocr_pages "
                        "FROM notices").fetchall()
    assert rows == [(str(seed_pdf.resolve()), hashlib.sha256(seed_pdf.read_bytes()).hexdigest(),
                     "pdf", "[]")]
    assert "Phùng Tô Long" in conn.execute("SELECT original_text FROM notices").fetchone()[0]


def test_a_bad_file_among_several_stores_nothing(seed_docx: Path, tmp_path: Path) -> None:
    old_word = tmp_path / "cu.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    result = run("import", str(seed_docx), str(old_word))
    assert result.exit_code == 4
    assert result.stderr.strip().endswith("lưu lại dưới dạng .docx (không mật khẩu) hoặc .pdf.")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "db" / "tracker.db").exists() or sqlite3.connect(
        tmp_path / "db" / "tracker.db").execute("SELECT count(*) FROM notices").fetchone() == (0,)


def test_refusals_in_both_languages(tmp_path: Path) -> None:
    rtf = tmp_path / "tb.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi THONG BAO}")
    result = run("parse", str(rtf))
    assert result.exit_code == 4 and "Traceback" not in result.stderr
    assert "là tệp RTF" in result.stderr
    result = run("--lang", "en", "parse", str(rtf))
    assert result.exit_code == 4
    assert result.stderr.strip() == (f"{rtf} is an RTF file, which cannot be read: open it in "
                                     "Word and save it as .docx or .pdf.")


def test_scan_without_ocr_exits_4_with_the_install_line(scanned_pdf: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "find_engine", lambda: None)
    result = run("import", str(scanned_pdf))
    assert result.exit_code == 4
    assert "apt-get install tesseract-ocr tesseract-ocr-vie && pip install 'tui-tracker[ocr]'" \
        in result.stderr
    result = run("--lang", "en", "parse", str(scanned_pdf))
    assert result.exit_code == 4 and "needs OCR to be read: install OCR with" in result.stderr
