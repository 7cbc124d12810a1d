"""Notice files built once per test session (building and OCR take seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_files import (
    docx_file,
    image_pdf,
    page_images,
    seed_notice,
    table_notice,
    text_image,
    text_pdf,
)

from tui_tracker import i18n


@pytest.fixture(autouse=True)
def vietnamese():
    before = i18n.get_language()
    i18n.set_language("vi")
    yield
    i18n.set_language(before)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("notices")


@pytest.fixture(scope="session")
def seed_pdf(built: Path) -> Path:
    path = built / "thong-bao-khcn.pdf"
    path.write_bytes(text_pdf(seed_notice()))
    return path


@pytest.fixture(scope="session")
def table_pdf(built: Path) -> Path:
    path = built / "tb-bang.pdf"
    path.write_bytes(text_pdf(table_notice()))
    return path


@pytest.fixture(scope="session")
def seed_docx(built: Path) -> Path:
    path = built / "thong-bao-khcn.docx"
    path.write_bytes(docx_file(seed_notice()))
    return path


@pytest.fixture(scope="session")
def table_docx(built: Path) -> Path:
    path = built / "tb-bang.docx"
    path.write_bytes(docx_file(table_notice()))
    return path


@pytest.fixture(scope="session")
def scanned_pdf(built: Path, seed_pdf: Path) -> Path:
    """The seed PDF printed and scanned: page images at 200 dpi, no text layer."""
    path = built / "thong-bao-khcn-scan.pdf"
    path.write_bytes(image_pdf(page_images(seed_pdf.read_bytes())))
    return path


@pytest.fixture(scope="session")
def scanned_table_pdf(built: Path, table_pdf: Path) -> Path:
    """The task-table notice printed and scanned: its ruled table is pixels."""
    path = built / "tb-bang-scan.pdf"
    path.write_bytes(image_pdf(page_images(table_pdf.read_bytes())))
    return path


@pytest.fixture(scope="session")
def mixed_pdf(built: Path) -> Path:
    """Three pages: text, an image of text drawn with Pillow (no text layer), text."""
    notice = seed_notice()
    path = built / "thong-bao-mot-trang-scan.pdf"
    image = text_image(notice.body[2:4])
    path.write_bytes(image_pdf([image, image, image],
                               pages_with_text={0: notice.top + notice.body[:2],
                                                2: notice.body[4:7]}))
    return path
