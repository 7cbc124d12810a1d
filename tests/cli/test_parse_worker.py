"""The import's worker: a parsed notice, or the error as data (pickled back)."""

from __future__ import annotations

import pickle
from pathlib import Path

from tui_tracker.cli import parse_worker

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_a_good_file_comes_back_parsed_without_its_text() -> None:
    seed = FIXTURES / "01_seed_tb_kl_khcn.txt"
    result, error = parse_worker.parse_in_worker(str(seed))
    assert error is None and result is not None
    source, notice = result
    assert source.text == ""  # the importing process needs only the file's record
    assert len(source.sha256) == 64
    assert notice.directives
    pickle.loads(pickle.dumps(result))  # it crosses the process boundary


def test_a_bad_date_comes_back_as_data_naming_file_and_phrase(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("THÔNG BÁO\nSố: 1/TB-UBND\n1. Giao Sở Tài chính rà soát trước ngày 31/2/2026.\n",
                   encoding="utf-8")
    result, error = parse_worker.parse_in_worker(str(bad))
    assert result is None and error is not None
    kind, message, phrase = error
    assert kind == "date" and str(bad) in message and phrase and "31/2/2026" in phrase


def test_an_empty_file_comes_back_as_bad_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result, error = parse_worker.parse_in_worker(str(empty))
    assert result is None and error is not None and error[0] == "bad"
